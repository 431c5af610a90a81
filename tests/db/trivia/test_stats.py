"""Results, member stats and leaderboards."""

from __future__ import annotations

import datetime as dt
import json

from bot.show import NOTHING
from bot.trivia.model import Score
from db.connection import Database
from db.trivia import daily as daily_store
from db.trivia import games as game_store
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


async def test_leaderboard_by_average_points_per_game(db: Database) -> None:
    first = await new_game(db, 10)
    second = await new_game(db, 11)
    assert first is not None and second is not None
    await add_results(db, first, [Score(1, points=30), Score(2, points=25)], [1], at(1000))
    await add_results(db, second, [Score(1, points=0)], [], at(2000))
    async with db.read() as conn:
        average = await stats_store.leaderboard(conn, 1, since=None, sort="average")
    assert [(r.user_id, r.average) for r in average] == [(2, 25.0), (1, 15.0)]


async def test_leaderboard_by_games_played(db: Database) -> None:
    first = await new_game(db, 10)
    second = await new_game(db, 11)
    assert first is not None and second is not None
    await add_results(db, first, [Score(1, points=5), Score(2, points=50)], [2], at(1000))
    await add_results(db, second, [Score(1, points=5)], [], at(2000))
    async with db.read() as conn:
        games = await stats_store.leaderboard(conn, 1, since=None, sort="games")
    assert [(r.user_id, r.games) for r in games] == [(1, 2), (2, 1)]


async def test_leaderboard_shows_only_the_top_n(db: Database) -> None:
    game = await new_game(db)
    assert game is not None
    await add_results(db, game, [Score(user, points=user) for user in range(1, 8)], [7], at(1000))
    async with db.read() as conn:
        top = await stats_store.leaderboard(conn, 1, since=None, sort="points", limit=3)
    assert [r.user_id for r in top] == [7, 6, 5]


async def _game_of_list(db: Database, channel_id: int, list_name: str) -> int:
    game = await new_game(db, channel_id)
    assert game is not None
    async with db.transaction() as conn:
        await conn.execute(
            "UPDATE trivia_game_questions SET question_json = ? WHERE game_id = ?",
            (json.dumps({"id": "q", "list_name": list_name}), game),
        )
    return game


async def test_leaderboard_of_one_list_counts_only_games_that_drew_from_it(db: Database) -> None:
    geography = await _game_of_list(db, 10, "geography")
    aouad = await _game_of_list(db, 11, "aouad")
    await add_results(db, geography, [Score(1, points=10), Score(2, points=5)], [1], at(1000))
    await add_results(db, aouad, [Score(2, points=90)], [2], at(2000))
    async with db.read() as conn:
        board = await stats_store.leaderboard(conn, 1, since=None, sort="points", list_name="geography")
        everything = await stats_store.leaderboard(conn, 1, since=None, sort="points")
    assert [(r.user_id, r.points) for r in board] == [(1, 10), (2, 5)]
    assert [(r.user_id, r.points) for r in everything] == [(2, 95), (1, 10)]


async def test_a_list_board_outlives_the_pruned_question_snapshots(db: Database) -> None:
    game = await _game_of_list(db, 10, "geography")
    await add_results(db, game, [Score(1, points=10)], [1], at(1000))
    async with db.transaction() as conn:
        await conn.execute("DELETE FROM trivia_game_questions")
    async with db.read() as conn:
        board = await stats_store.leaderboard(conn, 1, since=None, sort="points", list_name="geography")
    assert [r.user_id for r in board] == [1]


async def test_the_global_board_since_a_day_counts_only_the_games_finished_since(db: Database) -> None:
    old = await new_game(db, 10)
    new = await new_game(db, 11)
    assert old is not None and new is not None
    await add_results(db, old, [Score(1, points=90, correct=9)], [1], at(1000))
    await add_results(db, new, [Score(2, points=10, correct=1)], [2], at(2000))
    async with db.read() as conn:
        ever = await stats_store.global_leaderboard(conn, 1, since=None, sort="points")
        recent = await stats_store.global_leaderboard(conn, 1, since=at(1500), sort="points")
    assert [s.user_id for s, _ in ever] == [1, 2]
    assert [s.user_id for s, _ in recent] == [2]


async def _daily_answers(db: Database, answers: list[tuple[int, str, bool]], guild_id: int = 1) -> None:
    """Members' answers to a daily question in channel 10 of `guild_id`: (member, day, right)."""
    async with db.transaction() as conn:
        await daily_store.set_daily(conn, 10, guild_id, "09:00", NOTHING, True)
        for user_id, day, right in answers:
            await daily_store.insert_daily_answer(conn, 10, day, user_id, 1, right)


async def test_a_right_daily_answer_is_a_point_on_the_servers_board_without_a_game(db: Database) -> None:
    await _daily_answers(db, [(1, "20260301", True), (1, "20260302", True), (2, "20260301", True), (3, "20260301", False)])
    async with db.read() as conn:
        board = await stats_store.leaderboard(conn, 1, since=None, sort="points")
    assert [(r.user_id, r.points, r.correct, r.wrong, r.games) for r in board] == [
        (1, 2, 2, 0, 0), (2, 1, 1, 0, 0), (3, 0, 0, 1, 0)
    ]


async def test_daily_answers_and_games_add_up_on_one_board(db: Database) -> None:
    game = await new_game(db)
    assert game is not None
    await add_results(db, game, [Score(2, points=1, correct=1)], [2], at(1000))
    await _daily_answers(db, [(1, "20260301", True), (2, "20260301", True)])
    async with db.read() as conn:
        board = await stats_store.leaderboard(conn, 1, since=None, sort="points")
    assert [(r.user_id, r.points) for r in board] == [(2, 2), (1, 1)]


async def test_a_daily_answer_counts_on_the_board_of_the_period_its_day_falls_in(db: Database) -> None:
    await _daily_answers(db, [(1, "20260331", True), (2, "20260401", True)])
    april = dt.datetime(2026, 4, 1, tzinfo=dt.UTC)
    async with db.read() as conn:
        this_month = await stats_store.leaderboard(conn, 1, since=april, sort="points")
        ever = await stats_store.leaderboard(conn, 1, since=None, sort="points")
    assert [r.user_id for r in this_month] == [2]
    assert sorted(r.user_id for r in ever) == [1, 2]


async def test_another_servers_daily_answers_and_a_private_player_stay_off_the_board(db: Database) -> None:
    await _daily_answers(db, [(1, "20260301", True)], guild_id=2)
    async with db.transaction() as conn:
        await daily_store.set_daily(conn, 20, 1, "09:00", NOTHING, True)
        await daily_store.insert_daily_answer(conn, 20, "20260301", 5, 1, True)
        await stats_store.set_private(conn, 5, True, at(0))
    async with db.read() as conn:
        assert await stats_store.leaderboard(conn, 1, since=None, sort="points") == []


async def test_a_board_of_one_list_counts_its_games_only(db: Database) -> None:
    await _daily_answers(db, [(1, "20260301", True)])
    async with db.read() as conn:
        assert await stats_store.leaderboard(conn, 1, since=None, sort="points", list_name="fan-quiz") == []


async def test_a_board_by_average_ranks_a_daily_only_player_by_points(db: Database) -> None:
    await _daily_answers(db, [(1, "20260301", True), (2, "20260301", False)])
    async with db.read() as conn:
        board = await stats_store.leaderboard(conn, 1, since=None, sort="average")
    assert [r.user_id for r in board] == [1, 2]


async def test_a_board_by_average_divides_only_the_games_points_by_the_games(db: Database) -> None:
    game = await new_game(db)
    assert game is not None
    await add_results(db, game, [Score(1, points=2, correct=2), Score(2, points=4, correct=4)], [2], at(1000))
    await _daily_answers(db, [(1, f"202603{day:02}", True) for day in range(1, 6)])
    async with db.read() as conn:
        board = await stats_store.leaderboard(conn, 1, since=None, sort="average")
    assert [(r.user_id, r.points, r.average) for r in board] == [(2, 4, 4.0), (1, 7, 2.0)]


async def test_a_game_ended_with_nobody_scoring_counts_as_played_in_its_server_period_and_list(db: Database) -> None:
    game = await _game_of_list(db, 10, "geography")
    async with db.transaction() as conn:
        await game_store.end_game(conn, game, "finished", "questions ran out", at(1000))
        await stats_store.record_results(conn, game, 1, [], [], at(1000))  # nobody answered
    async with db.read() as conn:
        played = [await stats_store.any_game_ended(conn, guild, since=since, list_name=name)
                  for guild, since, name in ((1, None, None), (None, None, None), (1, at(500), "geography"),
                                             (2, None, None), (1, at(1500), None), (1, None, "aouad"))]
    assert played == [True, True, True, False, False, False]
