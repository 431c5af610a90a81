"""A binge said finished with the next season said to come, once that season is out: "just finished my aouad binge, on
to s2", "finished it, s2 next" mean all that was out before it, read as of the eve of that season's premiere (split
from watched.py at 597 lines, watched54); never beside something else finished ("finished the webtoon, s2 next", "my bf
finished his aouad binge, s2 next": watched55)."""

from __future__ import annotations

import datetime as dt
from typing import Protocol

from bot.lazy_re import compile_later
from bot.progress_clauses import clauses, season_to_come, someone_elses
from bot.progress_said import BARE_DONE, chat_free
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
    # what the text says beside the season to come: read alone ("finished the webtoon, s2 next" says nothing of the show,
    # where "s2 next" alone, on that eve, would be all of season 1; watched55)
    beside = [part for part in clauses(text) if season_to_come(part) is None]
    try:
        said = read(", ".join(beside) if beside else text, shape, now=premiere - dt.timedelta(seconds=1)).position
    except PositionError:
        return None
    return said if said == shape.last_of(coming - 1) else None


# A word of finishing, in the languages the binge readers read (progress_forms)
_DONE = compile_later(r"\b(?:finished|done|completed?|binged|kelar|selesai|tamat|tapos|natapos|terminei|termin[eé]|acabei|acab[eé]"
                      r"|xong)\b|끝|終わ|見終")
# ... never a finish said of nothing else ("done!!", "finished it") or of a rewatch ("rewatch done")
_OWN_DONE = compile_later(rf"{BARE_DONE.pattern}|re-?watch|\b(?:it|s|season) ?\d{{0,2}}$")


def done_of_another(text: str, shape: ShowShape, now: dt.datetime, read: _Reading) -> bool:
    """Whether `text` says a season is to come beside something finished that is no place in this show ("finished the
    webtoon, s2 next", "my bf finished his aouad binge, s2 next"): that season is the webtoon's, the plan the boyfriend's,
    never all of the season before it seen (watched55). Each such clause is read alone by `read` (watched.py's own
    reading) as of the eve of the season said (or now, before it is listed): one read as a place ("finished it") is the
    fan's own."""
    if (coming := season_to_come(text)) is None:
        return False
    first = shape.episodes_in(coming)
    premiere = shape.aired_at(first[0]) if first else None
    when = min(now, premiere - dt.timedelta(seconds=1)) if premiere is not None else now
    # (someone else's place beside a season out, "my sister is on ep 4, s2 next": whose season to come is not said; watched58;
    # nor beside anything else they do once it is out, "my sister is rewatching, s2 next", "my bf is watching it": watched59)
    if (others := someone_elses(text)) and (first or any(_DONE.search(part) for part in others)):
        return True
    for part in clauses(text):
        if season_to_come(part) is None and _DONE.search(part.casefold()) and not _OWN_DONE.search(chat_free(part)):
            try:
                read(part, shape, now=when)
            except PositionError:
                return True
    return False
