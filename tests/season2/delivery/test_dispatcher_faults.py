"""The dispatcher when Discord is slow, the process died long ago, the disk refuses or the clock
steps back (issue 14: faults 1, 6, 7 and 8), on a real database with a recording transport."""

from __future__ import annotations

import asyncio
import datetime as dt
import logging
from pathlib import Path

import pytest

from bot.clock import ManualClock
from bot.season2.delivery import posts
from bot.season2.delivery.dispatcher import Dispatcher, Outcome
from db import outbox as outbox_db
from db.connection import Database
from tests.db.test_storage_failures import write_lock_held_elsewhere
from tests.season2.delivery.helpers import T0, ScriptedTransport, subscribe, transition


async def _queue(db: Database, channels: list[int]) -> None:
    await subscribe(db, channels)
    async with db.transaction() as conn:
        await posts.enqueue(conn, transition(), T0)


def _dispatcher(db: Database, transport: ScriptedTransport, clock: ManualClock, **kwargs: object) -> Dispatcher:
    return Dispatcher(db, clock, transport, rate_per_second=None, **kwargs)  # type: ignore[arg-type]


async def _states(db: Database) -> dict[str, str]:
    async with db.read() as conn:
        return {r.target: r.state for r in await outbox_db.outbox_rows(conn)}


async def _crashed_mid_send(db: Database, at: dt.datetime) -> str:
    """A copy that claimed the row at `at` and died: returns the row's nonce."""
    async with db.transaction() as conn:
        (row,) = await outbox_db.claim_due(conn, holder="dead-host:1:x", now=at, limit=1)
    return row.nonce


async def test_a_send_slower_than_the_deadline_is_never_cancelled_and_is_recorded_when_it_ends(db: Database) -> None:
    await _queue(db, [100])
    transport = ScriptedTransport(delay=0.4)
    dispatcher = _dispatcher(db, transport, ManualClock(T0), send_deadline=0.05)
    await dispatcher.tick()  # returns at the deadline; the send carries on
    assert dispatcher.on_the_wire == 1
    await dispatcher.tick()  # a pass meanwhile does not send the row again
    await dispatcher.wait_idle(5)
    assert await _states(db) == {"channel:100": "sent"}
    assert len(transport.sends) == 1 and transport.delivered


async def test_slow_sends_count_against_the_concurrency_so_a_long_limit_cannot_pile_them_up(db: Database) -> None:
    await _queue(db, list(range(100, 110)))
    transport = ScriptedTransport(delay=0.3)
    dispatcher = _dispatcher(db, transport, ManualClock(T0), send_deadline=0.02, concurrency=3)
    await dispatcher.tick()
    await dispatcher.tick()
    assert len(transport.sends) == 3
    await dispatcher.wait_idle(5)
    while len(transport.sends) < 10:
        await dispatcher.tick()
        await dispatcher.wait_idle(5)
    assert set((await _states(db)).values()) == {"sent"}
    assert len(transport.sends) == 10


async def test_a_resend_past_the_nonce_window_finds_the_earlier_message_and_posts_nothing(db: Database) -> None:
    await _queue(db, [100])
    nonce = await _crashed_mid_send(db, T0)
    transport = ScriptedTransport()
    transport.delivered[nonce] = "channel:100"  # the dead copy's send reached Discord
    await _dispatcher(db, transport, ManualClock(T0 + dt.timedelta(minutes=5)), nonce_window=60).tick()
    assert transport.lookups == ["channel:100"]
    assert transport.sends == []
    async with db.read() as conn:
        (row,) = await outbox_db.outbox_rows(conn)
    assert row.state == "sent" and row.message_id is not None


async def test_a_resend_past_the_nonce_window_sends_when_the_channel_does_not_show_it(db: Database) -> None:
    await _queue(db, [100])
    await _crashed_mid_send(db, T0)
    transport = ScriptedTransport()
    await _dispatcher(db, transport, ManualClock(T0 + dt.timedelta(minutes=5)), nonce_window=60).tick()
    assert transport.lookups == ["channel:100"]
    assert len(transport.sends) == 1
    assert await _states(db) == {"channel:100": "sent"}


async def test_a_resend_inside_the_nonce_window_trusts_the_nonce_and_reads_no_history(db: Database) -> None:
    await _queue(db, [100])
    nonce = await _crashed_mid_send(db, T0)
    transport = ScriptedTransport()
    await _dispatcher(db, transport, ManualClock(T0 + dt.timedelta(seconds=10)), nonce_window=60).tick()
    assert transport.lookups == []
    assert [n for _, n, _ in transport.sends] == [nonce]


async def test_a_first_attempt_never_reads_history(db: Database) -> None:
    await _queue(db, [100])
    transport = ScriptedTransport()
    await _dispatcher(db, transport, ManualClock(T0 + dt.timedelta(days=2)), nonce_window=60).tick()
    assert transport.lookups == [] and len(transport.sends) == 1


async def test_an_outcome_the_database_refuses_is_recorded_later_without_sending_again(
    db: Database, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    # The refused write gives up after a fifth of a second of lock wait, not 2 s: how long it
    # waited is not what is checked here (db/connection.py applies it at the next write).
    monkeypatch.setattr("db.connection.LOCK_WAIT_MS", 200)
    await _queue(db, [100])
    transport = ScriptedTransport(delay=0.2)
    dispatcher = _dispatcher(db, transport, ManualClock(T0))
    tick = asyncio.create_task(dispatcher.tick())
    await transport.sending.wait()
    with write_lock_held_elsewhere(db.path):  # the send's outcome cannot be written
        await tick
    assert await _states(db) == {"channel:100": "sending"}
    await dispatcher.tick()
    assert await _states(db) == {"channel:100": "sent"}
    assert len(transport.sends) == 1


async def test_a_retry_set_before_the_wall_clock_stepped_back_is_not_put_off(db: Database) -> None:
    await _queue(db, [100])
    clock = ManualClock(T0)
    transport = ScriptedTransport({"channel:100": [Outcome.RETRY_LATER]})
    dispatcher = _dispatcher(db, transport, clock)
    await dispatcher.tick()
    assert await _states(db) == {"channel:100": "pending"}
    clock.set(T0 - dt.timedelta(hours=3))  # NTP steps the clock back three hours
    await dispatcher.tick()
    assert await _states(db) == {"channel:100": "sent"}


async def test_stopping_during_a_slow_send_hands_the_row_back_and_lets_the_send_finish(
    db: Database, caplog: pytest.LogCaptureFixture
) -> None:
    await _queue(db, [100])
    slow = asyncio.Event()
    transport = ScriptedTransport(held=slow)
    dispatcher = _dispatcher(db, transport, ManualClock(T0), send_deadline=0.05)
    await dispatcher.tick()
    await dispatcher.stop(grace=0.1)
    assert await _states(db) == {"channel:100": "pending"}  # the next start sends it (same nonce)
    slow.set()
    for _ in range(200):
        if transport.delivered:
            break
        await asyncio.sleep(0.01)
    assert transport.delivered  # the send was never cut off
    assert [r for r in caplog.records if r.levelno >= logging.ERROR] == []
