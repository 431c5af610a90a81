"""Claims to check, in any phrasing: a statement ("season one is eight 45 minute episodes"), a tag
question ("..., right?", "true?"), a negative question ("isn't season 1 only 8 episodes?"), a report
("an article said ...", "i read ..."), or a plain yes/no question that a wrong claim matches.

The claim is matched against the pack's records (records.py): a claim the pack knows is wrong
(refuted or superseded), a fact that says a claim is wrong, or a fact whose number differs from the
question's ("8 episodes" against the count the pack gives). The answer says "No." with what settles it and its
source; for a season-2 claim, also where things stand now (the current season-2 status). A claim
that the pack supports gets "Yes." with the fact.
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from bot.lazy_re import compile_later
from bot.lore.answer.ask import Ask, Shared
from bot.lore.answer.claims import Claims, milestone_of
from bot.lore.answer.counted import same_window
from bot.lore.answer.phases import end_asked, other_phase
from bot.lore.answer.record_verdicts import record_verdict
from bot.lore.answer.records import Record
from bot.lore.answer.result import Answer, Part
from bot.lore.answer.retrieval import RecordAnswers
from bot.lore.answer.season2_status import StatusAnswers
from bot.lore.answer.weighing import affirms_date
from bot.lore.answer.wording import hedged_verdict
from bot.lore.answer.words import stem, stems_of
from bot.lore.answer.written_dates import MONTHS_ABROAD
from bot.lore.content import Claim
from bot.show import SEASON_ONE_RELEASE
from bot.text import MONTH_NAMES

_CLAIM_WORDS = (
    "article", "say", "said", "read", "hear", "heard", "site", "website", "blog", "post", "report", "claim", "true",
    "right", "correct", "really", "think", "thought", "tell", "told", "someone", "somebody", "apparently",
    "supposedly", "rumour", "rumor", "people", "friend", "video", "tiktok", "tweet", "youtuber", "news", "be", "do",
    "have", "isn't", "wasn't", "weren't", "didn't", "doesn't", "that", "is", "was", "it", "only", "just",
)

# "didn't the virus start / come from / begin in Japan": where something came from, not where it is.
_ORIGIN_ASKED = compile_later(r"\b(?:start\w*|began|begin\w*|c[ao]me\w? from|originat\w*|emerg\w*|spread\w* from|"
                           r"made in|created in|from)\b", re.I)
_ORIGIN_HEADS = frozenset(stems_of("virus outbreak infection zombies"))

_NEG = r"(?:is|isn't|isnt|was|wasn't|wasnt)\s+(?:not\s+)?"
# "is hyosan in seoul", "the school is in busan right": where the story is set, as a claim.
_PLACE_CLAIM = compile_later(
    rf"^{_NEG}(?P<x>.+?)\s+(?:located\s+|set\s+|based\s+)?in\s+(?P<y>[a-z]+)$"
    r"|^(?P<x2>.+?)\s+(?:is|was)\s+(?:located\s+|set\s+|based\s+)?in\s+(?P<y2>[a-z]+)$"
)
# Real cities a fan may place it in (a country is not a city: Hyosan is a South Korean city).
_CITIES = frozenset({"seoul", "busan", "incheon", "daegu", "daejeon", "gwangju", "ulsan", "suwon", "andong", "jeju",
                     "pusan", "gangnam", "tokyo", "osaka"})
_SETTING = compile_later(r"^(?:hyosan(?: high(?: school)?)?|the (?:school|city|town|high school|story))$")
# "is the virus called the hyosan virus": a name, as a claim.
_NAME_CLAIM = compile_later(
    rf"^{_NEG}(?P<x>.+?)\s+(?:called|named|known as)\s+(?P<y>.+)$|^(?P<x2>.+?)\s+(?:is|was)\s+(?:called|named|known as)\s+"
    r"(?P<y2>.+)$"
)
_NAMING = compile_later(r"\b(?:called|named|known as)\b")
_ARTICLE = compile_later(r"^(?:the|a|an)\s+")
# "the epilogue is one year later": a length of time, settled by a record giving it in other units.
_UNITS = frozenset({"year", "month", "week", "day", "hour", "minute"})
# A month said with a day of filming's end ("did filming end on march 19"): part of the date checked, as its numbers
# are, never a word a record must hold to be about the same thing (the wrap's record says February, not March)
_FILMING = compile_later(r"\b(?:film|shoot|wrap)", re.I)
_MONTHS_SAID = stems_of(" ".join(MONTH_NAMES))
# A count and what it counts, as a record says it ("top in 25 countries", "in the Top 10 of 94 countries", "first in 29")
_COUNTED = (compile_later(r"(?=\b(\d[\d,.]*)\s+([a-z]+)\b)"), compile_later(r"(?=\b(\d[\d,.]*)\s+[a-z-]+\s+([a-z]+)\b)"))


class CorrectionAnswers:
    def __init__(self, shared: Shared, claims: Claims, status: StatusAnswers, records: RecordAnswers) -> None:
        self.s = shared
        self.claims = claims
        self.status = status
        self.records = records
        self._asked = ""  # the question being checked, as typed
        self._pool = shared.records.pool("facts and claims", lambda r: r.kind in ("fact", "claim"))

    def answer(self, ask: Ask, pool: Sequence[Record] | None = None) -> Answer | None:
        a = ask.a
        if not (a.claim or a.yes_no):
            return None
        stems = ask.stems_without(_CLAIM_WORDS)
        if not stems:
            return None
        settled = self._premiere(ask) or self._place(ask) or self._name(ask)
        if settled is not None:
            return settled
        general = list(pool if pool is not None else self._pool)
        ids = {s.id for s in ask.found.subjects}
        if ids:
            about = [r for r in general if r.subjects & ids]
            found = self._check(ask, stems, about) if about else None
            if found is not None:
                return found
        return self._check(ask, stems, general)

    def _check(self, ask: Ask, stems: Sequence[str], pool: Sequence[Record]) -> Answer | None:
        a = ask.a
        self._asked = a.raw
        named = {s.id for s in ask.found.subjects if s.kind == "character"}
        # ... and whoever plays them ("did Victoria Grace play On-jo": the record naming Park Ji-hu).
        named |= {c.actor for c in (self.s.pack.characters.get(i) for i in tuple(named)) if c is not None and c.actor}
        # Numbers (years too) the claim gives: a record with other numbers for the same thing
        # settles it ("the webtoon from 2015" against "2009 to 2011").
        # A number that names a place in the show ("ep 5", "week 2", "season 2") is no count the claim gives:
        # "more zombies in ep 5 than ep 6" is never "No." off a record with other numbers.
        # ... nor is a bound ("more than 10 people", "more episodes than 10"): another number does not contradict it.
        labels = set(_LABELLED.findall(a.raw.casefold())) | set(_BOUND.findall(a.raw.casefold()))
        numbers = [s for s in dict.fromkeys(stems) if s.isdigit() and s not in labels]
        words = [s for s in stems if s not in numbers]
        dated = (bool(numbers) and end_asked(a.raw) and bool(_FILMING.search(a.raw))
                 and (months := [w for w in words if w in _MONTHS_SAID]) and len(months) < len(words))
        if dated:
            numbers, words = [*numbers, *months], [w for w in words if w not in months]
        units = [s for s in words if s in _UNITS]
        words = [s for s in words if s not in _UNITS] or words
        ranked = self.s.records.ranked(stems, pool)
        # A fact about what the question names comes first: "was it released in 2021" is settled by
        # the premiere, not by the teaser "released" on 31 December 2021.
        ranked.sort(key=lambda pair: not (set(words) & self.records.headwords(pair[1])))
        if a.reported:
            # "an article said ...": the claims someone made that turned out wrong come first.
            ranked.sort(key=lambda pair: self._standing(pair[1]))
        # "was it top 10 in 91 countries": a record giving every number asked settles it, never a "No."
        # off another record of the same words ("top in 25 countries")
        # (a year is a date: "released in 2021" is the premiere's, never the teaser's that gives 2021)
        stated = not any(re.fullmatch(r"(?:19|20)\d\d", n) for n in numbers) and numbers and any(self.s.records.covers(words or stems, r.stems) and all(n in r.stems for n in numbers)
                                 for _, r in ranked[:30])
        for _, record in ranked[:30]:
            if not self.s.records.covers(words or stems, record.stems):
                continue
            if named and not record.subjects & named:
                continue  # a record about others says nothing of whom the question names
            if dated and other_phase(a.raw, record.text):
                continue  # "did filming end on march 19": the wrap's day, never the start's ("began in June 2020")
            claim = self.s.pack.claims.get(record.id)
            if claim is not None and claim.standing != "standing":
                if numbers and not all(n in record.stems for n in numbers):
                    continue
                return self._refuted(ask, claim)
            if a.years and not a.years <= record.stems and record.kind == "claim":
                continue
            if numbers and not all(n in record.stems for n in numbers):
                if record.has_date and _TO_COME.search(a.raw) and not self._of_season_two(record):
                    continue  # "is the s2 trailer coming out jan 15": a day to come, never "No." off season 1's teaser
                if record.has_number and not record.negates and not stated:
                    # "was season 1 filmed in 2021" against "shooting began in June 2020": a start says
                    # nothing of the years after it, so no "No."
                    began = _BEGAN.search(record.text) and not _BEGAN.search(ask.a.raw) and _after_start(numbers, record.text)
                    counted = self._counted_often(record, words, [r for _, r in ranked[:30]], numbers)
                    if counted and not began:
                        return self._said_each(ask, counted, (*numbers, *units))  # "#1 in 40 countries": 25, 29, 63
                    return self._said(ask, record, "" if began else "No.", (*numbers, *units))
                continue
            if units and not all(u in record.stems for u in units):
                if record.has_number and record.stems & _UNITS and not record.negates:
                    return self._said(ask, record, "No.", (*numbers, *units))  # "a year later" against "four months after"
                continue
            if record.negates and affirms_date(record.text, ask.a.raw):
                continue  # "did filming start in june": "... is wrong; shooting had started by June 2020" is no "No."
            if record.negates:
                verdict = record_verdict(self.s, ask, stems, record) or ("No." if a.claim else "")
                if verdict:
                    return self._said(ask, record, verdict)
            if not a.claim:
                return None  # a plain yes/no question about a true fact: the other kinds answer it
            surer = self._surer(record, [r for _, r in ranked[:30]], words or list(stems), named, numbers)
            verdict = record_verdict(self.s, ask, stems, surer)
            claim = self.s.pack.claims.get(surer.id) if surer is not record else None
            if claim is not None:  # dated, and its spoiling details hidden behind the day's plain fact
                return self.s.answer(ask, self.claims.parts(claim, verdict), "correction", evidence=[surer],
                                     consumed=_CLAIM_WORDS)
            return self._said(ask, surer, verdict)
        return None

    def _surer(self, record: Record, ranked: Sequence[Record], words: Sequence[str], named: set[str],
               numbers: Sequence[str]) -> Record:
        """"is it true s2 got announced at geeked week": one outlet's report says it, and so does the
        official fact; the claim is checked against the surest record that covers it as well."""
        if record.confidence == "official":
            return record
        # a fact first (it carries its date and settles a verdict), then an official claim that still stands
        for other in sorted(ranked, key=lambda r: r.kind != "fact"):
            if (other.confidence == "official" and not other.negates and other.kind in ("fact", "claim")
                    and self.s.records.covers(words, other.stems) and all(n in other.stems for n in numbers)
                    and (not named or other.subjects & named)
                    and (other.kind != "claim" or self._standing(other))):
                return other
        return record

    def _of_season_two(self, record: Record) -> bool:
        claim = self.s.pack.claims.get(record.id)
        return claim is not None and claim.season == 2

    def _counted_often(self, record: Record, words: Sequence[str], ranked: Sequence[Record], numbers: Sequence[str]) -> list[Record]:
        """"was it number one in 40 countries": the sources count it more than once, in facts of one topic (25, 29,
        63 countries as the weeks went by), so one count that differs from the number asked is no "No.": each
        of those facts (of the kind asked: where it was first, not where it was in the Top 10), or none; a year
        is one count ("the webtoon from 2015" against "2009 to 2011")."""
        if any(re.fullmatch(r"(?:19|20)\d\d", n) for n in numbers):
            return []
        found: dict[Record, set[str]] = {}
        for r in ranked:
            if r.kind == "fact" and r.topic == record.topic and r.has_number and self.s.records.covers(words, r.stems):
                counts = {count for counted in _COUNTED for count, noun in counted.findall(r.text) if stem(noun) in words}
                if counts:
                    found[r] = counts
        if len(set().union(*found.values()) if found else set()) <= 1:
            return []
        return [r for r in found if same_window(self._asked, r.text)][:3] or [record]

    def _said_each(self, ask: Ask, records: Sequence[Record], settled: Sequence[str]) -> Answer:
        parts = [self.s.part(r) for r in records]
        return self.s.answer(ask, parts, "correction", evidence=list(records), consumed=(*_CLAIM_WORDS, *settled))

    def _premiere(self, ask: Ask) -> Answer | None:
        """"did season 1 come out in march", "did it premiere in february": season 1's month, checked
        against its premiere (never a record that names that month, like Park Ji-hu's March 2023 remark)."""
        heard = _PREMIERE_HEARD.match(" ".join(ask.text.split()))
        premiere = self.s.records.by_id.get("premiere")
        if heard is None or premiere is None:
            return None
        day, year = heard.group("day") or heard.group("day2"), heard.group("year")
        first = SEASON_ONE_RELEASE
        right = (_MONTH_HEARD[heard.group("month")] == MONTH_NAMES[first.month - 1].lower() and year in (None, str(first.year))
                 and day in (None, str(first.day)))
        parts = [self.s.part(premiere, f"{'Yes' if right else 'No'}. {premiere.text}")]
        return self.s.answer(ask, parts, "correction", evidence=[premiere], consumed=ask.a.stems)

    def _place(self, ask: Ask) -> Answer | None:
        """"is hyosan in seoul": the setting is a fictional city; a real place named is not it."""
        match = _PLACE_CLAIM.search(ask.text)
        if match is None or ask.a.season:
            return None
        what, where = match.group("x") or match.group("x2"), match.group("y") or match.group("y2")
        if not _SETTING.match(what) or where not in _CITIES:
            return None
        ranked = self.s.records.ranked(["hyosan", "fiction", "set"], self._pool)
        found = next((r for _, r in ranked if re.search(r"\bfictional\b", r.text, re.I) and "Hyosan" in r.text), None)
        if found is None or re.search(rf"\b{re.escape(where)}\b", found.text, re.I):
            return None
        return self._said(ask, found, "No.", (*stems_of(what), *stems_of(where), "locate", "set", "base", where))

    def _name(self, ask: Ask) -> Answer | None:
        """"is the virus called the hyosan virus": the name a record gives it, Yes. or No."""
        match = _NAME_CLAIM.search(ask.text)
        if match is None or "ent" in ask.text or re.match(r"(?:after|for)\b", match.group("y") or match.group("y2")):
            return None  # "is the virus named after hans jonas": whom it is named after, not its name
        what, name = match.group("x") or match.group("x2"), match.group("y") or match.group("y2")
        head = _ARTICLE.sub("", what).split()[-1] if what.split() else ""
        if not head:
            return None
        ranked = self.s.records.ranked([*stems_of(head), "call", "name"], self._pool)
        pattern = re.compile(rf"\b{re.escape(head)}\b[^.;]*?{_NAMING.pattern}", re.I)
        found = next((r for _, r in ranked[:10] if pattern.search(r.text)), None)
        if found is None:
            return None
        typed = _ARTICLE.sub("", name).casefold()
        verdict = "Yes." if typed and typed in found.text.casefold() else "No."
        return self._said(ask, found, verdict, (*stems_of(what), *stems_of(name), "call", "name", "known", "as"))

    def _origin(self, ask: Ask) -> Part | None:
        """"didn't the virus start in Japan": a wrong place of origin is answered with where the thing
        really came from (the record the pack keeps as its origin), not only with "No."."""
        heads = set(ask.stems_without(_CLAIM_WORDS)) & _ORIGIN_HEADS
        if not heads:
            return None
        ranked = self.s.records.ranked([*heads, "origin", "create"], self._pool)
        found = next((r for _, r in ranked[:10] if r.kind == "fact" and "origin" in r.stems and heads & r.topic_stems), None)
        if found is None:
            return None
        part = self.s.part(found)
        return Part(f"Where it came from: {part.text}", part.spoils, part.confidence, part.sources)

    def _standing(self, record: Record) -> int:
        claim = self.s.pack.claims.get(record.id)
        return 0 if claim is not None and claim.standing != "standing" else 1

    def _said(self, ask: Ask, record: Record, verdict: str, settled: Sequence[str] = ()) -> Answer:
        part = self.s.part(record)
        if (verdict and (record.kind == "claim" or (record.kind == "fact" and verdict == "Yes."))
                and part.confidence != "official"):
            # A verdict on news, or a yes on a fact from one source ("was it filmed in andong"), is
            # as sure as it: "Reportedly, no." (a rumour: none). A correction's no is said plainly.
            verdict = hedged_verdict(verdict, part.confidence)
            verdict = "" if verdict.endswith(":") else verdict
        if verdict:
            part = part.after_verdict(verdict)
        return self.s.answer(ask, [part], "correction", evidence=[record], consumed=(*_CLAIM_WORDS, *settled))

    def _refuted(self, ask: Ask, claim: Claim) -> Answer:
        claims = self.claims
        other_id = claim.refuted_by if claim.standing == "refuted" else claim.superseded_by
        other = self.s.pack.claims.get(other_id or "")
        sure = other.confidence if other is not None else "reported"
        ending = ", but that was wrong" if claim.standing == "refuted" else ", but newer news replaced that"
        verdict = "No." if claim.standing == "refuted" else "Not any more."
        parts = claims.wrong_parts([claim], verdict, sure, ending)
        if other is not None:
            parts.append(claims.part(other, "What settles it"))
        origin = self._origin(ask) if _ORIGIN_ASKED.search(ask.text) else None
        if origin is not None:
            parts.append(origin)
        # season 2's standing follows a claim of its progress, or a question about it; never "the virus appeared in Japan"
        if claim.season == 2 and (claim.milestone is not None or claim.release_window or ask.a.season == 2):
            milestone = milestone_of(ask.text) or claim.milestone
            status = self.status.current.status
            if milestone in ("release_date_announced",) or claim.release_window:
                if status.milestone is not None:
                    release = self.status.release_part(status)
                    if release is None:
                        parts += [self.status.no_release_part(status), *self.status.standing(status)]
                    else:
                        parts += [release, self.status.part(status, "Where things stand now")]
            else:
                truth = claims.current_truth(milestone)
                if truth is not None and truth is not other:
                    parts.append(claims.part(truth, "Where things stand"))
                if status.milestone is not None:
                    parts.append(self.status.part(status, "Where things stand now"))
        record = self.s.records.by_id[claim.id]
        evidence = [record] + ([self.s.records.by_id[other.id]] if other is not None else [])
        return self.s.answer(ask, parts, "claim.refuted" if claim.standing == "refuted" else "claim.superseded",
                             evidence=evidence, consumed=_CLAIM_WORDS)


# "did season 1 come out in march", "is it true s1 premiered on january 28", "did it come out in 2021 march": season 1
# named, or "it" said in the past (season 2 has not come out: "does it come out in march" is season 2's, not this)
# a month in English, or in Spanish or Portuguese glossed with its sentence (foreign_glosses.py), with its English name
_MONTH_HEARD = {m.lower(): m.lower() for m in MONTH_NAMES} | MONTHS_ABROAD["es"] | MONTHS_ABROAD["pt"]
_MONTHS = "(?:" + "|".join(_MONTH_HEARD) + ")"
_PREMIERE_HEARD = compile_later(
    r"^\W*(?:(?:is it true|is it real|so|wait|really)\s+)?(?:that\s+)?"
    r"(?:(?:did|was|has)\s+(?:season 1|the first season|it|the show|the series)\s+(?:really\s+)?(?:come out|premiere|drop|air|release)"
    r"|(?:season 1|the first season|it|the show|the series)\s+(?:really\s+)?(?:came out|premiered|dropped|aired|released|was released))"
    rf"\s+(?:in|on)\s+(?:(?P<day>\d{{1,2}})(?:st|nd|rd|th)?\s+)?(?P<month>{_MONTHS})(?:\s+(?P<day2>\d{{1,2}})(?:st|nd|rd|th)?)?"
    r"(?:,?\s+(?P<year>20\d\d))?(?:\s+(?:right|or not))?\W*$"
)
_LABELLED = compile_later(r"\b(?:ep|eps|episode|episodes|week|wk|season|s|part|day)\s*(\d{1,2})\b")
_BOUND = compile_later(r"\b(?:than|over|under|at least|at most|fewer than|less than)\s+(?:(?:ep|eps|episode|episodes|week|wk)\s*)?(\d+)\b")
# A day asked of something still to come ("is the trailer coming out jan 15", "will it drop on the 15th", "s2 comes out
# in march?"): a dated record of what already happened (season 1's teaser, its premiere) does not contradict it.
# (never asked in the past: "didnt it come out in 2021", "did the teaser drop on jan 15")
_TO_COME = compile_later(r"^(?!.*\b(?:did|didnt|didn't|was|wasnt|wasn't|were|has|had)\b)"
                         r".*\b(?:will|gonna|going to|coming|dropping|releasing|premiering|arriving|comes\s+out|drops"
                         r"|releases|premieres|arrives)\b", re.I)
_BEGAN = compile_later(r"\b(?:began|begins|begin|started|starts|start|commenced|kicked off)\b", re.I)


def _after_start(numbers: Sequence[str], record: str) -> bool:
    """Whether the years asked all come after every year the record gives (a year before a start is
    still "No.": "filmed in 2019" against "began in June 2020")."""
    asked = [int(n) for n in numbers if re.fullmatch(r"(?:19|20)\d\d", n)]
    given = [int(y) for y in re.findall(r"\b(?:19|20)\d\d\b", record)]
    return bool(asked) and bool(given) and min(asked) > max(given)
