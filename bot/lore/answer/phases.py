"""Which end of something a question asks: its start or its end.

"when did they finish filming" asks for the end of the shoot: a record answers it only when it
says an end ("wrapped", "ran from 2009 to 2011"), never when it tells the start ("shooting began in
June 2020") or something else dated (the announcement). A start is asked more loosely ("when did
it start" is answered by the premiere), but never with an end alone.
"""

from __future__ import annotations

import re

from bot.lazy_re import compile_later

_START = compile_later(r"\b(?:start\w*|begin\w*|began|begun|commenc\w*|kick\w* off|first day)\b", re.I)
_END = compile_later(r"\b(?:finish\w*|end|ends|ended|ending|wrap\w*|stop\w*|complet\w*|conclud\w*|last day|done)\b",
                  re.I)
# An end asked: "when did filming end / finish / wrap"; "the end" and "the ending" are the story's.
_END_ASKED = compile_later(r"\b(?:finish\w*|ended|ends|wrap\w*|stop\w*|complet\w*|conclud\w*|done)\b"
                        r"|(?<!the )(?<!an )\bend\b", re.I)
# "expected filming to wrap by mid-February": an end foreseen, not one that happened; "may have
# finished his part": one actor's, not the shoot's.
_END_FORESEEN = compile_later(r"\bfinish\w* (?:his|her|their) (?:part|role|scenes?)\b|"
                           r"\b(?:expect\w*|set|due|slated|plann\w*|schedul\w*|will|going)\b(?:\s+\w+){0,2}?\s+"
                           r"(?:to\s+)?(?:wrap|finish|end|complete|conclude)\b", re.I)
# "ran from 2009 to 2011", "2009-2011": both ends told.
_RANGE = compile_later(r"\bfrom\b[^.;]*?\b(?:to|until|till)\b|\b\d{4}\s*[\u2013-]\s*\d{4}\b")


def end_asked(question: str) -> bool:
    """Whether `question` asks for the end of something ("when did filming wrap"), not its start."""
    return bool(_END_ASKED.search(question)) and not _START.search(question)


def other_phase(question: str, record: str) -> bool:
    """Whether `record` tells only the other end of what `question` asks the start or end of."""
    start, end = bool(_START.search(question)), bool(_END_ASKED.search(question))
    if start == end:
        return False  # neither asked ("when did they film it"), or both ("when did it start and end")
    if _RANGE.search(record):
        return False
    said_start = bool(_START.search(record))
    said_end = bool(_END.search(_END_FORESEEN.sub(" ", record)))
    return not said_end if end else (said_end and not said_start)
