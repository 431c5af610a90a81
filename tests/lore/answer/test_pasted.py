"""A question pasted from Discord (pasted.py): links, pings, emoji and markdown are taken out before
/ask reads it, so the question underneath is answered as if typed plainly."""

from __future__ import annotations

import re

import pytest

from bot.lore.answer import AnswerEngine, render_text
from bot.lore.answer.pasted import unpasted
from bot.show import Position

SPOILER_SPAN = re.compile(r"\|\|.*?(?<!\\)\|\|", re.S)


def _clear(engine: AnswerEngine, question: str, watched: int = 12) -> str:
    return SPOILER_SPAN.sub("", render_text(engine.answer(question), Position.legacy(watched))[0])


@pytest.mark.parametrize(
    ("question", "fact"),
    [
        ("is [gwinam](https://example.com/gwinam) dead", "Gwi-nam"),
        ("who plays [cheongsan](<https://www.netflix.com/title/81237994>)", "Yoon Chan-young"),
        ("who bit namra (asking in <#998877>)", "Gwi-nam"),
        ("hey <@!4242> who made the virus <:zombie:123456789012>", "Byeong-chan"),
        ("**who** plays *onjo* :thinking:", "Park Ji-hu"),
        ("`who plays namra`", "Cho Yi-hyun"),
        ("who plays hari? https://www.netflix.com/title/81237994", "Ha Seung-ri"),
    ],
)
def test_a_pasted_question_is_answered_as_its_words(engine: AnswerEngine, question: str, fact: str) -> None:
    assert engine.answer(question).answered, question
    assert fact in _clear(engine, question)


def test_a_link_to_a_spoiling_page_adds_no_spoiler(engine: AnswerEngine) -> None:
    text = _clear(engine, "is [namra](https://example.com/nam-ra-becomes-a-halfbie) a zombie", 4)
    assert "halfbie" not in text.casefold()


@pytest.mark.parametrize("question", ["||does onjo die|| sorry for the spoiler tag lol",
                                      "spoilers for the ending: ||does onjo die||"])
def test_a_question_behind_spoiler_bars_with_a_remark_beside_it_is_answered(engine: AnswerEngine,
                                                                             question: str) -> None:
    assert "quarantine camp" in _clear(engine, question)


def test_words_outside_the_bars_that_ask_something_are_still_read() -> None:
    assert unpasted("||who dies|| and who survives?") == "who dies and who survives?"
