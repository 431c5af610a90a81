"""Dated season-2 questions: "did season 2 start filming in 2022?", "will it come out in 2023?",
"was season 2 announced in july 2025?" (a month or a season of the year narrows the year).

The question names a step of season 2 (filming, wrap, renewal, release) and a year. The claim it is
about is found (shared words, the milestone asked about, the year named) and the answer is yes with
that claim, or no with the wrong claims, what settles them and where things stand now (the current
season-2 status). A release in a year is checked against the status: while it has no release date,
season 2 has not come out in any year. A wrong claim about another step (a release guess) never
answers by its year alone, and an announcement asked in a period none was made in is "I don't know".
"""

from __future__ import annotations

import math
from collections.abc import Sequence
from collections.abc import Set as AbstractSet
from dataclasses import replace

from bot.lazy_re import compile_later
from bot.lore.answer.claims import (
    RELATED,
    SHOWS_HAPPENED,
    Claims,
    milestone_of,
    related_milestone,
    shows_happened,
)
from bot.lore.answer.question import Question
from bot.lore.answer.result import Answer, Part
from bot.lore.answer.season2_pack_texts import no_announcement_in
from bot.lore.answer.season2_status import StatusAnswers
from bot.lore.answer.written_dates import month_in
from bot.lore.content import Claim
from bot.season2.dates import MONTHS
from bot.season2.model import Milestone
from bot.text import MONTH_NAMES

_CLAIM_MATCH = 4.0  # the score a claim needs to be what a yes/no season-2 question asks about
_SEASON_MONTHS = {"spring": (3, 4, 5), "summer": (6, 7, 8), "autumn": (9, 10, 11), "fall": (9, 10, 11)}
# A month or a season next to the year asked ("july 2025", "summer of 2025", "2025년 7월" glossed).
_PERIOD = compile_later(r"\b(" + "|".join(sorted([*MONTHS, *_SEASON_MONTHS], key=len, reverse=True))
                        + r")\.?(?:\s+of)?\s+(20\d\d)\b|\b(20\d\d)\s+(?:in\s+)?(" + "|".join(MONTHS) + r")\b")
# An announcement asked about: Netflix announced the renewal (June 2022) and the production with its
# cast (July 2025); "was the cast announced/revealed" asks the cast announcement alone.
_ANNOUNCED = compile_later(r"\b(?:announc\w*|reveal\w*|unveil\w*|confirm\w*)\b")
# "confirmed for december 2026": a release set for that period, not an announcement made in it.
_FOR_PERIOD = compile_later(r"\b(?:for|by|till|until)\s+(?:the\s+)?(?:(?:early|late|mid-?|end\s+of)\s*)?(?:[a-z]+\s+)?(?:of\s+)?20\d\d\b")
_CAST = compile_later(r"\b(?:cast\w*|line-?\s?up)\b")
# The renewal said (a single step: "not in 2024" with its date) or another piece of news announced (a
# teaser, a date): not the season's announcements.
_OTHER_NEWS = compile_later(r"\brenew\w*|\bgreen\s*lit\b|\b(?:teaser|trailer|poster|date|episodes?)\b")


class DatedAnswers:
    def __init__(self, claims: Claims, status: StatusAnswers) -> None:
        self.claims = claims
        self.status = status

    def verify(self, q: Question, yes_no: bool) -> Answer | None:
        """Yes/no questions about a dated season-2 claim: "did season 2 start filming in 2022?"."""
        if not yes_no:
            return None
        claims = self.claims
        years = set(q.years)
        stems = q.stems - {"season", "2"}
        milestone = milestone_of(q.text)
        if not years and milestone is None:
            return None
        months = _months(q.text)
        announced = self._announced(q, years, months) if milestone in ("renewed", "casting") else None
        if announced is not None:
            return announced
        if years and milestone in ("filming", "filming_wrapped", "renewed", "casting"):
            group = SHOWS_HAPPENED[milestone]
            happened = [
                c for c in claims.season2
                if c.milestone in group and c.standing == "standing" and c.confidence in ("official", "reported")
                and _in_period(c, years, months)
            ]
            if happened:
                official = [c for c in happened if c.confidence == "official"]
                return Answer(q.raw, True, [claims.part((official or happened)[0], verdict="Yes.")], "claim")
        if milestone == "release_date_announced" and years:
            status = self.status.current.status
            if status.release_at is None and status.milestone is not Milestone.RELEASED:
                return self._not_released(q, years)
        # The best-scoring claim (earliest first; on a tie a refuted or superseded claim wins over a
        # standing one): shared words, +2 for the milestone asked about (or a related one), and
        # +3 when it names a year asked about (-1 when years were asked and it names none of them).
        related: AbstractSet[str] = RELATED.get(milestone, {milestone}) if milestone is not None else frozenset()
        best_score = -math.inf
        best_claim: Claim | None = None
        best_standing = False
        topic_stems = stems - years - set(MONTHS) - set(_SEASON_MONTHS)
        for claim, claim_stems, claim_milestone, claim_years, standing in claims.season2_rows:
            if (not standing and milestone is not None and claim_milestone not in related
                    and not topic_stems & claim_stems):
                # A wrong claim about another thing (a release guess) says nothing of the filming,
                # the wrap or the renewal asked in its year: it never answers by the year alone.
                continue
            score = float(len(stems & claim_stems))
            if claim_milestone in related:
                score += 2.0
            if years:
                # a claim dated in another month of that year is not about the month asked
                other_month = bool(months) and not _in_period(claim, years, months) and not any(
                    MONTH_NAMES[m - 1] in claim.text for m in months)
                score += -1.0 if years.isdisjoint(claim_years) or other_month else 3.0
            if score > best_score or (score == best_score and best_standing and not standing):
                best_score, best_claim, best_standing = score, claim, standing
        if best_claim is None or best_score < _CLAIM_MATCH:
            if years and milestone is not None:
                return self._by_milestone(q, milestone, years, months)
            return None
        also: list[Claim] = []
        if not best_standing:
            # Other wrong claims the same news settles that fit the question too, on its topic and
            # not by a year alone (the September photos and the October TikTok for "did season 2
            # start filming in 2022?", not a 2022 guess at the release date).
            for claim, claim_stems, claim_milestone, claim_years, standing in claims.season2_rows:
                if standing or claim is best_claim or (claim.refuted_by, claim.superseded_by) != (
                    best_claim.refuted_by, best_claim.superseded_by
                ):
                    continue
                topic = float(len((stems - years) & claim_stems)) + (2.0 if claim_milestone in related else 0.0)
                if years:
                    topic += -1.0 if years.isdisjoint(claim_years) else 3.0
                if topic >= _CLAIM_MATCH and (claim_milestone in related or (stems - years) & claim_stems):
                    also.append(claim)
        return self.verdict(q, best_claim, milestone, years, also, months)

    def verdict(
        self, q: Question, claim: Claim, milestone: str | None, years: set[str], also: Sequence[Claim] = (),
        months: AbstractSet[int] = frozenset(),
    ) -> Answer:
        claims = self.claims
        if claim.standing in ("refuted", "superseded"):
            other_id = claim.refuted_by if claim.standing == "refuted" else claim.superseded_by
            other = claims.knowledge.pack.claims.get(other_id or "")
            # The verdict is as sure as the news that settles it (the JSON's confidence); it is
            # said plainly, and the settling claim carries its own hedge.
            sure = other.confidence if other is not None else "reported"
            ending = ", but that was wrong" if claim.standing == "refuted" else ", but newer news replaced that"
            verdict = "No." if claim.standing == "refuted" else "Not any more."
            wrong = sorted([claim, *also], key=lambda c: (c.date, c.id))
            parts = claims.wrong_parts(wrong, verdict, sure, ending)
            if other is not None:
                parts.append(claims.part(other, "What settles it"))
            newer = self.status.newer_than_pack() if claim.season == 2 else None
            truth = claims.current_truth(milestone) if claim.season == 2 else None
            if newer is not None:
                parts.append(self.status.part(newer, "Where things stand now"))
            elif truth is not None and truth is not other:
                parts.append(claims.part(truth, "Where things stand"))
            return Answer(q.raw, True, parts, "claim.refuted" if claim.standing == "refuted" else "claim.superseded")
        if years and milestone is not None:
            # Only a claim about that milestone (or a related one) says it happened that year.
            happened = shows_happened(milestone, claim.milestone) and (
                _in_period(claim, years, months) or (not months and any(y in claim.text for y in years))
            )
            if not happened:
                found = self._by_milestone(q, milestone, years, months)
                if found is not None:
                    return found
        return Answer(q.raw, True, [claims.part(claim, verdict="Yes.")], "claim")

    def _not_released(self, q: Question, years: set[str]) -> Answer:
        """Season 2 has not come out while the current status says it has not (no release date)."""
        claims = self.claims
        status = self.status.current.status
        if self._still_open(years):
            # "will it come out in 2027?" while no date is set: not a no, just not known yet.
            parts = [self.status.no_release_part(status, self.status.window_verdict(status, q.text) or "Not confirmed.")]
            window = self.status.window_part(status)  # a window that stands says more than the estimates
            parts += [window] if window is not None else []
            # labelled in its own text: it does not make an official window a report
            parts += [replace(p, aside=window is not None) for p in self.status.standing(status)]
            parts += self.status.estimates(status)
            return Answer(q.raw, True, parts, "season2.release")
        parts = [self.status.no_release_part(status, "No.")]
        predicted = claims.wrong_predictions(years)
        # Wrong for certain: season 2 has not come out (so no hedge on these either).
        parts += claims.wrong_parts(predicted[:2], "", parts[0].confidence, ", but that was wrong")
        parts += self.status.standing(status)
        return Answer(q.raw, True, parts, "claim.refuted" if predicted else "season2.release")

    def _still_open(self, years: AbstractSet[str]) -> bool:
        """Whether a year asked about has not yet ended as of the latest news (the status's date,
        else the pack's newest season-2 claim): season 2 may still come out in it."""
        since = self.status.current.status.since
        latest = since.date().isoformat() if since is not None else max((c.date for c in self.claims.season2), default="")
        return bool(latest) and any(y.isdigit() and y >= latest[:4] for y in years)

    def _by_milestone(
        self, q: Question, milestone: str, years: set[str], months: AbstractSet[int] = frozenset()
    ) -> Answer | None:
        """Yes when the first standing claim that the milestone happened is from a year asked
        about; otherwise no, with that claim and the wrong claims about those years."""
        claims = self.claims
        standing = [
            c for c in claims.season2
            if shows_happened(milestone, c.milestone)
            and c.standing == "standing" and c.confidence in ("official", "reported")
        ]
        if not standing:
            return None
        first = standing[0]
        if _in_period(first, years, months):
            return Answer(q.raw, True, [claims.part(first, verdict="Yes.")], "season2.claim")
        year_list = _period_text(years, months)
        parts = [claims.part(first, verdict=f"No, not in {year_list}.")]
        refuted = [
            c for c in claims.season2
            if c.standing == "refuted" and related_milestone(milestone, c.milestone)
            and (c.date[:4] in years or any(y in c.text for y in years))
        ]
        parts += claims.wrong_parts(refuted[:2], "A claim said otherwise and was wrong:", first.confidence)
        return Answer(q.raw, True, parts, "season2.refuted")

    def _announced(self, q: Question, years: set[str], months: AbstractSet[int]) -> Answer | None:
        """"was season 2 announced in july 2025", "was the s2 cast revealed in 2025": yes with the
        announcement made then; when none was, "I don't know" with the ones there were, never a
        "No." off a guess at the release."""
        if not years or not _ANNOUNCED.search(q.text) or _OTHER_NEWS.search(q.text) or _FOR_PERIOD.search(q.text):
            return None
        claims = self.claims
        cast = bool(_CAST.search(q.text))
        # An announcement is Netflix's own (official): a report that someone was cast announces nothing.
        kinds = {"casting"} if cast else {"renewed", "filming", "casting"}
        made = [
            c for c in claims.season2
            if c.milestone in kinds and c.standing == "standing" and c.confidence == "official"
        ]
        # the renewal, then the production announced, then its cast (the cast when the cast is asked)
        order = ["casting"] if cast else ["renewed", "filming", "casting"]
        found = sorted((c for c in made if _in_period(c, years, months)), key=lambda c: (c.date, order.index(c.milestone or "")))
        if found:
            return Answer(q.raw, True, [claims.part(found[0], verdict="Yes.")], "claim")
        what = "season-2 cast announcement" if cast else "season-2 announcement"
        said = [claims.part(c) for c in made]
        if not cast and len(years) == 1 and len(months) == 1 and q.language != "en" and (worded := no_announcement_in(
                q.language, month_in(q.language, int(next(iter(years))), next(iter(months))), said)) is not None:
            return Answer(q.raw, False, worded, "unknown")  # said in the asker's language ("2024年3月")
        lead = Part(f"I don't know of a {what} in {_period_text(years, months)}: my sources don't name one. "
                    "What they do date:")
        return Answer(q.raw, False, [lead, *said], "unknown")


def _months(text: str) -> frozenset[int]:
    """The months a question names next to its year ("july 2025", "summer 2025"); empty for a year alone."""
    found: set[int] = set()
    for match in _PERIOD.finditer(text.casefold()):
        word = match.group(1) or match.group(4)
        found.update(_SEASON_MONTHS.get(word, (MONTHS.get(word, 0),)))
    return frozenset(found - {0})


def _in_period(claim: Claim, years: AbstractSet[str], months: AbstractSet[int]) -> bool:
    """Whether a claim is dated in a year asked (and in a month asked, when one was): a claim dated
    by its year alone cannot show a month."""
    if claim.date[:4] not in years:
        return False
    return not months or (len(claim.date) >= 7 and int(claim.date[5:7]) in months)


def _period_text(years: AbstractSet[str], months: AbstractSet[int]) -> str:
    year_list = ", ".join(sorted(years))
    if not months:
        return year_list
    for season, season_months in _SEASON_MONTHS.items():
        if set(season_months) == set(months):
            return f"{season} {year_list}"
    return f"{' or '.join(MONTH_NAMES[m - 1] for m in sorted(months))} {year_list}"
