"""Hints: a private 50/50 in buttons mode, the answer's shape in typed mode.

A hint is derived only from the question it helps with (its choices or its shown answer), and a
game never draws a question past its gate, so a hint cannot tell anything the game's gate does not
already allow; the Discord layer still renders it through bot.spoilers like the reveal.

Hints are deterministic: the same player asking again on the same question gets the same hint
(the two choices kept by a 50/50 come from a seed made of the game, the question and the player),
so a repeated click, or a click after a restart, shows exactly what the first one showed.
"""

from __future__ import annotations

import random
from dataclasses import dataclass
from typing import Literal

from bot.trivia.model import Question
from bot.trivia.snapshot import correct_choice

MASK = "_"
# A 50/50 needs at least one wrong choice left to remove after keeping the right one and a decoy.
MIN_CHOICES_FOR_FIFTY = 3


@dataclass(frozen=True)
class Hint:
    kind: Literal["fifty", "shape"]
    keep: tuple[int, ...] = ()  # fifty: the indices of the choices left, in their original order
    shape: str = ""  # shape: the answer with every letter but each word's first masked
    lengths: tuple[int, ...] = ()  # shape: letters and digits per word


def fifty_fifty(question: Question, seed: str) -> Hint | None:
    """Keep the right choice and one wrong one (remove up to two wrong); None when it cannot help."""
    right = correct_choice(question)
    if right is None or len(question.choices) < MIN_CHOICES_FOR_FIFTY:
        return None
    wrong = [i for i in range(len(question.choices)) if i != right]
    removed = min(2, len(question.choices) - 2)
    kept_wrong = sorted(random.Random(seed).sample(wrong, len(wrong) - removed))
    return Hint("fifty", keep=tuple(sorted([right, *kept_wrong])))


def answer_shape(answer: str) -> Hint:
    """The answer with the first letter of each word shown and the other letters and digits masked;
    spaces and punctuation kept ("Nam On-jo" -> "N__ O_-__", lengths (3, 4))."""
    words = answer.replace("`", "'").split()
    shaped: list[str] = []
    lengths: list[int] = []
    for word in words:
        out: list[str] = []
        seen_first = False
        count = 0
        for char in word:
            if char.isalnum():
                count += 1
                if seen_first:
                    out.append(MASK)
                else:
                    out.append(char)
                    seen_first = True
            else:
                out.append(char)
        shaped.append("".join(out))
        lengths.append(count)
    return Hint("shape", shape=" ".join(shaped), lengths=tuple(lengths))


def hint_for(question: Question, mode: str, seed: str) -> Hint | None:
    """The hint a player gets on a question in a game of this mode (None: no hint possible)."""
    if mode == "buttons":
        return fifty_fifty(question, seed)
    if not question.answers or not question.shown_answer.strip():
        return None
    return answer_shape(question.shown_answer)


def hint_available(question: Question, mode: str) -> bool:
    return hint_for(question, mode, "probe") is not None
