"""How far a viewer has watched: their own progress and the channel's spoiler mark.

Both are positions of the show (bot.show.Position: season, episode; NOTHING = nothing watched).
Progress is kept per user per guild (guild_id 0 = direct messages). The audience decides what a reply
may show in the clear: a public reply (a message in a channel) is read by the whole channel, so it
shows what the channel's mark allows, NOTHING when the channel has no mark, whoever asked; a private
reply (ephemeral, a direct message, `hyosan ask`) shows the viewer's own progress. A position is
accepted only when the show's shape has it (or it is NOTHING).
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Awaitable, Callable
from dataclasses import dataclass

from bot.errors import UserError
from bot.show import NOTHING, Position, ShowShape
from db.connection import Database
from db.lore import progress as progress_db

DM_GUILD = 0


class ProgressError(UserError):
    """A position the show does not have."""


def check_position(value: Position, shape: ShowShape) -> Position:
    if not isinstance(value, Position) or not shape.allows(value):
        shown = value.typed_label if isinstance(value, Position) else repr(value)
        raise ProgressError(f"There is no {shown} in the show; the last episode is {shape.last().label}.")
    return value


def released_only(value: Position, shape: ShowShape, now: dt.datetime | None) -> Position:
    """No one has watched an episode not out yet, and no channel discusses one: a position past the
    last released episode at `now` is kept at that episode (when `now` is given), so nothing the
    show has announced shows in the clear the moment it airs."""
    return value if now is None else min(value, shape.last_released(now))


@dataclass(frozen=True)
class ViewerProgress:
    own: Position | None
    channel: Position | None
    # The channel (or forum) whose mark a thread without its own follows; None when the mark is
    # the channel's own or there is none.
    followed: int | None = None

    @property
    def public(self) -> Position:
        """What a message in the channel may show: its mark, NOTHING when it has none."""
        return self.channel or NOTHING

    @property
    def private(self) -> Position:
        """What a reply only the viewer sees may show: their own progress."""
        return self.own or NOTHING

    def gate(self, *, public: bool) -> Position:
        return self.public if public else self.private


async def viewer_marks(db: Database, guild_id: int | None, channel_id: int, user_id: int) -> ViewerProgress:
    async with db.read() as conn:
        own, mark = await progress_db.viewer_marks(conn, guild_id or DM_GUILD, channel_id, user_id)
    return ViewerProgress(own, mark)


async def reply_gate(
    db: Database, guild_id: int | None, channel_id: int, user_id: int, *, public: bool
) -> Position:
    """What a reply may show in the clear: the channel's mark when public, the viewer's own
    progress when private; NOTHING when it is not known."""
    return (await viewer_marks(db, guild_id, channel_id, user_id)).gate(public=public)


async def get_progress(db: Database, guild_id: int | None, user_id: int) -> Position | None:
    async with db.read() as conn:
        return await progress_db.get_progress(conn, guild_id or DM_GUILD, user_id)


async def set_progress(
    db: Database, guild_id: int | None, user_id: int, watched: Position, *, shape: ShowShape
) -> Position:
    check_position(watched, shape)
    async with db.transaction() as conn:
        await progress_db.set_progress(conn, guild_id or DM_GUILD, user_id, watched)
    return watched


async def get_channel_mark(db: Database, channel_id: int) -> Position | None:
    async with db.read() as conn:
        return await progress_db.get_channel_mark(conn, channel_id)


async def get_reading_mark(
    db: Database, channel_id: int, parent_of: Callable[[], Awaitable[int | None]]
) -> Position | None:
    """The mark a message in this channel or thread is read by: its own, else, for a thread, its
    parent channel's (the channel's readers are the thread's). `parent_of` finds the channel a
    thread lives in (None for a channel, or a thread whose parent cannot be read: unmarked); it is
    asked only when the channel has no mark of its own."""
    own = await get_channel_mark(db, channel_id)
    if own is not None:
        return own
    parent = await parent_of()
    return None if parent is None else await get_channel_mark(db, parent)


async def set_channel_mark(
    db: Database, guild_id: int, channel_id: int, up_to: Position, set_by: int | None = None, *, shape: ShowShape
) -> Position:
    check_position(up_to, shape)
    async with db.transaction() as conn:
        await progress_db.set_channel_mark(conn, guild_id, channel_id, up_to, set_by)
    return up_to


async def clear_channel_mark(db: Database, channel_id: int) -> bool:
    """Takes the mark away: a thread then reads its parent channel's (get_reading_mark), a channel
    is unmarked. False when there was none."""
    async with db.transaction() as conn:
        return await progress_db.clear_channel_mark(conn, channel_id)


class ProgressStore:
    """The functions above with a write-through cache: a warm /ask never waits on the database.

    Every write in this process goes through the store, so the cache cannot go stale; a new
    process starts empty and reads the database again. Writes are checked against `shape` (the
    bot's live shape of the show).
    """

    def __init__(self, db: Database, shape: ShowShape) -> None:
        self.db = db
        self.shape = shape
        self._own: dict[tuple[int, int], Position | None] = {}
        self._marks: dict[int, Position | None] = {}

    def forget_member(self, user_id: int) -> None:
        """Drop the member's cached progress, everywhere: /forget deleted their rows."""
        for key in [key for key in self._own if key[1] == user_id]:
            del self._own[key]

    async def viewer_marks(
        self, guild_id: int | None, channel_id: int, user_id: int, parent_id: int | None = None
    ) -> ViewerProgress:
        """The viewer's own progress and what the channel allows. `parent_id`: the channel a
        thread lives in, whose mark the thread reads while it has none of its own (the channel's
        readers are the thread's)."""
        key = (guild_id or DM_GUILD, user_id)
        if key not in self._own or channel_id not in self._marks:
            marks = await viewer_marks(self.db, guild_id, channel_id, user_id)
            self._own[key] = marks.own
            self._marks[channel_id] = marks.channel
        if parent_id is not None and self._marks[channel_id] is None and parent_id not in self._marks:
            self._marks[parent_id] = await get_channel_mark(self.db, parent_id)
        mark = self._mark(channel_id, parent_id)
        followed = parent_id if self._marks[channel_id] is None and mark is not None else None
        return ViewerProgress(self._own[key], mark, followed)

    def _mark(self, channel_id: int, parent_id: int | None) -> Position | None:
        own = self._marks[channel_id]
        if own is not None or parent_id is None:
            return own
        return self._marks[parent_id]

    async def reply_gate(
        self, guild_id: int | None, channel_id: int, user_id: int, *, public: bool, parent_id: int | None = None
    ) -> Position:
        """What a reply may show in the clear (see `ViewerProgress.gate`)."""
        cached = self.cached_gate(guild_id, channel_id, user_id, public=public, parent_id=parent_id)
        if cached is not None:
            return cached
        return (await self.viewer_marks(guild_id, channel_id, user_id, parent_id)).gate(public=public)

    def cached_gate(
        self, guild_id: int | None, channel_id: int, user_id: int, *, public: bool, parent_id: int | None = None
    ) -> Position | None:
        """The gate if the half it needs is cached (no await needed), else None."""
        if public:
            if channel_id not in self._marks:
                return None
            if self._marks[channel_id] is None and parent_id is not None and parent_id not in self._marks:
                return None
            return self._mark(channel_id, parent_id) or NOTHING
        key = (guild_id or DM_GUILD, user_id)
        return (self._own[key] or NOTHING) if key in self._own else None

    async def set_progress(
        self, guild_id: int | None, user_id: int, watched: Position, *, now: dt.datetime | None = None
    ) -> Position:
        """Saves `watched` (capped at what is out at `now`, see released_only) and returns what was saved."""
        check_position(watched, self.shape)
        watched = released_only(watched, self.shape, now)
        await set_progress(self.db, guild_id, user_id, watched, shape=self.shape)
        self._own[(guild_id or DM_GUILD, user_id)] = watched
        return watched

    async def set_channel_mark(
        self, guild_id: int, channel_id: int, up_to: Position, set_by: int | None = None, *,
        now: dt.datetime | None = None,
    ) -> Position:
        """Marks the channel (capped at what is out at `now`) and returns the mark saved."""
        check_position(up_to, self.shape)
        up_to = released_only(up_to, self.shape, now)
        await set_channel_mark(self.db, guild_id, channel_id, up_to, set_by, shape=self.shape)
        self._marks[channel_id] = up_to
        return up_to

    async def clear_channel_mark(self, channel_id: int) -> bool:
        """Takes the channel's or thread's own mark away (see clear_channel_mark); False when it had none."""
        cleared = await clear_channel_mark(self.db, channel_id)
        self._marks[channel_id] = None
        return cleared

    async def forget_server(self, guild_id: int) -> None:
        """The bot was removed from the server: its channels' marks go (invited back, it starts unmarked)."""
        async with self.db.transaction() as conn:
            cleared = await progress_db.clear_guild_marks(conn, guild_id)
        for channel_id in cleared:
            self._marks.pop(channel_id, None)
