"""A fan's hope about something else beside our season's day said as fact (s2wild81): "semoga kingdom 3 seru, aouad 2 tayang
19 maret" (may Kingdom 3 be good; AOUAD 2 is out on 19 March), "hoping kingdom 3 gets renewed — meanwhile aouad 2 is out march
19", "march 19 na ang aouad 2!! sana maganda" (I hope it's good), "aouad 2 is march 19, i hope kingdom 3 is friday too": the
hope is the fan's, our day is told. Read by `headline_parts` once a post abroad is in English words (its hopes "i wish").

A hope's clause is set aside only when it names no season 2 of ours and gives no day of its own, or gives one "too" (the other
show hoped to come like ours), or follows our day and names another title ("aouad 2 march 19!! hope kingdom 3 gets a date soon",
a Korean "킹덤3도 빨리 나왔으면" too, s2wild82), and never when it hopes our day holds ("i hope it's true", "sana nga", a hope word alone, "…, semoga"); a hope that runs into our day ("i hope kingdom 3 wed, aouad 2 fri") or names ours ("hoping aouad 2
premieres march 19") hopes for it, and the post is read as it is. Pure functions on text.
"""

from __future__ import annotations

import re

from bot.lazy_re import compile_later
from bot.season2.sources.headline_strength import OFFICIAL_HOPED_FOR
from bot.season2.sources.headline_weekly import ABBREVIATED_DAY
from bot.season2.sources.headline_words import MONTH_TYPED
from bot.season2.sources.other_titles import SEASON_TWO_NAME

#: Clauses: a comma, a semicolon, a sentence's end or a dash between words.
_CLAUSE = compile_later(r"(?:[,;]|(?<![.!?…])[.!?…]++|\s[—–-])\s+")  # (a run of marks tried once, not from each of its marks)
#: A hope (abroad said "i wish" by then: semoga, sana, ojalá, tomara, mong là).
_HOPE = compile_later(r"\b(?:hope[sd]?|hoping|wish(?:es|ed|ing)?|pray(?:s|ing)?)\b", re.I)
#: ... opening its clause, the fan's own ("i hope …", "really hoping …"; never "anyone else losing hope?").
_HOPE_OPENS = compile_later(r"\W*(?:(?:i|we|i['’]?m|really|just|so|still|and|also|but)\s+)*(?:hope|hoping|wish(?:ing)?|pray(?:ing)?)\b", re.I)
#: A day or a time of the week or year said in a clause.
#: (a number after a word is a title's, "kingdom 3")
_DAY_SAID = compile_later(rf"\d{{1,2}}\s*[/.:h]\s*\d|(?<![a-z]\s)(?<![a-z])\d|\b(?:{MONTH_TYPED}|{ABBREVIATED_DAY}|today|tonight|tomorrow|week|weekend|month|year|soon)\b", re.I)
#: "too", "also", "as well", abroad "din", "rin", "juga", "también", "também": another hoped to come like ours.
_TOO = compile_later(r"\b(?:too|also|as\s+well|din|rin|juga|tambi[ée]n|também)\W*$", re.I)
_OURS = compile_later(SEASON_TWO_NAME, re.I)
#: A told clause's opening word joining it to the hope: "pero", "meanwhile".
_JOINED = compile_later(r"^(?:but|pero|mas|tapi|meanwhile|anyway|still)\b\W*", re.I)
#: A hope that our day itself holds, never about something else: "i hope it's true", "hope so", "sana nga", "sana totoo",
#: "semoga beneran", "ojalá sea verdad", "mong là thật" (s2wild82).
#: A Korean hope closing its clause ("킹덤3도 빨리 나왔으면", "…면 좋겠다"), as `headline_strength.not_meant` reads one (s2wild82).
_KO_HOPE = compile_later(r"(?:(?:왔|나왔|떴|됐|했)으면|면\s*좋겠)\S*\W*$")
#: Another title named in a hope after our day ("hope kingdom 3 gets a date soon", "semoga kingdom 3 juga jumat"): its day
#: is that title's (never a month's day, "march 3").
_OTHER_TITLE = compile_later(rf"(?<!\w)(?!(?:{MONTH_TYPED})\b)[a-z]{{3,}}\s?[2-9](?![\d:./]|\s*(?:st|nd|rd|th|am|pm)\b)|[가-힣]{{2,}}\s?[2-9](?![\d월일시])",
                             re.I)
#: A hope word alone, hoping for nothing else ("…, semoga" by then "…, i wish", "…, sana"): the day's own hope (s2wild83).
#: ... or with its "so" ("…, semoga aja", "…, ojalá que sí", "…, mong là vậy", s2wild84; never "… cũng vậy", another's "too").
_HOPE_ALONE = compile_later(r"\W*(?:(?:i|we|really|just|so|still)\s+)*(?:hope|hoping|wish|pray)\w*(?:\s+(?:so|aja|saja|ya|vậy|thế"
                            r"|que\s+s[ií]m?))?\W*", re.I)
_DAY_HOLDS = compile_later(r"\b(?:true|real|legit|right|correct|so|nga|totoo|tama|beneran|bener|benar|verdad|cierto|verdade"
                           r"|certo|thật|đúng)\b", re.I)


def without_hope_beside(text: str) -> str:
    """`text` without a hope's clause about something else when another clause tells our season's day (see the module); any
    other text as it is."""
    marks = list(_CLAUSE.finditer(text))
    if not marks or not (_HOPE.search(text) or _KO_HOPE.search(text)):
        return text
    bounds = [0, *(m.end() for m in marks), len(text)]
    starts = [0, *(m.start() for m in marks), len(text)]
    clauses = [(bounds[n], starts[n + 1]) for n in range(len(bounds) - 1)]
    told = [(a, b) for a, b in clauses if _OURS.search(text, a, b) and not _hoped(text, a, b)]
    if not told or not _DAY_SAID.search(text, told[0][0], told[-1][1]) or "?" in text[told[-1][1]:]:
        return text  # (a day asked, "aouad 2 march 19?? i hope kingdom 3 too", stays asked)
    # (after our day, another title's day hoped for is that title's: "aouad 2 march 19!! hope kingdom 3 gets a date soon")
    aside = [(a, b) for a, b in clauses if (_HOPE_OPENS.match(text, a, b) or _KO_HOPE.search(text[a:b])) and not _OURS.search(text, a, b)
             and (not _DAY_SAID.search(text, a, b) or _TOO.search(text[a:b]) or (a >= told[-1][1] and _OTHER_TITLE.search(text, a, b)))
             and not _DAY_HOLDS.search(text, a, b) and not _HOPE_ALONE.fullmatch(text, a, b)
             and not (OFFICIAL_HOPED_FOR.search(text, a, b) and not _OTHER_TITLE.search(text, a, b))]  # ("…, hopefully official soon", s2wild84;
             # "…, ojalá lo confirmen pronto", s2wild85)
    if not aside or len(aside) + len(told) != len(clauses):
        return text
    kept = [text[a:b].strip() for a, b in clauses if (a, b) not in aside]
    return "; ".join(_JOINED.sub("", clause) for clause in kept)


def _hoped(text: str, start: int, end: int) -> bool:
    """Whether the clause text[start:end] hopes ("i hope …", "semoga" by then "i wish", Korean "…나왔으면")."""
    return _HOPE.search(text, start, end) is not None or _KO_HOPE.search(text[start:end]) is not None
