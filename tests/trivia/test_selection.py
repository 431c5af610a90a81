"""Which questions a game's mode can ask."""

from __future__ import annotations

import pytest

from bot.trivia.lists import parse_list
from bot.trivia.model import Question, TriviaError, TriviaSettings
from bot.trivia.selection import may_ask, select


@pytest.mark.parametrize("answers", [("😀",), ("?",), ("**",), ("♥", "...")])
def test_a_typed_game_never_asks_a_question_no_typed_guess_can_answer(answers: tuple[str, ...]) -> None:
    # an imported answer of only an emoji or punctuation: every guess is read without it, so nobody could win
    assert not may_ask(Question(id="q", text="Which emoji is the smiley?", answers=answers), "typed")


def test_a_typed_game_asks_a_question_with_one_answer_a_guess_can_match() -> None:
    assert may_ask(Question(id="q", text="Which emoji is the smiley?", answers=("😀", "smiley")), "typed")


def test_an_import_warns_of_a_question_only_buttons_can_ask() -> None:
    parsed = parse_list("AUTHOR: x\nWhich emoji is the smiley?:\n- '😀'\n".encode(), "imported")
    assert len(parsed.questions) == 1
    assert any("line 3" in w and "no typed guess" in w for w in parsed.warnings), parsed.warnings


def _built_in(qid: str, category: str, list_name: str) -> Question:
    return Question(id=qid, text=f"{qid}?", answers=("Yes",), choices=("Yes", "No", "Maybe", "Never"),
                    category=category, list_name=list_name)


BUILT_IN = [_built_in("a1", "cast", "aouad"), _built_in("a2", "episodes", "aouad"), _built_in("g1", "cast", "generated")]


def test_a_built_in_list_is_started_by_the_name_trivia_lists_gives_it() -> None:
    pool = select(BUILT_IN, TriviaSettings(guild_id=1), "buttons", ["aouad"])
    assert {q.id for q in pool} == {"a1", "a2"}
    assert {q.id for q in select(BUILT_IN, TriviaSettings(guild_id=1), "buttons", ["cast"])} == {"a1", "g1"}


def test_a_built_in_list_turned_off_is_said_to_be_off_not_missing() -> None:
    with pytest.raises(TriviaError, match="'aouad' is turned off in this server"):
        select(BUILT_IN, TriviaSettings(guild_id=1, disabled_lists=("aouad",)), "buttons", ["aouad"])
