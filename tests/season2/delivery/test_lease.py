"""The dispatch lease: one holder at a time, taken over when it expires or its process died."""

from __future__ import annotations

import asyncio
import datetime as dt
import socket
import sys

from bot.clock import ManualClock
from bot.season2.delivery.lease import Lease
from db.connection import Database

T0 = dt.datetime(2026, 3, 1, 12, 0, tzinfo=dt.UTC)


async def test_a_second_holder_is_refused_while_the_first_is_alive(db: Database) -> None:
    clock = ManualClock(T0)
    first, second = Lease(db, clock=clock), Lease(db, clock=clock)
    assert await first.acquire()
    assert not await second.acquire()
    assert await first.acquire()  # renewing


async def test_an_expired_lease_is_taken_over(db: Database) -> None:
    clock = ManualClock(T0)
    first, second = Lease(db, clock=clock), Lease(db, clock=clock)
    assert await first.acquire()
    clock.advance(first.ttl + dt.timedelta(seconds=1))
    assert await second.acquire()
    assert not await first.acquire()


async def test_the_lease_of_a_dead_process_on_this_host_is_taken_at_once(db: Database) -> None:
    clock = ManualClock(T0)
    proc = await asyncio.create_subprocess_exec(
        sys.executable, "-c", "import os; print(os.getpid())", stdout=asyncio.subprocess.PIPE
    )
    out, _ = await proc.communicate()
    dead_pid = int(out)
    crashed = Lease(db, clock=clock, holder=f"{socket.gethostname()}:{dead_pid}:abc")
    assert await crashed.acquire()
    assert await Lease(db, clock=clock).acquire()


async def test_released_lease_is_free(db: Database) -> None:
    clock = ManualClock(T0)
    first, second = Lease(db, clock=clock), Lease(db, clock=clock)
    assert await first.acquire()
    await first.release()
    assert await second.acquire()
