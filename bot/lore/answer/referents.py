"""What saying whom a clause was about gives away, so that "she" in the next clause is hidden as far
(`identified`): "the teacher who saves nayeon, does she die?" at 0 must not say "So far, Ms. Park is alive"
in the clear, since that tells the fan who saves Na-yeon (episode 3).
"""

from __future__ import annotations

from collections.abc import Mapping

from bot.lore.answer.analysis import Slot
from bot.lore.answer.result import Answer
from bot.lore.names import Entity
from bot.show import NOTHING, Position


def identified(entity: Entity, slots: Mapping[str, Slot], told: Answer) -> Position:
    """What naming `entity` as the one a clause was about spoils: nothing when the asker named them; else what
    the slot a description made for them spoils ("the teacher who saves ent0"); else, when an answer found them
    ("the archer girl", "who kills ent0"), the least that any of its lines spoils (all hidden: who it is, too)."""
    theirs = [s.spoils for s in slots.values() if s.candidates == (entity,)]
    if theirs:
        return min(theirs)
    return min((p.spoils for p in told.parts), default=NOTHING)
