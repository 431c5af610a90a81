"""Once the release moment passes, season 2 is out (bot/season2/rules.py computed on the clock, and
bot/season2/tracking.py's refresh, the calendar job of that moment)."""

from __future__ import annotations

import datetime as dt

from bot.clock import ManualClock
from bot.season2.current import CurrentStatus
from bot.season2.delivery import reminders
from bot.season2.delivery.reminders import Reminders
from bot.season2.model import Claim, Confidence, Milestone, Source
from bot.season2.rules import compute_status
from bot.season2.sources.headline_parts import read_headline
from bot.season2.tracking import Tracking
from db import Database
from db import outbox as outbox_db
from db.season2 import subscriptions as subscriptions_db
from db.season2 import transitions as transitions_db
from tests.season2.delivery.helpers import subscribe
from tests.table import table

RELEASE = dt.datetime(2026, 12, 10, 8, 0, tzinfo=dt.UTC)
BEFORE = RELEASE - dt.timedelta(seconds=1)


def claim(cid: str, milestone: Milestone, day: str, confidence: Confidence = Confidence.OFFICIAL,
          publisher: str = "Netflix", release_at: dt.datetime | None = None, time_given: bool | None = None) -> Claim:
    return Claim(
        id=cid, milestone=milestone, date=dt.date.fromisoformat(day), confidence=confidence,
        source=Source(publisher=publisher, title="t", url="https://example.org/" + cid),
        text=f"{milestone.label} per {publisher}", origin="rss", release_at=release_at, time_given=time_given,
    )


POST = claim("p", Milestone.POST_PRODUCTION, "2026-02-19")
DATE = claim("d", Milestone.RELEASE_DATE_ANNOUNCED, "2026-12-01", release_at=RELEASE)


def test_before_the_release_moment_the_date_is_announced() -> None:
    status = compute_status([POST, DATE], BEFORE)
    assert status.milestone is Milestone.RELEASE_DATE_ANNOUNCED and status.release_at == RELEASE


def test_at_the_release_moment_season_two_is_out_as_surely_as_its_date() -> None:
    status = compute_status([POST, DATE], RELEASE)
    assert status.milestone is Milestone.RELEASED
    assert status.since == RELEASE and status.release_at == RELEASE
    assert status.confidence is Confidence.OFFICIAL and [c.id for c in status.backing] == ["d"]


def test_a_reported_date_that_passed_is_a_reported_release() -> None:
    reports = [
        claim(f"r{i}", Milestone.RELEASE_DATE_ANNOUNCED, "2026-12-01", Confidence.REPORTED, publisher, RELEASE)
        for i, publisher in enumerate(("Soompi", "Pinkvilla"))
    ]
    status = compute_status([POST, *reports], RELEASE + dt.timedelta(days=1))
    assert status.milestone is Milestone.RELEASED and status.confidence is Confidence.REPORTED


def test_reports_that_season_two_is_out_keep_the_release_as_sure_as_its_official_date() -> None:
    """Two outlets (or TVmaze) saying "out now" once the official hour has passed corroborate it: the
    release stays official, as it was the minute before they were heard, and they are listed beside it."""
    out_now = [claim(f"o{i}", Milestone.RELEASED, "2026-12-10", Confidence.REPORTED, publisher)
               for i, publisher in enumerate(("Soompi", "TVmaze"))]
    status = compute_status([POST, DATE, *out_now], RELEASE + dt.timedelta(minutes=5))
    assert status.milestone is Milestone.RELEASED and status.confidence is Confidence.OFFICIAL
    assert status.since == RELEASE and [c.id for c in status.backing] == ["d", "o0", "o1"] and not status.pending


def test_reports_that_season_two_is_out_before_its_official_hour_are_a_reported_release() -> None:
    early = [claim(f"o{i}", Milestone.RELEASED, "2026-12-10", Confidence.REPORTED, publisher)
             for i, publisher in enumerate(("Soompi", "Pinkvilla"))]
    status = compute_status([POST, DATE, *early], BEFORE)
    assert status.milestone is Milestone.RELEASED and status.confidence is Confidence.REPORTED


#: A day given without a time (midnight UTC), and when Netflix releases on it: midnight Pacific
#: (PST in February: 08:00 UTC, 17:00 KST).
DAY_ONLY = dt.datetime(2027, 2, 12, tzinfo=dt.UTC)
NETFLIX_MIDNIGHT = dt.datetime(2027, 2, 12, 8, 0, tzinfo=dt.UTC)


def test_a_day_without_a_time_is_not_out_at_midnight_utc() -> None:
    dated = claim("d", Milestone.RELEASE_DATE_ANNOUNCED, "2027-01-20", release_at=DAY_ONLY)
    status = compute_status([POST, dated], NETFLIX_MIDNIGHT - dt.timedelta(seconds=1))
    assert status.milestone is Milestone.RELEASE_DATE_ANNOUNCED


def test_a_day_without_a_time_is_out_at_midnight_pacific_when_netflix_releases() -> None:
    dated = claim("d", Milestone.RELEASE_DATE_ANNOUNCED, "2027-01-20", release_at=DAY_ONLY)
    status = compute_status([POST, dated], NETFLIX_MIDNIGHT)
    assert status.milestone is Milestone.RELEASED and status.since == NETFLIX_MIDNIGHT


def test_a_summer_day_without_a_time_is_out_at_midnight_pacific_daylight_time() -> None:
    summer = dt.datetime(2027, 6, 4, tzinfo=dt.UTC)
    dated = claim("d", Milestone.RELEASE_DATE_ANNOUNCED, "2027-05-01", release_at=summer)
    assert compute_status([POST, dated], summer + dt.timedelta(hours=6, minutes=59)).milestone is not Milestone.RELEASED
    assert compute_status([POST, dated], summer + dt.timedelta(hours=7)).milestone is Milestone.RELEASED


#: A headline's hour that lands on 00:00 UTC is that hour, never a day without a time (midnight Pacific, hours or a day late).
@table(("headline", "out"), [
    ("Estamos Muertos 2 se estrena el 12 de marzo a las 9 pm hora de Chile", "2027-03-13 00:00"),  # UTC-3 in March
    ("All of Us Are Dead season 2 on March 12, 9 am KST", "2027-03-12 00:00"),
    ("AOUAD 2 June 4 at 5 pm PDT", "2027-06-05 00:00"),
    ("All of Us Are Dead season 2 premieres March 12 at 00:00 UTC", "2027-03-12 00:00"),
    ("All of Us Are Dead season 2 premieres March 12 at midnight GMT", "2027-03-12 00:00"),
    ("All of Us Are Dead season 2 premieres March 12, 12am GMT", "2027-03-12 00:00"),
    ("「今、私たちの学校は」シーズン2、3月12日0時(UTC)配信", "2027-03-12 00:00"),  # the zone named, not Japan's
    ("All of Us Are Dead season 2 on March 12", "2027-03-12 08:00"),  # a bare day: midnight Pacific
])
def test_a_headlines_release_hour_is_when_season_two_is_out(headline: str, out: str) -> None:
    [found] = read_headline(headline, dt.date(2027, 2, 16))
    dated = [claim(f"r{i}", Milestone.RELEASE_DATE_ANNOUNCED, "2027-02-16", Confidence.REPORTED, publisher, found.release_at,
                   found.time_given) for i, publisher in enumerate(("Soompi", "Pinkvilla"))]
    moment = dt.datetime.fromisoformat(out).replace(tzinfo=dt.UTC)
    assert compute_status([POST, *dated], moment - dt.timedelta(minutes=1)).milestone is Milestone.RELEASE_DATE_ANNOUNCED
    released = compute_status([POST, *dated], moment + dt.timedelta(minutes=1))
    assert released.milestone is Milestone.RELEASED and released.since.strftime("%Y-%m-%d %H:%M") == out


#: An hour said of a trailer, teaser or poster in a clause after the release's day is that material's: the release keeps
#: its day alone (out at midnight Pacific), never the trailer's hour; an hour said before the material stays the release's.
@table(("headline", "release_at", "time_given"), [
    ("All of Us Are Dead 2 premieres March 19, trailer drops tonight at 8pm KST", "2027-03-19 00:00", False),
    ("지금 우리 학교는 2 3월 19일 공개 확정, 예고편 오늘 밤 8시 공개", "2027-03-19 00:00", False),
    ("《僵尸校园2》定档3月19日，预告片今晚20:00（北京时间）发布", "2027-03-19 00:00", False),
    ("All of Us Are Dead 2 premieres March 19 at 5pm KST, trailer out now", "2027-03-19 08:00", True),
])
def test_a_trailers_hour_after_the_release_day_is_never_the_release_hour(headline: str, release_at: str, time_given: bool) -> None:
    [found] = [c for c in read_headline(headline, dt.date(2027, 2, 16)) if c.milestone is Milestone.RELEASE_DATE_ANNOUNCED]
    assert (found.release_at, found.time_given) == (dt.datetime.fromisoformat(release_at).replace(tzinfo=dt.UTC), time_given)


#: Whether the source gave the hour decides, never the time of day: 00:00 UTC said is that instant.
@table(("time_given", "out"), [(True, "2027-03-20 00:00"), (False, "2027-03-20 07:00")])  # a day: midnight PDT
def test_a_release_at_midnight_utc_is_out_then_only_when_its_hour_was_given(time_given: bool, out: str) -> None:
    at = dt.datetime(2027, 3, 20, tzinfo=dt.UTC)
    dated = claim("d", Milestone.RELEASE_DATE_ANNOUNCED, "2027-02-16", release_at=at, time_given=time_given)
    moment = dt.datetime.fromisoformat(out).replace(tzinfo=dt.UTC)
    before = compute_status([POST, dated], moment - dt.timedelta(minutes=1))
    assert before.milestone is Milestone.RELEASE_DATE_ANNOUNCED and before.release_timed is time_given
    assert compute_status([POST, dated], moment).since == moment


def test_an_hour_given_at_midnight_utc_gives_its_hour_to_the_same_day_reported_without_one() -> None:
    at = dt.datetime(2027, 3, 20, tzinfo=dt.UTC)
    day = claim("d", Milestone.RELEASE_DATE_ANNOUNCED, "2027-02-16", release_at=at)
    airstamp = claim("tv", Milestone.RELEASE_DATE_ANNOUNCED, "2027-02-17", Confidence.REPORTED, "TVmaze", at, True)
    status = compute_status([POST, day, airstamp], at)
    assert status.milestone is Milestone.RELEASED and status.release_timed and status.since == at


def test_without_a_clock_a_date_never_makes_season_two_out_by_itself() -> None:
    assert compute_status([POST, DATE]).milestone is Milestone.RELEASE_DATE_ANNOUNCED


def test_a_date_only_one_report_gives_makes_nothing_out() -> None:
    lone = claim("r", Milestone.RELEASE_DATE_ANNOUNCED, "2026-12-01", Confidence.REPORTED, "Soompi", RELEASE)
    status = compute_status([POST, lone], RELEASE + dt.timedelta(days=1))
    assert status.milestone is Milestone.POST_PRODUCTION and status.release_at is None


def test_a_delay_whose_new_date_has_passed_is_over() -> None:
    delayed = claim("x", Milestone.DELAYED, "2026-12-05", release_at=RELEASE + dt.timedelta(days=30))
    assert compute_status([POST, DATE, delayed], RELEASE + dt.timedelta(days=1)).delayed
    out = compute_status([POST, DATE, delayed], RELEASE + dt.timedelta(days=30))
    assert out.milestone is Milestone.RELEASED and not out.delayed


def test_a_cancellation_stays_a_cancellation_after_the_date() -> None:
    cancelled = claim("c", Milestone.CANCELLED, "2026-12-05")
    status = compute_status([POST, DATE, cancelled], RELEASE + dt.timedelta(days=1))
    assert status.milestone is Milestone.CANCELLED and status.release_at is None


async def test_refresh_at_the_moment_records_the_release_once_and_announces_nothing(db: Database) -> None:
    await subscribe(db, [100], level="all")
    clock = ManualClock(dt.datetime(2026, 12, 2, 12, 0, tzinfo=dt.UTC))
    tracking = Tracking(db, clock)
    await tracking.ingest([POST, DATE])
    assert await tracking.refresh() == []
    assert tracking.current.status.milestone is Milestone.RELEASE_DATE_ANNOUNCED
    clock.set(RELEASE)
    (passed,) = await tracking.refresh()
    assert (passed.from_milestone, passed.to_milestone, passed.at) == (
        Milestone.RELEASE_DATE_ANNOUNCED, Milestone.RELEASED, RELEASE)
    assert tracking.current.status.milestone is Milestone.RELEASED
    assert await tracking.refresh() == []  # the job again, or a restart: recorded once
    async with db.read() as conn:
        history = await transitions_db.load_history(conn)
        announced = [r for r in await outbox_db.outbox_rows(conn) if r.kind == "announcement"]
    assert [e.baseline for e in history if e.transition.id == passed.id] == [True]
    assert f"transition:{passed.id}" not in {r.event_key for r in announced}  # the at-release reminder is its post


async def test_read_at_the_moment_before_its_refresh_the_status_is_already_released_and_the_refresh_records_it_once(
    db: Database,
) -> None:
    clock = ManualClock(dt.datetime(2026, 12, 2, 12, 0, tzinfo=dt.UTC))
    tracking = Tracking(db, clock)
    await tracking.ingest([POST, DATE])
    clock.set(RELEASE)  # the calendar job of the moment has not run yet
    read = tracking.current.status
    assert read.milestone is Milestone.RELEASED and read == compute_status([POST, DATE], RELEASE)
    (passed,) = await tracking.refresh()
    assert passed.to_milestone is Milestone.RELEASED and tracking.current.status == read


def test_a_status_published_without_its_claims_stands_as_given() -> None:
    clock = ManualClock(RELEASE + dt.timedelta(days=1))
    current = CurrentStatus(clock=clock)
    current.publish(compute_status([POST, DATE], BEFORE))
    assert current.status.milestone is Milestone.RELEASE_DATE_ANNOUNCED


async def test_news_after_the_moment_does_not_announce_the_release_again(db: Database) -> None:
    await subscribe(db, [100], level="all")
    clock = ManualClock(dt.datetime(2026, 12, 2, 12, 0, tzinfo=dt.UTC))
    tracking = Tracking(db, clock)
    await tracking.ingest([POST, DATE])
    clock.set(RELEASE + dt.timedelta(hours=1))
    await tracking.refresh()
    tvmaze = claim("tv", Milestone.RELEASED, "2026-12-10", Confidence.REPORTED, "TVmaze")
    done = await tracking.ingest([tvmaze])
    assert done.transitions == () and tracking.current.status.milestone is Milestone.RELEASED


# ------------------------------------------------------------------ every channel learns it once

NO_AT_RELEASE = (7 * 86400, 86400)  # a server whose reminders leave out "at release"


async def _two_servers(db: Database) -> None:
    """Channel 100 in a server keeping the default reminders (at release included), channels 200 and
    201 in one that keeps only the week and the day before."""
    await subscribe(db, [100], guild_id=1, level="all")
    await subscribe(db, [200, 201], guild_id=2, level="all")
    async with db.transaction() as conn:
        await subscriptions_db.set_guild_offsets(conn, 2, NO_AT_RELEASE, RELEASE - dt.timedelta(days=9))


async def _release_posts(db: Database) -> dict[str, list[str]]:
    """Each channel's posts of the release (the at-release reminder, or the release post)."""
    async with db.read() as conn:
        rows = await outbox_db.outbox_rows(conn)
    posts: dict[str, list[str]] = {}
    for row in rows:
        if row.event_key in (reminders.reminder_event_key(RELEASE, 0), reminders.release_event_key(RELEASE)):
            posts.setdefault(row.target, []).append(row.event_key.partition(":")[0])
    return posts


async def _dated_in_two_servers(db: Database) -> ManualClock:
    """The two servers subscribed, and the release date announced in December: the clock of it."""
    await _two_servers(db)
    clock = ManualClock(dt.datetime(2026, 12, 1, 12, 0, tzinfo=dt.UTC))
    await Tracking(db, clock).ingest([POST, DATE])
    return clock


async def test_at_the_moment_channels_without_the_at_release_reminder_get_one_release_post(db: Database) -> None:
    clock = await _dated_in_two_servers(db)
    tracking = Tracking(db, clock)
    clock.set(RELEASE)
    await tracking.refresh()
    await Reminders(db, clock).tick()
    assert await _release_posts(db) == {
        "channel:100": ["reminder"], "channel:200": ["released"], "channel:201": ["released"]}


async def test_the_release_is_posted_once_however_often_the_moment_is_computed_again(db: Database) -> None:
    clock = await _dated_in_two_servers(db)
    clock.set(RELEASE + dt.timedelta(minutes=3))
    for _ in range(3):  # the release job, then two restarts
        await Tracking(db, clock).refresh()
        await Reminders(db, clock).tick()
        clock.advance(dt.timedelta(hours=1))
    assert await _release_posts(db) == {
        "channel:100": ["reminder"], "channel:200": ["released"], "channel:201": ["released"]}


async def test_a_bot_down_past_the_at_release_reminders_grace_posts_the_release_instead(db: Database) -> None:
    clock = await _dated_in_two_servers(db)
    clock.set(RELEASE + dt.timedelta(hours=9))  # the at-release reminder is 6 hours' news
    await Tracking(db, clock).refresh()  # a start: the refresh runs first, then the reminder scan
    await Reminders(db, clock).tick()
    assert await _release_posts(db) == {
        "channel:100": ["released"], "channel:200": ["released"], "channel:201": ["released"]}


async def test_a_bot_down_for_over_a_week_posts_no_stale_release(db: Database) -> None:
    clock = await _dated_in_two_servers(db)
    clock.set(RELEASE + dt.timedelta(days=8))
    tracking = Tracking(db, clock)
    await tracking.refresh()
    await Reminders(db, clock).tick()
    assert tracking.current.status.milestone is Milestone.RELEASED
    assert await _release_posts(db) == {}


async def test_the_release_post_follows_the_channels_level_as_announcements_do(db: Database) -> None:
    await subscribe(db, [300], guild_id=3, level="official")
    await subscribe(db, [301], guild_id=3, level="reported")
    async with db.transaction() as conn:
        await subscriptions_db.set_guild_offsets(conn, 3, NO_AT_RELEASE, RELEASE - dt.timedelta(days=9))
    clock = ManualClock(dt.datetime(2026, 12, 1, 12, 0, tzinfo=dt.UTC))
    reports = [claim(f"r{i}", Milestone.RELEASE_DATE_ANNOUNCED, "2026-12-01", Confidence.REPORTED, publisher, RELEASE)
               for i, publisher in enumerate(("Soompi", "Pinkvilla"))]
    await Tracking(db, clock).ingest([POST, *reports])
    clock.set(RELEASE)
    await Tracking(db, clock).refresh()
    assert await _release_posts(db) == {"channel:301": ["released"]}


#: The first write after the moment, whichever it is: each sees season 2 out on the clock.
FIRST_WRITES = {
    "a poll with nothing new": lambda t: t.ingest([]),
    "a poll with news": lambda t: t.ingest([claim("tv", Milestone.RELEASED, "2026-12-10", Confidence.REPORTED, "TVmaze")]),
    "a refuted claim": lambda t: t.refute("p"),
    "the lore pack seeded again": lambda t: t.seed([POST, DATE]),
    "the moment's job": lambda t: t.refresh(),
}


@table("first", list(FIRST_WRITES))
async def test_the_first_write_after_the_moment_records_the_release_and_the_moments_job_finds_it_recorded(
    db: Database, first: str
) -> None:
    clock = await _dated_in_two_servers(db)
    clock.set(RELEASE + dt.timedelta(minutes=3))  # the clock passed the moment before its job ran
    tracking = Tracking(db, clock)
    await FIRST_WRITES[first](tracking)
    once = {"channel:100": ["reminder"], "channel:200": ["released"], "channel:201": ["released"]}
    for _ in range(2):  # what the first write recorded, then after the moment's job and the next poll
        await Reminders(db, clock).tick()
        async with db.read() as conn:
            history = await transitions_db.load_history(conn)
        assert [e.transition.to_milestone for e in history].count(Milestone.RELEASED) == 1
        assert await _release_posts(db) == once
        await tracking.refresh()
        await tracking.ingest([])
