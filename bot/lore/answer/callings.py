"""Why someone or something is called what fans call it: "why do they call nam ra banjang", "why is
the show called all of us are dead".

The words of such a question (call, called, name) are no search words: read as one, "call" finds
the record that says what the virus is called, an answer about something else. What a word means
answers why a character is called by it ("banjang" means class president), and only when the pack
defines that word (else the other kinds answer); the show's title, which no source explains, is
"I don't know".
"""

from __future__ import annotations

import dataclasses
import re
from collections.abc import Callable

from bot.lazy_re import compile_later
from bot.lore.answer.result import Answer, dont_know

_WHO_CALLS = r"(?:they|people|ppl|fans|everyone|everybody|u|you|ya|the others|the kids|the students|he|she|koreans)"
_CALL = r"(?:call|calls|called|name|names|named|nickname|nicknamed)"
# "why do they call nam ra banjang", "why does everyone call her banjang"
_WHY_CALL = compile_later(rf"^\W*(?:so |but |and )?(?:(?:why|y) (?:do|does|did|would)|how come(?: do| does)?) {_WHO_CALLS} {_CALL} (?P<what>.+?)\W*$")
# "why is nam ra called banjang", "why is the show named all of us are dead"
_WHY_CALLED = compile_later(r"^\W*(?:so |but |and )?(?:why|how come|y) (?:is|was|are|were|s) (?P<who>.+?) "
                         r"(?:called|named|nicknamed|titled) (?P<what>.+?)\W*$")
_SHOW = compile_later(r"^(?:it|this|that|the (?:show|series|drama|kdrama|k-drama|title)|this (?:show|series|drama)"
                   r"|all of us are dead|aouad)$")
_TITLES = compile_later(r"\b(?:all of us are dead|aouad|now at our school|지금 우리 학교는)\b")


def why_called(question: str, ask: Callable[[str], Answer]) -> Answer | None:
    """The answer to a "why is X called Y" question, or None when `question` is none; `ask`
    answers another question (what the last word means)."""
    text = " ".join(question.casefold().replace("\u2019", "'").split())
    called = _WHY_CALLED.match(text)
    if called is not None and (_SHOW.match(called.group("who")) or _TITLES.search(called.group("what"))):
        if _TITLES.search(called.group("what")) or called.group("who") != "it":
            return dont_know(question, "why the show has its title")
        return None  # "why is it called the jonas virus": the virus's name
    match = called or _WHY_CALL.match(text)
    if match is None:
        return None
    term = match.group("what").split()[-1].strip("'\"")
    if len(term) < 3:
        return None
    meant = ask(f"what does {term} mean")
    if meant.answered and re.search(rf"\b{re.escape(term)}\b", " ".join(p.text.casefold() for p in meant.parts)):
        return dataclasses.replace(meant, question=question)
    return None  # "why do ppl call her ms shibal": a nickname's story, the other kinds' to tell
