"""What a moderator types to /spoilers to take a mark away instead of setting one.

A thread with a mark of its own reads by it; without one it reads its parent channel's
(bot/lore/progress.py:get_reading_mark). Taking a thread's mark away is how it goes back to
following its channel. Moderators say it many ways ("follow channel", "use the parent's mark",
"clear", "reset the thread's mark"), so a text asks for it when every word is one of those
below; a position ("S1E3", "0", "none") never does, since a digit or another word rules it out.
"""

from __future__ import annotations

import re
import unicodedata

from bot.text import strip_invisible

#: Words asking for the channel's mark (meaningless in a channel, which has none above it).
FOLLOW_WORDS = frozenset({"follow", "follows", "following", "channel", "channels", "parent", "parents", "inherit"})
#: Words asking for no mark of its own (in a thread: follow the channel; in a channel: unmarked).
CLEAR_WORDS = frozenset({"clear", "reset", "unset", "remove", "delete", "unmark", "default", "undo"})
#: Words that say nothing more ("go back to the channel's own mark").
FILLER = frozenset({
    "the", "its", "this", "thread", "threads", "mark", "marks", "spoiler", "spoilers", "back", "to", "go", "use",
    "same", "as", "own", "of", "from", "again", "like", "just", "please", "and", "here", "it", "setting",
})

FOLLOW = "follow"
CLEAR = "clear"


def unmark_request(text: str) -> str | None:
    """CLEAR when `text` asks to take the mark away, FOLLOW when it only asks for the channel's,
    None when it is something else (a position, or words that are not only these)."""
    shown = unicodedata.normalize("NFKC", strip_invisible(text)).casefold()
    words = re.findall(r"[^\W_]+", shown.replace("'", "").replace("\u2019", ""))
    if not words or any(w not in FOLLOW_WORDS | CLEAR_WORDS | FILLER for w in words):
        return None
    if any(w in CLEAR_WORDS for w in words):
        return CLEAR
    return FOLLOW if any(w in FOLLOW_WORDS for w in words) else None
