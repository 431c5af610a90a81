"""The trivia cog's short private replies (cogs/trivia/render.py)."""

from __future__ import annotations

import datetime as dt

from bot.show import NOTHING, Position
from bot.trivia.daily import DailyAnswer
from bot.trivia.events import ClickResult
from bot.trivia.library import ListExport
from bot.trivia.model import DailyChannel, MemberStats, Question, Report, Score, TriviaSettings
from cogs.trivia import render, render_boards, render_choices
from cogs.trivia.render_daily import daily_stopped_text


def test_a_recorded_click_names_the_letter_and_mentions_the_hint_cost_only_when_hinted() -> None:
    assert "answer B" in render.click_reply(ClickResult("recorded"), 1)
    assert "half points" not in render.click_reply(ClickResult("recorded"), 1)
    assert "half points" in render.click_reply(ClickResult("recorded", hinted=True), 1)


def test_a_click_that_does_not_count_says_why() -> None:
    assert "first answer counts" in render.click_reply(ClickResult("already"), 0)
    assert render.click_reply(ClickResult("closed"), 0) == "This question is closed."
    assert render.click_reply(ClickResult("unknown"), 0) == "This game is over."


def test_a_correct_daily_answer_shows_the_streak() -> None:
    assert "streak here: 3 (best 4)" in render.daily_answer_reply(DailyAnswer("correct", 3, 4))
    assert "tomorrow" in render.daily_answer_reply(DailyAnswer("wrong"))


def test_a_close_guess_counts_the_guesses_left_in_good_english() -> None:
    assert "1 guess left" in render.close_guess_text(1)
    assert "2 guesses left" in render.close_guess_text(2)


def test_import_problems_are_quoted_and_cut_to_the_first_ten() -> None:
    text = render.import_problems_text([f"line {i}: @everyone" for i in range(12)])
    assert "@everyone" not in text
    assert "line 9" in text and "line 10" not in text and "(and 2 more)" in text


def test_an_export_says_how_many_questions_were_left_out_for_spoilers() -> None:
    assert render.export_text(ListExport("x", None, None, [], 0, Position(1, 12))) == "0 questions."
    assert "2 left out: they spoil past season 1, episode 4" in render.export_text(
        ListExport("x", None, None, [], 2, Position(1, 4))
    )
    assert "1 left out: they spoil episodes, and this channel has no spoiler mark" in render.export_text(
        ListExport("x", None, None, [], 1, NOTHING)
    )
    assert "replace the list without them" in render.export_text(ListExport("x", None, None, [], 1, NOTHING))


def test_autocomplete_choices_match_any_case_keep_order_and_stop_at_25() -> None:
    assert [c.value for c in render_choices.choices(["Cast", "episodes", "Webtoon"], "E")] == ["episodes", "Webtoon"]
    assert len(render_choices.choices([f"n{i}" for i in range(40)], "")) == 25
    assert render_choices.choices(["x" * 150], "")[0].name == "x" * 100


def test_a_right_answer_game_ranks_its_scores_by_right_answers() -> None:
    scores = [Score(1, points=90, correct=2), Score(2, points=40, correct=3)]
    lines = render.scores_lines(scores, by_right_answers=True).splitlines()
    assert lines[0].startswith("**1.** <@2>: 3 right") and lines[1].startswith("**2.** <@1>: 2 right")


def test_a_points_game_ranks_its_scores_by_points() -> None:
    scores = [Score(1, points=90, correct=2), Score(2, points=40, correct=3)]
    assert render.scores_lines(scores).splitlines()[0].startswith("**1.** <@1>: 90 pts")


def test_the_rule_of_a_game_whose_target_is_out_of_reach_names_only_the_fallback() -> None:
    rule = render.winning_rule(TriviaSettings(guild_id=1, right_answers_to_win=10), 5)
    assert rule == "The most right answers after the last question wins."


def test_a_points_target_within_reach_of_the_questions_is_named_and_one_out_of_reach_is_not() -> None:
    settings = TriviaSettings(guild_id=1, points_to_win=50)
    assert render.winning_rule(settings, 2).startswith("The first to 50 points wins")
    assert render.winning_rule(settings, 1) == "The top score after the question wins."


def test_a_report_queue_longer_than_shown_says_how_many_are_open() -> None:
    when = dt.datetime(2026, 3, 1, tzinfo=dt.UTC)
    rows = [Report(i, 1, 2, None, f"q{i}", f"Question {i}?", NOTHING, 7, "wrong", "open", when) for i in range(20)]
    assert render.reports_embed(rows, 34).footer.text.startswith("The oldest 20 of 34 open reports.")
    assert "open reports" not in str(render.reports_embed(rows, 20).footer.text)


def test_the_lists_say_what_each_built_in_list_is() -> None:
    from cogs.trivia.render_lists import lists_embed

    embed = lists_embed({"aouad": 215, "generated": 86}, [], ["cast"], TriviaSettings(guild_id=1), gate=NOTHING,
                        tag=lambda _: NOTHING)
    assert "**aouad**: 215 questions, built in (hand-written" in str(embed.description)
    assert "**generated**: 86 questions, built in (made from hyosan's lore)" in str(embed.description)


def test_a_button_label_whose_picked_options_spoil_past_the_gate_shows_only_its_letter() -> None:
    question = Question(
        "q", "Which studio made the promo?", ("Studio A",), choices=("Studio A", "Late reveal", "Studio B", "Studio C"),
        choices_spoils=Position(1, 5),
    )
    assert render.choice_label(question, 1, Position(1, 4)) == "B. Option B"
    assert render.choice_label(question, 1, Position(1, 5)) == "B. Late reveal"


def test_a_board_line_of_a_player_who_only_answered_daily_questions_shows_no_per_game_average() -> None:
    daily_only = MemberStats(user_id=7, games=0, correct=2, wrong=1, wins=0, points=2, best_streak=0, fastest_ms=None)
    line = str(render_boards.leaderboard_embed([daily_only], "month", "points").description)
    assert "**1.** <@7>: 2 pts" in line and "0 games" in line and "per game" not in line


def test_a_daily_question_a_kick_turned_off_says_to_turn_it_on_again() -> None:
    row = DailyChannel(7, 1, "12:00", NOTHING, False, None, None, None, None,
                       stopped_reason="the bot was removed from the server", stopped_on="20270104")
    text = daily_stopped_text([row])
    assert text == ("The daily question in <#7> is off since 4 January 2027: the bot was removed from the server.\n"
                    "Turn it on again with `/triviaset daily` (its channel and time).")
