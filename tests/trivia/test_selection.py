"""Which questions a game's mode can ask."""

from __future__ import annotations

import pytest

from bot.trivia.lists import parse_list
from bot.trivia.model import Question
from bot.trivia.selection import may_ask
from tests.table import table


@table("answers", [("😀",), ("?",), ("**",), ("♥", "...")])
def test_a_typed_game_never_asks_a_question_no_typed_guess_can_answer(answers: tuple[str, ...]) -> None:
    # an imported answer of only an emoji or punctuation: every guess is read without it, so nobody could win
    assert not may_ask(Question(id="q", text="Which emoji is the smiley?", answers=answers), "typed")


def test_a_typed_game_asks_a_question_with_one_answer_a_guess_can_match() -> None:
    assert may_ask(Question(id="q", text="Which emoji is the smiley?", answers=("😀", "smiley")), "typed")


def test_an_import_warns_of_a_question_only_buttons_can_ask() -> None:
    parsed = parse_list("AUTHOR: x\nWhich emoji is the smiley?:\n- '😀'\n".encode(), "imported")
    assert len(parsed.questions) == 1
    assert any("line 3" in w and "no typed guess" in w for w in parsed.warnings), parsed.warnings


def test_a_built_in_list_is_chosen_by_the_name_trivia_lists_shows() -> None:
    from bot.trivia.model import TriviaSettings
    from bot.trivia.selection import select

    built_in = Question(id="a", text="Who plays On-jo?", answers=("Park Ji-hu",), category="cast", list_name="aouad")
    generated = Question(id="g", text="Who plays Su-hyeok?", answers=("Lomon",), category="cast", list_name="generated")
    assert select([built_in, generated], TriviaSettings(guild_id=1), "typed", ["AOUAD"]) == [built_in]


def test_a_turned_off_built_in_list_asked_by_name_says_so() -> None:
    from bot.trivia.model import TriviaError, TriviaSettings
    from bot.trivia.selection import select

    built_in = Question(id="a", text="Who plays On-jo?", answers=("Park Ji-hu",), category="cast", list_name="aouad")
    with pytest.raises(TriviaError, match="turned off"):
        select([built_in], TriviaSettings(guild_id=1, disabled_lists=("aouad",)), "typed", ["aouad"])


_SHELF = [Question(id=c, text="Who plays On-jo?", answers=("Park Ji-hu",), category=c, list_name="aouad")
          for c in ("cast", "characters", "episodes")]


@table(("typed", "meant"), [("chars", "characters"), ("epsiodes", "episodes"), ("Cast ", "cast")])
def test_a_mistyped_category_is_answered_with_the_one_it_looks_like(typed: str, meant: str) -> None:
    from bot.trivia.model import TriviaError, TriviaSettings
    from bot.trivia.selection import select

    try:
        select(_SHELF, TriviaSettings(guild_id=1), "buttons", [typed])
    except TriviaError as refused:
        assert f"Did you mean '{meant}'?" in refused.message
    else:
        assert typed.strip().casefold() == meant  # read as it is: no refusal to make


def test_an_unknown_category_like_none_lists_the_ones_there_are() -> None:
    from bot.trivia.model import TriviaError, TriviaSettings
    from bot.trivia.selection import select

    with pytest.raises(TriviaError) as refused:
        select(_SHELF, TriviaSettings(guild_id=1), "buttons", ["zombies"])
    assert "Try one of: aouad, cast, characters, episodes" in refused.value.message


def test_an_unknown_category_never_offers_an_imported_lists_name_which_may_spoil() -> None:
    from bot.trivia.model import TriviaError, TriviaSettings
    from bot.trivia.selection import select

    imported = Question(id="i", text="Who bites Nam-ra?", answers=("Gwi-nam",), category="namra-bitten",
                        list_name="namra-bitten")
    with pytest.raises(TriviaError) as refused:
        select([*_SHELF, imported], TriviaSettings(guild_id=1), "buttons", ["namra"])
    assert "namra-bitten" not in refused.value.message


def test_a_mistyped_list_name_is_answered_with_the_built_in_list_it_looks_like() -> None:
    from bot.trivia.selection import unknown

    assert unknown("aoaud", ["aouad", "generated"], "list") == "There is no list called 'aoaud'. Did you mean 'aouad'?"
