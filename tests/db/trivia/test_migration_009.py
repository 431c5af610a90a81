"""Migration 009 moves the trivia tables' times to the database's one encoding, keeping every row and
every key, constraint and index, on a database whose rows were written before it (migrations 001-008)."""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import AsyncIterator
from pathlib import Path
from typing import Any

import aiosqlite
import pytest

from db import Database
from db.connection import bundled_migrations
from db.trivia import games as game_store
from db.trivia import lists as list_store
from db.trivia import reports as report_store
from db.trivia import stats as stats_store

# The moments the old code stored as UNIX seconds, and what they become.
STARTED = dt.datetime(2026, 3, 1, 12, 0, 5, 123456, tzinfo=dt.UTC)
POSTED = STARTED + dt.timedelta(seconds=30, microseconds=250)
DEADLINE = POSTED + dt.timedelta(seconds=20)
ENDED = dt.datetime(2026, 3, 1, 12, 5, tzinfo=dt.UTC)

TIME_COLUMNS = {
    "trivia_games": ("posted_at", "deadline", "last_answer_at", "started_at", "ended_at"),
    "trivia_answers": ("answered_at",),
    "trivia_results": ("finished_at",),
    "trivia_hints": ("taken_at",),
    "trivia_lists": ("imported_at",),
    "trivia_reports": ("created_at",),
}
TABLES = (
    "trivia_games", "trivia_game_questions", "trivia_answers", "trivia_guesses", "trivia_scores",
    "trivia_results", "trivia_hints", "trivia_member_stats", "trivia_settings", "trivia_lists",
    "trivia_reports", "trivia_daily", "trivia_daily_answers", "trivia_daily_streaks",
)
UP_TO_009 = [m for m in bundled_migrations() if m.version <= 9]
CHILDREN = ("trivia_game_questions", "trivia_answers", "trivia_guesses", "trivia_scores", "trivia_results", "trivia_hints")


def seconds(when: dt.datetime) -> float:
    return when.timestamp()


async def _write_rows_as_before(conn: aiosqlite.Connection) -> None:
    """Rows as the trivia code wrote them up to migration 008: times are UNIX seconds."""
    settings = '{"answer_seconds": 20, "guild_id": 1}'
    await conn.execute(
        "INSERT INTO trivia_games (id, guild_id, channel_id, starter_id, status, mode, settings_json, gate,"
        " clear_up_to, question_count, current_index, phase, posted_at, deadline, last_answer_at, category,"
        " difficulty, started_at, ended_at, end_reason) VALUES"
        " (1, 1, 10, 5, 'active', 'buttons', ?, 3, 0, 2, 1, 'asking', ?, ?, ?, 'cast', NULL, ?, NULL, NULL),"
        " (2, 1, 11, 5, 'finished', 'typed', ?, 0, 0, 1, 0, 'done', NULL, NULL, ?, NULL, 'hard', ?, ?, 'points')",
        (settings, seconds(POSTED), seconds(DEADLINE), seconds(POSTED), seconds(STARTED),
         settings, seconds(STARTED), seconds(STARTED), seconds(ENDED)),
    )
    await conn.execute(
        "INSERT INTO trivia_game_questions (game_id, q_index, question_id, question_json, message_id,"
        " reveal_message_id, closed, winner_id) VALUES (1, 0, 'q1', '{}', 100, 101, 1, NULL),"
        " (1, 1, 'q2', '{}', 102, NULL, 0, NULL), (2, 0, 'q3', '{}', 103, 104, 1, 7)"
    )
    await conn.execute(
        "INSERT INTO trivia_answers (game_id, q_index, user_id, choice, correct, elapsed_ms, answered_at)"
        " VALUES (1, 0, 7, 2, 1, 1500, ?), (2, 0, 7, NULL, 1, 900, ?)",
        (seconds(STARTED) + 1.5, seconds(STARTED) + 0.9),
    )
    await conn.execute(
        "INSERT INTO trivia_guesses (game_id, q_index, user_id, guesses, last_verdict) VALUES (2, 0, 8, 2, 'close')"
    )
    await conn.execute(
        "INSERT INTO trivia_scores (game_id, user_id, points, correct, wrong, streak, best_streak, fastest_ms)"
        " VALUES (1, 7, 19, 1, 0, 1, 1, 1500), (2, 7, 24, 1, 0, 1, 1, 900)"
    )
    await conn.execute(
        "INSERT INTO trivia_results (game_id, guild_id, user_id, points, correct, wrong, won, best_streak,"
        " fastest_ms, finished_at) VALUES (2, 1, 7, 24, 1, 0, 1, 1, 900, ?)",
        (seconds(ENDED),),
    )
    await conn.execute(
        "INSERT INTO trivia_hints (game_id, q_index, user_id, taken_at) VALUES (1, 0, 7, ?)", (seconds(STARTED) + 1,)
    )
    await conn.execute(
        "INSERT INTO trivia_member_stats (guild_id, user_id, games, correct, wrong, wins, points, best_streak,"
        " fastest_ms) VALUES (1, 7, 1, 1, 0, 1, 24, 1, 900)"
    )
    await conn.execute("INSERT INTO trivia_settings (guild_id, answer_seconds, bot_plays) VALUES (1, 30, 1)")
    await conn.execute(
        "INSERT INTO trivia_lists (guild_id, name, author, description, questions_json, question_count,"
        " imported_by, imported_at, config_json) VALUES (1, 'geo', 'someone', NULL, '[]', 0, 5, ?, '{\"delay\": 5}')",
        (seconds(STARTED),),
    )
    await conn.execute(
        "INSERT INTO trivia_reports (id, guild_id, channel_id, game_id, question_id, question_text, spoils,"
        " reporter_id, reason, status, created_at) VALUES (4, 1, 10, 2, 'q3', 'Q?', 0, 7, 'spoiler', 'open', ?)",
        (seconds(ENDED),),
    )
    await conn.execute(
        "INSERT INTO trivia_daily (channel_id, guild_id, post_time, gate, enabled, day, question_id,"
        " question_json, message_id) VALUES (10, 1, '09:00', 2, 1, '20260301', 'q1', '{}', 105)"
    )
    await conn.execute(
        "INSERT INTO trivia_daily_answers (channel_id, day, user_id, choice, correct) VALUES (10, '20260301', 7, 1, 1)"
    )
    await conn.execute(
        "INSERT INTO trivia_daily_streaks (channel_id, user_id, streak, best_streak, last_correct_day)"
        " VALUES (10, 7, 3, 4, '20260301')"
    )


async def _rows(conn: aiosqlite.Connection, table: str) -> list[dict[str, Any]]:
    cursor = await conn.execute(f"SELECT * FROM {table} ORDER BY rowid")
    return [dict(row) for row in await cursor.fetchall()]


async def _schema(conn: aiosqlite.Connection, table: str) -> dict[str, Any]:
    """Everything that defines a table but its time columns' declared type."""
    columns = [tuple(r) for r in await (await conn.execute(f"PRAGMA table_info({table})")).fetchall()]
    keys = [tuple(r) for r in await (await conn.execute(f"PRAGMA foreign_key_list({table})")).fetchall()]
    indexes = []
    for index in await (await conn.execute(f"PRAGMA index_list({table})")).fetchall():
        info = [tuple(r) for r in await (await conn.execute(f"PRAGMA index_info({index['name']})")).fetchall()]
        sql = await (await conn.execute("SELECT sql FROM sqlite_master WHERE name = ?", (index["name"],))).fetchone()
        indexes.append((index["name"], index["unique"], index["origin"], index["partial"], info, sql[0] if sql else None))
    row = await (await conn.execute("SELECT sql FROM sqlite_master WHERE type = 'table' AND name = ?", (table,))).fetchone()
    assert row is not None
    text = " ".join(re.sub(r"--[^\n]*", "", str(row[0])).split())
    return {
        "columns": [(c[1], c[3], c[4], c[5]) for c in columns],  # name, not null, default, primary key
        "types": {c[1]: c[2] for c in columns},
        "foreign_keys": keys,
        "indexes": sorted(indexes, key=lambda i: str(i[0])),
        "checks": sorted(re.findall(r"CHECK \(.*?\)\)?", text)),
        "unique": sorted(re.findall(r"UNIQUE \([^)]*\)", text)),
    }


@pytest.fixture
async def before_009(tmp_path: Path) -> AsyncIterator[Database]:
    database = await Database.open(tmp_path / "old.db", migrate=False)
    await database.migrate([m for m in bundled_migrations() if m.version < 9])
    async with database.transaction() as conn:
        await _write_rows_as_before(conn)
    try:
        yield database
    finally:
        await database.close()


async def test_every_trivia_time_becomes_the_one_encoding(before_009: Database) -> None:
    await before_009.migrate()
    async with before_009.read() as conn:
        games = {row["id"]: row for row in await _rows(conn, "trivia_games")}
        answered = [row["answered_at"] for row in await _rows(conn, "trivia_answers")]
        finished = [row["finished_at"] for row in await _rows(conn, "trivia_results")]
        taken = [row["taken_at"] for row in await _rows(conn, "trivia_hints")]
        imported = [row["imported_at"] for row in await _rows(conn, "trivia_lists")]
        created = [row["created_at"] for row in await _rows(conn, "trivia_reports")]
    assert (games[1]["started_at"], games[1]["posted_at"], games[1]["deadline"], games[1]["last_answer_at"]) == (
        "2026-03-01T12:00:05.123456Z", "2026-03-01T12:00:35.123706Z", "2026-03-01T12:00:55.123706Z",
        "2026-03-01T12:00:35.123706Z",
    )
    assert (games[1]["ended_at"], games[2]["posted_at"], games[2]["deadline"]) == (None, None, None)
    assert games[2]["ended_at"] == "2026-03-01T12:05:00.000000Z"
    assert answered == ["2026-03-01T12:00:06.623456Z", "2026-03-01T12:00:06.023456Z"]
    assert finished == created == ["2026-03-01T12:05:00.000000Z"]
    assert taken == ["2026-03-01T12:00:06.123456Z"]
    assert imported == ["2026-03-01T12:00:05.123456Z"]


async def test_every_row_and_every_other_value_is_kept(before_009: Database) -> None:
    async with before_009.read() as conn:
        old = {table: await _rows(conn, table) for table in TABLES}
    await before_009.migrate(UP_TO_009)  # 010 then turns episode numbers into positions
    async with before_009.read() as conn:
        new = {table: await _rows(conn, table) for table in TABLES}
    for table in TABLES:
        times = TIME_COLUMNS.get(table, ())
        assert len(new[table]) == len(old[table]) > 0, table
        strip = [{k: v for k, v in row.items() if k not in times} for row in old[table]]
        assert [{k: v for k, v in row.items() if k not in times} for row in new[table]] == strip, table


async def test_the_tables_keep_their_keys_constraints_and_indexes_and_declare_text_times(before_009: Database) -> None:
    async with before_009.read() as conn:
        old = {table: await _schema(conn, table) for table in TIME_COLUMNS | dict.fromkeys(CHILDREN)}
    await before_009.migrate(UP_TO_009)
    async with before_009.read() as conn:
        new = {table: await _schema(conn, table) for table in old}
    for table, before in old.items():
        after = new[table]
        times = TIME_COLUMNS.get(table, ())
        assert {k: v for k, v in after.items() if k != "types"} == {k: v for k, v in before.items() if k != "types"}
        assert {c: t for c, t in after["types"].items() if c not in times} == {
            c: t for c, t in before["types"].items() if c not in times
        }
        assert [after["types"][c] for c in times] == ["TEXT"] * len(times)
    assert [k[2:4] + k[5:7] for k in new["trivia_answers"]["foreign_keys"]] == [
        ("trivia_games", "game_id", "NO ACTION", "CASCADE")
    ]


async def test_deleting_a_game_still_deletes_its_rows_everywhere(before_009: Database) -> None:
    await before_009.migrate()
    async with before_009.transaction() as conn:
        assert await (await conn.execute("PRAGMA foreign_key_check")).fetchall() == []
        assert await (await conn.execute("SELECT name FROM sqlite_temp_master")).fetchall() == []
        await conn.execute("DELETE FROM trivia_games WHERE id = 2")
    async with before_009.read() as conn:
        for table in CHILDREN:
            cursor = await conn.execute(f"SELECT COUNT(*) FROM {table} WHERE game_id = 2")
            assert (await cursor.fetchone())[0] == 0, table  # type: ignore[index]
        cursor = await conn.execute("SELECT COUNT(*) FROM trivia_game_questions WHERE game_id = 1")
        assert (await cursor.fetchone())[0] == 2  # type: ignore[index]


async def test_the_trivia_code_reads_the_migrated_rows_as_the_same_moments(before_009: Database) -> None:
    await before_009.migrate()
    async with before_009.read() as conn:
        game = await game_store.get_game(conn, 1)
        finished = await game_store.get_game(conn, 2)
        since_start = await stats_store.leaderboard(conn, 1, since=STARTED, sort="points")
        since_end = await stats_store.leaderboard(conn, 1, since=ENDED + dt.timedelta(microseconds=1), sort="points")
        lists = await list_store.imported_lists(conn, 1)
        reports = await report_store.open_reports(conn, 1)
    assert game is not None and finished is not None
    assert (game.started_at, game.posted_at, game.deadline, game.ended_at) == (STARTED, POSTED, DEADLINE, None)
    assert finished.ended_at == ENDED and finished.deadline is None
    assert [r.user_id for r in since_start] == [7]
    assert [r.games for r in since_end] == [0]  # no game since it ended (that day's daily answer still counts)
    assert [row.imported_at for row in lists] == [STARTED]
    assert [row.created_at for row in reports] == [ENDED]
