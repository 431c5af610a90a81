"""Which season-2 episode a question names in words rather than a number: "the first episode of
season 2", "the 2nd ep", "the season 2 finale", "the last episode of s2". The analysis reads such
words as season 1's episode (it has no shape to count season 2 against); here they are counted
against the episodes TVmaze lists for season 2."""

from __future__ import annotations

from bot.lazy_re import compile_later
from bot.show import EpisodeInfo, Position
from bot.text import ORDINAL_WORDS

_EP = r"(?:episodes?|eps?)"
_ORDINAL = "|".join(word for word, n in ORDINAL_WORDS.items() if n <= 20)
# "the third episode", "3rd ep", "the first ep", "the last episode", "the final episode"
_NTH = compile_later(rf"\b(?:({_ORDINAL})|([1-9]\d?)(?:st|nd|rd|th)|(last|final|closing|opening)) {_EP}\b", prefilter=True)
# "the finale", "s2 finale", "season finale": the season's last episode
_FINALE = compile_later(r"\bfinale\b")
_OPENER = compile_later(r"\b(?:opener|pilot)\b")


def named_episode(text: str, listed: tuple[EpisodeInfo, ...]) -> Position | None:
    """The season-2 episode `text` names by a word ("first", "3rd", "last", "finale"), counted
    against `listed` (TVmaze's list for season 2), or None when it names none by a word (or names
    the last while nothing is listed: which that is is not known)."""
    match = _NTH.search(text)
    if match is not None:
        word, digits, end = match.groups()
        if end is None:
            return Position(2, ORDINAL_WORDS[word] if word is not None else int(digits))
        if end == "opening":
            return Position(2, 1)
        return listed[-1].position if listed else None
    if _FINALE.search(text):
        return listed[-1].position if listed else None
    if _OPENER.search(text):
        return Position(2, 1)
    return None


def names_an_episode(text: str) -> bool:
    """Whether `text` names an episode by a word ("the finale", "the last episode"), placed or not."""
    return bool(_NTH.search(text) or _FINALE.search(text) or _OPENER.search(text))
