"""Season marks in a typed message, the way fans type them the night a later season is out.

Season 1's pack asks season 1's episodes, so a season-1 mark beside an episode only says which season the
player means: "s1 ep 11", "1x11", "S01E11", "ep 11 of s1", "시즌1 11화" answer 11 as "ep 11" does. A later
season's episode or count is talk of that season, never the answer to a season-1 question: "ep 3 of s2 tho",
"s2e1", "시즌2 3화 미쳤다", "s2 has 8 eps", "la t2 tiene 8 caps" name no episode asked. The marks themselves
are no words of a guess ("s2 > s1" is talk; "||namra|| no spoilers for s2 tho" guesses Nam-ra). Nothing is read
so where an answer holds such a mark ("T2" for a film, "Galaxy S2", "Season 2"), nor where the question speaks of
a season other than the first and a number answers it (an imported list's "How many episodes does Season 2 have?",
"In which season of Friends...?"); where a name answers it ("Which character does Roh Jae-won play in Season 2?"),
no season's number can be the guess.
"""

from __future__ import annotations

import re

from bot.lazy_re import compile_later

_NUMBER = r"0?(\d{1,2})(?!\d)"
#: A later season named, the one list of its words (`bot.trivia.laterseason` reads moderators' notes with it too):
#: "season 2", "season two", "second season", "t2" / "temporada 2" (Spanish and Portuguese), "saison 2", "staffel 2";
#: "s2" each reader bounds its own way (a note's "S 2" is the season, a chat's "it's 2" none), and each keeps the one
#: form it alone has read ("2nd season" here, "season four" there: either more would change what the other reads).
LATER_SEASON_WORDS = (r"season\s*0?[2-9]|season\s+(?:two|three)|(?:second|third)\s+season|"
                      r"temporada\s*0?[2-9]|t0?[2-9]|saison\s*0?[2-9]|staffel\s*0?[2-9]")
#: ...and in Korean: "시즌2".
LATER_SEASON_KOREAN = r"시즌\s*0?[2-9](?!\d)"
_LATER = rf"(?:(?<![\w-])(?:s0?[2-9]|(?:2nd|3rd)\s+season|{LATER_SEASON_WORDS})(?=$|[^\w-]|e\d|ep|x\d)(?![.,]\d)|{LATER_SEASON_KOREAN})"
_FIRST = (r"(?:(?<![\w-])(?:s0?1|season\s*0?1|season\s+one|(?:first|1st)\s+season|temporada\s*0?1|t0?1|"
          r"saison\s*0?1|staffel\s*0?1)(?=$|[^\w-]|e\d|ep|x\d)(?![.,]\d)|시즌\s*0?1(?!\d))")
_EPISODE = r"(?<![a-z])(?:ep(?:isode)?s?\.?|e|eps?|cap(?:[ií]tulo)?s?|epis[oó]dios?)"
_OF = r"(?:\s*(?:of|in|from|de|da|do|del|ng|dari|sa)\s+(?:the\s+|la\s+|el\s+|a\s+)?|\s+)"

#: Season 1's episode typed with its season: kept as the episode ("s1 ep 11", "s1e3", "S01E11", "1x11",
#: "season 1 episode 11", "시즌1 11화").
_FIRST_EPISODE = compile_later(
    rf"{_FIRST}\s*,?\s*{_EPISODE}\s*{_NUMBER}|(?<![\w.])1\s*x\s*{_NUMBER}(?![\w.])|{_FIRST}\s*{_NUMBER}\s*화",
    re.IGNORECASE,
)
#: A later season's episode or count: talk of that season ("ep 3 of s2", "eps 3 s2", "s2 ep 3", "s2e1", "2x03",
#: "시즌2 3화", "s2 has 8 eps", "s2 only has 8 eps", "la t2 tiene 8 caps", "시즌2는 8부작", "8 eps in s2"), seasons
#: ranked ("s2 > s1") and the wait for one ("4 years of waiting for s2").
_LATER_NUMBER = compile_later(
    rf"{_EPISODE}\s*\d{{1,2}}{_OF}{_LATER}"
    rf"|{_LATER}\s*[,:]?\s*(?:{_EPISODE}\s*)?\d{{1,2}}(?!\d)\s*(?:화|회)?"
    rf"|(?<![\w.])[2-9]\s*x\s*\d{{1,2}}(?![\w.])"
    rf"|(?:(?:la|el|a|the)\s+)?{_LATER}\s*(?:는|은)?\s*(?:only\s+|just\s+)?(?:has|had|have|is|got|tiene|tem|ada|punya|may)\s+"
    rf"(?:only\s+|just\s+|like\s+|lang\s+)?\d{{1,2}}\s*(?:{_EPISODE}|부작|화)?"
    rf"|{_LATER}\s*(?:는|은)\s*\d{{1,2}}\s*(?:부작|화)[가-힣]*"
    rf"|\d{{1,2}}\s*{_EPISODE}{_OF}{_LATER}"
    rf"|(?:{_FIRST}|{_LATER})\s*(?:[><=]+|vs\.?|better\s+than|over)\s*(?:{_FIRST}|{_LATER})"  # "s2 > s1": seasons ranked
    # the wait for a season: "4 years of waiting for s2", "3 years since s1"
    rf"|\d{{1,2}}\s*(?:years?|yrs?|months?)\s+(?:of\s+)?(?:waiting\s+)?(?:for|since|after|until|till)\s+(?:the\s+)?(?:{_FIRST}|{_LATER})",
    re.IGNORECASE,
)
#: Season 1's mark left alone, with the word tying it to the rest ("of s1", "(s1)", "in season 1"): what the pack
#: asks of anyway. A later season's stays: what the message says of it is read as talk where it is (`bot.trivia.hits`).
#: (Never begun on a space after a space: a match there would have begun a space earlier; tried from each space of
#: a long run instead, its leading spaces cost the square of the run.)
_MARK = compile_later(rf"(?!(?<=\s)\s)(?:\s*(?:of|in|from|de|da|do|ng)\s+(?:the\s+|la\s+|el\s+|a\s+)?)?\(?\s*{_FIRST}\s*\)?",
                      re.IGNORECASE)
#: A question speaking of a season other than the first: "Season 2", "which season", "시즌2", "temporada".
_ANY_LATER = compile_later(_LATER, re.IGNORECASE)
_WORDS = compile_later(r"[^\W_]")
_WHICH_EPISODE = compile_later(r"\b(?:which|what)\s+episode\b|몇\s*화", re.IGNORECASE)
_OTHER_SEASON = compile_later(rf"{_LATER}|\bseasons?\b(?!\s*(?:1|one)\b)|시즌(?!\s*1)|\btemporadas?\b(?!\s*1)", re.IGNORECASE)
_NUMBER_WORDS = frozenset("one two three four five six seven eight nine ten eleven twelve first second third".split())


def _episode(found: re.Match[str]) -> str:
    number = next(g for g in found.groups() if g is not None)
    return f" ep {number} "


def without_season_marks(guess: str, question: str, answers: tuple[str, ...]) -> str:
    """`guess` with its season marks read (see the module docstring); as typed when it has none, or when the
    question or an answer names a season itself."""
    if not _MARK.search(guess) and not _FIRST_EPISODE.search(guess) and not _LATER_NUMBER.search(guess):
        return guess
    if any(_MARK.search(text) or _ANY_LATER.search(text) or _FIRST_EPISODE.search(text) for text in answers):
        return guess
    if _OTHER_SEASON.search(question) and any(
        re.search(r"\d", text) or not _NUMBER_WORDS.isdisjoint(text.casefold().split()) for text in answers
    ):
        return guess
    read = _FIRST_EPISODE.sub(_episode, guess)
    talk = _LATER_NUMBER.sub(" ", read)
    if not _WORDS.search(talk) and _WHICH_EPISODE.search(question):
        return guess  # a later season's episode alone ("s2e11"): a guess, wrong where season 1's is asked
    return re.sub(r"[ \t]+", " ", _MARK.sub(" ", talk)).strip()


_FIRST_SEASON = compile_later(_FIRST, re.IGNORECASE)
#: Season 1's spoilers let in or kept out beside a later season's list ("AOUAD S2 quiz (season 1 spoilers too)", "(s1
#: spoilers ok!)", "(no s1 spoilers)", "(spoilers for season 1 allowed)", "시즌1 스포 있음"): the list stays that season's, its
#: bare "(ep 7)" the later season's (imports51: read as S1E7, the bridge bite was shown to fans who had seen season 1 only);
#: never a season-1 quiz so called ("S2 countdown: season 1 spoilers quiz").
_FIRST_LET_IN = compile_later(
    rf"{_FIRST}[^\S\n]*(?:spoil(?:ers?)?(?![a-z])|스포(?:일러)?)(?![^\S\n]*(?:quiz|trivia|questions|퀴즈))|spoil(?:ers?)?[^\S\n]+(?:for|of|from)[^\S\n]+{_FIRST}"
    r"(?![^\S\n]*(?:and|&|/|\+|,)[^\S\n]*\d)", re.IGNORECASE)  # (never "spoilers for season 1 and 2": both named)


def names_first_season(text: str) -> bool:
    """Whether a text names season 1 ("season 1 recap", "T1", "시즌1"): a header naming it beside season 2 is not of
    season 2 alone (bot/trivia/labelled.py); its spoilers let in ("season 1 spoilers too") name no season of the list."""
    return _FIRST_SEASON.search(_FIRST_LET_IN.sub(" ", text)) is not None
