"""`hyosan season2 replay` (bot/season2/cli.py)."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from bot.cli import main

TIMELINE = """
- {id: renewal, date: 2022-06-06, milestone: renewed, confidence: official, publisher: Netflix, text: Renewed.}
- {id: rumour, date: 2022-09, milestone: filming, confidence: rumour, publisher: Fan account,
   text: Photos said to show filming., standing: refuted, refuted_by: denial}
- {id: denial, date: 2023-03, milestone: pre_production, confidence: reported, publisher: Teen Vogue,
   text: Not filming yet.}
- {id: wrap1, date: 2026-02-18, milestone: filming wrapped, confidence: reported, publisher: NewsX, text: Wrapped.}
- {id: wrap2, date: 2026-02-22, milestone: filming_wrapped, confidence: reported, publisher: India TV, text: Wrapped.}
- {id: date1, date: 2026-09-01, milestone: release_date_announced, confidence: official, publisher: Netflix,
   text: Premiere set., release_at: "2027-01-15T08:00:00Z"}
"""


@pytest.fixture
def timeline(tmp_path: Path) -> Path:
    path = tmp_path / "timeline.yaml"
    path.write_text(TIMELINE, encoding="utf-8")
    return path


def test_replay_prints_the_transitions(timeline: Path, capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["season2", "replay", str(timeline)]) == 0
    out = capsys.readouterr().out
    assert "2022-06-06  start -> Renewed" in out
    assert "2026-02-22  Renewed -> Filming wrapped" in out
    assert "release date set: 2027-01-15 08:00 UTC" in out
    assert "[RUMOUR, REFUTED 2023-03 by denial]" in out


def test_replay_json(timeline: Path, capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["season2", "replay", str(timeline), "--json"]) == 0
    data = json.loads(capsys.readouterr().out)
    assert [t["kind"] for t in data["transitions"]] == ["milestone", "milestone", "release_date_set"]
    assert data["final"]["release_at"] == "2027-01-15T08:00:00+00:00"


def test_replay_of_the_bundled_history_needs_no_file(capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["season2", "replay"]) == 0
    assert "2025-07-23  Casting -> Filming" in capsys.readouterr().out


def test_replay_of_the_lore_pack(capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["season2", "replay", "--pack"]) == 0
    assert "2022-06-06  start -> Renewed" in capsys.readouterr().out


def test_a_missing_file_is_a_clean_error(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["season2", "replay", str(tmp_path / "nope.yaml")]) == 2
    assert "nope.yaml: no such file" in capsys.readouterr().err


def test_a_malformed_timeline_is_a_clean_error(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    path = tmp_path / "bad.yaml"
    path.write_text("- {date: 2022-06-06, milestone: renewd, confidence: official, publisher: N, text: t}\n")
    assert main(["season2", "replay", str(path)]) == 2
    assert "unknown milestone" in capsys.readouterr().err


def test_invalid_yaml_is_a_clean_error(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    path = tmp_path / "bad.yaml"
    path.write_text("- [unclosed\n")
    assert main(["season2", "replay", str(path)]) == 2
    assert "not valid YAML" in capsys.readouterr().err


@pytest.mark.parametrize("field", [
    "date: 9999-12-31", "date: 2022-06-06, release_at: 9999-12-31",
    "date: 2022-06-06, release_at: '9999-12-31T23:00:00-05:00'",  # past the calendar's end in UTC: no OverflowError
])
def test_a_placeholder_date_in_a_timeline_is_a_clean_error(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], field: str
) -> None:
    path = tmp_path / "bad.yaml"
    path.write_text("- {" + field + ", milestone: release_date_announced, confidence: official, publisher: N, text: t}\n")
    assert main(["season2", "replay", str(path)]) == 2
    err = capsys.readouterr().err
    assert "entry 1" in err and "out of range" in err and "9999-12-31" in err and "Traceback" not in err


BOMB_TIMELINE = """\
- date: 2026-01-01
  milestone: filming
  confidence: official
  publisher: &a ["lol", "lol", "lol", "lol", "lol", "lol", "lol", "lol", "lol"]
  title: &b [*a, *a, *a, *a, *a, *a, *a, *a, *a]
  text: &c [*b, *b, *b, *b, *b, *b, *b, *b, *b]
- date: 2026-01-02
  milestone: filming
  confidence: official
  publisher: x
  text: [*c, *c, *c, *c, *c, *c, *c, *c, *c]
"""


def test_a_timeline_with_aliases_is_refused_before_anything_expands_them(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    path = tmp_path / "bomb.yaml"
    path.write_text(BOMB_TIMELINE, encoding="utf-8")
    assert main(["season2", "replay", str(path)]) == 2
    err = capsys.readouterr().err
    assert err.startswith(f"hyosan: {path} is not valid YAML (line 5): ") and "alias" in err, err


@pytest.mark.parametrize("date", ["2026-13-45", "2026-02-30"])
def test_a_date_that_is_not_on_the_calendar_is_a_clean_error(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], date: str
) -> None:
    path = tmp_path / "bad.yaml"
    path.write_text(f"- {{date: {date}, milestone: filming, confidence: official, publisher: N, text: t}}\n")
    assert main(["season2", "replay", str(path)]) == 2
    err = capsys.readouterr().err
    assert err.startswith("hyosan: entry 1: ") and date in err, err
