"""db/trivia.py on a real SQLite file: the guards that make races harmless."""

from __future__ import annotations

import asyncio

from db import trivia as store
from db.connection import Database
from db.trivia import ScoreRow, TriviaSettings


async def _create(db: Database, channel_id: int = 10) -> int | None:
    async with db.transaction() as conn:
        return await store.create_game(
            conn,
            guild_id=1,
            channel_id=channel_id,
            starter_id=5,
            mode="buttons",
            settings=TriviaSettings(guild_id=1),
            gate=0,
            clear_up_to=0,
            questions=[("q1", "{}"), ("q2", "{}")],
            category=None,
            difficulty=None,
            now=100.0,
            deadline=120.0,
        )


async def test_a_channel_holds_one_active_game(db: Database) -> None:
    assert await _create(db) is not None
    assert await _create(db) is None
    async with db.read() as conn:
        games = await store.active_games(conn)
    assert len(games) == 1


async def test_simultaneous_creates_leave_exactly_one_game(db: Database) -> None:
    results = await asyncio.gather(*(_create(db) for _ in range(5)))
    assert sum(r is not None for r in results) == 1


async def test_an_ended_game_frees_the_channel(db: Database) -> None:
    game_id = await _create(db)
    assert game_id is not None
    async with db.transaction() as conn:
        assert await store.end_game(conn, game_id, "stopped", "stopped", 130.0)
        assert not await store.end_game(conn, game_id, "stopped", "stopped", 131.0)
    assert await _create(db) is not None


async def test_a_player_answers_a_question_once(db: Database) -> None:
    game_id = await _create(db)
    assert game_id is not None
    async with db.transaction() as conn:
        first = await store.insert_answer(conn, game_id, 0, 7, choice=1, correct=True, elapsed_ms=10, now=101.0)
        second = await store.insert_answer(conn, game_id, 0, 7, choice=2, correct=False, elapsed_ms=20, now=102.0)
    assert (first, second) == (True, False)
    async with db.read() as conn:
        answers = await store.answers_for(conn, game_id, 0)
    assert [(a.user_id, a.choice) for a in answers] == [(7, 1)]


async def test_guesses_are_counted_per_player_per_question(db: Database) -> None:
    game_id = await _create(db)
    assert game_id is not None
    async with db.transaction() as conn:
        counts = [await store.bump_guess(conn, game_id, 0, 7, "wrong") for _ in range(3)]
        other = await store.bump_guess(conn, game_id, 0, 8, "wrong")
    assert counts == [1, 2, 3] and other == 1


async def test_a_question_closes_once(db: Database) -> None:
    game_id = await _create(db)
    assert game_id is not None
    async with db.transaction() as conn:
        assert await store.close_question(conn, game_id, 0, 7)
        assert not await store.close_question(conn, game_id, 0, 8)


async def test_settings_default_then_change(db: Database) -> None:
    async with db.read() as conn:
        assert (await store.get_settings(conn, 1)).answer_seconds == 20
    async with db.transaction() as conn:
        await store.update_settings(conn, 1, answer_seconds=7, disabled_lists=["b", "a"], reveal_answers=False)
    async with db.read() as conn:
        settings = await store.get_settings(conn, 1)
    assert settings.answer_seconds == 7
    assert settings.disabled_lists == ("a", "b")
    assert settings.reveal_answers is False
    assert TriviaSettings.from_json(settings.to_json()) == settings


async def _results(db: Database, game_id: int, rows: list[ScoreRow], winners: list[int], when: float) -> None:
    async with db.transaction() as conn:
        await store.record_results(conn, game_id, 1, rows, winners, when)


async def test_leaderboard_orders_by_points_then_wins(db: Database) -> None:
    first = await _create(db, 10)
    second = await _create(db, 11)
    assert first is not None and second is not None
    await _results(db, first, [ScoreRow(1, points=30, correct=3), ScoreRow(2, points=30, correct=3)], [1, 2], 1000.0)
    await _results(db, second, [ScoreRow(2, points=10, correct=1), ScoreRow(3, points=40, correct=4)], [3], 2000.0)
    async with db.read() as conn:
        by_points = await store.leaderboard(conn, 1, since=None, sort="points")
        by_wins = await store.leaderboard(conn, 1, since=None, sort="wins")
        recent = await store.leaderboard(conn, 1, since=1500.0, sort="points")
    # 2 and 3 both have 40 points and a win; 3 needed fewer games
    assert [r.user_id for r in by_points] == [3, 2, 1]
    assert [(r.user_id, r.wins) for r in by_wins] == [(3, 1), (2, 1), (1, 1)]
    assert [r.user_id for r in recent] == [3, 2]


async def test_leaderboard_by_accuracy_and_streak(db: Database) -> None:
    game = await _create(db)
    assert game is not None
    rows = [ScoreRow(1, correct=1, wrong=3, best_streak=1), ScoreRow(2, correct=3, wrong=1, best_streak=3)]
    await _results(db, game, rows, [], 1000.0)
    async with db.read() as conn:
        accuracy = await store.leaderboard(conn, 1, since=None, sort="accuracy")
        streak = await store.leaderboard(conn, 1, since=None, sort="streak")
    assert [r.user_id for r in accuracy] == [2, 1]
    assert [r.user_id for r in streak] == [2, 1]


async def test_member_stats_accumulate_over_games(db: Database) -> None:
    first = await _create(db, 10)
    second = await _create(db, 11)
    assert first is not None and second is not None
    await _results(db, first, [ScoreRow(1, points=20, correct=2, best_streak=2, fastest_ms=900)], [1], 1.0)
    await _results(db, second, [ScoreRow(1, points=5, wrong=2, best_streak=0, fastest_ms=None)], [], 2.0)
    async with db.read() as conn:
        stats = await store.member_stats(conn, 1, 1)
    assert stats is not None
    assert (stats.games, stats.points, stats.wins, stats.correct, stats.wrong) == (2, 25, 1, 2, 2)
    assert stats.best_streak == 2 and stats.fastest_ms == 900


async def test_recent_question_ids_cover_the_last_games(db: Database) -> None:
    game_id = await _create(db)
    assert game_id is not None
    async with db.read() as conn:
        assert await store.recent_question_ids(conn, 1, 3) == {"q1", "q2"}
        assert await store.recent_question_ids(conn, 1, 0) == set()


async def test_a_report_is_queued_once_per_member_and_reason(db: Database) -> None:
    async with db.transaction() as conn:
        kwargs = dict(guild_id=1, channel_id=10, game_id=None, question_id="q1", question_text="Q?",
                      spoils=0, reporter_id=7, reason="wrong", now=1.0)
        assert await store.add_report(conn, **kwargs)  # type: ignore[arg-type]
        assert not await store.add_report(conn, **kwargs)  # type: ignore[arg-type]
    async with db.read() as conn:
        reports = await store.open_reports(conn, 1)
    assert len(reports) == 1
    async with db.transaction() as conn:
        assert await store.resolve_report(conn, 1, reports[0].id)
    async with db.read() as conn:
        assert await store.open_reports(conn, 1) == []


async def test_the_daily_question_is_claimed_once_a_day(db: Database) -> None:
    async with db.transaction() as conn:
        await store.set_daily(conn, 10, 1, "09:00", 0, True)
        assert await store.set_daily_question(conn, 10, "2026-03-01", "q1", "{}")
        assert not await store.set_daily_question(conn, 10, "2026-03-01", "q2", "{}")
        assert await store.set_daily_question(conn, 10, "2026-03-02", "q2", "{}")
