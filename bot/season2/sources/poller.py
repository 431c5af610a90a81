"""Polling the season-2 sources politely and safely.

One `Poller` per source:
- the first successful poll of a new source records a baseline and announces nothing;
- conditional GET (the source sends If-None-Match / If-Modified-Since from the stored state);
- a User-Agent and a timeout on every request;
- never faster than the source refreshes (`source.min_interval`: TVmaze 60 min, RSS 10 min);
- failures (HTTP errors, timeouts, garbage) are counted, logged and never raised: the next poll
  waits 5 min x 2^n (capped, never less than the minimum interval); after `failure_threshold`
  consecutive failures the circuit opens for `cooldown`, then one trial poll (half-open)
  closes it again on success or re-opens it on failure;
- the circuit opening (the first time in an outage: a re-open after a failed trial is the same
  outage) and closing again are `CircuitEvent`s handed to `on_circuit` inside the transaction
  that records them, so a warning queued there commits with the state that caused it;
- everything a poll learns (claims, seen items, state) commits in one transaction.

`Pollers.poll_due(now)` polls every source that is due; time comes from the Clock.
"""

from __future__ import annotations

import asyncio
import datetime as dt
import logging
from collections.abc import Awaitable, Callable, Sequence
from dataclasses import dataclass, replace
from typing import Literal

import aiohttp
import aiosqlite

from bot.clock import Clock
from bot.config import Settings
from bot.season2.model import SourceState
from bot.season2.model import Transition as Transition
from bot.season2.sources.base import FetchResult, NewsSource, SourceError
from bot.season2.sources.rss import RSSSource
from bot.season2.sources.tvmaze import TVmazeSource
from bot.season2.tracker import Season2Tracker
from db import season2_tracking as store
from db.connection import Database

log = logging.getLogger(__name__)

BACKOFF_BASE = dt.timedelta(minutes=5)
BACKOFF_CAP = dt.timedelta(hours=6)
FAILURE_THRESHOLD = 5
COOLDOWN = dt.timedelta(hours=1)
TIMEOUT_SECONDS = 20.0

HealthState = Literal["new", "ok", "backing_off", "circuit_open", "half_open"]


@dataclass(frozen=True)
class SourceHealth:
    """What `/season2 sources` shows for one source."""

    source_id: str
    kind: str
    base_url: str
    state: HealthState
    last_poll_at: dt.datetime | None
    last_success_at: dt.datetime | None
    last_change_at: dt.datetime | None
    next_poll_at: dt.datetime | None
    consecutive_failures: int
    circuit_open_until: dt.datetime | None
    last_error: str | None
    baseline_recorded: bool


@dataclass(frozen=True)
class PollOutcome:
    source_id: str
    ok: bool
    not_modified: bool = False
    baseline: bool = False
    new_claims: int = 0
    transitions: tuple[Transition, ...] = ()
    error: str | None = None


@dataclass(frozen=True)
class CircuitEvent:
    """A source's circuit breaker opened ('opened') or closed again after an outage ('closed')."""

    kind: Literal["opened", "closed"]
    source_id: str
    source_kind: str
    base_url: str
    opened_at: dt.datetime  # identifies the outage: the same for its 'opened' and 'closed' events
    at: dt.datetime
    failures: int
    last_error: str | None
    last_success_at: dt.datetime | None


#: Called inside the transaction that records the event (write to that connection only).
CircuitHook = Callable[[aiosqlite.Connection, CircuitEvent], Awaitable[None]]


def backoff(failures: int, base: dt.timedelta = BACKOFF_BASE, cap: dt.timedelta = BACKOFF_CAP) -> dt.timedelta:
    """5 min x 2^n, capped."""
    if failures <= 0:
        return dt.timedelta(0)
    wait: dt.timedelta = base * (2 ** min(failures, 20))
    return min(cap, wait)


class Poller:
    def __init__(
        self,
        source: NewsSource,
        tracker: Season2Tracker,
        clock: Clock,
        *,
        user_agent: str,
        timeout: float = TIMEOUT_SECONDS,
        failure_threshold: int = FAILURE_THRESHOLD,
        cooldown: dt.timedelta = COOLDOWN,
        backoff_base: dt.timedelta = BACKOFF_BASE,
        backoff_cap: dt.timedelta = BACKOFF_CAP,
        http: aiohttp.ClientSession | None = None,
        on_circuit: CircuitHook | None = None,
    ) -> None:
        self.source = source
        self.on_circuit = on_circuit
        self.tracker = tracker
        self.db: Database = tracker.db
        self.clock = clock
        self.user_agent = user_agent
        self.timeout = timeout
        self.failure_threshold = failure_threshold
        self.cooldown = cooldown
        self.backoff_base = backoff_base
        self.backoff_cap = backoff_cap
        self._http = http
        self._own_http = http is None
        self._lock = asyncio.Lock()

    @property
    def source_id(self) -> str:
        return self.source.source_id

    def _session(self) -> aiohttp.ClientSession:
        if self._http is None or self._http.closed:
            self._http = aiohttp.ClientSession(
                headers={"User-Agent": self.user_agent, "Accept-Encoding": "gzip, deflate"},
                timeout=aiohttp.ClientTimeout(total=self.timeout),
            )
            self._own_http = True
        return self._http

    async def close(self) -> None:
        if self._own_http and self._http is not None and not self._http.closed:
            await self._http.close()

    async def state(self) -> SourceState:
        async with self.db.read() as conn:
            found = await store.get_source(conn, self.source_id)
        return found or SourceState(self.source_id, self.source.kind, self.source.base_url)

    def is_due(self, state: SourceState, now: dt.datetime) -> bool:
        if state.circuit_open_until is not None and now < state.circuit_open_until:
            return False
        if state.last_poll_at is not None and now - state.last_poll_at < self.source.min_interval:
            return False  # never faster than the source refreshes
        return state.next_poll_at is None or now >= state.next_poll_at

    async def poll_due(self, now: dt.datetime | None = None) -> PollOutcome | None:
        """Poll when due (and not already polling); None when not due."""
        now = now or self.clock.now()
        if self._lock.locked():
            return None
        async with self._lock:
            state = await self.state()
            if not self.is_due(state, now):
                return None
            return await self._poll(state, now)

    async def poll_now(self, now: dt.datetime | None = None) -> PollOutcome:
        """Poll regardless of the schedule (a moderator's 'check now'; tests)."""
        now = now or self.clock.now()
        async with self._lock:
            return await self._poll(await self.state(), now)

    async def _poll(self, state: SourceState, now: dt.datetime) -> PollOutcome:
        try:
            result = await self.source.fetch(self._session(), state, now)
        except asyncio.CancelledError:
            raise
        except (SourceError, aiohttp.ClientError, TimeoutError, ValueError, UnicodeError) as exc:
            return await self._failed(state, now, _describe(exc))
        except Exception as exc:  # a bug in a parser must not stop the other sources
            log.exception("season2: source %s raised unexpectedly", self.source_id)
            return await self._failed(state, now, _describe(exc))
        try:
            return await self._succeeded(state, now, result)
        except asyncio.CancelledError:
            raise
        except Exception as exc:
            log.exception("season2: recording what %s showed failed", self.source_id)
            return await self._failed(state, now, f"recording failed: {_describe(exc)}")

    async def _succeeded(self, state: SourceState, now: dt.datetime, result: FetchResult) -> PollOutcome:
        baseline = not state.baseline_recorded
        seen_items = list(result.seen)
        new_state = replace(
            state,
            kind=self.source.kind,
            base_url=self.source.base_url,
            show_id=result.show_id if result.show_id is not None else state.show_id,
            etag=result.etag,
            last_modified=result.last_modified,
            last_poll_at=now,
            last_success_at=now,
            next_poll_at=now + self.source.min_interval,
            consecutive_failures=0,
            circuit_open_until=None,
            circuit_opened_at=None,
            baseline_recorded=True,
            last_error=None,
            snapshot=result.snapshot if result.snapshot is not None else state.snapshot,
        )
        changed = result.changed
        fresh_keys: set[str] = set()

        async def also(conn: aiosqlite.Connection) -> None:
            nonlocal fresh_keys
            if seen_items:
                known = await store.seen_keys(conn, self.source_id, (s.key for s in seen_items))
                fresh_keys = {s.key for s in seen_items} - known
                await store.mark_seen(conn, self.source_id, ((s.key, s.title, s.publisher) for s in seen_items), now)
            final = new_state
            if changed or fresh_keys or baseline:
                final = replace(final, last_change_at=now)
            await store.save_source(conn, final)
            if state.circuit_opened_at is not None:
                log.info("season2: %s answers again; circuit closed", self.source_id)
                await self._circuit_event(conn, "closed", state, state.circuit_opened_at, now)

        claims = list(result.claims)
        before = len(await self.tracker.claims()) if claims else 0
        transitions = await self.tracker.ingest(claims, announce=not baseline, also=also)
        new_claims = (len(await self.tracker.claims()) - before) if claims else 0
        if baseline:
            log.info("season2: %s baseline recorded (%d claims, nothing announced)", self.source_id, new_claims)
        return PollOutcome(
            self.source_id,
            ok=True,
            not_modified=result.not_modified,
            baseline=baseline,
            new_claims=new_claims,
            transitions=tuple(transitions),
        )

    async def _failed(self, state: SourceState, now: dt.datetime, error: str) -> PollOutcome:
        failures = state.consecutive_failures + 1
        wait = max(self.source.min_interval, backoff(failures, self.backoff_base, self.backoff_cap))
        circuit_open_until = state.circuit_open_until
        opened_at = state.circuit_opened_at
        if failures >= self.failure_threshold:
            opened_at = opened_at or now
            circuit_open_until = now + max(self.cooldown, wait)
            log.warning(
                "season2: %s failed %d times in a row (%s); circuit open until %s",
                self.source_id, failures, error, circuit_open_until.isoformat(),
            )
        else:
            log.warning("season2: %s failed (%s); next try in %s", self.source_id, error, wait)
        new_state = replace(
            state,
            kind=self.source.kind,
            base_url=self.source.base_url,
            last_poll_at=now,
            next_poll_at=circuit_open_until if circuit_open_until and circuit_open_until > now else now + wait,
            consecutive_failures=failures,
            circuit_open_until=circuit_open_until,
            circuit_opened_at=opened_at,
            last_error=error[:500],
        )
        async with self.db.transaction() as conn:
            await store.save_source(conn, new_state)
            if opened_at is not None and state.circuit_opened_at is None:
                await self._circuit_event(conn, "opened", new_state, opened_at, now)
        return PollOutcome(self.source_id, ok=False, error=error)

    async def _circuit_event(
        self,
        conn: aiosqlite.Connection,
        kind: Literal["opened", "closed"],
        state: SourceState,
        opened_at: dt.datetime,
        now: dt.datetime,
    ) -> None:
        if self.on_circuit is None:
            return
        await self.on_circuit(
            conn,
            CircuitEvent(
                kind=kind,
                source_id=self.source_id,
                source_kind=self.source.kind,
                base_url=self.source.base_url,
                opened_at=opened_at,
                at=now,
                failures=state.consecutive_failures,
                last_error=state.last_error,
                last_success_at=state.last_success_at,
            ),
        )

    async def health(self, now: dt.datetime | None = None) -> SourceHealth:
        return health_of(await self.state(), now or self.clock.now(), self.failure_threshold)


def health_of(state: SourceState, now: dt.datetime, failure_threshold: int = FAILURE_THRESHOLD) -> SourceHealth:
    status: HealthState
    if state.last_poll_at is None:
        status = "new"
    elif state.circuit_open_until is not None and state.consecutive_failures >= failure_threshold:
        status = "circuit_open" if now < state.circuit_open_until else "half_open"
    elif state.consecutive_failures > 0:
        status = "backing_off"
    else:
        status = "ok"
    return SourceHealth(
        source_id=state.source_id,
        kind=state.kind,
        base_url=state.base_url,
        state=status,
        last_poll_at=state.last_poll_at,
        last_success_at=state.last_success_at,
        last_change_at=state.last_change_at,
        next_poll_at=state.next_poll_at,
        consecutive_failures=state.consecutive_failures,
        circuit_open_until=state.circuit_open_until,
        last_error=state.last_error,
        baseline_recorded=state.baseline_recorded,
    )


def _describe(exc: BaseException) -> str:
    if isinstance(exc, TimeoutError | asyncio.TimeoutError):
        return "timed out"
    text = str(exc) or type(exc).__name__
    return f"{type(exc).__name__}: {text}" if not isinstance(exc, SourceError) else text


class Pollers:
    """All configured sources; `poll_due(now)` is what the scheduler calls every minute."""

    def __init__(self, pollers: Sequence[Poller]) -> None:
        self.pollers = list(pollers)

    @classmethod
    def from_settings(
        cls,
        settings: Settings,
        tracker: Season2Tracker,
        clock: Clock,
        *,
        timeout: float = TIMEOUT_SECONDS,
        on_circuit: CircuitHook | None = None,
    ) -> Pollers:
        sources: list[NewsSource] = []
        if settings.tvmaze_base_url:
            sources.append(TVmazeSource(settings.tvmaze_base_url, settings.tvmaze_show_query))
        for url in settings.rss_feeds:
            sources.append(RSSSource(url))
        return cls(
            [
                Poller(s, tracker, clock, user_agent=settings.user_agent, timeout=timeout, on_circuit=on_circuit)
                for s in sources
            ]
        )

    async def poll_due(self, now: dt.datetime | None = None) -> list[PollOutcome]:
        outcomes = await asyncio.gather(*(p.poll_due(now) for p in self.pollers))
        return [o for o in outcomes if o is not None]

    async def poll_now(self, now: dt.datetime | None = None) -> list[PollOutcome]:
        return list(await asyncio.gather(*(p.poll_now(now) for p in self.pollers)))

    async def health(self, now: dt.datetime | None = None) -> list[SourceHealth]:
        return [await p.health(now) for p in self.pollers]

    async def close(self) -> None:
        for poller in self.pollers:
            await poller.close()
