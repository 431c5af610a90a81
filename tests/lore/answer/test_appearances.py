"""How many episodes someone is in: no source counts them; whether they are in one the show lacks: it has none
(appearances.py)."""

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


@pytest.mark.parametrize(("question", "episode"), [
    ("is cheong-san in episode 99", 99),  # 99, the highest code, never read back as "all of season 1"
    ("is namra in ep 13", 13),
])
def test_whether_someone_is_in_an_episode_the_show_lacks_says_there_is_none(
    engine: AnswerEngine, question: str, episode: int
) -> None:
    text = render_text(engine.answer(question), Position.legacy(12))[0]
    assert f"Season 1 has 12 episodes, so there is no season 1, episode {episode}." in text, text
    assert "know" not in text and "all of season" not in text, text
