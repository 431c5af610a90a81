"""An episode typed to a command's option (/episode's number, /trivia start's up_to_episode): read by /progress's
one reader of how far a fan has watched (bot.watched: "halfway through ep 4", "ep 3 pls", "finished both seasons" once
season 2 is out), and refused with its precise reasons ("names episodes 8 and 9", "Only season 1 is out so far"), but
said of an episode: nothing of the typer's /progress changes there, so "your progress is unchanged" would mislead."""

from __future__ import annotations

import datetime as dt

from bot.lazy_re import compile_later
from bot.show import PositionError, ShowShape
from bot.watched import Watched, read_watched

# /progress's words for what a refusal leaves of the fan's progress, and what the option's refusal says instead.
_COULD_NOT_READ = compile_later(r"^I couldn't read how far you have watched from (\u201c.*?\u201d), so your progress is unchanged\. ")
_LEFT_UNCHANGED = compile_later(r"\s*\bleft your progress unchanged\b")
_SO_UNCHANGED = compile_later(r",? so (?:your progress is unchanged|nothing was saved)\b")


def read_episode_option(text: str, shape: ShowShape, *, now: dt.datetime, allow_nothing: bool = True) -> Watched:
    """What `text` names as bot.watched reads it; its refusal, raised, speaks of an episode, not of progress."""
    try:
        return read_watched(text, shape, now=now, allow_nothing=allow_nothing)
    except PositionError as refused:
        said = _COULD_NOT_READ.sub(r"\1 is not an episode. ", str(refused))
        said = _SO_UNCHANGED.sub("", _LEFT_UNCHANGED.sub(" is not an episode out yet", said))
        raise PositionError(said) from None
