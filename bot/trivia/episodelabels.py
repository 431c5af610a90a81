"""Where the author of an imported list says, in the question itself, which episode it spoils.

Moderators label questions in every shape: before or after the question, in brackets of any kind
or in spoiler bars, with spoiler words or without ("(Ep 3)", "[SPOILER ep 9]", "【3화】",
"||ep 6||", "(spoilers for episode 10)", "spoiler!! ep5 - ...", "(스포주의 11화)"). A label is the
author's tag (bot/trivia/tagging.py reads it as declared). Elsewhere in a question or an answer,
an episode named ("in episode 7, who ...", "the episode 5 library scene", an answer "Episode 6")
is what the question gives away at the least, whatever it declares. A Red list has no `spoils:`,
but its authors put one in a comment over the question ("# spoils: S1E6"), which YAML drops.
"""

from __future__ import annotations

import re

from bot.show import NOTHING, Position, read_position

_EP = r"(?:s(?:eason)?\s*\d{1,2}\s*[-:]?\s*)?e(?:p(?:isode)?)?\s*\.?\s*\d{1,3}|(?:시즌\s*\d{1,2}\s*)?\d{1,3}\s*화"
_WORDS = (
    r"(?:(?:major|minor|big|small|mild|huge|heavy|light)\s+)?(?:spoilers?|스포(?:일러)?(?:\s*주의)?)"
    r"(?:\s*(?:for|up\s+to|until|till|through|thru|to|from|in|:))?"
)
_OPEN = r"(?:\|\||[(\[{<【「])"
_CLOSE = r"(?:\|\||[)\]}>】」])"
_BODY = rf"(?:{_WORDS}[\s:!,.\-]*)?[(\[]?\s*({_EP})\s*[)\]]?"
_BRACKETED = rf"{_OPEN}\s*{_BODY}\s*{_CLOSE}"
_LEADING = re.compile(rf"\s*(?:{_BRACKETED}|(?:{_WORDS}[\s:!,.\-]*)?({_EP})\s*[-–—:|])", re.I)
_TRAILING = re.compile(rf"{_BRACKETED}\s*[?.!？]*\s*$", re.I)

# An episode named inside the text: "episode 7", "ep 8", "ep.5", "5th episode", "11화" (not a count: "N episodes").
_NAMED = re.compile(
    r"(?<![\w])(?:episode|ep)\s*\.?\s*#?(\d{1,3})(?!\d)(?!\s*(?:episodes|eps)\b)"
    r"|(?<!\d)(\d{1,2})(?:st|nd|rd|th)\s+episode\b"
    r"|(?<!\d)(\d{1,2})화(?!\s*(?:까지|짜리)|요일)",
    re.I,
)

# "# spoils: S1E6", "#spoiler: 12", "# spoils ep 11", "# no spoilers" (a whole comment line, or after a key).
_COMMENT = re.compile(
    r"#\s*(?:(?P<none>no\s+spoilers?|spoiler[- ]?free|스포\s*없음)\s*$"
    r"|(?:spoils?|spoilers?|스포(?:일러)?)\s*(?:[:=\-]\s*|\s+)(?P<said>\S.*?))\s*$",
    re.I,
)


def _read(said: str) -> Position | None:
    found = read_position(said)
    return found if found is not None and found.season else None


def label(text: str) -> tuple[str, Position | None] | None:
    """The episode label written before or after a question, as (the label as written, the position
    it names: None when it names none the show could have, "(Ep 13)"); None without a label."""
    found = [m for m in (_LEADING.match(text), _TRAILING.search(text)) if m is not None]
    if not found:
        return None
    said = [next(g for g in m.groups() if g is not None) for m in found]
    read = [_read(s) for s in said]
    if any(r is None for r in read):
        return next(s for s, r in zip(said, read, strict=True) if r is None), None
    return said[0], max(r for r in read if r is not None)


def named(*texts: str) -> Position:
    """The latest episode the texts name anywhere in them (NOTHING when they name none)."""
    latest = NOTHING
    for text in texts:
        for match in _NAMED.finditer(text):
            number = next(g for g in match.groups() if g is not None)
            found = _read(f"episode {number}")
            if found is not None:
                latest = max(latest, found)
    return latest


def comment_over(lines: list[str], line: int) -> tuple[int, str] | None:
    """The `spoils` comment a Red question's author wrote for the key on `line` (1-based): after the
    key on its line, or on the comment lines just above it, the nearest first. (its line, what it
    says: "0" for "no spoilers")."""
    here = lines[line - 1] if 0 < line <= len(lines) else ""
    candidates = [(line, here[here.index(" #") + 1:])] if " #" in here else []
    above = line - 1
    while above >= 1 and lines[above - 1].lstrip().startswith("#"):
        candidates.append((above, lines[above - 1].strip()))
        above -= 1
    for number, comment in candidates:
        match = _COMMENT.match(comment.strip())
        if match is not None:
            return number, "0" if match.group("none") else match.group("said")
    return None
