"""Migration 014 notes which lists each finished game drew from, filling in the games that ended
before it from the question snapshots still there."""

from __future__ import annotations

import json
from collections.abc import AsyncIterator
from pathlib import Path

import pytest

from db import Database
from db.connection import bundled_migrations
from db.trivia import stats as stats_store
from tests.db.trivia.helpers import new_game


@pytest.fixture
async def before_014(tmp_path: Path) -> AsyncIterator[Database]:
    database = await Database.open(tmp_path / "old.db", migrate=False)
    await database.migrate([m for m in bundled_migrations() if m.version < 14])
    try:
        yield database
    finally:
        await database.close()


async def test_games_that_ended_before_it_count_on_their_lists_boards(before_014: Database) -> None:
    game = await new_game(before_014)
    assert game is not None
    async with before_014.transaction() as conn:
        await conn.execute(
            "UPDATE trivia_game_questions SET question_json = ? WHERE game_id = ?",
            (json.dumps({"id": "q", "list_name": "geography"}), game),
        )
        await conn.execute(
            "INSERT INTO trivia_results (game_id, guild_id, user_id, points, correct, wrong, won, best_streak,"
            " fastest_ms, finished_at) VALUES (?, 1, 7, 20, 2, 0, 1, 2, NULL, ?)",
            (game, "2026-03-01T12:00:00.000000Z"),
        )
    await before_014.migrate()
    async with before_014.read() as conn:
        board = await stats_store.leaderboard(conn, 1, since=None, sort="points", list_name="geography")
    assert [(r.user_id, r.points) for r in board] == [(7, 20)]


async def test_a_game_without_results_is_not_noted(before_014: Database) -> None:
    game = await new_game(before_014)
    assert game is not None
    await before_014.migrate()
    async with before_014.read() as conn:
        cursor = await conn.execute("SELECT COUNT(*) FROM trivia_game_lists")
        row = await cursor.fetchone()
    assert row is not None and row[0] == 0
