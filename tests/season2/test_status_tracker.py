"""The tracker (bot/season2/tracker.py) on a real SQLite file."""

from __future__ import annotations

import datetime as dt

import aiosqlite
import pytest

from bot.clock import ManualClock
from bot.season2.model import Claim, Confidence, Milestone, Source, Standing, Transition
from bot.season2.tracker import Season2Tracker
from db import Database


def claim(cid: str, milestone: Milestone, day: str, confidence: Confidence = Confidence.OFFICIAL,
          publisher: str = "Netflix", **extra: object) -> Claim:
    return Claim(
        id=cid, milestone=milestone, date=dt.date.fromisoformat(day), confidence=confidence,
        source=Source(publisher=publisher, title="t", url="https://example.org/" + cid),
        text=f"{milestone.label} per {publisher}", origin="rss", **extra,  # type: ignore[arg-type]
    )


class Recorder:
    def __init__(self) -> None:
        self.seen: list[Transition] = []
        self.in_transaction: list[bool] = []

    async def __call__(self, conn: aiosqlite.Connection, transition: Transition) -> None:
        self.seen.append(transition)
        self.in_transaction.append(conn.in_transaction)


RENEWED = claim("n", Milestone.RENEWED, "2022-06-06")
FILMING = claim("f", Milestone.FILMING, "2025-07-23")


async def test_ingest_records_and_announces_a_transition(db: Database, clock: ManualClock) -> None:
    recorder = Recorder()
    tracker = Season2Tracker(db, clock, recorder)
    (transition,) = await tracker.ingest([RENEWED])
    assert transition.to_milestone is Milestone.RENEWED
    assert recorder.seen == [transition]
    assert recorder.in_transaction == [True]
    assert (await tracker.status()).milestone is Milestone.RENEWED


async def test_ingesting_the_same_claims_twice_changes_nothing(db: Database, clock: ManualClock) -> None:
    recorder = Recorder()
    tracker = Season2Tracker(db, clock, recorder)
    await tracker.ingest([RENEWED, FILMING])
    assert await tracker.ingest([RENEWED, FILMING]) == []
    assert len(recorder.seen) == 1
    assert len(await tracker.claims()) == 2


async def test_a_failing_announcement_rolls_back_the_transition(db: Database, clock: ManualClock) -> None:
    async def broken(conn: aiosqlite.Connection, transition: Transition) -> None:
        raise RuntimeError("outbox full")

    tracker = Season2Tracker(db, clock, broken)
    with pytest.raises(RuntimeError):
        await tracker.ingest([RENEWED])
    assert await tracker.history() == []
    assert await tracker.claims() == []


async def test_seeding_records_history_and_announces_nothing(db: Database, clock: ManualClock) -> None:
    recorder = Recorder()
    tracker = Season2Tracker(db, clock, recorder)
    recorded = await tracker.seed([FILMING, RENEWED])
    assert [t.to_milestone for t in recorded] == [Milestone.RENEWED, Milestone.FILMING]
    assert recorder.seen == []
    history = await tracker.history()
    assert [e.transition.to_milestone for e in history] == [Milestone.RENEWED, Milestone.FILMING]
    assert all(e.baseline for e in history)
    assert await tracker.seed([FILMING, RENEWED]) == []


async def test_history_survives_reopening_the_database(db: Database, clock: ManualClock) -> None:
    tracker = Season2Tracker(db, clock)
    await tracker.ingest([RENEWED])
    path = db.path
    await db.close()
    reopened = await Database.open(path)
    try:
        again = Season2Tracker(reopened, clock)
        (entry,) = await again.history()
        assert entry.transition.claims[0].id == "n"
        assert entry.transition.claims[0].source.url == "https://example.org/n"
        assert await again.ingest([RENEWED]) == []
    finally:
        await reopened.close()


async def test_a_second_independent_report_triggers_the_transition(db: Database, clock: ManualClock) -> None:
    recorder = Recorder()
    tracker = Season2Tracker(db, clock, recorder)
    await tracker.ingest([claim("a", Milestone.TRAILER, "2026-10-01", Confidence.REPORTED, "Collider")])
    assert recorder.seen == []
    (transition,) = await tracker.ingest(
        [claim("b", Milestone.TRAILER, "2026-10-02", Confidence.REPORTED, "Pinkvilla")]
    )
    assert {c.id for c in transition.claims} == {"a", "b"}


async def test_refuting_a_claim_records_the_change(db: Database, clock: ManualClock) -> None:
    tracker = Season2Tracker(db, clock)
    await tracker.ingest([RENEWED, FILMING])
    (transition,) = await tracker.refute("f", by="note")
    assert transition.from_milestone is Milestone.FILMING
    status = await tracker.status()
    assert status.milestone is Milestone.RENEWED
    assert [c.id for c in status.refuted] == ["f"]
    assert status.refuted[0].standing is Standing.REFUTED


async def test_release_date_round_trips_in_utc(db: Database, clock: ManualClock) -> None:
    tracker = Season2Tracker(db, clock)
    when = dt.datetime(2027, 1, 15, 8, tzinfo=dt.UTC)
    await tracker.ingest([claim("d", Milestone.RELEASE_DATE_ANNOUNCED, "2026-09-01", release_at=when)])
    status = await tracker.status()
    assert status.release_at == when
    (entry,) = await tracker.history()
    assert entry.transition.kind == "release_date_set"
    assert entry.transition.release_at_after == when


async def test_seeding_the_lore_pack_announces_nothing_and_later_news_is_announced(
    db: Database, clock: ManualClock
) -> None:
    from bot.lore.content import bundled_pack

    recorder = Recorder()
    tracker = Season2Tracker(db, clock, recorder)
    seeded = await tracker.seed_from_pack(bundled_pack())
    assert seeded and recorder.seen == []
    assert await tracker.seed_from_pack(bundled_pack()) == []
    before = await tracker.status()
    assert before.milestone is not None and before.milestone.rank is not None
    (transition,) = await tracker.ingest([claim("t", Milestone.TRAILER, "2026-10-01")])
    assert recorder.seen == [transition]
    assert transition.from_milestone is before.milestone
