"""Sends what the outbox holds, exactly once as users see it.

A pass: take the lease (only one running copy dispatches), claim due rows a few at a time
(pending rows whose time has come, and rows left 'sending' by a copy that died or lost the
lease), send them in parallel (one channel's in the order they were made) through a `Transport` under a
bounded number of sends on the wire and a client-side pace (25 requests/s, half of Discord's global 50:
commands and the other features keep the rest, as MonitoRSS caps its own), and record each outcome at once:

- sent: the message id is stored;
- retry_later (429 beyond what discord.py waits for itself, 5xx after its retries, network
  errors): back off exponentially (at least the server's retry_after, at most 5 minutes), for as
  long as the post is news: a countdown reminder until its grace is over (then skipped, never a
  "1h to go" at the release, `reminders.too_late_to_post`), anything else for `retry_for` (a day)
  after it was queued and at least `max_attempts` tries, so an hour of Discord being down loses
  nothing (an exception of our own in the send: `max_attempts` tries). A post held back so is never
  posted after a later one saying where that stands now (a date's move, a status step after the next:
  `posts.overtaken`; skipped, not marked older: the channel's last word stays the newest), nor a
  countdown whose day moved after it was queued (`reminders.withdrawn`, checked on every claim: a row
  re-queued so, or left 'sending' by a copy that died, as its day moved, or queued behind its channel's
  earlier post);
- forbidden / target_gone (403 / 404): never retried. The subscription is disabled, its other
  unsent rows are skipped, and a notice for the server's moderators is queued. A notice that no
  place took is kept for the next moderator who uses /season2set (db/season2/notices.py).

**A send is never cancelled.** Each row's conversation with Discord runs in a task of its own that
nothing cancels, neither the send deadline, nor a pass being cancelled, nor shutdown: cancelling a
discord.py request while it sleeps out a global 429 leaves discord.py's global-limit event unset,
and every later request of the whole bot then waits forever (see cogs/season2/transport.py). The
deadline is a separate decision: after `send_deadline` the pass stops waiting for that send (it
logs one line) and the send is recorded whenever Discord answers; until then the row stays
claimed, counts against the sends on the wire, and is not sent again by this copy.

**Exactly once past the nonce window.** A row re-sent carries the same nonce, so within Discord's
nonce window a second message is never created. When the earlier attempt began longer ago than
`nonce_window` (a restart after a long downtime, a long backoff), Discord may have forgotten the
nonce: the transport first looks for the message in the channel's recent history and records it
as sent when it finds it. A notice for moderators always looks first (each of its places): a place that
refused it before may take it now, and a nonce holds in one channel only.

A storage failure (disk full, database locked elsewhere) is logged by the database once a minute;
here it ends the pass quietly, and outcomes Discord already gave are kept in memory and recorded
on a later pass, so a message that went out is not sent again when the disk comes back.
**One dispatcher among copies.** The lease (`Lease`, a named row in SQLite) holds the holder id
"host:pid:random". A copy takes the lease when nobody holds it, when it expired, or when its holder
ran on this host in a process that no longer exists (a crash: the restarted bot need not wait for
the lease to run out). The lease runs on the injected clock, as the rows it guards do: its expiry and a
row's due time are one timeline in one database, so the demo's `advance` (or a rehearsal clock years ahead)
expires a lease exactly as it makes rows due. A crash on this host is found by its process id, whatever
the clock says.

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
from bot.outbox import loads, parse_target
from bot.season2.delivery import posts, reminders
from bot.season2.delivery.holders import DISPATCH_LEASE, holder_is_dead, new_holder_id
from bot.season2.model.delivery import MISSING_PERMISSIONS, OutboxEntry
from db import outbox as outbox_db
from db.connection import Database
from db.failures import OncePerInterval, StorageError
from db.season2 import notices as notices_db
from db.season2 import subscriptions as subscriptions_db

log = logging.getLogger(__name__)

BACKOFF_CAP = 300.0
#: How long a post is tried again while Discord is down or busy (a countdown reminder: less, see above).
RETRY_FOR = dt.timedelta(days=1)
#: A pending row due further ahead than this was set before the wall clock stepped back: due now.
RETRY_HORIZON = dt.timedelta(seconds=2 * BACKOFF_CAP)
#: How far before an earlier attempt a found message may be dated (our clock against Discord's).
LOOKUP_SLACK = dt.timedelta(seconds=30)


class Outcome(StrEnum):
    SENT = "sent"
    RETRY_LATER = "retry_later"
    TARGET_GONE = "target_gone"
    FORBIDDEN = "forbidden"
    REJECTED = "rejected"  # any other 4xx: our message is wrong; retrying would not help
    TOO_LATE = "too_late"  # a countdown reminder past its grace, or its day moved: skipped, never sent


@dataclass(frozen=True)
class SendResult:
    outcome: Outcome
    message_id: int | None = None
    retry_after: float | None = None
    error: str | None = None
    #: A refusal (FORBIDDEN): the permissions the channel denies, as Discord names them, when known.
    missing: tuple[str, ...] = ()
    #: A RETRY_LATER from our own fault (an exception in the send), not Discord's: tried `max_attempts`
    #: times only, so a bug logs a few tracebacks rather than one every 5 minutes for a day.
    ours: bool = False


Pace = Callable[[], Awaitable[None]]


class Transport(Protocol):
    async def send(self, row: OutboxEntry, payload: dict[str, Any], pace: Pace) -> SendResult:
        """Deliver one row; await `pace()` before every request to Discord."""
        ...

    async def find_sent(
        self, row: OutboxEntry, payload: dict[str, Any], since: dt.datetime, pace: Pace
    ) -> SendResult | None:
        """Look for the row's message posted after `since`: SENT with its id when found, None when
        not, another result when the lookup itself failed. Await `pace()` before every request."""
        ...


class RateLimiter:
    """At most `rate` acquisitions in any window of `per` seconds (sliding window), FIFO."""

    def __init__(self, rate: int | None, per: float = 1.0, *, monotonic: Callable[[], float] = time.monotonic,
                 sleep: Callable[[float], Awaitable[None]] = asyncio.sleep) -> None:
        self.rate = rate
        self.per = per
        self._stamps: collections.deque[float] = collections.deque()
        self._lock = asyncio.Lock()
        self._monotonic, self._sleep = monotonic, sleep  # the real ones, but for tests

    async def acquire(self) -> None:
        if self.rate is None:
            return
        async with self._lock:
            while True:
                now = self._monotonic()
                while self._stamps and now - self._stamps[0] >= self.per:
                    self._stamps.popleft()
                if len(self._stamps) < self.rate:
                    self._stamps.append(now)
                    return
                await self._sleep(self.per - (now - self._stamps[0]))


def backoff(attempts: int, retry_after: float | None, *, base: float = 2.0, cap: float = BACKOFF_CAP) -> float:
    """Seconds before the next try: base x 2^(attempts-1), capped, never less than retry_after."""
    delay: float = min(cap, base * 2.0 ** min(max(attempts - 1, 0), 30))
    return max(delay, retry_after or 0.0)


class Lease:
    def __init__(
        self,
        db: Database,
        clock: Clock,
        *,
        name: str = DISPATCH_LEASE,
        holder: str | None = None,
        ttl: dt.timedelta = dt.timedelta(seconds=20),
    ) -> None:
        self.db = db
        self.name = name
        self.holder = holder or new_holder_id()
        self.ttl = ttl
        self.clock = clock  # the bot's injected clock: the rows' timeline (never the wall behind a ManualClock)
        self._held_until: dt.datetime | None = None

    def needs_renewal(self) -> bool:
        """True when the lease is not held or a third of its time has passed."""
        if self._held_until is None:
            return True
        return self.clock.now() >= self._held_until - self.ttl * 2 / 3

    async def acquire(self) -> bool:
        """Take or renew the lease; False when another live copy holds it."""
        now = self.clock.now()
        async with self.db.transaction() as conn:
            current = await outbox_db.get_lease(conn, self.name)
            free = (
                current is None
                or current.holder == self.holder
                or current.expires_at <= now
                or holder_is_dead(current.holder)
            )
            if not free:
                self._held_until = None
                return False
            if current is not None and current.holder != self.holder:
                log.info("taking the %s lease from %s", self.name, current.holder)
            expires = now + self.ttl
            await outbox_db.put_lease(conn, self.name, self.holder, expires, now)
        self._held_until = expires
        return True

    async def release(self) -> None:
        self._held_until = None
        async with self.db.transaction() as conn:
            await outbox_db.drop_lease(conn, self.name, self.holder)


class Dispatcher:
    def __init__(
        self,
        db: Database,
        clock: Clock,
        transport: Transport,
        *,
        lease: Lease | None = None,
        concurrency: int = 50,
        rate_per_second: int | None = 25,
        rate_window: float = 1.02,
        retry_for: dt.timedelta = RETRY_FOR,
        max_attempts: int = 8,
        send_deadline: float = 60.0,
        nonce_window: float = 60.0,
    ) -> None:
        self.db = db
        self.clock = clock
        self.transport = transport
        self.lease = lease or Lease(db, clock)
        self.concurrency = max(1, concurrency)
        self.limiter = RateLimiter(rate_per_second, rate_window)
        self.retry_for = retry_for
        self.max_attempts = max_attempts
        self.send_deadline = send_deadline
        self.nonce_window = dt.timedelta(seconds=nonce_window)
        self._running: asyncio.Task[None] | None = None
        self._again = False
        self._stopping = False
        self._kicks: set[asyncio.Task[None]] = set()
        self._idle = asyncio.Event()
        self._idle.set()
        # Row id -> its conversation with Discord: claimed and not yet recorded. Never cancelled.
        self._wire: dict[int, asyncio.Task[SendResult]] = {}
        # Row id -> its target, while on the wire: a channel's next row stays in the outbox, holding no slot, until
        # this one is recorded (posts read in the order made; one channel whose sends hang starves no other).
        self._target_of: dict[int, str] = {}
        # Outcomes Discord gave that the database could not take yet (recorded on a later pass).
        self._unrecorded: dict[int, tuple[OutboxEntry, SendResult]] = {}
        self._late: set[asyncio.Task[None]] = set()
        self._stopped = False
        self._slow_log = OncePerInterval(log, 60.0)

    @property
    def holder(self) -> str:
        return self.lease.holder

    @property
    def on_the_wire(self) -> int:
        """Sends Discord has not answered yet (the concurrency counts them, slow ones included)."""
        return len(self._wire)

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
        except StorageError:
            pass  # the database logged it (once a minute); the next tick tries again
        except Exception:
            log.exception("season-2 dispatch pass failed")
        finally:
            self._running = None
            self._idle.set()

    async def wait_idle(self, limit: float) -> None:
        """Wait until no pass is running and no send is on the wire (tests, shutdown);
        TimeoutError after `limit` s."""
        deadline = time.monotonic() + limit
        while True:
            # asyncio.timeout: a stop cancelled while it waits must stay cancelled (wait_for on
            # Python 3.11 can lose the cancellation when the event is set at the same moment).
            async with asyncio.timeout(max(deadline - time.monotonic(), 0.0)):
                await self._idle.wait()
            pending = [*self._wire.values(), *self._late]
            if not pending:
                return
            left = deadline - time.monotonic()
            if left <= 0:
                raise TimeoutError
            await asyncio.wait(pending, timeout=left)

    async def stop(self, *, grace: float = 5.0) -> None:
        """Finish in-flight sends (up to `grace` s), hand unfinished rows back, drop the lease.

        Nothing is cancelled while it talks to Discord: a pass still running after the grace is
        cancelled only while it waits (its sends carry on, see the module docstring), and a
        cancellation in the middle of a database statement rolls its transaction back.
        """
        self._stopping = True
        try:
            await self.wait_idle(grace)
        except TimeoutError:
            log.warning(
                "season-2 dispatch still busy after %.0f s (%d sends on the wire); handing their rows back",
                grace, len(self._wire),
            )
            if self._running is not None:
                self._running.cancel()
            try:
                async with asyncio.timeout(2.0):
                    await self._idle.wait()
            except TimeoutError:
                pass
        try:
            await self._record_held_back()
            async with self.db.transaction() as conn:
                released = await outbox_db.release_claims(conn, self.holder)
            if released:
                log.info("handed %d unsent season-2 rows back to the outbox", released)
            await self.lease.release()
        except StorageError:
            log.warning("could not hand season-2 rows back on shutdown: the database refused; the next start takes them")
        except Exception:
            log.exception("could not release season-2 claims on shutdown")
        self._stopped = True

    # ------------------------------------------------------------------ a pass

    async def _pass(self) -> None:
        if not await self.lease.acquire():
            return
        await self._record_held_back()
        waiting: dict[int, asyncio.Task[None]] = {}
        try:
            while True:
                if self.lease.needs_renewal() and not await self.lease.acquire():
                    log.warning("lost the season-2 dispatch lease; stopping this pass")
                    break
                free = self.concurrency - len(self._wire) - len(self._unrecorded)
                if free > 0 and not self._stopping:
                    now = self.clock.now()
                    async with self.db.transaction() as conn:
                        rows = await outbox_db.claim_due(
                            conn, holder=self.holder, now=now, limit=free,
                            exclude=[*self._wire, *self._unrecorded], horizon=RETRY_HORIZON,
                            busy=[*self._target_of.values(), *(row.target for row, _ in self._unrecorded.values())],
                        )
                        rows = await reminders.skip_withdrawn(conn, rows)
                    for row in rows:
                        waiting[row.id] = asyncio.create_task(self._deliver(row, self._start(row)))
                if not waiting:
                    break
                done, _ = await asyncio.wait(
                    waiting.values(),
                    timeout=max(self.lease.ttl.total_seconds() / 3, 0.5),
                    return_when=asyncio.FIRST_COMPLETED,
                )
                for row_id, task in list(waiting.items()):
                    if task in done:
                        del waiting[row_id]
        finally:
            if waiting:
                # Cancelled (shutdown): only the waiting is cancelled; each send carries on and
                # is recorded when Discord answers (see _deliver).
                for task in waiting.values():
                    task.cancel()
                await asyncio.gather(*waiting.values(), return_exceptions=True)

    def _start(self, row: OutboxEntry) -> asyncio.Task[SendResult]:
        """The row's conversation with Discord, as a task nothing cancels. A target's rows are claimed one at a time in
        id order (`claim_due`), so a channel shows its posts in the order they were made, while other channels' go on
        in parallel."""
        talk = asyncio.get_running_loop().create_task(self._talk(row), name=f"season2-send-{row.id}")
        self._wire[row.id], self._target_of[row.id] = talk, row.target
        return talk

    async def _talk(self, row: OutboxEntry) -> SendResult:
        try:
            payload = loads(row.payload)
            parse_target(row.target)
            too_late = reminders.too_late_to_post(payload, self.clock.now())
        except (ValueError, TypeError) as exc:  # never raised out of here: the row would hold its channel for good
            return SendResult(Outcome.REJECTED, error=f"unreadable row: {exc}")
        if too_late:
            return SendResult(Outcome.TOO_LATE, error="its countdown moment passed before it could go out: left out rather than posted late")
        try:
            since = self._lookup_since(row)
            if since is not None:
                found = await self.transport.find_sent(row, payload, since, self.limiter.acquire)
                if found is not None:
                    if found.outcome is Outcome.SENT:
                        log.info(
                            "season-2 row %d to %s was already posted (message %s); not sent again",
                            row.id, row.target, found.message_id,
                        )
                    return found
            return await self.transport.send(row, payload, self.limiter.acquire)
        except Exception as exc:
            log.exception("season-2 send of outbox row %d failed unexpectedly", row.id)
            return SendResult(Outcome.RETRY_LATER, error=f"{type(exc).__name__}: {exc}", ours=True)

    def _lookup_since(self, row: OutboxEntry) -> dt.datetime | None:
        """When an earlier attempt may have posted the row and Discord may have forgotten its
        nonce: the moment to look from. None when this is the first attempt, or the earlier one
        is recent enough for the nonce to hold."""
        if row.attempts <= 1:
            return None
        earlier = row.previous_attempt_at or row.created_at
        if parse_target(row.target).kind == "notice":
            return earlier - LOOKUP_SLACK  # it may have gone to another of its places, where no nonce holds
        age = self.clock.now() - earlier
        if dt.timedelta(0) <= age < self.nonce_window:
            return None
        return earlier - LOOKUP_SLACK  # a negative age: the clock stepped back, so look anyway

    async def _deliver(self, row: OutboxEntry, talk: asyncio.Task[SendResult]) -> None:
        """Wait for the row's send up to the deadline, then record it; a send slower than that is
        recorded when it ends (it is never cancelled)."""
        try:
            done, _ = await asyncio.wait({talk}, timeout=self.send_deadline)
        finally:
            if not talk.done():
                talk.add_done_callback(lambda finished: self._record_late(row, finished))
        if talk not in done:
            # Under a global rate limit every send in flight is slow: one line a minute, not fifty.
            self._slow_log.log(
                logging.WARNING, "slow",
                f"season-2 row {row.id} to {row.target}: Discord has not answered in {self.send_deadline:.0f} s "
                "(rate limited?); the send carries on and is recorded when it ends",
            )
            return
        await self._settle(row, talk.result())

    def _record_late(self, row: OutboxEntry, talk: asyncio.Task[SendResult]) -> None:
        if talk.cancelled() or self._stopped:
            # Only the event loop closing cancels a send; after stop() the row was handed back and
            # the next start confirms it (same nonce, or a look at the channel).
            self._wire.pop(row.id, None)
            self._target_of.pop(row.id, None)
            log.info("season-2 row %d: Discord answered after shutdown; the next start confirms it", row.id)
            return
        task = asyncio.get_running_loop().create_task(self._settle(row, talk.result()))
        self._late.add(task)
        task.add_done_callback(self._late.discard)
        task.add_done_callback(lambda _: self.kick())  # a slot on the wire is free again

    async def _settle(self, row: OutboxEntry, result: SendResult) -> None:
        try:
            await self._record(row, result)
        except StorageError:
            self._unrecorded[row.id] = (row, result)  # kept out of claims until recorded
        except Exception:
            log.exception("season-2 row %d: recording its outcome failed", row.id)
        finally:
            self._wire.pop(row.id, None)
            self._target_of.pop(row.id, None)

    async def _record_held_back(self) -> None:
        for row_id, (row, result) in list(self._unrecorded.items()):
            await self._record(row, result)  # StorageError: still held back, the pass ends
            del self._unrecorded[row_id]

    async def _record(self, row: OutboxEntry, result: SendResult) -> None:
        now = self.clock.now()
        async with self.db.transaction() as conn:
            if result.outcome is Outcome.SENT:
                await outbox_db.mark_sent(conn, row.id, result.message_id, now)
                if row.kind == "announcement":
                    await reminders.skip_overtaken(conn, row)
                return
            error = result.error or result.outcome.value
            if result.outcome is Outcome.RETRY_LATER:
                sub = None if row.subscription_id is None else await subscriptions_db.get_subscription(
                    conn, row.subscription_id)
                if sub is not None and not sub.enabled:  # turned off (deleted) while this try was out: not again
                    await outbox_db.mark_final(conn, row.id, "skipped", f"subscription disabled: {sub.disabled_reason}")
                    return
                # a day from when it was queued, yet never fewer than max_attempts tries: a row queued long before
                # its first try (a refused post re-opened, days old, by /season2set) is not lost to one 5xx
                if row.attempts >= self.max_attempts and (result.ours or now - row.created_at >= self.retry_for):
                    await outbox_db.mark_final(conn, row.id, "failed", f"gave up after {row.attempts} tries: {error}")
                    log.warning("season-2 row %d to %s failed for good: %s", row.id, row.target, error)
                else:
                    delay = backoff(row.attempts, result.retry_after)
                    await outbox_db.mark_retry(conn, row.id, now + dt.timedelta(seconds=delay), error)
                    log.info("season-2 row %d to %s: retry in %.0f s (%s)", row.id, row.target, delay, error)
                return
            if result.outcome is Outcome.TOO_LATE:
                await outbox_db.mark_final(conn, row.id, "skipped", error)
                log.info("season-2 row %d to %s skipped: %s", row.id, row.target, error)
                return
            if result.outcome is Outcome.REJECTED:
                await outbox_db.mark_final(conn, row.id, "failed", error)
                log.error("season-2 row %d to %s was rejected: %s", row.id, row.target, error)
                return
            # forbidden / target gone: a configuration problem, never retried blindly.
            await outbox_db.mark_final(conn, row.id, "failed", error)
            await self._target_unusable(conn, row, result, now)

    async def _target_unusable(
        self, conn: aiosqlite.Connection, row: OutboxEntry, result: SendResult, now: dt.datetime
    ) -> None:
        target = parse_target(row.target)
        reason = MISSING_PERMISSIONS if result.outcome is Outcome.FORBIDDEN else posts.CHANNEL_DELETED
        if target.kind == "channel" and row.subscription_id is not None:
            sub = await subscriptions_db.get_subscription(conn, row.subscription_id)
            if sub is None or not await subscriptions_db.disable_subscription(conn, sub.id, reason, now):
                return
            await outbox_db.skip_open_rows(conn, f"subscription disabled: {reason}", target=row.target)
            log.warning(
                "season-2 subscription %d (channel %d) disabled: %s (%s)",
                sub.id, sub.channel_id, reason, result.error,
            )
            await posts.enqueue_subscription_off(conn, sub, reason=reason, now=now, missing=result.missing, row_id=row.id)
        elif target.kind == "dm":
            await subscriptions_db.remove_optin(conn, target.id)
            await outbox_db.skip_open_rows(conn, f"direct messages refused: {reason}", target=row.target)
            log.warning("season-2 DM reminders to user %d turned off: %s", target.id, result.error)
        else:  # a notice no place took: the next moderator to use /season2set there is told it
            await notices_db.hold(conn, row.id, target.id, now)
            log.warning("season-2 notice to guild %d kept for its next moderator: %s", target.id, result.error)
