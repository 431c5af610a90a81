"""A list saved in a Windows "ANSI" encoding, read when its text says unambiguously which one.

Korean Excel saves "CSV (comma delimited)" in CP949, Japanese Excel in Shift-JIS, Western Excel and
old Notepad in Windows-1252 (and Russian, Greek, Thai and Chinese ones in theirs): moderators of a Korean show's server upload those every week, and asking
them to find "CSV UTF-8" loses half of them. Bytes alone cannot say which encoding it is (a Western
’ before "s" decodes as a rare hangul syllable in CP949 and as a kanji in Shift-JIS), so each candidate
is decoded strictly (nothing replaced, nothing lost) and kept only when the text it gives is what
people write in that script; anything else keeps the refusal asking for UTF-8.
"""

from __future__ import annotations

import unicodedata
from dataclasses import dataclass

from bot.lazy_re import compile_later


@dataclass(frozen=True)
class Legacy:
    codec: str
    #: What the reply calls it, so a moderator knows what was read and can check it.
    named: str


#: Tried in this order: the show's own country first. Korean text in Shift-JIS or Western text in
#: CP949 decodes into nonsense the checks below refuse, so the order only matters for files no
#: check would accept twice.
CANDIDATES = (
    Legacy("cp949", "Korean Windows text (CP949, as Korean Excel and Notepad save it)"),
    Legacy("cp932", "Japanese Windows text (Shift-JIS, as Japanese Excel saves it)"),
    Legacy("cp1252", "Western Windows text (Windows-1252, as Excel and Notepad save English and European text)"),
)

#: Tried only when none of the above reads the file: Russian, Greek, Thai and Chinese Windows saves. Their bytes
#: overlap each other's (and Korean text is also "common" Chinese in GBK and Big5), so they come second, and again
#: only a file exactly one of them reads plausibly is read.
SECOND = (
    Legacy("cp1251", "Cyrillic Windows text (Windows-1251, as Russian and Ukrainian Excel and Notepad save it)"),
    Legacy("cp1253", "Greek Windows text (Windows-1253, as Greek Excel and Notepad save it)"),
    Legacy("cp874", "Thai Windows text (Windows-874 / TIS-620, as Thai Excel and Notepad save it)"),
    Legacy("gb18030", "Simplified Chinese Windows text (GBK / GB18030, as Chinese Excel and Notepad save it)"),
    Legacy("cp950", "Traditional Chinese Windows text (Big5, as Taiwanese and Hong Kong Excel save it)"),
)


def _controls(text: str) -> bool:
    """Control characters no list holds (C0 but tab and line ends, DEL, C1): a sign of binary data or
    of the wrong encoding."""
    return any((ch < " " and ch not in "\t\r\n\f") or "\x7f" <= ch <= "\x9f" for ch in text)


def _common_hangul(ch: str) -> bool:
    """One of KS X 1001's 2,350 syllables (EUC-KR), which is nearly all of real Korean text; CP949's
    other 8,822 are the ones bytes of other encodings decode into (Western "’s" gives "뭩")."""
    try:
        return len(ch.encode("euc-kr")) == 2  # Python spells the others in 8 bytes (KS X 1001's annex)
    except UnicodeEncodeError:
        return False


def _korean(wide: list[str]) -> bool:
    hangul = [ch for ch in wide if "\uac00" <= ch <= "\ud7a3"]
    common = sum(1 for ch in hangul if _common_hangul(ch))
    return bool(hangul) and len(hangul) >= 0.6 * len(wide) and common >= 0.95 * len(hangul)


def _japanese(wide: list[str]) -> bool:
    """Japanese is written with kana between its kanji: a text of kanji alone, or of half-width katakana
    (Western accented letters' bytes in Shift-JIS), is not it."""
    kana = sum(1 for ch in wide if "\u3041" <= ch <= "\u30ff")
    japanese = sum(1 for ch in wide if _japanese_char(ch))
    return kana >= 0.2 * len(wide) and japanese >= 0.95 * len(wide)


def _japanese_char(ch: str) -> bool:
    return ("\u3000" <= ch <= "\u30ff" or "\u4e00" <= ch <= "\u9fff" or "\uff01" <= ch <= "\uff5e"
            or ch in "\u00a5\u203e")


def _western(wide: list[str], text: str) -> bool:
    """English or European text: mostly plain letters, the rest Latin letters with accents and
    typographic punctuation; Cyrillic or Greek bytes read this way are words of accented letters only."""
    letters = sum(1 for ch in text if ch.isascii() and ch.isalpha())
    accented = [ch for ch in wide if ch.isalpha()]
    latin = all(unicodedata.name(ch, "").startswith("LATIN") for ch in accented)
    punctuation = all(ch.isalpha() or unicodedata.category(ch)[0] in "PSZN" for ch in wide)
    return (latin and punctuation and len(accented) <= 0.25 * (letters + len(accented))
            and not _SIGN_IN_ACCENTS.search(text) and not any(_mixed(run.group()) for run in _WIDE_RUN.finditer(text)))


#: Three or more characters outside ASCII in a row: Western text has them as letters alone ("ção") or signs alone
#: ("’”…"); two-byte Korean or Japanese read as Windows-1252 mixes both ("±Í³²" for "귀남").
_WIDE_RUN = compile_later(r"[^\x00-\x7f]{3,}")


def _mixed(run: str) -> bool:
    return any(ch.isalpha() for ch in run) and not all(ch.isalpha() for ch in run)


#: A sign between two accented letters ("È¿»ê", Korean "효산" read as Windows-1252): words of Western
#: languages put accents on letters of plain ones, and their punctuation between words.
_SIGN_IN_ACCENTS = compile_later(r"[^\x00-\x7f\W][^\x00-\x7f\w\s]+[^\x00-\x7f\W]")


#: UTF-8's own sequences for accented letters and typographic punctuation ("é" as "Ã©", "’" as "â€™" in
#: Windows-1252): a file holding them is UTF-8 with a stray byte, never read as Windows-1252 (mojibake).
_UTF8_PIECES = compile_later(r"[\xc2\xc3][\x80-\xbf]|\xe2\x80[\x80-\xbf]")  # (over the bytes as Latin-1)


def read_legacy(data: bytes) -> tuple[str, Legacy] | None:
    """The text and encoding of bytes that are not UTF-8, when exactly one reading is plausible; None
    otherwise (the caller refuses, asking for UTF-8)."""
    for candidates in (CANDIDATES, SECOND):
        found = _readings(data, candidates)
        if found:
            return found[0] if len(found) == 1 else None
    return None


def _readings(data: bytes, candidates: tuple[Legacy, ...]) -> list[tuple[str, Legacy]]:
    found: list[tuple[str, Legacy]] = []
    for legacy in candidates:
        try:
            text = data.decode(legacy.codec)
        except UnicodeDecodeError:
            continue
        if _controls(text) or text.encode(legacy.codec) != data:
            continue
        if _plausible(legacy.codec, text, data):
            found.append((text, legacy))
    return found


def _plausible(codec: str, text: str, data: bytes) -> bool:
    wide = [ch for ch in text if not ch.isascii()]
    if codec == "cp949":
        return _korean(wide)
    if codec == "cp932":
        return _japanese(wide)
    if codec in _ALPHABETS:
        return _alphabet(codec, wide, text)
    if codec == "cp874":
        return _thai(wide, text)
    if codec in ("gb18030", "cp950"):
        return _chinese(codec, wide)
    return _western(wide, text) and not _UTF8_PIECES.search(data.decode("latin-1"))


#: Each alphabet's name in Unicode and its vowels: Russian or Greek words are about 40 % vowels, while one read in
#: the other's code page (or Thai read in either) gives consonant clusters and signs ("Рпйпт" for Greek "Ποιος").
_ALPHABETS = {"cp1251": ("CYRILLIC", "аеёиоуыэюяіїєў"), "cp1253": ("GREEK", "αεηιουωάέήίόύώϊϋΐΰ")}

#: A lowercase letter straight before a capital inside a word ("пЯт"): Greek accented vowels read as Cyrillic.
_CASE_BREAK = compile_later(r"[^\W\d_A-Z]*[a-zа-яёα-ω][А-ЯЁΑ-Ω]")


def _alphabet(codec: str, wide: list[str], text: str) -> bool:
    script, vowels = _ALPHABETS[codec]
    letters = [ch for ch in wide if ch.isalpha()]
    if not letters or not all(unicodedata.name(ch, "").startswith(script) for ch in letters):
        return False
    if not all(ch.isalpha() or unicodedata.category(ch)[0] in "PSZN" for ch in wide):
        return False
    if _CASE_BREAK.search(text) or any(_mixed(run.group()) for run in _WIDE_RUN.finditer(text)):
        return False
    if codec == "cp1253" and _SIGMA_INSIDE.search(text):
        return False
    return sum(1 for ch in letters if ch.lower() in vowels) >= 0.3 * len(letters)


#: Greek writes the final sigma "ς" only at a word's end; Russian "т" read in Windows-1253 is "ς" mid-word.
_SIGMA_INSIDE = compile_later(r"ς\w")


#: A Latin letter glued to a Thai one ("ขบtจq"): Big5 or GBK bytes read as Thai, whose second bytes are often ASCII
#: letters; Thai text puts a space between itself and an English word.
_THAI_LATIN = compile_later(r"[\u0e01-\u0e5b][A-Za-z]|[A-Za-z][\u0e01-\u0e5b]")


def _thai(wide: list[str], text: str) -> bool:
    """Thai letters and their marks, each mark after a letter: Cyrillic or Greek bytes read as Thai put
    marks at a word's start or hit code points Windows-874 leaves empty."""
    if not wide or not all("\u0e01" <= ch <= "\u0e5b" or unicodedata.category(ch)[0] in "PSZ" for ch in wide):
        return False
    if _THAI_LATIN.search(text):
        return False
    return not any(unicodedata.category(ch) == "Mn" and (i == 0 or not "\u0e01" <= text[i - 1] <= "\u0e5b")
                   for i, ch in enumerate(text))


def _chinese(codec: str, wide: list[str]) -> bool:
    """Chinese: ideographs and full-width punctuation (an emoji allowed), nearly all of them among the
    encoding's common characters (GB2312 for GBK, Big5's first level for Big5): Big5 bytes read as GBK, or
    GBK bytes as Big5, land on rare characters, kana or Cyrillic."""
    ideographs = [ch for ch in wide if "\u4e00" <= ch <= "\u9fff"]
    others = [ch for ch in wide if not "\u4e00" <= ch <= "\u9fff"]
    if len(ideographs) < 2 or not all(_cjk_sign(ch) for ch in others):
        return False
    common = sum(1 for ch in ideographs if _common_hanzi(codec, ch))
    return common >= 0.9 * len(ideographs)


def _cjk_sign(ch: str) -> bool:
    return ("\u3000" <= ch <= "\u303f" or "\uff01" <= ch <= "\uff5e"
            or (ord(ch) > 0xffff and unicodedata.category(ch) == "So") or ch in "\u00b7\u2014\u2018\u2019\u201c\u201d\u2026")


def _common_hanzi(codec: str, ch: str) -> bool:
    try:
        if codec == "gb18030":
            ch.encode("gb2312")
            return True
        code = int.from_bytes(ch.encode("big5"), "big")
    except UnicodeEncodeError:
        return False
    return 0xA440 <= code <= 0xC67E
