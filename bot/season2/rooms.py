"""Episode rooms: when an episode becomes available, a discussion thread for it in the channel a
server chose, spoiler-safe up to that episode (the thread's spoiler mark), with a starter that
says which episode and when it aired and spoils nothing (no title: a title spoils its episode).

Opt-in per server (`/season2set rooms on`). Rooms open for the episodes of the seasons after the
first whose air time has passed (bot.show: the shape TVmaze's lists grow), from a week before the
server turned rooms on. Each room is claimed in the database before its thread is made ('opening'),
so a room opens once whatever happens: a retry after a crash first looks for the thread it made.
When the bot lacks a permission the rooms need, the server's rooms are turned off and its
moderators told once, through the outbox (a notice keyed by when rooms were turned on).

The Discord side (making the thread, posting the starter) is cogs/season2/rooms.py; this module is
the bookkeeping and the words.
"""

from __future__ import annotations

import datetime as dt
import logging
from collections.abc import Sequence
from dataclasses import dataclass
from typing import Literal

from bot.clock import Clock
from bot.outbox import enqueue_notice
from bot.season2.model.rooms import Room, RoomSettings
from bot.show import Position, ShowShape
from bot.text import timestamp
from db import times
from db.connection import Database
from db.season2 import rooms as rooms_db

log = logging.getLogger(__name__)

#: Episodes that came out this long before a server turned rooms on still get their room.
LOOKBACK = dt.timedelta(days=7)
#: Discord's longest inactivity before a thread archives (minutes): rooms stay listed a week.
AUTO_ARCHIVE_MINUTES: Literal[60, 1440, 4320, 10080] = 10080


def room_name(position: Position) -> str:
    """The thread's name: the position only, never a title ("S2 · Episode 3", within Discord's 100)."""
    return f"S{position.season} · Episode {position.episode}"


def starter_text(position: Position, aired: dt.datetime | None) -> str:
    """The room's first message: which episode, when it aired, what the room is for; no spoiler."""
    when = f" (out since {timestamp(aired, 'F')})" if aired is not None else ""
    return (
        f"🎬 **{position.heading}**{when}: this room is for talking about it.\n"
        f"It is spoiler-safe up to {position} ({position.label}): everything up to the end of this episode "
        "may be said openly here, nothing later. Later episodes get rooms of their own.\n"
        "Not there yet? Set how far you have watched with `/progress` and my answers elsewhere hide the rest."
    )


@dataclass(frozen=True)
class DueRoom:
    settings: RoomSettings
    position: Position
    aired: dt.datetime | None
    room: Room | None  # a room claimed before but not finished (retry it)


def due_positions(shape: ShowShape, now: dt.datetime, since: dt.datetime) -> list[Position]:
    """The episodes of seasons 2+ that are out at `now` and came out no earlier than LOOKBACK
    before `since`, in order."""
    out: list[Position] = []
    for season in shape.seasons():
        if season < 2:
            continue
        for info in shape.episodes_in(season):
            aired = shape.aired_at(info)
            if aired is not None and since - LOOKBACK <= aired <= now:
                out.append(info.position)
    return out


class Rooms:
    def __init__(self, db: Database, clock: Clock, show: ShowShape) -> None:
        self.db = db
        self.clock = clock
        self.show = show

    async def turn_on(self, guild_id: int, channel_id: int, user_id: int) -> RoomSettings:
        async with self.db.transaction() as conn:
            return await rooms_db.set_settings(conn, guild_id, channel_id, set_by=user_id, now=self.clock.now())

    async def turn_off(self, guild_id: int, reason: str = "turned off by a moderator") -> bool:
        async with self.db.transaction() as conn:
            return await rooms_db.disable(conn, guild_id, reason)

    async def settings(self, guild_id: int) -> RoomSettings | None:
        async with self.db.read() as conn:
            return await rooms_db.get_settings(conn, guild_id)

    async def rooms(self, guild_id: int) -> list[Room]:
        async with self.db.read() as conn:
            return await rooms_db.rooms_of(conn, guild_id)

    async def due(self) -> list[DueRoom]:
        """Rooms to open now: new ones, and ones left 'opening' (a crash, a failed request)."""
        now = self.clock.now()
        out: list[DueRoom] = []
        async with self.db.read() as conn:
            for settings in await rooms_db.enabled_settings(conn):
                known = {room.position: room for room in await rooms_db.rooms_of(conn, settings.guild_id)}
                for position in due_positions(self.show, now, settings.since):
                    room = known.get(position)
                    if room is None or room.state == "opening":
                        info = self.show.episode(position)
                        out.append(DueRoom(settings, position, self.show.aired_at(info) if info else None, room))
        return out

    async def claim(self, due: DueRoom) -> bool:
        """Record that this room is being opened (before the thread is made); False if another run has it."""
        if due.room is not None:
            return True
        async with self.db.transaction() as conn:
            return await rooms_db.start_room(conn, due.settings.guild_id, due.position, due.settings.channel_id)

    async def made_thread(self, guild_id: int, position: Position, thread_id: int) -> None:
        async with self.db.transaction() as conn:
            await rooms_db.set_thread(conn, guild_id, position, thread_id)

    async def opened(self, guild_id: int, position: Position, starter_id: int | None) -> None:
        async with self.db.transaction() as conn:
            await rooms_db.mark_open(conn, guild_id, position, starter_id=starter_id, now=self.clock.now())
        log.info("season 2: the room for %s opened in server %s", position, guild_id)

    async def failed(self, guild_id: int, position: Position, error: str, *, final: bool) -> None:
        async with self.db.transaction() as conn:
            if final:
                await rooms_db.mark_failed(conn, guild_id, position, error)
            else:
                await rooms_db.note_error(conn, guild_id, position, error)

    async def lacking(
        self, settings: RoomSettings, missing: Sequence[str], *, on_queued: bool = True, gone: bool = False
    ) -> int:
        """The bot lacks what rooms need (`gone`: the channel itself, deleted or no longer a text
        channel): turn this server's rooms off and tell its moderators once (a notice through the
        outbox). Returns the rows queued."""
        reason = "the channel is gone" if gone else "missing permission: " + ", ".join(missing)
        async with self.db.transaction() as conn:
            turned_off = await rooms_db.disable(conn, settings.guild_id, reason)
            queued = 0
            if turned_off:
                queued = int(
                    await enqueue_notice(
                        conn,
                        guild_id=settings.guild_id,
                        event_key=f"rooms-off:{settings.guild_id}:{times.encode(settings.since)}",
                        payload={
                            "type": "rooms_disabled",
                            "channel_id": settings.channel_id,
                            "missing": list(missing),
                            "moderator_id": settings.set_by,
                            "gone": gone,
                        },
                        now=self.clock.now(),
                    )
                )
        log.warning("season 2: episode rooms turned off in server %s (%s)", settings.guild_id, reason)
        return queued
