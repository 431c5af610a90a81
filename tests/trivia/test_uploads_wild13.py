"""Uploads from the thirteenth blind set (bench/trivia_import.py --set wild13): spreadsheets as moderators and hostile
users really produce them: formula cells, headers in other languages, spoiler cells in words, a question wrapped in
its cell, a question typed twice in other case (bot/trivia/tables.py, bot/trivia/entries.py, bot/trivia/lists.py),
Open Trivia DB's answers with no questions, and an answer key with alternatives (bot/trivia/labelled.py)."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from bot.show import NOTHING, Position
from bot.trivia.lists import ListError
from tests.trivia.uploads import reader
from tests.trivia.uploads import refusal as _refusal
from tests.trivia.uploads import spoils as _spoils
from tests.trivia.uploads import text as _text

SET = Path(__file__).parent / "fixtures" / "imports_wild13"
_read = reader(SET.name)


def test_a_formula_cell_is_refused_naming_its_line_and_how_to_paste_values() -> None:
    said = _refusal((SET / "x01_sheets_hyperlink_formula.csv").read_bytes())
    assert "line 3:" in said and "formula" in said and "values" in said


def test_csv_injection_payloads_in_answers_are_refused_each_by_its_line() -> None:
    said = _refusal((SET / "x02_csv_injection_payloads.csv").read_bytes())
    assert all(f"line {n}:" in said for n in (3, 4, 5)) and "line 2:" not in said


def test_a_mention_or_a_negative_number_is_no_formula() -> None:
    parsed = _text("Question,Answer\n@everyone who plays On-jo?,Park Ji-hu\nWhat is 1 minus 2?,-1\n")
    assert [q.answers for q in parsed.questions] == [("Park Ji-hu",), ("-1",)]


def test_a_question_wrapped_in_its_cell_is_one_question_its_lines_joined_by_a_space() -> None:
    texts = [q.text for q in _read("x04_multiline_question.csv").questions]
    assert texts[:2] == ["Who stabs Gwi-nam's eye in the library?", "Which teacher created the virus?"]


def test_headers_in_indonesian_and_japanese_are_read_with_the_episode_column() -> None:
    assert _spoils(_read("x08_indonesian_header.csv"))["Siapa yang menggigit Cheong-san?"] == Position(1, 11)
    assert _spoils(_read("x09_japanese_header.csv")) == {"ナムラを噛んだのは誰？": Position(1, 6), "ウジンを殺したのは誰？": Position(1, 12)}


def test_an_accented_episode_header_gates_its_rows() -> None:
    assert _spoils(_read("x07_portuguese_header.csv"))["Qual esporte Ha-ri pratica?"] == Position(1, 5)


def test_a_header_that_speaks_of_spoilers_in_other_words_is_the_episode_column() -> None:
    parsed = _text("Question,Answer,Spoiler level (episode #)\nWho bites Nam-ra?,Gwi-nam,6\n")
    assert _spoils(parsed) == {"Who bites Nam-ra?": Position(1, 6)}


def test_spoiler_cells_in_korean_words_read_ending_as_the_finale_and_none_as_nothing() -> None:
    spoils = _spoils(_read("x22_korean_spoiler_words.csv"))
    assert spoils["우진이를 죽인 사람은?"] == Position(1, 12) and spoils["학교 이름은?"] == NOTHING
    assert spoils["남라를 문 사람은?"] == Position(1, 6)


def test_a_question_typed_again_in_other_case_and_spacing_keeps_the_first_answers() -> None:
    parsed = _read("x14_duplicate_questions.csv")
    assert [q.answers for q in parsed.questions if q.text.startswith("Which city")] == [("Hyosan",)]
    assert any(w.startswith("line 5:") and "asked again" in w for w in parsed.warnings)


def test_open_trivia_dbs_rate_limit_answer_says_to_wait_and_try_again() -> None:
    said = _refusal(b'{"response_code":5,"results":[]}')
    assert "rate limit" in said and "try again" in said


def test_open_trivia_dbs_answer_with_no_results_says_it_has_no_questions() -> None:
    assert "no questions" in _refusal(b'{"response_code":0,"results":[]}')


def test_an_answer_key_gives_alternatives_after_a_slash() -> None:
    parsed = _read("x26_answer_key_with_spoilers.txt")
    assert parsed.questions[2].answers == ("So-ju", "Nam So-ju")


def test_a_json_field_named_spoiler_in_other_words_keeps_the_moderators_episode() -> None:
    for key in ("Spoiler (episode)", "Spoils up to", "Spoiler level", "Spoils ep", "Episode spoiled"):
        parsed = _text(json.dumps([{"question": "Who bites Nam-ra?", "answer": "Gwi-nam", key: 6}]))
        assert _spoils(parsed) == {"Who bites Nam-ra?": Position(1, 6)}, key


def test_an_episode_title_column_is_never_read_as_the_episode_number() -> None:
    beside = _text("Question,Answer,Episode title,Spoils up to\nWho bites Nam-ra?,Gwi-nam,6,8\n")
    assert _spoils(beside) == {"Who bites Nam-ra?": Position(1, 8)}
    alone = _text("Question,Answer,Episode title\nWho bites Nam-ra?,Gwi-nam,6\n")
    assert _spoils(alone) == {}  # undeclared: the lexicon gates it, the safe side


def test_an_episode_column_and_a_spoiler_column_that_disagree_are_refused_naming_both() -> None:
    # taking "Episode" alone would ask "Who bites Nam-ra?" at episode 2 although its moderator said it spoils 6
    with pytest.raises(ListError) as refused:
        _text("Question,Answer,Episode,Spoiler (episode)\nWho bites Nam-ra?,Gwi-nam,2,6\n")
    assert "'Episode' and 'Spoiler (episode)'" in str(refused.value)


def test_an_episode_column_and_a_spoiler_column_that_agree_gate_at_their_episode() -> None:
    parsed = _text("Question,Answer,Episode,Spoils up to\nWho bites Nam-ra?,Gwi-nam,6,6\n")
    assert _spoils(parsed) == {"Who bites Nam-ra?": Position(1, 6)}
