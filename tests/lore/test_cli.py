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
    assert set(data) == {"question", "answered", "answer", "spoils", "spoils_episode", "confidence", "sources"}
    assert data["answered"] is True and "Park Ji-hu" in data["answer"]
    assert data["spoils"] is None and data["spoils_episode"] is None and data["confidence"] == "official"
    assert {"publisher", "title", "url", "date"} == set(data["sources"][0])


def test_ask_hides_spoilers_by_default(capsys: pytest.CaptureFixture[str]) -> None:
    _, out = _run(capsys, "what happens to Cheong-san?", "--json")
    data = json.loads(out)
    assert data["answer"].startswith("||") and data["spoils_episode"] == 11 and data["spoils"] == "S1E11"


def test_ask_watched_12_shows_the_fate(capsys: pytest.CaptureFixture[str]) -> None:
    _, out = _run(capsys, "what happens to Cheong-san?", "--watched", "12", "--json")
    assert not json.loads(out)["answer"].startswith("||")


def test_ask_unknown_question_is_not_answered(capsys: pytest.CaptureFixture[str]) -> None:
    data = json.loads(_run(capsys, "who won the world cup", "--json")[1])
    assert data["answered"] is False and data["confidence"] is None and data["sources"] == []


def test_ask_plain_text(capsys: pytest.CaptureFixture[str]) -> None:
    code, out = _run(capsys, "who does Lomon play?")
    assert code == 0 and "Lee Su-hyeok" in out


@pytest.mark.parametrize("watched", ["s1e12", "S01E12", "1x12", "season 1 episode 12", "latest", "all"])
def test_ask_watched_takes_a_position(capsys: pytest.CaptureFixture[str], watched: str) -> None:
    _, out = _run(capsys, "what happens to Cheong-san?", "--watched", watched, "--json")
    assert not json.loads(out)["answer"].startswith("||")


def test_ask_watched_s1e5_still_hides_an_episode_11_fate(capsys: pytest.CaptureFixture[str]) -> None:
    _, out = _run(capsys, "what happens to Cheong-san?", "--watched", "s1e5", "--json")
    assert json.loads(out)["answer"].startswith("||")


@pytest.mark.parametrize("watched", ["13", "s1e13", "s2e1", "soon"])
def test_ask_rejects_a_watched_the_show_does_not_have(capsys: pytest.CaptureFixture[str], watched: str) -> None:
    with pytest.raises(SystemExit):
        main(["ask", "x", "--watched", watched])
    err = capsys.readouterr().err
    assert "Traceback" not in err and "--watched" in err


@pytest.mark.parametrize(("question", "said"), [("  ", "Ask me something"), ("||", "Ask me something"), ("a" * 600, "too long")])
def test_ask_refuses_what_slash_ask_refuses(capsys: pytest.CaptureFixture[str], question: str, said: str) -> None:
    assert main(["ask", question]) == 2
    captured = capsys.readouterr()
    assert said in captured.err and captured.out == ""
