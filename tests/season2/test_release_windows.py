"""A release window as a claim (bot/season2/reports.py, rules.py): stored with its confidence, shown
as a window, never as a date; it moves no milestone, sets no release date, starts no countdown."""

from __future__ import annotations

import datetime as dt

import pytest

from bot.season2.model import Claim, Confidence, Milestone, Source
from bot.season2.reports import ReportError, moderator_claim
from bot.season2.rules import compute_status, diff
from bot.season2.windows import Window, read_window
from tests.table import table

NOW = dt.datetime(2026, 12, 2, 12, 0, tzinfo=dt.UTC)
TODAY = NOW.date()
H1 = read_window("H1 2027", TODAY)
SPRING = read_window("spring 2027", TODAY)
assert H1 is not None and SPRING is not None


def window_claim(cid: str, window: Window, day: str = "2026-12-01", confidence: Confidence = Confidence.OFFICIAL,
                 publisher: str = "Netflix", milestone: Milestone = Milestone.RELEASE_WINDOW,
                 origin: str = "rss") -> Claim:
    return Claim(
        id=cid, milestone=milestone, date=dt.date.fromisoformat(day), confidence=confidence,
        source=Source(publisher=publisher), text=f"expected {window.phrase}", origin=origin,  # type: ignore[arg-type]
        release_window=window.label,
    )


POST = Claim(id="p", milestone=Milestone.POST_PRODUCTION, date=dt.date(2026, 2, 19), confidence=Confidence.OFFICIAL,
             source=Source(publisher="Netflix"), text="post-production", origin="rss")


def report(milestone: Milestone, window: Window | None = None, *, official: bool = True,
           release_at: dt.datetime | None = None) -> Claim:
    return moderator_claim(milestone=milestone, source_url="https://www.netflix.com/tudum/aouad", date=TODAY,
                           official=official, now=NOW, release_at=release_at, window=window)


# ------------------------------------------------------------------ the claim a report makes


@table(
    "milestone", [Milestone.RELEASE_DATE_ANNOUNCED, Milestone.RELEASE_DATE_CHANGED, Milestone.RELEASE_WINDOW]
)
def test_a_release_date_report_given_a_window_is_a_window_claim(milestone: Milestone) -> None:
    claim = report(milestone, H1)
    assert claim.milestone is Milestone.RELEASE_WINDOW and claim.release_at is None
    assert claim.release_window == "the first half of 2027" and claim.confidence is Confidence.OFFICIAL
    assert "the first half of 2027" in claim.text


def test_a_delay_given_a_window_is_a_delay_with_that_window() -> None:
    claim = report(Milestone.DELAYED, H1, official=False)
    assert claim.milestone is Milestone.DELAYED and claim.release_window == "the first half of 2027"
    assert claim.confidence is Confidence.REPORTED and claim.release_at is None


def test_two_windows_reported_from_one_page_are_two_claims() -> None:
    assert report(Milestone.RELEASE_WINDOW, H1).id != report(Milestone.RELEASE_WINDOW, SPRING).id


@table(
    ("milestone", "typed", "says"),
    [
        (Milestone.FILMING, "spring 2027", "takes no release date or window"),
        (Milestone.RELEASED, "spring 2027", "takes the day it came out"),
        (Milestone.RELEASE_WINDOW, "first half of 2026", "is over"),
        (Milestone.RELEASE_WINDOW, "2033", "more than five years away"),
    ],
)
def test_a_window_that_cannot_be_the_news_is_refused_saying_why(milestone: Milestone, typed: str, says: str) -> None:
    window = read_window(typed, TODAY)
    assert window is not None
    with pytest.raises(ReportError, match=says):
        report(milestone, window)


def test_a_release_window_report_without_a_window_says_which_forms_are_read() -> None:
    with pytest.raises(ReportError, match="needs the window") as refused:
        report(Milestone.RELEASE_WINDOW)
    assert "the first half of 2027 (H1 2027), Q1 2027" in str(refused.value)


def test_a_release_window_report_given_a_day_is_a_release_date() -> None:
    claim = report(Milestone.RELEASE_WINDOW, release_at=dt.datetime(2027, 3, 14, tzinfo=dt.UTC))
    assert claim.milestone is Milestone.RELEASE_DATE_ANNOUNCED and claim.release_window is None


# ------------------------------------------------------------------ the status


def test_an_official_window_is_the_status_window_and_nothing_more() -> None:
    status = compute_status([POST, window_claim("w", H1)], NOW)
    assert status.window == "the first half of 2027" and [c.id for c in status.window_backing] == ["w"]
    assert status.milestone is Milestone.POST_PRODUCTION and status.release_at is None


def test_one_report_of_a_window_waits_for_a_second() -> None:
    status = compute_status([POST, window_claim("w", H1, confidence=Confidence.REPORTED, publisher="Soompi")], NOW)
    assert status.window is None and [c.id for c in status.pending] == ["w"]


def test_two_independent_reports_back_a_window() -> None:
    claims = [window_claim(f"w{i}", H1, confidence=Confidence.REPORTED, publisher=p)
              for i, p in enumerate(("Soompi", "Pinkvilla"))]
    status = compute_status([POST, *claims], NOW)
    assert status.window == "the first half of 2027" and status.pending == ()


def test_a_rumoured_window_is_only_a_rumour() -> None:
    status = compute_status([POST, window_claim("w", H1, confidence=Confidence.RUMOUR, publisher="X")], NOW)
    assert status.window is None and [c.id for c in status.rumours] == ["w"]


def test_a_newer_window_of_the_same_strength_replaces_the_older() -> None:
    status = compute_status([POST, window_claim("a", H1, "2026-11-01"), window_claim("b", SPRING, "2026-12-01")], NOW)
    assert status.window == "spring 2027"


def test_a_release_date_leaves_no_window() -> None:
    date = Claim(id="d", milestone=Milestone.RELEASE_DATE_ANNOUNCED, date=dt.date(2026, 12, 2),
                 confidence=Confidence.OFFICIAL, source=Source(publisher="Netflix"), text="date", origin="rss",
                 release_at=dt.datetime(2027, 3, 14, tzinfo=dt.UTC))
    status = compute_status([POST, window_claim("w", H1), date], NOW)
    assert status.window is None and status.release_at == dt.datetime(2027, 3, 14, tzinfo=dt.UTC)


def test_a_delay_after_a_window_leaves_it_behind_unless_it_gives_one() -> None:
    delay = Claim(id="x", milestone=Milestone.DELAYED, date=dt.date(2026, 12, 2), confidence=Confidence.OFFICIAL,
                  source=Source(publisher="Netflix"), text="delayed", origin="rss")
    assert compute_status([POST, window_claim("w", SPRING, "2026-11-01"), delay], NOW).window is None
    late = read_window("late 2027", TODAY)
    assert late is not None
    with_window = window_claim("y", late, "2026-12-02", milestone=Milestone.DELAYED)
    status = compute_status([POST, window_claim("w", SPRING, "2026-11-01"), with_window], NOW)
    assert status.delayed and status.window == "late 2027"


def test_a_new_window_is_one_transition_carrying_it_and_the_same_again_none() -> None:
    before = compute_status([POST], NOW)
    after = compute_status([POST, window_claim("w", H1)], NOW)
    (change,) = diff(before, after)
    assert change.kind == "release_window" and change.window == "the first half of 2027"
    assert change.release_at_after is None and change.to_milestone is Milestone.POST_PRODUCTION
    again = compute_status([POST, window_claim("w", H1), window_claim("w2", H1, "2026-12-02")], NOW)
    assert diff(after, again) == []


def test_two_windows_on_one_day_are_two_transitions() -> None:
    base = compute_status([POST], NOW)
    first = diff(base, compute_status([POST, window_claim("a", H1)], NOW))
    second = diff(base, compute_status([POST, window_claim("b", SPRING)], NOW))
    assert first[0].id != second[0].id
