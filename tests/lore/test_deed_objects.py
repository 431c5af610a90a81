"""Someone named as the one another character did something to ("the kid Na-yeon bullied"): found
through that character's relationships and events, asked back when several fit, and the names of
an ask-back hidden from a viewer the deeds would spoil."""

from __future__ import annotations

import pytest

from bot.lore.answer import AnswerEngine, render_text
from bot.show import Position

S1E12 = Position(1, 12)


@pytest.mark.parametrize(("question", "names"), [
    ("the guy gwinam bit what happens to him", ("Min-jae", "Cheong-san")),
    ("what happened to the girl gwinam bit", ("Nam-ra", "Na-yeon")),
    # whom the fate befalls, never Nam-ra (her killing), nor Ms. Park (a teacher is no girl: stop 65, ask115)
    ("who is the girl who died", ("Na-yeon", "I-sak", "Hyeon-ju")),
    ("who was the teacher that died", ("Byeong-chan", "Sun-hwa")),
])
def test_several_fitting_are_asked_back(engine: AnswerEngine, question: str, names: tuple[str, ...]) -> None:
    answer = engine.answer(question)
    text, _ = render_text(answer, S1E12)
    assert not answer.answered and answer.intent == "ambiguous"
    assert "Which one?" in text and all(name in text for name in names)


def test_ask_back_hides_names_before_the_deeds(engine: AnswerEngine) -> None:
    text, _ = render_text(engine.answer("what happened to the girl gwinam bit"), Position(1, 5))
    clear = text.split("||")[::2]  # outside the spoiler bars
    assert not any("Nam-ra" in part or "Na-yeon" in part for part in clear)


def test_the_one_done_to_is_whom_it_answers_about(engine: AnswerEngine) -> None:
    assert [e.id for e in engine.answer("what happened to the kid nayeon bullied").entities] == ["han-gyeong-su"]
