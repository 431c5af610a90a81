"""Questions generated from the lore knowledge (placeholder until the content pack lands)."""

from __future__ import annotations

from typing import Any

from bot.trivia.model import Question

LorePack = Any


def generate(pack: LorePack) -> tuple[Question, ...]:
    return ()
