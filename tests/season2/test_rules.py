"""The status rules (bot/season2/rules.py)."""

from __future__ import annotations

import datetime as dt

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from bot.season2.history import history
from bot.season2.model import Claim, Confidence, Milestone, Source, Standing, Status
from bot.season2.rules import compute_status, diff

UTC = dt.UTC


def claim(
    cid: str,
    milestone: Milestone,
    day: str,
    confidence: Confidence = Confidence.OFFICIAL,
    publisher: str = "Netflix",
    *,
    release_at: dt.datetime | None = None,
    standing: Standing = Standing.STANDING,
    refuted_by: str | None = None,
) -> Claim:
    return Claim(
        id=cid,
        milestone=milestone,
        date=dt.date.fromisoformat(day),
        confidence=confidence,
        source=Source(publisher=publisher, title=f"{publisher} on {milestone.value}"),
        text=f"{milestone.label} per {publisher}",
        standing=standing,
        refuted_by=refuted_by,
        release_at=release_at,
        origin="rss",
    )


def at(day: str, hour: int = 0) -> dt.datetime:
    d = dt.date.fromisoformat(day)
    return dt.datetime(d.year, d.month, d.day, hour, tzinfo=UTC)


REPORTED = Confidence.REPORTED
RUMOUR = Confidence.RUMOUR


def test_no_claims_gives_no_milestone() -> None:
    status = compute_status([])
    assert status.milestone is None and status.release_at is None


def test_one_official_claim_moves_the_status() -> None:
    status = compute_status([claim("a", Milestone.RENEWED, "2022-06-06")])
    assert status.milestone is Milestone.RENEWED
    assert status.since == at("2022-06-06")
    assert status.confidence is Confidence.OFFICIAL


def test_one_reported_claim_does_not_move_the_status() -> None:
    status = compute_status([claim("a", Milestone.FILMING, "2023-01-01", REPORTED, "Pinkvilla")])
    assert status.milestone is None
    assert [c.id for c in status.pending] == ["a"]


def test_two_reports_from_the_same_publisher_are_not_independent() -> None:
    status = compute_status(
        [
            claim("a", Milestone.FILMING, "2023-01-01", REPORTED, "Pinkvilla"),
            claim("b", Milestone.FILMING, "2023-01-02", REPORTED, "www.pinkvilla.com"),
            claim("c", Milestone.FILMING, "2023-01-03", REPORTED, "PINKVILLA"),
        ]
    )
    assert status.milestone is None


def test_two_independent_reports_move_the_status_at_the_second_report() -> None:
    status = compute_status(
        [
            claim("a", Milestone.FILMING_WRAPPED, "2026-02-18", REPORTED, "NewsX"),
            claim("b", Milestone.FILMING_WRAPPED, "2026-02-22", REPORTED, "India TV"),
        ]
    )
    assert status.milestone is Milestone.FILMING_WRAPPED
    assert status.since == at("2026-02-22")
    assert status.confidence is Confidence.REPORTED
    assert {c.id for c in status.backing} == {"a", "b"}


def test_rumours_never_move_the_status() -> None:
    claims = [claim(f"r{i}", Milestone.FILMING, "2022-09-01", RUMOUR, f"Site {i}") for i in range(5)]
    status = compute_status([claim("n", Milestone.RENEWED, "2022-06-06"), *claims])
    assert status.milestone is Milestone.RENEWED
    assert len(status.rumours) == 5


def test_claims_about_an_earlier_milestone_never_move_it_back() -> None:
    status = compute_status(
        [
            claim("f", Milestone.FILMING, "2025-07-23"),
            claim("p1", Milestone.PRE_PRODUCTION, "2025-09-01", REPORTED, "A"),
            claim("p2", Milestone.PRE_PRODUCTION, "2025-09-02", REPORTED, "B"),
            claim("p3", Milestone.PRE_PRODUCTION, "2025-09-03"),
        ]
    )
    assert status.milestone is Milestone.FILMING


def test_reported_cancellation_cannot_undo_an_official_milestone() -> None:
    status = compute_status(
        [
            claim("f", Milestone.FILMING, "2025-07-23"),
            claim("c1", Milestone.CANCELLED, "2025-09-01", REPORTED, "A"),
            claim("c2", Milestone.CANCELLED, "2025-09-02", REPORTED, "B"),
        ]
    )
    assert status.milestone is Milestone.FILMING


def test_official_cancellation_cancels_and_withdraws_the_date() -> None:
    status = compute_status(
        [
            claim("d", Milestone.RELEASE_DATE_ANNOUNCED, "2026-05-01", release_at=at("2026-12-01")),
            claim("c", Milestone.CANCELLED, "2026-06-01"),
        ]
    )
    assert status.milestone is Milestone.CANCELLED
    assert status.release_at is None


def test_refuted_claims_are_kept_and_listed_but_back_nothing() -> None:
    status = compute_status(
        [
            claim("n", Milestone.RENEWED, "2022-06-06"),
            claim("x", Milestone.FILMING, "2022-09-01", standing=Standing.REFUTED, refuted_by="y"),
        ]
    )
    assert status.milestone is Milestone.RENEWED
    assert [c.id for c in status.refuted] == ["x"]


def test_an_official_release_date_is_set() -> None:
    status = compute_status(
        [claim("d", Milestone.RELEASE_DATE_ANNOUNCED, "2026-09-01", release_at=at("2027-01-15", 8))]
    )
    assert status.milestone is Milestone.RELEASE_DATE_ANNOUNCED
    assert status.release_at == at("2027-01-15", 8)


def test_two_reports_of_the_same_day_back_a_date_and_keep_the_precise_time() -> None:
    status = compute_status(
        [
            claim("a", Milestone.RELEASE_DATE_ANNOUNCED, "2026-09-01", REPORTED, "TVmaze",
                  release_at=at("2027-01-15", 8)),
            claim("b", Milestone.RELEASE_DATE_ANNOUNCED, "2026-09-02", REPORTED, "Collider",
                  release_at=at("2027-01-15")),
        ]
    )
    assert status.release_at == at("2027-01-15", 8)


def test_reports_of_different_days_do_not_back_a_date() -> None:
    status = compute_status(
        [
            claim("a", Milestone.RELEASE_DATE_ANNOUNCED, "2026-09-01", REPORTED, "A", release_at=at("2027-01-15")),
            claim("b", Milestone.RELEASE_DATE_ANNOUNCED, "2026-09-02", REPORTED, "B", release_at=at("2027-02-15")),
        ]
    )
    assert status.release_at is None
    assert status.milestone is None


def test_reports_cannot_change_an_official_date() -> None:
    status = compute_status(
        [
            claim("o", Milestone.RELEASE_DATE_ANNOUNCED, "2026-09-01", release_at=at("2027-01-15")),
            claim("a", Milestone.RELEASE_DATE_CHANGED, "2026-10-01", REPORTED, "A", release_at=at("2027-03-01")),
            claim("b", Milestone.RELEASE_DATE_CHANGED, "2026-10-02", REPORTED, "B", release_at=at("2027-03-01")),
        ]
    )
    assert status.release_at == at("2027-01-15")


def test_a_newer_official_date_changes_the_date() -> None:
    old = compute_status(
        [claim("o", Milestone.RELEASE_DATE_ANNOUNCED, "2026-09-01", release_at=at("2027-01-15"))]
    )
    claims = [
        claim("o", Milestone.RELEASE_DATE_ANNOUNCED, "2026-09-01", release_at=at("2027-01-15")),
        claim("n", Milestone.RELEASE_DATE_CHANGED, "2026-11-01", release_at=at("2027-02-20")),
    ]
    (transition,) = diff(old, compute_status(claims))
    assert transition.kind == "release_date_changed"
    assert transition.release_at_before == at("2027-01-15")
    assert transition.release_at_after == at("2027-02-20")
    assert [c.id for c in transition.claims] == ["n"]


def test_setting_a_date_is_one_transition_not_two() -> None:
    claims = [
        claim("f", Milestone.FILMING, "2025-07-23"),
        claim("d", Milestone.RELEASE_DATE_ANNOUNCED, "2026-09-01", release_at=at("2027-01-15")),
    ]
    old = compute_status(claims[:1])
    (transition,) = diff(old, compute_status(claims))
    assert transition.kind == "release_date_set"
    assert transition.from_milestone is Milestone.FILMING
    assert transition.to_milestone is Milestone.RELEASE_DATE_ANNOUNCED


def test_an_undated_official_delay_withdraws_the_date() -> None:
    claims = [
        claim("d", Milestone.RELEASE_DATE_ANNOUNCED, "2026-09-01", release_at=at("2027-01-15")),
        claim("x", Milestone.DELAYED, "2026-12-01"),
    ]
    old = compute_status(claims[:1])
    (transition,) = diff(old, compute_status(claims))
    assert transition.kind == "delayed"
    assert transition.release_at_before == at("2027-01-15")
    assert transition.release_at_after is None
    assert compute_status(claims).release_at is None


def test_a_delay_to_a_new_date_is_one_delayed_transition() -> None:
    claims = [
        claim("d", Milestone.RELEASE_DATE_ANNOUNCED, "2026-09-01", release_at=at("2027-01-15")),
        claim("x", Milestone.DELAYED, "2026-12-01", release_at=at("2027-04-01")),
    ]
    (transition,) = diff(compute_status(claims[:1]), compute_status(claims))
    assert transition.kind == "delayed"
    assert transition.release_at_after == at("2027-04-01")


def test_each_transition_records_the_claims_that_caused_it() -> None:
    claims = [
        claim("a", Milestone.TRAILER, "2026-10-01", REPORTED, "A"),
        claim("b", Milestone.TRAILER, "2026-10-02", REPORTED, "B"),
    ]
    (transition,) = diff(Status.empty(), compute_status(claims))
    assert transition.kind == "milestone"
    assert {c.id for c in transition.claims} == {"a", "b"}
    assert transition.confidence is Confidence.REPORTED


def test_the_same_claims_give_no_transition() -> None:
    claims = [claim("a", Milestone.RENEWED, "2022-06-06")]
    assert diff(compute_status(claims), compute_status(claims)) == []


def test_transition_ids_are_deterministic() -> None:
    claims = [claim("a", Milestone.RENEWED, "2022-06-06")]
    first = diff(Status.empty(), compute_status(claims))
    second = diff(Status.empty(), compute_status(list(reversed(claims))))
    assert [t.id for t in first] == [t.id for t in second]


def test_history_treats_a_claim_as_standing_until_its_refutation() -> None:
    claims = [
        claim("n", Milestone.RENEWED, "2022-06-06"),
        claim("a", Milestone.FILMING, "2022-09-01", REPORTED, "A", standing=Standing.REFUTED, refuted_by="z"),
        claim("b", Milestone.FILMING, "2022-09-02", REPORTED, "B", standing=Standing.REFUTED, refuted_by="z"),
        claim("z", Milestone.PRE_PRODUCTION, "2023-03-01", REPORTED, "Teen Vogue"),
    ]
    kinds = [(t.from_milestone, t.to_milestone) for t in history(claims)]
    assert kinds == [
        (None, Milestone.RENEWED),
        (Milestone.RENEWED, Milestone.FILMING),
        (Milestone.FILMING, Milestone.RENEWED),
    ]


_milestones = st.sampled_from(
    [m for m in Milestone if m.is_progress and m is not Milestone.RELEASE_DATE_ANNOUNCED]
)
_confidences = st.sampled_from(list(Confidence))
_publishers = st.sampled_from(["A", "B", "C"])


@settings(max_examples=60, deadline=None)
@given(
    st.lists(
        st.tuples(_milestones, _confidences, _publishers, st.integers(0, 400)), min_size=1, max_size=12
    )
)
def test_history_never_moves_back_without_a_refutation(raw: list[tuple[Milestone, Confidence, str, int]]) -> None:
    base = dt.date(2022, 1, 1)
    claims = [
        claim(f"c{i}", m, (base + dt.timedelta(days=d)).isoformat(), c, p)
        for i, (m, c, p, d) in enumerate(raw)
    ]
    transitions = history(claims)
    ranks = [t.to_milestone.rank for t in transitions]
    assert ranks == sorted(ranks)
    assert len({t.id for t in transitions}) == len(transitions)
    # adding rumours never changes the result
    rumours = [claim(f"r{i}", Milestone.RELEASED, "2022-01-01", RUMOUR, p) for i, p in enumerate("ABC")]
    assert compute_status(claims + rumours).milestone == compute_status(claims).milestone


def test_a_release_date_changing_twice_gives_two_changes() -> None:
    claims = [
        claim("a", Milestone.RELEASE_DATE_ANNOUNCED, "2026-09-01", release_at=at("2027-01-15")),
        claim("b", Milestone.RELEASE_DATE_CHANGED, "2026-10-01", release_at=at("2027-02-15")),
        claim("c", Milestone.RELEASE_DATE_CHANGED, "2026-11-01", release_at=at("2027-03-15")),
    ]
    kinds = [(t.kind, t.release_at_after) for t in history(claims)]
    assert kinds == [
        ("release_date_set", at("2027-01-15")),
        ("release_date_changed", at("2027-02-15")),
        ("release_date_changed", at("2027-03-15")),
    ]


def test_an_official_date_moved_back_to_the_first_date_follows_the_newest_word() -> None:
    claims = [
        claim("a", Milestone.RELEASE_DATE_ANNOUNCED, "2026-09-01", release_at=at("2027-01-15")),
        claim("b", Milestone.RELEASE_DATE_CHANGED, "2026-10-01", release_at=at("2027-02-15")),
        claim("c", Milestone.RELEASE_DATE_CHANGED, "2026-11-01", release_at=at("2027-01-15")),
    ]
    transitions = history(claims)
    assert compute_status(claims).release_at == at("2027-01-15")
    assert transitions[-1].kind == "release_date_changed"
    assert transitions[-1].at == at("2026-11-01")
    assert len({t.id for t in transitions}) == 3


def test_of_two_official_dates_said_the_same_day_the_one_recorded_last_wins() -> None:
    from dataclasses import replace

    first = replace(claim("a", Milestone.RELEASE_DATE_ANNOUNCED, "2026-03-01", release_at=at("2026-04-20", 8)),
                    recorded_at=at("2026-03-01", 9))
    corrected = claim("b", Milestone.RELEASE_DATE_CHANGED, "2026-03-01", release_at=at("2026-03-20", 8))
    # The correction moves the date earlier, whether it is still being ingested or already stored.
    assert compute_status([first, corrected]).release_at == at("2026-03-20", 8)
    stored = replace(corrected, recorded_at=at("2026-03-01", 10))
    assert compute_status([first, stored]).release_at == at("2026-03-20", 8)
    assert compute_status([replace(first, recorded_at=at("2026-03-01", 11)), stored]).release_at == at("2026-04-20", 8)


def _netflix_date(cid: str, said: str, release: dt.datetime, recorded: dt.datetime) -> Claim:
    return Claim(
        id=cid, milestone=Milestone.RELEASE_DATE_ANNOUNCED, date=dt.date.fromisoformat(said),
        confidence=Confidence.OFFICIAL, source=Source(publisher="Netflix", title="Netflix " + cid),
        text="release date", release_at=release, recorded_at=recorded,
    )


def test_an_older_statement_recorded_late_does_not_undo_a_same_day_correction() -> None:
    april, march = dt.datetime(2027, 4, 20, 8, tzinfo=dt.UTC), dt.datetime(2027, 3, 20, 8, tzinfo=dt.UTC)
    first = _netflix_date("a", "2026-03-01", april, dt.datetime(2026, 3, 1, 9, tzinfo=dt.UTC))
    correction = _netflix_date("b", "2026-03-01", march, dt.datetime(2026, 3, 1, 10, tzinfo=dt.UTC))
    older = _netflix_date("c", "2026-02-01", april, dt.datetime(2026, 3, 2, tzinfo=dt.UTC))  # said 1 Feb, added 2 Mar
    assert compute_status([first, correction, older]).release_at == march


def test_a_delay_years_after_an_earlier_one_still_counts() -> None:
    old = claim("old", Milestone.DELAYED, "2024-05-23", REPORTED, "Pinkvilla")
    old2 = claim("old2", Milestone.DELAYED, "2024-05-23", REPORTED, "Collider")
    filming = claim("f", Milestone.FILMING, "2025-07-23")
    date = claim("d", Milestone.RELEASE_DATE_ANNOUNCED, "2026-12-01", release_at=at("2027-01-20"))
    new = claim("x", Milestone.DELAYED, "2026-12-05")
    status = compute_status([old, old2, filming, date, new])
    assert status.delayed and status.release_at is None
    assert [c.id for c in status.delay_backing] == ["x"]
    assert status.pending == ()  # the old delay was backed in its day: it waits for nothing
    before = compute_status([old, old2, filming, date])
    assert not before.delayed and before.release_at == at("2027-01-20")


REPORTED_ = Confidence.REPORTED


def test_reported_cancellations_never_undo_an_official_step_under_a_reported_one() -> None:
    base = [
        claim("f", Milestone.FILMING, "2025-07-23"),
        claim("w1", Milestone.FILMING_WRAPPED, "2026-02-19", REPORTED_, "Soompi"),
        claim("w2", Milestone.FILMING_WRAPPED, "2026-02-19", REPORTED_, "Pinkvilla"),
    ]
    cancels = [
        claim("c1", Milestone.CANCELLED, "2026-04-01", REPORTED_, "Clickbait Daily"),
        claim("c2", Milestone.CANCELLED, "2026-04-02", REPORTED_, "FakeNews247"),
    ]
    status = compute_status([*base, *cancels])
    assert status.milestone is Milestone.FILMING_WRAPPED
    official = claim("c3", Milestone.CANCELLED, "2026-04-03")
    assert compute_status([*base, *cancels, official]).milestone is Milestone.CANCELLED


def test_a_delay_to_a_date_and_a_withdrawn_date_from_two_outlets_back_no_delay() -> None:
    april = at("2027-04-02", 8)
    claims = [
        claim("d1", Milestone.RELEASE_DATE_ANNOUNCED, "2026-03-01", REPORTED_, "TVmaze", release_at=at("2027-03-05")),
        claim("d2", Milestone.RELEASE_DATE_ANNOUNCED, "2026-03-01", REPORTED_, "Collider", release_at=at("2027-03-05")),
        claim("m1", Milestone.RELEASE_DATE_CHANGED, "2026-03-02", REPORTED_, "TVmaze", release_at=april),
        claim("m2", Milestone.DELAYED, "2026-03-02", REPORTED_, "Soompi", release_at=april),
    ]
    moved = compute_status(claims)
    assert moved.release_at == april and not moved.delayed
    removed = claim("r", Milestone.DELAYED, "2026-03-03", REPORTED_, "TVmaze")  # TVmaze's date gone for a poll
    after = compute_status([*claims, removed])
    assert after.release_at == april and not after.delayed
    assert diff(moved, after) == []
    # A second outlet saying the same thing (delayed, no date) is a backed delay.
    again = claim("r2", Milestone.DELAYED, "2026-03-04", REPORTED_, "Variety")
    assert compute_status([*claims, removed, again]).delayed


def test_a_date_its_source_has_since_moved_is_not_listed_as_backing_the_date_that_stands() -> None:
    netflix = claim("n", Milestone.RELEASE_DATE_ANNOUNCED, "2027-02-20", release_at=at("2027-03-05", 8))
    tvmaze_old = claim("t1", Milestone.RELEASE_DATE_ANNOUNCED, "2027-02-19", REPORTED, "TVmaze",
                       release_at=at("2027-03-05", 8))
    tvmaze_new = claim("t2", Milestone.RELEASE_DATE_CHANGED, "2027-02-21", REPORTED, "TVmaze",
                       release_at=at("2027-03-12", 8))
    for now in (None, at("2027-03-06")):  # before the date, and once it has passed (released)
        status = compute_status([netflix, tvmaze_old, tvmaze_new], now=now)
        assert status.release_at == at("2027-03-05", 8)
        assert [c.id for c in status.release_backing] == ["n"]
        assert "t1" not in [c.id for c in status.backing]


def test_a_date_every_backer_has_moved_away_from_still_lists_its_backers() -> None:
    said = [claim("t1", Milestone.RELEASE_DATE_ANNOUNCED, "2027-02-18", REPORTED, "TVmaze", release_at=at("2027-03-05", 8)),
            claim("s1", Milestone.RELEASE_DATE_ANNOUNCED, "2027-02-18", REPORTED, "Soompi", release_at=at("2027-03-05", 8)),
            claim("t2", Milestone.RELEASE_DATE_CHANGED, "2027-02-19", REPORTED, "TVmaze", release_at=at("2027-03-12", 8)),
            claim("s2", Milestone.RELEASE_DATE_CHANGED, "2027-02-19", REPORTED, "Soompi", release_at=at("2027-03-19", 8))]
    status = compute_status(said)
    assert status.release_at == at("2027-03-05", 8)  # the rules' choice is unchanged: only the listing is
    assert sorted(c.id for c in status.release_backing) == ["s1", "t1"]  # a date is never shown unbacked


def test_the_history_of_claims_recorded_at_other_times_follows_their_own_times() -> None:
    # the replay is kept per process for the same claims: a claim's recording time (which breaks a
    # same-day tie) is compared by no claim's equality, so it must not hit what another replay kept
    april, march = dt.datetime(2027, 4, 20, 8, tzinfo=dt.UTC), dt.datetime(2027, 3, 20, 8, tzinfo=dt.UTC)
    first = _netflix_date("a", "2026-03-01", april, dt.datetime(2026, 3, 1, 9, tzinfo=dt.UTC))
    correction = _netflix_date("b", "2026-03-01", march, dt.datetime(2026, 3, 1, 10, tzinfo=dt.UTC))
    assert history([first, correction])[-1].release_at_after == march
    from dataclasses import replace

    recorded_later = replace(first, recorded_at=dt.datetime(2026, 3, 1, 11, tzinfo=dt.UTC))
    assert history([recorded_later, correction])[-1].release_at_after == april


def test_a_trailer_before_the_date_stays_behind_the_status() -> None:
    """"Is there a trailer" once a date stands: the status is the date, and the trailer it went past is kept."""
    trailer = claim("t", Milestone.TRAILER, "2026-11-20")
    status = compute_status([trailer, claim("d", Milestone.RELEASE_DATE_ANNOUNCED, "2026-12-06",
                                            release_at=at("2027-03-12", 8))])
    assert status.milestone is Milestone.RELEASE_DATE_ANNOUNCED
    assert trailer in status.behind


def test_a_moved_date_keeps_the_day_it_replaced_behind_the_status() -> None:
    """A date moved earlier or later: the day it replaced stays readable (which way it moved), never as the date."""
    first = claim("d", Milestone.RELEASE_DATE_ANNOUNCED, "2026-12-06", release_at=at("2027-03-12", 8))
    status = compute_status([first, claim("m", Milestone.RELEASE_DATE_CHANGED, "2027-01-15", release_at=at("2027-03-05", 8))])
    assert status.release_at == at("2027-03-05", 8)
    assert first in status.behind and first not in status.release_backing


# A season released in parts: Part 2's day rides in the same status (part_at), never as the season's own day.
_S2 = at("2027-03-12", 8)
_P2 = at("2027-04-09", 8)


def _part(cid: str, confidence: Confidence = Confidence.OFFICIAL, publisher: str = "Netflix", when: dt.datetime = _P2) -> Claim:
    return claim(cid, Milestone.PART_DATED, "2027-02-01", confidence, publisher, release_at=when)


_SEASON_DAY = claim("s2", Milestone.RELEASE_DATE_ANNOUNCED, "2027-01-20", release_at=_S2)


@pytest.mark.parametrize(
    ("claims", "part_at"),
    [
        pytest.param([_SEASON_DAY, _part("p")], _P2, id="official-part-2-day"),
        pytest.param([_SEASON_DAY, _part("p", REPORTED, "TVmaze")], None, id="one-report-waits-for-a-second"),
        pytest.param([_SEASON_DAY, _part("p", REPORTED, "TVmaze"), _part("q", REPORTED, "Variety")], _P2,
                     id="two-independent-reports"),
        pytest.param([_SEASON_DAY, _part("p", RUMOUR, "Reddit"), _part("q", RUMOUR, "X")], None, id="rumours-never"),
        pytest.param([_part("p")], None, id="no-season-day-no-part-day"),
        pytest.param([_SEASON_DAY, _part("p", when=at("2027-03-12", 20))], None, id="not-after-the-season-day"),
        pytest.param([_SEASON_DAY, _part("p"), claim("c", Milestone.CANCELLED, "2027-02-02")], None, id="cancelled"),
    ],
)
def test_a_later_parts_day_is_kept_beside_the_seasons_own(claims: list[Claim], part_at: dt.datetime | None) -> None:
    status = compute_status(claims)
    assert status.part_at == part_at
    assert status.release_at == (None if not any(c.id == "s2" for c in claims) or status.milestone is Milestone.CANCELLED
                                 else _S2)


def test_a_single_report_of_part_2_is_listed_as_waiting_and_once_backed_is_not() -> None:
    one = compute_status([_SEASON_DAY, _part("p", REPORTED, "TVmaze")])
    two = compute_status([_SEASON_DAY, _part("p", REPORTED, "TVmaze"), _part("q", REPORTED, "Variety")])
    assert [c.id for c in one.pending] == ["p"] and two.pending == ()


def test_part_2s_day_withdrawn_alone_is_told_where_it_was_told() -> None:
    dated = compute_status([_SEASON_DAY, _part("p", REPORTED, "TVmaze"), _part("q", REPORTED, "Variety")])
    (change,) = diff(dated, compute_status([_SEASON_DAY]))
    assert (change.kind, change.release_at_before, change.confidence) == ("part_date_withdrawn", _P2, REPORTED)


def test_part_2s_day_gone_with_the_seasons_own_is_said_by_the_seasons_withdrawal_alone() -> None:
    kinds = [t.kind for t in diff(compute_status([_SEASON_DAY, _part("p")]), compute_status([_part("p")]))]
    assert "release_date_withdrawn" in kinds and "part_date_withdrawn" not in kinds


def test_part_2s_day_given_the_hour_it_was_already_shown_at_posts_no_new_date() -> None:
    """Netflix moves Part 2 to 16 April (a day), TVmaze then lists its 07:00 UTC (midnight in California, where the
    day was already shown from): nothing a reader sees changed, so no "Part 2 has a new date … no longer 16 April"."""
    day = at("2027-04-16")
    netflix = claim("p", Milestone.PART_DATED, "2027-04-02", release_at=day)
    tvmaze = claim("q", Milestone.PART_DATED, "2027-04-09", REPORTED, "TVmaze", release_at=at("2027-04-16", 7))
    before, after = compute_status([_SEASON_DAY, netflix]), compute_status([_SEASON_DAY, netflix, tvmaze])
    assert (before.part_timed, after.part_timed) == (False, True)
    assert [t.kind for t in diff(before, after)] == []


def test_part_2s_day_given_another_hour_is_told_as_its_time() -> None:
    """The same day given an hour it was not shown at (16:00 UTC) is still told: the moment fans wait for moved."""
    netflix = claim("p", Milestone.PART_DATED, "2027-04-02", release_at=at("2027-04-16"))
    tvmaze = claim("q", Milestone.PART_DATED, "2027-04-09", REPORTED, "TVmaze", release_at=at("2027-04-16", 16))
    (change,) = diff(compute_status([_SEASON_DAY, netflix]), compute_status([_SEASON_DAY, netflix, tvmaze]))
    assert (change.kind, change.release_at_after) == ("part_dated", at("2027-04-16", 16))
