"""Sends what the outbox holds, exactly once as users see it.

A pass: take the lease (only one running copy dispatches), claim due rows a few at a time
(pending rows whose time has come, and rows left 'sending' by a copy that died or lost the
lease), send them in parallel through a `Transport` under a bounded semaphore and a client-side
pace (Discord's global 50 requests/s), and record each outcome at once:

- sent: the message id is stored;
- retry_later (429 beyond what discord.py waits for itself, 5xx after its retries, network
  errors): back off exponentially (at least the server's retry_after), give up after
  `max_attempts`;
- forbidden / target_gone (403 / 404): never retried. The subscription is disabled, its other
  unsent rows are skipped, and a notice for the server's moderators is queued.

A row re-sent after a crash carries the same nonce, so Discord does not create a second message.
This module knows nothing about discord.py: the cog gives it a Transport.
"""

from __future__ import annotations

import asyncio
import collections
import datetime as dt
import logging
import time
from collections.abc import Awaitable, Callable
from dataclasses import dataclass
from enum import StrEnum
from typing import Any, Protocol

import aiosqlite

from bot.clock import Clock
from bot.season2.delivery import outbox
from bot.season2.delivery.lease import Lease
from bot.season2.model import OutboxEntry
from db.connection import Database
from db.season2 import outbox as outbox_db
from db.season2 import subscriptions as subscriptions_db

log = logging.getLogger(__name__)


class Outcome(StrEnum):
    SENT = "sent"
    RETRY_LATER = "retry_later"
    TARGET_GONE = "target_gone"
    FORBIDDEN = "forbidden"
    REJECTED = "rejected"  # any other 4xx: our message is wrong; retrying would not help


@dataclass(frozen=True)
class SendResult:
    outcome: Outcome
    message_id: int | None = None
    retry_after: float | None = None
    error: str | None = None


Pace = Callable[[], Awaitable[None]]


class Transport(Protocol):
    async def send(self, row: OutboxEntry, payload: dict[str, Any], pace: Pace) -> SendResult:
        """Deliver one row; await `pace()` before every request to Discord."""
        ...


class RateLimiter:
    """At most `rate` acquisitions in any window of `per` seconds (sliding window), FIFO."""

    def __init__(self, rate: int | None, per: float = 1.0) -> None:
        self.rate = rate
        self.per = per
        self._stamps: collections.deque[float] = collections.deque()
        self._lock = asyncio.Lock()

    async def acquire(self) -> None:
        if self.rate is None:
            return
        async with self._lock:
            while True:
                now = time.monotonic()
                while self._stamps and now - self._stamps[0] >= self.per:
                    self._stamps.popleft()
                if len(self._stamps) < self.rate:
                    self._stamps.append(now)
                    return
                await asyncio.sleep(self.per - (now - self._stamps[0]))


def backoff(attempts: int, retry_after: float | None, *, base: float = 2.0, cap: float = 300.0) -> float:
    """Seconds before the next try: base x 2^(attempts-1), capped, never less than retry_after."""
    delay: float = min(cap, base * 2.0 ** max(attempts - 1, 0))
    return max(delay, retry_after or 0.0)


class Dispatcher:
    def __init__(
        self,
        db: Database,
        clock: Clock,
        transport: Transport,
        *,
        lease: Lease | None = None,
        concurrency: int = 50,
        rate_per_second: int | None = 50,
        rate_window: float = 1.02,
        max_attempts: int = 8,
    ) -> None:
        self.db = db
        self.clock = clock
        self.transport = transport
        self.lease = lease or Lease(db)
        self.concurrency = max(1, concurrency)
        self.limiter = RateLimiter(rate_per_second, rate_window)
        self.max_attempts = max_attempts
        self._running: asyncio.Task[None] | None = None
        self._again = False
        self._stopping = False
        self._kicks: set[asyncio.Task[None]] = set()
        self._idle = asyncio.Event()
        self._idle.set()

    @property
    def holder(self) -> str:
        return self.lease.holder

    # ------------------------------------------------------------------ driving

    def kick(self) -> None:
        """Run a pass now (after an enqueue); safe to call from inside a transaction."""
        if self._stopping:
            return
        task = asyncio.get_running_loop().create_task(self.tick())
        self._kicks.add(task)
        task.add_done_callback(self._kicks.discard)

    async def tick(self) -> None:
        """One pass (the delivery sweep, or a kick); if a pass is running, it runs once more."""
        if self._stopping:
            return
        if self._running is not None and not self._running.done():
            self._again = True
            return
        self._running = asyncio.current_task()
        self._idle.clear()
        try:
            while True:
                self._again = False
                await self._pass()
                if not self._again or self._stopping:
                    break
        except Exception:
            log.exception("season-2 dispatch pass failed")
        finally:
            self._running = None
            self._idle.set()

    async def wait_idle(self, limit: float) -> None:
        """Wait until no pass is running (tests, shutdown); TimeoutError after `limit` s."""
        await asyncio.wait_for(self._idle.wait(), limit)

    async def stop(self, *, grace: float = 5.0) -> None:
        """Finish in-flight sends (up to `grace` s), hand unfinished rows back, drop the lease.

        Running passes are not cancelled (a cancellation in the middle of a database statement
        could leave a transaction open); they see `_stopping`, claim nothing more and end.
        """
        self._stopping = True
        try:
            await self.wait_idle(grace)
        except TimeoutError:
            log.warning("season-2 dispatch pass still running after %.0f s; cancelling it", grace)
            if self._running is not None:
                self._running.cancel()
            try:
                await asyncio.wait_for(self._idle.wait(), 2.0)
            except TimeoutError:
                pass
        try:
            async with self.db.transaction() as conn:
                released = await outbox_db.release_claims(conn, self.holder)
            if released:
                log.info("handed %d unsent season-2 rows back to the outbox", released)
            await self.lease.release()
        except Exception:
            log.exception("could not release season-2 claims on shutdown")

    # ------------------------------------------------------------------ a pass

    async def _pass(self) -> None:
        if not await self.lease.acquire():
            return
        in_flight: dict[int, asyncio.Task[None]] = {}
        try:
            while True:
                if self.lease.needs_renewal() and not await self.lease.acquire():
                    log.warning("lost the season-2 dispatch lease; stopping this pass")
                    break
                free = self.concurrency - len(in_flight)
                if free > 0 and not self._stopping:
                    async with self.db.transaction() as conn:
                        rows = await outbox_db.claim_due(
                            conn, holder=self.holder, now=self.clock.now(), limit=free, exclude=list(in_flight)
                        )
                    for row in rows:
                        in_flight[row.id] = asyncio.create_task(self._deliver(row))
                if not in_flight:
                    break
                done, _ = await asyncio.wait(
                    in_flight.values(),
                    timeout=max(self.lease.ttl.total_seconds() / 3, 0.5),
                    return_when=asyncio.FIRST_COMPLETED,
                )
                for row_id, task in list(in_flight.items()):
                    if task in done:
                        del in_flight[row_id]
        finally:
            if in_flight:
                # Cancelled (shutdown): let the sends already on the wire finish being recorded.
                for task in in_flight.values():
                    task.cancel()
                await asyncio.gather(*in_flight.values(), return_exceptions=True)

    async def _deliver(self, row: OutboxEntry) -> None:
        try:
            payload = outbox.loads(row.payload)
            outbox.parse_target(row.target)
        except ValueError as exc:
            await self._record(row, SendResult(Outcome.FORBIDDEN, error=f"unreadable row: {exc}"), final_only=True)
            return
        try:
            result = await self.transport.send(row, payload, self.limiter.acquire)
        except asyncio.CancelledError:
            raise
        except Exception as exc:
            log.exception("season-2 send of outbox row %d failed unexpectedly", row.id)
            result = SendResult(Outcome.RETRY_LATER, error=f"{type(exc).__name__}: {exc}")
        await self._record(row, result)

    async def _record(self, row: OutboxEntry, result: SendResult, *, final_only: bool = False) -> None:
        now = self.clock.now()
        async with self.db.transaction() as conn:
            if result.outcome is Outcome.SENT:
                await outbox_db.mark_sent(conn, row.id, result.message_id, now)
                return
            error = result.error or result.outcome.value
            if result.outcome is Outcome.RETRY_LATER:
                if row.attempts >= self.max_attempts:
                    await outbox_db.mark_final(conn, row.id, "failed", f"gave up after {row.attempts} tries: {error}")
                    log.warning("season-2 row %d to %s failed for good: %s", row.id, row.target, error)
                else:
                    delay = backoff(row.attempts, result.retry_after)
                    await outbox_db.mark_retry(conn, row.id, now + dt.timedelta(seconds=delay), error)
                    log.info("season-2 row %d to %s: retry in %.0f s (%s)", row.id, row.target, delay, error)
                return
            if result.outcome is Outcome.REJECTED:
                await outbox_db.mark_final(conn, row.id, "failed", error)
                log.error("season-2 row %d to %s was rejected: %s", row.id, row.target, error)
                return
            # forbidden / target gone: a configuration problem, never retried blindly.
            await outbox_db.mark_final(conn, row.id, "failed", error)
            if final_only:
                return
            await self._target_unusable(conn, row, result, now)

    async def _target_unusable(
        self, conn: aiosqlite.Connection, row: OutboxEntry, result: SendResult, now: dt.datetime
    ) -> None:
        target = outbox.parse_target(row.target)
        reason = "missing permissions" if result.outcome is Outcome.FORBIDDEN else "channel deleted"
        if target.kind == "channel" and row.subscription_id is not None:
            sub = await subscriptions_db.get_subscription(conn, row.subscription_id)
            if sub is None or not await subscriptions_db.disable_subscription(conn, sub.id, reason, now):
                return
            await outbox_db.skip_open_rows(conn, f"subscription disabled: {reason}", target=row.target)
            log.warning(
                "season-2 subscription %d (channel %d) disabled: %s (%s)",
                sub.id, sub.channel_id, reason, result.error,
            )
            await outbox.enqueue_notice(
                conn,
                guild_id=sub.guild_id,
                event_key=f"subscription-disabled:{sub.id}:{row.id}",
                payload={
                    "type": "subscription_disabled",
                    "channel_id": sub.channel_id,
                    "reason": reason,
                    "moderator_id": sub.created_by,
                    "at": now.isoformat(),
                },
                now=now,
            )
        elif target.kind == "dm":
            await subscriptions_db.remove_optin(conn, target.id)
            await outbox_db.skip_open_rows(conn, f"direct messages refused: {reason}", target=row.target)
            log.warning("season-2 DM reminders to user %d turned off: %s", target.id, result.error)
        else:
            log.warning("season-2 notice to guild %d could not be delivered: %s", target.id, result.error)
