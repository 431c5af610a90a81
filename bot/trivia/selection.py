"""Which questions a game may draw: the categories asked for (none, one, or several separated by
commas: an imported list is its own category), what the server turned off, and what the mode can
play. Each refusal says what is wrong: a category that does not exist, one turned off here, or one
whose questions cannot be played in this mode (and why).
"""

from __future__ import annotations

import difflib
import re
from collections.abc import Callable, Iterable, Sequence

from bot.lazy_re import compile_later
from bot.text import quote_user_list, quote_user_text
from bot.trivia.bank import built_in_about
from bot.trivia.listparts import named
from bot.trivia.model import Question, TriviaError, TriviaSettings
from bot.trivia.normal import normalize_tokens
from bot.trivia.options import needs_picked_options
from bot.trivia.snapshot import playable

MAX_CATEGORIES = 10
# A question that only makes sense with its options in front of the player (typed mode skips it).
_CHOICE_ONLY = compile_later(
    r"\b(?:which|what|who)\s+(?:one\s+)?of\s+(?:these|those|the\s+following|the\s+options|the\s+choices)\b"
    r"|\b(?:all|none|both)\s+of\s+the\s+above\b|\bnone\s+of\s+these\b",
    re.IGNORECASE,
)


def split_categories(text: str | None) -> tuple[str, ...]:
    """The categories a start asked for, in order, without repeats ("" or None: every category)."""
    if not text:
        return ()
    found = tuple(dict.fromkeys(part.strip() for part in text.split(",") if part.strip()))
    if len(found) > MAX_CATEGORIES:
        raise TriviaError(f"A game plays at most {MAX_CATEGORIES} categories at once.")
    return found


def needs_its_options(question: Question) -> bool:
    """A choice-only question ("Which of these films…", "All of the above"): typed mode can't ask it."""
    return bool(_CHOICE_ONLY.search(question.text)) or any(_CHOICE_ONLY.search(a) for a in question.answers)


def may_ask(question: Question, mode: str) -> bool:
    """Whether the mode can ask the question (buttons: its options, or options a picker may find)."""
    if mode == "typed":  # (an answer of only an emoji or punctuation: a typed guess is read without it)
        return (playable(question, "typed") and not needs_its_options(question)
                and any(normalize_tokens(answer) for answer in question.answers))
    return playable(question, "buttons") or needs_picked_options(question)


def select(
    questions: Sequence[Question], settings: TriviaSettings, mode: str, categories: Sequence[str]
) -> list[Question]:
    """The questions a game may draw from (before its spoiler gate, difficulty and repeats)."""
    names = list(dict.fromkeys(q.category for q in questions))
    # a built-in list by its name too ("aouad", as /trivia lists shows it); an imported list is its category
    lists = [n for n in dict.fromkeys(q.list_name for q in questions) if n not in names]
    wanted: set[str] = set()
    for asked in categories:
        name = named(asked, names) or named(asked, lists)
        if name is None:
            # offered from the built-in lists only: an imported list's name may give away what it asks
            built_in = [n for q in questions if built_in_about(q.list_name)[1] for n in (q.category, q.list_name)]
            raise TriviaError(unknown(asked, list(dict.fromkeys(built_in))))
        wanted.add(name)
    enabled = [
        q for q in questions
        if q.list_name not in settings.disabled_lists and q.category not in settings.disabled_categories
    ]
    chosen = [q for q in enabled if not wanted or q.category in wanted or q.list_name in wanted]
    for name in sorted(wanted - _named_by(chosen)):
        raise TriviaError(
            f"'{quote_user_text(name, limit=60)}' is turned off in this server "
            "(a moderator can turn it on with /triviaset settings)."
        )
    pool = [q for q in chosen if may_ask(q, mode)]
    for name in sorted(wanted - _named_by(pool)):
        raise TriviaError(f"'{quote_user_text(name, limit=60)}' can't be played in {mode} mode: {_why_not(mode)}. {_try(mode)}")
    return pool


#: Whether a list's or a category's name gives nothing away, so it may be said to whoever did not type it.
Shown = Callable[[str], bool]


def shown_only(names: Iterable[str], shown: Shown | None) -> list[str]:
    """The `names` that may be suggested, sorted: those `shown` passes (none when it is None: a server's
    own names, stored before names were checked, may name what happens in the show)."""
    return sorted(name for name in names if shown is not None and shown(name))


def closest(asked: str, known: Sequence[str]) -> str | None:
    """The one of `known` that `asked` looks like: its start ("chars": characters) or a slip of a
    letter or two ("charcters"); None when none, or several, do."""
    typed = asked.strip().casefold()
    close = [n for n in known if n.casefold().startswith(typed[:4])] if len(typed) >= 3 else []
    close = close or difflib.get_close_matches(typed, known, n=1, cutoff=0.8)
    return close[0] if len(close) == 1 else None


def unknown(asked: str, known: Sequence[str], what: str = "category or list") -> str:
    """No `what` is called `asked`: the one of `known` it looks like ("chars": characters), else those there are."""
    said = f"There is no {what} called '{quote_user_text(asked, limit=60)}'."
    if (near := closest(asked, known)) is not None:
        return f"{said} Did you mean '{quote_user_text(near, limit=60)}'?"
    return f"{said} Try one of: {quote_user_list(sorted(known), limit=300)} (see /trivia lists)."


def _named_by(questions: Sequence[Question]) -> set[str]:
    """The categories and lists that `questions` come from."""
    return {q.category for q in questions} | {q.list_name for q in questions}


def _why_not(mode: str) -> str:
    if mode == "typed":
        return "its questions only make sense with their options shown"
    return "its questions have no answers to show as options"


def _try(mode: str) -> str:
    return "Try mode:buttons." if mode == "typed" else "Try mode:typed."


def unplayable_with_buttons(name: str, reason: str) -> TriviaError:
    """The start's error when no drawn question of a list could get options."""
    return TriviaError(f"'{quote_user_text(name, limit=60)}' can't be played in buttons mode: {reason}. Try mode:typed.")
