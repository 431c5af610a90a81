"""Korean wordings of two questions (korean_glosses.py): "누가 물어?" asks who bit someone, as "누가 물었어?" does,
and 나왔어 after another work's title asks whether someone was in it, never whether something came out."""

from __future__ import annotations

import functools
import re

from bot.lore.answer import AnswerEngine, render_text
from bot.lore.content import bundled_pack
from bot.show import Position

SPOILER_SPAN = re.compile(r"\|\|.*?(?<!\\)\|\|", re.S)


@functools.cache
def _engine() -> AnswerEngine:
    return AnswerEngine(bundled_pack(), index=None)


def _text(question: str, watched: int) -> str:
    return render_text(_engine().answer(question), Position.legacy(watched))[0]


def test_who_bites_in_the_present_is_answered_with_the_biter() -> None:
    assert "귀남" in _text("청산이 누가 물어?", 12)  # said in Korean, the name in Hangul (deed_phrases.py)


def test_that_bite_stays_hidden_before_its_episode() -> None:
    clear = SPOILER_SPAN.sub("", _text("청산이 누가 물어?", 2))
    assert "Gwi-nam" not in clear and "귀남" not in clear


def test_an_actor_in_another_work_is_answered_from_the_cast_record() -> None:
    assert "Squid Game" in _text("이유미 오징어게임 나왔어?", 0)


def test_asking_who_asked_is_not_read_as_a_bite() -> None:
    assert "Gwi-nam" not in _text("누가 물어봤어?", 12)
