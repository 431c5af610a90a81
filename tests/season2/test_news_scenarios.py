"""Months of season-2 news replayed through the real sources (local TVmaze and RSS servers, the real
tracking and database): what a fan server is posted, and how many times.

Each scenario starts from the status the lore pack gives today (official renewal and production,
filming wrapped per two outlets) with one channel subscribed to everything; "posted" is what
reached the outbox for it.
"""

from __future__ import annotations

import datetime as dt
import json

from bot.clock import ManualClock
from bot.lore.content import bundled_pack
from bot.lore.lexicon import lexicon_of
from bot.sandbox.newsfeed import LocalNewsFeed
from bot.sandbox.tvmaze import LocalTVmaze
from bot.season2.model import Claim, Confidence, Milestone, Source
from bot.season2.sources.rss import RSSSource
from bot.season2.sources.tvmaze import TVmazeSource
from bot.season2.tracking import Tracking
from bot.show import NOTHING, Position
from cogs.season2.render_posts import render_row
from db import Database
from db import outbox as outbox_db
from tests.cogs.spoiler_oracle import outside_bars, plain
from tests.season2.delivery.helpers import subscribe

HOUR = dt.timedelta(hours=1)


def _lore(cid: str, milestone: Milestone, day: dt.date, confidence: Confidence, publisher: str) -> Claim:
    return Claim(id=cid, milestone=milestone, date=day, confidence=confidence, source=Source(publisher=publisher),
                 text=f"{milestone.label} per {publisher}", origin="lore")


TODAY = [
    _lore("lore:renewed", Milestone.RENEWED, dt.date(2022, 6, 6), Confidence.OFFICIAL, "Netflix"),
    _lore("lore:production", Milestone.FILMING, dt.date(2025, 7, 23), Confidence.OFFICIAL, "Netflix"),
    _lore("lore:wrap-a", Milestone.FILMING_WRAPPED, dt.date(2026, 2, 19), Confidence.REPORTED, "Soompi"),
    _lore("lore:wrap-b", Milestone.FILMING_WRAPPED, dt.date(2026, 2, 18), Confidence.REPORTED, "Pinkvilla"),
]


class Newsroom:
    """The sources polled together through one tracking, step by step on the clock."""

    def __init__(self, db: Database, clock: ManualClock, *sources: TVmazeSource | RSSSource) -> None:
        self.db = db
        self.clock = clock
        self.tracking = Tracking(db, clock, sources=list(sources), user_agent="hyosan-test")

    async def start(self) -> None:
        await subscribe(self.db, [100], level="all")
        await self.tracking.seed(TODAY)
        await self.tracking.poll_now()  # each source's baseline

    async def step(self) -> list[str]:
        """One round of polls an hour later: the kinds of what it posted."""
        self.clock.advance(HOUR)
        outcomes = await self.tracking.poll_now()
        return [t.kind if t.kind != "milestone" else t.to_milestone.value for o in outcomes for t in o.transitions]

    def say(self, feed: LocalNewsFeed, title: str, publisher: str | None = None) -> None:
        """An outlet publishes a headline now."""
        feed.add_headline(title, publisher=publisher, published=self.clock.now())

    async def posts(self) -> list[dict[str, object]]:
        """The announcements of changes (the channel at level all also hears rumours: `rumours`)."""
        return [p for p in await self._announced() if p.get("type") != "rumour"]

    async def rumours(self) -> list[object]:
        """What each rumour posted said (a day, a window, a milestone), in the order posted."""
        return [p["rumoured"] for p in await self._announced() if p.get("type") == "rumour"]

    async def _announced(self) -> list[dict[str, object]]:
        async with self.db.read() as conn:
            rows = await outbox_db.outbox_rows(conn)
        return [json.loads(r.payload) for r in rows if r.kind == "announcement"]


async def test_tvmaze_edits_and_five_outlets_post_each_real_change_once(db: Database, clock: ManualClock) -> None:
    clock.set(dt.datetime(2026, 11, 20, 9, tzinfo=dt.UTC))  # the date is news some months before it
    async with LocalTVmaze() as tvmaze, LocalNewsFeed(title="Google News") as news:
        room = Newsroom(db, clock, TVmazeSource(tvmaze.base_url, "All of Us Are Dead"), RSSSource(news.feed_url))
        await room.start()
        tvmaze.add_season(2)  # listed, no order, premiereDate null
        assert await room.step() == []
        tvmaze.set_episode_order(2, 8)
        tvmaze.set_premiere(2, "2027-03-05")
        assert await room.step() == []  # TVmaze alone is one reported source
        room.say(news, "All of Us Are Dead season 2 premieres March 5, 2027", publisher="Collider")
        assert await room.step() == ["release_date_set"]
        for outlet in ("Pinkvilla", "Soompi", "Netflix Junkie", "Screen Rant"):
            room.say(news, f"Netflix sets March 5 premiere for All of Us Are Dead season 2 - {outlet}", publisher=outlet)
        assert await room.step() == []  # the same story four more times is not news
        tvmaze.add_episodes(2, 8, dated=False)
        assert await room.step() == []
        for number in range(1, 9):
            tvmaze.set_episode(2, number, airstamp="2027-03-05T08:00:00+00:00")
        assert await room.step() == ["release_date_changed"]  # rendered "the release time is known"
        tvmaze.set_episode(2, 3, name="Halfbies of Seoul", runtime=71)
        tvmaze.fail(500)
        assert await room.step() == []
        tvmaze.serve_garbage("json")
        room.clock.advance(4 * HOUR)
        assert await room.step() == []
        tvmaze.set_premiere(2, "2027-04-02")
        room.clock.advance(8 * HOUR)
        assert await room.step() == []  # TVmaze moved it; nobody else says so yet
        room.say(news, "All of Us Are Dead season 2 pushed back to April 2, 2027", publisher="Variety")
        assert await room.step() == ["release_date_changed"]
        tvmaze.set_premiere(2, None)  # an editor clears the date for an hour
        assert await room.step() == []
        tvmaze.set_premiere(2, "2027-04-02")
        assert await room.step() == []
        status = room.tracking.current.status
        await room.tracking.close()
    assert status.release_at == dt.datetime(2027, 4, 2, 8, tzinfo=dt.UTC) and not status.delayed
    assert len(await room.posts()) == 3


async def test_rumours_denials_and_clickbait_move_nothing_until_two_outlets_report(
    db: Database, clock: ManualClock
) -> None:
    async with LocalNewsFeed(title="Google News") as news, LocalNewsFeed(title="Soompi") as soompi:
        room = Newsroom(db, clock, RSSSource(news.feed_url), RSSSource(soompi.feed_url))
        await room.start()
        for title, outlet in [
            ("All of Us Are Dead Season 2 CONFIRMED?! Release date March 5, 2027", "Clickbait Daily"),
            ("All of Us Are Dead season 2 cancelled by Netflix", "FakeNews247"),
            ("All of Us Are Dead season 2 axed after production troubles", "Gossip Hub"),
            ("Netflix denies All of Us Are Dead season 2 cancelled", "Variety"),
            ("All of Us Are Dead star Park Ji-hu joins new romance drama", "Pinkvilla"),
            ("Rumour: All of Us Are Dead season 2 premieres March 5, 2027", "Koreaboo"),
            ("Insider claims All of Us Are Dead season 2 premieres March 5", "AllKpop"),
            ("All of Us Are Dead season 2 to release in Q1 2027, says insider", "Koreaboo"),  # a rumoured window
            ("Fans think All of Us Are Dead season 2 is coming in March 2027", "Pinkvilla"),  # a guess: nothing
            ("All of Us Are Dead season 2 poster out now", "Collider"),
        ]:
            room.say(news, title, outlet)
        room.say(soompi, "All of Us Are Dead season 2 trailer out now")
        room.say(soompi, "Watch: All of Us Are Dead season 2 official trailer is here")  # same outlet, twice
        assert await room.step() == []
        status = room.tracking.current.status
        assert status.milestone is Milestone.FILMING_WRAPPED and len(status.rumours) == 3
        assert status.window is None  # a rumoured window backs nothing
        room.say(news, "All of Us Are Dead season 2 premieres March 5, 2027, Netflix announces", publisher="Deadline")
        room.say(news, "Netflix confirms All of Us Are Dead season 2 will stream from 5 March 2027", publisher="Variety")
        assert await room.step() == ["release_date_set"]
        assert await room.step() == []
        await room.tracking.close()
    (post,) = await room.posts()
    assert {s["publisher"] for s in post["sources"]} == {"Deadline", "Variety"}  # type: ignore[index]
    # each rumour once, as a rumour (the yearless "March 5" read as the next one), though the status never moved
    assert sorted(map(str, await room.rumours())) == ["date:2026-03-05", "date:2027-03-05", "window:q1 2027"]


async def test_korean_outlets_are_read_and_their_headlines_hidden_until_season_1_is_in_the_clear(
    db: Database, clock: ManualClock
) -> None:
    async with LocalNewsFeed(title="네이버 뉴스") as news:
        room = Newsroom(db, clock, RSSSource(news.feed_url))
        await room.start()
        room.say(news, "'지금 우리 학교는' 시즌2 예고편 공개, 죽은 줄 알았던 청산 귀환", publisher="스포츠조선")
        room.say(news, "넷플릭스 '지금 우리 학교는' 시즌2 예고편 전격 공개", publisher="OSEN")
        assert await room.step() == ["trailer"]
        await room.tracking.close()
    (post,) = await room.posts()
    reads = lexicon_of(bundled_pack()).position

    def sources(audience: Position) -> str:
        embed = render_row("announcement", post, reads, audience)[1].to_dict()
        return str(next(f["value"] for f in embed.get("fields", []) if f["name"] == "Sources"))

    unmarked, marked = sources(NOTHING), sources(Position(1, 12))
    assert "청산" in unmarked and "청산" not in plain(outside_bars(unmarked))
    assert "청산" in plain(outside_bars(marked))


async def test_one_article_syndicated_to_yahoo_and_msn_is_one_report_until_another_outlet_reports(
    db: Database, clock: ManualClock
) -> None:
    clock.set(dt.datetime(2026, 12, 2, 9, tzinfo=dt.UTC))
    sets = "'All of Us Are Dead' Season 2 Sets January 29 Premiere Date on Netflix"
    async with LocalNewsFeed(title="Google News") as news, LocalNewsFeed(title="Yahoo Entertainment") as yahoo:
        room = Newsroom(db, clock, RSSSource(news.feed_url), RSSSource(yahoo.feed_url))
        await room.start()
        room.say(news, f"{sets} - Variety", publisher="Variety")
        room.say(news, f"{sets} - Yahoo Entertainment", publisher="Yahoo Entertainment")
        room.say(news, f"{sets} - MSN", publisher="MSN")
        room.say(yahoo, "All of Us Are Dead season 2 sets January 29 premiere (Variety)", publisher="Yahoo")
        assert await room.step() == []  # Variety's one report, four times
        room.say(news, "All of Us Are Dead season 2 gets release date: 29 January 2027", publisher="The Guardian")
        assert await room.step() == ["release_date_set"]
        await room.tracking.close()
    (post,) = await room.posts()
    assert {s["publisher"] for s in post["sources"]} == {"Variety", "The Guardian"}  # type: ignore[index]


async def test_a_date_moved_from_one_day_to_another_is_posted_as_the_new_day(db: Database, clock: ManualClock) -> None:
    clock.set(dt.datetime(2027, 2, 16, 9, tzinfo=dt.UTC))
    async with LocalNewsFeed(title="Google News") as news:
        room = Newsroom(db, clock, RSSSource(news.feed_url))
        await room.start()
        room.say(news, "All of Us Are Dead Season 2 premieres March 19", publisher="Variety")
        room.say(news, "Netflix sets March 19 premiere for All of Us Are Dead season 2", publisher="Deadline")
        assert await room.step() == ["release_date_set"]
        # a move said with the day it moves from, in English and in Korean press shorthand
        room.say(news, "All of Us Are Dead Season 2's premiere moves from March 19 to March 26", publisher="Screen Rant")
        room.say(news, "'지금 우리 학교는' 시즌2, 3월 19일→26일 공개 변경", publisher="마이데일리")
        assert await room.step() == ["release_date_changed"]
        status = room.tracking.current.status
        await room.tracking.close()
    assert status.release_at is not None and status.release_at.date() == dt.date(2027, 3, 26)
    movers = [c for c in status.release_backing if c.source.publisher in ("Screen Rant", "마이데일리")]
    assert len(movers) == 2 and {c.milestone for c in movers} == {Milestone.RELEASE_DATE_CHANGED}
    moved = (await room.posts())[-1]
    assert str(moved["release_at_after"]).startswith("2027-03-26") and str(moved["release_at_before"]).startswith("2027-03-19")
