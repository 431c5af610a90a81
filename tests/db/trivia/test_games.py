"""Games: one active game per channel, a question closes once, recent questions."""

from __future__ import annotations

import asyncio

from db.connection import Database
from db.trivia import games as game_store
from tests.db.trivia.helpers import at, new_game


async def test_a_channel_holds_one_active_game(db: Database) -> None:
    assert await new_game(db) is not None
    assert await new_game(db) is None
    async with db.read() as conn:
        games = await game_store.active_games(conn)
    assert len(games) == 1


async def test_simultaneous_creates_leave_exactly_one_game(db: Database) -> None:
    results = await asyncio.gather(*(new_game(db) for _ in range(5)))
    assert sum(r is not None for r in results) == 1


async def test_an_ended_game_frees_the_channel(db: Database) -> None:
    game_id = await new_game(db)
    assert game_id is not None
    async with db.transaction() as conn:
        assert await game_store.end_game(conn, game_id, "stopped", "stopped", at(130))
        assert not await game_store.end_game(conn, game_id, "stopped", "stopped", at(131))
    assert await new_game(db) is not None


async def test_a_question_closes_once(db: Database) -> None:
    game_id = await new_game(db)
    assert game_id is not None
    async with db.transaction() as conn:
        assert await game_store.close_question(conn, game_id, 0, 7)
        assert not await game_store.close_question(conn, game_id, 0, 8)


async def test_recent_question_ids_cover_the_last_games(db: Database) -> None:
    game_id = await new_game(db)
    assert game_id is not None
    async with db.read() as conn:
        assert await game_store.recent_question_ids(conn, 1, 3) == {"q1", "q2"}
        assert await game_store.recent_question_ids(conn, 1, 0) == set()
