"""`hyosan content check [PATH]`: exit codes and output."""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest

from bot.cli import main

FIXTURE = Path(__file__).parent / "fixtures" / "minimal"


def test_check_of_the_bundled_pack_prints_counts_and_exits_zero(capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["content", "check"]) == 0
    out = capsys.readouterr().out.strip()
    assert out.startswith("ok: ")
    assert " people, " in out and " characters, 12 episodes, " in out
    assert out.endswith(" sources")


def test_check_of_a_valid_path_prints_its_counts(capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["content", "check", str(FIXTURE)]) == 0
    assert capsys.readouterr().out.strip() == (
        "ok: 4 people, 3 characters, 12 episodes, 2 facts, 2 claims, 2 sources"
    )


def test_check_of_a_broken_pack_prints_file_line_message_and_exits_one(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    pack = tmp_path / "pack"
    shutil.copytree(FIXTURE, pack)
    facts = pack / "facts.yaml"
    text = facts.read_text(encoding="utf-8")
    text = text.replace("    sources: [src-b]\n", "    sources: []\n").replace("id: fact-two", "id: fact-one")
    facts.write_text(text, encoding="utf-8")
    assert main(["content", "check", str(pack)]) == 1
    lines = capsys.readouterr().out.strip().splitlines()
    assert len(lines) == 2
    assert lines[0].startswith(f"{facts}:9: ") and "duplicate id 'fact-one'" in lines[0]
    assert lines[1].startswith(f"{facts}:15: ") and "sources: must not be empty" in lines[1]
    assert not any(line.startswith("ok:") for line in lines)


def test_check_of_a_missing_directory_exits_one(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["content", "check", str(tmp_path / "nope")]) == 1
    assert capsys.readouterr().out.strip() == f"{tmp_path / 'nope'}: no such file"


def test_check_reports_a_position_the_show_does_not_have_with_its_line(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    pack = tmp_path / "pack"
    shutil.copytree(FIXTURE, pack)
    facts = pack / "facts.yaml"
    text = facts.read_text(encoding="utf-8")
    facts.write_text(text.replace("    spoils: 12\n", "    spoils: S2E1\n", 1), encoding="utf-8")
    line = next(i + 1 for i, row in enumerate(facts.read_text(encoding="utf-8").splitlines()) if "S2E1" in row)
    assert main(["content", "check", str(pack)]) == 1
    (out,) = capsys.readouterr().out.strip().splitlines()
    assert out.startswith(f"{facts}:{line}: ") and "S2E1 (season 2, episode 1) is not in the show" in out


def test_check_of_a_pack_in_one_file_reads_it_as_import_does(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    from bot.lore.content.schema import FILES

    bundle = tmp_path / "pack.yaml"
    bundle.write_text(
        "\n".join((FIXTURE / name).read_text(encoding="utf-8") for name in FILES if (FIXTURE / name).exists()),
        encoding="utf-8",
    )
    assert main(["content", "check", str(bundle)]) == 0
    assert capsys.readouterr().out.strip() == "ok: 4 people, 3 characters, 12 episodes, 2 facts, 2 claims, 2 sources"


@pytest.mark.parametrize(
    ("content", "says"),
    [
        (b"people:\n  - id: x\n    name: caf\xe9\n", "not UTF-8 text (a bad byte on line 3); save it as UTF-8"),
        (b"\x89PNG\r\n\x1a\n\x00\x00", "this is a binary file, not text"),
        (b"people:\n" + b"  # padding\n" * 400_000, "the file is 4.8 MB; the limit is 4.0 MB"),
    ],
    ids=["latin-1", "binary", "huge"],
)
def test_check_refuses_a_file_it_cannot_read_in_one_line_as_import_does(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], content: bytes, says: str
) -> None:
    pack = tmp_path / "pack"
    shutil.copytree(FIXTURE, pack)
    (pack / "people.yaml").write_bytes(content)
    assert main(["content", "check", str(pack)]) == 1
    captured = capsys.readouterr()
    assert captured.out.strip() == f"{pack / 'people.yaml'}: {says}"
    assert "Traceback" not in captured.out + captured.err
