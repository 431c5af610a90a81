"""Pruning what finished trivia games leave behind (db/trivia/retention.py): the detail goes, what
stats, leaderboards and the no-repeat rule read stays."""

from __future__ import annotations

import datetime as dt

from bot.show import NOTHING
from bot.trivia.model import Score
from db.connection import Database
from db.trivia import answers as answer_store
from db.trivia import daily as daily_store
from db.trivia import games as game_store
from db.trivia import retention as retention_db
from db.trivia import settings as settings_store
from db.trivia import stats as stats_store
from tests.db.trivia.helpers import add_results, at, new_game

LATER = at(100) + dt.timedelta(days=60)


async def _played(db: Database, channel_id: int, ended: bool = True) -> int:
    game_id = await new_game(db, channel_id)
    assert game_id is not None
    async with db.transaction() as conn:
        await answer_store.insert_answer(conn, game_id, 0, 7, choice=1, correct=True, elapsed_ms=900, now=at(101))
        await answer_store.set_guess_counts(conn, {(game_id, 0, 8): (1, "wrong")})
        await answer_store.add_hint(conn, game_id, 0, 7, at(101))
        await game_store.save_scores(conn, game_id, [Score(7, points=10, correct=1)])
        if ended:
            await game_store.end_game(conn, game_id, "finished", "won", at(130))
    if ended:
        await add_results(db, game_id, [Score(7, points=10, correct=1)], [7], at(130))
    return game_id


async def _prune(db: Database, default_no_repeat: int = 5) -> dict[str, int]:
    async with db.transaction() as conn:
        return await retention_db.prune_finished_games(
            conn, ended_before=LATER, default_no_repeat=default_no_repeat
        )


async def test_a_finished_games_answers_guesses_hints_and_running_scores_go_and_its_stats_stay(db: Database) -> None:
    game_id = await _played(db, 10)
    async with db.read() as conn:
        board_before = await stats_store.leaderboard(conn, 1, since=None, sort="points")
    removed = await _prune(db)
    assert removed["answers"] == removed["guesses"] == removed["hints"] == removed["running scores"] == 1
    async with db.read() as conn:
        assert await answer_store.count_answers(conn, game_id) == 0
        assert await answer_store.total_guesses(conn, game_id) == 0
        assert await stats_store.leaderboard(conn, 1, since=None, sort="points") == board_before
        assert await stats_store.leaderboard(conn, 1, since=at(0), sort="wins") != []
        assert await stats_store.member_stats(conn, 1, 7) is not None


async def test_a_running_game_is_never_touched(db: Database) -> None:
    game_id = await _played(db, 10, ended=False)
    removed = await _prune(db)
    assert sum(removed.values()) == 0
    async with db.read() as conn:
        assert await answer_store.count_answers(conn, game_id) == 1
        assert await game_store.get_game_question(conn, game_id, 0) is not None


async def test_question_snapshots_stay_for_as_many_games_as_the_no_repeat_rule_reads(db: Database) -> None:
    old, recent = await _played(db, 10), await _played(db, 11)
    removed = await _prune(db, default_no_repeat=1)
    assert removed["question snapshots"] == 2  # the older game's two questions
    async with db.read() as conn:
        assert await game_store.get_game_question(conn, old, 0) is None
        assert await game_store.get_game_question(conn, recent, 0) is not None
        assert await game_store.recent_question_ids(conn, 1, 1) == {"q1", "q2"}


async def test_a_servers_own_no_repeat_setting_decides_how_many_snapshots_stay(db: Database) -> None:
    games = [await _played(db, 10 + i) for i in range(3)]
    async with db.transaction() as conn:
        await settings_store.update_settings(conn, 1, no_repeat_games=2)
    await _prune(db, default_no_repeat=0)
    async with db.read() as conn:
        kept = [g for g in games if await game_store.get_game_question(conn, g, 0) is not None]
    assert kept == games[1:]


async def test_past_daily_answers_stay_for_the_boards_that_count_them(db: Database) -> None:
    async with db.transaction() as conn:
        await daily_store.set_daily(conn, 10, 1, "09:00", NOTHING, True)
        await daily_store.insert_daily_answer(conn, 10, "19700101", 7, 1, True)
    removed = await _prune(db)
    async with db.read() as conn:
        board = await stats_store.leaderboard(conn, 1, since=None, sort="points")
    assert "daily answers" not in removed
    assert [(r.user_id, r.points) for r in board] == [(7, 1)]
