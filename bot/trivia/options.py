"""Options for questions that have none of their own (Red's lists), so they can be played with
buttons: the wrong options come from the same list's answers of the same kind
(`bot.trivia.distractors.OptionPicker`, built once for each version of each list and kept).

Options are picked for the questions a game drew, when it starts, and stored in its snapshot of
each question (its `choices`), so a restarted bot shows the same buttons. A question that still
has too few options is left out of the game, with the picker's reason kept for the error a start
gives when nothing of a list can be played in buttons mode.

A question's own options are shown in an order shuffled for each game (`in_shown_order`), kept
in the same snapshot: list authors tend to write the right answer first (196 of the built-in list's
215 questions had it first), and buttons in the written order let "always A" win.

Picking runs in a worker thread (a large list's first picker takes a moment), one at a time per
picker: a picker's matcher keeps a cache that is not shared between threads.
"""

from __future__ import annotations

import asyncio
import random
import re
import threading
from collections import OrderedDict
from collections.abc import Sequence
from dataclasses import dataclass, replace

from bot.lazy_re import compile_later
from bot.trivia.distractors import WRONG_OPTIONS, OptionPicker
from bot.trivia.model import Question

_PICKERS = 32  # lists whose picker is kept (the least recently used goes first)


# Options that point at the others ("All of the above", "Both A and B"): their order is part of the question.
_POINTS_AT_OTHERS = compile_later(
    r"\b(?:all|none|both|neither)\s+of\s+(?:the\s+)?(?:above|these|those|them|the\s+others)\b"
    r"|\babove\b|\b[a-e]\s*(?:and|&|or)\s*[a-e]\b",
    re.IGNORECASE,
)


def in_shown_order(question: Question, seed: str) -> Question:
    """The question with its own options in this game's order (the same for the same seed)."""
    if len(question.choices) < 2 or any(_POINTS_AT_OTHERS.search(choice) for choice in question.choices):
        return question
    order = list(question.choices)
    random.Random(f"{seed}|{question.id}").shuffle(order)
    return replace(question, choices=tuple(order))


def needs_picked_options(question: Question) -> bool:
    """A question that buttons mode can play only with options picked for it."""
    return len(question.choices) < 2 and bool(question.answers)


@dataclass(frozen=True)
class Offered:
    """Drawn questions with their options (in draw order), and why the others cannot be played."""

    questions: list[Question]
    left_out: list[tuple[Question, str]]


class _Picker:
    def __init__(self, questions: Sequence[Question]) -> None:
        self.picker = OptionPicker(questions)
        self.lock = threading.Lock()


class ListOptions:
    def __init__(self) -> None:
        self._pickers: OrderedDict[tuple[str, int], _Picker] = OrderedDict()
        self._building = threading.Lock()

    async def offer(self, drawn: Sequence[Question], pool: Sequence[Question], *, seed: str) -> Offered:
        """`drawn` with their own options shuffled for this game, and options picked for those that
        have none (from their list in `pool`)."""
        drawn = [in_shown_order(q, seed) for q in drawn]
        if not any(needs_picked_options(q) for q in drawn):
            return Offered(drawn, [])
        return await asyncio.to_thread(self._offer, list(drawn), list(pool), seed)

    def _offer(self, drawn: list[Question], pool: list[Question], seed: str) -> Offered:
        by_list: dict[str, list[Question]] = {}
        for question in pool:
            by_list.setdefault(question.list_name, []).append(question)
        kept: list[Question] = []
        left_out: list[tuple[Question, str]] = []
        for question in drawn:
            if not needs_picked_options(question):
                kept.append(question)
                continue
            picker = self._picker(question.list_name, by_list.get(question.list_name, [question]))
            with picker.lock:
                options = picker.picker.options(question, seed=seed, count=WRONG_OPTIONS)
            if options.playable:
                kept.append(replace(question, choices=options.choices, choices_spoils=options.spoils))
            else:
                left_out.append((question, options.reason or "it has no options"))
        return Offered(kept, left_out)

    def _picker(self, list_name: str, questions: Sequence[Question]) -> _Picker:
        key = (list_name, hash(tuple((q.id, q.answers) for q in questions)))
        with self._building:
            found = self._pickers.get(key)
            if found is not None:
                self._pickers.move_to_end(key)
                return found
        built = _Picker(questions)  # outside the lock: another list's start need not wait for it
        with self._building:
            found = self._pickers.setdefault(key, built)
            self._pickers.move_to_end(key)
            while len(self._pickers) > _PICKERS:
                self._pickers.popitem(last=False)
        return found
