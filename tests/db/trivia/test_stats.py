"""Results, member stats and leaderboards."""

from __future__ import annotations

from bot.trivia.model import Score
from db.connection import Database
from db.trivia import stats as stats_store
from tests.db.trivia.helpers import add_results, at, new_game


async def test_leaderboard_orders_by_points_then_wins(db: Database) -> None:
    first = await new_game(db, 10)
    second = await new_game(db, 11)
    assert first is not None and second is not None
    await add_results(db, first, [Score(1, points=30, correct=3), Score(2, points=30, correct=3)], [1, 2], at(1000))
    await add_results(db, second, [Score(2, points=10, correct=1), Score(3, points=40, correct=4)], [3], at(2000))
    async with db.read() as conn:
        by_points = await stats_store.leaderboard(conn, 1, since=None, sort="points")
        by_wins = await stats_store.leaderboard(conn, 1, since=None, sort="wins")
        recent = await stats_store.leaderboard(conn, 1, since=at(1500), sort="points")
    # 2 and 3 both have 40 points and a win; 3 needed fewer games
    assert [r.user_id for r in by_points] == [3, 2, 1]
    assert [(r.user_id, r.wins) for r in by_wins] == [(3, 1), (2, 1), (1, 1)]
    assert [r.user_id for r in recent] == [3, 2]


async def test_leaderboard_by_accuracy_and_streak(db: Database) -> None:
    game = await new_game(db)
    assert game is not None
    rows = [Score(1, correct=1, wrong=3, best_streak=1), Score(2, correct=3, wrong=1, best_streak=3)]
    await add_results(db, game, rows, [], at(1000))
    async with db.read() as conn:
        accuracy = await stats_store.leaderboard(conn, 1, since=None, sort="accuracy")
        streak = await stats_store.leaderboard(conn, 1, since=None, sort="streak")
    assert [r.user_id for r in accuracy] == [2, 1]
    assert [r.user_id for r in streak] == [2, 1]


async def test_member_stats_accumulate_over_games(db: Database) -> None:
    first = await new_game(db, 10)
    second = await new_game(db, 11)
    assert first is not None and second is not None
    await add_results(db, first, [Score(1, points=20, correct=2, best_streak=2, fastest_ms=900)], [1], at(1))
    await add_results(db, second, [Score(1, points=5, wrong=2, best_streak=0, fastest_ms=None)], [], at(2))
    async with db.read() as conn:
        stats = await stats_store.member_stats(conn, 1, 1)
    assert stats is not None
    assert (stats.games, stats.points, stats.wins, stats.correct, stats.wrong) == (2, 25, 1, 2, 2)
    assert stats.best_streak == 2 and stats.fastest_ms == 900
