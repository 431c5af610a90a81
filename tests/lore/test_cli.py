"""`hyosan ask` on the console."""

from __future__ import annotations

import json

import pytest

from bot.cli import main


def _run(capsys: pytest.CaptureFixture[str], *argv: str) -> tuple[int, str]:
    code = main(["ask", *argv])
    return code, capsys.readouterr().out


def test_ask_json_has_the_documented_shape(capsys: pytest.CaptureFixture[str]) -> None:
    code, out = _run(capsys, "who plays On-jo?", "--json")
    data = json.loads(out)
    assert code == 0
    assert set(data) == {"question", "answered", "answer", "spoils_episode", "confidence", "sources"}
    assert data["answered"] is True and "Park Ji-hu" in data["answer"]
    assert data["spoils_episode"] is None and data["confidence"] == "official"
    assert {"publisher", "title", "url", "date"} == set(data["sources"][0])


def test_ask_hides_spoilers_by_default(capsys: pytest.CaptureFixture[str]) -> None:
    _, out = _run(capsys, "what happens to Cheong-san?", "--json")
    data = json.loads(out)
    assert data["answer"].startswith("||") and data["spoils_episode"] == 11


def test_ask_watched_12_shows_the_fate(capsys: pytest.CaptureFixture[str]) -> None:
    _, out = _run(capsys, "what happens to Cheong-san?", "--watched", "12", "--json")
    assert not json.loads(out)["answer"].startswith("||")


def test_ask_unknown_question_is_not_answered(capsys: pytest.CaptureFixture[str]) -> None:
    data = json.loads(_run(capsys, "who won the world cup", "--json")[1])
    assert data["answered"] is False and data["confidence"] is None and data["sources"] == []


def test_ask_plain_text(capsys: pytest.CaptureFixture[str]) -> None:
    code, out = _run(capsys, "who does Lomon play?")
    assert code == 0 and "Lee Su-hyeok" in out


def test_ask_rejects_an_out_of_range_watched(capsys: pytest.CaptureFixture[str]) -> None:
    with pytest.raises(SystemExit):
        main(["ask", "x", "--watched", "13"])
