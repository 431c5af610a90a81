"""Season-2 questions about the cast (bot/lore/answer/season2.py), as fans type them on release day."""

from __future__ import annotations

import pytest

from bot.lore.answer import AnswerEngine, render_text
from bot.show import Position


def _text(engine: AnswerEngine, question: str) -> str:
    return render_text(engine.answer(question), Position.legacy(12))[0]


@pytest.mark.parametrize(("question", "said"), [
    ("wait is cheong-san really back??", "Lee Cheong-san (Yoon Chan-young) is in the season 2 cast"),
    ("is namra really back", "Choi Nam-ra (Cho Yi-hyun) is in the season 2 cast"),
    ("is onjo actually back", "Nam On-jo (Park Ji-hu) is in the season 2 cast"),
    ("is gwinam really back", "is not in the season 2 cast"),
])
def test_someone_asked_to_be_really_back_is_answered_from_the_announced_cast(
    engine: AnswerEngine, question: str, said: str
) -> None:
    assert said in _text(engine, question)
