"""Making untrusted text safe to echo back into Discord.

Any text a user typed (a question, a guess, an imported list) passes through `quote_user_text`
before the bot repeats it: no pings, no markdown that changes the bot's own formatting, no
spoiler bars that could close the bot's spoilers early, no invisible or direction-changing
characters, and a bounded length.
"""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Iterable

# Zero-width characters and bidirectional controls: they hide or reorder text on screen.
_INVISIBLE = re.compile("[\u200b-\u200f\u202a-\u202e\u2060-\u2069\ufeff\u00ad\u180e]")
_MARKDOWN = re.compile(r"([\\*_~`|>#\-\[\]()])")
_MENTION = re.compile(r"@(everyone|here)|<(@[!&]?|#)(\d+)>")
_WHITESPACE = re.compile(r"\s+")


def strip_invisible(text: str) -> str:
    """Remove zero-width, soft-hyphen and bidi control characters."""
    return _INVISIBLE.sub("", text)


def clean_input(text: str, *, limit: int = 300) -> str:
    """Normalise what a user typed before the bot reads it: NFKC, no invisibles, one-line, bounded."""
    if text.isascii() and text.isprintable():
        # The common case: nothing to normalise or strip but runs of spaces.
        return _WHITESPACE.sub(" ", text).strip()[:limit]
    text = unicodedata.normalize("NFKC", strip_invisible(text))
    text = "".join(ch for ch in text if unicodedata.category(ch) != "Cc" or ch in "\n\t")
    text = _WHITESPACE.sub(" ", text).strip()
    return text[:limit]


def escape_markdown(text: str) -> str:
    """Backslash-escape every character Discord's markdown (spoilers included) reacts to."""
    return _MARKDOWN.sub(r"\\\1", text)


def defuse_mentions(text: str) -> str:
    """Break @everyone, @here and <@…>/<@&…>/<#…> so they render as text, not pings."""

    def _defuse(match: re.Match[str]) -> str:
        if match.group(1):
            return "@\u200b" + match.group(1)
        return "<" + match.group(2) + "\u200b" + match.group(3) + ">"

    return _MENTION.sub(_defuse, text)


def shorten(text: str, limit: int, *, ellipsis: str = "…") -> str:
    if len(text) <= limit:
        return text
    return text[: max(0, limit - len(ellipsis))].rstrip() + ellipsis


def quote_user_text(text: str, *, limit: int = 200) -> str:
    """Text a user wrote, made inert for the bot to repeat: cleaned, escaped, defused, bounded."""
    cleaned = shorten(clean_input(text, limit=limit * 4), limit)
    return defuse_mentions(escape_markdown(cleaned))


def quote_user_list(items: Iterable[str], *, limit: int, item_limit: int = 60, empty: str = "none") -> str:
    """Names users chose (lists, categories, ...), each made inert, joined by commas and bounded:
    what does not fit in `limit` characters becomes "and N more"."""
    quoted = [q for q in (quote_user_text(item, limit=item_limit) for item in items) if q]
    if not quoted:
        return empty
    shown: list[str] = []
    used = 0
    for index, item in enumerate(quoted):
        rest = len(quoted) - index - 1
        tail = len(f", and {rest} more") if rest else 0
        if used + len(item) + 2 + tail > limit and shown:
            return shorten(", ".join(shown) + f", and {len(quoted) - index} more", limit)
        shown.append(item)
        used += len(item) + 2
    return shorten(", ".join(shown), limit)
