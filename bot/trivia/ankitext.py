"""Anki's "Notes in Plain Text" export, read as the rows of a table (bot/trivia/tables.py reads them as entries).

Fans keep flashcards in Anki and export a deck as text: header lines saying how it is written ("#separator:tab",
"#html:true", "#tags column:3", "#deck column:1"), then one note a line, its front (the question) and back (the
answer) among the columns the header names for other things. The fields are HTML ("<b>Nam On-jo</b>", "<div>Hyosan
</div>", "&nbsp;", a "<br>" inside a field), and a card may play a sound ("[sound:bell.mp3]"): the editor's and the
player's, never what a player types or reads.
"""

from __future__ import annotations

import csv
import html
import io
import re

from bot.lazy_re import compile_later

#: Anki's header line: "#separator:tab", "#html:true", "#tags column:3", "#notetype column:1", "#guid column:1".
_HEADER = compile_later(r"^#(?P<key>separator|html|tags column|deck column|notetype column|guid column|columns)"
                        r":(?P<value>.*)$", re.IGNORECASE)
_SEPARATORS = {"tab": "\t", "comma": ",", "semicolon": ";", "pipe": "|", "space": " ", "colon": ":"}
#: Tags that break a line (a space where they stood) and tags that only style a word (nothing where they stood).
_BREAK = compile_later(r"<(?:br\s*/?|/?(?:div|p|li|ul|ol|img)\b[^>]*)>", re.IGNORECASE)
_STYLE = compile_later(r"</?(?:span|b|i|u|em|strong|font|sup|sub)\b[^>]*>", re.IGNORECASE)
_SOUND = compile_later(r"\[sound:[^\]]*\]", re.IGNORECASE)


def _plain(field: str, marked_up: bool) -> str:
    text = _SOUND.sub(" ", field)
    if marked_up:
        text = html.unescape(_STYLE.sub("", _BREAK.sub(" ", text))).replace("\u00a0", " ")
    return re.sub(r"\s+", " ", text).strip()


def anki_rows(text: str) -> tuple[str, list[tuple[int, list[str]]]] | None:
    """The separator's name and each note's front and back with its line, when the text is Anki's export (its
    header lines first); None otherwise."""
    lines = text.lstrip("\ufeff").splitlines()
    said = {}
    for line in lines:
        if (found := _HEADER.match(line.strip())) is None:
            break
        said[found.group("key").casefold()] = found.group("value").strip()
    if "separator" not in said:
        return None
    separator = _SEPARATORS.get(said["separator"].casefold(), said["separator"][:1] or "\t")
    skipped = {int(v) - 1 for k, v in said.items() if k.endswith(" column") and v.isdigit()}
    marked_up = said.get("html", "").casefold() == "true"
    start = len(said)
    rows: list[tuple[int, list[str]]] = []
    reader = csv.reader(io.StringIO("\n".join(lines[start:])), delimiter=separator)
    for row in reader:
        number = start + reader.line_num
        fields = [_plain(f, marked_up) for i, f in enumerate(row) if i not in skipped]
        if any(fields):
            rows.append((number, fields[:2]))
    return ("tabs" if separator == "\t" else repr(separator)), rows
