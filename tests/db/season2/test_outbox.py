"""The season-2 outbox table and its dispatch lease (db/outbox.py) on a real SQLite file."""

from __future__ import annotations

import datetime as dt

import pytest

from db import outbox as outbox_db
from db import times
from db.connection import Database

T0 = dt.datetime(2026, 3, 1, 12, 0, tzinfo=dt.UTC)


async def _row(db: Database, event_key: str = "e1", target: str = "channel:1") -> bool:
    async with db.transaction() as conn:
        return await outbox_db.insert_outbox(
            conn, event_key=event_key, target=target, kind="announcement", nonce="n" + event_key + target,
            payload="{}", now=T0,
        )


def test_times_round_trip_as_sortable_utc_text() -> None:
    when = dt.datetime(2026, 3, 1, 21, 0, tzinfo=dt.timezone(dt.timedelta(hours=9)))
    assert times.encode(when) == "2026-03-01T12:00:00.000000Z"
    assert times.decode(times.encode(when)) == when


async def test_an_event_gets_one_row_per_target(db: Database) -> None:
    assert await _row(db) is True
    assert await _row(db) is False
    assert await _row(db, target="channel:2") is True
    async with db.read() as conn:
        assert len(await outbox_db.outbox_rows(conn, event_key="e1")) == 2


async def test_nonce_longer_than_discord_allows_is_refused(db: Database) -> None:
    import sqlite3

    with pytest.raises(sqlite3.IntegrityError):
        async with db.transaction() as conn:
            await outbox_db.insert_outbox(
                conn, event_key="e", target="channel:1", kind="announcement", nonce="x" * 26, payload="{}", now=T0
            )


async def test_claim_marks_rows_sending_and_counts_the_attempt(db: Database) -> None:
    await _row(db)
    async with db.transaction() as conn:
        rows = await outbox_db.claim_due(conn, holder="a", now=T0, limit=10)
    assert [(r.state, r.attempts, r.claimed_by) for r in rows] == [("sending", 1, "a")]


async def test_rows_another_holder_left_sending_are_claimable(db: Database) -> None:
    await _row(db)
    async with db.transaction() as conn:
        await outbox_db.claim_due(conn, holder="crashed", now=T0, limit=10)
    async with db.transaction() as conn:
        rows = await outbox_db.claim_due(conn, holder="b", now=T0, limit=10)
    assert [(r.claimed_by, r.attempts) for r in rows] == [("b", 2)]


async def test_own_in_flight_rows_are_not_claimed_twice(db: Database) -> None:
    await _row(db)
    async with db.transaction() as conn:
        first = await outbox_db.claim_due(conn, holder="a", now=T0, limit=10)
        again = await outbox_db.claim_due(conn, holder="a", now=T0, limit=10, exclude=[first[0].id])
    assert again == []


async def test_a_claim_takes_each_free_channels_oldest_row_past_a_busy_channels_backlog(db: Database) -> None:
    for n in range(12):  # a channel whose send hangs, its next posts queued behind it
        await _row(db, event_key=f"e{n:02}", target="channel:1")
    for n, target in enumerate(("channel:2", "channel:3", "channel:2")):
        await _row(db, event_key=f"f{n}", target=target)
    async with db.transaction() as conn:
        rows = await outbox_db.claim_due(conn, holder="a", now=T0, limit=2, busy=["channel:1"])
    assert [(r.target, r.event_key) for r in rows] == [("channel:2", "f0"), ("channel:3", "f1")]


async def test_retry_waits_until_its_time(db: Database) -> None:
    await _row(db)
    async with db.transaction() as conn:
        (row,) = await outbox_db.claim_due(conn, holder="a", now=T0, limit=10)
        await outbox_db.mark_retry(conn, row.id, T0 + dt.timedelta(seconds=30), "429")
        assert await outbox_db.claim_due(conn, holder="a", now=T0 + dt.timedelta(seconds=29), limit=10) == []
        assert len(await outbox_db.claim_due(conn, holder="a", now=T0 + dt.timedelta(seconds=30), limit=10)) == 1


async def test_sent_rows_keep_the_message_id(db: Database) -> None:
    await _row(db)
    async with db.transaction() as conn:
        (row,) = await outbox_db.claim_due(conn, holder="a", now=T0, limit=10)
        await outbox_db.mark_sent(conn, row.id, 4242, T0)
    async with db.read() as conn:
        (done,) = await outbox_db.outbox_rows(conn)
    assert (done.state, done.message_id, done.sent_at) == ("sent", 4242, T0)




async def test_pruning_removes_finished_rows_older_than_the_cutoff_and_keeps_open_ones(db: Database) -> None:
    for key in ("sent", "failed", "skipped", "pending", "sending"):
        await _row(db, event_key=key)
    async with db.transaction() as conn:
        rows = {r.event_key: r for r in await outbox_db.outbox_rows(conn)}
        await outbox_db.mark_sent(conn, rows["sent"].id, 5, T0)
        await outbox_db.mark_final(conn, rows["failed"].id, "failed", "403")
        await outbox_db.mark_final(conn, rows["skipped"].id, "skipped", "turned off")
        await conn.execute("UPDATE season2_outbox SET state = 'sending' WHERE id = ?", (rows["sending"].id,))
    async with db.transaction() as conn:
        assert await outbox_db.prune_finished(conn, T0) == 0  # nothing is older than T0
        assert await outbox_db.prune_finished(conn, T0 + dt.timedelta(days=1)) == 3
    async with db.read() as conn:
        assert sorted(r.event_key for r in await outbox_db.outbox_rows(conn)) == ["pending", "sending"]


async def test_a_claim_stamps_the_attempt_and_hands_back_when_the_one_before_began(db: Database) -> None:
    await _row(db)
    later = T0 + dt.timedelta(minutes=3)
    async with db.transaction() as conn:
        (first,) = await outbox_db.claim_due(conn, holder="a", now=T0, limit=1)
        (second,) = await outbox_db.claim_due(conn, holder="b", now=later, limit=1)  # "a" died
    assert first.attempted_at == T0 and first.previous_attempt_at is None
    assert second.attempted_at == later and second.previous_attempt_at == T0
    assert second.attempts == 2


async def test_lease_is_written_for_one_holder(db: Database) -> None:
    async with db.transaction() as conn:
        await outbox_db.put_lease(conn, "x", "a", T0, T0)
        await outbox_db.put_lease(conn, "x", "b", T0 + dt.timedelta(seconds=5), T0 + dt.timedelta(seconds=1))
        lease = await outbox_db.get_lease(conn, "x")
    assert lease is not None and lease.holder == "b"
    assert lease.acquired_at == T0 + dt.timedelta(seconds=1)
