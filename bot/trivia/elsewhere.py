"""What the words of a message make of an answer beyond its own forms (bot.trivia.matching): a name
known elsewhere that the words after the answer complete ("Robin Hood" for Robin where another list
of the server answers it, "Homer Simpson" for the poet), and an abbreviation spelt out by its
initials ("International Business Machines" for IBM)."""

from __future__ import annotations

from collections.abc import Sequence

from bot.lazy_re import compile_later
from bot.trivia.accepted import Answer
from bot.trivia.another import KIND_WORDS, asked_label
from bot.trivia.famous import famous_other
from bot.trivia.hits import Prepared
from bot.trivia.lessons import Lessons
from bot.trivia.normal import compact_form
from bot.trivia.places import place_at


def known_elsewhere(lessons: Lessons, p: Prepared, tokens: tuple[str, ...], end: int, answer: Answer) -> bool:
    """Whether the words after an answer complete a name another list knows ("Robin Hood" for
    Robin, when a list the server plays answers "Robin Hood") or a famous name of someone else
    ("Homer Simpson" for the poet: `bot.trivia.famous`), that is no answer here."""
    if end >= len(tokens) or KIND_WORDS.get(tokens[end]) or place_at(tokens, end):
        return False  # ("New York City" is New York when no other kind is asked: bot.trivia.another)
    for name, rest in lessons.extended.get(answer.compact, ()):
        if tokens[end : end + len(rest)] != rest or any(w in p.echoed for w in rest):
            continue
        whole = compact_form([*answer.tokens, *rest])
        if whole in p.exact:
            continue
        if name != p.list_name and (p.pool is None or whole not in p.pool):
            return True  # (a name its own list knows too is of its own world: "Harry Potter")
        if name == p.list_name and lessons.labels[name].get(whole, "") not in ("", asked_label(p.key[0], answer.text)):
            return True  # in its own list, of another kind: "Pink Floyd" (a band) for Pink (a singer)
    famous = famous_other(tokens, end, answer.compact, p.echoed, p.pool) if len(answer.tokens) == 1 else None
    return famous is not None and compact_form([*answer.tokens, *famous]) not in p.exact  # "Homer Simpson"


_GLUE = frozenset({"of", "and", "the", "for", "de"})
_ACRONYM = compile_later(r"[A-Z]{2,}(?:\d+|[IVX]+)?|[A-Z]\.(?:[A-Z]\.)+").fullmatch


def spelt_out(core: Sequence[str], p: Prepared) -> Answer | None:
    """The accepted abbreviation (three letters or more, written in capitals) that the words of `core`
    spell out by their initials: "International Business Machines" for IBM, "Final Fantasy 7" for FF7,
    "North Atlantic Treaty Organization" for NATO."""
    words = [t for t in core if t not in _GLUE]
    if len(words) < 2 or not all(t.isdigit() or (t.isalpha() and len(t) >= 3) for t in words):
        return None
    hit = p.exact.get("".join(t if t.isdigit() else t[0] for t in words))
    if hit is None or not hit.accepted or len(hit.compact) < 3 or _ACRONYM(hit.text.strip()) is None:
        return None
    return hit
