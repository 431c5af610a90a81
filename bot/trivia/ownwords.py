"""What of a typed message is the player's own guess: lines quoted from another message left out
("> is it onjo?\\nits namra" guesses Nam-ra; "> onjo\\nlol no" guesses nothing), and asides in brackets
or stars that are chat ("lee suhyeok (copying mina lol)") or an action alone ("*sobs*", "[screaming]").
Used by `bot.trivia.matching`, which judges what is left."""

from __future__ import annotations

import re
from collections.abc import Callable

from bot.lazy_re import compile_later
from bot.trivia.guesses import Verdict

# What one does, starred or bracketed: "*sobs*", "(whispering)"
_ACTION = compile_later(r"^[a-z]+(?:s|ing|ed)$", re.I)
_ASIDE = compile_later(r"\(([^()]*)\)|\[([^\[\]]*)\]|(?:^|(?<=\s))\*([^*\n]+)\*(?=\s|$)")
# A line Discord shows as a quote ("> ..."), never its block quote (">>> ", everything after it quoted)
_QUOTED_LINE = compile_later(r"^[ \t]*>(?!>>)[^\n]*(?:\n|$)", re.M)


def unquoted(text: str) -> str:
    """`text` without the lines it quotes: another's words answered, never one's own guess. A message that
    is all quote is left whole (nothing else of it is said)."""
    if ">" not in text or "\n" not in text:
        return text
    own = _QUOTED_LINE.sub("", text)
    return own if own.strip() else text


def _aside_text(found: re.Match[str]) -> str:
    return next(g for g in found.groups() if g is not None)


def acted_alone(guess: str, verdict_of: Callable[[str], Verdict]) -> bool:
    """Whether the whole message is an action in stars or brackets ("*sobs*", "[screaming]") that is no
    right answer by itself (`verdict_of` judges a text as the question's guess)."""
    alone = _ASIDE.fullmatch(guess.strip())
    return alone is not None and _ACTION.match(done := _aside_text(alone).strip()) is not None and (
        verdict_of(done) is not Verdict.RIGHT
    )


def without_aside(guess: str, verdict_of: Callable[[str], Verdict]) -> str:
    """The guess without an aside beside it that is chat, or an action that is no right answer
    ("lee suhyeok (copying mina lol)"); else the guess as typed."""
    aside = _ASIDE.search(guess)
    if aside is None or not (outside := _ASIDE.sub(" ", guess).strip()) or re.search(r"\w", outside) is None:
        return guess
    said = verdict_of(_aside_text(aside))
    if said is Verdict.CHAT or (said is Verdict.WRONG_ATTEMPT and _ACTION.match(_aside_text(aside).strip())):
        return outside
    return guess
