"""How far a viewer has watched: their own progress and the channel's spoiler mark.

Progress is kept per user per guild (guild_id 0 = direct messages). What a reply may show in the
clear is the higher of the asker's progress and the channel's mark; unknown is 0 (nothing watched).
"""

from __future__ import annotations

from dataclasses import dataclass

from bot.errors import UserError
from bot.show import LAST_EPISODE
from db.connection import Database
from db.lore import progress as progress_db

DM_GUILD = 0


class ProgressError(UserError):
    """An episode number outside the show (0..LAST_EPISODE)."""


def check_episode(value: int) -> int:
    if isinstance(value, bool) or not isinstance(value, int) or not 0 <= value <= LAST_EPISODE:
        raise ProgressError(f"episode must be a whole number from 0 to {LAST_EPISODE}")
    return value


@dataclass(frozen=True)
class ViewerProgress:
    own: int | None
    channel: int | None

    @property
    def effective(self) -> int:
        return max(self.own or 0, self.channel or 0)


async def viewer_marks(db: Database, guild_id: int | None, channel_id: int, user_id: int) -> ViewerProgress:
    async with db.read() as conn:
        own, mark = await progress_db.viewer_marks(conn, guild_id or DM_GUILD, channel_id, user_id)
    return ViewerProgress(own, mark)


async def viewer_progress(db: Database, guild_id: int | None, channel_id: int, user_id: int) -> int:
    """max(own progress, channel mark); 0 when neither is known."""
    return (await viewer_marks(db, guild_id, channel_id, user_id)).effective


async def get_progress(db: Database, guild_id: int | None, user_id: int) -> int | None:
    async with db.read() as conn:
        return await progress_db.get_progress(conn, guild_id or DM_GUILD, user_id)


async def set_progress(db: Database, guild_id: int | None, user_id: int, watched: int) -> int:
    check_episode(watched)
    async with db.transaction() as conn:
        await progress_db.set_progress(conn, guild_id or DM_GUILD, user_id, watched)
    return watched


async def get_channel_mark(db: Database, channel_id: int) -> int | None:
    async with db.read() as conn:
        return await progress_db.get_channel_mark(conn, channel_id)


async def set_channel_mark(
    db: Database, guild_id: int, channel_id: int, up_to: int, set_by: int | None = None
) -> int:
    check_episode(up_to)
    async with db.transaction() as conn:
        await progress_db.set_channel_mark(conn, guild_id, channel_id, up_to, set_by)
    return up_to


class ProgressStore:
    """The functions above with a write-through cache: a warm /ask never waits on the database.

    Every write in this process goes through the store, so the cache cannot go stale; a new
    process starts empty and reads the database again.
    """

    def __init__(self, db: Database) -> None:
        self.db = db
        self._own: dict[tuple[int, int], int | None] = {}
        self._marks: dict[int, int | None] = {}

    async def viewer_marks(self, guild_id: int | None, channel_id: int, user_id: int) -> ViewerProgress:
        key = (guild_id or DM_GUILD, user_id)
        if key in self._own and channel_id in self._marks:
            return ViewerProgress(self._own[key], self._marks[channel_id])
        marks = await viewer_marks(self.db, guild_id, channel_id, user_id)
        self._own[key] = marks.own
        self._marks[channel_id] = marks.channel
        return marks

    async def viewer_progress(self, guild_id: int | None, channel_id: int, user_id: int) -> int:
        cached = self.cached_progress(guild_id, channel_id, user_id)
        if cached is not None:
            return cached
        return (await self.viewer_marks(guild_id, channel_id, user_id)).effective

    def cached_progress(self, guild_id: int | None, channel_id: int, user_id: int) -> int | None:
        """The effective progress if both halves are cached (no await needed), else None."""
        key = (guild_id or DM_GUILD, user_id)
        if key not in self._own or channel_id not in self._marks:
            return None
        return max(self._own[key] or 0, self._marks[channel_id] or 0)

    async def set_progress(self, guild_id: int | None, user_id: int, watched: int) -> int:
        await set_progress(self.db, guild_id, user_id, watched)
        self._own[(guild_id or DM_GUILD, user_id)] = watched
        return watched

    async def set_channel_mark(self, guild_id: int, channel_id: int, up_to: int, set_by: int | None = None) -> int:
        await set_channel_mark(self.db, guild_id, channel_id, up_to, set_by)
        self._marks[channel_id] = up_to
        return up_to
