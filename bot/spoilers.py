"""The one spoiler renderer: every piece of show content passes through here before Discord.

A fact knows the position it spoils (`NOTHING` = safe). A viewer's progress is the last position
they have seen (bot.show.Position: season, episode). Text whose position is past the progress goes
inside ||…||; text for places Discord cannot hide (embed titles, field names, button labels,
autocomplete choices) is replaced by a safe fallback instead.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import dataclass, field
from functools import lru_cache

from bot.show import NOTHING, Position
from bot.text import as_read, as_words

Reads = Callable[[str], Position]


_SLUG_GLUE = re.compile(r"[-_/.+=&?#%]+")


def address_spoils(url: str, reads: Reads) -> Position:
    """What a web address's path gives away (".../cheong-san-dies-s1e11"): Discord shows it when
    the link is hovered or opened, so a link is only as safe as its address."""
    words = _address_words(url)
    return reads(words) if words else NOTHING


@lru_cache(maxsize=4096)
def _address_words(url: str) -> str:
    """The words of an address's path ("" when it has none); the same few sources are cited again and again."""
    words = _SLUG_GLUE.sub(" ", url.split("://", 1)[-1].partition("/")[2])
    return words if words.strip() else ""


def is_safe(spoils: Position | None, viewer: Position) -> bool:
    """Whether a viewer who has seen up to `viewer` may read this in the clear."""
    return (spoils or NOTHING) <= viewer


_BACKTICKS = re.compile(r"`+")


def _code_spans_close(text: str) -> bool:
    """Whether every code span opened in `text` closes inside it (a run of n backticks is closed by the next
    run of exactly n, as Discord's markdown reads them)."""
    runs = [len(m.group()) for m in _BACKTICKS.finditer(text)]
    at = 0
    while at < len(runs):
        try:
            at = runs.index(runs[at], at + 1) + 1
        except ValueError:
            return False
    return True


def hide(text: str) -> str:
    """Wrap text in a spoiler; pipes inside are escaped so nothing can close the bars early. A code span that
    closes inside stays code (an id); a stray backtick is escaped, or its code span would run past the closing
    bars to the next backtick, showing what lies between in the clear (Discord reads a code span before bars).
    Escaped, both read the same once revealed."""
    if not text:
        return text
    inner = text.replace("\\", "\\\\").replace("|", "\\|")
    if "`" in inner and not _code_spans_close(inner):
        inner = inner.replace("`", "\\`")
    return f"||{inner}||"


def hide_quoted(quoted: str) -> str:
    """Bars around text already made inert (bot.text: its pipes and backslashes escaped), without
    escaping it again: a quoted headline or question hidden whole."""
    return f"||{quoted}||" if quoted else quoted


def render(text: str, spoils: Position | None, viewer: Position) -> str:
    """Text for a message body, embed description or field value."""
    return text if is_safe(spoils, viewer) else hide(text)


def unhideable(text: str, spoils: Position | None, viewer: Position, fallback: str) -> str:
    """Text for a place Discord cannot hide (title, field name, label, choice): never spoil there."""
    return text if is_safe(spoils, viewer) else fallback


def read_as_shown(reads: Reads) -> Reads:
    """`reads` (text -> the position it gives away: the spoiler lexicon) reading what a reader of
    Discord reads: the text as written, as rendered (invisible characters, look-alike letters and
    markdown inside words gone: bot.text.as_read) and with words joined by -, _ or . read apart (a
    slug like "cheong-san-dies"). The latest of the three: a tag is a lower bound, and a text must
    not pass as safe because of how it is spelled."""

    @lru_cache(maxsize=4096)
    def read(text: str) -> Position:
        views = dict.fromkeys((text, shown := as_read(text), as_words(shown)))  # usually one or two
        return max(reads(view) for view in views)

    return read


@dataclass
class SpoilerTracker:
    """Collects what a reply shows, so callers know the highest position any shown fact spoils."""

    progress: Position
    highest: Position | None = None
    _seen: list[Position] = field(default_factory=list)

    def render(self, text: str, spoils: Position | None) -> str:
        self._note(spoils)
        return render(text, spoils, self.progress)

    def unhideable(self, text: str, spoils: Position | None, fallback: str) -> str:
        if is_safe(spoils, self.progress):
            self._note(spoils)
            return text
        return fallback

    def _note(self, spoils: Position | None) -> None:
        if spoils:
            self._seen.append(spoils)
            self.highest = max(self.highest or NOTHING, spoils)
