"""A question written in Discord is read by the importer's own rules (bot/trivia/builder.py)."""

from __future__ import annotations

import pytest

from bot.show import NOTHING, Position
from bot.trivia.builder import read_question
from bot.trivia.lists import ListError
from tests.table import table


def test_a_question_with_answers_one_per_line_is_read() -> None:
    parsed = read_question("ours", "Which school?", "Hyosan High\nHyosan\n\n")
    question = parsed.questions[0]
    assert (question.text, question.answers, question.list_name) == ("Which school?", ("Hyosan High", "Hyosan"), "ours")


def test_choices_and_spoils_are_read_as_an_import_reads_them() -> None:
    question = read_question("ours", "Who?", "A", "A\nB\nC\nD", "S1E7").questions[0]
    assert question.choices == ("A", "B", "C", "D") and question.spoils == Position(1, 7)


def test_a_question_that_declares_no_spoils_is_left_for_the_lexicon_to_tag() -> None:
    parsed = read_question("ours", "Who?", "A")
    assert parsed.questions[0].spoils == NOTHING and parsed.undeclared == frozenset({parsed.questions[0].id})


def test_answers_that_look_like_yaml_values_are_kept_as_typed() -> None:
    assert read_question("ours", "Which year?", "2015-01-01\nyes\n007").questions[0].answers == ("2015-01-01", "yes", "007")


@table(
    ("choices", "spoils", "problem"),
    [
        ("A\nB\nC", "", "needs exactly 4 choices, not 3"),
        ("B\nC\nD\nE", "", "must include its answer 'A'"),
        ("", "S9E9", "spoils (the episode it spoils) is 'S9E9': there is no season 9"),
        ("", "S9E99", "is 'S9E99': there is no season 9"),  # never stored as "all of season 9", asked nowhere
        ("", "season 9", "is 'season 9': there is no season 9"),
        ("", "S1E99", "is 'S1E99': season 1 has 12 episodes"),  # an episode past its 12, never all of season 1
        ("", "S1E13", "spoils (the episode it spoils) must be 0"),
    ],
)
def test_a_refused_question_names_the_problem_without_internal_line_numbers(choices: str, spoils: str, problem: str) -> None:
    with pytest.raises(ListError) as info:
        read_question("ours", "Who?", "A", choices, spoils)
    assert len(info.value.problems) == 1 and problem in info.value.problems[0]
    assert not info.value.problems[0].startswith("line ")


def test_a_question_without_answers_is_refused() -> None:
    with pytest.raises(ListError) as info:
        read_question("ours", "Who?", "\n \n")
    assert "has no answers" in info.value.problems[0]
