"""Yes/no questions about a dead character's infection, bite or sacrifice (fates.py, rewording.py): a death says
nothing of an infection either way, so the answer gives no verdict the sources never state, and what they do state
stays hidden as far as its episode."""

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


def _text(question: str, watched: int) -> str:
    return render_text(_engine().answer(question), Position.legacy(watched))[0]


def _clear(question: str, watched: int) -> str:
    return SPOILER_SPAN.sub("", _text(question, watched))


@table("question", ["was ms park infected", "was ms park bitten"])
def test_a_death_without_a_bite_gets_no_verdict_on_infection(question: str) -> None:
    # she gives herself up to the zombies; whether she was infected the sources never say
    text = _text(question, 12)
    assert not text.startswith(("No", "Yes"))
    assert "don't say" in text and "Na-yeon" in text


def test_that_death_stays_hidden_before_its_episode() -> None:
    assert "zombies" not in _clear("was ms park infected", 2).casefold()


@table("question", ["was so-ju infected", "was mr lee bitten", "was woo-jin infected"])
def test_one_bitten_before_dying_keeps_the_yes(question: str) -> None:
    assert _text(question, 12).startswith("Yes.")


def test_one_bitten_before_an_uncertain_end_is_infected() -> None:
    # Gwi-nam bites Cheong-san before his presumed death: "Yes.", not "Uncertain." read off the doubt of his end
    assert _text("was cheongsan infected", 12).startswith("Yes.")


def test_a_sacrifice_for_someone_named_in_their_end_is_told_as_the_end_not_doubted() -> None:
    # "did cheongsan sacrifice himself for onjo": he kisses On-jo goodbye and draws the horde away, with his fate's
    # doubt; never "not confirmed" off the record that doubts his body was found
    text = _text("did cheongsan sacrifice himself for onjo", 12)
    assert "draws the horde away" in text and "presumed" in text
    assert "not confirmed" not in text


def test_that_sacrifice_stays_hidden_before_episode_11() -> None:
    assert "horde" not in _clear("did cheongsan sacrifice himself for onjo", 10)


def test_a_sacrifice_the_story_tells_keeps_its_yes() -> None:
    assert _text("did ms park sacrifice herself for nayeon", 12).startswith("Yes.")
