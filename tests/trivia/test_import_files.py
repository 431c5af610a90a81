"""Lists as moderators write them (tests/trivia/fixtures/imports/ and imports_moderators/, each judged
by the expected.yaml beside it): each is imported with every question and answer as written and the
spoiler tag it declares, or refused naming the lines at fault and what the file is.
`python -m bench.trivia_import [--data ...]` puts the same files through /triviaset import."""

from __future__ import annotations

import functools
import re
from pathlib import Path
from typing import Any

import yaml

from bot.show import ShowShape, read_position
from bot.trivia.library import check_upload
from bot.trivia.lists import ListError, parse_list
from bot.trivia.model import TriviaError, TriviaList
from bot.trivia.tagging import tag_imported
from tests.table import table

FIXTURES = Path(__file__).parent / "fixtures"
SETS = ("imports", "imports_moderators")


@functools.cache
def expected() -> dict[str, dict[str, Any]]:
    """What each file must come to, read by the first test that needs it (not at import: every
    pytest-xdist worker imports this module, and only one runs it)."""
    loader = getattr(yaml, "CSafeLoader", yaml.SafeLoader)  # libyaml when present
    return {
        f"{folder}/{name}": want
        for folder in SETS
        for name, want in yaml.load((FIXTURES / folder / "expected.yaml").read_text(encoding="utf-8"), Loader=loader).items()
    }


def _named(key: str) -> list[str]:
    return [n for n, want in expected().items() if key in want]


def _parsed(name: str) -> tuple[list[str], TriviaList | None, list[str]]:
    """(problems, the list, warnings) as the import reads the file."""
    data = (FIXTURES / name).read_bytes()
    try:
        check_upload(Path(name).name, len(data))
        parsed = parse_list(data, "imported")
    except TriviaError as exc:
        return [str(exc)], None, []
    except ListError as exc:
        return exc.problems, None, exc.warnings
    return [], parsed, list(parsed.warnings)


def _read(name: str) -> tuple[list[str], dict[str, list[str]], list[str]]:
    """(problems, questions and their answers, warnings) as the import reads the file."""
    problems, parsed, warnings = _parsed(name)
    return problems, ({q.text: list(q.answers) for q in parsed.questions} if parsed else {}), warnings


def _names(texts: list[str], line: int) -> bool:
    return any(re.search(rf"\bline {line}\b", text) for text in texts)


@table("name", lambda: _named("refused"))
def test_a_list_that_cannot_be_read_is_refused_naming_its_lines_and_what_it_is(name: str) -> None:
    problems, questions, _ = _read(name)
    want = expected()[name]
    assert problems and not questions, questions
    assert all(_names(problems, line) for line in want["refused"]), problems
    assert "says" not in want or re.search(want["says"], " ".join(problems)), problems


@table("name", lambda: _named("imported"))
def test_a_list_is_imported_with_every_question_and_answer_as_written(name: str) -> None:
    problems, questions, warnings = _read(name)
    want = expected()[name]
    assert not problems, problems
    assert len(questions) == want["imported"], list(questions)
    for question, answers in (want.get("answers") or {}).items():
        assert questions[str(question)][: len(answers)] == [str(a) for a in answers]
    assert all(_names(warnings, line) for line in want.get("warn") or ()), warnings


@table("name", lambda: _named("spoils"))
def test_an_imported_question_is_asked_only_from_the_episode_it_spoils(name: str) -> None:
    """A tag the file declares is read as the episode it names, however it is spelt; a question that
    declares none is held back at least as far (without the lexicon: the last released episode)."""
    problems, parsed, _ = _parsed(name)
    assert parsed is not None, problems
    declared = {q.text: q.spoils for q in parsed.questions if q.id not in parsed.undeclared}
    tagged = {q.text: q.spoils for q in tag_imported(parsed, None, ShowShape.season_one().last()).questions}
    for question, position in expected()[name]["spoils"].items():
        want = read_position(str(position))
        assert want is not None
        if question in declared:
            assert declared[question] == want, (question, declared[question])
        else:
            assert tagged[question] >= want, (question, tagged[question])
