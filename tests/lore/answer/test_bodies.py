"""What becomes of a character's body (bodies.py): what the sources say of it, else that they do not
say, with the fate; hidden as far as the fate."""

from __future__ import annotations

import re

from bot.lore.answer import AnswerEngine, render_text
from bot.show import Position

SPOILER_SPAN = re.compile(r"\|\|.*?(?<!\\)\|\|", re.S)


def _clear(engine: AnswerEngine, question: str, watched: int = 12) -> str:
    return SPOILER_SPAN.sub("", render_text(engine.answer(question), Position.legacy(watched))[0])


def test_a_body_the_recaps_disagree_on_is_said_so(engine: AnswerEngine) -> None:
    assert "disagree" in _clear(engine, "was cheongsan's body found")


def test_a_body_the_sources_do_not_mention_is_not_known_beside_the_fate(engine: AnswerEngine) -> None:
    text = _clear(engine, "what happened to gwinam's body")
    assert text.startswith("My sources don't say what becomes of Gwi-nam's body") and "construction site" in text, text
    assert "stabs his eye" not in text


def test_a_body_question_is_hidden_before_the_death(engine: AnswerEngine) -> None:
    assert "body" not in _clear(engine, "what happened to gwinam's body", 5)
