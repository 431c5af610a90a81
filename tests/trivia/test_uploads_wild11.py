"""Uploads from the eleventh blind set (bench/trivia_import.py --set wild11): lists exported as JSON rows by
Sheets, Notion, Airtable, a "JSON from CSV" converter and Open Trivia DB (bot/trivia/entries.py), written as
`Question:` / `Answer:` labels (bot/trivia/labelled.py) or grouped under headings (bot/trivia/sections.py),
read by bot/trivia/lists.py."""

from __future__ import annotations

from pathlib import Path

from bot.show import NOTHING, Position
from bot.trivia import library
from bot.trivia.entries import split_answers
from tests.table import table
from tests.trivia.uploads import answers as _answers
from tests.trivia.uploads import reader
from tests.trivia.uploads import refusal as _refusal
from tests.trivia.uploads import spoils as _spoils
from tests.trivia.uploads import text as _text

SET = Path(__file__).parent / "fixtures" / "imports_wild11"
_read = reader(SET.name)


def test_a_sheets_json_array_of_rows_is_imported_with_its_answers_split_at_commas() -> None:
    assert _answers(_read("u01_apps_script_rows.json")) == {
        "Who stabs Gwi-nam's eye in the library?": ("Cheong-san", "Lee Cheong-san"),
        "Who kisses Su-hyeok on the roof?": ("Nam-ra", "Choi Nam-ra"),
        "Which city is the school in?": ("Hyosan",),
        "Who plays Nam On-jo?": ("Park Ji-hu", "Park Ji-hoo"),
    }


def test_an_episode_column_tags_its_row_and_an_empty_cell_declares_nothing() -> None:
    parsed = _read("u01_apps_script_rows.json")
    assert _spoils(parsed) == {"Who stabs Gwi-nam's eye in the library?": Position(1, 5),
                               "Who kisses Su-hyeok on the roof?": Position(1, 7)}


def test_the_import_says_how_a_json_export_was_read() -> None:
    warnings = " ".join(_read("u01_apps_script_rows.json").warnings)
    assert "one entry a question" in warnings and "split at ','" in warnings and "';'" in warnings


def test_rows_wrapped_under_a_questions_key_are_read_with_a_spoiler_field_as_the_episode() -> None:
    parsed = _read("u02_notion_wrapped.json")
    assert _spoils(parsed) == {"Who bites Nam-ra while she defends Su-hyeok?": Position(1, 6),
                               "Who infects Gyeong-su on purpose?": Position(1, 3)}


def test_an_airtable_export_splits_answers_at_pipes_and_keeps_its_difficulty() -> None:
    parsed = _read("u03_airtable_extra_columns.json")
    assert _answers(parsed)["Who confesses to Ha-ri in the gym?"] == ("Dae-su", "Yang Dae-su")
    assert {q.text: q.difficulty for q in parsed.questions}["Who abandons Hyo-ryeong in the gym storeroom?"] == "hard"


def test_a_column_no_question_needs_is_named_as_not_read() -> None:
    parsed = _text('[{"question": "Q?", "answer": "a", "Hint": "starts with an a"}]')
    assert any("fields not read: 'Hint'" in w for w in parsed.warnings)


def test_open_trivia_db_keeps_its_correct_answer_only_and_reads_its_html_entities() -> None:
    answers = _answers(_read("u04_opentdb_export.json"))
    assert answers['In "All of Us Are Dead", what is the name of the city?'] == ("Hyosan",)
    assert '"All of Us Are Dead" is based on a webtoon.' in answers


def test_a_blank_row_from_a_converter_is_skipped_with_a_warning() -> None:
    parsed = _read("u05_converter_all_strings.json")
    assert len(parsed.questions) == 3 and any("blank entries skipped: 4" in w for w in parsed.warnings)


@table(("name", "question"), [
    ("u05_converter_all_strings.json", "Who kills Woo-jin?"), ("u06_korean_keys.json", "청산이를 문 사람은?"),
    ("u07_spanish_keys.json", "¿Quién se sacrifica para sacar a los chicos del gimnasio?")])
def test_keys_are_read_in_any_case_and_in_korean_and_spanish(name: str, question: str) -> None:
    assert question in _spoils(_read(name))


def test_an_entry_with_two_answer_fields_saying_different_things_is_refused_naming_it_and_its_keys() -> None:
    said = _refusal((SET / "u08_two_answer_keys.json").read_bytes())
    assert "entry 2 has two answer fields, 'answer' and 'correct'" in said


def test_an_entry_with_two_question_fields_is_refused_naming_it_and_its_keys() -> None:
    said = _refusal((SET / "u09_two_question_keys.json").read_bytes())
    assert "entry 1 has two question fields, 'Question' and 'Prompt'" in said


def test_two_answer_fields_saying_the_same_are_no_ambiguity() -> None:
    parsed = _text('[{"question": "Q?", "answer": "a", "Correct Answer": "a"}]')
    assert _answers(parsed) == {"Q?": ("a",)}


def test_an_answer_list_and_the_same_answers_as_one_text_are_no_ambiguity() -> None:
    parsed = _text('[{"question": "Q?", "answers": ["a", "b"], "answer": "a, b"}]')
    assert _answers(parsed) == {"Q?": ("a", "b")}


def test_accepted_alternatives_are_answers_after_the_answer() -> None:
    parsed = _text('[{"question": "Q?", "answer": "a", "alternatives": ["b", "a"]}]')
    assert _answers(parsed) == {"Q?": ("a", "b")}


def test_an_answer_too_long_in_a_row_is_refused_naming_the_entry() -> None:
    said = _refusal((SET / "u15_answer_too_long.json").read_bytes())
    assert "entry 2: " in said and "characters long" in said


def test_a_row_without_an_answer_is_refused_naming_the_entry() -> None:
    assert "entry 1: question 'Q?' has no answer" in _refusal(b'[{"question": "Q?", "notes": "x"}]')


def test_an_episode_the_show_has_not_is_refused_naming_the_entry() -> None:
    said = _refusal(b'[{"question": "Q?", "answer": "a", "episode": 40}]')
    assert "entry 1: spoils" in said


def test_a_number_with_a_thousands_comma_is_one_answer() -> None:
    assert split_answers("1,000") == (["1,000"], None)


def test_a_spoiler_bar_is_no_pipe_to_split_at() -> None:
    assert split_answers("||Hyosan||") == (["||Hyosan||"], None)


def test_question_and_answer_labels_are_imported_with_a_warning_saying_how_they_were_read() -> None:
    parsed = _read("u10_label_pairs.yaml")
    assert _answers(parsed)["Who wrote the screenplay of season 1?"] == ("Chun Sung-il", "Cheon Seong-il")
    assert any("read as labelled questions" in w for w in parsed.warnings)


def test_an_episode_label_tags_the_question_above_it() -> None:
    assert _spoils(_read("u10_label_pairs.yaml")) == {"Who bites Nam-ra while she defends Su-hyeok?": Position(1, 6)}


def test_numbered_questions_with_answer_lines_are_read_and_the_title_line_is_not_asked() -> None:
    parsed = _read("u11_numbered_answers.txt")
    assert list(_answers(parsed)) == ["Who plays Nam On-jo?", "What is On-jo's father's job?",
                                      "Which sport is Ha-ri the captain of?"]
    assert any("read as a title" in w for w in parsed.warnings)


def test_a_line_between_labelled_questions_that_is_none_of_them_is_refused_naming_it() -> None:
    said = _refusal(b"Q: What is Q?\nA: a\nsee you next week\nQ: What is R?\nA: b\n")
    assert said.startswith("line 3: 'see you next week' is neither a question")


def test_a_labelled_question_without_an_answer_line_is_refused_naming_its_line() -> None:
    assert "line 3: question 'What is R?' has no 'Answer:' line" in _refusal(b"Q: What is Q?\nA: a\nQ: What is R?\n")


def test_labels_mixed_into_a_red_list_are_left_to_the_red_reader() -> None:
    said = _refusal(b"Question: What is Q?\nAnswer: a\nWhat is R?:\n- b\n")
    assert "'What is Q?:'" in said


def test_a_hyosan_list_with_its_keys_indented_is_never_read_as_labels() -> None:
    parsed = _text("hyosan: 1\nquestions:\n  - id: a\n    question: Who?\n    answers: [Lomon, Park Solomon]\n    spoils: 3\n")
    assert _answers(parsed) == {"Who?": ("Lomon", "Park Solomon")} and parsed.format == "hyosan"


def test_too_many_labelled_questions_are_refused_before_any_is_read() -> None:
    said = _refusal(b"".join(b"Q: Question %d?\nA: a\n" % n for n in range(20_001)))
    assert "the limit is 20000" in said


def test_questions_under_section_headings_are_imported_without_the_headings() -> None:
    parsed = _read("u13_sections.yaml")
    assert len(parsed.questions) == 4 and "Cast" not in _answers(parsed)
    assert any("grouped under headings" in w and "'Story'" in w for w in parsed.warnings)


def test_a_heading_that_names_an_episode_holds_its_questions_back_to_it() -> None:
    parsed = _text("Spoilers (ep 11):\n  Who lures the zombies away?:\n  - Cheong-san\n  Who plays On-jo?:\n  - Park Ji-hu\n")
    assert set(_spoils(parsed).values()) == {Position(1, 11)}


def test_a_heading_that_says_spoilers_without_an_episode_holds_its_questions_to_the_last_one() -> None:
    parsed = _text("Spoilers:\n  Who lures the zombies away?:\n  - Cheong-san\n  Who plays On-jo?:\n  - Park Ji-hu\n")
    assert set(_spoils(parsed).values()) == {Position(1, 12)} and NOTHING not in _spoils(parsed).values()


def test_a_txt_upload_is_let_through_to_be_read() -> None:
    library.check_upload("quiz.txt", 100)  # u11, u12: a quiz kept as notes


def test_an_answer_written_with_html_entities_is_one_answer_not_split_at_their_semicolons() -> None:
    parsed = _text('{"results": [{"question": "Which song is it?", "correct_answer": "&quot;Dynamite&quot;",'
                   ' "incorrect_answers": ["Butter"]}, {"question": "Who is On-jo&#039;s father?",'
                   ' "correct_answer": "So-ju", "incorrect_answers": []}]}')
    assert _answers(parsed) == {"Which song is it?": ('"Dynamite"',), "Who is On-jo's father?": ("So-ju",)}
