"""A Red list's CONFIG applied to a game's settings, with Red's meanings and clamped values."""

from __future__ import annotations

from bot.trivia.listconfig import RED_POINT, apply_list_config
from bot.trivia.model import TriviaSettings

BASE = TriviaSettings(guild_id=1)


def test_delay_is_the_answer_time_and_timeout_the_idle_stop() -> None:
    settings, notes = apply_list_config(BASE, {"delay": 30.0, "timeout": 300})
    assert settings.answer_seconds == 30 and settings.idle_seconds == 300
    assert "answer time 30 s" in notes


def test_the_answer_time_is_at_least_four_seconds() -> None:
    settings, _ = apply_list_config(BASE, {"delay": 1})
    assert settings.answer_seconds == 4


def test_huge_values_are_clamped() -> None:
    settings, _ = apply_list_config(BASE, {"delay": 10**9, "timeout": 10**12, "max_score": 10**9})
    assert settings.answer_seconds == 300 and settings.idle_seconds == 86_400 and settings.points_to_win == 10_000


def test_max_score_counts_red_points_as_right_answers() -> None:
    settings, _ = apply_list_config(BASE, {"max_score": 5})
    assert settings.points_to_win == 5 * RED_POINT


def test_the_switches_are_honoured() -> None:
    settings, _ = apply_list_config(BASE, {"reveal_answer": False, "bot_plays": True, "use_spoilers": True})
    assert not settings.reveal_answers and settings.bot_plays and settings.spoiler_answers


def test_values_of_the_wrong_kind_and_payout_are_ignored() -> None:
    settings, notes = apply_list_config(
        BASE, {"delay": "soon", "bot_plays": "yes", "max_score": True, "payout_multiplier": 2.0}
    )
    assert settings == BASE and notes == []
