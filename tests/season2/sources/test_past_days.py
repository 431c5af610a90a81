"""A day without its year that a headline says after it passed ("released on Feb. 12, tops the chart",
"지난 12일 공개") is that past day, so old news, never the same day next year or next month
(bot/season2/sources/headline_moments.py:headline_day)."""

from __future__ import annotations

import datetime as dt

from bot.season2.sources.rss import FeedItem, claims_from_items
from tests.table import table

WRITTEN = dt.date(2027, 2, 14)  # two days after an invented premiere on the 12th


@table("headline", [
    "All of Us Are Dead Season 2, released on Feb. 12, tops Netflix chart",
    "지난 2월 12일 공개된 '지금 우리 학교는' 시즌2, 글로벌 1위",
    "'지금 우리 학교는' 시즌2 지난 12일 공개",
    "'지금 우리 학교는' 시즌2 12일 공개 후 1위",
    "All of Us Are Dead Season 2 out since 2/12: the reviews are in",
])
def test_a_day_just_past_claims_no_release_date(headline: str) -> None:
    claims, _ = claims_from_items([FeedItem(headline, None, "x.com", WRITTEN)], WRITTEN)
    assert all(c.release_at is None or c.release_at.date() <= WRITTEN for c in claims)


@table(("headline", "day"), [
    ("All of Us Are Dead Season 2 premieres Dec. 5", dt.date(2027, 12, 5)),
    ("'지금 우리 학교는' 시즌2 2월 12일 아닌 19일 공개", dt.date(2027, 2, 19)),
    ("'지금 우리 학교는' 시즌2 내달 12일 공개", dt.date(2027, 3, 12)),
    ("All of Us Are Dead Season 2 premieres Feb. 20", dt.date(2027, 2, 20)),
])
def test_a_day_ahead_is_still_read(headline: str, day: dt.date) -> None:
    claims, _ = claims_from_items([FeedItem(headline, None, "x.com", WRITTEN)], WRITTEN)
    assert [c.release_at.date() for c in claims if c.release_at] == [day]
