"""Release-day news as it really comes, through the real sources, tracking and database: TVmaze's date,
Korean and English outlets with zoned times, hedges, a correction, then Netflix's word. What each
subscribed channel is posted, and how many times."""

from __future__ import annotations

import datetime as dt
import json

from bot.clock import ManualClock
from bot.sandbox.newsfeed import LocalNewsFeed
from bot.sandbox.tvmaze import LocalTVmaze
from bot.season2.model import Milestone
from bot.season2.reports import moderator_claim
from bot.season2.sources.rss import RSSSource
from bot.season2.sources.tvmaze import TVmazeSource
from bot.season2.tracking import Tracking
from cogs.season2.render_posts import announcement_embed
from db import Database
from db import outbox as outbox_db
from db.season2 import reminders as reminders_db
from tests.season2.delivery.helpers import subscribe
from tests.season2.test_news_scenarios import TODAY

HOUR = dt.timedelta(hours=1)
PREMIERE = dt.datetime(2027, 2, 12, 8, tzinfo=dt.UTC)  # 5 p.m. KST


async def _posts(db: Database, channel: int) -> list[str]:
    async with db.read() as conn:
        rows = await outbox_db.outbox_rows(conn)
    return [json.loads(r.payload)["kind"] for r in rows if r.kind == "announcement" and r.target == f"channel:{channel}"]


async def test_a_reported_date_netflix_confirms_is_posted_once_more_as_confirmed(db: Database, clock: ManualClock) -> None:
    clock.set(dt.datetime(2027, 1, 13, 9, tzinfo=dt.UTC))
    async with LocalTVmaze() as tvmaze, LocalNewsFeed(title="Google News") as news:
        tracking = Tracking(db, clock, sources=[TVmazeSource(tvmaze.base_url, "All of Us Are Dead"),
                                                RSSSource(news.feed_url)], user_agent="hyosan-test")
        await subscribe(db, [100], level="all")
        await subscribe(db, [200], level="official")
        await tracking.seed(TODAY)
        await tracking.poll_now()

        async def step(*headlines: tuple[str, str]) -> list[str]:
            for title, outlet in headlines:
                news.add_headline(title, publisher=outlet, published=clock.now())
            clock.advance(HOUR)
            return [t.kind for o in await tracking.poll_now() for t in o.transitions]

        tvmaze.add_season(2)
        tvmaze.set_episode_order(2, 8)
        tvmaze.set_premiere(2, "2027-02-12", airstamp="2027-02-12T08:00:00+00:00")
        assert await step() == []  # TVmaze alone is one reported source
        assert await step(("All of Us Are Dead Season 2 reportedly premieres Feb. 12", "Screen Rant"),
                          ("Rumor: 'All of Us Are Dead' Season 2 to drop Feb. 12, insider claims", "KBizoom")) == []
        assert await step(("'지금 우리 학교는' 시즌2, 2월 12일 오후 5시 공개 확정", "연합뉴스")) == ["release_date_set"]
        assert tracking.current.status.release_at == PREMIERE
        assert await step(("'All Of Us Are Dead' Season 2 Premieres Feb. 12 At 5 P.M. KST", "Soompi")) == []

        official = moderator_claim(milestone=Milestone.RELEASE_DATE_ANNOUNCED, source_url="https://about.netflix.com/en/news/aouad-2",
                                   date=clock.now().date(), official=True, now=clock.now(), release_at=PREMIERE)
        confirmed = await tracking.ingest_report(official, guild_id=1, user_id=7)
        assert [t.kind for t in confirmed.transitions] == ["release_date_confirmed"]
        assert await step(("Netflix confirms All of Us Are Dead Season 2 premiere date: Feb. 12", "Variety")) == []
        async with db.read() as conn:
            scheduled = await reminders_db.list_reminders(conn, state="scheduled")
        await tracking.close()
    assert await _posts(db, 100) == ["release_date_set", "release_date_confirmed"]
    assert await _posts(db, 200) == ["release_date_confirmed"]  # official news only: the date, once
    assert scheduled and {r.confidence for r in scheduled} == {"official"}  # reminders for official channels too


def test_the_confirmed_post_gives_the_date_as_each_readers_own_time() -> None:
    payload = {"kind": "release_date_confirmed", "to_milestone": "release_date_announced", "confidence": "official",
               "release_at_before": PREMIERE.isoformat(), "release_at_after": PREMIERE.isoformat(), "sources": []}
    embed = announcement_embed(payload)
    assert embed.title == "Season 2's release date is confirmed"
    assert f"<t:{int(PREMIERE.timestamp())}:F>" in str(embed.description)


async def test_at_tvmazes_listed_hour_what_it_completes_is_posted_once_by_the_moment_whatever_runs_after(
    db: Database, clock: ManualClock
) -> None:
    """TVmaze's listing says the premiere aired at its airstamp: the moment's job (every copy's, and a
    start's) reads that then, not at TVmaze's next poll. Beside a moderator's unsourced "it's out", it
    backs the release: posted once, at the moment; a second copy, a restart and the next poll add nothing."""
    clock.set(PREMIERE - HOUR)
    async with LocalTVmaze() as tvmaze:
        tvmaze.add_season(2, episode_order=4, premiere_date="2027-02-12")
        tvmaze.add_episodes(2, 4, airstamp=PREMIERE.isoformat())

        def copy() -> Tracking:  # one bot process: its own tracker on the one database
            return Tracking(db, clock, sources=[TVmazeSource(tvmaze.base_url, "All of Us Are Dead")], user_agent="hyosan-test")

        first, second = copy(), copy()
        await subscribe(db, [100], level="all")
        await first.seed(TODAY)
        await first.poll_now()  # the baseline: TVmaze's date, one source
        clock.advance(dt.timedelta(minutes=30))
        await first.poll_now()
        early = moderator_claim(milestone=Milestone.RELEASED, source_url="https://www.netflix.com/title/81237994",
                                date=clock.now().date(), official=False, now=clock.now())
        await first.ingest_report(early, guild_id=1, user_id=7)  # one report: nothing moves yet
        assert first.current.status.milestone is not Milestone.RELEASED
        clock.set(PREMIERE)
        assert [t.to_milestone for t in await first.refresh()] == [Milestone.RELEASED]  # the moment's job
        assert await second.refresh() == []  # the other copy's job
        assert second.current.status.milestone is Milestone.RELEASED
        assert await copy().refresh() == []  # a start
        clock.advance(HOUR + dt.timedelta(minutes=30))
        (polled,) = await first.poll_now()  # TVmaze read again: the same word, stored already
        assert polled.ok and polled.new_claims == 0 and polled.transitions == ()
        for tracking in (first, second):
            await tracking.close()
    assert await _posts(db, 100) == ["milestone"]


async def test_a_listing_read_days_before_its_hour_is_not_taken_as_aired_until_tvmaze_is_read_again(
    db: Database, clock: ManualClock
) -> None:
    """TVmaze last answered days ago (an outage since): at its listed hour the moment's job says nothing aired,
    as the listing may have been withdrawn meanwhile; TVmaze's next answer says it (review59d)."""
    clock.set(PREMIERE - 3 * 24 * HOUR)
    async with LocalTVmaze() as tvmaze:
        tvmaze.add_season(2, episode_order=4, premiere_date="2027-02-12")
        tvmaze.add_episodes(2, 4, airstamp=PREMIERE.isoformat())
        tracking = Tracking(db, clock, sources=[TVmazeSource(tvmaze.base_url, "All of Us Are Dead")], user_agent="hyosan-test")
        await tracking.seed(TODAY)
        await tracking.poll_now()
        clock.set(PREMIERE)
        await tracking.refresh()
        status = tracking.current.status
        assert Milestone.RELEASED not in {c.milestone for c in (*status.backing, *status.pending)}
        await tracking.close()
