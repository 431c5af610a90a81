"""A fan's own plan of which episodes to watch on which day ("march 19 eps 1 to 6, march 20 eps 7 to 12") is never read as
season 2's Part 2 dated: a season's two parts come out weeks apart, and a watch party's day is its own
(bot/season2/sources/headline_batches.py; review67b, over-reads of s2wild102's two runs after their days)."""

from __future__ import annotations

import datetime as dt

from bot.season2.sources.rss import FeedItem, claims_from_items
from tests.stall import read_at_once
from tests.table import table

WRITTEN = dt.date(2027, 2, 1)


def _part_2_days(post: str) -> set[str]:
    claims, _ = claims_from_items([FeedItem(post, None, "x.com", WRITTEN)], WRITTEN)
    return {claim.release_at.strftime("%Y-%m-%d") for claim in claims
            if claim.milestone.value == "part_dated" and claim.release_at is not None}


@table("post", [
    "aouad 2 marathon plan: march 19 eps 1-6, march 20 eps 7-12",
    "aouad 2 binge plan!! march 19 ep 1 to 6, march 21 ep 7 to 12 😤",
    "aouad 2 watch party schedule: march 19 eps 1 to 3, march 20 eps 4 to 6",
    "aouad 2 rewatch: 19/3 eps 1-6, 20/3 eps 7-12",
])
def test_a_binge_plan_over_days_next_to_each_other_dates_no_part_2(post: str) -> None:
    assert _part_2_days(post) == set()


def test_a_weekly_watch_party_dates_no_part_2() -> None:
    assert _part_2_days("aouad 2 watch party: march 19 eps 1 to 6 and march 26 eps 7 to 12") == set()


@table("post", [
    "aouad 2: march 19 Eps 1 to 6, april 9 Eps 7 to 12 🧟",
    "aouad 2: 19 march eps 1-6, 9 april eps 7-12",
])
def test_runs_weeks_apart_still_date_part_2(post: str) -> None:
    assert _part_2_days(post) == {"2027-04-09"}


def test_runs_after_their_days_with_thousands_of_spaces_read_at_once() -> None:
    with read_at_once():
        _part_2_days("aouad 2 march 19 eps 1 to 6," + " " * 4000 + "march 20 eps 7 to 12")
