"""Viewer progress and channel spoiler marks on a real SQLite file."""

from __future__ import annotations

from pathlib import Path

import pytest

from bot.lore import progress
from db.connection import Database

GUILD, OTHER_GUILD, CHANNEL, OTHER_CHANNEL, USER = 10, 11, 20, 21, 30


@pytest.fixture
def database(db: Database) -> Database:
    return db


async def test_unknown_progress_is_zero(database: Database) -> None:
    assert await progress.viewer_progress(database, GUILD, CHANNEL, USER) == 0


async def test_own_progress_is_stored(database: Database) -> None:
    await progress.set_progress(database, GUILD, USER, 5)
    assert await progress.get_progress(database, GUILD, USER) == 5
    assert await progress.viewer_progress(database, GUILD, CHANNEL, USER) == 5


async def test_progress_can_go_down(database: Database) -> None:
    await progress.set_progress(database, GUILD, USER, 9)
    await progress.set_progress(database, GUILD, USER, 2)
    assert await progress.get_progress(database, GUILD, USER) == 2


async def test_progress_is_per_guild(database: Database) -> None:
    await progress.set_progress(database, GUILD, USER, 7)
    assert await progress.get_progress(database, OTHER_GUILD, USER) is None
    assert await progress.viewer_progress(database, OTHER_GUILD, CHANNEL, USER) == 0


async def test_direct_messages_use_their_own_progress(database: Database) -> None:
    await progress.set_progress(database, None, USER, 4)
    assert await progress.get_progress(database, progress.DM_GUILD, USER) == 4
    assert await progress.get_progress(database, GUILD, USER) is None


async def test_channel_mark_raises_viewer_progress(database: Database) -> None:
    await progress.set_progress(database, GUILD, USER, 3)
    await progress.set_channel_mark(database, GUILD, CHANNEL, 12, set_by=99)
    assert await progress.viewer_progress(database, GUILD, CHANNEL, USER) == 12
    assert await progress.viewer_progress(database, GUILD, OTHER_CHANNEL, USER) == 3


async def test_own_progress_beats_a_lower_channel_mark(database: Database) -> None:
    await progress.set_progress(database, GUILD, USER, 8)
    await progress.set_channel_mark(database, GUILD, CHANNEL, 2)
    assert await progress.viewer_progress(database, GUILD, CHANNEL, USER) == 8


async def test_channel_mark_is_replaced(database: Database) -> None:
    await progress.set_channel_mark(database, GUILD, CHANNEL, 6)
    await progress.set_channel_mark(database, GUILD, CHANNEL, 1)
    assert await progress.get_channel_mark(database, CHANNEL) == 1


@pytest.mark.parametrize("bad", [-1, 13, 100])
async def test_out_of_range_progress_is_refused_and_nothing_written(database: Database, bad: int) -> None:
    await progress.set_progress(database, GUILD, USER, 4)
    with pytest.raises(progress.ProgressError):
        await progress.set_progress(database, GUILD, USER, bad)
    assert await progress.get_progress(database, GUILD, USER) == 4


async def test_out_of_range_channel_mark_is_refused(database: Database) -> None:
    with pytest.raises(progress.ProgressError):
        await progress.set_channel_mark(database, GUILD, CHANNEL, 13)
    assert await progress.get_channel_mark(database, CHANNEL) is None


async def test_progress_survives_reopening_the_database(tmp_path: Path) -> None:
    db = await Database.open(tmp_path / "lore.db")
    await progress.set_progress(db, GUILD, USER, 11)
    await db.close()
    db = await Database.open(tmp_path / "lore.db")
    try:
        assert await progress.viewer_progress(db, GUILD, CHANNEL, USER) == 11
    finally:
        await db.close()


async def test_the_store_answers_from_its_cache_once_it_has_read(database: Database) -> None:
    await progress.set_progress(database, GUILD, USER, 4)
    store = progress.ProgressStore(database)
    assert store.cached_progress(GUILD, CHANNEL, USER) is None  # nothing read yet
    assert await store.viewer_progress(GUILD, CHANNEL, USER) == 4
    assert store.cached_progress(GUILD, CHANNEL, USER) == 4


async def test_the_store_cache_follows_its_own_writes(database: Database) -> None:
    store = progress.ProgressStore(database)
    assert await store.viewer_progress(GUILD, CHANNEL, USER) == 0
    await store.set_channel_mark(GUILD, CHANNEL, 9)
    assert store.cached_progress(GUILD, CHANNEL, USER) == 9
    await store.set_progress(GUILD, USER, 11)
    assert store.cached_progress(GUILD, CHANNEL, USER) == 11
    assert await progress.viewer_progress(database, GUILD, CHANNEL, USER) == 11
