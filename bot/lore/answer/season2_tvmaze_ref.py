"""TVmaze as an /ask answer cites it: the one place a season-2 answer names TVmaze as its source."""

from __future__ import annotations

from bot.lore.answer.result import SourceRef
from bot.season2.model import Status

TVMAZE = "TVmaze"


def tvmaze_ref(status: Status | None = None, part: bool = False) -> SourceRef:
    """TVmaze cited as the status cites it (its address and the day it said so) when a claim of it is there, else by name;
    of a later `part`, its claim holding that part's day now first (moved: the new day's listing, never the first one's)."""
    if status is not None:
        every = (*sorted(status.part_backing if part else (), key=lambda c: c.date), *status.backing,
                 *status.release_backing, *status.pending, *status.window_backing)
        for claim in every:
            if claim.source.publisher_key == TVMAZE.casefold():
                return SourceRef(TVMAZE, "", claim.source.url, claim.date.isoformat())
    return SourceRef(TVMAZE, "", None, None)
