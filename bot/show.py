"""The show's shape: its seasons and how many episodes each has. Every other module reads it here.

Season 1 (2022) has 12 episodes. A viewer's progress and a spoiler tag are episode numbers within
that shape: 0 means nothing watched (or spoils nothing), `LAST_EPISODE` means everything released.
"""

from __future__ import annotations

from collections.abc import Mapping
from types import MappingProxyType

#: Episodes per season, for the seasons that have been released.
EPISODES_PER_SEASON: Mapping[int, int] = MappingProxyType({1: 12})

#: The last episode a viewer can have watched: the end of the released show.
LAST_EPISODE: int = EPISODES_PER_SEASON[max(EPISODES_PER_SEASON)]


def episode_numbers() -> range:
    """Every released episode number, first to last."""
    return range(1, LAST_EPISODE + 1)


def is_episode(number: int) -> bool:
    """Whether `number` names a released episode (1..LAST_EPISODE)."""
    return 1 <= number <= LAST_EPISODE


def is_progress(number: int) -> bool:
    """Whether `number` is a progress or spoiler tag (0 = nothing .. LAST_EPISODE = everything)."""
    return 0 <= number <= LAST_EPISODE
