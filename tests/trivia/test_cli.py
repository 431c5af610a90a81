"""`hyosan trivia check` on the test fixtures."""

from __future__ import annotations

from pathlib import Path

import pytest

from bot.cli import main

FIXTURES = Path(__file__).parent / "fixtures"


def test_check_passes_valid_lists_and_prints_counts(capsys: pytest.CaptureFixture[str]) -> None:
    code = main(["trivia", "check", str(FIXTURES / "red_small.yaml"), str(FIXTURES / "hyosan_small.yaml")])
    out = capsys.readouterr().out
    assert code == 0
    assert "red_small.yaml: ok, red format, 7 questions, 5 warnings, 0 errors" in out
    assert "hyosan_small.yaml: ok, hyosan format, 2 questions, 0 warnings, 0 errors" in out
    assert "warning: line 13:" in out and "'007'" in out
    assert out.strip().endswith("2 files, 9 questions, 5 warnings, 0 errors (0 files with errors)")


def test_check_fails_with_exact_errors(capsys: pytest.CaptureFixture[str]) -> None:
    code = main(["trivia", "check", str(FIXTURES / "broken.yaml"), str(FIXTURES / "red_small.yaml")])
    out = capsys.readouterr().out
    assert code == 1
    assert "broken.yaml: ERROR, red format, 0 questions" in out
    assert "  error: line 3: question 'A question with no answers?' has no answers" in out
    assert "  warning: line 4: AUTHOR is given twice (first at line 1); the last one is used, as in Red" in out
    assert "(1 file with errors)" in out


def test_check_reports_missing_and_oversized_files(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    big = tmp_path / "big.yaml"
    big.write_bytes(b"x" * 1_000_001)
    code = main(["trivia", "check", str(big), str(tmp_path / "nope.yaml")])
    out = capsys.readouterr().out
    assert code == 1
    assert "the limit is 1.0 MB" in out and "nope.yaml: no such file" in out


def test_quiet_prints_only_failures_and_totals(capsys: pytest.CaptureFixture[str]) -> None:
    code = main(["trivia", "check", "--quiet", str(FIXTURES / "red_small.yaml")])
    out = capsys.readouterr().out
    assert code == 0 and out.strip() == "1 file, 7 questions, 5 warnings, 0 errors (0 files with errors)"


def test_bundled_pack_passes_the_check(capsys: pytest.CaptureFixture[str]) -> None:
    pack = Path(__file__).parents[2] / "bot" / "trivia" / "data" / "aouad.yaml"
    assert main(["trivia", "check", str(pack)]) == 0
    out = capsys.readouterr().out
    # its one warning is the import's own: its season-2 questions wait for the end of season 2
    assert "1 warning, 0 errors" in out and "tell the story of season 2 without an episode" in out


def test_check_says_what_the_upload_reply_says_of_questions_not_out_yet(capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["trivia", "check", str(FIXTURES / "imports_wild20" / "q01_red_s2_comment_notes.yaml")]) == 0
    assert "questions spoil S2E1 to S2E5, not out yet: asked only once a channel's spoiler mark reaches that episode" in (
        capsys.readouterr().out)


def test_check_says_that_questions_naming_nothing_from_the_show_are_asked_anywhere(
        capsys: pytest.CaptureFixture[str]) -> None:
    main(["trivia", "check", str(FIXTURES / "red_small.yaml")])
    assert "none of these 7 name anything from the show, so they spoil nothing and are asked anywhere" in capsys.readouterr().out
