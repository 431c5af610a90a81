"""The CLI's file reader refuses bad files with one clear line."""

from __future__ import annotations

from pathlib import Path

import pytest

from bot.files import FileRefused, read_text_file


def test_a_utf8_file_is_read(tmp_path: Path) -> None:
    path = tmp_path / "list.yaml"
    path.write_text("온조: 박지후\n", encoding="utf-8")
    assert read_text_file(path) == "온조: 박지후\n"


def test_a_byte_order_mark_is_dropped(tmp_path: Path) -> None:
    path = tmp_path / "bom.yaml"
    path.write_bytes(b"\xef\xbb\xbfa: b\n")
    assert read_text_file(path) == "a: b\n"


def test_a_missing_file_is_named(tmp_path: Path) -> None:
    with pytest.raises(FileRefused, match="no such file"):
        read_text_file(tmp_path / "absent.yaml")


def test_a_folder_is_refused(tmp_path: Path) -> None:
    with pytest.raises(FileRefused, match="is a folder"):
        read_text_file(tmp_path)


def test_a_file_over_the_limit_is_refused_before_it_is_read(tmp_path: Path) -> None:
    path = tmp_path / "big.yaml"
    path.write_bytes(b"a" * 10_500)
    with pytest.raises(FileRefused, match=r"10 kB; the limit is 10 kB|the limit is"):
        read_text_file(path, limit=10_000)


def test_a_binary_file_is_refused(tmp_path: Path) -> None:
    path = tmp_path / "image.png"
    path.write_bytes(b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR")
    with pytest.raises(FileRefused, match="binary file"):
        read_text_file(path)


def test_text_that_is_not_utf8_names_its_line(tmp_path: Path) -> None:
    path = tmp_path / "latin1.yaml"
    path.write_bytes("a: b\nc: caf\xe9\n".encode("latin-1"))
    with pytest.raises(FileRefused, match="not UTF-8 text \\(a bad byte on line 2\\)"):
        read_text_file(path)
