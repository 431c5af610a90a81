"""Keeping subscribed channels' names (on READY, on a rename) while the database fails: nothing
escapes the listener, and the next rename is kept once the database works again (review38)."""

from __future__ import annotations

from collections.abc import AsyncIterator, Mapping
from pathlib import Path
from types import SimpleNamespace
from typing import Any

import pytest

from bot.harness import Harness
from db import StorageError


@pytest.fixture
async def h(tmp_path: Path) -> AsyncIterator[Harness]:
    async with Harness.start(tmp_path) as harness:
        yield harness


def _failing(*_: Any, **__: Any) -> Any:
    raise StorageError("busy", "write", "database is locked")


async def test_a_failing_database_while_keeping_channel_names_escapes_no_listener(
    h: Harness, monkeypatch: pytest.MonkeyPatch
) -> None:
    cog: Any = h.bot.get_cog("Season2")
    monkeypatch.setattr(cog.service, "subscriptions", _failing)
    monkeypatch.setattr(cog.service, "channel_names_seen", _failing)
    await cog.on_ready()
    before, after = SimpleNamespace(id=1, name="old"), SimpleNamespace(id=1, name="new")
    await cog.on_guild_channel_update(before, after)
    await cog.on_thread_update(before, after)
    kept: list[Mapping[int, str]] = []

    async def noted(names: Mapping[int, str]) -> int:
        kept.append(dict(names))
        return 1

    monkeypatch.setattr(cog.service, "channel_names_seen", noted)
    await cog.on_thread_update(before, after)
    assert kept == [{1: "new"}]
