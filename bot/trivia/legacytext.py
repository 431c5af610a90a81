"""A list saved in a Windows "ANSI" encoding, read when its text says unambiguously which one.

Korean Excel saves "CSV (comma delimited)" in CP949, Japanese Excel in Shift-JIS, Chinese Excel and Notepad in
GBK (Simplified) or Big5 (Traditional), Western Excel and old Notepad in Windows-1252: moderators of a Korean show's server upload those every week, and asking
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
    Legacy("gbk", "Simplified Chinese Windows text (GBK, as Chinese Excel and Notepad save it)"),
    Legacy("cp950", "Traditional Chinese Windows text (Big5, as Taiwanese and Hong Kong Excel and Notepad save it)"),
    Legacy("cp1252", "Western Windows text (Windows-1252, as Excel and Notepad save English and European text)"),
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


#: Chinese's most frequent characters (particles, pronouns, question words, and a quiz's own: episode, season,
#: actor, play), simplified and traditional. GBK and Big5 share their byte ranges, and Korean or Japanese
#: Windows bytes decode in both, so each reading is judged by how much of it is these: real Chinese text is
#: full of them, bytes of another encoding decode into rare characters that almost never are.
_FREQUENT_HANZI = frozenset(
    "的一是不了人我在有他这這个個们們中来來上大为為和国國地到以说說时時要就出会會可也你对對生能而子那得于於着著下自之"
    "年过過发發后後作里裡用道行所然家种種事成方多经經么麼去法学學如都同现現当當没沒动動面起看定天分还還进進好小部其些"
    "主样樣理心她本前开開但因只从從想实實谁誰哪什第集季几幾演员員角色名字叫最被死是吗嗎呢季部剧劇中文里谁"
)


def _chinese(wide: list[str]) -> bool:
    """Chinese is written in hanzi with its frequent characters throughout, and no kana nor hangul."""
    hanzi = [ch for ch in wide if "一" <= ch <= "鿿"]
    frequent = sum(1 for ch in hanzi if ch in _FREQUENT_HANZI)
    cjk = sum(1 for ch in wide if "一" <= ch <= "鿿" or "　" <= ch <= "〿" or "！" <= ch <= "～")
    return len(hanzi) >= 0.6 * len(wide) and cjk >= 0.95 * len(wide) and frequent >= max(2, 0.15 * len(hanzi))


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
    found: list[tuple[str, Legacy]] = []
    for legacy in CANDIDATES:
        try:
            text = data.decode(legacy.codec)
        except UnicodeDecodeError:
            continue
        if _controls(text) or text.encode(legacy.codec) != data:
            continue
        if _plausible(legacy.codec, text, data):
            found.append((text, legacy))
    return found[0] if len(found) == 1 else None


def _plausible(codec: str, text: str, data: bytes) -> bool:
    wide = [ch for ch in text if not ch.isascii()]
    if codec == "cp949":
        return _korean(wide)
    if codec == "cp932":
        return _japanese(wide)
    if codec in ("gbk", "cp950"):
        return _chinese(wide)
    return _western(wide, text) and not _UTF8_PIECES.search(data.decode("latin-1"))
