"""What befalls characters (fates.py): who dies first or last among those named, each part hidden as far as the
episode that settles it."""

from __future__ import annotations

import functools
import re

from bot.lore.answer import AnswerEngine, render_text
from bot.lore.content import bundled_pack
from bot.show import Position
from tests.table import table

SPOILER_SPAN = re.compile(r"\|\|.*?(?<!\\)\|\|", re.S)


@functools.cache
def _engine() -> AnswerEngine:
    return AnswerEngine(bundled_pack(), index=None)


def _clear(question: str, watched: int) -> str:
    return SPOILER_SPAN.sub("", render_text(_engine().answer(question), Position.legacy(watched))[0])


@table("question", [
    "who lived longer, cheongsan or suhyeok",
    "who dies first, cheong-san or su-hyeok",
])
def test_the_heading_of_a_death_among_those_named_stays_hidden_before_that_death(question: str) -> None:
    # "The first death of Cheong-san and Su-hyeok" in the clear says one of them dies
    assert "death" not in _clear(question, 3).casefold()


@table("question", ["does ho-cheol die", "what happens to ho-cheol", "is hocheol alive"])
def test_that_ho_cheol_probably_survives_stays_hidden_until_the_finale(question: str) -> None:
    # the sources say how his story probably ends, not when: only the finale settles it (his minibus is episode 8's)
    assert "probably survives" not in _clear(question, 11)
    assert "probably survives" in _clear(question, 12)
