"""What a moderator's hand-typed Discord post puts round a quiz's lines, read as the labels they stand for
(bot/trivia/noteshapes.py hands each line here; bot/trivia/labelled.py reads the rest).

A quiz typed for a party in Discord and pasted into a .txt: questions behind an emoji bullet ("🧟 Who ...?") with
the answer behind a check mark below ("✅ Gwi-nam", "👉 ||Gwi-nam||"), the answer after the question on its line
("1. Who bites Nam-ra? answer ||Gwi-nam||", "... ans: Hyosan"), round and season headings in bold ("**Round 2 —
Season 2**"), and more answers said in brackets ("Park Ji-hu (accept: Park Jihu, Park Ji-hoo)").
"""

from __future__ import annotations

from collections.abc import Callable

from bot.lazy_re import compile_later
from bot.trivia.episodelabels import spoils_written

#: Pictographs and symbols a line opens with, each with its presentation marks (variation selector, joiner, skin
#: tones, the gender signs of a joined emoji): "🧟", "🧟‍♀️", "❓", "➡️", and keycap numbers ("1️⃣").
_MARK = r"(?:[0-9#*]\ufe0f?\u20e3|[\U0001F000-\U0001FAFF\u2600-\u27BF\u2B00-\u2BFF\u2190-\u21FF\u2300-\u23FF\u2753-\u2757][\ufe0f\u200d\U0001F3FB-\U0001F3FF\u2640\u2642]*)+"
_MARKED = compile_later(rf"^(?P<mark>{_MARK})\s*(?P<text>\S.*)$")
#: The marks that point at an answer: a check mark, a pointing hand, an arrow, a key.
_ANSWER_MARKS = frozenset("✅☑✔✓👉➡→🔑💡")
#: A question's own episode note after its '?' ("(spoiler ep 11)"): still the question's line.
_NOTE_SHAPE = r"[(\[][^)\]]{1,40}[)\]]"
#: A line ending as a question does, its note after it or not (labelled.py and tables.py read a sheet's cells so too).
ASKED = compile_later(rf"[?？](?:\s*{_NOTE_SHAPE})?$")
_NOTE = compile_later(rf"(?<=[?？])\s*(?P<note>{_NOTE_SHAPE})$")
#: The answer after the question on its line: "answer ||x||", "answer: x", "ans - x", "a: x" (after the '?' only).
_ANSWERED = compile_later(
    rf"^(?P<q>(?:(?!\s(?i:answer|ans|a)\s*[:：]).)*?\S[?？](?:\s*{_NOTE_SHAPE})?)\s+(?P<a>(?:(?i:answer|ans)\s*(?:[:：]|[-–—]\s|(?=\|\|))|"
    r"(?i:a)\s*[:：])\s*[^\s?？][^?？]*)$")  # (another '?' after it: a paragraph of several, labelled.py's)
_LABEL = compile_later(r"^(?:(?i:answer|ans|a)\s*[:：]|(?i:answer|ans)\s*(?:[-–—]\s|(?=\|\|)))\s*")
#: That label on a line of its own, under the question it answers.
_OWN_LINE = compile_later(r"^(?i:answer|ans)\s*(?:[-–—]\s+|(?=\|\|))\s*(?P<a>\S.*)$")
#: A line wholly in bold or underline, as Discord writes a heading: "**Round 2 — Season 2**", "__Bonus round__".
_BOLD = compile_later(r"^(\*\*|__)(\*\*|__)?(?P<text>[^*_]+?)(?(2)\2)\1\s*$")  # (both: "__**PART 2**__")
#: More right answers said in brackets after the first: "(accept: a, b)", "(also accept a / b)", "(or: a)"; never a
#: doubt ("(or was it Hyosan)") nor a nickname said in passing ("(aka the bully)").
_ACCEPT = compile_later(
    r"^(?P<first>[^()]*?\S)\s*[(\[]\s*(?i:also\s+)?(?i:accept(?:ed|s)?|or)\s*[:：]?\s*(?!\s*(?i:was|is|maybe|idk|not|something|so)\b)(?P<more>[^()\[\]?？]+)[)\]]$")
_MORE = compile_later(r"\s*(?:,|;|\s/\s|\s+or\s+)\s*")


def marked_line(line: str, plain: Callable[[str], bool]) -> tuple[str, str]:
    """A line behind an emoji bullet as (text, kind): a question ending in '?' (its note after it apart, see
    `answered_line`), an answer behind a check mark, else its text for the other shapes to read (kind "")."""
    if (marked := _MARKED.match(line)) is None:
        return line, ""
    text = marked.group("text").strip()
    if any(c in _ANSWER_MARKS for c in marked.group("mark")):
        return _LABEL.sub("", text, count=1), "answer"
    if _NOTE.search(text):
        return text, ""  # (its note after the '?' read apart by `answered_line`)
    return text, "question" if ASKED.search(text) and plain(text) else ""


def answered_line(line: str, plain: Callable[[str], bool]) -> list[tuple[str, str]] | None:
    """The (text, kind) pieces of a question with its answer after it on its line ("Who ...? answer ||x||") or its
    episode note after its '?' ("Who ...? (spoiler ep 11)"); None when the line is neither."""
    if (answered := _ANSWERED.match(line)) is not None:
        return [*_asked(answered.group("q").strip(), plain), (_LABEL.sub("", answered.group("a"), count=1).strip(), "answer")]
    if (note := _NOTE.search(line)) is not None and spoils_written(note.group("note")) is not None \
            and plain(line[: note.start()]):  # (a labelled question's note is labelled.py's)
        return _asked(line, plain)
    return None


def answer_below(line: str) -> str | None:
    """The answer on its own line under a question, labelled with no colon: "answer ||x||", "ans - x" (the colon
    forms are labelled.py's); None for any other line."""
    found = _OWN_LINE.match(line)
    return found.group("a").strip() if found is not None else None


def _asked(text: str, plain: Callable[[str], bool]) -> list[tuple[str, str]]:
    """A question, and its episode note after the '?' as its episode line ("Who ...? (spoiler ep 11)")."""
    note = _NOTE.search(text)
    if note is not None and spoils_written(note.group("note")) is not None:
        text = text[: note.start()].strip()
        return [(text, "question" if plain(text) else ""), (note.group("note"), "episode")]
    return [(text, "question" if plain(text) else "")]


def bold_heading(line: str) -> str | None:
    """The words of a line wholly in bold or underline, never a question's ('?'); None otherwise."""
    found = _BOLD.match(line.strip())
    return None if found is None or "?" in found.group("text") else found.group("text").strip()


def also_accepted(text: str) -> list[str] | None:
    """An answer and the others its brackets accept ("Lomon (accept: Park Solomon)"), None when it says none."""
    if (found := _ACCEPT.match(text.strip())) is None:
        return None
    more = [m.strip() for m in _MORE.split(found.group("more")) if m.strip()]
    return [found.group("first").strip(), *more] if more else None
