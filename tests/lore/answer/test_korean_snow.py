"""눈 is an eye ("귀남 눈 어케 됨") and snow ("눈 오는 장면"): snow falling is never read as Gwi-nam's eye (review40)."""

from __future__ import annotations

from bot.lore.answer import AnswerEngine, render_text
from bot.lore.answer.korean_glosses import gloss_korean
from bot.show import Position
from tests.table import table


@table("question", ["눈 오는 장면 몇 화야", "눈이 내리는 장면 있어?"])
def test_snow_falling_is_not_read_as_an_eye(question: str) -> None:
    assert "eye" not in gloss_korean(question)


def test_a_question_about_a_snow_scene_is_not_answered_with_the_eye_stabbing(engine: AnswerEngine) -> None:
    text, _ = render_text(engine.answer("눈 오는 장면 몇 화야"), Position(1, 12))
    assert "eye" not in text


def test_an_eye_is_still_an_eye() -> None:
    assert "eye" in gloss_korean("귀남 눈 어케 됨")
