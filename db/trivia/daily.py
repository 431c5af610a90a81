"""Daily questions: each channel's posting time and the day's question, members' answers and streaks.

Days are calendar day keys (YYYYMMDD, UTC) and post times HH:MM: dates on the calendar, not moments,
so they are not in the time encoding of db/times.py.
"""

from __future__ import annotations

import json

import aiosqlite

from bot.show import Position
from bot.trivia.model import DailyChannel, DailyStreak


def _daily(row: aiosqlite.Row) -> DailyChannel:
    return DailyChannel(
        channel_id=int(row["channel_id"]),
        guild_id=int(row["guild_id"]),
        post_time=str(row["post_time"]),
        gate=Position.from_code(int(row["gate"])),
        enabled=bool(row["enabled"]),
        day=row["day"],
        question_id=row["question_id"],
        question_json=row["question_json"],
        message_id=row["message_id"],
        stopped_reason=row["stopped_reason"],
        stopped_on=row["stopped_on"],
        lists=None if row["lists"] is None else tuple(str(name) for name in json.loads(row["lists"])),
    )


async def set_daily(
    conn: aiosqlite.Connection, channel_id: int, guild_id: int, post_time: str, gate: Position, enabled: bool
) -> None:
    await conn.execute(
        "INSERT INTO trivia_daily (channel_id, guild_id, post_time, gate, enabled) VALUES (?, ?, ?, ?, ?)"
        " ON CONFLICT (channel_id) DO UPDATE SET post_time = excluded.post_time, gate = excluded.gate,"
        " enabled = excluded.enabled, stopped_reason = NULL, stopped_on = NULL, stop_told = 1",
        (channel_id, guild_id, post_time, gate.code, int(enabled)),
    )


async def set_daily_lists(conn: aiosqlite.Connection, channel_id: int, lists: tuple[str, ...] | None) -> None:
    """The lists and categories a channel's daily question draws from (None: the default)."""
    await conn.execute(
        "UPDATE trivia_daily SET lists = ? WHERE channel_id = ?",
        (None if lists is None else json.dumps(list(lists), ensure_ascii=False), channel_id),
    )


async def stop_daily(conn: aiosqlite.Connection, channel_id: int, reason: str, day: str) -> bool:
    """The bot turns a channel's daily question off itself (why, on which day), for a moderator to
    be told; False when it was not on."""
    cursor = await conn.execute(
        "UPDATE trivia_daily SET enabled = 0, stopped_reason = ?, stopped_on = ?, stop_told = 0"
        " WHERE channel_id = ? AND enabled = 1",
        (reason, day, channel_id),
    )
    return cursor.rowcount == 1


async def has_untold_stops(conn: aiosqlite.Connection, guild_id: int) -> bool:
    cursor = await conn.execute("SELECT 1 FROM trivia_daily WHERE guild_id = ? AND stop_told = 0 LIMIT 1", (guild_id,))
    return await cursor.fetchone() is not None


async def take_untold_stops(conn: aiosqlite.Connection, guild_id: int) -> list[DailyChannel]:
    """A server's daily questions the bot turned off that no moderator has been told about yet,
    marked told (call inside the transaction that tells, or give them back with `untell_stops`)."""
    cursor = await conn.execute(
        "SELECT * FROM trivia_daily WHERE guild_id = ? AND stop_told = 0 ORDER BY channel_id", (guild_id,)
    )
    rows = [_daily(row) for row in await cursor.fetchall()]
    await conn.execute("UPDATE trivia_daily SET stop_told = 1 WHERE guild_id = ? AND stop_told = 0", (guild_id,))
    return rows


async def untell_stops(conn: aiosqlite.Connection, channel_ids: list[int]) -> None:
    """The telling failed: these stops wait for the next moderator again (unless set since)."""
    await conn.executemany(
        "UPDATE trivia_daily SET stop_told = 0 WHERE channel_id = ? AND stopped_reason IS NOT NULL",
        [(channel_id,) for channel_id in channel_ids],
    )


async def get_daily(conn: aiosqlite.Connection, channel_id: int) -> DailyChannel | None:
    cursor = await conn.execute("SELECT * FROM trivia_daily WHERE channel_id = ?", (channel_id,))
    row = await cursor.fetchone()
    return None if row is None else _daily(row)


async def all_daily(conn: aiosqlite.Connection) -> list[DailyChannel]:
    cursor = await conn.execute("SELECT * FROM trivia_daily WHERE enabled = 1 ORDER BY channel_id")
    return [_daily(row) for row in await cursor.fetchall()]


async def guild_daily(conn: aiosqlite.Connection, guild_id: int) -> list[DailyChannel]:
    """A server's daily-question channels, turned off ones included (why the bot turned one off)."""
    cursor = await conn.execute("SELECT * FROM trivia_daily WHERE guild_id = ? ORDER BY channel_id", (guild_id,))
    return [_daily(row) for row in await cursor.fetchall()]


async def set_daily_question(
    conn: aiosqlite.Connection, channel_id: int, day: str, question_id: str, question_json: str
) -> bool:
    """Claim the day's question for a channel; False when that day already has one."""
    cursor = await conn.execute(
        "UPDATE trivia_daily SET day = ?, question_id = ?, question_json = ?, message_id = NULL"
        " WHERE channel_id = ? AND (day IS NULL OR day <> ?)",
        (day, question_id, question_json, channel_id, day),
    )
    if cursor.rowcount != 1:
        return False
    await conn.execute(
        "INSERT OR REPLACE INTO trivia_daily_asked (channel_id, day, question_id) VALUES (?, ?, ?)",
        (channel_id, day, question_id),
    )
    return True


async def release_daily_question(
    conn: aiosqlite.Connection, channel_id: int, day: str,
    before: tuple[str, str, str, int] | None,
) -> bool:
    """Give back a day's claim whose question was never posted (the bot stopped first): the channel
    has its previous day's question again (`before`: its day, question id, question and message;
    None: none), so the next start posts today's. False when the claim was posted or is gone."""
    day_before, question_id, question_json, message_id = before or (None, None, None, None)
    cursor = await conn.execute(
        "UPDATE trivia_daily SET day = ?, question_id = ?, question_json = ?, message_id = ?"
        " WHERE channel_id = ? AND day = ? AND message_id IS NULL",
        (day_before, question_id, question_json, message_id, channel_id, day),
    )
    if cursor.rowcount != 1:
        return False
    await conn.execute("DELETE FROM trivia_daily_asked WHERE channel_id = ? AND day = ?", (channel_id, day))
    return True


async def asked_before(conn: aiosqlite.Connection, channel_id: int, limit: int = 2000) -> list[str]:
    """The questions a channel's daily question asked, the most recent first."""
    cursor = await conn.execute(
        "SELECT question_id FROM trivia_daily_asked WHERE channel_id = ? ORDER BY day DESC LIMIT ?",
        (channel_id, limit),
    )
    return [str(row["question_id"]) for row in await cursor.fetchall()]


async def set_daily_message(conn: aiosqlite.Connection, channel_id: int, message_id: int) -> None:
    await conn.execute("UPDATE trivia_daily SET message_id = ? WHERE channel_id = ?", (message_id, channel_id))


async def insert_daily_answer(
    conn: aiosqlite.Connection, channel_id: int, day: str, user_id: int, choice: int, correct: bool
) -> bool:
    """Record a member's answer to the day's question; False when they had already answered."""
    cursor = await conn.execute(
        "INSERT INTO trivia_daily_answers (channel_id, day, user_id, choice, correct) VALUES (?, ?, ?, ?, ?)"
        " ON CONFLICT DO NOTHING",
        (channel_id, day, user_id, choice, int(correct)),
    )
    return cursor.rowcount == 1


async def get_daily_streak(conn: aiosqlite.Connection, channel_id: int, user_id: int) -> DailyStreak:
    cursor = await conn.execute(
        "SELECT streak, best_streak, last_correct_day FROM trivia_daily_streaks WHERE channel_id = ? AND user_id = ?",
        (channel_id, user_id),
    )
    row = await cursor.fetchone()
    if row is None:
        return DailyStreak(0, 0, None)
    return DailyStreak(int(row[0]), int(row[1]), row[2])


async def put_daily_streak(conn: aiosqlite.Connection, channel_id: int, user_id: int, streak: DailyStreak) -> None:
    await conn.execute(
        "INSERT INTO trivia_daily_streaks (channel_id, user_id, streak, best_streak, last_correct_day)"
        " VALUES (?, ?, ?, ?, ?) ON CONFLICT (channel_id, user_id) DO UPDATE SET streak = excluded.streak,"
        " best_streak = excluded.best_streak, last_correct_day = excluded.last_correct_day",
        (channel_id, user_id, streak.streak, streak.best_streak, streak.last_correct_day),
    )


async def asked_on(conn: aiosqlite.Connection, channel_id: int, day: str) -> str | None:
    """The question a channel's daily question asked on `day`."""
    cursor = await conn.execute(
        "SELECT question_id FROM trivia_daily_asked WHERE channel_id = ? AND day = ?", (channel_id, day)
    )
    row = await cursor.fetchone()
    return None if row is None else str(row["question_id"])
