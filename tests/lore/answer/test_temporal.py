"""A moment said after a question (bot/lore/answer/temporal.py)."""

from __future__ import annotations

from bot.lore.answer.temporal import split_moment


def test_a_moment_after_someone_named_is_split_from_the_question() -> None:
    assert split_moment("who saves ent0 after ent1 leaves her") == ("who saves ent0", "ent1 leaves her")


def test_a_question_that_begins_with_when_is_no_moment() -> None:
    assert split_moment("when does ent0 die") is None
