"""A server's trivia settings (one row per guild; a guild without a row has the model's defaults)."""

from __future__ import annotations

import json
from typing import Any

import aiosqlite

from bot.trivia.model import TriviaSettings

# Field of TriviaSettings -> its column; the SQL below only ever names these columns.
_COLUMNS = {
    "answer_seconds": "answer_seconds",
    "points_to_win": "points_to_win",
    "reveal_answers": "reveal_answers",
    "pause_seconds": "pause_seconds",
    "start_policy": "start_policy",
    "start_role_id": "start_role_id",
    "max_guesses": "max_guesses",
    "idle_seconds": "idle_seconds",
    "no_repeat_games": "no_repeat_games",
    "disabled_lists": "disabled_lists_json",
    "disabled_categories": "disabled_categories_json",
    "lists_override": "lists_override",
    "bot_plays": "bot_plays",
    "spoiler_answers": "spoiler_answers",
}


def _stored(name: str, value: Any) -> Any:
    if name in ("disabled_lists", "disabled_categories"):
        return json.dumps(sorted(set(value)))
    if isinstance(value, bool):
        return int(value)
    return value


async def get_settings(conn: aiosqlite.Connection, guild_id: int) -> TriviaSettings:
    cursor = await conn.execute("SELECT * FROM trivia_settings WHERE guild_id = ?", (guild_id,))
    row = await cursor.fetchone()
    if row is None:
        return TriviaSettings(guild_id=guild_id)
    return TriviaSettings(
        guild_id=guild_id,
        answer_seconds=int(row["answer_seconds"]),
        points_to_win=int(row["points_to_win"]),
        reveal_answers=bool(row["reveal_answers"]),
        pause_seconds=int(row["pause_seconds"]),
        start_policy=str(row["start_policy"]),
        start_role_id=row["start_role_id"],
        max_guesses=int(row["max_guesses"]),
        idle_seconds=int(row["idle_seconds"]),
        no_repeat_games=int(row["no_repeat_games"]),
        disabled_lists=tuple(json.loads(row["disabled_lists_json"])),
        disabled_categories=tuple(json.loads(row["disabled_categories_json"])),
        lists_override=bool(row["lists_override"]),
        bot_plays=bool(row["bot_plays"]),
        spoiler_answers=bool(row["spoiler_answers"]),
    )


async def update_settings(conn: aiosqlite.Connection, guild_id: int, **changes: Any) -> None:
    """Change some settings of a guild (unknown names raise KeyError).

    A guild's first change stores the model's defaults for everything else, so the defaults live
    in one place (bot.trivia.model.TriviaSettings), not in the table's column defaults."""
    defaults = TriviaSettings(guild_id=guild_id)
    names = list(_COLUMNS)
    await conn.execute(
        "INSERT OR IGNORE INTO trivia_settings (guild_id, " + ", ".join(_COLUMNS[n] for n in names) + ")"
        " VALUES (?" + ", ?" * len(names) + ")",
        (guild_id, *(_stored(n, getattr(defaults, n)) for n in names)),
    )
    for name, value in changes.items():
        column = _COLUMNS[name]
        await conn.execute(
            f"UPDATE trivia_settings SET {column} = ? WHERE guild_id = ?", (_stored(name, value), guild_id)
        )
