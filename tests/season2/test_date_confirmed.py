"""A date only reported, then given officially (bot/season2/rules.py:diff): one "release date is
confirmed", also when the official word adds the hour the reports lacked (never "the date changed")."""

from __future__ import annotations

import datetime as dt
from functools import cache

from bot.season2.model import Claim, Confidence, Milestone, Source
from bot.season2.rules import compute_status, diff
from bot.season2.sources.rss import FeedItem, claims_from_items

FEB_12_KST_5PM = dt.datetime(2027, 2, 12, 8, tzinfo=dt.UTC)


def _news(title: str, publisher: str) -> Claim:
    written = dt.date(2027, 1, 15)
    (claim,), _ = claims_from_items([FeedItem(title, None, publisher, written)], written)
    return claim


def _tvmaze(at: dt.datetime) -> Claim:
    day = dt.date(2027, 1, 16)
    return Claim("tvmaze:s2", Milestone.RELEASE_DATE_ANNOUNCED, day, Confidence.OFFICIAL,
                 Source("TVmaze", "tvmaze.com", None, day), "Season 2 premieres", release_at=at, origin="tvmaze")


# Read when a test first needs them, not at import: every pytest-xdist worker imports this module
# to collect it, and reading the first headlines warms the whole headline reader (0.3 CPU-s).
@cache
def reports() -> tuple[Claim, ...]:
    return (_news("All of Us Are Dead Season 2 premieres Feb. 12", "screenrant.com"),
            _news("All of Us Are Dead Season 2 premiere date set: Feb. 12", "koreaboo.com"))


def test_an_official_hour_for_a_reported_day_confirms_it() -> None:
    before, after = compute_status(reports()), compute_status([*reports(), _tvmaze(FEB_12_KST_5PM)])
    assert after.release_at == FEB_12_KST_5PM
    assert [t.kind for t in diff(before, after)] == ["release_date_confirmed"]


def test_an_official_other_day_still_changes_the_date() -> None:
    before = compute_status(reports())
    after = compute_status([*reports(), _tvmaze(dt.datetime(2027, 2, 19, 8, tzinfo=dt.UTC))])
    assert [t.kind for t in diff(before, after)] == ["release_date_changed"]


def test_an_official_moment_of_the_next_day_changes_the_date() -> None:
    before = compute_status(reports())
    after = compute_status([*reports(), _tvmaze(dt.datetime(2027, 2, 13, 8, tzinfo=dt.UTC))])
    assert [t.kind for t in diff(before, after)] == ["release_date_changed"]
