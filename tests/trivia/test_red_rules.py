"""`hyosan trivia check --red`: Red-DiscordBot's own upload rules, one fixture per rule, and Red's 54
real lists in both modes (skipped when ../shared is absent)."""

from __future__ import annotations

from pathlib import Path

import pytest

from bot.cli import main
from bot.trivia.lists import ListError, NotJudged, parse_list
from bot.trivia.redrules import check_red
from tests.table import table

RULES = Path(__file__).parent / "fixtures" / "red_rules"
RED_LISTS = Path(__file__).resolve().parents[3] / "shared" / "red-trivia-lists"
if not RED_LISTS.is_dir():  # a worktree beside the main checkout: /work/wt/<name>
    RED_LISTS = Path(__file__).resolve().parents[4] / "shared" / "red-trivia-lists"

# Each fixture Red refuses, and what the refusal names.
REFUSED = {
    "not_a_mapping": "must be a 'key: value' mapping",
    "empty_file": "must be a 'key: value' mapping",
    "schema_not_text": "line 1: $schema must be text",
    "author_empty": "line 1: AUTHOR must be text of 1 to 1000 characters, not empty text",
    "author_not_text": "AUTHOR must be text of 1 to 1000 characters, not a number",
    "author_too_long": "AUTHOR must be text of 1 to 1000 characters, not 1001 characters",
    "description_empty": "DESCRIPTION must be text of 1 to 200 characters, not empty text",
    "description_too_long": "line 1: DESCRIPTION must be text of 1 to 200 characters, not 201 characters",
    "config_not_a_mapping": "line 1: CONFIG must be a 'key: value' mapping",
    "config_null": "CONFIG must be a 'key: value' mapping",
    "config_unknown_key": "line 3: 'colour' is not a key that can be given in CONFIG",
    "config_delay_3": "line 2: 'delay' in CONFIG must be a number of at least 4, not 3",
    "config_timeout_0": "line 2: 'timeout' in CONFIG must be a number above 0, not 0",
    "config_max_score_0": "'max_score' in CONFIG must be a whole number of at least 1, not 0",
    "config_max_score_not_whole": "'max_score' in CONFIG must be a whole number of at least 1, not 10.0",
    "config_max_score_true": "'max_score' in CONFIG must be a whole number of at least 1, not True",
    "config_bot_plays_not_a_flag": "'bot_plays' in CONFIG must be true or false, not 1",
    "config_reveal_answer_text": "'reveal_answer' in CONFIG must be true or false, not 'yes'",
    "config_use_spoilers_number": "'use_spoilers' in CONFIG must be true or false, not 0",
    "config_payout_negative": "'payout_multiplier' in CONFIG must be a number of at least 0, not -1",
    "config_delay_not_finite": "'delay' in CONFIG must be a number of at least 4, not inf",
    "config_timeout_text": "'timeout' in CONFIG must be a number above 0, not '60'",
    "question_key_number": "line 3: the question '1984' is not text (YAML reads it as a number)",
    "question_key_boolean": "line 3: the question 'yes' is not text (YAML reads it as true/false)",
    "question_key_date": "line 3: the question '2015-01-01' is not text (YAML reads it as a date)",
    "question_key_null": "line 3: the question '~' is not text (YAML reads it as null)",
    "answers_not_a_list": "line 1: the value of question 'Which city is the capital of France?' is not a list",
    "answer_null": "line 1: the value of question 'Which city is the capital of France?' is not a list",
    "answer_date": "line 1: the value of question 'On which date did 2015 begin?' is not a list",
    "answer_a_mapping": "is not a list of text values (answers)",
    "answer_a_list": "is not a list of text values (answers)",
    "no_questions": "the list has no questions",
    "yaml_syntax_error": "YAML syntax error",
    "two_documents": "more than one YAML document",
}
ACCEPTED = sorted(path.stem for path in (RULES / "accepted").glob("*.yaml"))


def test_every_refused_fixture_has_its_expected_refusal() -> None:
    assert sorted(path.stem for path in (RULES / "refused").glob("*.yaml")) == sorted(REFUSED)


@table("name", sorted(REFUSED))
def test_red_rules_refuse_what_red_refuses(name: str) -> None:
    problems = check_red((RULES / "refused" / f"{name}.yaml").read_bytes())
    assert len(problems) == 1 and REFUSED[name] in problems[0]


@table("name", ACCEPTED)
def test_red_rules_accept_what_red_accepts(name: str) -> None:
    assert check_red((RULES / "accepted" / f"{name}.yaml").read_bytes()) == []


def test_check_red_says_refused_and_fails_for_a_list_red_refuses(capsys: pytest.CaptureFixture[str]) -> None:
    path = RULES / "refused" / "config_delay_3.yaml"
    code = main(["trivia", "check", "--red", str(path)])
    out = capsys.readouterr().out
    assert code == 1
    assert f"{path}: REFUSED by Red's upload rules, red format, 1 question" in out
    assert "  red: line 2: 'delay' in CONFIG must be a number of at least 4, not 3" in out
    assert out.strip().endswith("(1 file Red refuses, 0 not checked)")


def test_check_red_accepts_and_passes_for_lists_red_accepts(capsys: pytest.CaptureFixture[str]) -> None:
    paths = [str(RULES / "accepted" / f"{name}.yaml") for name in ("schema_key", "aliases")]
    code = main(["trivia", "check", "--red", *paths])
    out = capsys.readouterr().out
    assert code == 0
    assert out.count("accepted by Red's upload rules") == 2


def test_check_red_shows_what_would_stop_hyosan_importing_a_list_red_accepts(capsys: pytest.CaptureFixture[str]) -> None:
    path = RULES / "accepted" / "empty_answer_list.yaml"
    assert main(["trivia", "check", "--red", str(path)]) == 0
    out = capsys.readouterr().out
    assert "(hyosan would not import it as it is:)" in out
    assert "  error: line 3: question 'A question with no answers?' has no answers" in out


def test_a_file_past_a_limit_red_does_not_have_is_not_judged() -> None:
    with pytest.raises(NotJudged, match="the limit is"):
        check_red(b"Q?:\n- " + b"a" * 2_000 + b"\n", max_bytes=1_000)


def test_aliases_past_the_budget_are_not_judged() -> None:
    answers = "[" + ", ".join(["x"] * 100) + "]"
    text = f"Q0?: &a {answers}\n" + "".join(f"Q{i}?: *a\n" for i in range(1, 600))
    with pytest.raises(NotJudged, match="aliases repeat more than"):
        check_red(text.encode())


def test_check_red_says_not_checked_and_fails_for_a_file_it_could_not_read(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    path = tmp_path / "utf16.yaml"
    path.write_bytes("Q?:\n- a\n".encode("utf-16"))
    assert main(["trivia", "check", "--red", str(path)]) == 1
    out = capsys.readouterr().out
    assert "NOT CHECKED against Red's upload rules (hyosan could not read it)" in out and "  unread: " in out
    assert out.strip().endswith("(0 files Red refuses, 1 not checked)")


def test_check_red_tells_that_red_cannot_read_hyosans_format(capsys: pytest.CaptureFixture[str]) -> None:
    path = Path(__file__).parent / "fixtures" / "hyosan_small.yaml"
    assert main(["trivia", "check", "--red", str(path)]) == 1
    assert "a list in hyosan's format, which Red cannot read" in capsys.readouterr().out


def test_default_check_still_passes_lists_red_refuses_for_keys_hyosan_ignores(capsys: pytest.CaptureFixture[str]) -> None:
    paths = [str(RULES / "refused" / f"{name}.yaml") for name in ("config_unknown_key", "config_delay_3")]
    assert main(["trivia", "check", *paths]) == 0
    assert "unknown CONFIG key 'colour' ignored" in capsys.readouterr().out


@table(
    ("name", "warning"),
    [
        ("schema_key", None),
        ("duplicate_author", "line 4: AUTHOR is given twice (first at line 1); the last one is used, as in Red"),
        ("aliases", None),
        ("repeated_question", "is repeated with different answers (first at line 1); the first one is kept"),
    ],
)
def test_default_mode_imports_red_parity_fixtures(name: str, warning: str | None) -> None:
    parsed = parse_list((RULES / "accepted" / f"{name}.yaml").read_bytes(), name)
    assert parsed.questions
    assert (warning is None and parsed.warnings == ()) or any(warning in w for w in parsed.warnings if warning)


def test_default_mode_refuses_an_answer_red_refuses_and_no_guess_could_match() -> None:
    with pytest.raises(ListError) as info:
        parse_list((RULES / "refused" / "answer_null.yaml").read_bytes(), "answer_null")
    assert info.value.problems == [
        "line 3: an answer of question 'Which city is the capital of France?' is empty (~ is YAML's null), "
        "so no guess could ever match it; write the answer or remove the line"
    ]


def _red_lists() -> list[Path]:
    return sorted(RED_LISTS.glob("*.yaml")) if RED_LISTS.is_dir() else []


needs_red_lists = pytest.mark.skipif(not RED_LISTS.is_dir(), reason="../shared/red-trivia-lists is absent")


@needs_red_lists
def test_all_54_red_lists_are_present() -> None:
    assert len(_red_lists()) == 54


# Each list imports in default mode and plays: tests/trivia/test_red_lists_play.py.


@needs_red_lists
@table("path", _red_lists() or [Path("absent.yaml")], ids=lambda p: p.stem)
def test_red_list_passes_red_upload_rules(path: Path) -> None:
    assert check_red(path.read_bytes()) == []
