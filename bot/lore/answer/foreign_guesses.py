"""A fan's guess at whom a description means, typed in Spanish, Portuguese, Tagalog, Indonesian or Korean ("el que mordio
a namra - es gwinam verdad?", "quem mordeu o cheongsan - foi o gwinam né?", "yung kumagat kay namra - si gwinam diba?",
"yang gigit namra itu gwinam kan?", "남라 문 사람 귀남이 맞지?"), asked as whom the description means ("quien mordio a
namra?"): the answer names the one the sources give, in the fan's language, so a right guess is confirmed and a wrong one
corrected by the name itself, and it is hidden past the reader's mark as that question's answer is (the English guess
is analysis.py's `_GUESS`). Only a name is a guess: a remark after the description ("la que salvo a onjo - que linda",
"yang gigit namra itu jahat banget kan?") is no question of whom it means, and is read as it is."""

from __future__ import annotations

import re

from bot.lazy_re import compile_later
from bot.lore.names import NameResolver

# the deeds a description names ("the one who bit namra"): the verbs the who-questions of foreign_glosses.py read
_ES_DEED = r"(?:mordi[oó]|mat[oó]|salv[oó]|apuñal[oó]|empuj[oó]|infect[oó]|contagi[oó])"
_PT_DEED = r"(?:mordeu|matou|salvou|esfaqueou|empurrou|infectou)"
_TL_DEED = r"(?:kumagat|kinagat|pumatay|pinatay|sumagip|nagligtas)"
_ID_DEED = r"(?:gigit|menggigit|ngegigit|bunuh|membunuh|nyelamatin|menyelamatkan)"
# the one described by what they carry ("la chica del arco", "a menina do arco", "cewek yang pake panah")
_ES_ONE = r"(?:chic[oa]|man[ae]|tip[oa]|pib[ae]|ni[ñn][oa]|muchach[oa]|morr[oa])"
_PT_ONE = r"(?:menin[oa]|garot[oa]|cara|mina|mo[çc][oa])"
_ID_ONE = r"(?:cewek|cowok|cewe|cowo|cwk|cwo|orang|anak)"
# the guess: one name (a second word only when it is no tag) and the tag that asks it back
_NAME = r"[^\W\d_][\w'\u2019-]*(?:\s+(?!(?:verdad|cierto|no|né|ne|diba|di ba|kan|ya|right|correcto|certo|não)\b)[^\W\d_][\w'\u2019-]*)?"
_DASH = r"\s*(?:\s-+|[\u2013\u2014,])\s*"
_GUESSES = (
    (compile_later(rf"^\W*(?:el|la|lo)\s+(?:(?:chic[oa]|tip[oa]|personaje|profe|profesora?|que)\s+)?que\s+(?P<deed>{_ES_DEED}\s+(?:a\s+)?[^-\u2013\u2014,?]+?)"
                   rf"{_DASH}(?:¿\s*)?(?:(?:es|era|fue)\s+)?(?:(?:el|la)\s+)?(?P<name>{_NAME})\s*,?\s*(?:verdad|cierto|no|correcto)?\s*[?!.]*\s*$", re.I),
     "quien {deed}?"),
    (compile_later(rf"^\W*(?:o|a|quem)\s+(?:que\s+)?(?P<deed>{_PT_DEED}\s+[^-\u2013\u2014,?]+?)"
                   rf"{_DASH}(?:(?:é|e|foi|era)\s+)?(?:(?:o|a)\s+)?(?P<name>{_NAME})\s*,?\s*(?:né|ne|certo|não)?\s*[?!.]*\s*$", re.I),
     "quem {deed}?"),
    (compile_later(rf"^\W*(?:yung|ang)\s+(?P<deed>{_TL_DEED}\s+[^-\u2013\u2014,?]+?)"
                   rf"{_DASH}(?:(?:si|ay)\s+)?(?P<name>{_NAME})\s*,?\s*(?:diba|di ba|tama|noh?|ba)?\s*[?!.]*\s*$", re.I),
     "sino {deed}"),
    (compile_later(rf"^\W*(?:yang|yg)\s+(?P<deed>{_ID_DEED}\s+[^-\u2013\u2014,?]+?)\s+(?:itu|tuh|tu|adalah)\s+(?P<name>{_NAME})\s*,?\s*(?:kan|ya|bukan)?\s*[?!.]*\s*$", re.I),
     "siapa yang {deed}"),
    # one described by what they carry ("la chica del arco - es namra verdad?", "a menina do arco é a namra né?",
    # "cewek yang pake panah itu hari kan?"): asked as who that one is
    (compile_later(rf"^\W*(?P<deed>(?:el|la)\s+{_ES_ONE}\s+(?:del|de la|con el|con la|con)\s+[^-\u2013\u2014,?]+?)"
                   rf"(?:{_DASH}|\s+(?=(?:es|era|fue)\s))(?:¿\s*)?(?:(?:es|era|fue)\s+)?(?:(?:el|la)\s+)?(?P<name>{_NAME})\s*,?\s*"
                   rf"(?:verdad|cierto|no|correcto)?\s*[?!.]*\s*$", re.I),
     "quien es {deed}?"),
    (compile_later(rf"^\W*(?P<deed>(?:o|a)\s+{_PT_ONE}\s+(?:do|da|com o|com a|com)\s+[^-\u2013\u2014,?]+?)"
                   rf"(?:{_DASH}|\s+(?=(?:é|e|foi|era)\s))(?:(?:é|e|foi|era)\s+)?(?:(?:o|a)\s+)?(?P<name>{_NAME})\s*,?\s*"
                   rf"(?:né|ne|certo|não)?\s*[?!.]*\s*$", re.I),
     "quem é {deed}?"),
    (compile_later(rf"^\W*(?P<deed>{_ID_ONE}\s+(?:yang|yg)\s+(?:pake|pakai|bawa|pegang|megang)\s+[^-\u2013\u2014,?]+?)\s+(?:itu|tuh|tu|adalah)\s+"
                   rf"(?P<name>{_NAME})\s*,?\s*(?:kan|ya|bukan)?\s*[?!.]*\s*$", re.I),
     "siapa {deed}"),
    # "el que mordio a namra fue gwinam o cheongsan?": which of the two, asked as who did it
    (compile_later(rf"^\W*¿?(?:el|la)\s+que\s+(?P<deed>{_ES_DEED}\s+(?:a\s+)?[^\W\d_]+)\s+(?:fue|es|era)\s+(?:(?:el|la)\s+)?"
                   rf"(?P<name>[^\W\d_][\w'-]*)\s+o\s+(?:(?:el|la)\s+)?[^\W\d_][\w'-]*\s*[?!.]*\s*$", re.I),
     "quien {deed}?"),
    # "남라 문 사람 귀남이 맞지?": the one described asked as korean_chat.py's "... 사람 누구야" reads it
    (compile_later(r"^\s*(?P<deed>\S+\s+\S*[인킨린른한신준문]\s*(?:사람|애|놈))\s+(?P<name>\S+?)\s*(?:맞지|맞아|맞죠|맞나|맞냐|아니야|아냐)\s*[?？]*\s*$"),
     "{deed} 누구야"),
)
_LONGEST = 160  # a guess is one line


def foreign_guess_asked(raw: str, resolver: NameResolver) -> str:
    """`raw` as whom its description means when it is a foreign guess at that (the guess names a character); unchanged
    otherwise."""
    if len(raw) > _LONGEST or ("-" not in raw and "\u2013" not in raw and "\u2014" not in raw and "," not in raw
                                and not re.search(r"\b(?:itu|tuh|tu|adalah|es|é|e|fue|foi|era)\b|맞|아냐|아니야", raw)):
        return raw
    for pattern, asked in _GUESSES:
        if (found := pattern.match(raw)) is not None and _names_a_character(found["name"], resolver):
            return asked.format(deed=" ".join(found["deed"].split()))
    return raw


def _names_a_character(guess: str, resolver: NameResolver) -> bool:
    """Whether `guess` names a character of the show ("gwinam", "귀남이", typed "gwinma"), not a remark ("que linda",
    "no se"): the guess is a name alone, so a word one letter away from exactly one name is that name."""
    return any(e.kind == "character" for m in resolver.mentions(guess, known_words=frozenset()) for e in m.candidates)
