"""A release day called off or put off in Indonesian chat ("batal tayang", "gak jadi tayang", "nggak tayang") or Vietnamese
("hoãn ra mắt ngày …"): that day is taken back, never announced (review38: each was read as the day announced)."""

from __future__ import annotations

import datetime as dt

import pytest

from bot.season2.sources.headline_denials import denied_day
from bot.season2.sources.headline_parts import read_headline

WRITTEN = dt.date(2027, 1, 20)


@pytest.mark.parametrize("headline", [
    "All of Us Are Dead musim 2 batal tayang 9 April",
    "All of Us Are Dead musim 2 gak jadi tayang 9 April",
    "All of Us Are Dead musim 2 nggak rilis 9 April",
    "Ngôi trường xác sống phần 2 hoãn ra mắt ngày 9/4",
])
def test_a_day_called_off_abroad_is_never_announced(headline: str) -> None:
    assert not read_headline(headline, WRITTEN)
    assert denied_day(headline, WRITTEN) == dt.date(2027, 4, 9)


@pytest.mark.parametrize("headline", [
    "All of Us Are Dead musim 2 tayang 9 April",
    "Ngôi trường xác sống phần 2 ra mắt ngày 9/4",
])
def test_the_same_day_said_plainly_is_still_announced(headline: str) -> None:
    assert [(r.milestone.value, r.release_at.date() if r.release_at else None) for r in read_headline(headline, WRITTEN)] == [
        ("release_date_announced", dt.date(2027, 4, 9))]
