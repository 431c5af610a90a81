"""The rows of episode rooms: a server's settings and each episode's room (db/season2/rooms.py)."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass

from bot.show import Position


@dataclass(frozen=True)
class RoomSettings:
    """A server's episode rooms: the channel their threads open in, since when, and whether on."""

    guild_id: int
    channel_id: int
    enabled: bool
    since: dt.datetime
    set_by: int
    disabled_reason: str | None = None


@dataclass(frozen=True)
class Room:
    """One episode's room in one server: 'opening' (the thread is being made), 'open' or 'failed'."""

    guild_id: int
    position: Position
    channel_id: int
    state: str
    thread_id: int | None = None
    starter_id: int | None = None
    opened_at: dt.datetime | None = None
    last_error: str | None = None
