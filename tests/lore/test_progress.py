"""Viewer progress and channel spoiler marks on a real SQLite file."""

from __future__ import annotations

from pathlib import Path

import pytest

from bot.lore import progress
from bot.show import NOTHING, EpisodeInfo, Position, ShowShape
from db.connection import Database

GUILD, OTHER_GUILD, CHANNEL, OTHER_CHANNEL, USER = 10, 11, 20, 21, 30
SHAPE = ShowShape.season_one()


def s1(episode: int) -> Position:
    return Position(1, episode)


async def set_progress(db: Database, guild_id: int | None, user_id: int, watched: Position) -> Position:
    return await progress.set_progress(db, guild_id, user_id, watched, shape=SHAPE)


async def set_channel_mark(
    db: Database, guild_id: int, channel_id: int, up_to: Position, set_by: int | None = None
) -> Position:
    return await progress.set_channel_mark(db, guild_id, channel_id, up_to, set_by, shape=SHAPE)


@pytest.fixture
def database(db: Database) -> Database:
    return db


async def gate(db: Database, guild_id: int, channel_id: int, user_id: int, *, public: bool) -> Position:
    return await progress.reply_gate(db, guild_id, channel_id, user_id, public=public)


async def test_unknown_progress_is_nothing(database: Database) -> None:
    assert await gate(database, GUILD, CHANNEL, USER, public=False) == NOTHING
    assert await gate(database, GUILD, CHANNEL, USER, public=True) == NOTHING


async def test_own_progress_is_stored_and_used_for_private_replies(database: Database) -> None:
    await set_progress(database, GUILD, USER, s1(5))
    assert await progress.get_progress(database, GUILD, USER) == s1(5)
    assert await gate(database, GUILD, CHANNEL, USER, public=False) == s1(5)


async def test_progress_can_go_down(database: Database) -> None:
    await set_progress(database, GUILD, USER, s1(9))
    await set_progress(database, GUILD, USER, s1(2))
    assert await progress.get_progress(database, GUILD, USER) == s1(2)


async def test_progress_is_per_guild(database: Database) -> None:
    await set_progress(database, GUILD, USER, s1(7))
    assert await progress.get_progress(database, OTHER_GUILD, USER) is None
    assert await gate(database, OTHER_GUILD, CHANNEL, USER, public=False) == NOTHING


async def test_direct_messages_use_their_own_progress(database: Database) -> None:
    await set_progress(database, None, USER, s1(4))
    assert await progress.get_progress(database, progress.DM_GUILD, USER) == s1(4)
    assert await progress.get_progress(database, GUILD, USER) is None


async def test_a_public_reply_shows_the_channel_mark_whoever_asked(database: Database) -> None:
    await set_progress(database, GUILD, USER, s1(12))
    await set_channel_mark(database, GUILD, CHANNEL, s1(3), set_by=99)
    assert await gate(database, GUILD, CHANNEL, USER, public=True) == s1(3)
    assert await gate(database, GUILD, OTHER_CHANNEL, USER, public=True) == NOTHING  # unmarked


async def test_a_private_reply_shows_the_viewers_own_progress_whatever_the_mark(database: Database) -> None:
    await set_progress(database, GUILD, USER, s1(3))
    await set_channel_mark(database, GUILD, CHANNEL, s1(12))
    assert await gate(database, GUILD, CHANNEL, USER, public=False) == s1(3)


async def test_channel_mark_is_replaced(database: Database) -> None:
    await set_channel_mark(database, GUILD, CHANNEL, s1(6))
    await set_channel_mark(database, GUILD, CHANNEL, s1(1))
    assert await progress.get_channel_mark(database, CHANNEL) == s1(1)


@pytest.mark.parametrize("bad", [s1(13), Position(2, 1), Position(99, 99)])
async def test_a_position_the_show_does_not_have_is_refused_and_nothing_written(database: Database, bad: Position) -> None:
    await set_progress(database, GUILD, USER, s1(4))
    with pytest.raises(progress.ProgressError):
        await set_progress(database, GUILD, USER, bad)
    assert await progress.get_progress(database, GUILD, USER) == s1(4)


async def test_out_of_range_channel_mark_is_refused(database: Database) -> None:
    with pytest.raises(progress.ProgressError):
        await set_channel_mark(database, GUILD, CHANNEL, s1(13))
    assert await progress.get_channel_mark(database, CHANNEL) is None


async def test_progress_survives_reopening_the_database(tmp_path: Path) -> None:
    db = await Database.open(tmp_path / "lore.db")
    await set_progress(db, GUILD, USER, s1(11))
    await db.close()
    db = await Database.open(tmp_path / "lore.db")
    try:
        assert await gate(db, GUILD, CHANNEL, USER, public=False) == s1(11)
    finally:
        await db.close()


async def test_the_store_answers_from_its_cache_once_it_has_read(database: Database) -> None:
    await set_progress(database, GUILD, USER, s1(4))
    store = progress.ProgressStore(database, SHAPE)
    assert store.cached_gate(GUILD, CHANNEL, USER, public=False) is None  # nothing read yet
    assert await store.reply_gate(GUILD, CHANNEL, USER, public=False) == s1(4)
    assert store.cached_gate(GUILD, CHANNEL, USER, public=False) == s1(4)
    assert store.cached_gate(GUILD, CHANNEL, USER, public=True) == NOTHING


async def test_the_store_cache_follows_its_own_writes(database: Database) -> None:
    store = progress.ProgressStore(database, SHAPE)
    assert await store.reply_gate(GUILD, CHANNEL, USER, public=True) == NOTHING
    await store.set_channel_mark(GUILD, CHANNEL, s1(9))
    assert store.cached_gate(GUILD, CHANNEL, USER, public=True) == s1(9)
    await store.set_progress(GUILD, USER, s1(11))
    assert store.cached_gate(GUILD, CHANNEL, USER, public=False) == s1(11)
    assert store.cached_gate(GUILD, CHANNEL, USER, public=True) == s1(9)
    assert await gate(database, GUILD, CHANNEL, USER, public=False) == s1(11)


# -- seasons ---------------------------------------------------------------------------------------


def _with_season_two(episodes: int = 8) -> ShowShape:
    shape = ShowShape.season_one()
    shape.add_episodes(2, [EpisodeInfo(2, n) for n in range(1, episodes + 1)])
    return shape


async def test_a_season_two_position_is_stored_and_read_back(database: Database) -> None:
    shape = _with_season_two()
    await progress.set_progress(database, GUILD, USER, Position(2, 3), shape=shape)
    assert await progress.get_progress(database, GUILD, USER) == Position(2, 3)


async def test_marks_and_progress_keep_their_seasons(database: Database) -> None:
    shape = _with_season_two()
    await progress.set_progress(database, GUILD, USER, s1(12), shape=shape)
    await progress.set_channel_mark(database, GUILD, CHANNEL, Position(2, 1), shape=shape)
    assert await gate(database, GUILD, CHANNEL, USER, public=True) == Position(2, 1)
    assert await gate(database, GUILD, CHANNEL, USER, public=False) == s1(12)


async def test_the_store_accepts_a_new_season_once_the_shape_has_grown(database: Database) -> None:
    shape = ShowShape.season_one()
    store = progress.ProgressStore(database, shape)
    with pytest.raises(progress.ProgressError):
        await store.set_progress(GUILD, USER, Position(2, 1))
    shape.add_episodes(2, [EpisodeInfo(2, 1), EpisodeInfo(2, 2)])
    assert await store.set_progress(GUILD, USER, Position(2, 1)) == Position(2, 1)
    assert await store.reply_gate(GUILD, CHANNEL, USER, public=False) == Position(2, 1)


async def test_nothing_watched_is_stored_as_nothing(database: Database) -> None:
    await set_progress(database, GUILD, USER, s1(5))
    await set_progress(database, GUILD, USER, NOTHING)
    assert await progress.get_progress(database, GUILD, USER) == NOTHING


async def test_a_thread_reads_by_its_own_mark_without_asking_for_its_parent(database: Database) -> None:
    await set_channel_mark(database, GUILD, CHANNEL, s1(12))
    await set_channel_mark(database, GUILD, OTHER_CHANNEL, s1(2))

    async def parent_unasked() -> int | None:
        raise AssertionError("the parent is asked for only when the thread has no mark")

    assert await progress.get_reading_mark(database, OTHER_CHANNEL, parent_unasked) == s1(2)


async def test_a_thread_without_a_mark_reads_its_parents_and_an_unknown_parent_is_unmarked(database: Database) -> None:
    await set_channel_mark(database, GUILD, CHANNEL, s1(12))

    async def parent() -> int | None:
        return CHANNEL

    async def unknown() -> int | None:
        return None

    assert await progress.get_reading_mark(database, OTHER_CHANNEL, parent) == s1(12)
    assert await progress.get_reading_mark(database, OTHER_CHANNEL, unknown) is None


async def test_a_thread_whose_mark_is_cleared_reads_its_channels_again(database: Database) -> None:
    thread = 40

    async def parent() -> int:
        return CHANNEL

    await set_channel_mark(database, GUILD, CHANNEL, s1(8))
    await set_channel_mark(database, GUILD, thread, s1(2))
    assert await progress.clear_channel_mark(database, thread)
    assert await progress.get_reading_mark(database, thread, parent) == s1(8)
    assert not await progress.clear_channel_mark(database, thread)  # nothing left to clear
