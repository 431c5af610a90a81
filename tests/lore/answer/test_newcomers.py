"""Someone new in season 2 (newcomers.py): their fate is not known, never "so far, alive"."""

from __future__ import annotations

import pytest

from bot.lore.answer import AnswerEngine, render_text
from bot.show import Position


@pytest.mark.parametrize("question", ["is roh jae won a zombie", "does han du seok die", "is so ju ran alive"])
def test_a_season_2_newcomers_fate_is_not_known(engine: AnswerEngine, question: str) -> None:
    text = render_text(engine.answer(question), Position.legacy(12))[0]
    assert text.startswith("Nobody knows yet") and "So far" not in text


def test_who_a_newcomer_is_is_still_said(engine: AnswerEngine) -> None:
    assert "National Intelligence Service" in render_text(engine.answer("who is han du seok"), Position.legacy(12))[0]
