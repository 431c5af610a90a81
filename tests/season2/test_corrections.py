"""An outlet's correction takes the place of its own earlier word (bot/season2/rules.py:apply_corrections,
applied by compute_status)."""

from __future__ import annotations

import datetime as dt
import functools
from dataclasses import dataclass

from bot.season2.model import Claim, Milestone, Standing
from bot.season2.rules import compute_status, diff
from bot.season2.sources.rss import FeedItem, claims_from_items

FEB_12, FEB_19 = dt.datetime(2027, 2, 12, tzinfo=dt.UTC), dt.datetime(2027, 2, 19, tzinfo=dt.UTC)


def _news(title: str, publisher: str, day: int) -> Claim:
    written = dt.date(2027, 1, day)
    (claim,), _ = claims_from_items([FeedItem(title, None, publisher, written)], written)
    return claim


@dataclass(frozen=True)
class Reports:
    screenrant_12: Claim
    koreaboo_12: Claim
    screenrant_19: Claim
    collider_19: Claim


@functools.cache
def reports() -> Reports:
    """The outlets' reports, read by the first test (not at import, which every pytest-xdist worker does)."""
    return Reports(
        _news("All of Us Are Dead Season 2 premieres Feb. 12", "screenrant.com", 15),
        _news("All of Us Are Dead Season 2 premiere date set: Feb. 12", "koreaboo.com", 15),
        _news("[CORRECTION] All of Us Are Dead Season 2 premieres Feb. 19, not Feb. 12", "screenrant.com", 20),
        _news("All of Us Are Dead Season 2 now premieres on Feb. 19", "collider.com", 21),
    )


def test_two_reports_of_a_day_set_the_release_date() -> None:
    r = reports()
    assert compute_status([r.screenrant_12, r.koreaboo_12]).release_at == FEB_12


def test_a_day_its_outlet_corrected_is_no_longer_that_outlets_report() -> None:
    r = reports()
    before = compute_status([r.screenrant_12, r.koreaboo_12])
    after = compute_status([r.screenrant_12, r.koreaboo_12, r.screenrant_19])
    assert after.release_at is None  # 12 February is one outlet's word now, 19 February one outlet's
    assert "release_date_withdrawn" in [t.kind for t in diff(before, after)]


def test_a_corrected_day_and_another_outlets_report_of_it_set_the_date() -> None:
    r = reports()
    status = compute_status([r.screenrant_12, r.koreaboo_12, r.screenrant_19, r.collider_19])
    assert status.release_at == FEB_19
    assert r.screenrant_12 not in status.release_backing + status.pending


def test_a_correction_leaves_other_outlets_claims_standing() -> None:
    r = reports()
    status = compute_status([r.screenrant_12, r.koreaboo_12, r.screenrant_19])
    assert r.koreaboo_12 in status.pending
    assert all(c.standing is Standing.STANDING for c in (r.koreaboo_12, r.screenrant_19))


def test_a_correction_is_not_undone_by_the_earlier_word_it_corrects() -> None:
    r = reports()
    # The same outlet's trailer news is another thing: its correction of the date leaves it alone.
    trailer = _news("All of Us Are Dead Season 2 trailer is here", "screenrant.com", 14)
    status = compute_status([trailer, r.screenrant_12, r.screenrant_19])
    assert trailer in status.pending and r.screenrant_19 in status.pending
    assert trailer.milestone is Milestone.TRAILER
