"""The last few values built from objects that are compared by identity: immutable things too big
to hash, such as a content pack. Building again for the same object returns the kept value.
Not Records.kept (bot/lore/answer/records.py), which keeps a pack's tables on its own records: this is for a
module's value of an object that has no such place, so it is bounded and dies when pushed out."""

from __future__ import annotations

from collections.abc import Callable
from typing import Generic, TypeVar

KeyT = TypeVar("KeyT")
ValueT = TypeVar("ValueT")


class RecentByIdentity(Generic[KeyT, ValueT]):
    def __init__(self, size: int = 4) -> None:
        self._size = size
        self._kept: list[tuple[KeyT, ValueT]] = []

    def get(self, key: KeyT, build: Callable[[], ValueT]) -> ValueT:
        """The value kept for this very object, or `build()`'s, kept in front of the others."""
        for known, value in self._kept:
            if known is key:
                return value
        value = build()
        self._kept.insert(0, (key, value))
        del self._kept[self._size:]
        return value
