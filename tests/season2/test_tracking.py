"""Tracking (bot/season2/tracking.py) on a real SQLite file: the ingest, seeding, the current status.

"Announced" means what a channel would get: rows in the outbox for a subscribed channel.
"""

from __future__ import annotations

import datetime as dt
import json
import re
import sqlite3
from dataclasses import replace

import pytest

from bench.walk import Walk, tracing
from bot.clock import ManualClock
from bot.sandbox.tvmaze import LocalTVmaze
from bot.season2.current import CurrentStatus
from bot.season2.delivery.reminders import DAY
from bot.season2.model import Claim, Confidence, Milestone, Source, Standing
from bot.season2.sources.tvmaze import TVmazeSource
from bot.season2.tracking import Tracking
from db import Database
from db import outbox as outbox_db
from db.season2 import reminders as reminders_db
from tests.season2.delivery.helpers import subscribe


def claim(cid: str, milestone: Milestone, day: str, confidence: Confidence = Confidence.OFFICIAL,
          publisher: str = "Netflix", **extra: object) -> Claim:
    return Claim(
        id=cid, milestone=milestone, date=dt.date.fromisoformat(day), confidence=confidence,
        source=Source(publisher=publisher, title="t", url="https://example.org/" + cid),
        text=f"{milestone.label} per {publisher}", origin="rss", **extra,  # type: ignore[arg-type]
    )


RENEWED = claim("n", Milestone.RENEWED, "2022-06-06")
FILMING = claim("f", Milestone.FILMING, "2025-07-23")


async def _announced(db: Database) -> list[str]:
    """The transitions queued for the subscribed channel, oldest first."""
    async with db.read() as conn:
        rows = await outbox_db.outbox_rows(conn)
    return [r.event_key.removeprefix("transition:") for r in rows if r.kind == "announcement"]


@pytest.fixture
async def tracking(db: Database, clock: ManualClock) -> Tracking:
    await subscribe(db, [100], level="all")
    return Tracking(db, clock)


async def test_ingest_records_and_announces_a_transition(db: Database, tracking: Tracking) -> None:
    (transition,) = (await tracking.ingest([RENEWED])).transitions
    assert transition.to_milestone is Milestone.RENEWED
    assert await _announced(db) == [transition.id]
    assert tracking.current.status.milestone is Milestone.RENEWED


async def test_ingesting_the_same_claims_twice_changes_nothing(db: Database, tracking: Tracking) -> None:
    await tracking.ingest([RENEWED, FILMING])
    again = await tracking.ingest([RENEWED, FILMING])
    assert again.transitions == () and again.new_claims == 0 and again.queued == 0
    assert len(await _announced(db)) == 1
    assert len(await tracking.claims()) == 2


async def test_a_claim_said_twice_in_one_poll_is_stored_and_announced_once(db: Database, tracking: Tracking) -> None:
    echoed = claim(" N ", Milestone.RENEWED, "2022-06-06")  # the same id, spaced and cased otherwise
    ingested = await tracking.ingest([RENEWED, echoed])
    assert ingested.new_claims == 1 and len(ingested.transitions) == 1
    assert [c.id for c in await tracking.claims()] == ["n"]
    assert len(await _announced(db)) == 1


async def test_a_failing_announcement_rolls_back_the_transition(db: Database, tracking: Tracking) -> None:
    async with db.transaction() as conn:  # the outbox refuses every row, as a full one would
        await conn.execute(
            "CREATE TRIGGER outbox_full BEFORE INSERT ON season2_outbox BEGIN SELECT RAISE(ABORT, 'outbox full'); END"
        )
    with pytest.raises(sqlite3.IntegrityError, match="outbox full"):
        await tracking.ingest([RENEWED])
    assert await tracking.history() == []
    assert await tracking.claims() == []
    assert tracking.current.status.milestone is None  # nothing committed, nothing published


async def test_seeding_records_history_and_announces_nothing(db: Database, tracking: Tracking) -> None:
    recorded = await tracking.seed([FILMING, RENEWED])
    assert [t.to_milestone for t in recorded] == [Milestone.RENEWED, Milestone.FILMING]
    assert await _announced(db) == []
    history = await tracking.history()
    assert [e.transition.to_milestone for e in history] == [Milestone.RENEWED, Milestone.FILMING]
    assert all(e.baseline for e in history)
    assert await tracking.seed([FILMING, RENEWED]) == []
    assert tracking.current.status.milestone is Milestone.FILMING


async def test_history_survives_reopening_the_database(db: Database, clock: ManualClock) -> None:
    await Tracking(db, clock).ingest([RENEWED])
    path = db.path
    await db.close()
    reopened = await Database.open(path)
    try:
        again = Tracking(reopened, clock)
        (entry,) = await again.history()
        assert entry.transition.claims[0].id == "n"
        assert entry.transition.claims[0].source.url == "https://example.org/n"
        assert (await again.ingest([RENEWED])).transitions == ()
        await again.seed([])  # what a start does: the stored status becomes the current one
        assert again.current.status.milestone is Milestone.RENEWED
    finally:
        await reopened.close()


async def test_a_second_independent_report_triggers_the_transition(db: Database, tracking: Tracking) -> None:
    await tracking.ingest([claim("a", Milestone.TRAILER, "2026-10-01", Confidence.REPORTED, "Collider")])
    assert await _announced(db) == []
    (transition,) = (
        await tracking.ingest([claim("b", Milestone.TRAILER, "2026-10-02", Confidence.REPORTED, "Pinkvilla")])
    ).transitions
    assert {c.id for c in transition.claims} == {"a", "b"}
    assert await _announced(db) == [transition.id]


async def test_refuting_a_claim_records_the_change(tracking: Tracking) -> None:
    await tracking.ingest([RENEWED, FILMING])
    (transition,) = await tracking.refute("f", by="note")
    assert transition.from_milestone is Milestone.FILMING
    status = tracking.current.status
    assert status.milestone is Milestone.RENEWED
    assert [c.id for c in status.refuted] == ["f"]
    assert status.refuted[0].standing is Standing.REFUTED


async def test_release_date_round_trips_in_utc(tracking: Tracking) -> None:
    when = dt.datetime(2027, 1, 15, 8, tzinfo=dt.UTC)
    await tracking.ingest([claim("d", Milestone.RELEASE_DATE_ANNOUNCED, "2026-09-01", release_at=when)])
    assert tracking.current.status.release_at == when
    (entry,) = await tracking.history()
    assert entry.transition.kind == "release_date_set"
    assert entry.transition.release_at_after == when


async def test_seeding_the_lore_pack_announces_nothing_and_later_news_is_announced(
    db: Database, tracking: Tracking
) -> None:
    from bot.lore.content import bundled_pack
    from bot.season2.claims import claims_from_pack

    seeded = await tracking.seed(claims_from_pack(bundled_pack()))
    assert seeded and await _announced(db) == []
    assert await tracking.seed(claims_from_pack(bundled_pack())) == []
    before = tracking.current.status
    assert before.milestone is not None and before.milestone.rank is not None
    (transition,) = (await tracking.ingest([claim("t", Milestone.TRAILER, "2026-10-01")])).transitions
    assert await _announced(db) == [transition.id]
    assert transition.from_milestone is before.milestone


async def test_the_status_is_published_only_after_the_commit(db: Database, clock: ManualClock) -> None:
    current = CurrentStatus(clock=clock)
    seen_during: list[Milestone | None] = []
    tracking = Tracking(db, clock, current, on_queued=lambda: seen_during.append(current.status.milestone))
    await subscribe(db, [100])
    await tracking.ingest([RENEWED])
    assert seen_during == [Milestone.RENEWED]  # the dispatcher is woken with the new status out
    assert current.status.milestone is Milestone.RENEWED


# ---------------------------------------------------------------- one ingest, done once


class Statements:
    """Every SQL statement the database runs (SQLite's own trace of both connections)."""

    def __init__(self) -> None:
        self.seen: list[str] = []

    async def attach(self, db: Database) -> None:
        async with db.transaction() as writer:
            await writer.set_trace_callback(self.seen.append)
        async with db.read() as reader:
            await reader.set_trace_callback(self.seen.append)
        self.seen.clear()

    def count(self, pattern: str) -> int:
        return sum(1 for s in self.seen if re.search(pattern, s, re.I | re.S))


async def test_a_poll_that_changes_the_status_loads_the_claims_once_and_computes_the_status_twice(
    db: Database, clock: ManualClock
) -> None:
    from bot.lore.content import bundled_pack
    from bot.season2.claims import claims_from_pack

    await subscribe(db, [100], level="reported")
    async with LocalTVmaze() as tvmaze:
        tracking = Tracking(db, clock, sources=[TVmazeSource(tvmaze.base_url, "All of Us Are Dead")])
        await tracking.seed(claims_from_pack(bundled_pack()))
        await tracking.poll_due()  # the baseline: no season 2 yet
        # One publisher reported the date; TVmaze is the independent second.
        await tracking.ingest([claim("soompi", Milestone.RELEASE_DATE_ANNOUNCED, "2026-03-01", Confidence.REPORTED,
                                     "Soompi", release_at=dt.datetime(2027, 1, 15, tzinfo=dt.UTC))])
        tvmaze.add_season(2, episode_order=12, premiere_date="2027-01-15")
        tvmaze.add_episodes(2, 12)
        (health,) = await tracking.health()
        assert health.next_poll_at is not None
        clock.advance(health.next_poll_at - clock.now())  # its next poll, an hour on or a little more
        statements, walk = Statements(), Walk()
        await statements.attach(db)
        with tracing(walk):
            (outcome,) = await tracking.poll_due()
        await tracking.close()
    assert [t.kind for t in outcome.transitions] == ["release_date_set"]
    assert statements.count(r"^\s*SELECT\b.*\bFROM season2_claims\b") == 1  # loaded once
    assert walk.count("compute_status") == 2  # old and new, once each
    assert statements.count(r"^BEGIN IMMEDIATE") == 1  # one write transaction for the whole ingest
    assert statements.count(r"INSERT INTO season2_outbox") == 1  # announced in that transaction
    assert tracking.current.status.release_at == dt.datetime(2027, 1, 15, 8, tzinfo=dt.UTC)


async def test_a_season_in_parts_posts_part_2s_day_once_again_only_when_it_moves_and_never_a_rumoured_one(
    db: Database, tracking: Tracking,
) -> None:
    from cogs.season2.render_posts import announcement_embed  # what the channel is shown

    def part_2(cid: str, day: int, confidence: Confidence = Confidence.OFFICIAL, publisher: str = "Netflix") -> Claim:
        return claim(cid, Milestone.PART_DATED, "2025-12-01", confidence, publisher,
                     release_at=dt.datetime(2027, 4, day, tzinfo=dt.UTC))

    season_day = claim("d", Milestone.RELEASE_DATE_ANNOUNCED, "2025-11-20", release_at=dt.datetime(2027, 3, 12, tzinfo=dt.UTC))
    await tracking.ingest([RENEWED, season_day])
    before = len(await _announced(db))
    await tracking.ingest([part_2("rumour", 2, Confidence.RUMOUR, "Reddit")])  # the channel takes rumours ("all")
    await tracking.ingest([part_2("netflix", 9)])
    await tracking.ingest([part_2("netflix", 9)])
    await tracking.ingest([replace(part_2("netflix-moved", 16), date=dt.date(2025, 12, 5))])
    async with db.read() as conn:
        rows = [r for r in await outbox_db.outbox_rows(conn) if r.kind == "announcement"][before:]
    shown = [announcement_embed(json.loads(r.payload)) for r in rows]
    assert [(e.title, e.description) for e in shown] == [
        ("Season 2's Part 2 has a date", "Part 2: <t:1807254000:F> (<t:1807254000:R>)."),
        ("Season 2's Part 2 has a new date", "Part 2: <t:1807858800:F> (<t:1807858800:R>), no longer <t:1807254000:D>."),
    ]
    assert tracking.current.status.release_at == dt.datetime(2027, 3, 12, tzinfo=dt.UTC)  # the season's day stays Part 1's
    async with db.read() as conn:  # Part 2's countdown follows its new day; the season's stays Part 1's
        schedule = {(r.part, r.release_at.day, r.state) for r in await reminders_db.list_reminders(conn) if r.offset_s == DAY}
    assert schedule == {(1, 12, "scheduled"), (2, 9, "cancelled"), (2, 16, "scheduled")}


async def test_part_2s_day_withdrawn_is_said_once_where_its_day_was_told(db: Database, tracking: Tracking) -> None:
    from cogs.season2.render_posts import announcement_embed  # what the channel is shown

    season_day = claim("d", Milestone.RELEASE_DATE_ANNOUNCED, "2025-11-20", release_at=dt.datetime(2027, 3, 12, tzinfo=dt.UTC))
    part_2 = claim("p2", Milestone.PART_DATED, "2025-12-01", release_at=dt.datetime(2027, 4, 9, tzinfo=dt.UTC))
    await tracking.ingest([RENEWED, season_day, part_2])
    before = len(await _announced(db))
    await tracking.refute("p2", by="netflix-denial")
    await tracking.ingest([RENEWED, season_day])  # the news said again changes nothing
    async with db.read() as conn:
        rows = [r for r in await outbox_db.outbox_rows(conn) if r.kind == "announcement"][before:]
    shown = [announcement_embed(json.loads(r.payload)) for r in rows]
    assert [(e.title, e.description, e.fields[1].name) for e in shown] == [
        ("Season 2's Part 2 date was withdrawn", "It was <t:1807254000:D>.", "The date was"),
    ]
    assert tracking.current.status.release_at == dt.datetime(2027, 3, 12, tzinfo=dt.UTC)  # the season's day stands


async def test_a_date_first_heard_in_a_sources_baseline_gets_its_countdown_at_once(db: Database, tracking: Tracking) -> None:
    """A source's first poll announces nothing, but the date it brings is counted down without waiting for a restart."""
    season_day = claim("d", Milestone.RELEASE_DATE_ANNOUNCED, "2025-11-20", release_at=dt.datetime(2027, 3, 12, tzinfo=dt.UTC))
    await tracking.ingest([RENEWED, season_day], announce=False)
    assert await _announced(db) == []
    async with db.read() as conn:
        schedule = {(r.release_at.day, r.state) for r in await reminders_db.list_reminders(conn) if r.offset_s == DAY}
    assert schedule == {(12, "scheduled")}


async def test_part_2s_day_from_the_news_is_posted_once_across_polls_and_a_fans_rumour_never(
    db: Database, tracking: Tracking,
) -> None:
    """Netflix's own post naming both parts gives the season's day and Part 2's through the one status and outbox; the same
    post polled again, and a fan's hearsay of another day, post nothing more."""
    from bot.season2.sources.rss import FeedItem, claims_from_items
    from cogs.season2.render_posts import announcement_embed  # what the channel is shown

    def news(title: str, publisher: str, official: bool = False) -> tuple[Claim, ...]:
        written = dt.date(2026, 12, 15)
        return claims_from_items([FeedItem(title, None, publisher, written, official)], written)[0]

    netflix = news("All of Us Are Dead Season 2 arrives in two parts: Part 1 on March 12, Part 2 on April 9", "netflix.com", True)
    await tracking.ingest([RENEWED, *netflix])
    await tracking.ingest([RENEWED, *netflix, *news("hearing aouad 2 part 2 moved to april 16??", "x.com")])
    async with db.read() as conn:
        rows = [r for r in await outbox_db.outbox_rows(conn) if r.kind == "announcement"]
    titles = [announcement_embed(json.loads(r.payload)).title for r in rows]
    assert titles.count("Season 2's Part 2 has a date") == 1 and not any("new date" in str(t) for t in titles)
    assert tracking.current.status.release_at == dt.datetime(2027, 3, 12, tzinfo=dt.UTC)
    assert tracking.current.status.part_at == dt.datetime(2027, 4, 9, tzinfo=dt.UTC)
    # ... and the show's listing knows it from the same status, at midnight Pacific: what is listed before it is Part 1
    assert tracking.show.later_part(2) == dt.datetime(2027, 4, 9, 7, tzinfo=dt.UTC)
