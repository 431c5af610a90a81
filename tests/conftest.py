"""Shared fixtures: a real SQLite file, a ManualClock, the local Discord and hyosan running on it."""

from __future__ import annotations

import datetime as dt
from collections.abc import AsyncIterator
from pathlib import Path
from typing import TYPE_CHECKING

import pytest

from bot.clock import ManualClock
from db import Database

if TYPE_CHECKING:
    from bot.harness import Harness
    from bot.sandbox import Sandbox

START = dt.datetime(2026, 3, 1, 12, 0, tzinfo=dt.UTC)


@pytest.fixture
async def db(tmp_path: Path) -> AsyncIterator[Database]:
    database = await Database.open(tmp_path / "hyosan.db")
    try:
        yield database
    finally:
        await database.close()


@pytest.fixture
def clock() -> ManualClock:
    return ManualClock(START)


@pytest.fixture
async def sandbox() -> AsyncIterator[Sandbox]:
    from bot.sandbox import Sandbox

    async with Sandbox() as discord:
        yield discord


@pytest.fixture
async def hyosan(tmp_path: Path, clock: ManualClock) -> AsyncIterator[Harness]:
    from bot.harness import Harness

    async with Harness.start(tmp_path, clock=clock) as harness:
        yield harness
