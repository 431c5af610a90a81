"""The release hour asked of a place ("what time does it drop in the philippines", "s2 what time in new york",
"horario en argentina?", "jam berapa tayang di jakarta", "anong oras lalabas sa pinas"), read by season2_asked.py as
"what time does season 2 come out"; the place's own clock is asked_clock.py's."""

from __future__ import annotations

from bot.lazy_re import compile_later
from bot.lore.answer.season2_waiting import SEASON_WORDS

# "what time does it drop in the philippines", "what time will s2 ep 1 be up in indonesia", "s2 what time in the
# philippines": season 2's hour, wherever the asker is (season 1 came out at once everywhere, long ago; asked with no
# place, "what time does it drop" keeps season 1's hour beside season 2's)
# a place as fans name it: one word, or up to four ("new york", "ho chi minh city", "são paulo"), never a word of the
# question itself ("what time in canada is the trailer": Canada, and the trailer is asked, not season 2)
_NOT_PLACE = r"(?!(?:is|are|was|does|do|did|will|it|the|a|trailer|teaser|season|s2|part|episode|ep)\b)"
_PLACE = rf"{_NOT_PLACE}[^\W\d_]+(?:\s+{_NOT_PLACE}[^\W\d_]+){{0,3}}"
# what comes out: "it", season 2 (its first episode), "the season" (the one coming)
_WHAT = rf"(?:it|s2e0?1|the\s+season|{SEASON_WORDS}(?:\s+(?:ep(?:isode)?\s*1|episode\s+one))?)"
_OUT = r"(?:come\s+out|coming\s+out|drop|dropping|release|releasing|be\s+(?:up|out|on)|air|premiere|go\s+live|be\s+live)"
_TOD = r"(?:tonight|today|tomorrow|at\s+night|in\s+the\s+(?:morning|afternoon|evening|night))"
HOUR_ASKED = compile_later(
    rf"^\W*(?:at\s+)?(?:what|wat|wht)\s+time\s+(?:does|will|is|do)\s+{_WHAT}\s+"
    rf"{_OUT}\s+(?:in|for)\s+(?:the\s+)?(?:{_PLACE}|my\s+country)\W*$"
    # the place (or the time of day, no place) before the verb: "what time in canada does the season come out",
    # "what time in the evening does it come out"
    rf"|^\W*(?:what|wat|wht)\s+time\s+(?:in|for)\s+(?:the\s+)?{_PLACE}\s+(?:does|will|do)\s+{_WHAT}\s+{_OUT}\W*$"
    # a time of day between "what time" and the verb, a place after it or none: "what time tonight does it drop",
    # "what time in the afternoon does the season come out in cebu"
    rf"|^\W*(?:what|wat|wht)\s+time\s+{_TOD}\s+(?:does|will|is|do)\s+{_WHAT}\s+{_OUT}"
    rf"(?:\s+(?:in|for)\s+(?:the\s+)?(?:{_PLACE}|my\s+country))?\W*$"
    rf"|^\W*{SEASON_WORDS}\s+(?:at\s+)?what\s+time(?:\s+(?:in|for)\s+(?:the\s+)?(?:{_PLACE}|my\s+country))?\W*$"
    # the place alone: "what time in mexico", "horario en argentina?", "jam berapa di indonesia", "mấy giờ ở việt nam"
    rf"|^\W*(?:(?:what|wat|wht)\s+time|(?:el\s+)?horarios?|a\s+qu[eé]\s+horas?|jam\s+berapa(?:\s+(?:tayang|rilis|keluar))?|m[aấ]y\s+gi[oờ])"
    rf"\s+(?:in|for|en|para|pra|no|na|di|[oở])\s+(?:the\s+|el\s+|o\s+)?{_PLACE}\W*$"
    # Tagalog's and Korean's place first, as glossed: "anong oras lalabas sa pinas", "한국 몇시에 나와"
    rf"|^\W*what\s+time\s+does\s+(?:sa\s+{_PLACE}|korean?)\s+come\s+out\W*$")
