"""Group commit: answers that arrive while a transaction is being written wait, and go together
into the next one (bot/trivia/clicks.py for buttons, guessing.py for typed guesses).

Each waiting item carries the future its caller awaits. A batch the storage refuses fails every
item in it with that StorageError; anything else wrong is about one item, so the batch is written
again item by item and only that one fails.
"""

from __future__ import annotations

import asyncio
from collections.abc import Awaitable, Callable, Sequence
from typing import Any, Generic, Protocol, TypeVar

from db import StorageError

MAX_BATCH = 256  # answers in one transaction


class Waiting(Protocol):
    @property
    def future(self) -> asyncio.Future[Any]: ...


ItemT = TypeVar("ItemT", bound=Waiting)


class GroupWriter(Generic[ItemT]):
    def __init__(self, write: Callable[[Sequence[ItemT]], Awaitable[None]], *, name: str) -> None:
        self._write = write
        self._name = name
        self._waiting: list[ItemT] = []
        self._writer: asyncio.Task[None] | None = None

    def add(self, item: ItemT) -> None:
        """Queue `item` for the next transaction (its future is resolved by `write`)."""
        self._waiting.append(item)
        if self._writer is None or self._writer.done():
            self._writer = asyncio.get_running_loop().create_task(self._write_waiting(), name=self._name)

    async def _write_waiting(self) -> None:
        while self._waiting:
            batch, self._waiting = self._waiting[:MAX_BATCH], self._waiting[MAX_BATCH:]
            try:
                await self._write(batch)
            except StorageError as exc:
                for item in batch:
                    _fail(item, StorageError(exc.reason, exc.operation, exc.detail))
            except Exception:
                for item in batch:
                    try:
                        await self._write([item])
                    except Exception as exc:
                        _fail(item, exc)


def _fail(item: Waiting, error: Exception) -> None:
    if not item.future.done():
        item.future.set_exception(error)
