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
        await answer_store.set_guess_counts(conn, {(game_id, 0, 7): (2, "wrong"), (game_id, 0, 8): (1, "close")})
        await answer_store.set_guess_counts(conn, {(game_id, 0, 7): (3, "wrong")})
    async with db.read() as conn:
        counts = await answer_store.guess_counts(conn, [(game_id, 0, 7), (game_id, 0, 8), (game_id, 0, 9)])
        total = await answer_store.total_guesses(conn, game_id)
    assert counts == {(game_id, 0, 7): 3, (game_id, 0, 8): 1} and total == 4


async def test_answers_are_found_among_many_keys_at_once(db: Database) -> None:
    game_id = await new_game(db)
    assert game_id is not None
    async with db.transaction() as conn:
        await answer_store.insert_answers(conn, [(game_id, 0, 7, 1, True, 10, at(101)), (game_id, 0, 8, 0, False, 20, at(102))])
        await answer_store.insert_answers(conn, [(game_id, 0, 7, 3, False, 30, at(103))])  # the first one counts
    async with db.read() as conn:
        found = await answer_store.answered_among(conn, [(game_id, 0, 7), (game_id, 0, 9), (game_id, 1, 8)])
        answers = await answer_store.answers_for(conn, game_id, 0)
    assert found == {(game_id, 0, 7)}
    assert [(a.user_id, a.choice) for a in answers] == [(7, 1), (8, 0)]
