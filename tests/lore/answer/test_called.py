"""What one character calls another is the record that says so, never both profiles (called.py)."""

from __future__ import annotations

from bot.lore.answer import AnswerEngine, render_text
from bot.show import Position


def test_what_someone_calls_another_is_the_name_they_use(engine: AnswerEngine) -> None:
    answer = engine.answer("what did nayeon call gyeong-su?")
    text = render_text(answer, Position.legacy(12))[0]
    assert answer.answered and "welfie" in text and "Played by" not in text, text


def test_the_name_is_hidden_before_its_episode(engine: AnswerEngine) -> None:
    text = render_text(engine.answer("what does na yeon call gyeongsu"), Position.legacy(2))[0]
    assert "welfie" not in text.split("||")[0], text


def test_a_name_no_source_gives_is_not_known(engine: AnswerEngine) -> None:
    answer = engine.answer("what does dae su call hari")
    assert not answer.answered and "Dae-su calls Ha-ri" in answer.parts[0].text
