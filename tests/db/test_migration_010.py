"""Migration 010 turns every episode number the database holds into a position (season, episode), on
a database whose rows were written before it (migrations 001-009): progress 7 becomes S1E7 (code
107), and so do channel marks, trivia gates, reports' and questions' spoiler tags."""

from __future__ import annotations

import json
import re
import sqlite3
from collections.abc import AsyncIterator
from pathlib import Path
from typing import Any

import aiosqlite
import pytest

from bot.lore import progress
from bot.show import NOTHING, EpisodeInfo, Position, ShowShape
from bot.trivia import snapshot
from db import Database
from db.connection import bundled_migrations
from db.trivia import daily as daily_store
from db.trivia import games as game_store
from db.trivia import lists as list_store
from db.trivia import reports as report_store

T0 = "2026-03-01T12:00:00.000000Z"


def question(qid: str, spoils: int, text: str = "Q?") -> dict[str, Any]:
    """A question as the trivia code wrote it before positions (bot/trivia/snapshot.py)."""
    return {
        "id": qid, "text": text, "answers": ["a", "b"], "choices": [], "category": "cast",
        "difficulty": "easy", "spoils": spoils, "explanation": None, "source": "Somebody, 2022", "list_name": "l",
    }


LIST = [question("l:1", 0, "Who plays On-jo?"), question("l:2", 5, "Qui meurt à l'épisode 5 ? 「청산」"),
        question("l:3", 12, "Who survives?"), question("l:4", 0)]


async def _write_rows_as_before(conn: aiosqlite.Connection) -> None:
    await conn.execute(
        "INSERT INTO lore_progress (guild_id, user_id, watched, updated_at) VALUES (1, 7, 7, ?), (1, 8, 0, ?),"
        " (0, 7, 12, ?)", (T0, T0, T0),
    )
    await conn.execute(
        "INSERT INTO lore_channel_marks (channel_id, guild_id, up_to, set_by, updated_at) VALUES"
        " (10, 1, 3, 99, ?), (11, 1, 0, NULL, ?), (12, 1, 12, 99, ?)", (T0, T0, T0),
    )
    settings = '{"answer_seconds": 20, "guild_id": 1}'
    await conn.execute(
        "INSERT INTO trivia_games (id, guild_id, channel_id, starter_id, status, mode, settings_json, gate,"
        " clear_up_to, question_count, current_index, phase, posted_at, deadline, last_answer_at, started_at)"
        " VALUES (1, 1, 10, 5, 'active', 'buttons', ?, 3, 0, 2, 0, 'asking', ?, ?, ?, ?),"
        " (2, 1, 11, 5, 'finished', 'typed', ?, 12, 12, 1, 0, 'done', NULL, NULL, ?, ?)",
        (settings, T0, T0, T0, T0, settings, T0, T0),
    )
    await conn.execute(
        "INSERT INTO trivia_game_questions (game_id, q_index, question_id, question_json) VALUES"
        " (1, 0, 'l:2', ?), (1, 1, 'l:1', ?), (2, 0, 'odd', '{}')",
        (json.dumps(LIST[1], ensure_ascii=False, sort_keys=True), json.dumps(LIST[0], sort_keys=True)),
    )
    await conn.execute(
        "INSERT INTO trivia_answers (game_id, q_index, user_id, choice, correct, elapsed_ms, answered_at)"
        " VALUES (1, 0, 7, 1, 1, 900, ?)", (T0,),
    )
    await conn.execute(
        "INSERT INTO trivia_lists (guild_id, name, author, description, questions_json, question_count,"
        " imported_by, imported_at, config_json) VALUES (1, 'l', NULL, NULL, ?, 4, 5, ?, '{}'),"
        " (1, 'empty', NULL, NULL, '[]', 0, 5, ?, '{}')",
        (json.dumps(LIST, ensure_ascii=False), T0, T0),
    )
    await conn.execute(
        "INSERT INTO trivia_reports (id, guild_id, channel_id, game_id, question_id, question_text, spoils,"
        " reporter_id, reason, status, created_at) VALUES (4, 1, 10, 1, 'l:2', 'Q?', 11, 7, 'spoiler', 'open', ?),"
        " (5, 1, 10, 1, 'l:1', 'Q?', 0, 8, 'wrong', 'open', ?)", (T0, T0),
    )
    await conn.execute(
        "INSERT INTO trivia_daily (channel_id, guild_id, post_time, gate, enabled, day, question_id, question_json)"
        " VALUES (10, 1, '09:00', 2, 1, '20260301', 'l:2', ?), (11, 1, '10:00', 0, 1, NULL, NULL, NULL)",
        (json.dumps(question("d", 9), sort_keys=True),),
    )


async def _rows(conn: aiosqlite.Connection, table: str) -> list[dict[str, Any]]:
    cursor = await conn.execute(f"SELECT * FROM {table} ORDER BY rowid")
    return [dict(row) for row in await cursor.fetchall()]


async def _table_sql(conn: aiosqlite.Connection, table: str) -> str:
    row = await (await conn.execute("SELECT sql FROM sqlite_master WHERE type = 'table' AND name = ?", (table,))).fetchone()
    assert row is not None
    return " ".join(re.sub(r"--[^\n]*", "", str(row[0])).split())


@pytest.fixture
async def before_010(tmp_path: Path) -> AsyncIterator[Database]:
    database = await Database.open(tmp_path / "old.db", migrate=False)
    await database.migrate([m for m in bundled_migrations() if m.version < 10])
    async with database.transaction() as conn:
        await _write_rows_as_before(conn)
    try:
        yield database
    finally:
        await database.close()


async def test_progress_and_marks_become_season_one_positions(before_010: Database) -> None:
    await before_010.migrate()
    assert await progress.get_progress(before_010, 1, 7) == Position(1, 7)
    assert await progress.get_progress(before_010, 1, 8) == NOTHING
    assert await progress.get_progress(before_010, None, 7) == Position(1, 12)
    assert await progress.get_channel_mark(before_010, 10) == Position(1, 3)
    assert await progress.get_channel_mark(before_010, 11) == NOTHING
    assert await progress.viewer_marks(before_010, 1, 12, 7) == progress.ViewerProgress(Position(1, 7), Position(1, 12))
    async with before_010.read() as conn:
        assert [r["watched"] for r in await _rows(conn, "lore_progress")] == [107, 0, 112]
        assert [r["up_to"] for r in await _rows(conn, "lore_channel_marks")] == [103, 0, 112]


async def test_trivia_gates_and_report_tags_become_positions(before_010: Database) -> None:
    await before_010.migrate()
    async with before_010.read() as conn:
        active = await game_store.get_game(conn, 1)
        finished = await game_store.get_game(conn, 2)
        reports = await report_store.open_reports(conn, 1)
        daily = await daily_store.get_daily(conn, 10)
        undrawn = await daily_store.get_daily(conn, 11)
    assert active is not None and (active.gate, active.clear_up_to) == (Position(1, 3), NOTHING)
    assert finished is not None and (finished.gate, finished.clear_up_to) == (Position(1, 12), Position(1, 12))
    assert [(r.id, r.spoils) for r in reports] == [(4, Position(1, 11)), (5, NOTHING)]
    assert daily is not None and daily.gate == Position(1, 2)
    assert daily.question_json is not None and snapshot.load_question(daily.question_json).spoils == Position(1, 9)
    assert undrawn is not None and (undrawn.gate, undrawn.question_json) == (NOTHING, None)


async def test_questions_kept_as_json_spoil_positions_and_keep_everything_else(before_010: Database) -> None:
    await before_010.migrate()
    async with before_010.read() as conn:
        imported = await list_store.get_list(conn, 1, "l")
        empty = await list_store.get_list(conn, 1, "empty")
        drawn = [await game_store.get_game_question(conn, 1, i) for i in (0, 1)]
        odd = await game_store.get_game_question(conn, 2, 0)
    assert imported is not None and imported.questions_json is not None
    stored = json.loads(imported.questions_json)
    assert [q["spoils"] for q in stored] == [0, 105, 112, 0]
    assert stored == [q | {"spoils": (100 + q["spoils"]) if q["spoils"] else 0} for q in LIST]  # order and text kept
    loaded = snapshot.load_questions(imported.questions_json)
    assert [q.spoils for q in loaded] == [NOTHING, Position(1, 5), Position(1, 12), NOTHING]
    assert loaded[1].text == "Qui meurt à l'épisode 5 ? 「청산」"
    assert empty is not None and empty.questions_json == "[]"
    assert [snapshot.load_question(row.question_json).spoils for row in drawn if row is not None] == [Position(1, 5), NOTHING]
    assert odd is not None and odd.question_json == "{}"


async def test_every_other_value_is_kept(before_010: Database) -> None:
    converted = {
        "lore_progress": ("watched",), "lore_channel_marks": ("up_to",), "trivia_games": ("gate", "clear_up_to"),
        "trivia_reports": ("spoils",), "trivia_daily": ("gate", "question_json"),
        "trivia_game_questions": ("question_json",), "trivia_lists": ("questions_json",),
    }
    tables = (*converted, "trivia_answers")
    async with before_010.read() as conn:
        old = {table: await _rows(conn, table) for table in tables}
    await before_010.migrate()
    async with before_010.read() as conn:
        new = {table: await _rows(conn, table) for table in tables}
    for table in tables:
        skip = converted.get(table, ())
        assert len(new[table]) == len(old[table]) > 0, table
        kept = [k for k in old[table][0] if k not in skip]  # columns later migrations add are not 010's
        assert [{k: r[k] for k in kept} for r in new[table]] == [{k: r[k] for k in kept} for r in old[table]], table


async def test_the_lore_tables_keep_their_shape_and_check_position_codes(before_010: Database) -> None:
    await before_010.migrate()
    async with before_010.transaction() as conn:
        progress_sql = await _table_sql(conn, "lore_progress")
        marks_sql = await _table_sql(conn, "lore_channel_marks")
        assert "PRIMARY KEY (guild_id, user_id)" in progress_sql and "channel_id INTEGER PRIMARY KEY" in marks_sql
        assert "BETWEEN 0 AND 12" not in progress_sql + marks_sql
        index = await (await conn.execute("SELECT sql FROM sqlite_master WHERE name = 'lore_channel_marks_guild'")).fetchone()
        assert index is not None
        await conn.execute("INSERT INTO lore_progress (guild_id, user_id, watched) VALUES (2, 7, 203)")
        await conn.execute("INSERT INTO lore_channel_marks (channel_id, guild_id, up_to) VALUES (20, 2, 201)")
        stamp = await (await conn.execute("SELECT updated_at FROM lore_progress WHERE guild_id = 2")).fetchone()
        assert stamp is not None and re.fullmatch(r"\d{4}-\d\d-\d\dT\d\d:\d\d:\d\d\.\d{6}Z", stamp[0])
        assert await (await conn.execute("PRAGMA foreign_key_check")).fetchall() == []
    for code in (7, 13, 100, 113 + 100 * 99, 1300, -1):
        with pytest.raises(sqlite3.IntegrityError):
            async with before_010.transaction() as conn:
                await conn.execute("INSERT INTO lore_progress (guild_id, user_id, watched) VALUES (3, 7, ?)", (code,))
    assert await progress.get_progress(before_010, 2, 7) == Position(2, 3)


async def test_a_deleted_game_still_takes_its_rows_with_it(before_010: Database) -> None:
    await before_010.migrate()
    async with before_010.transaction() as conn:
        await conn.execute("DELETE FROM trivia_games WHERE id = 1")
    async with before_010.read() as conn:
        for table in ("trivia_game_questions", "trivia_answers"):
            row = await (await conn.execute(f"SELECT COUNT(*) FROM {table} WHERE game_id = 1")).fetchone()
            assert row is not None and row[0] == 0, table


async def test_a_fresh_database_stores_a_season_two_position(tmp_path: Path) -> None:
    shape = ShowShape.season_one()
    shape.add_episodes(2, [EpisodeInfo(2, n) for n in range(1, 9)])
    database = await Database.open(tmp_path / "new.db")
    try:
        await progress.set_progress(database, 1, 7, Position(2, 8), shape=shape)
        await progress.set_channel_mark(database, 1, 10, Position(2, 1), shape=shape)
        marks = await progress.viewer_marks(database, 1, 10, 7)
        assert (marks.own, marks.channel) == (Position(2, 8), Position(2, 1))
        async with database.read() as conn:
            assert [r["watched"] for r in await _rows(conn, "lore_progress")] == [208]
    finally:
        await database.close()
