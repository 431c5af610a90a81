"""The scoring rules: speed bonus, streaks, winners and ties."""

from __future__ import annotations

from bot.trivia.model import Score
from bot.trivia.scoring import (
    BASE_POINTS,
    SPEED_BONUS,
    Outcome,
    apply_question,
    points_for,
    reached_target,
    top_scorers,
)


def test_an_instant_answer_earns_the_full_speed_bonus() -> None:
    assert points_for(0, 20_000, 0) == BASE_POINTS + SPEED_BONUS


def test_an_answer_at_the_deadline_earns_no_speed_bonus() -> None:
    assert points_for(20_000, 20_000, 0) == BASE_POINTS


def test_a_streak_adds_a_capped_bonus() -> None:
    assert points_for(20_000, 20_000, 1) > points_for(20_000, 20_000, 0)
    assert points_for(20_000, 20_000, 50) == points_for(20_000, 20_000, 3)


def test_a_wrong_answer_earns_nothing_and_breaks_the_streak() -> None:
    rows = [Score(user_id=1, points=30, correct=2, streak=2, best_streak=2)]
    new, earned = apply_question(rows, [Outcome(1, False, 100)], 20_000)
    assert earned == {}
    assert new[0].points == 30 and new[0].streak == 0 and new[0].best_streak == 2 and new[0].wrong == 1


def test_not_answering_breaks_the_streak() -> None:
    rows = [Score(user_id=1, points=30, correct=2, streak=2, best_streak=2)]
    new, _ = apply_question(rows, [Outcome(2, True, 0)], 20_000)
    by_user = {r.user_id: r for r in new}
    assert by_user[1].streak == 0 and by_user[2].streak == 1


def test_the_fastest_answer_is_kept() -> None:
    rows, _ = apply_question([], [Outcome(1, True, 900)], 20_000)
    rows, _ = apply_question(rows, [Outcome(1, True, 400)], 20_000)
    rows, _ = apply_question(rows, [Outcome(1, True, 1200)], 20_000)
    assert rows[0].fastest_ms == 400


def test_players_level_on_the_target_share_the_win() -> None:
    rows = [Score(1, points=50), Score(2, points=50), Score(3, points=20)]
    assert reached_target(rows, 50) == [1, 2]


def test_nobody_wins_below_the_target() -> None:
    assert reached_target([Score(1, points=49)], 50) == []


def test_top_scorers_share_the_win_when_questions_run_out() -> None:
    rows = [Score(1, points=15), Score(2, points=15), Score(3, points=10)]
    assert top_scorers(rows) == [1, 2]


def test_nobody_wins_a_game_where_nobody_scored() -> None:
    assert top_scorers([Score(1, points=0, wrong=3)]) == []


def test_harder_questions_are_worth_more_base_points() -> None:
    from bot.trivia.scoring import base_points

    assert (base_points("easy"), base_points("medium"), base_points("hard")) == (10, 15, 20)


def test_a_hard_question_doubles_the_base_but_not_the_bonuses() -> None:
    _, earned = apply_question([], [Outcome(1, True, 20_000)], 20_000, difficulty="hard")
    assert earned == {1: 2 * BASE_POINTS}
    _, instant = apply_question([], [Outcome(1, True, 0)], 20_000, difficulty="hard")
    assert instant == {1: 2 * BASE_POINTS + SPEED_BONUS}


def test_a_hint_halves_the_points_and_keeps_the_streak() -> None:
    rows = [Score(user_id=1, points=10, correct=1, streak=1, best_streak=1)]
    plain, plain_earned = apply_question(rows, [Outcome(1, True, 0)], 20_000, difficulty="medium")
    hinted, hinted_earned = apply_question(rows, [Outcome(1, True, 0)], 20_000, difficulty="medium", hinted={1})
    assert hinted_earned[1] == (plain_earned[1] + 1) // 2
    assert hinted[0].streak == plain[0].streak == 2


def test_the_bot_scores_only_when_nobody_gets_it() -> None:
    from bot.trivia.scoring import BOT_PLAYER, base_points

    _, earned = apply_question([], [Outcome(1, False, 10)], 20_000, difficulty="hard", bot_plays=True)
    assert earned == {BOT_PLAYER: base_points("hard")}
    _, earned = apply_question([], [Outcome(1, True, 10)], 20_000, bot_plays=True)
    assert BOT_PLAYER not in earned
