"""Uploads from the forty-sixth blind set (bench/trivia_import.py --set wild46): pastes drawn with rules and frames of
punctuation import, and a paste padded with bracket runs, hundreds of hashtags or a row of 16,000 tabs is read at once
(each took 0.4-1.9 s, growing as its square or cell by cell)."""

from __future__ import annotations

from bot.trivia.lists import parse_list
from tests.stall import read_at_once
from tests.table import table

_QUESTIONS = "1. Who throws Gwi-nam off the roof? - ||Nam-ra||\n2. Who kills Woo-jin? - ||Nam-ra||\n"


@table("rule", ["-----", "=====", "~*~*~", "[[[[]]]]", "- - -"])
def test_a_line_of_punctuation_between_questions_is_a_rule_not_a_question(rule: str) -> None:
    parsed = parse_list(f"AOUAD quiz\n1. Who kills Woo-jin? - ||Nam-ra||\n{rule}\n2. Who locks the roof door? - ||Cheol-su||\n"
                        .encode(), "rules")
    assert [q.text for q in parsed.questions] == ["Who kills Woo-jin?", "Who locks the roof door?"]


@table("padded", [
    "AOUAD quiz " + "[" * 8000 + "\n" + _QUESTIONS,  # a bracket run never closed, after a header
    "AOUAD quiz " + "(" * 8000 + "\n" + _QUESTIONS,
    "AOUAD quiz\n" + " ".join(["#aouad #s2 #part1"] * 600) + "\n" + _QUESTIONS,  # "#s2" named 600 times
    "AOUAD quiz" + "\t" * 16_000 + "x\n" + _QUESTIONS,  # a sheet's row of empty cells
    "AOUAD quiz\n1. Who kills Woo-jin?" + "\t" * 16_000 + "- ||Nam-ra||\n",
])
def test_a_paste_padded_with_thousands_of_marks_is_read_at_once(padded: str) -> None:
    parse_list(_QUESTIONS.encode(), "warm")  # (the patterns compiled first)
    with read_at_once():
        parsed = parse_list(padded.encode(), "padded")
    assert parsed.questions
