"""Uploads from the twenty-fourth blind set (bench/trivia_import.py --set wild24): countdown and release-week lists
from the tools fans use. A decimal comma ("124,79") is one answer; "ép. 6" is episode 6; a sheet's header in two
languages ("Question / 질문") names its column; Quizlet's "term - definition", Discord chat logs, Obsidian callouts
and Notion toggles are read as labelled questions (bot/trivia/noteshapes.py, bot/trivia/labelled.py)."""

from __future__ import annotations

from pathlib import Path

from bot.show import NOTHING, Position
from tests.table import table
from tests.trivia.uploads import answers as _answers
from tests.trivia.uploads import reader
from tests.trivia.uploads import refusal as _refusal
from tests.trivia.uploads import spoils as _spoils
from tests.trivia.uploads import text as _text

SET = Path(__file__).parent / "fixtures" / "imports_wild24"
_read = reader(SET.name)


@table(("sheet", "answer"), [("Frage;Antwort\nWie viele Millionen Stunden?;124,79\nWer beißt Nam-ra?;Gwi-nam\n", "124,79"),
                             ("Question;Answer\nAverage score (of 10)?;6,9\nWho bites Nam-ra?;Gwi-nam\n", "6,9"),
                             ("Question,Answer\nHow many residents?,\"170,000\"\nWho bites Nam-ra?,Gwi-nam\n", "170,000")])
def test_a_number_with_a_comma_inside_is_one_answer(sheet: str, answer: str) -> None:
    assert next(iter(_answers(_text(sheet)).values())) == (answer,)


def test_answers_after_a_comma_and_a_space_are_still_two() -> None:
    parsed = _text("Question;Answer\nWhich episodes have the gym?;10, 11\nWho bites Nam-ra?;Gwi-nam\n")
    assert _answers(parsed)["Which episodes have the gym?"] == ("10", "11")


def test_a_french_episode_cell_ep_with_its_accent_is_the_episode() -> None:
    assert _spoils(_read("z06_excel_fr_semicolon_decimal.csv"))["Qui mord Nam-ra ?"] == Position(1, 6)


def test_a_header_naming_its_column_in_two_languages_is_read() -> None:
    parsed = _read("z18_csv_bilingual_headers.csv")
    assert _answers(parsed)["Who plays 수혁?"] == ("로몬", "Lomon")
    assert _spoils(parsed)["누가 경수를 일부러 감염시켜? (Who infects Gyeong-su on purpose?)"] == Position(1, 3)


def test_quizlet_term_dash_definition_splits_at_the_spaced_dash_only() -> None:
    parsed = _read("z10_quizlet_dash_export.txt")
    assert _answers(parsed)["Which class are the main students in?"] == ("2-5",)
    assert _answers(parsed)["Who plays Yoon Gwi-nam?"] == ("Yoo In-soo",)


@table("name", ["z13_discord_log_one_line.txt", "z14_discord_log_copied_messages.txt"])
def test_a_discord_chat_log_gives_its_questions_and_leaves_the_talk_out(name: str) -> None:
    parsed = _read(name)
    assert _answers(parsed)["Which city is the school in?"] == ("Hyosan",)
    assert len(parsed.questions) == 3
    assert any("chat log" in w for w in parsed.warnings)


def test_a_chat_line_with_a_date_in_its_stamp_is_read() -> None:
    parsed = _text("[28/01/2022 12:03 PM] mina: Q: Who bites Nam-ra? A: Gwi-nam\n[28/01/2022 12:04 PM] jun: ok\n")
    assert _answers(parsed) == {"Who bites Nam-ra?": ("Gwi-nam",)}


def test_obsidian_callouts_are_questions_and_a_warning_callout_tags_those_below() -> None:
    parsed = _read("z09_obsidian_callouts.md")
    assert _answers(parsed)["Who bites Nam-ra?"] == ("Gwi-nam",)
    assert _spoils(parsed)["Who does Nam-ra protect when she is bitten?"] == Position(1, 6)
    assert _spoils(parsed).get("Which city is the school in?", NOTHING) == NOTHING


def test_notion_toggles_are_questions_with_their_nested_answers() -> None:
    parsed = _read("z08_notion_toggles.md")
    assert _answers(parsed)["Who dies so that Na-yeon can get away?"] == ("Ms. Park", "Park Sun-hwa")
    assert _spoils(parsed)["What does the science club fly to scout?"] == Position(1, 5)


@table(("line", "question", "answer"), [("Q: Who bites Nam-ra? a: Gwi-nam", "Who bites Nam-ra?", ("Gwi-nam",)),
                                        ("Q: Name the club that flies the drone A: science club",
                                         "Name the club that flies the drone", ("science club",))])
def test_a_question_and_its_answer_typed_on_one_chat_line_are_both_read(line: str, question: str, answer: tuple[str, ...]) -> None:
    assert _answers(_text(f"[12:03] mina: {line}\n[12:04] jun: nice\n")) == {question: answer}


@table(("fixture", "says"), [("imports_wild24/z24_google_drive_html_named_csv.csv", "Google Sheets, choose File > Download"),
                             ("imports_wild13/x12_onedrive_login_page.csv", "Excel, choose File > Save As"),
                             ("imports/29_html_page.yaml", "press Raw")])
def test_a_web_page_saved_in_place_of_a_list_says_how_its_site_gives_the_file(fixture: str, says: str) -> None:
    refused = _refusal((SET.parent / fixture).read_bytes())
    assert "web page (HTML)" in refused and says in refused


@table(("upload", "question"), [
    ("[28-Jan-22 12:03 PM] mina#1234\nQ: Who bites Nam-ra?\nA: Gwi-nam\n\n[28-Jan-22 12:04 PM] jun\nlol\n", "Who bites Nam-ra?"),
    ("> [!question]- Who bites Nam-ra?\n> Gwi-nam\n\n> [!faq] Which city is the school in?\n> Hyosan\n", "Who bites Nam-ra?"),
    ("AOUAD cards\nWho bites Nam-ra? - Gwi-nam\nWhich city is the school in? - Hyosan\n", "Who bites Nam-ra?"),
])
def test_an_exporters_log_a_callout_file_quoted_throughout_and_cards_under_a_title_are_read(upload: str, question: str) -> None:
    assert _answers(_text(upload))[question] == ("Gwi-nam",)
