"""How a character looks (looks.py): what the pack says of it, a yes or no to a colour, the one
character a look fits, and "I don't know" for what it does not say."""

from __future__ import annotations

import pytest

from bot.lore.answer import AnswerEngine, render_text
from bot.show import Position


def _text(engine: AnswerEngine, question: str) -> str:
    return render_text(engine.answer(question), Position.legacy(12))[0]


@pytest.mark.parametrize("question", ["what colour is hyo-ryeong's vest", "효령이 조끼 무슨 색이야?"])
def test_a_garments_colour_is_what_the_pack_says(engine: AnswerEngine, question: str) -> None:
    assert "pink vest" in _text(engine, question)


@pytest.mark.parametrize(("question", "verdict"), [("is hyo-ryeong's vest pink", "Yes."), ("is hyo-ryeong's vest blue", "No."),
                                                    ("does joon-yeong wear glasses", "Yes.")])
def test_a_yes_no_look_gets_a_verdict(engine: AnswerEngine, question: str, verdict: str) -> None:
    assert _text(engine, question).startswith(verdict)


@pytest.mark.parametrize(("question", "who"), [("who wears the pink vest", "Hyo-ryeong"), ("who has glasses", "Joon-yeong")])
def test_who_wears_it_is_the_one_character_it_fits(engine: AnswerEngine, question: str, who: str) -> None:
    assert who in _text(engine, question)


@pytest.mark.parametrize("question", ["what color is onjo's hair", "what colour is nam-ra's jacket"])
def test_a_look_the_sources_do_not_give_is_not_known(engine: AnswerEngine, question: str) -> None:
    assert not engine.answer(question).answered


def test_who_plays_a_described_character_is_still_their_actor(engine: AnswerEngine) -> None:
    assert "Kim Bo-yoon" in _text(engine, "who plays the girl in the pink vest")


def test_whom_fans_describe_by_a_look_is_the_one_it_fits(engine: AnswerEngine) -> None:
    assert "Joon-yeong" in _text(engine, "who's the nerd with glasses")


def test_a_look_described_with_the_wrong_gender_is_no_one(engine: AnswerEngine) -> None:
    assert "Joon-yeong" not in _text(engine, "who is the girl with glasses")
