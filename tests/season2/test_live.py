"""The compatibility shim /ask reads until the lore move lands (bot/season2/live.py): snapshots of the
one current status, built from real tracking. Goes with the shim."""

from __future__ import annotations

import datetime as dt

from bot.clock import ManualClock
from bot.lore.content import bundled_pack
from bot.season2.claims import claims_from_pack
from bot.season2.live import StatusSnapshots, snapshot_of
from bot.season2.model import Claim, Confidence, Milestone, Source, Status
from bot.season2.tracking import Tracking
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
    tracking = Tracking(db, clock)
    await tracking.seed(claims_from_pack(bundled_pack()))
    snap = StatusSnapshots(tracking.current).snapshot()
    assert snap is not None and not snap.beyond_pack
    assert "filming" in snap.reached and snap.release_at is None


async def test_a_moderators_release_date_is_beyond_the_pack_with_its_source(db: Database, clock: ManualClock) -> None:
    tracking = Tracking(db, clock)
    await tracking.seed(claims_from_pack(bundled_pack()))
    live = StatusSnapshots(tracking.current)
    release = dt.datetime(2026, 3, 11, 18, 0, tzinfo=dt.UTC)
    await tracking.ingest([_moderator(Milestone.RELEASE_DATE_ANNOUNCED, clock.now().date(), release)])
    snap = live.snapshot()
    assert snap is not None and snap.beyond_pack
    assert snap.milestone == "release_date_announced" and snap.release_at == release
    assert snap.release_confidence == "official" and snap.release_since == clock.now().date()
    assert snap.release_sources[0].url == "https://example.org/x"


async def test_a_cancellation_has_reached_nothing(db: Database, clock: ManualClock) -> None:
    tracking = Tracking(db, clock)
    await tracking.ingest([_moderator(Milestone.CANCELLED, clock.now().date())])
    snap = snapshot_of(tracking.current.status)
    assert snap is not None and snap.milestone == "cancelled" and snap.reached == frozenset()
