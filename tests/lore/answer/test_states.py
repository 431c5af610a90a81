"""What is true of a character at the viewer's position: a state is one part, true from its episode
until the next state's (`Part.until`); later states stay behind spoiler bars, earlier ones are left
out once they no longer hold."""

from __future__ import annotations

import functools
import re

from bot.lore.answer import AnswerEngine, render_text, visible_parts
from bot.lore.content import bundled_pack
from bot.show import NOTHING, Position
from tests.table import table

SPOILER_SPAN = re.compile(r"\|\|.*?(?<!\\)\|\|", re.S)


@functools.cache
def _engine() -> AnswerEngine:
    return AnswerEngine(bundled_pack(), index=None)


def _clear(question: str, watched: int) -> str:
    return SPOILER_SPAN.sub("", render_text(_engine().answer(question), Position.legacy(watched))[0])


@table("watched", [0, 3, 4])
def test_before_episode_5_gwi_nam_is_not_infected(watched: int) -> None:
    text = _clear("is gwi-nam a zombie now", watched)
    assert "not infected" in text and "halfbie" not in text and "fire" not in text


@table("watched", [5, 7, 10])
def test_from_episode_5_gwi_nam_is_a_halfbie_and_his_death_stays_hidden(watched: int) -> None:
    text = _clear("is gwi-nam a zombie now", watched)
    assert "halfbie" in text and "not infected" not in text and "fire" not in text


def test_at_the_end_gwi_nam_is_dead_and_the_earlier_states_are_left_out() -> None:
    text = _clear("is gwi-nam a zombie now", 12)
    assert "goes down" in text and "not infected" not in text and "halfbie, infected" not in text


def test_a_survivor_is_alive_as_far_as_watched_and_the_ending_is_hidden() -> None:
    text = _clear("does on-jo survive?", 3)
    assert "alive" in text and "quarantine camp" not in text
    assert "quarantine camp" in _clear("does on-jo survive?", 12)


def test_a_presumed_death_is_said_to_be_uncertain() -> None:
    assert "not certain" in _clear("does cheong-san die?", 12)


def test_a_false_premise_is_named_only_as_far_as_its_episode() -> None:
    at_three = _clear("why did On-jo die in episode 3?", 3)
    assert "does not die in season 1, episode 3" in at_three and "survives" not in at_three
    assert "quarantine camp" in _clear("why did On-jo die in episode 3?", 12)


@table("character_id", sorted(bundled_pack().characters))
@table("watched", range(13))
def test_one_state_is_shown_and_no_later_state_in_the_clear(character_id: str, watched: int) -> None:
    character = bundled_pack().characters[character_id]
    if 1 not in character.seasons:
        return
    answer = _engine().answer(f"is {character.short_name or character.name} alive?")
    progress = Position.legacy(watched) if watched else NOTHING
    shown = visible_parts(answer, progress)
    # At most one "as of here" state in the clear: the one true at this position.
    assert len([p for p in shown if p.until is not None and p.spoils <= progress]) <= 1
    assert all(p.until is None or progress < p.until for p in shown)
    text = render_text(answer, progress)[0]
    for part in answer.parts:
        if part.spoils > progress:
            assert part.text not in SPOILER_SPAN.sub("", text)


@table("question", ["did hyoryeong die in the gym", "did hari die on the roof"])
def test_a_survivor_died_nowhere_whatever_place_is_asked(question: str) -> None:
    answer = _engine().answer(question)
    assert answer.answered and "No." in render_text(answer, Position.legacy(12))[0]
