"""The pack's dated claims, how a claim is said, and which claim a question is about.

`Claims` holds the claims in date order (season 2's apart, with the stems, years and milestone the
matching reads), says a claim as a `Part` ("Reportedly: <date>: <claim>", "What settles it
(reported, <date>): ...", "Yes. <date>: ..."; built once per claim, heading and verdict), says
claims the bot knows are wrong, and finds the claim sharing the most distinctive words with a
question. The milestone vocabulary (what a question asks happened) lives here too.
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from collections.abc import Set as AbstractSet
from typing import NamedTuple

from bot.lazy_re import Pattern, compile_later
from bot.lore.answer.knowledge import Knowledge
from bot.lore.answer.question import Question, year_runs
from bot.lore.answer.result import Part, SourceRef
from bot.lore.answer.terms import Terms
from bot.lore.answer.wording import HEDGE_WORDS, date_text, hedged_verdict
from bot.lore.content import Claim, ContentPack
from bot.recent import RecentByIdentity

_PARTS_MEMO_SIZE = 4096  # headings and verdicts are fixed phrases (or a few years)
_GENERIC_STEMS = frozenset({"season", "2", "two", "second", "new", "next", "netflix", "show", "series"})

_MILESTONE_WORDS: tuple[tuple[str, Pattern], ...] = (
    ("filming_wrapped", compile_later(r"\bwrap\w*\b|\bfinish\w* (?:filming|shooting)\b|\bdone filming\b"
                                    r"|\b(?:filming|shooting)(?: \w+){0,3}? (?:end|ended|ends|stopped|over)\b|\b(?:stop(?:ped)?|end(?:ed)?) (?:filming|shooting)\b")),
    ("pre_production", compile_later(r"\bpre-?\s?production\b")),
    ("filming", compile_later(r"\bfilm\w*\b|\bshoot\w*\b|\bshot\b|\bproduction\b|\bstart\w*\b|\bbegin\b|\bbegan\b")),
    ("release_date_announced", compile_later(r"\breleas\w*\b|\bcome out\b|\bcame out\b|\bpremier\w*\b|\bair\w*\b|\bout in\b"
                                           # "is s2 coming in 2026", "s2 dropping december 2026": the release asked,
                                           # never a claim's "not in the line-up"
                                           r"|\b(?:com(?:e|es|ing)|drop\w*|arriv\w*|land\w*) (?:in )?"
                                           r"(?=(?:early |late |mid-?)?(?:[a-z]{3,9} )?20\d\d\b)")),
    ("renewed", compile_later(r"\brenew\w*\b|\bconfirm\w*\b|\bannounc\w*\b|\bgreen\s*lit\b")),
    ("casting", compile_later(r"\bcast\w*\b|\bjoin\w*\b|\breturn\w*\b")),
    ("cancelled", compile_later(r"\bcancel\w*\b")),
)
RELATED = {
    "filming": {"pre_production", "filming"},
    "release_date_announced": {"release_date_announced", "release_date_changed", "released", "delayed"},
    "filming_wrapped": {"filming_wrapped", "post_production"},
    "renewed": {"renewed"},
    "casting": {"casting"},
    "cancelled": {"cancelled"},
}
# Milestones whose claims show that the one asked about happened (pre-production is related to
# filming, but shows it had not started).
SHOWS_HAPPENED = {
    "filming": {"filming"},
    "release_date_announced": {"release_date_announced", "release_date_changed", "released"},
    "filming_wrapped": {"filming_wrapped", "post_production"},
    "renewed": {"renewed"},
    "casting": {"casting"},
    "cancelled": {"cancelled"},
}


def milestone_of(text: str) -> str | None:
    """The milestone a question asks about ("did it wrap" -> filming_wrapped), if any."""
    for milestone, pattern in _MILESTONE_WORDS:
        if pattern.search(text):
            return milestone
    return None


def related_milestone(asked: str, actual: str | None) -> bool:
    return actual is not None and actual in RELATED.get(asked, {asked})


def shows_happened(asked: str, actual: str | None) -> bool:
    return actual is not None and actual in SHOWS_HAPPENED.get(asked, {asked})


class Season2Row(NamedTuple):
    """A season-2 claim with what matching reads of it (years include its release window)."""

    claim: Claim
    stems: frozenset[str]
    milestone: str | None
    years: frozenset[str]
    standing: bool


class _Tables(NamedTuple):
    """What Claims reads from its pack and terms alone: read only, so the engines of one pack share it."""

    by_date: list[Claim]
    season2: list[Claim]
    years: dict[str, frozenset[str]]
    season2_rows: list[Season2Row]


def _tables(pack: ContentPack, terms: Terms) -> _Tables:
    by_date = sorted(pack.claims.values(), key=lambda c: (c.date, c.id))
    season2 = [c for c in by_date if c.season == 2]
    # Years each claim names (its date's year and every year-like run of its text), so the
    # per-question scoring is set intersections; the season-2 rows add the release window.
    years = {c.id: frozenset({c.date[:4], *year_runs(c.text)}) for c in by_date}
    rows = [
        Season2Row(c, terms.stems(c.id), c.milestone, years[c.id] | year_runs(c.release_window or ""),
                   c.standing == "standing")
        for c in season2
    ]
    return _Tables(by_date, season2, years, rows)


_RECENT: RecentByIdentity[Terms, tuple[ContentPack, _Tables]] = RecentByIdentity()


class Claims:
    def __init__(self, knowledge: Knowledge, terms: Terms) -> None:
        self.knowledge = knowledge
        self.terms = terms
        pack, tables = _RECENT.get(terms, lambda: (knowledge.pack, _tables(knowledge.pack, terms)))
        if pack is not knowledge.pack:  # the same terms over another pack: nothing to share
            tables = _tables(knowledge.pack, terms)
        self.by_date, self.season2, self._years, self.season2_rows = tables
        self._parts: dict[tuple[str, str, str], Part] = {}

    # -- saying a claim

    def parts(self, claim: Claim, verdict: str = "") -> list[Part]:
        """A claim as parts: when its details spoil (the renewal's video names who is back), the
        pack's spoiler-free fact of that day first, shown in the clear until the reader gets past
        what the claim spoils; the claim itself after it, hidden as far as it spoils."""
        full = self.part(claim, verdict=verdict)
        if not claim.spoils:
            return [full]
        plain = next((f for f in self.knowledge.pack.facts.values() if f.date == claim.date and not f.spoils
                      and f.topic in ("production", "release")), None)
        if plain is None:
            return [full]
        text = f"{hedged_verdict(verdict, plain.confidence)} {plain.text}" if verdict else plain.text
        lead = Part(text, plain.spoils, plain.confidence, self.knowledge.refs(plain.sources), bool(verdict),
                    until=claim.spoils)
        return [lead, full]

    def part(self, claim: Claim, heading: str = "", verdict: str = "") -> Part:
        """A claim as a part: built once per (claim, heading, verdict), so its line is reused.

        Plain: "Reportedly: <date>: <claim>" (the label in front, the date unless the text has it).
        With a heading: "What settles it (reported, <date>): <claim>" (the hedge inside the line).
        With a verdict: "Yes. <date>: <claim>", "Reportedly, yes. ...", "Only a rumour so far: ...".
        """
        key = (claim.id, heading, verdict)
        part = self._parts.get(key)
        if part is None:
            date = date_text(claim.date)
            undated = date in claim.text
            hedged = bool(heading or verdict)
            if heading:
                notes = [w for w in (HEDGE_WORDS.get(claim.confidence), None if undated else date) if w]
                text = f"{heading} ({', '.join(notes)}): {claim.text}" if notes else f"{heading}: {claim.text}"
            else:
                text = claim.text if undated else f"{date}: {claim.text}"
                if verdict:
                    text = f"{hedged_verdict(verdict, claim.confidence)} {text}"
            refs = self.knowledge.refs([claim.source, *claim.corroborated_by])
            aside = heading in ("Earlier", "Unofficial estimate")
            part = Part(text, claim.spoils, claim.confidence, refs, hedged, aside=aside)
            if len(self._parts) < _PARTS_MEMO_SIZE:
                self._parts[key] = part
        return part

    def wrong_parts(self, claims: Sequence[Claim], first: str, sure: str, ending: str = "") -> list[Part]:
        """Claims the bot knows are wrong, said plainly (no hedge: `sure` is only the JSON's
        confidence): "<first> <claim> (<date>)<ending>." then "Also wrong: <claim> (<date>)." for
        the others. The date is left out when the claim's text has it. Each claim is its own part,
        with its own spoiler position and source."""
        parts: list[Part] = []
        for i, claim in enumerate(claims):
            said = claim.text.rstrip(".")
            date = date_text(claim.date)
            if date not in claim.text:
                said += f" ({date})"
            text = f"{first} {said}{ending}." if i == 0 else f"Also wrong: {said}."
            parts.append(Part(text.lstrip(), claim.spoils, sure, self.knowledge.refs([claim.source]), hedged=True))
        return parts

    # -- finding claims

    def best(self, q: Question, pool: Sequence[Claim], extra: Iterable[str] = ()) -> Claim | None:
        """The claim sharing the most distinctive words with the question (at least one rare word)."""
        stems = (q.stems | set(extra)) - _GENERIC_STEMS
        years = q.years
        best: tuple[float, Claim] | None = None
        for claim in pool:
            shared = stems & self.terms.stems(claim.id)
            if not shared:
                continue
            score = sum(1.0 / (self.terms.count(stem) or 1) for stem in shared)
            score += 0.2 if claim.standing == "standing" else 0.0
            if years and not years.isdisjoint(self._years[claim.id]):
                score += 1.0
            if best is None or score > best[0]:
                best = (score, claim)
        if best is None or best[0] < 0.5:
            return None
        return best[1]

    def latest_official_refs(self) -> tuple[SourceRef, ...]:
        official = [c for c in self.season2 if c.confidence == "official" and c.standing == "standing"]
        return self.knowledge.refs([official[-1].source]) if official else ()

    def current_truth(self, milestone: str | None) -> Claim | None:
        """The standing claim that says where a milestone stands now (official first)."""
        if milestone is None:
            return None
        group = RELATED.get(milestone, {milestone})
        current = [c for c in self.season2 if c.milestone in group and c.standing == "standing"
                   and c.confidence in ("official", "reported")]
        if milestone == "release_date_announced":
            dated = [c for c in self.season2 if c.release_window and c.standing == "standing"
                     and c.confidence == "reported"]
            return dated[-1] if dated else None
        official = [c for c in current if c.confidence == "official"]
        if official:
            return official[-1]
        return current[-1] if current else None

    def estimates(self) -> list[Claim]:
        """Standing unofficial claims that give a release window."""
        return [c for c in self.season2 if c.release_window and c.standing == "standing" and c.confidence != "official"]

    def wrong_predictions(self, years: AbstractSet[str]) -> list[Claim]:
        """Refuted claims whose release window named one of `years`."""
        return [
            c for c in self.season2
            if c.standing == "refuted" and c.release_window and any(y in c.release_window for y in years)
        ]
