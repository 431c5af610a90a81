"""The season's day beside words that are about something else: "only on Netflix" in Tagalog ("lang sa netflix"), a Part 2 said
to have no day yet beside Part 1's day (bot/season2/sources/headline_forms.py, headline_batches.py and the readers nearby;
s2wild103, the rest in bench/data/season2_wild101.yaml)."""

from __future__ import annotations

import datetime as dt

from bot.season2.sources.rss import FeedItem, claims_from_items
from tests.stall import read_at_once
from tests.table import table

WRITTEN = dt.date(2027, 2, 1)
SEASONS_DAY = {"release_date_announced reported 2027-03-19"}


def _readings(post: str, written: dt.date = WRITTEN) -> set[str]:
    claims, _ = claims_from_items([FeedItem(post, None, "x.com", written)], written)
    out = set()
    for claim in claims:
        day = "" if claim.release_at is None else " " + claim.release_at.strftime("%Y-%m-%d")
        out.add(f"{claim.milestone.value} {claim.confidence.value}{day}")
    return out


@table("post", [
    "aouad 2 march 19 lang sa netflix, wala sa ibang app",
    "aouad 2 march 19 sa netflix",
    "aouad 2 march 19 only on netflix",
])
def test_the_day_then_only_on_netflix_is_the_day_read(post: str) -> None:
    assert _readings(post) == SEASONS_DAY


def test_another_shows_day_only_on_netflix_reads_nothing() -> None:
    assert _readings("sweet home 3 march 19 lang sa netflix") == set()


@table("post", [
    "aouad 2 part 1 march 19, part 2 not officially dated yet",
    "aouad 2 part 1 march 19, part 2 soon",
    "Estamos Muertos 2: parte 1 el 19 de marzo; la parte 2 todavía sin fecha oficial",
    "지우학2 파트1 3월 19일 공개, 파트2는 아직 날짜 미정",
])
def test_part_two_with_no_day_yet_leaves_part_ones_day_read(post: str) -> None:
    assert _readings(post) == SEASONS_DAY


def test_part_two_dated_beside_part_one_is_still_read() -> None:
    assert _readings("aouad 2 part 1 march 19, part 2 april 9") == SEASONS_DAY | {"part_dated reported 2027-04-09"}


def test_a_long_post_of_part_twos_with_no_day_is_read_at_once() -> None:
    with read_at_once():
        _readings("aouad 2 part 1 march 19" + ", part 2 still " * 300 + " " * 4000 + "tba")
