"""A question about the end of something is never answered with its start (phases.py)."""

from __future__ import annotations

from bot.lore.answer.phases import other_phase


def test_a_start_alone_is_no_answer_to_when_it_ended() -> None:
    assert other_phase("when did filming end", "Park Ji-hu said shooting began in June 2020.")


def test_a_record_dated_otherwise_is_no_answer_to_when_it_ended() -> None:
    assert other_phase("when did they finish filming", "Netflix revealed the project in April 2020.")


def test_a_range_tells_both_ends() -> None:
    assert not other_phase("when did the webtoon end", "The webtoon ran from 2009 to 2011.")


def test_an_end_alone_is_no_answer_to_when_it_started() -> None:
    assert other_phase("when did filming start", "Filming reportedly wrapped on 18 February 2026.")


def test_a_start_is_asked_loosely() -> None:
    assert not other_phase("when did it start", "Season 1 premiered on 28 January 2022.")


def test_a_question_that_asks_neither_end_takes_any_record() -> None:
    assert not other_phase("when did they film it", "Park Ji-hu said shooting began in June 2020.")


def test_the_ending_is_the_storys_not_an_end_asked() -> None:
    assert not other_phase("when is the ending set", "The final scenes jump ahead to four months after the outbreak.")


def test_an_end_only_foreseen_is_no_answer_to_when_it_ended() -> None:
    assert other_phase("when did they finish filming", "Reports said filming was expected to wrap by mid-February.")


def test_one_actor_finishing_his_part_is_no_answer_to_when_the_shoot_ended() -> None:
    assert other_phase("when did filming end", "Lomon may already have finished his part, having joined a drama.")


def test_a_wrap_that_happened_answers_when_it_ended() -> None:
    assert not other_phase("when did they wrap", "Filming reportedly wrapped on 18 or 19 February 2026.")


def test_done_asks_for_the_end() -> None:
    assert other_phase("when was filming done", "Park Ji-hu said shooting began in June 2020.")
