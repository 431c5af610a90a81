"""Why a halfbie seems more than human (bot/lore/answer/halfbie_traits.py)."""

from __future__ import annotations

import pytest

from bot.lore.answer.router import AnswerEngine
from bot.show import Position


@pytest.mark.parametrize(("question", "name", "episode"), [
    ("why is gwinam so strong", "Gwi-nam", 5),
    ("how can namra hear so well", "Nam-ra", 6),
    ("how come gwinam keeps coming back", "Gwi-nam", 5),
])
def test_a_halfbies_power_gets_what_they_became_behind_that_episode(
    engine: AnswerEngine, question: str, name: str, episode: int
) -> None:
    answer = engine.answer(question)
    said = [part for part in answer.parts if "halfbie" in part.text]
    assert said and name in said[0].text and said[0].spoils == Position(1, episode)
    assert not answer.answered  # no reason is claimed: the sources give none


def test_anyone_elses_strength_is_not_known_and_never_called_a_deed(engine: AnswerEngine) -> None:
    answer = engine.answer("why is suhyeok so strong")
    text = " ".join(part.text for part in answer.parts)
    assert "why Su-hyeok is like that" in text and "halfbie" not in text
