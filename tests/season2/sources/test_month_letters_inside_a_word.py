"""A month's letters inside another word are no month: "El juego del calaMAR 3" is Squid Game's third season, never
March 3 (bot/season2/sources/headline_dates.py; fix104, bench/data/season2_wild102.yaml)."""

from __future__ import annotations

import datetime as dt

from bench.season2_blind import read_headline
from tests.table import table

WRITTEN = dt.date(2027, 1, 20)


def _readings(post: str) -> set[str]:
    return read_headline({"w": WRITTEN, "p": "x.com", "t": post})


@table("post", [
    "El juego del calamar 3 se estrena el 19 de marzo, y Estamos Muertos 2 también",
    "Estamos Muertos 2 aún sin fecha, calamar 3 se estrena el 19 de marzo",
])
def test_calamar_3_beside_our_season_never_reads_march_3(post: str) -> None:
    assert not any("2027-03-03" in reading for reading in _readings(post))


@table("post", ["aouad 2 premieres Mar 19", "aouad 2 premieres (mar 19)", "Estamos Muertos 2 se estrena el 19 de marzo"])
def test_a_month_standing_alone_still_reads_its_day(post: str) -> None:
    assert _readings(post) == {"release_date_announced reported 2027-03-19"}
