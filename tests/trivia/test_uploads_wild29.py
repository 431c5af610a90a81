"""Uploads from the twenty-ninth blind set (bench/trivia_import.py --set wild29): quiz apps' exports and hand-typed
posts for this show. A header naming its column in two languages with only a space between is read as that column;
an answer labelled without a colon on the line under its question ("answer ||Gwi-nam||") is that answer; a later
season named beside a character of the show is about that season."""

from __future__ import annotations

from bot.lore.lexicon_seasons import whole_season
from bot.show import NOTHING, Position
from bot.trivia.laterseason import LaterSeason
from bot.trivia.tagging import tag_imported
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


#: The lexicon reading nothing of a question: only a name of this show's cast ties a later season to it.
_LATER = LaterSeason(["Yong Ma-ru"], ["Lee Cheong-san", "Cheong-san", "이청산", "청산"])


@table(("upload", "held"), [
    ("Question,Answer\nWhich character returns in season two?,Cheong-san\n", True),
    ("Question,Answer\n시즌2에 누가 돌아와?,청산\n", True),
    ("Question,Answer\n¿Quién vuelve en la temporada 2?,Cheong-san\n", True),
    ("Question,Answer\nWho won season 2 of the cooking show?,Kim\n", False),
    ("Question,Answer\nWhich character returns?,Cheong-san\n", False),
])
def test_a_later_season_named_beside_a_character_of_the_show_holds_the_question_to_it(upload: str, held: bool) -> None:
    tagged = tag_imported(text(upload), lambda _: NOTHING, Position(1, 12), _LATER)
    assert (tagged.questions[0].spoils == whole_season(2)) is held
