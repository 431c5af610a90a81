"""A follow-up asked on its own (bot/lore/answer/router.py): /ask reads each question alone."""

from __future__ import annotations

import pytest

from bot.lore.answer.router import AnswerEngine


@pytest.mark.parametrize("question", ["what about him", "so what about her??", "and how about them", "same for him?", "same with her too"])
def test_a_follow_up_with_nothing_before_it_asks_whom_it_means(engine: AnswerEngine, question: str) -> None:
    answer = engine.answer(question)
    assert not answer.answered and answer.parts[0].text.startswith("Whom do you mean?")


def test_a_follow_up_after_a_question_still_follows_it(engine: AnswerEngine) -> None:
    assert "Jeon Bae-soo" in " ".join(p.text for p in engine.answer("who plays onjo? what about her dad").parts)
