"""A binge said finished with the next season said to come, once that season is out: "just finished my aouad binge, on
to s2", "finished it, s2 next" mean all that was out before it, read as of the eve of that season's premiere (split
from watched.py at 597 lines, watched54)."""

from __future__ import annotations

import datetime as dt
from typing import Protocol

from bot.progress_clauses import season_to_come
from bot.show import Position, PositionError, ShowShape


class _Said(Protocol):
    @property
    def position(self) -> Position: ...


class _Reading(Protocol):
    def __call__(self, text: str, shape: ShowShape, *, now: dt.datetime) -> _Said: ...


def done_before_coming(text: str, shape: ShowShape, now: dt.datetime, read: _Reading) -> Position | None:
    """The end of the season before the one `text` says is to come, when `read` (watched.py's own reading), as of the
    eve of that season, reads exactly that end; None when the text says anything short of it, or no season to come
    that is out."""
    coming = season_to_come(text)
    if coming is None or not 2 <= coming <= shape.last_released(now).season or not (first := shape.episodes_in(coming)):
        return None
    if (premiere := shape.aired_at(first[0])) is None:
        return None
    try:
        said = read(text, shape, now=premiere - dt.timedelta(seconds=1)).position
    except PositionError:
        return None
    return said if said == shape.last_of(coming - 1) else None
