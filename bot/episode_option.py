"""An episode typed to a command's option (/episode's number, /trivia start's up_to_episode): read as a fan
says how far they have watched (bot.watched: "halfway through ep 4", "ep 3 pls"), but refused as an
episode: nothing of the typer's /progress changes there, so a refusal saying "your progress is unchanged"
would mislead (show.parse_position's refusal says what an episode is typed like)."""

from __future__ import annotations

import datetime as dt

from bot.show import PositionError, ShowShape, parse_position
from bot.watched import Watched, read_watched


def read_episode_option(text: str, shape: ShowShape, *, now: dt.datetime, allow_nothing: bool = True) -> Watched:
    """What `text` names as bot.watched reads it; where that refuses, as show.parse_position reads it
    (whose refusal, raised, speaks of an episode, not of progress)."""
    try:
        return read_watched(text, shape, now=now, allow_nothing=allow_nothing)
    except PositionError:
        return Watched(parse_position(text, shape, now=now, allow_nothing=allow_nothing))
