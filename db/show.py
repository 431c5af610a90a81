"""The show's shape as learned: the episodes of the seasons after the first, as the sources list
them (table show_episodes). Part of the core (bot/show.py): the bot restores its shape from here at
start, season-2 tracking writes what TVmaze lists, the CLI checks content packs against it.

A season is stored whole: `replace_season` swaps its rows in one go, so a renumbering never leaves
half of an old list behind. Season 1 is bundled (bot/show.py) and never stored.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Sequence

import aiosqlite

from bot.show import EpisodeInfo
from db.times import decode_optional, encode, encode_optional


async def replace_season(
    conn: aiosqlite.Connection, season: int, episodes: Sequence[EpisodeInfo], *, source: str, now: dt.datetime
) -> None:
    await conn.execute("DELETE FROM show_episodes WHERE season = ?", (season,))
    await conn.executemany(
        "INSERT INTO show_episodes (season, number, title, airstamp, runtime, source, learned_at)"
        " VALUES (?, ?, ?, ?, ?, ?, ?)",
        [
            (season, e.number, e.title, encode_optional(e.airstamp), e.runtime, source, encode(now))
            for e in episodes
        ],
    )


async def load_episodes(conn: aiosqlite.Connection) -> list[EpisodeInfo]:
    cursor = await conn.execute(
        "SELECT season, number, title, airstamp, runtime FROM show_episodes ORDER BY season, number"
    )
    return [
        EpisodeInfo(
            int(row["season"]), int(row["number"]), row["title"], decode_optional(row["airstamp"]),
            None if row["runtime"] is None else int(row["runtime"]),
        )
        for row in await cursor.fetchall()
    ]
