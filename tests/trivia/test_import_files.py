"""Lists as moderators write them (tests/trivia/fixtures/imports/, judged by expected.yaml there):
each is imported with every question and answer as written, or refused naming the lines at fault
and what the file is. `python -m bench.trivia_import` puts the same files through /triviaset import."""

from __future__ import annotations

import re
from pathlib import Path
from typing import Any

import pytest
import yaml

from bot.trivia.library import check_upload
from bot.trivia.lists import ListError, parse_list
from bot.trivia.model import TriviaError

IMPORTS = Path(__file__).parent / "fixtures" / "imports"
EXPECTED: dict[str, dict[str, Any]] = yaml.safe_load((IMPORTS / "expected.yaml").read_text(encoding="utf-8"))


def _read(name: str) -> tuple[list[str], dict[str, list[str]], list[str]]:
    """(problems, questions and their answers, warnings) as the import reads the file."""
    data = (IMPORTS / name).read_bytes()
    try:
        check_upload(name, len(data))
        parsed = parse_list(data, "imported")
    except TriviaError as exc:
        return [str(exc)], {}, []
    except ListError as exc:
        return exc.problems, {}, exc.warnings
    return [], {q.text: list(q.answers) for q in parsed.questions}, list(parsed.warnings)


def _names(texts: list[str], line: int) -> bool:
    return any(re.search(rf"\bline {line}\b", text) for text in texts)


@pytest.mark.parametrize("name", [n for n, want in EXPECTED.items() if "refused" in want])
def test_a_list_that_cannot_be_read_is_refused_naming_its_lines_and_what_it_is(name: str) -> None:
    problems, questions, _ = _read(name)
    want = EXPECTED[name]
    assert problems and not questions, questions
    assert all(_names(problems, line) for line in want["refused"]), problems
    assert "says" not in want or re.search(want["says"], " ".join(problems)), problems


@pytest.mark.parametrize("name", [n for n, want in EXPECTED.items() if "imported" in want])
def test_a_list_is_imported_with_every_question_and_answer_as_written(name: str) -> None:
    problems, questions, warnings = _read(name)
    want = EXPECTED[name]
    assert not problems, problems
    assert len(questions) == want["imported"], list(questions)
    for question, answers in (want.get("answers") or {}).items():
        assert questions[str(question)][: len(answers)] == [str(a) for a in answers]
    assert all(_names(warnings, line) for line in want.get("warn") or ()), warnings
