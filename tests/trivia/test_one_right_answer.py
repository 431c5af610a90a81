"""Open Trivia DB's `correct_answer` holds one answer (review40): its commas, semicolons and bars are part of it, never
separators; only a field that holds several answers ("answers", a Sheets row) is split at them."""

from __future__ import annotations

import json

from bot.trivia.lists import parse_list
from tests.table import table


def _opentdb(answer: str) -> tuple[str, ...]:
    data = {"response_code": 0, "results": [{"type": "multiple", "difficulty": "easy", "category": "Geography",
                                             "question": "Where does the summit take place?", "correct_answer": answer,
                                             "incorrect_answers": ["Seoul", "Busan", "Tokyo"]}]}
    return parse_list(json.dumps(data).encode(), "mods").questions[0].answers


@table("answer", [
    "Washington, D.C.",
    "Hyosan High School, Class 2-5",
    "Cheong-san; On-jo",
    "Lee Byeong-chan | the teacher",
    "1, 2, 3",
])
def test_an_open_trivia_db_correct_answer_with_a_comma_stays_one_answer(answer: str) -> None:
    assert _opentdb(answer) == (answer,)


def test_a_sheets_answers_field_is_still_split_at_its_commas() -> None:
    data = [{"Question": "Who are On-jo's friends?", "Answers": "Cheong-san, Su-hyeok"}]
    assert parse_list(json.dumps(data).encode(), "mods").questions[0].answers == ("Cheong-san", "Su-hyeok")
