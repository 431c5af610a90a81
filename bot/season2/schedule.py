"""When to poll a season-2 source: its refresh interval, backoff after failures, the circuit breaker,
and the timers that poll each source at its moment.

The rules are pure arithmetic on times and `SourceState`s (no I/O): tracking asks `is_due`, then
records what a poll gave with `after_success` or `after_failure`. `PollTimers` arms them on the one
scheduling interface (`bot/scheduling.py`) and its injected clock.

- Never faster than the source refreshes (`min_interval`: TVmaze 60 min, RSS 10 min, less a few
  seconds of timer slack).
- Spread over the interval: each source's polls fall on its own slots, a stable offset within the
  interval taken from its id (`next_slot`), so many sources are never polled at one instant (the bursts
  MonitoRSS's users meet); `PollTimers` arms each poll at its slot.
- Failures wait 5 min x 2^n (capped, never less than the minimum interval), and never less than the
  source itself asked (a 429's or a 503's Retry-After, held to the same cap: `sources.base.answered`).
- After `failure_threshold` consecutive failures the circuit opens for `cooldown`; then one trial
  poll (half-open) closes it on success or re-opens it on failure. A source that refuses its address
  (404, 410, 401, 403: `SourceRefused`) is a setting to fix: tracking opens its circuit at the first.
- The circuit opening (the first time in an outage: a re-open after a failed trial is the same
  outage) and closing again are `CircuitEvent`s, so the servers are told once per outage.
"""

from __future__ import annotations

import datetime as dt
import hashlib
from dataclasses import dataclass, replace
from typing import TYPE_CHECKING, Literal

from bot.scheduling import AsyncJob, Scheduler
from bot.season2.model.polling import CircuitEvent, SourceState
from bot.season2.sources.base import snapshot_title

if TYPE_CHECKING:  # tracking uses these rules; the timers only hold it
    from bot.season2.tracking import Tracking

BACKOFF_BASE = dt.timedelta(minutes=5)
BACKOFF_CAP = dt.timedelta(hours=6)
FAILURE_THRESHOLD = 5
COOLDOWN = dt.timedelta(hours=1)

#: How early a timer may run before its moment (event-loop lag, a clock read a few ms later): a poll
#: that late or that early is still the one due at its slot.
SLACK = dt.timedelta(seconds=5)
#: Where every source's slots are counted from.
_SLOTS_FROM = dt.datetime(2000, 1, 1, tzinfo=dt.UTC)

HealthState = Literal["new", "ok", "backing_off", "circuit_open", "half_open"]


@dataclass(frozen=True)
class Policy:
    """How patiently a failing source is retried."""

    failure_threshold: int = FAILURE_THRESHOLD
    cooldown: dt.timedelta = COOLDOWN
    backoff_base: dt.timedelta = BACKOFF_BASE
    backoff_cap: dt.timedelta = BACKOFF_CAP


DEFAULT_POLICY = Policy()


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
    title: str | None = None  # the feed's own title as last read (an RSS source's name; outside text)


def backoff(failures: int, base: dt.timedelta = BACKOFF_BASE, cap: dt.timedelta = BACKOFF_CAP) -> dt.timedelta:
    """5 min x 2^n, capped."""
    if failures <= 0:
        return dt.timedelta(0)
    wait: dt.timedelta = base * (2 ** min(failures, 20))
    return min(cap, wait)


def slot_offset(source_id: str, interval: dt.timedelta) -> dt.timedelta:
    """Where in each interval a source's polls fall: the same for a source always (from its id, not
    from when the bot started), different for two sources almost surely (to the millisecond)."""
    fraction = int.from_bytes(hashlib.sha256(source_id.encode()).digest()[:6], "big") / 2 ** 48
    return dt.timedelta(milliseconds=int(fraction * interval.total_seconds() * 1000))


def next_slot(source_id: str, interval: dt.timedelta, after: dt.datetime) -> dt.datetime:
    """The first of a source's slots (its offset plus whole intervals) at or after `after`."""
    first = _SLOTS_FROM + slot_offset(source_id, interval)
    if after <= first:
        return first
    return first + interval * -((first - after) // interval)  # ceiling: the next whole interval


def is_due(state: SourceState, now: dt.datetime, min_interval: dt.timedelta) -> bool:
    if state.circuit_open_until is not None and now < state.circuit_open_until:
        return False
    if state.last_poll_at is not None and now - state.last_poll_at < min_interval - SLACK:
        return False  # never faster than the source refreshes
    return state.next_poll_at is None or now >= state.next_poll_at


def _event(
    kind: Literal["opened", "closed"], state: SourceState, opened_at: dt.datetime, now: dt.datetime
) -> CircuitEvent:
    return CircuitEvent(
        kind=kind,
        source_id=state.source_id,
        source_kind=state.kind,
        base_url=state.base_url,
        opened_at=opened_at,
        at=now,
        failures=state.consecutive_failures,
        last_error=state.last_error,
        last_success_at=state.last_success_at,
    )


def after_success(
    state: SourceState, now: dt.datetime, min_interval: dt.timedelta
) -> tuple[SourceState, CircuitEvent | None]:
    """The state after a poll that answered; the 'closed' event when it ends an outage.

    The next poll is at the source's first slot a whole interval on (`next_slot`): a poll at its slot
    is followed by the next slot, a poll at another time (the first, a catch-up, a retry) by the slot
    after one interval, so every source settles on its own instant in the interval.
    The caller fills in what the answer itself carries (validators, snapshot, show id) and
    `last_change_at` when the source showed something new."""
    closed = _event("closed", state, state.circuit_opened_at, now) if state.circuit_opened_at else None
    return (
        replace(
            state,
            last_poll_at=now,
            last_success_at=now,
            next_poll_at=next_slot(state.source_id, min_interval, now + min_interval - SLACK),
            consecutive_failures=0,
            circuit_open_until=None,
            circuit_opened_at=None,
            baseline_recorded=True,
            last_error=None,
        ),
        closed,
    )


def after_failure(
    state: SourceState, now: dt.datetime, error: str, min_interval: dt.timedelta, policy: Policy = DEFAULT_POLICY,
    asked: dt.timedelta | None = None,
) -> tuple[SourceState, CircuitEvent | None]:
    """The state after a failed poll; the 'opened' event when this failure opens the circuit. `asked`:
    the wait the source itself asked for (its Retry-After), never cut short below the backoff's cap."""
    failures = state.consecutive_failures + 1
    wait = max(min_interval, backoff(failures, policy.backoff_base, policy.backoff_cap),
               min(asked or dt.timedelta(0), policy.backoff_cap))
    open_until = state.circuit_open_until
    opened_at = state.circuit_opened_at
    if failures >= policy.failure_threshold:
        opened_at = opened_at or now
        open_until = now + max(policy.cooldown, wait)
    new = replace(
        state,
        last_poll_at=now,
        next_poll_at=open_until if open_until and open_until > now else now + wait,
        consecutive_failures=failures,
        circuit_open_until=open_until,
        circuit_opened_at=opened_at,
        last_error=error[:500],
    )
    opened = _event("opened", new, opened_at, now) if opened_at and state.circuit_opened_at is None else None
    return new, opened


def health_of(state: SourceState, now: dt.datetime, failure_threshold: int = FAILURE_THRESHOLD) -> SourceHealth:
    status: HealthState
    if state.last_poll_at is None:
        status = "new"
    elif state.circuit_open_until is not None and (state.consecutive_failures >= failure_threshold
                                                   or state.circuit_opened_at is not None):  # refused: at once
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
        title=snapshot_title(state.snapshot) if state.kind == "rss" else None,
    )


# ------------------------------------------------------------------ the timers
#
# A source's polls fall on its slots (`next_slot`: a stable offset within its interval, from
# its id), so ten feeds polled every 10 minutes are ten polls spread over the ten minutes, not a burst
# every ten minutes (MonitoRSS's users' complaint: bursts, then rate limits). The calendar job
# `season2-poll` runs every minute: it arms a one-off job at the exact moment of each poll due before
# its next run (`season2-poll:<source>`); what is overdue (the first poll of a source, a catch-up after
# the bot was down) is spread over the minute (`catch_up`), the longest overdue polled at once, so a
# start with ten feeds overdue is no burst of ten requests. A poll that finds its source not due
# (already polled, backing off, circuit open) does nothing, so none is doubled, and the minute's run
# catches up one whose timer was lost, so none is skipped.

POLL_JOB = "season2-poll"
#: How far apart overdue polls are at most (a few sources caught up in seconds, many over the minute).
CATCH_UP_GAP = dt.timedelta(seconds=10)
#: Before any poll: a source never polled is the longest overdue.
_NEVER = dt.datetime.min.replace(tzinfo=dt.UTC)


def catch_up(now: dt.datetime, count: int, tick: dt.timedelta) -> list[dt.datetime]:
    """The instants of `count` overdue polls: the first now, the others apart, all before the next
    tick (so no two polls start together, and none waits a whole minute)."""
    gap = min(CATCH_UP_GAP, tick / max(count, 1))
    return [now + gap * n for n in range(count)]
#: How often what is due is looked at (each source keeps its own interval on top of this).
TICK = dt.timedelta(seconds=60)


class PollTimers:
    """The poll's calendar job and each source's one-off timers."""

    def __init__(self, scheduler: Scheduler, tracking: Tracking, tick: dt.timedelta = TICK) -> None:
        self.scheduler = scheduler
        self.tracking = tracking
        self.tick = tick

    def start(self) -> None:
        """The minute's job, first at once (what is overdue is polled at start)."""
        self.scheduler.every(POLL_JOB, self.tick, self.run, first=self.scheduler.clock.now())

    def stop(self) -> None:
        self.scheduler.cancel(POLL_JOB)
        for source in self.tracking.sources:
            self.scheduler.cancel(self.job_name(source.source_id))

    @staticmethod
    def job_name(source_id: str) -> str:
        return f"{POLL_JOB}:{source_id}"

    async def run(self) -> None:
        """Arm each poll due before the next run at its own moment: what is overdue (at start, every
        source not polled for a while) spread over the minute, the longest overdue polled at once."""
        if not self.tracking.sources:
            return  # nothing to poll (no source configured): not even a read
        now = self.scheduler.clock.now()
        planned = await self.tracking.polls_before(now + self.tick)
        overdue = sorted((at or _NEVER, source_id) for source_id, at in planned if at is None or at <= now)
        for source_id, at in planned:
            if at is not None and at > now:
                self.scheduler.once(self.job_name(source_id), at, self._poller(source_id))
        for n, instant in enumerate(catch_up(now, len(overdue), self.tick)[1:], start=1):
            source_id = overdue[n][1]
            self.scheduler.once(self.job_name(source_id), instant, self._poller(source_id))
        if overdue:
            await self.tracking.poll_source(overdue[0][1])

    def _poller(self, source_id: str) -> AsyncJob:
        async def poll() -> None:
            await self.tracking.poll_source(source_id)
        return poll
