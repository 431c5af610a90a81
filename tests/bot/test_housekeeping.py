"""Housekeeping (bot/housekeeping.py): features' pruners and the WAL checkpoint, as a calendar job
on the scheduler (issue 14, fault 10: nothing was pruned, the WAL reached 4 MB in 10 minutes)."""

from __future__ import annotations

import datetime as dt
import logging
from collections.abc import AsyncIterator
from pathlib import Path

import pytest

from bot.clock import ManualClock
from bot.harness import Harness
from bot.housekeeping import Housekeeping
from db import Database
from db import outbox as outbox_db
from db.season2 import sources as sources_db
from tests.db import kv

START = dt.datetime(2026, 3, 1, 12, 0, tzinfo=dt.UTC)
DAY = dt.timedelta(days=1)


async def _write_a_lot(db: Database, rounds: int = 200) -> None:
    for i in range(rounds):
        async with db.transaction() as conn:
            await kv.put(conn, f"k{i % 5}", "x" * 4000)


async def test_pruners_get_the_cutoff_and_the_wal_is_truncated(db: Database) -> None:
    clock = ManualClock(START)
    seen: list[dt.datetime] = []

    async def pruner(cutoff: dt.datetime) -> dict[str, int]:
        seen.append(cutoff)
        return {"things": 3}

    housekeeping = Housekeeping(db, clock, retention=30 * DAY)
    housekeeping.add("feature", pruner)
    await _write_a_lot(db)
    assert db.wal_bytes() > 0
    report = await housekeeping.run()
    assert seen == [START - 30 * DAY]
    assert report.removed == {"feature things": 3}
    assert report.wal_bytes_before > 0 and report.wal_bytes_after == 0 == db.wal_bytes()


async def test_a_failing_pruner_is_logged_and_the_others_still_run(
    db: Database, caplog: pytest.LogCaptureFixture
) -> None:
    async def broken(cutoff: dt.datetime) -> dict[str, int]:
        raise RuntimeError("bug")

    async def fine(cutoff: dt.datetime) -> dict[str, int]:
        return {"rows": 1}

    housekeeping = Housekeeping(db, ManualClock(START), retention=DAY)
    housekeeping.add("broken", broken)
    housekeeping.add("fine", fine)
    with caplog.at_level(logging.INFO, logger="bot.housekeeping"):
        report = await housekeeping.run()
    assert report.removed == {"fine rows": 1}
    assert [r.getMessage() for r in caplog.records if r.levelno == logging.ERROR] == ["housekeeping: pruning broken failed"]
    assert any("removed 1 fine rows" in r.getMessage() for r in caplog.records)


@pytest.fixture
async def h(tmp_path: Path) -> AsyncIterator[Harness]:
    async with Harness.start(
        tmp_path, clock=ManualClock(START), extensions=("cogs.meta", "cogs.trivia", "cogs.season2"),
        retention=DAY, housekeeping_every=dt.timedelta(hours=1),
    ) as harness:
        yield harness


async def _outbox_rows(h: Harness) -> int:
    async with h.db.read() as conn:
        return await outbox_db.count_rows(conn)


async def test_the_calendar_job_keeps_the_database_bounded_under_a_steady_load(h: Harness) -> None:
    news = h.channels["announcements"]
    await h.discord.invoke(h.moderator, h.general, "season2set", "announce", "set", channel=news)
    counts = []
    for _ in range(6):  # three days of announcements, one every 12 hours
        await h.discord.invoke(h.moderator, h.general, "season2set", "announce", "test")
        await h.discord.wait_for_message(news, lambda m: "test" in m.text, timeout=8, include_existing=False)
        async with h.db.transaction() as conn:
            await sources_db.mark_seen(conn, "rss:feed", [(f"item{len(counts)}", "t", "P")], h.clock.now())
        await h.advance(dt.timedelta(hours=12))
        counts.append(await _outbox_rows(h))
    # Kept: what is younger than a day. Without pruning it would be 1, 2, 3, 4, 5, 6.
    assert max(counts) <= 2 and counts[-1] <= 2
    async with h.db.read() as conn:
        assert await sources_db.count_seen(conn, "rss:feed") <= 3
