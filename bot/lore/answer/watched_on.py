"""A platform named in a question: "can i watch it on disney plus", "when did it come out on netflix".

`watched_on(text)` puts a question about where the show can be watched as "where can i watch it"
with the platform named kept as one word the analysis takes out (`platform<name>`): "is it on
disney plus" is answered "No." with where it streams, "is it on netflix" "Yes.". A question of
when ("when did it come out on netflix", "what year was it released on hulu") asks the release
date, never where it streams: the platform is left out, and the answer says it premiered on Netflix.
"""

from __future__ import annotations

import re

from bot.lazy_re import compile_later

_PLATFORMS = (r"(?:disney|hulu|prime|amazon|hbo|apple|youtube|netflix|tving|wavve|viki|jtbc|tvn|kbs|mbc|sbs|crunchyroll|"
              r"peacock|paramount|iqiyi|wetv|viu|coupang|tubi|kocowa|rakuten|hotstar|vidio|max)")
_WATCH_ON = compile_later(
    r"\b(?:can|could|do|does|did|is|are|was|were)\s+(?:i|we|you|it|they|the show)?\s*"
    r"(?:watch|stream|streamed|see|find|air|aired|shown|broadcast|released|premiered|come out|came out|out)?\s*"
    r"(?:it|the show|this)?\s*(?:(?:for\s+)?free\s+)?"
    rf"(?:on|in)\s+({_PLATFORMS}[\w+ ]{{0,12}}?)(?=\?|$)", re.I
)
# The release asked ("when did it come out on ..."), not the platform
_RELEASED = compile_later(r"\b(released|premiered|come out|came out|out|air|aired|drop|dropped|stream|streamed|shown|watch|see)"
                       rf"\s+(?:on|in)\s+{_PLATFORMS}.*$", re.I)
_CAN_WATCH = compile_later(r"\b(?:can|could|will|do|did)\s+(?:i|we|you|u|people)\s+(?:watch|stream|see)\s+(?:it|the show|this)\b",
                        re.I)
# "what streaming service is it on", "which app has it": where it streams, with no platform named
_SERVICE = compile_later(r"^\W*(?:what|which|wat)\s+(?:streaming\s+)?(?:service|platform|app|site|website|channel|network|"
                         r"streamer)s?\s+(?:is|has|carries|streams|shows|airs)\s+(?:it|the show|this)(?:\s+on)?\W*$", re.I)
_WHEN = compile_later(r"^\W*(?:when|what (?:year|date|day|month)|which (?:year|date|day|month)|how long ago)\b", re.I)


# "where can i watch it in india", "where to watch s2 in the philippines": the show streams on Netflix worldwide, so
# the country said is no other place to watch it (a language or a quality, "in english", "in 4k", is dropped alike)
# (never a part of the work, "where do we see it in the webtoon / the trailer / the finale": where in it, not where from;
# nor "see" at all, which asks where in the story as often as where from)
_WATCH_IN_PLACE = compile_later(
    r"\b(where\s+(?:can|could|do|should|would)\s+(?:i|we|you|u|people|one)\s+(?:watch|wach|stream)"
    r"|where\s+to\s+(?:watch|stream))(\s+(?:it|the show|this|season \d|s\d|all of it))?"
    r"\s+in\s+(?:the\s+)?(?!(?:webtoon|manhwa|comic|book|novel|trailer|teaser|finale|ending|end|episode|ep|scene|show|series"
    r"|season|movie|film|clip|video)s?\b)[^\W\d_]+(?:\s+[^\W\d_]+)?\W*$", re.I)
# a language ("is it available in hindi", "is it on netflix in tagalog dubbed") asks for a dub or subtitles, which the
# sources never name: never "Yes." off Netflix carrying the show there
_LANGUAGES = (r"(?:english|korean|hindi|tamil|telugu|urdu|bengali|tagalog|filipino|spanish|espa[nñ]ol|portuguese|french|german"
              r"|italian|japanese|chinese|mandarin|indonesian|bahasa|malay|thai|vietnamese|arabic|turkish|russian|polish)")
# a dub ("in hindi dub", "tagalog audio"); with subtitles, what a language after "in" may be
_DUB = r"(?:dub|dubs|dubbed|dubbing|audio|voice(?:s|over)?|version|language)"
_DUBBED = rf"(?:{_DUB}|sub|subs|subbed|subtitles?)"
# "is season 1 on netflix in germany", "is it available in india", "can i watch it in brazil": yes, on Netflix, which
# carries it worldwide (the country said is no other place; never "I don't know")
_ON_IN_PLACE = compile_later(
    r"^\W*(?:(?:is|are)\s+(?:it|the show|this|season 1|s1|season one|all of us are dead)\s+(?:on\s+netflix\s+|available\s+"
    r"(?:on\s+netflix\s+)?|streaming\s+(?:on\s+netflix\s+)?)"
    r"|(?:can|could)\s+(?:i|we|you|u)\s+(?:watch|stream)\s+(?:it|the show|this|season 1|s1)\s+)"
    r"in\s+(?:the\s+)?(?!(?:webtoon|manhwa|comic|trailer|teaser|finale|ending|end|episode|ep|scene|season|4k|hd)s?\b)"
    rf"(?!{_LANGUAGES}\b)(?![^\W\d_]+\s+{_DUBBED}\W*$)[^\W\d_]+(?:\s+[^\W\d_]+)?\W*$", re.I)

# "can i watch it in english", "does netflix have it in hindi", "is it available in tamil": a dub asked of, never an
# unrelated "Yes." (an English dub is only the sources' guess; other languages they never name); "is it in english"
# without "available" asks its own language, and Korean is that language
_IT = r"(?:it|the show|this|season 1|s1|all of us are dead)"
# a dub only (`_DUB`): subtitles asked of ("can i watch it in english subs") are no dub, and stay unread (I don't know)
_IN_LANGUAGE = compile_later(
    rf"^\W*(?:(?:can|could)\s+(?:i|we|you|u)\s+(?:watch|stream)\s+{_IT}|does\s+netflix\s+have\s+{_IT}|(?:is|are)\s+{_IT}\s+available)"
    rf"\s+in\s+(?!korean\b)({_LANGUAGES})(?:\s+{_DUB})?\W*$", re.I, prefilter=True)
# "did it come out the same day in the us", "was it released at the same time everywhere": whether it premiered
# worldwide at once (the country said is no other release)
_SAME_DAY = compile_later(
    r"\b(did|was)\s+(it|the show|this|season 1|s1)\s+(?:come out|came out|release|released|drop|dropped|premiere|"
    r"premiered|air|aired)\s+(?:on\s+|at\s+)?the\s+same\s+(?:day|time|date)\b.*$", re.I)


# "is it out everywhere", "is s2 out in every country yet": whether it is out (Netflix drops it worldwide at once)
_OUT_EVERYWHERE = compile_later(
    r"^(\W*(?:is|are)\s+(?:it|the show|season\s*2|s2|the new season|all of us are dead)\s+out)\s+(?:yet\s+)?"
    r"(?:everywhere|worldwide|globally|all over the world|in (?:every|all)\s+(?:the\s+)?countr(?:y|ies))(?=(?:\s+yet)?\W*$)", re.I)


# "is it on jtbc in korea or only netflix": the other platform asked of, Netflix named only as the alternative
_OR_ONLY_NETFLIX = compile_later(r"\s+or\s+(?:only|just)\s+(?:on\s+)?netflix\b", re.I)
# "is season 1 on netflix indonesia", "is it on netflix korea": Netflix there, as "on netflix in indonesia" asks it
_NETFLIX_PLACE = compile_later(rf"^(\W*(?:is|are)\s+{_IT}\s+(?:on|available on)\s+netflix)"
                               r"\s+(?=(?:korea|south korea|us|usa|uk|japan|india|indonesia|philippines|ph|brazil|mexico|canada"
                               r"|australia|germany|france|spain|singapore|malaysia|thailand|vietnam)\W*$)", re.I, prefilter=True)


def watched_on(text: str) -> str:
    """`text` with a platform it names read as above (`text` itself when it names none)."""
    text = _OUT_EVERYWHERE.sub(r"\1", _NETFLIX_PLACE.sub(r"\1 in ", _OR_ONLY_NETFLIX.sub("", text)))
    text = _WATCH_IN_PLACE.sub(lambda m: m.group(1) + (m.group(2) or " it"), text)
    text = _ON_IN_PLACE.sub("is it on netflix", text)
    text = _IN_LANGUAGE.sub(r"is there a \1 dub", text)
    text = _SAME_DAY.sub(r"did \2 come out worldwide", text)
    if _WHEN.match(text):
        text = _CAN_WATCH.sub("did it come out", text)  # "when can i watch it": it is out; since when
        return _RELEASED.sub(r"\1", text)  # "when did it come out on hulu": when it came out
    if _SERVICE.match(text):
        return "where can i watch it"
    return _WATCH_ON.sub(lambda m: f"where can i watch it platform{m.group(1).split()[0].casefold()}", text)
