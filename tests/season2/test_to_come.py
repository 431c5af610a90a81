"""What of season 2 is still to come as TVmaze lists it (bot.season2.to_come): an episode with no date is never out,
still to come after one dated later, and left unsaid when nothing is dated later (TVmaze's listing lags a drop)."""

from __future__ import annotations

import datetime as dt

from bot.season2.to_come import ToCome, listed_to_come
from bot.show import EpisodeInfo, ShowShape

OUT = dt.datetime(2027, 3, 12, 8, 0, tzinfo=dt.UTC)
LATER = dt.datetime(2027, 4, 9, 7, 0, tzinfo=dt.UTC)
NOW = OUT + dt.timedelta(hours=1)


def _listed(*airstamps: dt.datetime | None) -> ShowShape:
    show = ShowShape(EpisodeInfo(2, n, None, at) for n, at in enumerate(airstamps, 1))
    show.set_premiere(2, OUT)
    return show


def test_undated_episodes_after_one_dated_later_are_still_to_come() -> None:
    assert listed_to_come(_listed(*[OUT] * 4, *[LATER] * 4, *[None] * 4), NOW) == ToCome((1, 4), (5, 12), LATER)


def test_undated_episodes_with_none_dated_later_leave_nothing_said_to_come() -> None:
    assert listed_to_come(_listed(*[OUT] * 4, *[None] * 4), NOW) is None


def test_a_season_listed_out_at_once_has_nothing_to_come() -> None:
    assert listed_to_come(_listed(*[OUT] * 8), NOW) is None


def test_a_listing_that_lags_a_moved_premiere_counts_the_first_drop_out_from_the_premiere() -> None:
    lagging = OUT - dt.timedelta(days=1) + dt.timedelta(hours=12)  # TVmaze still has the day before's noon
    assert listed_to_come(_listed(*[lagging] * 4, *[LATER] * 4), NOW) == ToCome((1, 4), (5, 8), LATER)
