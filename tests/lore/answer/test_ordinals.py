"""A year asked by its ordinal against the one a record gives (bot/lore/answer/ordinals.py)."""

from __future__ import annotations

from bot.lore.answer.ordinals import ordinals, other_ordinal

RECORD = "The main group of students belongs to class 2-5 (second year, class 5)."


def test_a_year_is_read_in_words_or_digits() -> None:
    assert ordinals("are they 1st-years") == {1} and ordinals("second year, class 5") == {2}


def test_another_year_than_the_record_gives_is_a_mismatch() -> None:
    assert other_ordinal("are they first years", RECORD)


def test_the_year_the_record_gives_is_no_mismatch() -> None:
    assert not other_ordinal("are they second year students", RECORD)


def test_a_question_naming_no_year_by_ordinal_is_never_a_mismatch() -> None:
    assert not other_ordinal("what year did it come out", RECORD)
