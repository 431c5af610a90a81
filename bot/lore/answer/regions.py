"""The show's age rating asked for a country the sources give none for: "what age rating is it in
the uk", "is it 15 in australia", "aus rating?".

The sources give the US rating (TV-MA) and one unnamed region's 16+; read as a bare rating question,
"in the uk" is dropped and the US rating comes back as if it were the UK's. A country other than the
US is "I don't know" instead. So is a rating asked in Korean's own terms ("몇 세 관람가야", "청불이야?":
adults only?), which asks Korea's rating (never "불" read as "fire"); "시즌2 관람등급" asks season 2's, not yet announced.
"""

from __future__ import annotations

import re

from bot.lazy_re import compile_later
from bot.lore.answer.result import Answer, dont_know

_PLACES = (r"uk|u\.k\.|united kingdom|britain|great britain|england|scotland|wales|ireland|australia|aus|canada|"
           r"south korea|korea|germany|india|japan|france|spain|italy|brazil|mexico|philippines|indonesia|"
           r"new zealand|nz|singapore|malaysia|netherlands|sweden|norway|denmark|poland|turkey|vietnam|thailand|europe")
_RATING = r"(?:age rating|rating|rated|certificate|certification|classification|classified)"
_KOREAN_RATING = compile_later(r"관람\s*가|관람\s*등급|청불|청소년\s*관람\s*불가|연령\s*등급|\d{2}\s*세\s*이상|\d{2}\s*금|몇\s*살부터")
_SEASON_TWO = compile_later(r"시즌\s*2|\bs2\b|\bseason\s*(?:2|two)\b", re.I)
_ELSEWHERE = compile_later(rf"\b{_RATING}\b.*\bin (?:the )?(?P<a>{_PLACES})\b|\b(?P<b>{_PLACES}) (?:age )?{_RATING}\b", prefilter=True)


def rating_elsewhere(question: str) -> Answer | None:
    """"I don't know" for the rating in a country the sources do not rate it for; None otherwise."""
    match = _ELSEWHERE.search(" ".join(question.casefold().split()))
    if match is None:
        if _KOREAN_RATING.search(question) and not _SEASON_TWO.search(question):  # "시즌2 관람등급": season 2's, unannounced
            return dont_know(question, "the show's age rating in Korea (my sources give only the US one, reportedly TV-MA)")
        return None
    place = match.group("a") or match.group("b")
    shown = "the UK" if place in ("uk", "u.k.") else place.upper() if len(place) <= 3 else place.title()
    return dont_know(question, f"the show's age rating in {shown} (my sources give only the US one, reportedly TV-MA)")
