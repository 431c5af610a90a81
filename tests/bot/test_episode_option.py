"""An episode typed to a command's option (/episode's number, /trivia start's up_to_episode): read by /progress's one
reader, refused with its precise reasons said of an episode (bot/episode_option.py)."""

from __future__ import annotations

import datetime as dt

import pytest

from bot.episode_option import read_episode_option
from bot.show import Position, PositionError, ShowShape
from tests.bot.test_show import NOW, PREMIERE, with_season_two
from tests.table import table


@table(("typed", "said"), [
    ("between 8 and 9", "\u201cbetween 8 and 9\u201d names episodes 8 and 9: type the last one you have finished, like S1E8."),
    ("finished both seasons", "Only season 1 is out so far: how far into it are you?"),
    ("lol", "\u201clol\u201d is not an episode. Type it like S1E5"),
    ("10/10", "\u201c10/10\u201d is not an episode. Type it like S1E5"),  # was 'names episodes 10 and 10'
    ("s1e0", "\u201cs1e0\u201d is not an episode. Type it like S1E5"),  # was a crash (ValueError), not a refusal
    ("episode 99", "There is no season 1, episode 99 (season 1 has 12 episodes)."),
    ("s3e1", "There is no season 3, episode 1 (season 3 is not known yet)."),
])
def test_an_episode_option_refused_says_why_of_an_episode_never_of_progress(typed: str, said: str) -> None:
    with pytest.raises(PositionError) as refused:
        read_episode_option(typed, ShowShape.season_one(), now=NOW)
    assert str(refused.value).startswith(said) and "progress" not in str(refused.value)


@table(("now", "read"), [
    (PREMIERE + dt.timedelta(weeks=2, hours=1), Position(2, 3)),  # three of season 2's eight out: never more
    (PREMIERE + dt.timedelta(weeks=10), Position(2, 8)),
])
def test_both_seasons_finished_once_season_two_is_out_is_its_last_episode_out(now: dt.datetime, read: Position) -> None:
    assert read_episode_option("finished both seasons", with_season_two(), now=now).position == read
