"""Where a sentence's clauses part, for the spoiler lexicon (bot/lore/lexicon.py, lexicon_subjects.py): a headline's
colon, dash or "|" parts them ("Gyeong-su turns into a zombie: Na-yeon ..."), never a fan's guess after a dash at whom
a description before it means ("the archer who dies - minjae right?").
"""

from __future__ import annotations

import re

from bot.lazy_re import compile_later
from bot.lore.lexicon_words import CLAUSE_BREAK, SHORTCODE

#: What every clause break holds (a cheap test before CLAUSE_BREAK's).
_MARKS = (":", "|", "–", "—", "•", " -", "- ", " /")

#: A fan's guess after a dash, ending the sentence: a word or two, then "right?" or a question mark, answering a
#: description before it ("the archer who dies - minjae right?", "the one who bit namra — gwinam?"): the name is read
#: with the description, as after a comma ("Gyeong-su turns into a zombie - Na-yeon right?" describes no one: two clauses).
_GUESSED = compile_later(r"(?:it['’]?s\s+|it\s+is\s+|is\s+it\s+)?[^\W\d_][\w'’-]*(?:\s+[^\W\d_][\w'’-]*)?"
                         r"(?:\s*,?\s*(?:right|rite|ryt|correct|yeah|yes|no|diba|di\s+ba|kan|ya|verdad|né|non)\s*[?？!.]*|\s*[?？]+)\s*$",
                         re.I)
_DESCRIBED = compile_later(r"(?<![\w'’-])(?:who|that|que|qui|yang)(?![\w'’-])", re.I)


def clauses(sentence: str) -> list[int]:
    """Where each clause of a sentence starts (CLAUSE_BREAK: colons, dashes, "|" of headlines; not before a guess
    answering a description, `_GUESSED`)."""
    if not any(mark in sentence for mark in _MARKS):
        return [0]  # the common case: one clause
    masked = SHORTCODE.sub(lambda m: " " * len(m.group(0)), sentence) if ":" in sentence else sentence
    starts = [0]
    for m in CLAUSE_BREAK.finditer(masked):
        if not (m.group(0).strip()[:1] in "-–—" and _GUESSED.match(masked, m.end())
                and _DESCRIBED.search(masked, starts[-1], m.start())):
            starts.append(m.end())
    return starts


#: What stands between a description's word and the name guessed after it ("dies - it's minjae right?").
_GUESS_LEAD = compile_later(r"\s*(?:-+|[–—])\s*(?:it['’]?s\s+|it\s+is\s+|is\s+it\s+)?")


def guessed_at(sentence: str, start: int, end: int, name_start: int) -> bool:
    """Whether the name at `name_start` is a guess after a dash at whom the description holding the word at
    `start`-`end` means ("the archer who dies - it's minjae right?"): whom the word is about, as near as if written
    right after it, however many words lead it ("it's", "is it")."""
    lead = _GUESS_LEAD.match(sentence, end, name_start)
    return (lead is not None and lead.end() == name_start and _GUESSED.match(sentence, name_start) is not None
            and _DESCRIBED.search(sentence, 0, start) is not None)
