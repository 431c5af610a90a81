"""How many episodes someone is in: no source counts them (appearances.py)."""

from __future__ import annotations

import pytest

from bot.lore.answer import AnswerEngine, render_text
from bot.show import Position


@pytest.mark.parametrize("question", ["how many episodes is na-yeon in", "how many eps does woojin appear in",
                                      "how many episodes is gwinam in the show"])
def test_how_many_episodes_someone_is_in_is_not_known(engine: AnswerEngine, question: str) -> None:
    answer = engine.answer(question)
    text = render_text(answer, Position.legacy(12))[0]
    assert not answer.answered and "how many episodes" in text and "bitten" not in text, text


def test_whether_someone_is_in_episode_99_names_the_episode_asked(engine: AnswerEngine) -> None:
    # 99, the highest code, never read back as "all of season 1"
    text = render_text(engine.answer("is cheong-san in episode 99"), Position.legacy(12))[0]
    assert "season 1, episode 99" in text and "all of season" not in text, text
