"""Headlines read as claims (bot/season2/sources/headlines.py): milestones, dates, dedupe keys."""

from __future__ import annotations

import datetime as dt

import pytest

from bot.season2.model import Confidence, Milestone
from bot.season2.sources.headlines import classify_headline, item_key, parse_headline_date


@pytest.mark.parametrize(
    ("headline", "milestone"),
    [
        ("All of Us Are Dead season 2 wraps filming after seven months", Milestone.FILMING_WRAPPED),
        ("Filming for All of Us Are Dead season 2 has wrapped", Milestone.FILMING_WRAPPED),
        ("Netflix drops the first trailer for All of Us Are Dead season 2", Milestone.TRAILER),
        ("All of Us Are Dead 2 teaser trailer shows a fallen Seoul", Milestone.TEASER),
        ("Netflix renews All of Us Are Dead for season 2", Milestone.RENEWED),
        ("All of Us Are Dead season 2 delayed again", Milestone.DELAYED),
        ("Netflix cancels All of Us Are Dead season 2", None),
        ("All of Us Are Dead season 2 cancelled by Netflix", Milestone.CANCELLED),
        ("All of Us Are Dead season 2 officially in production", Milestone.FILMING),
        ("Ahn Dong-goo joins All of Us Are Dead season 2", Milestone.CASTING),
        ("All of Us Are Dead season 2 premieres on January 15, 2027", Milestone.RELEASE_DATE_ANNOUNCED),
    ],
)
def test_headlines_map_to_milestones(headline: str, milestone: Milestone | None) -> None:
    found = classify_headline(headline)
    assert (found.milestone if found else None) is milestone


def test_a_release_date_headline_carries_the_date_in_utc() -> None:
    found = classify_headline("All of Us Are Dead season 2 release date set for 15 Jan 2027")
    assert found is not None and found.release_at == dt.datetime(2027, 1, 15, tzinfo=dt.UTC)


def test_release_date_speculation_without_a_date_is_no_claim() -> None:
    assert classify_headline("All of Us Are Dead season 2 release date, cast and plot") is None


def test_questions_are_no_claims() -> None:
    assert classify_headline("Has All of Us Are Dead season 2 finished filming?") is None


def test_headlines_about_other_shows_are_ignored() -> None:
    assert classify_headline("Squid Game season 3 trailer is here") is None


def test_rumour_headlines_are_rumours() -> None:
    found = classify_headline("Rumour: All of Us Are Dead season 2 trailer coming next week")
    assert found is not None and found.confidence is Confidence.RUMOUR


def test_dates_in_headlines_are_parsed() -> None:
    assert parse_headline_date("on Sept. 3rd, 2027") == dt.date(2027, 9, 3)
    assert parse_headline_date("2027-02-30") is None


def test_the_dedupe_key_ignores_case_punctuation_and_the_publisher_suffix() -> None:
    a = item_key("All of Us Are Dead Season 2 WRAPS filming! - Pinkvilla", "Pinkvilla")
    b = item_key("all of us are dead season 2 wraps filming", "www.pinkvilla.com")
    assert a == b
    assert a != item_key("all of us are dead season 2 wraps filming", "Collider")
