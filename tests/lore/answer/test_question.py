"""What /ask takes (bot/lore/answer/question.py): a question cleaned, not empty, not too long."""

from __future__ import annotations

import pytest

from bot.lore.answer import QUESTION_LIMIT, QuestionError, prepare_question


def test_a_question_is_cleaned_before_it_is_answered() -> None:
    assert prepare_question("  who plays\u200b On-jo?  ") == "who plays On-jo?"


def test_an_empty_or_too_long_question_is_refused_with_what_to_do() -> None:
    with pytest.raises(QuestionError, match="for example"):
        prepare_question(" \u200b ")
    assert prepare_question("x" * QUESTION_LIMIT) == "x" * QUESTION_LIMIT
    with pytest.raises(QuestionError, match=f"under {QUESTION_LIMIT}"):
        prepare_question("x" * (QUESTION_LIMIT + 1))
