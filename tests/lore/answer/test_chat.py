"""What a question says around itself that asks nothing (bot/lore/answer/chat.py)."""

from __future__ import annotations

import pytest

from bot.lore.answer import AnswerEngine, render_text
from bot.show import Position


def _text(engine: AnswerEngine, question: str) -> str:
    return render_text(engine.answer(question), Position.legacy(12))[0]


@pytest.mark.parametrize("question", ["who dies tbh", "who dies lol", "who dies ngl", "who dies tho", "who dies btw",
                                      "who dies lmao", "who dies rn"])
def test_a_short_question_with_a_word_of_chat_after_it_is_answered_as_asked(engine: AnswerEngine, question: str) -> None:
    assert _text(engine, question) == _text(engine, "who dies")


@pytest.mark.parametrize("question", ["ep 12, where is nam-ra", "second part of ep 12 where is nam-ra"])
def test_an_episode_ahead_of_where_asks_where_in_that_episode(engine: AnswerEngine, question: str) -> None:
    assert _text(engine, question) == _text(engine, "where is nam-ra in ep 12")


@pytest.mark.parametrize(("question", "fact"), [("shoutout to whoever made this bot, when's s2 tho", "season 2"),
                                                ("ty for making this bot! who plays namra", "Cho Yi-hyun"),
                                                ("love this bot, who plays onjo", "Park Ji-hu")])
def test_thanks_ahead_of_a_question_is_read_past_never_taken_as_talk_to_the_bot(
        engine: AnswerEngine, question: str, fact: str) -> None:
    assert fact in render_text(engine.answer(question), Position.legacy(12))[0]
