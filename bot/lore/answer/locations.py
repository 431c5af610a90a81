"""Whether the show was filmed in a place named: "was it filmed in busan", "is season 2 being filmed
in seoul", "did they film season 2 in gangwon".

The verdict is held to the place asked. Read by words, "busan" finds Train to Busan and "filmed in
seoul" finds season 2's filming status ("Reportedly, yes. Filming is done."), and either answers
a question about another place. So the records that say where the season was shot answer: a place
they name is "yes" as sure as they are; Korea, where every place they name is, is what they say,
without a verdict; another place is "I don't know" with what they do say. Season 1's story is set
in Hyosan and season 2's in Seoul: where a story is set is not where it was shot.
"""

from __future__ import annotations

import re
from collections.abc import Mapping
from types import MappingProxyType

from bot.lazy_re import compile_later
from bot.lore.answer.ask import Shared
from bot.lore.answer.records import Record, Records
from bot.lore.answer.result import Answer, Part
from bot.lore.answer.season2_words import SEASON_TWO_NAMED
from bot.lore.answer.wording import hedged_verdict
from bot.text import MONTH_NAMES, MONTH_SHORT

# "filmed in X", "shot in X", "film season 2 in X", "filming in X", "촬영" is left to the kinds.
_FILMED_IN = compile_later(
    r"(?:\b(?:filmed|filming|shot|shoot|shooting|shoots)\b|\b(?:they|to|did|do|does|we|i) film\b)"
    r"(?:(?! in\b).){0,40}? in (?:the )?"
    r"(?P<place>(?:south |north |new )?[a-z][a-z.]*)"
)
_NOT_PLACES = frozenset({
    *(m.casefold() for m in MONTH_NAMES), *MONTH_SHORT, "summer", "winter", "spring", "autumn", "fall", "season", "episode", "ep", "a", "an", "one",
    "order", "time", "secret", "real", "studio", "studios", "set", "school", "total", "all", "early", "late",
    "mid", "just", "only", "person", "hd", "color", "colour", "black", "this", "that", "it", "which", "what",
    "its", "their", "his", "her", "public", "private", "sequence", "english", "korean", "advance", "between", "trailer",
    "teaser", "show",
})
_KOREA = frozenset({"korea", "south korea", "sk"})
# Where a record says the season was shot: "filmed in Andong", "shot at the Gangwon ... Building"
_SHOT_AT = compile_later(r"\b(?:filmed|shot) (?:in|at|on)\b")


class FilmingPlaces:
    def __init__(self, shared: Shared) -> None:
        self.s = shared
        self._by_season = shared.records.kept("filming places", _filming_places)

    def answer(self, question: str) -> Answer | None:
        """The records that say where the season was shot, held to the place asked; None when no
        place is asked."""
        text = " ".join(question.casefold().split())
        match = _FILMED_IN.search(text)
        if match is None or (place := match.group("place").rstrip(".")) in _NOT_PLACES or place.isdigit():
            return None
        records = self._by_season[2 if SEASON_TWO_NAMED.search(text) else 1]
        if not records:
            return None
        naming = [r for r in records if re.search(rf"\b{re.escape(place)}\b", r.text, re.I)]
        if naming and records is self._by_season[1]:
            return None  # "was it filmed in andong", "in seoul": the kinds weigh the record's own clauses
        if naming:
            first = self.s.part(naming[0])
            verdict = hedged_verdict("Yes.", first.confidence)
            said = Part(f"{verdict} {first.text}", first.spoils, first.confidence, first.sources, hedged=True)
            return Answer(question, True, [said], "filming.place")
        parts = [self.s.part(r) for r in records]
        if place in _KOREA:
            return Answer(question, True, parts, "filming.place")
        what = "Season 2" if records is self._by_season[2] else "it"
        lead = Part(f"I don't know whether {what} was filmed in {place.title()}: my sources don't say so. "
                    "What they do say:")
        return Answer(question, False, [lead, *parts], "unknown")


def _filming_places(records: Records) -> Mapping[int, tuple[Record, ...]]:
    """The records that say where each season was shot."""
    claims = records.pack.claims
    by_season: dict[int, list[Record]] = {1: [], 2: []}
    for record in records.by_id.values():
        if record.kind not in ("fact", "claim") or not _SHOT_AT.search(record.text):
            continue
        claim = claims.get(record.id)
        if claim is not None and claim.standing != "standing":
            continue
        if claim is not None and claim.season == 2:
            by_season[2].append(record)
        elif record.kind == "fact":
            by_season[1].append(record)  # the sheet's verdict, never an article's own claim
    return MappingProxyType({season: tuple(found) for season, found in by_season.items()})
