"""The CLI refuses bad files clearly (issue 12 item 7): `hyosan season2 replay`, `hyosan content
import` and `hyosan trivia check` read FILE through bot.files.read_text_file, so a binary file, a
10.5 MB file, a missing one or a folder each get one clear line and a non-zero exit, never a
traceback."""

from __future__ import annotations

from pathlib import Path

import pytest

from bot.cli import main

BIG = 10_500_000


@pytest.fixture
def env(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("HYOSAN_DB", str(tmp_path / "hyosan.db"))
    monkeypatch.setenv("HYOSAN_CONFIG", str(tmp_path / "absent.toml"))


def bad_file(folder: Path, kind: str) -> Path:
    """One bad file of `kind`, written only when a row asks for it (the 10.5 MB one is not cheap)."""
    if kind == "binary":
        path = folder / "pack.bin"
        path.write_bytes(b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR" + bytes(range(256)) * 8)
    elif kind == "big":
        path = folder / "big.yaml"
        with path.open("wb") as handle:
            handle.write(b"claims:\n" + b"  - x\n" * (BIG // 6))
    elif kind == "latin":
        path = folder / "latin1.yaml"
        path.write_bytes("claims:\n  - text: Caf\u00e9\n".encode("latin-1"))
    elif kind == "missing":
        path = folder / "nope.yaml"
    else:  # past the system's 255-byte limit on a name
        path = folder / ("x" * 300 + ".yaml")
    return path


COMMANDS = {
    "replay": (["season2", "replay"], 2, "err"),
    "import": (["content", "import"], 1, "err"),
    "check": (["trivia", "check"], 1, "out"),
}
WHY = {
    "binary": "binary file, not text",
    "big": "the file is 10.5 MB; the limit is",
    "latin": "not UTF-8 text (a bad byte on line 2)",
    "missing": "no such file",
    "overlong": "cannot be read (File name too long)",
}


@pytest.mark.parametrize("kind", sorted(WHY))
@pytest.mark.parametrize("command", sorted(COMMANDS))
def test_a_bad_file_gets_one_clear_line_and_a_nonzero_exit(
    env: None, tmp_path: Path, command: str, kind: str, capsys: pytest.CaptureFixture[str]
) -> None:
    argv, code, stream = COMMANDS[command]
    path = bad_file(tmp_path, kind)
    assert main([*argv, str(path)]) == code
    captured = capsys.readouterr()
    said = getattr(captured, stream)
    assert WHY[kind] in said, said
    assert "Traceback" not in captured.out + captured.err
    assert str(path) in said


@pytest.mark.parametrize(("argv", "says"), [
    (["ask", "who plays onjo", "--bogus"], "hyosan ask: unrecognized arguments: --bogus (usage: hyosan ask "),
    (["db", "backup", "a.db", "extra"], "hyosan db backup: unrecognized arguments: extra (usage: hyosan db backup "),
    (["trivia"], "hyosan trivia: the following arguments are required: COMMAND (usage: hyosan trivia [-h] COMMAND"),
    (["ask", "who dies", "--watched", "-3"], "hyosan ask: argument --watched: \u201c-3\u201d is not an episode."),
    (["content", "promote", "9" * 4000], "hyosan content promote: argument id: '" + "9" * 59 + "\u2026' is not an id"),
])
def test_a_mistyped_command_line_is_one_line_with_that_commands_usage(
    argv: list[str], says: str, capsys: pytest.CaptureFixture[str]
) -> None:
    with pytest.raises(SystemExit) as ended:
        main(argv)
    assert ended.value.code == 2
    err = capsys.readouterr().err
    assert err.startswith(says), err
    assert len(err.splitlines()) == 1, err


@pytest.mark.parametrize(("name", "why"), [
    ("x" * 300, "cannot be written (File name too long); nothing was written"),
    ("his\x00tory.yaml", "cannot be written (the name holds a NUL character); nothing was written"),
], ids=["overlong", "nul"])
def test_an_output_name_the_system_cannot_hold_is_one_line_and_writes_nothing(
    env: None, tmp_path: Path, name: str, why: str, capsys: pytest.CaptureFixture[str]
) -> None:
    before = sorted(tmp_path.iterdir())
    assert main(["season2", "export-history", "--output", str(tmp_path / name)]) == 1
    captured = capsys.readouterr()
    assert captured.err.startswith("hyosan: ") and captured.err.rstrip().endswith(why), captured.err
    assert len(captured.err.splitlines()) == 1 and "Traceback" not in captured.out + captured.err
    assert sorted(tmp_path.iterdir()) == before
