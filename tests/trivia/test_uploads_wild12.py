"""Uploads from the twelfth blind set (bench/trivia_import.py --set wild12): spreadsheets exported as CSV from
Google Sheets, Excel, Kahoot and Quizlet (bot/trivia/tables.py), Open Trivia DB's encoded exports and categories
(bot/trivia/entries.py), and quiz-night sheets with an answer key or dashed answers (bot/trivia/labelled.py)."""

from __future__ import annotations

from pathlib import Path

import pytest

from bot.show import NOTHING, Position
from bot.trivia import library
from bot.trivia.model import TriviaError
from tests.table import table
from tests.trivia.uploads import answers as _answers
from tests.trivia.uploads import reader
from tests.trivia.uploads import refusal as _refusal
from tests.trivia.uploads import spoils as _spoils
from tests.trivia.uploads import text as _text

SET = Path(__file__).parent / "fixtures" / "imports_wild12"
_read = reader(SET.name)


def test_a_sheets_csv_with_a_header_row_is_imported_with_quoted_commas_kept_in_the_question() -> None:
    answers = _answers(_read("v07_sheets_header.csv"))
    assert answers["Who does Dae-su confess to, in the gym?"] == ("Ha-ri", "Jang Ha-ri")
    assert answers["Who plays Nam On-jo?"] == ("Park Ji-hu", "Park Ji-hoo")


def test_an_episode_column_gates_its_row_and_an_empty_cell_declares_nothing() -> None:
    assert _spoils(_read("v07_sheets_header.csv")) == {
        "Who stabs Gwi-nam's eye in the library?": Position(1, 5), "Who does Dae-su confess to, in the gym?": Position(1, 10),
        "Who throws Gwi-nam off the roof?": Position(1, 9)}


def test_korean_headers_and_episodes_written_hwa_are_read() -> None:
    assert _spoils(_read("v08_sheets_korean_header.csv")) == {"남라를 문 사람은?": Position(1, 6), "청산이를 문 사람은?": Position(1, 11)}


def test_excels_sep_line_and_semicolons_are_read_and_the_import_says_so() -> None:
    parsed = _read("v09_excel_semicolons.csv")
    assert _answers(parsed)["Who abandons Hyo-ryeong in the gym storeroom?"] == ("Ji-min", "Kim Ji-min")
    assert any("separated by semicolons, header on line 2" in w for w in parsed.warnings)


def test_a_spoiler_column_reads_every_wording_and_no_or_a_dash_as_no_spoiler() -> None:
    spoils = _spoils(_read("v20_spoiler_gated.csv"))
    assert spoils["Who kills Woo-jin?"] == Position(1, 12) and spoils["How many months later is the epilogue set?"] == Position(1, 12)
    assert spoils["Who is bitten protecting Su-hyeok?"] == Position(1, 6) and spoils["Which city is the school in?"] == NOTHING
    assert _spoils(_text("Question,Answer,Spoiler\nQ?,a,-\nR?,b,3\n"))["Q?"] == NOTHING


def test_alternative_answer_columns_follow_the_answer() -> None:
    assert _answers(_read("v12_csv_alt_columns.csv"))["Who created the Jonas virus?"] == (
        "Lee Byeong-chan", "Lee Byung-chan", "Mr. Lee")


def test_answers_on_several_lines_of_one_cell_are_one_answer_a_line() -> None:
    assert _answers(_read("v26_multiline_cells.csv"))["Who bites Cheong-san?"] == ("Gwi-nam", "Yoon Gwi-nam")


def test_kahoots_template_accepts_only_the_choice_its_correct_column_numbers() -> None:
    parsed = _read("v13_kahoot_template.csv")
    assert _answers(parsed)["Which city is the school in?"] == ("Hyosan",)
    assert len(parsed.questions) == 4 and any("the other choices are not accepted" in w for w in parsed.warnings)


def test_two_columns_without_a_header_are_read_as_question_and_answer_with_a_warning() -> None:
    parsed = _read("v14_quizlet_export.txt")
    assert _answers(parsed)["Who plays Lee Su-hyeok?"] == ("Lomon",)
    assert any("no header row" in w for w in parsed.warnings)


def test_a_csv_row_without_an_answer_refuses_the_file_naming_its_line() -> None:
    assert "line 3: entry 2: question 'R?' has no answer" in _refusal(b"Question,Answer\nQ?,a\nR?,\n")


def test_a_table_whose_header_names_no_question_is_not_read_as_one() -> None:
    assert "spreadsheet" in _refusal(b"Name,Score\nOn-jo,10\nSu-hyeok,9\n")


@table("name", ["v15_opentdb_base64.json", "v16_opentdb_url3986.json"])
def test_open_trivia_dbs_encoded_exports_are_read_decoded(name: str) -> None:
    parsed = _read(name)
    assert _answers(parsed)['Who drew the webtoon "Now at Our School"?'] == ("Joo Dong-geun",)
    assert any("read decoded" in w for w in parsed.warnings)


def test_a_plain_question_that_happens_to_be_valid_base64_is_not_decoded() -> None:
    assert _answers(_text('[{"question": "Hyosan", "answer": "a"}]')) == {"Hyosan": ("a",)}


def test_an_entrys_category_is_its_questions_category() -> None:
    categories = {q.category for q in _read("v15_opentdb_base64.json").questions}
    assert categories == {"entertainment: television", "entertainment: comics"}


def test_numbered_questions_take_their_answers_from_the_answer_key_by_number() -> None:
    parsed = _text("1. Who plays On-jo?\n2. Which city?\n\nAnswers:\n2. Hyosan\n1. Park Ji-hu\n")
    assert _answers(parsed) == {"Who plays On-jo?": ("Park Ji-hu",), "Which city?": ("Hyosan",)}


def test_an_answer_key_missing_a_question_refuses_naming_it() -> None:
    assert "line 2: question 'Which city?' has no 'Answer:' line" in _refusal(
        b"1. Who plays On-jo?\n2. Which city?\nAnswers:\n1. Park Ji-hu\n")


def test_an_answer_after_a_dash_is_read_with_its_alternatives_and_the_label_stays() -> None:
    assert _answers(_read("v19_numbered_dash.txt"))["Who infects Gyeong-su on purpose? (ep 3)"] == ("Na-yeon", "Lee Na-yeon")


def test_a_csv_upload_is_let_through_to_be_read() -> None:
    library.check_upload("trivia.csv", 300)


def test_a_spreadsheet_file_is_refused_saying_to_save_it_as_csv() -> None:
    with pytest.raises(TriviaError, match="save it as CSV"):
        library.check_upload("trivia.xlsx", 3000)


def test_a_file_over_the_size_limit_is_refused_saying_it_is_too_big() -> None:
    with pytest.raises(TriviaError, match="too big"):
        library.check_upload("trivia.csv", 1_077_804)


def test_a_long_line_above_the_header_is_passed_over_as_a_short_one_is() -> None:
    # (a run of dots or spaces in a cell was tried from each of its characters: a line of 8,000 took 1.4 s)
    above = "Who hides{}?{}x,Su-hyeok\nQuestion,Answer\nQ?,a\n"
    assert _answers(_text(above.format("." * 3000, " " * 3000))) == _answers(_text(above.format(".", " "))) == {"Q?": ("a",)}
