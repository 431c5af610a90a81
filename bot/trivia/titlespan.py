"""The episodes a list's title says its quiz covers: a range ("episode 1-3 quiz", "eps 4–6:", "episodes 4 to 6 - ") or a
bound ("up to ep 8", "through episode 9", "hasta el 6", "sampai ep 6", "6화까지"). Read as the LAST of them, which the
title's unmarked questions spoil up to: a range's first episode is never a mark (held there, "ep 4-6 quiz"'s episode-6
questions would be asked to fans at episode 4). A bound in a clause naming another show ("(the Sweet Home one, up to ep
3, is next week)") is that quiz's: none of ours."""

from __future__ import annotations

import re

from bot.lazy_re import compile_later
from bot.other_works import OTHER_MEDIUM, OTHER_SHOWS
from bot.text import MONTH_NAMES_IN, month_alternation

_EPISODE = r"(?:episodes?|eps?\.?|epis[oó]dios?|cap(?:[íi]tulos?|s?\.)?)"
#: "episode 1-3", "eps 4–6", "ep 1~3", "episodes 4 to 6", "episodios 1 al 3"
_SPAN = compile_later(
    rf"(?<!\w)({_EPISODE}\s*)[0-9]{{1,2}}\s*(?:[-–—~]|to|al|a|sampai)\s*([0-9]{{1,2}})(?!\d)", re.IGNORECASE)
#: an episode abroad: Tagalog "episodyo", Vietnamese "tập", Thai "ตอน" / "ตอนที่"
_ABROAD = r"(?:episodyo|t[ậa]p|ตอน(?:ที่)?)"
#: "up to ep 8", "through episode 9", "until ep 6", "hasta el 6" / "hasta el episodio 6" (never "hasta el 6 de marzo" or
#: "hasta el 3/3", the day a quiz closes), "sampai ep 6", "hanggang ep 6", "đến tập 6", "ถึงตอน 6", "6화까지" / "ep 6까지", "6話まで", "4~6화" (imports53)
_BOUND = compile_later(
    rf"(?<!\w)(?:up\s+to|through|thru|until|till|sampai|hanggang(?:\s+sa)?|đến|den(?=\s+t[ậa]p))\s+(?:the\s+)?"
    rf"(?:{_EPISODE}|{_ABROAD})\s*([0-9]{{1,2}})(?!\d)"
    rf"|(?<!\w)hasta\s+(?:el\s+)?(?:{_EPISODE}\s*)?([0-9]{{1,2}})(?![/.]?\d)(?!\s*(?:de\s+)?(?:{month_alternation(names=True)}"
    rf"|{'|'.join(MONTH_NAMES_IN['es'])}|{month_alternation(stems=True)})\b)"
    rf"|ถึง\s*ตอน(?:ที่)?\s*([0-9]{{1,2}})(?!\d)"
    rf"|(?<![\d~-])([0-9]{{1,2}})\s*화\s*까지|(?<![\d~-])[0-9]{{1,2}}\s*[~-]\s*([0-9]{{1,2}})\s*[화話]|(?<!\w){_EPISODE}\s*([0-9]{{1,2}})\s*까지|(?<![\d~-])([0-9]{{1,2}})\s*話\s*まで", re.IGNORECASE)
#: ...with more after it ("episode 1-3 and the finale", "eps 1-3 + s2", "hasta el 6 y el final", "eps 1-3 plus the finale",
#: "6화까지랑 최종화", "ep 1-3, finale", "ep 1-3 (and the finale)"): no bound of the quiz. A comma, slash or parenthesis
#: only before another episode, the finale or a season ("hasta el 6, sin spoilers de más" is still bounded).
_MORE = compile_later(
    r"\s*[+&＋]\s*\S|\s+(?:and|y|e|dan|및|그리고|plus|with|w/|n|or|then|và|et|und|mas|más|at|pati|sama|serta)\s+\S|(?:이랑|랑|와|과|하고)\s"
    # (and Thai "และ"/"กับ", Japanese "と" or a comma before the finale or another episode: review64d)
    r"|\s*(?:และ|กับ|รวม)|と|\s*[、，]\s*(?:最終|第?\d|シーズン)"
    r"|\s*[,/(]\s*(?:(?:and|plus|[&+])\s*)?(?:the\s+)?(?:finale|final|ending|ep|episode|s\s?\d|season|최종|마지막|tập|ตอน)",
    re.IGNORECASE)


#: an episode named anywhere after ("episode 1-3 quiz, bonus ep 12"): one past the bound is no question of it
_LATER_NAMED = compile_later(rf"(?<!\w)(?:{_EPISODE}|{_ABROAD})\s*([0-9]{{1,2}})(?!\d)|(?<![\d~-])([0-9]{{1,2}})\s*(?:話|화)", re.IGNORECASE)


#: Another show named in a bound's own clause ("(the Sweet Home one, up to ep 3, is in #other-quizzes)", "(스위트홈 3화까지
#: 퀴즈는 다음 주!)"): the bound is that quiz's, none of ours (read as ours, an episode-4 question would be asked at 3).
_OTHER_SHOW = compile_later(rf"(?i:{OTHER_SHOWS})|Kingdom|KINGDOM")
#: Another medium named as what a bound is of, right after it or before it ("up to ep 3 of the webtoon", "hasta el 3 del
#: webtoon", "웹툰 3화까지"): the bound is the webtoon's, none of ours; a medium named elsewhere in the clause ("up to ep 8, no
#: webtoon spoilers") leaves our bound (review65d: it was dropped, the list's unmarked questions asked at 0).
_OF_ANOTHER_MEDIUM = compile_later(rf"\s*(?:(?:of|from|in|de|del|da|do|ng|sa)\s+)?(?:(?:the|el|la|o|a|ang)\s+)?(?:{OTHER_MEDIUM.pattern})",
                                   re.IGNORECASE)
_ANOTHER_MEDIUMS = compile_later(rf"(?:{OTHER_MEDIUM.pattern})(?:['’]s|\s*の)?\s*$", re.IGNORECASE)
#: What closes a title's clause: a bracket, a dash or bar between spaces, a sentence's end.
_CLAUSE_START = compile_later(r".*(?:[(\[（【「]|\s[-–—|/]\s|[.!?！？。]\s)", re.DOTALL)
_CLAUSE_END = compile_later(r"[()\[\]（）【】「」]|\s[-–—|/]\s|[.!?！？。](?:\s|$)")  # (a bracket opened after it too, review65d)


#: A closing line opening on something besides this list: the next quiz ("(next week: season 2 part 2 quiz!)", "(¡la
#: próxima semana: temporada 2, parte 1 y 2!)", "(다음 주: 시즌2 파트2 퀴즈!)") or a bonus elsewhere, in a channel, a DM or a
#: thread of theories ("(bonus: 시즌2 파트2 theories go in #theories 👀", imports49): the season or part it names there is
#: that quiz's or that bonus's, not this list's ("(bonus: the last one is season 2 part 2!!)" speaks of this one).
_NEXT_QUIZ = compile_later(
    r"^\s*(?:[(\[（]\s*)?(?:[¡!]\s*)?(?:next[^\S\n]+(?:week|time|quiz|round|friday|saturday|sunday)|coming[^\S\n]+(?:soon|up|next)"
    r"|(?:la[^\S\n]+)?pr[óo]xima(?:[^\S\n]+semana)?|la[^\S\n]+semana[^\S\n]+que[^\S\n]+viene|semana[^\S\n]+que[^\S\n]+vem"
    r"|minggu[^\S\n]+depan|tuần[^\S\n]+sau|la[^\S\n]+semaine[^\S\n]+prochaine|nächste[^\S\n]+woche|sa[^\S\n]+susunod"
    r"|다음[^\S\n]*(?:주|시간|번)|来週|下周|สัปดาห์หน้า|bonus(?=[^\S\n]*[:：][^\n]*(?:#[^\W\d]|(?<!\w)(?:dm|thread|theor\w*|predictions?)(?!\w))))(?!\w)", re.IGNORECASE)


#: Words of this list or its spoilers beside an announcement ("… these are all season 2 part 2 spoilers!!", "… today's was all
#: season 2 part 2", "…; hoy fue la parte 2 entera", review67b; Korean with its particle: "오늘은 시즌2 파트2였어요", imports49;
#: "… last night: s2 part 2", "(bonus: the last one was season 2 part 2, answers in #answers)", review68c). Those saying it
#: after the season or part (`after`: "season 2 part 2 spoilers above", "시즌2 파트2 스포") speak of their whole clause.
_THIS_LIST = compile_later(r"(?<!\w)(?:these|this[^\S\n]+(?:list|one|quiz|round|week|time)|estas?|estes?|essas?|esses?|ini"
                           r"|today|tonight|last[^\S\n]+(?:night|one|question)|hoy|hoje)(?!\w)|이번|오늘|今日|今天|今週|本周|这周|這週"
                           r"|(?P<after>(?<!\w)(?:spoil\w*|above|so[^\S\n]+far)(?!\w)|스포)", re.IGNORECASE)
#: Where an announcement's own clause ends: what follows speaks of this list ("(next week: season 2 finale quiz! we did part 2)").
_ANNOUNCEMENT_END = compile_later(r"[!?;！？。]\s|\.\s(?!\d)|\s[-–—|/]\s")  # (the run's last mark: "!!!…" tried from each is square)


def said_of_this_list(text: str) -> str:
    """The words of a closing line that speak of this list: all of them, unless it opens on the next quiz or a bonus
    ("(next week: season 1 rewatch quiz, tonight's was season 2 part 2)"); then those from where it speaks of this one
    ("tonight's was …", "these are all …", "오늘은 …") or from the end of the announcement's own clause ("… quiz! we did
    season 2 part 2"), "" when none does: the next quiz's season, season 1's too, bounds nothing of this one, and this
    one's Part 2 named after it is still its bound (imports49: read as a whole, "season 1" left Part 2's questions at 0)."""
    if (announced := _NEXT_QUIZ.match(text)) is None:
        return text
    starts = [_clause_start(text, announced.end(), found.start()) if found["after"] else found.start()
              for found in (_THIS_LIST.search(text, announced.end()),) if found is not None]
    starts += [found.end() for found in (_ANNOUNCEMENT_END.search(text, announced.end()),) if found is not None]
    return text[min(starts):] if starts else ""


#: Where a clause of a closing line ends, a comma's too ("(next week: s1 rewatch, season 2 part 2 spoilers above)").
_CLAUSE_BREAK = compile_later(r"[,;!?，、！？。]\s|\.\s(?!\d)|\s[-–—|/]\s")  # (as _ANNOUNCEMENT_END: one mark)


def _clause_start(text: str, start: int, at: int) -> int:
    """Where the clause holding `at` opens, at `start` at the earliest: words saying "spoilers" of this list speak of the
    season or part named before them in their clause ("(bonus: season 2 part 2 spoilers above, go to #theories)",
    review68c: read from "spoilers" on, Part 2's questions were shown from the start)."""
    return max((found.end() for found in _CLAUSE_BREAK.finditer(text, start, at)), default=start)


def other_show_named(text: str) -> bool:
    """Whether `text` names another show ("quiz de Sweet Home temporada 3, parte 1"): its season and part are that show's."""
    return _OTHER_SHOW.search(text) is not None


def _another_shows(text: str, found: re.Match[str]) -> bool:
    """Whether the clause holding a bound names another show (a bracket's, or between dashes), or the bound is another
    medium's (`_OF_ANOTHER_MEDIUM`)."""
    opened = _CLAUSE_START.match(text, 0, found.start())
    closed = _CLAUSE_END.search(text, found.end())
    clause = text[opened.end() if opened else 0:closed.start() if closed else len(text)]
    return (_OTHER_SHOW.search(clause) is not None or _OF_ANOTHER_MEDIUM.match(text, found.end()) is not None
            or _ANOTHER_MEDIUMS.search(text, 0, found.start()) is not None)


def _found(text: str) -> re.Match[str] | None:
    return _SPAN.search(text) or _BOUND.search(text)


def names_episodes(text: str) -> bool:
    """Whether `text` names episodes as a quiz's scope, bounded or with more after them ("eps 1-3 + s2 part 1")."""
    return _found(text) is not None


def title_span(text: str) -> str | None:
    """The last episode `text` names as the quiz's scope, written "ep N", or None (None too when the title names more
    after them: the finale's questions under "episode 1-3 and the finale" are no question of episode 3)."""
    found = _found(text)
    if found is None or _MORE.match(text, found.end()) or _another_shows(text, found):
        return None
    last = int(next(g for g in reversed(found.groups()) if g))
    if any(int(m[1] or m[2]) > last for m in _LATER_NAMED.finditer(text, found.end())):
        return None
    if (span := _SPAN.search(text)) is not None and span.start() == found.start():  # as written: "episode 1-3": "episode 3"
        # (a word the labels do not read as an episode, "episodios 4 al 6", "capítulos 1-3", as "ep 6": imports53, every
        # row was refused as spoiling "episodios 6")
        written = re.sub(r"(?i)^(ep|episode)s", r"\1", span.group(1))
        return written + span.group(2) if re.match(r"(?i)ep(?:isode)?\b", written) else f"ep {span.group(2)}"
    return f"ep {next(g for g in found.groups() if g)}"


def title_first(text: str) -> int:
    """The first episode of the range `text` names as the quiz's scope ("episodes 4 to 6": 4), 1 for a bound ("up to ep
    6") or none: its questions are of that episode at least (a row the lexicon reads earlier, "Whose mother is mauled by
    zombie Gyeong-su?", read as his turn, E3, under "episodes 4 to 6", is not asked before 4)."""
    found = _found(text)
    numbers = re.findall(r"[0-9]{1,2}", found.group(0)) if found is not None and title_span(text) is not None else []
    return int(numbers[0]) if len(numbers) > 1 else 1
