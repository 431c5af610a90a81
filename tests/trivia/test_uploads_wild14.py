"""Uploads from the fourteenth blind set (bench/trivia_import.py --set wild14): other bots' JSON with its questions
grouped in categories, difficulties or rounds (bot/trivia/entries.py), a quiz add-on's options beside its correct
answer, a Google Forms responses sheet and a Markdown table pasted into a text file (bot/trivia/tables.py), spoiler
notes in other languages (bot/trivia/episodelabels.py) and characters nobody sees (bot/trivia/listparts.py)."""

from __future__ import annotations

from pathlib import Path

from bot.show import NOTHING, Position
from bot.trivia.tagging import written_episode
from tests.table import table
from tests.trivia.uploads import answers as _answers
from tests.trivia.uploads import reader
from tests.trivia.uploads import refusal as _refusal
from tests.trivia.uploads import spoils as _spoils
from tests.trivia.uploads import text as _text

SET = Path(__file__).parent / "fixtures" / "imports_wild14"
_read = reader(SET.name)


def test_a_quiz_add_ons_options_are_never_answers_beside_its_correct_answer_column() -> None:
    parsed = _read("k08_google_forms_quiz_addon.csv")
    assert [q.answers for q in parsed.questions][:2] == [("Hyosan",), ("Na-yeon",)]


def test_a_google_forms_responses_sheet_is_refused_saying_its_rows_are_what_people_answered() -> None:
    said = _refusal((SET / "k07_google_forms_responses.csv").read_bytes())
    assert "responses sheet" in said and "'Question' column" in said


def test_a_form_moderators_collect_questions_with_is_read_as_questions_and_answers() -> None:
    parsed = _text("Timestamp,Email Address,Question,Answer,Episode\n"
                   "2026/02/14 8:01:12 PM GMT+9,minji@example.com,Who bites Nam-ra?,Gwi-nam,6\n")
    assert _answers(parsed) == {"Who bites Nam-ra?": ("Gwi-nam",)} and _spoils(parsed) == {"Who bites Nam-ra?": Position(1, 6)}


@table(("comment", "episode"), [
    ("# spoiler episodio 9", 9), ("# ネタバレ 第11話", 11), ("# épisode 3 spoiler", 3), ("# spoiler: Folge 11", 11),
    ("# spoiler capítulo 7", 7),
    # (two episodes joined in the note's language: the later one, as "episodes 9 and 10"; the plural too)
    ("# spoiler episodio 9 y 10", 10), ("# spoiler Folge 9 und 10", 10), ("# spoiler épisodes 9 et 10", 10),
    ("# spoiler tập 9 và 10", 10), ("# spoiler episodios 9 o 10", 10),
])
def test_a_spoiler_comment_in_another_language_tags_the_question_below(comment: str, episode: int) -> None:
    parsed = _text(f"{comment}\nWho bites Nam-ra?:\n- Gwi-nam\n")
    assert _spoils(parsed) == {"Who bites Nam-ra?": Position(1, episode)}


@table(("question", "episode"), [
    ("Who kisses Su-hyeok on the roof? (capítulo 7)", 7), ("Who bites Nam-ra? [episódio 6]", 6),
    ("(第11話) Who stays behind with flares in the gym?", 11),
])
def test_an_episode_label_in_another_language_in_the_question_is_its_authors_tag(question: str, episode: int) -> None:
    assert written_episode(question) == Position(1, episode)


def test_an_exports_categories_nested_in_a_list_are_all_read_with_their_episodes() -> None:
    parsed = _read("k04_bot_export_nested_categories.json")
    assert len(parsed.questions) == 5 and _spoils(parsed)["Who confesses to Ha-ri in the gym?"] == Position(1, 10)


def test_categories_split_by_difficulty_lose_no_question() -> None:
    assert len(_read("k05_bot_export_category_map.json").questions) == 5


def test_a_quiz_bots_rounds_are_read_and_its_wrong_choices_are_no_answers() -> None:
    assert _answers(_read("k06_bot_export_wrapped_quiz.json"))["Which city is the school in?"] == ("Hyosan",)


def test_a_markdown_table_pasted_under_a_line_of_chat_is_read_as_its_rows() -> None:
    parsed = _read("k16_markdown_table.txt")
    assert len(parsed.questions) == 5 and _answers(parsed)["Who bites Nam-ra?"] == ("Gwi-nam",)
    assert _spoils(parsed)["Who throws Gwi-nam off the roof?"] == Position(1, 9)
    assert _spoils(parsed)["Who plays Nam On-jo?"] == NOTHING


def test_characters_nobody_sees_are_dropped_and_an_emojis_joiner_is_kept() -> None:
    parsed = _answers(_read("k19_zero_width.csv"))
    assert parsed["Who plays Nam On-jo?"] == ("Park Ji-hu",) and parsed["Which city is the school in?"] == ("Hyosan",)
    assert parsed["What is On-jo's father's job? \U0001f468\u200d\U0001f692"] == ("firefighter",)
