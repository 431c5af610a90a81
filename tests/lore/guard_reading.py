"""What the spoiler guard takes down, read through bot.lore.guard.judge with the bundled pack's lexicon (no bot
started): the one helper the guard's reply tests share."""

from __future__ import annotations

import functools

from bot.lore.content import bundled_pack
from bot.lore.guard import judge
from bot.lore.lexicon import lexicon_of
from bot.show import Position
from bot.spoilers import Reads, read_as_shown


@functools.cache
def _reads() -> Reads:
    return read_as_shown(lexicon_of(bundled_pack()).position)


def taken_at(text: str, mark: Position, question: str = "") -> Position | None:
    """The episode the guard reads `text` (a reply to `question`) as giving away past `mark`, None when it stays up."""
    spoiled = judge(text, mark, _reads(), replying_to=question)
    return spoiled.spoils if spoiled else None
