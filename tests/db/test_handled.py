"""Handled events (db/handled.py): an event's effect is applied once, its outcome kept, old keys pruned."""

from __future__ import annotations

import datetime as dt

from db import Database, handled

T0 = dt.datetime(2026, 3, 1, 12, 0, tzinfo=dt.UTC)


async def test_an_event_is_recorded_once_with_its_first_outcome(db: Database) -> None:
    async with db.transaction() as conn:
        assert await handled.record(conn, 42, "season2-remind", T0, "in")
        assert not await handled.record(conn, 42, "season2-remind", T0, "out")
    async with db.read() as conn:
        assert await handled.outcome(conn, 42) == "in"
        assert await handled.outcome(conn, 43) is None


async def test_many_events_at_once_and_which_were_seen(db: Database) -> None:
    async with db.transaction() as conn:
        await handled.record_many(conn, [1, 2, 3], "trivia-guess", T0)
        assert await handled.seen_among(conn, [2, 3, 4]) == {2, 3}


async def test_keys_older_than_the_cutoff_are_pruned(db: Database) -> None:
    async with db.transaction() as conn:
        await handled.record(conn, 1, "trivia-guess", T0)
        await handled.record(conn, 2, "trivia-guess", T0 + dt.timedelta(days=2))
        assert await handled.prune(conn, T0 + dt.timedelta(days=1)) == 1
        assert await handled.seen_among(conn, [1, 2]) == {2}
