"""The in-memory status /ask reads (bot/season2/live.py), built from a real tracker."""

from __future__ import annotations

import datetime as dt

from bot.clock import ManualClock
from bot.lore.content import bundled_pack
from bot.season2.live import LiveStatus, snapshot_of
from bot.season2.model import Claim, Confidence, Milestone, Source, Status
from bot.season2.tracker import Season2Tracker
from db import Database


def _moderator(milestone: Milestone, day: dt.date, release_at: dt.datetime | None = None) -> Claim:
    return Claim(
        id=f"mod:{milestone.value}", milestone=milestone, date=day, confidence=Confidence.OFFICIAL,
        source=Source("example.org", "example.org (moderator report)", "https://example.org/x", day),
        text="reported by a moderator", release_at=release_at, origin="moderator",
    )


def test_nothing_backed_gives_no_snapshot() -> None:
    assert snapshot_of(Status.empty()) is None


async def test_a_status_from_the_pack_alone_is_not_beyond_the_pack(db: Database, clock: ManualClock) -> None:
    tracker = Season2Tracker(db, clock)
    await tracker.seed_from_pack(bundled_pack())
    snap = LiveStatus().update(await tracker.status())
    assert snap is not None and not snap.beyond_pack
    assert "filming" in snap.reached and snap.release_at is None


async def test_a_moderators_release_date_is_beyond_the_pack_with_its_source(db: Database, clock: ManualClock) -> None:
    tracker = Season2Tracker(db, clock)
    await tracker.seed_from_pack(bundled_pack())
    release = dt.datetime(2026, 3, 11, 18, 0, tzinfo=dt.UTC)
    await tracker.ingest([_moderator(Milestone.RELEASE_DATE_ANNOUNCED, clock.now().date(), release)])
    live = LiveStatus()
    live.update(await tracker.status())
    snap = live.snapshot()
    assert snap is not None and snap.beyond_pack
    assert snap.milestone == "release_date_announced" and snap.release_at == release
    assert snap.release_confidence == "official" and snap.release_since == clock.now().date()
    assert snap.release_sources[0].url == "https://example.org/x"


async def test_a_cancellation_has_reached_nothing(db: Database, clock: ManualClock) -> None:
    tracker = Season2Tracker(db, clock)
    await tracker.ingest([_moderator(Milestone.CANCELLED, clock.now().date())])
    snap = snapshot_of(await tracker.status())
    assert snap is not None and snap.milestone == "cancelled" and snap.reached == frozenset()
