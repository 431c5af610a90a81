"""What of a typed message is the player's own guess: lines quoted from another message left out
("> is it onjo?\\nits namra" guesses Nam-ra; "> onjo\\nlol no" guesses nothing; "> onjo\\nthis" agrees: On-jo), and asides in brackets
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
# A line Discord shows as a quote ("> ...", or ">> ..." as imageboards reply), never its block quote (">>> ",
# everything after it quoted)
_QUOTED_LINE = compile_later(r"^[ \t]*>(?!>>)[ \t>]*(.*)$")
# A reply that only agrees with the line it quotes ("> onjo\nthis", "+1", "same"): the quoted words said again, as one's own
_AGREED = compile_later(
    r"^\s*(?:(?:this|that|same|same here|\+1|exactly|true|fr|frfr|yes|yep|yup|yeah|agreed|agree|correct|facts|real|"
    r"definitely|100%|\^+|👆|☝️?)(?:\s*[!.]+)?\s*)+$", re.I)
# ...or only denies it ("> namra\nnope"): nothing of one's own beside another guess
_DENIED = compile_later(r"^\s*(?:(?:lol|lmao|nah|no+|nope|naur|wrong|not it|nuh uh)(?:\s*[!.,]+)?\s*)+$", re.I)


def unquoted(text: str) -> str:
    """`text` without the lines it quotes: another's words answered, never one's own guess, unless the reply
    after them only agrees ("> onjo\nthis", "> onjo\n+1": the quoted guess made one's own); a reply that only
    denies them is no guess beside the rest ("its onjo\n> namra\nnope" guesses On-jo). A message that is all
    quote is left whole (nothing else of it is said)."""
    if ">" not in text or "\n" not in text:
        return text
    own: list[str] = []
    denials: list[str] = []
    quoted: list[str] = []
    for line in text.split("\n"):
        if quoted and not line.strip():
            continue  # (a blank line between a quote and its reply)
        if (quote := _QUOTED_LINE.match(line)) is not None:
            quoted.append(quote.group(1).strip())
            continue
        if quoted and _AGREED.match(line):
            own.append(" ".join(quoted))
        elif quoted and _DENIED.match(line):
            denials.append(line)
        else:
            own.append(line)
        quoted = []
    if not own and not denials:
        return text
    return "\n".join(own) if any(line.strip() for line in own) else "\n".join(denials)


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
