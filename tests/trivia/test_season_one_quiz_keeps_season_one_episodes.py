"""A season-1 quiz's question naming season 1 as its subject's past ("Which season 1 character dies first? (ep 1)") is held
to its season-1 episode, not season 2's: fans still in season 1 can play it (review67b, over-gating of imports48's
laterseason.from_season_one under a title naming season 1 alone)."""

from __future__ import annotations

import datetime as dt

from bot.show import EpisodeInfo, Position, ShowShape
from bot.trivia.lists import parse_list
from bot.trivia.upload_reading import bundled_reading

_DROPS = (dt.datetime(2026, 2, 27, 8, tzinfo=dt.UTC), dt.datetime(2026, 3, 27, 8, tzinfo=dt.UTC))
_SHOW = ShowShape.season_one()
_SHOW.add_episodes(2, [EpisodeInfo(2, n, None, _DROPS[n > 6]) for n in range(1, 13)])
_READING = bundled_reading()


def _held(upload: str) -> dict[str, Position]:
    listed = _READING.ready(parse_list(upload.encode(), "mods", shape=_SHOW), Position(2, 6), _SHOW)
    return {q.text: q.spoils for q in listed.questions}


def test_which_season_1_character_in_a_season_one_quiz_is_held_to_its_season_one_episode() -> None:
    held = _held("AOUAD season 1 quiz\n1. Which season 1 character dies first? (ep 1) - ||Hyeon-ju||\n"
                 "2. Who kills Woo-jin? - ||Nam-ra||\n")
    assert held["Which season 1 character dies first? (ep 1)"] == Position(1, 1)


def test_which_season_1_survivor_in_an_untitled_list_is_still_asked_of_season_2() -> None:
    held = _held("1. Which season 1 survivor opens the gym door? (ep 4) - ||Dae-su||\n2. Who leads the NIS team? - ||Han Du-seok||\n")
    assert held["Which season 1 survivor opens the gym door? (ep 4)"] == Position(2, 4)
