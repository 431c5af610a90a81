"""Exporting a list in Red-DiscordBot's format: a file Red's upload accepts and hyosan reads back."""

from __future__ import annotations

from bot.trivia.export import export_red_yaml
from bot.trivia.lists import parse_list
from bot.trivia.model import Question
from bot.trivia.redrules import check_red

QUESTIONS = [
    Question("a", "Which school?", ("Hyosan High", "Hyosan"), ("Hyosan High", "B", "C", "D")),
    Question("b", "Which year?", ("2022",)),
]


def test_a_red_export_passes_red_upload_rules_and_reads_back_with_every_answer() -> None:
    data = export_red_yaml("someone", "A list.", QUESTIONS, {"max_score": 5})
    assert check_red(data) == []
    again = parse_list(data, "again")
    assert [(q.text, q.answers) for q in again.questions] == [
        ("Which school?", ("Hyosan High", "Hyosan")), ("Which year?", ("2022",)),
    ]
    assert (again.author, again.description, again.target_right_answers) == ("someone", "A list.", 5)


def test_a_red_export_leaves_out_settings_red_would_refuse() -> None:
    data = export_red_yaml(None, None, QUESTIONS, {"delay": 3, "timeout": 60})
    assert check_red(data) == [] and parse_list(data, "again").config == {"timeout": 60}


def test_a_red_export_cuts_a_description_to_reds_200_characters() -> None:
    data = export_red_yaml(None, "d" * 300, QUESTIONS)
    description = parse_list(data, "again").description
    assert check_red(data) == [] and description is not None and len(description) == 200


def test_a_question_named_like_a_red_key_or_asked_twice_is_written_once_as_a_question() -> None:
    odd = [Question("x", "AUTHOR", ("me",)), *QUESTIONS, Question("c", "Which year?", ("2021",))]
    again = parse_list(export_red_yaml("someone", None, odd), "again")
    assert again.author == "someone" and [q.text for q in again.questions] == ["Which school?", "Which year?"]
    assert again.questions[1].answers == ("2022",)
