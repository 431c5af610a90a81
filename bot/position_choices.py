"""/progress and /episode autocomplete over the known positions (bot.show reads what is typed;
here the positions it matches are offered, best first, named without titles)."""

from __future__ import annotations

import datetime as dt

from bot.lazy_re import compile_later
from bot.position_forms import FINALE_WORDS, normal_typed
from bot.show import (
    NOTHING,
    Position,
    PositionError,
    ShowShape,
    counted_past_end,
    parse_position,
    read_position,
)


def position_choices(
    shape: ShowShape, typed: str, *, now: dt.datetime, allow_nothing: bool = True, limit: int = 25
) -> list[tuple[str, str]]:
    """Autocomplete (name, value) pairs over the known positions, best match first. Names carry no
    episode titles (a choice cannot hide a spoiler); values are what parse_position reads back."""
    pool = ([NOTHING] if allow_nothing else []) + list(shape.positions())
    query = normal_typed(typed)
    try:
        exact: Position | None = parse_position(typed, shape, now=now, allow_nothing=allow_nothing) if query else None
    except PositionError:
        exact = None
    picked: list[Position] = [exact] if exact is not None else []
    if exact is None and (typed_as := read_position(typed)) and not shape.contains(typed_as):
        counted = counted_past_end(typed_as, shape)  # "13": offer S2E1, named as itself, for the fan to pick
        picked += [counted] if counted is not None else []
    if exact is None and query in FINALE_WORDS:  # "finale" once season 2 is out: each season's, to pick from
        latest = shape.last_released(now)
        picked += [shape.last_of(s) for s in shape.seasons() if shape.last_of(s) and shape.last_of(s) <= latest]
    if query and (begun := _BEGUN.match(query)):  # "2x0", "s2 ep", "시즌2": that season's, as typed so far
        season, number = int(begun.group(1) or begun.group(2) or begun.group(3)), begun.group(4)
        picked += [p for p in pool if p.season == season and str(p.episode).startswith(number)]
    if query:
        picked += [p for p in pool if query in normal_typed(_choice_name(p)) or query in str(p).casefold()]
    else:
        picked = pool if len(pool) <= limit else pool[:1] + pool[-(limit - 1):]
    seen: dict[Position, None] = dict.fromkeys(picked)
    return [(_choice_name(p), str(p)) for p in list(seen)[:limit]]


_BEGUN = compile_later(r"^(?:s(?:eason)?\s*0?([1-9])\s*,?\s*(?:e|ep|episode|x)?|([1-9])\s*x|시즌\s*([1-9]))\s*0?(\d?)$")


def _choice_name(position: Position) -> str:
    return f"{position.heading} ({position})"
