"""Uploads from the twenty-ninth blind set (bench/trivia_import.py --set wild29): quiz apps' exports and hand-typed
posts for this show. A header naming its column in two languages with only a space between is read as that column;
an answer labelled without a colon on the line under its question ("answer ||Gwi-nam||") is that answer."""

from __future__ import annotations

from bot.show import Position
from tests.table import table
from tests.trivia.uploads import answers, refusal, spoils, text


@table("upload", [
    "질문 Question,정답 Answer,스포 회차 Spoiler ep\nWho bites Nam-ra?,Gwi-nam,6화\n",
    "Question 질문,Answer 정답,Episode 회차\nWho bites Nam-ra?,Gwi-nam,6\n",
    "質問 Question\t答え Answer\tエピソード Episode\nWho bites Nam-ra?\tGwi-nam\t6\n",
    "Pregunta Question;Respuesta Answer;Episodio Episode\nWho bites Nam-ra?;Gwi-nam;6\n",
])
def test_a_header_naming_its_column_in_two_languages_side_by_side_names_that_column(upload: str) -> None:
    parsed = text(upload)
    assert answers(parsed) == {"Who bites Nam-ra?": ("Gwi-nam",)}
    assert spoils(parsed) == {"Who bites Nam-ra?": Position(1, 6)}


def test_a_header_whose_two_languages_name_different_columns_is_no_header() -> None:
    assert "line 1" in refusal("질문 Answer,정답 Question\nWho bites Nam-ra?,Gwi-nam\n".encode())


@table("upload", [
    "1. Who bites Nam-ra? [spoiler ep 6]\nanswer ||Gwi-nam||\n2. Which city is the school in?\nanswer ||Hyosan||\n",
    "1. Who bites Nam-ra? [spoiler ep 6]\nAnswer - Gwi-nam\n2. Which city is the school in?\nANS ||Hyosan||\n",
    "**Trivia night**\nQ: Who bites Nam-ra? [spoiler ep 6]\nans — Gwi-nam\nQ: Which city is the school in?\nanswer ||Hyosan||\n",
])
def test_an_answer_labelled_without_a_colon_under_its_question_is_that_answer(upload: str) -> None:
    parsed = text(upload)
    assert answers(parsed) == {"Who bites Nam-ra? [spoiler ep 6]": ("Gwi-nam",),
                               "Which city is the school in?": ("Hyosan",)}
