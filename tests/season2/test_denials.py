"""A denial takes a release day back (bot/season2/denials.py, applied by rules.compute_status): its
outlet's own earlier word always, others' only as surely as the denial is backed, never an official
date on a report."""

from __future__ import annotations

import datetime as dt
import functools

import pytest

from bot.season2.delivery.posts import level_admits
from bot.season2.history import history
from bot.season2.model import Claim, Confidence, Source, Standing, Transition
from bot.season2.rules import compute_status, diff
from bot.season2.sources.rss import FeedItem, claims_from_items

FEB_12 = dt.datetime(2027, 2, 12, tzinfo=dt.UTC)


def _news(title: str, publisher: str, day: int, official: bool = False) -> Claim:
    written = dt.date(2027, 1, day)
    (claim,), _ = claims_from_items([FeedItem(title, None, publisher, written, official)], written)
    return claim


# Read when a test first needs them: reading the first headline compiles the reader's patterns
# (0.6 s of CPU), which collection would otherwise pay in every pytest-xdist worker.
@functools.cache
def screenrant_12() -> Claim:
    return _news("All of Us Are Dead Season 2 premieres Feb. 12", "screenrant.com", 15)


@functools.cache
def koreaboo_12() -> Claim:
    return _news("All of Us Are Dead Season 2 premiere date set: Feb. 12", "koreaboo.com", 15)


@functools.cache
def rumour_12() -> Claim:
    return _news("All of Us Are Dead Season 2 rumoured to premiere Feb. 12, insiders say", "allkpop.com", 14)


@functools.cache
def screenrant_takes_back() -> Claim:
    return _news("[CORRECTION] All of Us Are Dead Season 2 not on Feb. 12 as previously reported",
                 "screenrant.com", 20)


@functools.cache
def variety_denies() -> Claim:
    return _news("Netflix denies All of Us Are Dead Season 2 Feb. 12 release", "variety.com", 20)


@functools.cache
def soompi_denies() -> Claim:
    return _news("'지금 우리 학교는' 시즌2 2월 12일 공개 사실무근", "soompi.com", 20)


@functools.cache
def netflix_denies() -> Claim:
    return _news("All of Us Are Dead Season 2 is not premiering Feb. 12", "netflix.com", 20, official=True)


def _official_12() -> Claim:
    return Claim("tvmaze:s2e1", screenrant_12().milestone, dt.date(2027, 1, 16), Confidence.OFFICIAL,
                 Source("Netflix", "netflix.com", None, dt.date(2027, 1, 16)), "Netflix: Feb. 12",
                 release_at=FEB_12, origin="tvmaze")


def test_an_outlets_own_denial_takes_its_day_back() -> None:
    before = compute_status([screenrant_12(), koreaboo_12()])
    after = compute_status([screenrant_12(), koreaboo_12(), screenrant_takes_back()])
    assert before.release_at == FEB_12 and after.release_at is None
    assert "release_date_withdrawn" in [t.kind for t in diff(before, after)]
    assert screenrant_12().id in {c.id for c in after.refuted}


def test_a_denial_invents_no_date() -> None:
    status = compute_status([screenrant_takes_back(), variety_denies()])
    assert status.release_at is None and status.milestone is None and status.pending == ()


def test_one_outlets_denial_leaves_another_outlets_report_standing() -> None:
    status = compute_status([koreaboo_12(), variety_denies()])
    assert koreaboo_12() in status.pending


def test_two_outlets_denials_take_back_two_reports_of_the_day() -> None:
    status = compute_status([screenrant_12(), koreaboo_12(), variety_denies(), soompi_denies()])
    assert status.release_at is None
    assert {screenrant_12().id, koreaboo_12().id} <= {c.id for c in status.refuted}


def test_a_reported_denial_never_undoes_an_official_date() -> None:
    status = compute_status([_official_12(), screenrant_12(), variety_denies(), soompi_denies()])
    assert status.release_at == FEB_12


def test_netflixs_denial_takes_back_the_reports_of_its_day() -> None:
    status = compute_status([screenrant_12(), koreaboo_12(), netflix_denies()])
    assert status.release_at is None
    assert netflix_denies().id in {c.id for c in status.settled_by}


def test_one_denial_takes_back_a_rumour_of_its_day() -> None:
    status = compute_status([rumour_12(), variety_denies()])
    assert status.rumours == ()


def test_the_denial_is_not_listed_as_a_refuted_claim_itself() -> None:
    status = compute_status([screenrant_12(), screenrant_takes_back()])
    assert screenrant_takes_back().id not in {c.id for c in status.refuted}


def test_a_day_announced_after_its_denial_stands() -> None:
    later_a = _news("All of Us Are Dead Season 2 premieres Feb. 12 after all", "screenrant.com", 25)
    later_b = _news("All of Us Are Dead Season 2 premiere date set: Feb. 12", "collider.com", 25)
    assert compute_status([variety_denies(), soompi_denies(), later_a, later_b]).release_at == FEB_12


def test_a_denied_claim_counts_again_before_its_denial_in_history() -> None:
    kinds = [t.kind for t in history([screenrant_12(), koreaboo_12(), screenrant_takes_back()])]
    assert kinds[:1] == ["release_date_set"] and "release_date_withdrawn" in kinds
    assert all(c.standing is Standing.STANDING for c in (screenrant_12(), koreaboo_12()))


def test_a_denied_day_leaves_the_next_days_report_standing() -> None:
    feb_13 = _news("All of Us Are Dead Season 2 premieres Feb. 13 at 5 p.m. KST", "screenrant.com", 15)
    status = compute_status([feb_13, variety_denies(), soompi_denies()])
    assert feb_13 in status.pending


def test_a_moderators_official_report_citing_the_outlet_is_not_undone_by_its_report() -> None:
    official = Claim("mod:1", screenrant_12().milestone, dt.date(2027, 1, 16), Confidence.OFFICIAL,
                     Source("screenrant.com", "Netflix confirms", "https://screenrant.com/x", dt.date(2027, 1, 16)),
                     "Netflix confirms Feb. 12", release_at=FEB_12, origin="moderator")
    assert compute_status([official, screenrant_takes_back()]).release_at == FEB_12


def _withdrawal(before: list[Claim], after: list[Claim]) -> Transition:
    (found,) = [t for t in diff(compute_status(before), compute_status(after)) if t.kind == "release_date_withdrawn"]
    return found


def test_a_day_netflix_denies_is_withdrawn_citing_netflixs_denial_not_the_reports() -> None:
    withdrawn = _withdrawal([screenrant_12(), koreaboo_12()], [screenrant_12(), koreaboo_12(), netflix_denies()])
    assert [c.id for c in withdrawn.claims] == [netflix_denies().id]


def test_a_reported_day_netflix_denies_is_told_only_where_the_reported_day_was() -> None:
    withdrawn = _withdrawal([screenrant_12(), koreaboo_12()], [screenrant_12(), koreaboo_12(), netflix_denies()])
    assert withdrawn.confidence is Confidence.REPORTED
    assert level_admits("reported", withdrawn.confidence) and not level_admits("official", withdrawn.confidence)


def test_an_outlets_correction_is_what_its_withdrawn_day_cites() -> None:
    withdrawn = _withdrawal([screenrant_12(), koreaboo_12()], [screenrant_12(), koreaboo_12(), screenrant_takes_back()])
    assert [c.id for c in withdrawn.claims] == [screenrant_takes_back().id]


def test_an_official_day_netflix_denies_is_told_officially() -> None:
    withdrawn = _withdrawal([_official_12()], [_official_12(), netflix_denies()])
    assert [c.id for c in withdrawn.claims] == [netflix_denies().id] and withdrawn.confidence is Confidence.OFFICIAL



# rehearse58: "reportedly delayed to April" stayed listed as a live rumour after Netflix said 19 March again
_APRIL = "All of Us Are Dead season 2 reportedly delayed to April, insider claims"


@pytest.mark.parametrize(("rumour_day", "rumoured", "netflix_days", "settled"), [
    (14, _APRIL, (10, 20), True),
    (14, "RUMOR: All of Us Are Dead season 2 reportedly drops March 5?? insider says", (10, 20), True),
    (14, _APRIL, (20,), False),  # a guess before any day of Netflix's: settled by the release (test_status_settled)
    (21, _APRIL, (10, 20), False),  # after Netflix's last word: it may yet come true
    (14, "All of Us Are Dead Season 2 rumoured to premiere in the first half of 2027", (10, 20), False),  # 19 March is in it
])
def test_netflix_saying_its_day_again_settles_a_rumour_against_it_and_no_other(
    rumour_day: int, rumoured: str, netflix_days: tuple[int, ...], settled: bool
) -> None:
    rumour = _news(rumoured, "koreaboo.com", rumour_day)
    titles = ["All of Us Are Dead Season 2 premieres March 19", "All of Us Are Dead Season 2 still premieres March 19"]
    netflix = [_news(title, "netflix.com", day, official=True) for title, day in zip(titles, netflix_days, strict=False)]
    assert rumour.confidence is Confidence.RUMOUR and all(c.release_at is not None for c in netflix)
    status = compute_status([rumour, *netflix])
    assert (rumour.id in {c.id for c in status.refuted}) is settled
    assert (rumour.id in {c.id for c in status.rumours}) is not settled
    assert (netflix[-1] in status.settled_by) is settled and status.release_at == netflix[0].release_at


# fix68: a day was read in California at a fixed UTC-8, so under summer time (from 14 March 2027) Netflix's midnight
# PT of 20 March (07:00 UTC) fell on 19 March there, and a denial of 19 March withdrew it.
@pytest.mark.parametrize(("month", "denied_day", "utc_hour", "refuted"), [
    (1, 19, 8, False),  # midnight PST of 20 January: not the denied day anywhere
    (3, 19, 7, False),  # midnight PDT of 20 March: not the denied day anywhere
    (4, 19, 7, False),
    (1, 20, 8, True),
    (3, 20, 7, True),
    (1, 19, 7, True),  # 23:00 PST of 19 January: the denied day in California
    (3, 19, 6, True),  # 23:00 PDT of 19 March
])
def test_a_denial_takes_back_a_day_as_california_keeps_it_in_winter_and_summer(
    month: int, denied_day: int, utc_hour: int, refuted: bool
) -> None:
    written = dt.date(2026, 12, 20)
    title = f"All of Us Are Dead Season 2 is not premiering {dt.date(2027, month, 1):%B} {denied_day}"
    (denial,), _ = claims_from_items([FeedItem(title, None, "netflix.com", written, True)], written)
    said = dt.date(2026, 12, 15)
    netflix = Claim("tvmaze:s2e1", screenrant_12().milestone, said, Confidence.OFFICIAL,
                    Source("Netflix", "netflix.com", None, said), "Netflix",
                    release_at=dt.datetime(2027, month, 20, utc_hour, tzinfo=dt.UTC), origin="tvmaze")
    assert denial.release_at is not None and denial.release_at.month == month
    assert (netflix.id in {c.id for c in compute_status([netflix, denial]).refuted}) is refuted
