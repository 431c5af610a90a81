"""Moderators' reports that can't hurt (issue 12 item 6): only public web pages as sources, sane
dates per milestone, unofficial reports that never move the status alone, and retraction with
one correction (bot/season2/reports.py, rules.py, tracking.py)."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import pytest

from bot.season2.model import Claim, Confidence, Milestone, Source
from bot.season2.reports import ReportError, check_source_url, moderator_claim
from bot.season2.retractions import AlreadyRetracted, RetractError
from bot.season2.rules import compute_status
from bot.season2.tracking import Tracking
from db import Database
from db import outbox as outbox_db
from tests.season2.delivery.helpers import subscribe
from tests.table import table

NOW = dt.datetime(2026, 3, 1, 12, 0, tzinfo=dt.UTC)
TODAY = NOW.date()
GUILD, OTHER_GUILD, MOD = 1, 2, 77


def report(
    milestone: Milestone = Milestone.TEASER,
    url: str = "https://www.soompi.com/article/aouad-s2-teaser",
    *,
    official: bool = False,
    day: dt.date = TODAY,
    release_at: dt.datetime | None = None,
) -> Claim:
    return moderator_claim(milestone=milestone, source_url=url, date=day, official=official, now=NOW, release_at=release_at)


@table(
    "url",
    [
        "https://evil.example/@everyone",
        "http://127.0.0.1/x",
        "http://localhost:8080/news",
        "http://[::1]/",
        "http://10.0.0.7/aouad",
        "http://169.254.169.254/latest/meta-data",
        "http://192.168.1.1",
        "http://2130706433/",
        "http://0x7f.1/",
        "https://user:secret@soompi.com/a",
        "https://soompi.com@evil.com/a",
        "https://router.local/a",
        "https://db.internal/a",
        "https://intranet/a",
        "https://example.com/news",
        "ftp://soompi.com/a",
        "javascript:alert(1)",
        "https://soompi.com/a b",
        "https://soompi.com/\u0000",
        "https://soompi.com:9000/a",
        "https://-bad-.com/",
        "https://" + "a" * 600 + ".com/",
        "",
    ],
)
def test_a_source_must_be_a_public_web_page(url: str) -> None:
    with pytest.raises(ReportError):
        check_source_url(url)


@table(
    "url",
    [
        "https://www.netflix.com/tudum/articles/all-of-us-are-dead-season-2",
        "http://www.soompi.com/article/1234/aouad?utm_source=x#top",
        "https://koreajoongangdaily.joins.com:443/news/2026-03-01/aouad",
        "https://한국일보.kr/aouad",
    ],
)
def test_public_sources_pass(url: str) -> None:
    assert check_source_url(f"  {url} ") == url


@table(
    ("milestone", "day", "release_at", "why"),
    [
        (Milestone.TEASER, dt.date(1900, 1, 1), None, "before the show existed"),
        (Milestone.RENEWED, dt.date(2021, 12, 31), None, "before the show existed"),
        (Milestone.TRAILER, dt.date(2026, 3, 3), None, "future"),  # a day ahead is Korea's today
        (Milestone.RELEASE_DATE_ANNOUNCED, TODAY, dt.datetime(2020, 1, 1, tzinfo=dt.UTC), "before season 1"),
        (Milestone.RELEASE_DATE_ANNOUNCED, TODAY, dt.datetime(2099, 1, 1, tzinfo=dt.UTC), "five years"),
        (Milestone.RELEASE_DATE_ANNOUNCED, TODAY, None, "needs the release date"),
        (Milestone.RELEASE_DATE_ANNOUNCED, TODAY, dt.datetime(2026, 2, 1, tzinfo=dt.UTC), "before the day"),
        (Milestone.RELEASED, TODAY, dt.datetime(2026, 6, 1, tzinfo=dt.UTC), "hasn't happened"),
        (Milestone.DELAYED, TODAY, dt.datetime(2026, 2, 27, tzinfo=dt.UTC), "comes after"),
        (Milestone.FILMING, TODAY, dt.datetime(2026, 6, 1, tzinfo=dt.UTC), "takes no release date"),
    ],
)
def test_dates_out_of_range_for_the_milestone_are_refused(
    milestone: Milestone, day: dt.date, release_at: dt.datetime | None, why: str
) -> None:
    with pytest.raises(ReportError, match=why):
        report(milestone, day=day, release_at=release_at)


@table("milestone", [Milestone.FILMING, Milestone.RENEWED, Milestone.TRAILER, Milestone.CASTING])
def test_a_release_date_on_the_wrong_milestone_names_the_milestones_to_pick(milestone: Milestone) -> None:
    """The refusal names the milestone as the command's choices show it, so it can be picked."""
    with pytest.raises(ReportError) as refused:
        report(milestone, day=TODAY, release_at=dt.datetime(2027, 3, 14, tzinfo=dt.UTC))
    choices = {m.label for m in Milestone}
    assert "Release date announced" in choices and "\u201cRelease date announced\u201d" in str(refused.value)


def test_a_sane_release_report_passes() -> None:
    claim = report(Milestone.RELEASE_DATE_ANNOUNCED, "https://www.netflix.com/tudum", official=True,
                   release_at=dt.datetime(2027, 3, 5, tzinfo=dt.UTC))
    assert claim.confidence is Confidence.OFFICIAL and claim.source.publisher == "netflix.com"


def source_claim(milestone: Milestone, publisher: str, day: str, origin: str = "rss",
                 confidence: Confidence = Confidence.REPORTED) -> Claim:
    return Claim(
        id=f"{origin}:{publisher}:{milestone.value}", milestone=milestone, date=dt.date.fromisoformat(day),
        confidence=confidence, source=Source(publisher), text=f"{milestone.label} per {publisher}",
        origin=origin,  # type: ignore[arg-type]
    )


def test_two_unofficial_moderator_reports_alone_never_move_the_status() -> None:
    base = source_claim(Milestone.POST_PRODUCTION, "Netflix", "2026-02-01", "lore", Confidence.OFFICIAL)
    junk = [report(Milestone.TEASER, "https://a-news.com/1"), report(Milestone.TEASER, "https://b-news.com/2")]
    assert compute_status([base, *junk]).milestone is Milestone.POST_PRODUCTION
    assert compute_status([base, report(Milestone.CANCELLED, "https://a-news.com/3"),
                           report(Milestone.CANCELLED, "https://b-news.com/4")]).milestone is Milestone.POST_PRODUCTION


def test_an_unofficial_report_counts_beside_a_news_source() -> None:
    base = source_claim(Milestone.POST_PRODUCTION, "Netflix", "2026-02-01", "lore", Confidence.OFFICIAL)
    feed = source_claim(Milestone.TEASER, "Soompi", "2026-02-28")
    mod = report(Milestone.TEASER, "https://www.koreaboo.com/news/aouad-teaser")
    assert compute_status([base, feed]).milestone is Milestone.POST_PRODUCTION
    assert compute_status([base, feed, mod]).milestone is Milestone.TEASER


def test_a_reported_release_date_never_replaces_an_official_one() -> None:
    official = Claim(
        "lore:date", Milestone.RELEASE_DATE_ANNOUNCED, dt.date(2026, 2, 1), Confidence.OFFICIAL, Source("Netflix"),
        "Netflix: 5 March", release_at=dt.datetime(2027, 3, 5, tzinfo=dt.UTC),
    )
    later = dt.datetime(2027, 6, 1, tzinfo=dt.UTC)
    feed = Claim("rss:x", Milestone.RELEASE_DATE_CHANGED, dt.date(2026, 2, 20), Confidence.REPORTED, Source("Soompi"),
                 "moved", release_at=later, origin="rss")
    mod = report(Milestone.RELEASE_DATE_CHANGED, "https://www.koreaboo.com/x", release_at=later)
    assert compute_status([official, feed, mod]).release_at == dt.datetime(2027, 3, 5, tzinfo=dt.UTC)


def test_a_date_without_a_time_takes_the_first_episodes_airstamp() -> None:
    official = Claim(
        "lore:date", Milestone.RELEASE_DATE_ANNOUNCED, dt.date(2026, 2, 1), Confidence.OFFICIAL, Source("Netflix"),
        "Netflix: 5 March", release_at=dt.datetime(2027, 3, 5, tzinfo=dt.UTC),
    )
    airstamp = dt.datetime(2027, 3, 5, 8, tzinfo=dt.UTC)
    tvmaze = Claim("tvmaze:s2:premiere", Milestone.RELEASE_DATE_ANNOUNCED, dt.date(2026, 2, 2), Confidence.REPORTED,
                   Source("TVmaze"), "TVmaze gives 2027-03-05", release_at=airstamp, origin="tvmaze")
    korea = dt.datetime(2027, 3, 4, 15, tzinfo=dt.UTC)  # midnight in Seoul on the 5th
    tvmaze_kst = Claim("tvmaze:s2:premiere-kst", Milestone.RELEASE_DATE_ANNOUNCED, dt.date(2026, 2, 2),
                       Confidence.REPORTED, Source("TVmaze"), "TVmaze", release_at=korea, origin="tvmaze")
    assert compute_status([official]).release_at == dt.datetime(2027, 3, 5, tzinfo=dt.UTC)
    assert compute_status([official, tvmaze]).release_at == airstamp
    assert compute_status([official, tvmaze_kst]).release_at == korea


# ---------------------------------------------------------------- retraction, with tracking


async def test_retracting_an_announced_report_posts_one_correction_to_the_channels_it_reached(
    db: Database,
) -> None:
    from bot.clock import ManualClock

    clock = ManualClock(NOW)
    (sub,) = await subscribe(db, [500], guild_id=GUILD, level="official")
    tracking = Tracking(db, clock)
    await tracking.seed([source_claim(Milestone.POST_PRODUCTION, "Netflix", "2026-02-01", "lore", Confidence.OFFICIAL)])
    claim = report(Milestone.TEASER, "https://www.netflix.com/tudum/teaser", official=True)
    done = await tracking.ingest_report(claim, guild_id=GUILD, user_id=MOD)
    assert [t.to_milestone for t in done.transitions] == [Milestone.TEASER]
    async with db.transaction() as conn:  # the announcement went out
        (row,) = await outbox_db.outbox_rows(conn, state="pending")
        await outbox_db.mark_sent(conn, row.id, 9001, NOW)
    with pytest.raises(RetractError):
        await tracking.retract(claim.id, guild_id=OTHER_GUILD, user_id=MOD)  # not their report
    retraction = await tracking.retract(claim.id, guild_id=GUILD, user_id=MOD)
    assert tracking.current.status.milestone is Milestone.POST_PRODUCTION
    assert retraction.queued == 1 and retraction.announced == 1
    async with db.read() as conn:
        corrections = [r for r in await outbox_db.outbox_rows(conn) if r.event_key.startswith("correction:")]
    assert [(r.target, r.state) for r in corrections] == [(f"channel:{sub.channel_id}", "pending")]
    assert not any(e.transition.from_milestone is Milestone.TEASER and not e.baseline for e in await tracking.history())
    with pytest.raises(AlreadyRetracted, match="already retracted") as already:
        await tracking.retract(claim.id, guild_id=GUILD, user_id=MOD)  # once
    assert (already.value.report.retracted_at, already.value.report.retracted_by) == (NOW, MOD)
    with pytest.raises(RetractError, match="no report of this server") as elsewhere:
        await tracking.retract(claim.id, guild_id=OTHER_GUILD, user_id=MOD)  # retracted or not, not theirs to know
    assert not isinstance(elsewhere.value, AlreadyRetracted)
    assert await tracking.open_reports(GUILD) == []


async def test_retracting_before_the_announcement_went_out_stops_it_and_corrects_nothing(db: Database) -> None:
    from bot.clock import ManualClock

    clock = ManualClock(NOW)
    await subscribe(db, [500], guild_id=GUILD)
    tracking = Tracking(db, clock)
    await tracking.seed([source_claim(Milestone.POST_PRODUCTION, "Netflix", "2026-02-01", "lore", Confidence.OFFICIAL)])
    claim = report(Milestone.TEASER, "https://www.netflix.com/tudum/teaser", official=True)
    await tracking.ingest_report(claim, guild_id=GUILD, user_id=MOD)
    retraction = await tracking.retract(claim.id, guild_id=GUILD, user_id=MOD)
    assert retraction.queued == 0 and retraction.announced == 1
    async with db.read() as conn:
        states = {(r.kind, r.state) for r in await outbox_db.outbox_rows(conn)}
    assert states == {("announcement", "skipped")}


async def test_a_retracted_report_may_be_made_again(db: Database) -> None:
    from bot.clock import ManualClock

    tracking = Tracking(db, ManualClock(NOW))
    claim = report(Milestone.TEASER, "https://www.netflix.com/tudum/teaser", official=True)
    await tracking.ingest_report(claim, guild_id=GUILD, user_id=MOD)
    await tracking.retract(claim.id, guild_id=GUILD, user_id=MOD)
    again = await tracking.ingest_report(claim, guild_id=GUILD, user_id=MOD)
    assert again.new_claims == 1
    assert [c.id for _, c in await tracking.open_reports(GUILD)] == [claim.id]


@table(
    ("first", "second"),
    [(dt.date(2026, 3, 20), dt.date(2026, 3, 13)), (dt.date(2026, 3, 13), dt.date(2026, 3, 20))],
    ids=["moved earlier", "moved later"],
)
async def test_a_moderators_same_second_correction_of_the_date_still_stands_once_read_back(
    tmp_path: Path, first: dt.date, second: dt.date
) -> None:
    """scen44: a wrong official date corrected before the clock moved; the status read back from
    the database (the release moment's refresh, a restart) kept the first date, so /ask and
    /season2 status said "20 March, not out" while the channel had been told "out now" on the 13th."""
    from bot.clock import ManualClock
    from bot.harness import open_migrated

    db = await open_migrated(tmp_path / f"{first}-{second}.db")
    try:
        tracking = Tracking(db, ManualClock(NOW))
        netflix = "https://www.netflix.com/tudum/articles/aouad-season-2-date"
        for day in (first, second):
            moment = dt.datetime(day.year, day.month, day.day, tzinfo=dt.UTC)
            claim = report(Milestone.RELEASE_DATE_ANNOUNCED, netflix, official=True, release_at=moment)
            await tracking.ingest_report(claim, guild_id=GUILD, user_id=MOD)
        assert tracking.current.status.release_at is not None
        assert tracking.current.status.release_at.date() == second
        await tracking.refresh()
        assert tracking.current.status.release_at is not None
        assert tracking.current.status.release_at.date() == second, "the first report came back"
    finally:
        await db.close()


async def test_a_retracted_part_2_report_takes_part_2s_countdown_with_it(db: Database) -> None:
    """review53d: a retraction moved the season's countdown but left Part 2's rows scheduled for the
    retracted day until the next start (or the next poll) rebuilt them."""
    from bot.clock import ManualClock
    from db.season2 import reminders as reminders_db

    tracking = Tracking(db, ManualClock(NOW))
    netflix = "https://www.netflix.com/tudum/articles/aouad-season-2-date"
    release = dt.datetime(2026, 6, 1, 7, tzinfo=dt.UTC)
    part_2 = dt.datetime(2026, 7, 1, 7, tzinfo=dt.UTC)
    await tracking.ingest_report(report(Milestone.RELEASE_DATE_ANNOUNCED, netflix, official=True, release_at=release),
                                 guild_id=GUILD, user_id=MOD)
    claim = report(Milestone.PART_DATED, netflix + "-part-2", official=True, release_at=part_2)
    await tracking.ingest_report(claim, guild_id=GUILD, user_id=MOD)
    assert tracking.current.status.part_at is not None
    await tracking.retract(claim.id, guild_id=GUILD, user_id=MOD)
    assert tracking.current.status.part_at is None
    async with db.read() as conn:
        scheduled = await reminders_db.list_reminders(conn, state="scheduled")
    assert scheduled and {r.part for r in scheduled} == {1}
