"""Answers and typed guesses: one answer per player per question, guesses counted."""

from __future__ import annotations

from db.connection import Database
from db.trivia import answers as answer_store
from tests.db.trivia.helpers import at, new_game


async def test_a_player_answers_a_question_once(db: Database) -> None:
    game_id = await new_game(db)
    assert game_id is not None
    async with db.transaction() as conn:
        first = await answer_store.insert_answer(conn, game_id, 0, 7, choice=1, correct=True, elapsed_ms=10, now=at(101))
        second = await answer_store.insert_answer(conn, game_id, 0, 7, choice=2, correct=False, elapsed_ms=20, now=at(102))
    assert (first, second) == (True, False)
    async with db.read() as conn:
        answers = await answer_store.answers_for(conn, game_id, 0)
    assert [(a.user_id, a.choice) for a in answers] == [(7, 1)]


async def test_guesses_are_counted_per_player_per_question(db: Database) -> None:
    game_id = await new_game(db)
    assert game_id is not None
    async with db.transaction() as conn:
        counts = [await answer_store.bump_guess(conn, game_id, 0, 7, "wrong") for _ in range(3)]
        other = await answer_store.bump_guess(conn, game_id, 0, 8, "wrong")
    assert counts == [1, 2, 3] and other == 1
