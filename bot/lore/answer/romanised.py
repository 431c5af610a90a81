"""Romanised Korean as fans type it in chat ("namra banjombi ya?", "onjo appa nuguya").

Such a question is read as the Korean question it spells: its words are written back in Hangul and
go through the same glosses (korean_glosses.py `gloss_korean`) and the same reading (a Korean question
without a question word asks whether it is so). Only when the question holds at least one word
that is plainly Korean (not "ya", "hae" or "wae" alone, which chat English has too), and only the
words of the table below are rewritten: a name or an English word is never touched.
"""

from __future__ import annotations

import re

from bot.lazy_re import compile_later

# Romanised word -> the Hangul it spells (as words.py glosses it). Several spellings per word:
# Revised Romanization, McCune-Reischauer-ish and chat spellings.
_HANGUL_OF: dict[str, str] = {}
_GROUPS: tuple[tuple[str, str], ...] = (
    ("누구야", "nuguya nuguyeyo nugueyo nuguji nuguya?"),
    ("누구", "nugu"),
    ("누가", "nuga"),
    ("언제", "eonje eonjae onje"),
    ("어디", "eodi eodiya eodiseo"),
    ("뭐야", "mwoya mwuya moya"),
    ("뭐", "mwo mweo mwol"),
    ("무슨", "museun"),
    ("몇", "myeot myeoch myeon myut"),
    ("화에서", "hwaeseo"),
    ("아빠", "appa appaneun appaga"),
    ("아버지", "abeoji abuji"),
    ("엄마", "eomma umma omma eommaneun eommaga"),
    ("어머니", "eomeoni"),
    ("동생", "dongsaeng"),
    ("친구", "chingu"),
    ("여자친구", "yeochin yeojachingu"),
    ("남자친구", "namchin namjachingu"),
    ("선생님", "seonsaengnim ssaem"),
    ("반좀비", "banjombi banjeombi"),
    ("좀비", "jombi"),
    ("죽었", "jugeosseo jugeoss jugeotda jugeosseoyo jugeonna jugeosseo? jugeotji"),
    ("죽어", "jugeo jugeoyo jukeo jugeoya"),
    ("죽는", "jungneun jugneun"),
    ("죽음", "jugeum"),
    ("죽였", "jugyeosseo jugyeoss jugyeotda jugyeosseoyo jugyeonna jugyeotji jukyeosseo"),
    ("죽인", "jugin"),
    ("죽여", "jugyeo"),
    ("살아남", "saranam saranama saranamasseo saranamatda"),
    ("살아", "saraisseo saraisseoyo sarasseo sarainna"),
    ("물려", "mullyeo mullyeosseo mullyeoss mullyeotda"),
    ("물었", "mureosseo mureotda"),
    ("감염", "gamyeom"),
    ("어떻게", "eotteoke eottoke eotteokae eottokae otoke eoddeoke eottohke"),
    ("돼", "dwae dwaesseo dwaesseoyo dwaeyo dwaenna dwe dweo"),
    ("배우", "baeu"),
    ("작가", "jakga jakka jakganim"),
    ("감독", "gamdok gamdoknim"),
    ("원작", "wonjak"),
    ("역", "yeok"),
    ("연기", "yeongi"),
    ("시즌", "sijeun"),
    ("키스", "kiseu"),
    ("좋아해", "joahae joahaeyo joahaesseo joahae? joahanda johae"),
    ("좋아하는", "joahaneun"),
    ("사귀어", "sagwieo sagyeo sagwyeo sagwieoyo sagyeoyo sagwyeosseo sagyeosseo"),
    ("사귀", "sagwi sagwim sagwineun"),
    ("고백", "gobaek"),
    ("결말", "gyeolmal"),
    ("촬영", "chwaryeong"),
    ("나와", "nawa nawayo naoni"),
    ("나왔", "nawasseo nawatda"),
    ("끝났", "kkeutnasseo kkeunnasseo"),
    ("누나", "nuna"),
    ("오빠", "oppa"),
    ("언니", "eonni unni"),
)
for _hangul, _spellings in _GROUPS:
    for _spelling in _spellings.split():
        _HANGUL_OF[_spelling.rstrip("?")] = _hangul
# Endings and particles that carry nothing: read only in a question that is Korean already.
_WEAK: dict[str, str] = {
    **{w: "야" for w in "ya yo ye iya ieyo yeyo eyo ayo eoyo ni nya".split()},
    "hae": "해", "haeyo": "해", "wae": "왜", "hwa": "화",
}
_WORD = compile_later(r"[A-Za-z]+")
# Every romanised word read here: never a near miss of a name ("sijeun" is "season", not Si-eun).
ROMANISED_WORDS = frozenset(_HANGUL_OF) | frozenset(_WEAK)


def hangul_of_romanised(text: str) -> str:
    """`text` with its romanised Korean words in Hangul, or `text` itself when no word in it is
    plainly Korean ("who is the actor" and "ya know" are left alone)."""
    words = _WORD.findall(text.casefold())
    if not any(w in _HANGUL_OF for w in words):
        return text

    def hangul(match: re.Match[str]) -> str:
        word = match.group(0).casefold()
        return _HANGUL_OF.get(word) or _WEAK.get(word) or match.group(0)

    return _WORD.sub(hangul, text)
