"""What a channel's daily question may ask: the questions of the lists its moderators chose
(`/triviaset daily lists:`), else by default the built-in lists and the server's approved trivia
additions (`/lore add kind:trivia`); never a list or category the server turned off, nor a
retired question (`resolve:<n> retire:True`). The spoiler mark and the no-repeat rule are applied
by the daily service (daily.py) on what this gives.

The daily question is answered with buttons: a question whose options cannot be buttons (several
of them right, one longer than a button shows, one only emoji or symbols) is skipped, and why is
logged (`button_problem`).
"""

from __future__ import annotations

from collections.abc import Collection, Iterable, Sequence

from bot.lazy_re import compile_later
from bot.text import quote_user_text
from bot.trivia import snapshot
from bot.trivia.listparts import named
from bot.trivia.model import Question, TriviaError, TriviaSettings
from bot.trivia.selection import Shown, closest, shown_only

#: The list the server's approved trivia additions are played as (bot/lore/additions.py).
ADDED_LIST = "added-by-moderators"
#: What a moderator types to go back to the default lists.
DEFAULT_WORDS = frozenset({"default", "defaults", "reset", "built-in", "builtin"})
#: The characters of an option a button shows in full (render.choice_label keeps 70, then "A. ").
LABEL_ROOM = 70
_CUSTOM_EMOJI = compile_later(r"(?:<a?:\w+:\d+>\s*)+")


def _fold(text: str) -> str:
    return " ".join(text.casefold().split())


def in_daily(
    questions: Iterable[Question], built_in_lists: Collection[str], chosen: Sequence[str] | None,
    settings: TriviaSettings, retired: Collection[str],
) -> list[Question]:
    """The questions a channel's daily question may draw (before its spoiler mark and no-repeat rule)."""
    wanted = None if chosen is None else {_fold(name) for name in chosen}
    found: list[Question] = []
    for q in questions:
        if wanted is None:
            if q.list_name not in built_in_lists and q.list_name != ADDED_LIST:
                continue
        elif _fold(q.list_name) not in wanted and _fold(q.category) not in wanted:
            continue
        if q.list_name in settings.disabled_lists or q.category in settings.disabled_categories or q.id in retired:
            continue
        found.append(q)
    return found


def read_choice(
    text: str, lists: Collection[str], categories: Collection[str], shown: Shown | None = None
) -> tuple[str, ...] | None:
    """The lists and categories a moderator typed ("cast, my-quiz"), as the server names them; None
    for the default ("default"). An unknown name is refused, naming it, with the one it looks like
    when `shown` passes it (a name that gives nothing away)."""
    parts = [part.strip() for part in text.split(",") if part.strip()]
    if not parts or (len(parts) == 1 and _fold(parts[0]) in DEFAULT_WORDS):
        return None
    known = {_fold(name): name for name in [*categories, *lists]}
    # as every other command reads a list's name: "World Capitals" is world-capitals
    chosen = {part: known.get(_fold(part)) or named(part, known.values()) for part in parts}
    unknown = [part for part in parts if chosen[part] is None]
    if unknown:
        said = ", ".join(f"“{quote_user_text(part, limit=60)}”" for part in unknown[:3])
        near = closest(unknown[0], shown_only(known.values(), shown)) if len(unknown) == 1 else None
        meant = f" Did you mean “{quote_user_text(near, limit=60)}”?" if near is not None else ""
        raise TriviaError(
            f"There is no list or category called {said} here.{meant} "
            "/trivia lists shows them (lists:default goes back to the built-in lists and your server's "
            "approved additions). Nothing was changed."
        )
    return tuple(dict.fromkeys(name for name in chosen.values() if name is not None))


def button_problem(question: Question) -> str | None:
    """Why a question with its options cannot be asked with buttons, in a moderator's words; None
    when it can."""
    choices = question.choices
    if not 2 <= len(choices) <= 5:
        return f"it has {len(choices)} options (buttons need 2 to 5)"
    folded = [_fold(choice) for choice in choices]
    if len(set(folded)) < len(folded):
        return "two of its options read the same"
    accepted = {_fold(answer) for answer in question.answers}
    right = sum(1 for choice in folded if choice in accepted)
    if right > 1:
        return f"{right} of its options are right answers, and a daily question counts one"
    if snapshot.correct_choice(question) is None:
        return "none of its options is its answer"
    for choice in choices:
        if len(choice) > LABEL_ROOM:
            return f"an option is longer than a button shows ({len(choice)} characters, at most {LABEL_ROOM})"
        if not any(ch.isalnum() for ch in choice) or _CUSTOM_EMOJI.fullmatch(choice.strip()):
            return "an option is only emoji or symbols, which a button can't show as written"
    return None
