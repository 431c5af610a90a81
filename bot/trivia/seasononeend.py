"""Rows of an imported list that tell season 1's end, whatever a state word in them says: Nam-ra's choice to stay with
the others like her ("Who does Nam-ra choose to stay with? - the halfbies", "Sino ang pinili ni Nam-ra na samahan?",
"ナムラが一緒にいることを選んだのは誰？": E12, where she leaves and is found four months later) and a row naming season 1's end
("Who does Nam-ra side with at the end of season 1?", "al final de la temporada 1"). Season 2 may change a state asked
of what is out ("Who does Nam-ra love?"), never what season 1's end was (imports53: held to the last episode out, S2E6,
or read as her bite, S1E6, or as nothing, 0)."""

from __future__ import annotations

import re

from bot.lazy_re import compile_later

#: Nam-ra, as the lists write her ("Nam-ra", "Namra", "남라", "ナムラ", "南罗", "南羅", Thai "นัมรา")
_NAM_RA = compile_later(r"(?<!\w)nam[\s-]?ra(?!\w)|남라|ナムラ|南罗|南羅|นัมรา|นามรา", re.IGNORECASE)
#: choosing or deciding whom to be with, in the languages the lists come in ("choose to stay with", "decide quedarse",
#: "pinili … samahan", "함께 있기로", "選んだ", "选择"; fix129, read as nothing or as her bite, S1E6, before: "決めた",
#: "chọn", "เลือก", "choisit", "décide", "entscheidet sich", "南罗选了谁", "함께하기로")
_CHOICE = compile_later(r"(?<!\w)(?:choos(?:e|es|ing)|chose|chosen|decid\w*|eleg\w*|escog\w*|"
                        r"escolh\w*|pinili|pumili|memilih|dipilih|chọn|quyết định|choisi\w*|d[ée]cid\w*|entschie\w*|"
                        r"entscheid\w*|w[äa]hlt\w*)(?!\w)|함께\s*(?:있|하)기로|선택|택했|택한|選|决定|決定|決め|"
                        r"选|เลือก",
                        re.IGNORECASE)
#: ... whom to be with, which season 1's end is ("stay with", "be with", "side", "quedarse", "ficar", "samahan", "tinggal",
#: "一緒に", "在一起", "함께", "ở lại với", "อยู่กับ", "avec qui … rester", "mit wem", "für wen", or the choice itself asked,
#: "Who does Nam-ra choose?", "南罗选了谁？"): never any choice ("Who does Nam-ra choose to protect at the NIS base?" in a season-2 list was held
#: only to S1E12, review72b; "What does Nam-ra decide to do when she gets hungry?" is E7's)
_WITH_WHOM = compile_later(r"(?<!\w)(?:stay\w*|be\s+with|go\s+with|live\s+with|side\w*|join\w*|leave|quedar\w*|ficar|samahan|"
                           r"sumama|tinggal|bersama|with\s+whom|con\s+qui[eé]n|com\s+quem|ở\s+lại|với\s+ai|avec\s+qui|rester|"
                           r"mit\s+wem|f[üu]r\s+wen|bleib\w*|(?:choose|chose|chosen|elige|eligi[óo]|escolhe|escolheu|pinili|memilih|chọn)"
                           r"\s*[?？])(?!\w)|一緒|在一起|一起|함께|같이|อยู่กับ|选了谁|選んだのは誰",
                           re.IGNORECASE)
#: season 1's end named ("at the end of season 1", "season 1 finale", "end of s1", "al final de la temporada 1", "시즌1 마지막")
_SEASON_ONE_END = compile_later(
    r"(?<!\w)(?:(?:the\s+)?end\s+of\s+(?:the\s+)?(?:season\s*(?:1|one)|s1|first\s+season)|(?:season\s*(?:1|one)|s1)(?:['’]s)?\s+"
    r"(?:finale|ending|end|last\s+episode)|final\s+de\s+la\s+(?:temporada\s*1|primera\s+temporada)|"
    r"fim\s+da\s+(?:temporada\s*1|primeira\s+temporada))(?!\w)|시즌\s*1\s*(?:마지막|결말|엔딩)", re.IGNORECASE)


def tells_season_one_end(text: str) -> bool:
    """Whether a question tells season 1's end: Nam-ra's choice of whom to be with, or the end of season 1 named."""
    return (_NAM_RA.search(text) is not None and _CHOICE.search(text) is not None and _WITH_WHOM.search(text) is not None) \
        or _SEASON_ONE_END.search(text) is not None
