"""A trivia list's bytes as text: the size limit, files that are not text at all (archives,
documents, pictures renamed .yaml) named for what they are, UTF-8 with or without its BOM, UTF-16 with
or without its mark, a Windows "ANSI" list read when its text says which (bot/trivia/legacytext.py), and
what to do with anything else (Korean Windows' CP949 named as such).
"""

from __future__ import annotations

import codecs
import itertools

from bot.text import HANGUL
from bot.trivia.legacytext import read_legacy
from bot.trivia.listparts import MAX_BYTES, ListError


def size_problem(size: int, max_bytes: int) -> str:
    return (
        f"the file is {size / 1_000_000:.1f} MB ({size} bytes); the limit is "
        f"{max_bytes / 1_000_000:.1f} MB ({max_bytes} bytes), so it was not read"
    )


#: How files that are not text begin, and what to call them: a list zipped, exported from Word or
#: screenshotted, then renamed to .yaml (Word and OpenDocument files are zips too).
_NOT_TEXT = (
    (b"PK\x03\x04", "a zip archive (or a Word or OpenDocument file)"),
    (b"\x1f\x8b", "a gzip archive"),
    (b"Rar!", "a RAR archive"),
    (b"7z\xbc\xaf", "a 7-Zip archive"),
    (b"%PDF", "a PDF"),
    (b"\xd0\xcf\x11\xe0", "an old Word or Excel file"),
    (b"\x89PNG", "a picture (PNG)"),
    (b"\xff\xd8\xff", "a picture (JPEG)"),
    (b"GIF8", "a picture (GIF)"),
    (b"RIFF", "a picture or sound (RIFF)"),
)
#: ISO media files ("....ftyp<brand>"): phones save photos as HEIC (or AVIF), and videos as MP4 or MOV.
_PHOTO_BRANDS = (b"heic", b"heix", b"hevc", b"heim", b"heis", b"mif1", b"msf1", b"avif", b"avis")


#: What a zip holds that says which office file it is (the member names and an OpenDocument's mimetype are stored
#: uncompressed): a spreadsheet renamed to .txt is the commonest, and its fix is an export, not "save as text".
_ZIPPED = (
    (b"xl/workbook", "an Excel spreadsheet (.xlsx)", True),
    (b"opendocument.spreadsheet", "an OpenDocument spreadsheet (.ods)", True),
    (b"word/document", "a Word document (.docx)", False),
    (b"opendocument.text", "an OpenDocument text (.odt)", False),
)
_SAVE_AS_TEXT = ": upload the list itself, saved as plain text (.yaml)"
_SPREADSHEET_FIX = ("export the sheet as CSV (Google Sheets: File > Download > CSV; Excel or LibreOffice: Save As > "
                   "CSV) and upload that")


def _not_text(data: bytes) -> str | None:
    """What a file that is not text at all is, by how it begins; None when it may be text."""
    if data.startswith(b"PK\x03\x04"):
        for marker, kind, sheet in _ZIPPED:
            if marker in data:
                return f"{kind}, not text: {_SPREADSHEET_FIX}" if sheet else f"{kind}, not text{_SAVE_AS_TEXT}"
    for magic, kind in _NOT_TEXT:
        if data.startswith(magic):
            return f"{kind}, not text{_SAVE_AS_TEXT}"
    if data[4:8] == b"ftyp":
        kind = "a picture (HEIC or AVIF, as phones save photos)" if data[8:12] in _PHOTO_BRANDS else "a video (MP4 or MOV)"
        return f"{kind}, not text{_SAVE_AS_TEXT}"
    return None


def _utf16_unmarked(data: bytes) -> bytes | None:
    """UTF-16 saved without its byte-order mark (some exports and editors): mostly Latin text, so every
    other byte is NUL, on the same side throughout. The text as UTF-8, or None."""
    head = data[:400]
    if len(head) < 8 or len(head) % 2 or data.startswith(_UTF16_BOMS):
        return None
    for zeros, other, codec in ((head[1::2], head[0::2], "utf-16-le"), (head[0::2], head[1::2], "utf-16-be")):
        if zeros.count(0) >= 0.6 * len(zeros) and other.count(0) == 0 and len(data) % 2 == 0:
            try:
                return data.decode(codec).encode("utf-8")
            except UnicodeDecodeError:
                return None
    return None


#: Notepad's and Excel's "Unicode": UTF-16 with its byte-order mark.
_UTF16_BOMS = (b"\xff\xfe", b"\xfe\xff")


def _save_as_utf8(data: bytes) -> str:
    """How to save a list that is not UTF-8, naming what it was saved as when its bytes say so:
    Korean Windows' "ANSI" (CP949, as Notepad saves Korean by default) reads whole as Korean text;
    Western Windows' (Windows-1252: Word's curly quotes, 0x92 for ’) has one byte a character, each
    between plain ones, where Korean text runs two bytes a syllable (a lone 0x92 before "s" reads as one)."""
    high = [i for i, byte in enumerate(data[:20_000]) if byte >= 0x80]
    if high and not any(later - earlier == 1 for earlier, later in itertools.pairwise(high)):
        return ("it looks saved as Western Windows text (ANSI, Windows-1252: one byte for an accent or a curly "
                "quote): save it as UTF-8 (in Notepad: File > Save as, Encoding: UTF-8)")
    try:
        text = data.decode("cp949")
    except UnicodeDecodeError:
        return "save it as UTF-8"
    if HANGUL.search(text) and not any(ch < " " and ch not in "\t\r\n" for ch in text):
        return ("it looks saved as Korean Windows text (ANSI, CP949): save it as UTF-8 "
                "(in Notepad: File > Save as, Encoding: UTF-8)")
    return "save it as UTF-8"


#: Bytes no text file holds (control codes but tab, line feed, carriage return, form feed, escape).
_CONTROL = frozenset(set(range(0x20)) - {0x09, 0x0A, 0x0C, 0x0D, 0x1B}) | {0x7F}


def _binary(data: bytes) -> bool:
    """Whether the file's head is binary data, not text with a stray control character in it (named by
    line elsewhere): a text file has one or two, a binary file one byte in ten."""
    head = data[:8192]
    controls = sum(1 for byte in head if byte in _CONTROL)
    return controls >= 8 and controls >= 0.03 * len(head)


def decode(data: bytes, *, max_bytes: int = MAX_BYTES) -> str:
    """Size check, then strict UTF-8 (a BOM is allowed; UTF-16 with its BOM is read too); raise
    ListError otherwise, naming a file that is not text at all for what it is. (Red's own reading:
    what `hyosan trivia check --red` judges by.)"""
    return _decode(data, max_bytes, legacy=False)[0]


def decode_upload(data: bytes, *, max_bytes: int = MAX_BYTES) -> tuple[str, str | None]:
    """As `decode`, and a list saved in CP949, Shift-JIS or Windows-1252 (or, failing those, Windows-1251, -1253,
    -874, GB18030 or Big5) read too when its text is
    plainly that (bot/trivia/legacytext.py), with a note saying which was read; a file marked UTF-8 by
    its BOM never is (a tool put the mark on other bytes)."""
    return _decode(data, max_bytes, legacy=True)


#: Windows-1252's punctuation (… ‘ ’ “ ” • – —): what Word or an old editor pastes into a UTF-8 file as one byte each.
_WINDOWS_PUNCTUATION = frozenset({0x85, 0x91, 0x92, 0x93, 0x94, 0x95, 0x96, 0x97})
_MIXED_LIMIT = 200  # more stray bytes than that: the file is not UTF-8 with a few pasted quotes


def _utf8_with_windows_punctuation(data: bytes) -> tuple[str, list[int]] | None:
    """A UTF-8 file with Windows-1252 quotes and dashes pasted into it, read with them as what they are, and the
    lines they are on; None when any other byte is not UTF-8 (the file is something else)."""
    parts: list[str] = []
    lines: list[int] = []
    pos = 0
    while True:
        try:
            parts.append(data[pos:].decode("utf-8"))
            return "".join(parts), lines
        except UnicodeDecodeError as exc:
            start = pos + exc.start
            if data[start] not in _WINDOWS_PUNCTUATION or exc.end - exc.start != 1 or len(lines) >= _MIXED_LIMIT:
                return None
            parts += [data[pos:start].decode("utf-8"), data[start:start + 1].decode("cp1252")]
            lines.append(data[:start].count(b"\n") + 1)
            pos = start + 1


def _decode(data: bytes, max_bytes: int, *, legacy: bool) -> tuple[str, str | None]:
    if len(data) > max_bytes:
        raise ListError([size_problem(len(data), max_bytes)])
    kind = _not_text(data)
    if kind is not None:
        raise ListError([f"the file is {kind}"])
    if (unmarked := _utf16_unmarked(data)) is not None:
        data = unmarked
    elif data.startswith(_UTF16_BOMS):
        try:
            data = data.decode("utf-16").encode("utf-8")
        except UnicodeDecodeError:
            raise ListError(["the file is broken UTF-16 text; save it as UTF-8"]) from None
    if _binary(data):
        raise ListError(["the file is not text but binary data (a program, a picture or a compressed file, for "
                         "all its bytes say): upload the list itself, saved as plain text (.yaml)"])
    try:
        text = data.decode("utf-8")
    except UnicodeDecodeError as exc:
        if legacy and not data.startswith(codecs.BOM_UTF8) and (read := read_legacy(data)) is not None:
            return read[0], (f"the file is not UTF-8: it was read as {read[1].named}; check the questions "
                             "look right, and save it as UTF-8 next time")
        if legacy and (mixed := _utf8_with_windows_punctuation(data)) is not None:
            named = ", ".join(f"line {n}" for n in dict.fromkeys(mixed[1][:5]))
            return mixed[0], (f"{named}: Windows quotes or dashes (Windows-1252) in a UTF-8 file were read as "
                              "the quotes and dashes they are; save the whole file as UTF-8 next time")
        line = data[: exc.start].count(b"\n") + 1
        byte = data[exc.start : exc.start + 1].hex()
        raise ListError(
            [f"line {line}: the file is not UTF-8 text (byte 0x{byte} at offset {exc.start}); {_save_as_utf8(data)}"]
        ) from None
    if text.startswith("\ufeff"):
        text = text[1:]
    if "\x00" in text:
        line = text[: text.index("\x00")].count("\n") + 1
        raise ListError([f"line {line}: the file contains a NUL byte; it is not a text file"])
    return text, None
