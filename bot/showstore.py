"""The show's shape as the bot last learned it: season 1 as bundled plus the episodes of later
seasons the sources listed (db/show.py). The bot restores its one `ShowShape` from here at start
(before any feature reads it); the CLI checks content packs against the same shape."""

from __future__ import annotations

from bot.show import EpisodeInfo, ShowShape
from db import show as show_db
from db.connection import Database


async def restore_show(database: Database, show: ShowShape) -> int:
    """Grow `show` with the episodes learned before; returns how many there were."""
    async with database.read() as conn:
        stored = await show_db.load_episodes(conn)
    by_season: dict[int, list[EpisodeInfo]] = {}
    for info in stored:
        by_season.setdefault(info.season, []).append(info)
    for season, infos in by_season.items():
        show.add_episodes(season, infos)
    return len(stored)


async def load_show(database: Database) -> ShowShape:
    """Season 1 plus every episode learned: the shape a running bot would have."""
    show = ShowShape.season_one()
    await restore_show(database, show)
    return show
