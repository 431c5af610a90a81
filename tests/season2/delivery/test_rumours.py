"""Which rumours a channel at level all is told (bot/season2/delivery/posts.py:news_rumours): what counts
as the same rumour, and what is no rumour to post. Pure: claims and the status computed from them."""

from __future__ import annotations

import datetime as dt

from bot.season2 import rules
from bot.season2.delivery.posts import news_rumours, rumoured
from bot.season2.model import Claim, Confidence, Milestone, Source
from tests.table import table

NOW = dt.datetime(2027, 2, 15, 12, 0, tzinfo=dt.UTC)


def _claim(n: int, milestone: Milestone, confidence: Confidence = Confidence.RUMOUR, *,
           release_at: dt.datetime | None = None, window: str | None = None, publisher: str = "Fan Buzz") -> Claim:
    return Claim(id=f"rss:{n}", milestone=milestone, date=NOW.date(), confidence=confidence,
                 source=Source(publisher, f"headline {n}", f"https://e.example/{n}"), text=f"headline {n}",
                 origin="rss", release_at=release_at, release_window=window)


def _told(stored: list[Claim], added: list[Claim]) -> list[str]:
    return list(news_rumours(stored, added, rules.compute_status([*stored, *added], NOW)))


MARCH_19 = dt.datetime(2027, 3, 19, tzinfo=dt.UTC)


def test_a_day_with_or_without_its_hour_is_the_same_rumour() -> None:
    dated = _claim(1, Milestone.RELEASE_DATE_ANNOUNCED, release_at=MARCH_19)
    timed = _claim(2, Milestone.RELEASE_DATE_CHANGED, release_at=MARCH_19 + dt.timedelta(hours=8))
    assert rumoured(dated) == rumoured(timed) == "date:2027-03-19"


def test_a_window_is_the_same_rumour_however_it_is_cased() -> None:
    assert rumoured(_claim(1, Milestone.RELEASE_WINDOW, window="The First Half of 2027")) == \
        rumoured(_claim(2, Milestone.RELEASE_WINDOW, window="the first  half of 2027"))


def test_two_tellings_of_one_rumour_in_one_poll_are_one_post() -> None:
    added = [_claim(1, Milestone.RELEASE_DATE_ANNOUNCED, release_at=MARCH_19),
             _claim(2, Milestone.RELEASE_DATE_ANNOUNCED, release_at=MARCH_19, publisher="Other")]
    found = news_rumours([], added, rules.compute_status(added, NOW))
    assert list(found) == ["date:2027-03-19"] and len(found["date:2027-03-19"]) == 2


def test_a_rumour_told_before_is_not_told_again() -> None:
    stored = [_claim(1, Milestone.RELEASE_DATE_ANNOUNCED, release_at=MARCH_19)]
    assert _told(stored, [_claim(2, Milestone.RELEASE_DATE_ANNOUNCED, release_at=MARCH_19)]) == []


def test_a_rumour_of_a_step_season_2_already_passed_is_not_told() -> None:
    stored = [_claim(1, Milestone.FILMING, Confidence.OFFICIAL, publisher="Netflix")]
    assert _told(stored, [_claim(2, Milestone.CASTING)]) == []


def test_a_rumour_of_the_next_step_is_told() -> None:
    stored = [_claim(1, Milestone.FILMING, Confidence.OFFICIAL, publisher="Netflix")]
    assert _told(stored, [_claim(2, Milestone.TRAILER)]) == ["milestone:trailer"]


def test_a_reported_claim_is_never_told_as_a_rumour() -> None:
    assert _told([], [_claim(1, Milestone.RELEASE_DATE_ANNOUNCED, Confidence.REPORTED, release_at=MARCH_19)]) == []


# left46: once season 2 was out, an old guess at when it comes out heard again was posted as "Nothing confirms it yet"
@table(("milestone", "window", "day"), [
    (Milestone.RELEASE_WINDOW, "the first half of 2027", None),
    (Milestone.DELAYED, None, dt.datetime(2027, 6, 1, tzinfo=dt.UTC)),
    (Milestone.DELAYED, None, None),
    (Milestone.RELEASE_DATE_ANNOUNCED, None, MARCH_19),
], ids=["a window", "a delay to a day", "a delay", "a day"])
def test_once_season_2_is_out_a_rumour_of_when_it_comes_out_is_not_told(
    milestone: Milestone, window: str | None, day: dt.datetime | None,
) -> None:
    out = [_claim(1, Milestone.RELEASE_DATE_ANNOUNCED, Confidence.OFFICIAL, release_at=NOW - dt.timedelta(days=14),
                  publisher="Netflix")]
    assert _told(out, [_claim(2, milestone, release_at=day, window=window)]) == []
