"""The question a reply or a thread's message answers, for the spoiler guard (plain Python): up a reply's chain past
bumps and asides ("anyone??", "what ep are you on"), or the one a thread asks by its name or its opening message. What
the answer gives away with it is read by bot/lore/guard_answers.py.
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from bot.lazy_re import compile_later
from bot.lore.guard_answers import ECHOES, SHORT
from bot.lore.guard_named import CHATTER
from bot.lore.guard_questions import question_in
from bot.lore.guard_refusals import REFUSES

# a question back at the asker or a bump, which the next reply answers instead of the question above it
_ASIDE = compile_later(r"(?i)\b(?:you|u|ya|ur)\b.*\b(?:on|at|up to|watched|seen|finished|sure|want|really)\b"
                       r"|^[\s@]*(?:anyone|any ?one|someone|guys|hello|helo|pls|please|bump)\b")
# a bump said as a remark ("still waiting for an answer"): the reply under it answers the question above
_BUMP = compile_later(r"(?i)\b(?:still waiting|waiting for (?:an? )?(?:answer|reply)|answer (?:me|pls|plz|please)|need to know"
                      r"|(?:someone|anyone|somebody|anybody) (?:answer|reply|help|tell))\b")
_WORD = re.compile(r"\w+")


def asked_up(chain: Sequence[str], said: str = "") -> str | None:
    """The question a reply answers up its chain (the message it replies to first, then the one that one
    replies to): the nearest that asks one; "" where a "no spoilers here" or a remark of its own between is what
    it answers; None while each so far is a bump, an aside or a question back ("anyone??", "4", "what ep are you
    on"). A remark stops the walk: it is what a reply answers, and no further message is fetched for it; a "no
    spoilers pls" does too, unless the reply `said` takes up someone it does not name ("he does don't worry": the
    one the question above asks of)."""
    for text in chain:
        refused = REFUSES.search(text) is not None
        if refused and not (ECHOES.search(said) and question_in(text) is None):
            return ""
        asked = question_in(text)
        if asked is not None and not _ASIDE.search(asked) and len(_WORD.findall(asked)) > 2:
            return text
        if not (refused or _ASIDE.search(text) or _BUMP.search(text)) and len(_WORD.findall(text)) > 2:
            return ""
    return None


def thread_asks(name: str, opening: str, said: str) -> str:
    """The question a thread asks, which a plain message `said` in it answers: its name ("does cheongsan
    die??") or else its opening message; "" when neither asks one, or `said` is a long line of its own
    (talk further down the thread, not its answer)."""
    if len(_WORD.findall(CHATTER.sub(" ", said))) > SHORT:
        return ""
    return next((text for text in (name, opening) if question_in(text)), "")
