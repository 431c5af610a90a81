"""A "Yes." is held to the episode the question names (episode_held.py)."""

from __future__ import annotations

import pytest

from bot.lore.answer import AnswerEngine, render_text
from bot.show import Position


def _text(engine: AnswerEngine, question: str) -> str:
    return render_text(engine.answer(question), Position.legacy(12))[0]


@pytest.mark.parametrize("question", ["did gwinam kill the principal in episode 1", "did su hyeok and nam ra kiss in episode 5"])
def test_an_episode_the_sources_do_not_give_gets_no_yes(engine: AnswerEngine, question: str) -> None:
    text = _text(engine, question)
    assert text.startswith("My sources don't say that happens in episode") and "Yes." not in text, text


def test_the_episode_the_sources_give_keeps_its_yes(engine: AnswerEngine) -> None:
    text = _text(engine, "did su hyeok and nam ra kiss in episode 7")
    assert text.startswith("Yes."), text
