"""The dispatcher on a real database with a recording transport (the Discord side is tested in
tests/cogs and tests/e2e through the sandbox)."""

from __future__ import annotations

import asyncio
import datetime as dt
import socket
import sys
from typing import Any

import pytest

from bot.clock import ManualClock
from bot.outbox import loads
from bot.season2.delivery import posts, reminders
from bot.season2.delivery.dispatcher import Dispatcher, Lease, Outcome, Pace, RateLimiter, SendResult, backoff
from bot.season2.model import Confidence, Milestone
from bot.season2.model.delivery import OutboxEntry, Reminder
from db import outbox as outbox_db
from db.connection import Database
from db.season2 import subscriptions as subscriptions_db
from tests.season2.delivery.helpers import T0, ScriptedTransport, subscribe, transition
from tests.table import table


async def _queue(db: Database, channels: list[int], **kwargs: object) -> None:
    await subscribe(db, channels, **kwargs)  # type: ignore[arg-type]
    async with db.transaction() as conn:
        await posts.enqueue(conn, transition(), T0)


def _dispatcher(db: Database, transport: ScriptedTransport, clock: ManualClock, **kwargs: object) -> Dispatcher:
    return Dispatcher(db, clock, transport, rate_per_second=None, **kwargs)  # type: ignore[arg-type]


async def _ticks(dispatcher: Dispatcher, clock: ManualClock, count: int, every: dt.timedelta) -> None:
    """`count` passes, `every` apart (the clock moved after each)."""
    for _ in range(count):
        await dispatcher.tick()
        clock.advance(every)


async def _states(db: Database) -> dict[str, str]:
    async with db.read() as conn:
        return {r.target: r.state for r in await outbox_db.outbox_rows(conn)}


async def test_a_pass_sends_every_due_row_once(db: Database) -> None:
    await _queue(db, list(range(100, 120)))
    transport = ScriptedTransport()
    await _dispatcher(db, transport, ManualClock(T0)).tick()
    assert sorted(t for t, _, _ in transport.sends) == sorted(f"channel:{c}" for c in range(100, 120))
    assert set((await _states(db)).values()) == {"sent"}


async def test_sent_rows_record_their_message_ids(db: Database) -> None:
    await _queue(db, [100])
    await _dispatcher(db, ScriptedTransport(), ManualClock(T0)).tick()
    async with db.read() as conn:
        (row,) = await outbox_db.outbox_rows(conn)
    assert row.message_id is not None


async def test_retry_later_backs_off_then_sends(db: Database) -> None:
    await _queue(db, [100])
    clock = ManualClock(T0)
    transport = ScriptedTransport({"channel:100": [Outcome.RETRY_LATER]})
    dispatcher = _dispatcher(db, transport, clock)
    await dispatcher.tick()
    assert await _states(db) == {"channel:100": "pending"}
    await dispatcher.tick()
    assert len(transport.sends) == 1  # not due yet
    clock.advance(dt.timedelta(seconds=backoff(1, None)))
    await dispatcher.tick()
    assert await _states(db) == {"channel:100": "sent"}
    nonces = [n for _, n, _ in transport.sends]
    assert nonces[0] == nonces[1]


async def test_an_hour_of_discord_down_loses_no_post(db: Database) -> None:
    await _queue(db, [100])
    clock = ManualClock(T0)
    transport = ScriptedTransport({"channel:100": [Outcome.RETRY_LATER] * 12})  # 5xx for an hour
    dispatcher = _dispatcher(db, transport, clock)
    await _ticks(dispatcher, clock, 14, dt.timedelta(minutes=5))
    assert await _states(db) == {"channel:100": "sent"}
    assert len(transport.delivered) == 1


async def test_gives_up_once_the_retry_time_is_over(db: Database) -> None:
    await _queue(db, [100])
    clock = ManualClock(T0)
    transport = ScriptedTransport({"channel:100": [Outcome.RETRY_LATER] * 5})
    dispatcher = _dispatcher(db, transport, clock, retry_for=dt.timedelta(minutes=20), max_attempts=2)
    await _ticks(dispatcher, clock, 5, dt.timedelta(minutes=10))
    assert await _states(db) == {"channel:100": "failed"}
    assert len(transport.sends) == 3


async def test_a_row_queued_long_before_its_first_try_is_not_lost_to_one_5xx(db: Database) -> None:
    await _queue(db, [100])  # queued three days ago: a refused post re-opened by /season2set
    clock = ManualClock(T0 + dt.timedelta(days=3))
    transport = ScriptedTransport({"channel:100": [Outcome.RETRY_LATER]})
    dispatcher = _dispatcher(db, transport, clock)
    await dispatcher.tick()
    clock.advance(dt.timedelta(seconds=backoff(1, None)))
    await dispatcher.tick()
    assert await _states(db) == {"channel:100": "sent"}


class _Broken(ScriptedTransport):
    async def send(self, row: OutboxEntry, payload: dict[str, Any], pace: Pace) -> SendResult:
        self.sends.append((row.target, row.nonce, payload))
        raise KeyError("a bug of ours")


async def test_an_exception_of_our_own_is_tried_a_few_times_not_all_day(db: Database) -> None:
    await _queue(db, [100])
    clock = ManualClock(T0)
    transport = _Broken()
    dispatcher = _dispatcher(db, transport, clock, max_attempts=3)
    await _ticks(dispatcher, clock, 5, dt.timedelta(minutes=10))
    assert await _states(db) == {"channel:100": "failed"}
    assert len(transport.sends) == 3


async def test_a_countdown_held_by_discord_past_its_moment_is_never_posted(db: Database) -> None:
    release = T0 + dt.timedelta(hours=1)
    await subscribe(db, [100])
    async with db.transaction() as conn:
        await reminders.fan_out(conn, Reminder(id=1, release_at=release, offset_s=3600, due_at=T0,
                                               confidence="official", state="pending", reason=None), T0)
    clock = ManualClock(T0)
    # Discord down for 40 minutes: back with 20 minutes to go, when "1h to go" would mislead
    transport = ScriptedTransport({"channel:100": [Outcome.RETRY_LATER] * 8})
    dispatcher = _dispatcher(db, transport, clock)
    while clock.now() < release + dt.timedelta(minutes=10):
        await dispatcher.tick()
        clock.advance(dt.timedelta(minutes=5))
    assert await _states(db) == {"channel:100": "skipped"}
    assert not transport.delivered


@pytest.mark.parametrize(("back", "delivered"), [
    (False, []),  # no "1 day to go" to a day that no longer holds
    (True, ["channel:100"]),  # moved, then the move withdrawn: its day holds, "1 day to go" still comes
])
async def test_a_countdown_refused_by_discord_as_its_date_moves_is_posted_only_if_the_day_holds_again(
    db: Database, back: bool, delivered: list[str]
) -> None:
    release, moved = T0 + dt.timedelta(days=1), T0 + dt.timedelta(days=8)
    await subscribe(db, [100])
    clock = ManualClock(T0)
    async with db.transaction() as conn:
        await reminders.sync(conn, release, "official", T0 - dt.timedelta(days=2), timed=True)
    await reminders.Reminders(db, clock).tick()  # "1 day to go" queued
    held = asyncio.Event()
    transport = ScriptedTransport({"channel:100": [Outcome.RETRY_LATER]}, held=held)  # a 503 as the date moves
    dispatcher = _dispatcher(db, transport, clock)
    sending = asyncio.create_task(dispatcher.tick())
    await transport.sending.wait()
    async with db.transaction() as conn:  # the date moves (and maybe back) while the countdown is on the wire
        await reminders.sync(conn, moved, "official", clock.now(), timed=True)
        if back:
            await reminders.sync(conn, release, "official", clock.now(), timed=True)
    held.set()
    await sending
    await _ticks(dispatcher, clock, 6, dt.timedelta(minutes=1))  # well inside its 6 h grace
    assert list(transport.delivered.values()) == delivered
    assert await _states(db) == {"channel:100": "sent" if back else "skipped"}


async def test_forbidden_disables_the_subscription_and_warns_the_server(db: Database) -> None:
    await _queue(db, [100, 101])
    transport = ScriptedTransport({"channel:100": [Outcome.FORBIDDEN]})
    await _dispatcher(db, transport, ManualClock(T0)).tick()
    async with db.read() as conn:
        subs = {s.channel_id: s for s in await subscriptions_db.list_subscriptions(conn, enabled_only=False)}
        notices = [r for r in await outbox_db.outbox_rows(conn) if r.kind == "notice"]
    assert subs[100].enabled is False and subs[100].disabled_reason == "missing permissions"
    assert subs[101].enabled is True
    assert [(n.target, n.state) for n in notices] == [("notice:1", "sent")]
    assert loads(notices[0].payload)["moderator_id"] == 99
    assert [t for t, _, _ in transport.sends].count("channel:100") == 1


async def test_a_deleted_channel_is_not_retried(db: Database) -> None:
    await _queue(db, [100])
    clock = ManualClock(T0)
    transport = ScriptedTransport({"channel:100": [Outcome.TARGET_GONE]})
    dispatcher = _dispatcher(db, transport, clock)
    await dispatcher.tick()
    clock.advance(dt.timedelta(hours=1))
    await dispatcher.tick()
    assert [t for t, _, _ in transport.sends].count("channel:100") == 1
    async with db.read() as conn:
        (sub,) = await subscriptions_db.list_subscriptions(conn, enabled_only=False)
    assert sub.disabled_reason == "channel deleted"


async def test_rows_left_sending_by_a_crashed_copy_are_resent_with_the_same_nonce(db: Database) -> None:
    await _queue(db, [100, 101])
    async with db.transaction() as conn:
        claimed = await outbox_db.claim_due(conn, holder="dead-host:1:x", now=T0, limit=1)
    transport = ScriptedTransport()
    await _dispatcher(db, transport, ManualClock(T0)).tick()
    assert set((await _states(db)).values()) == {"sent"}
    assert claimed[0].nonce in {n for _, n, _ in transport.sends}


async def test_only_the_lease_holder_sends(db: Database) -> None:
    await _queue(db, [100, 101, 102])
    clock = ManualClock(T0)
    first_t, second_t = ScriptedTransport(), ScriptedTransport()
    first = _dispatcher(db, first_t, clock, lease=Lease(db, clock))
    second = _dispatcher(db, second_t, clock, lease=Lease(db, clock))
    assert await first.lease.acquire()
    await second.tick()
    await first.tick()
    assert second_t.sends == []
    assert len(first_t.sends) == 3


async def test_parallel_sends_stay_within_the_concurrency_bound(db: Database) -> None:
    await _queue(db, list(range(100, 140)))
    transport = ScriptedTransport(delay=0.01)
    peak = 0
    original = transport.send

    async def counting(row, payload, pace):  # type: ignore[no-untyped-def]
        nonlocal peak
        counting.active += 1  # type: ignore[attr-defined]
        peak = max(peak, counting.active)  # type: ignore[attr-defined]
        try:
            return await original(row, payload, pace)
        finally:
            counting.active -= 1  # type: ignore[attr-defined]

    counting.active = 0  # type: ignore[attr-defined]
    transport.send = counting  # type: ignore[method-assign]
    await _dispatcher(db, transport, ManualClock(T0), concurrency=8).tick()
    assert len(transport.sends) == 40
    assert 1 < peak <= 8


class _FirstSlow(ScriptedTransport):
    """The first send takes a while (a 429 that discord.py sleeps out, a slow link); the others answer at once."""

    started = 0

    async def send(self, row: OutboxEntry, payload: dict[str, Any], pace: Pace) -> SendResult:
        self.started += 1
        if self.started == 1:
            await asyncio.sleep(0.05)
        return await super().send(row, payload, pace)


async def test_a_channel_reads_two_posts_of_one_pass_in_the_order_they_were_made(db: Database) -> None:
    await subscribe(db, [100])
    async with db.transaction() as conn:
        for made in (Milestone.TEASER, Milestone.TRAILER):  # the teaser, then the trailer a moment later
            await posts.enqueue(conn, transition(to=made, frm=None), T0)
    transport = _FirstSlow()
    await _dispatcher(db, transport, ManualClock(T0)).tick()
    posted = [transport.sends[[n for _, n, _ in transport.sends].index(nonce)][2]["to_milestone"]
              for nonce in transport.delivered]  # as the channel shows them, oldest message first
    assert posted == ["teaser", "trailer"]


async def test_a_slow_channel_does_not_hold_back_another_channels_post(db: Database) -> None:
    await _queue(db, [100, 101])
    transport = _FirstSlow()
    await _dispatcher(db, transport, ManualClock(T0)).tick()
    assert list(transport.delivered.values()) == ["channel:101", "channel:100"]


class _OneChannelHangs(ScriptedTransport):
    """Sends to one channel hang (Discord slow there, a 5xx retried) until the test lets them end; others answer."""

    def __init__(self, stuck: str) -> None:
        super().__init__()
        self.stuck, self.release, self.others_posted = stuck, asyncio.Event(), asyncio.Event()

    async def send(self, row: OutboxEntry, payload: dict[str, Any], pace: Pace) -> SendResult:
        if row.target == self.stuck:
            await self.release.wait()
        result = await super().send(row, payload, pace)
        if sum(target != self.stuck for target in self.delivered.values()) == 6:  # the two other channels' three posts
            self.others_posted.set()
        return result


async def test_a_channel_whose_sends_hang_does_not_starve_the_others_of_their_posts(db: Database) -> None:
    await subscribe(db, [100, 101, 102])
    async with db.transaction() as conn:
        for made in (Milestone.TEASER, Milestone.TRAILER, Milestone.FILMING):  # three posts to each channel
            await posts.enqueue(conn, transition(to=made, frm=None), T0)
    transport = _OneChannelHangs("channel:100")
    passing = asyncio.create_task(_dispatcher(db, transport, ManualClock(T0), concurrency=3).tick())
    # bounds a hang only (a loaded machine is slow, not wrong): the old dispatcher's slots all held channel 100's posts
    async with asyncio.timeout(20):
        await transport.others_posted.wait()
    transport.release.set()
    await passing
    shown = [(t, p["to_milestone"]) for t, n, p in transport.sends if n in transport.delivered]
    assert [m for t, m in shown if t == "channel:100"] == ["teaser", "trailer", "filming"]  # its order kept
    assert len(transport.sends) == len(transport.delivered) == 9  # none twice, none lost


async def test_stop_hands_unfinished_rows_back(db: Database) -> None:
    await _queue(db, [100])
    async with db.transaction() as conn:
        await outbox_db.claim_due(conn, holder="me", now=T0, limit=1)
    clock = ManualClock(T0)
    dispatcher = _dispatcher(db, ScriptedTransport(), clock, lease=Lease(db, clock, holder="me"))
    await dispatcher.stop()
    assert await _states(db) == {"channel:100": "pending"}


class _Seconds:
    """A monotonic clock that moves only when the limiter sleeps."""

    def __init__(self) -> None:
        self.now = 0.0
        self.slept: list[float] = []

    def __call__(self) -> float:
        return self.now

    async def sleep(self, seconds: float) -> None:
        self.slept.append(seconds)
        self.now += seconds


async def test_the_pace_lets_25_requests_a_second_through_and_holds_the_26th_until_the_second_is_over() -> None:
    seconds = _Seconds()
    limiter = RateLimiter(25, 1.0, monotonic=seconds, sleep=seconds.sleep)
    for _ in range(25):
        await limiter.acquire()
    assert seconds.slept == []
    await limiter.acquire()
    assert seconds.slept == [1.0]


# The dispatch lease: one holder at a time, taken over when it expires or its process died.


async def test_a_second_holder_is_refused_while_the_first_is_alive(db: Database) -> None:
    clock = ManualClock(T0)
    first, second = Lease(db, clock), Lease(db, clock)
    assert await first.acquire()
    assert not await second.acquire()
    assert await first.acquire()  # renewing


async def test_an_expired_lease_is_taken_over(db: Database) -> None:
    clock = ManualClock(T0)
    first, second = Lease(db, clock), Lease(db, clock)
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
    crashed = Lease(db, clock, holder=f"{socket.gethostname()}:{dead_pid}:abc")
    assert await crashed.acquire()
    assert await Lease(db, clock).acquire()


# The lease is judged on the bot's injected clock, not the wall clock behind it (a rehearsal years ahead, the
# demo's `advance`): a copy that died elsewhere holding the lease hands its rows on once the injected clock passes
# its expiry, and not before.

YEARS_AHEAD = dt.datetime(2031, 6, 1, 20, 0, tzinfo=dt.UTC)


async def _left_sending_by_a_copy_elsewhere(db: Database, clock: ManualClock) -> Lease:
    """A copy on another host takes the lease on `clock`, claims the one row, and is heard from no more."""
    await _queue(db, [100])
    elsewhere = Lease(db, clock, holder="other-host:4242:gone")
    assert await elsewhere.acquire()
    async with db.transaction() as conn:
        assert await outbox_db.claim_due(conn, holder=elsewhere.holder, now=clock.now(), limit=1)
    return elsewhere


async def test_a_post_whose_lease_ran_out_on_the_injected_clock_is_sent_by_the_next_copy(db: Database) -> None:
    clock = ManualClock(YEARS_AHEAD)
    elsewhere = await _left_sending_by_a_copy_elsewhere(db, clock)
    transport = ScriptedTransport()
    clock.advance(elsewhere.ttl + dt.timedelta(seconds=1))
    await _dispatcher(db, transport, clock).tick()
    assert [t for t, _, _ in transport.sends] == ["channel:100"]
    assert await _states(db) == {"channel:100": "sent"}


async def test_a_post_whose_lease_still_runs_on_the_injected_clock_is_not_sent_twice(db: Database) -> None:
    clock = ManualClock(YEARS_AHEAD)
    elsewhere = await _left_sending_by_a_copy_elsewhere(db, clock)
    transport = ScriptedTransport()
    clock.advance(elsewhere.ttl / 2)
    await _dispatcher(db, transport, clock).tick()
    assert transport.sends == []
    assert await _states(db) == {"channel:100": "sending"}


async def test_released_lease_is_free(db: Database) -> None:
    clock = ManualClock(T0)
    first, second = Lease(db, clock), Lease(db, clock)
    assert await first.acquire()
    await first.release()
    assert await second.acquire()


async def test_a_date_held_back_by_discord_is_never_posted_after_the_move_that_overtook_it(db: Database) -> None:
    await subscribe(db, [100])
    first, moved = T0 + dt.timedelta(days=30), T0 + dt.timedelta(days=37)
    async with db.transaction() as conn:
        await posts.enqueue(conn, transition("release_date_set", Milestone.RELEASE_DATE_ANNOUNCED, None,
                                              release_after=first), T0)
    clock = ManualClock(T0)
    transport = ScriptedTransport({"channel:100": [Outcome.RETRY_LATER] * 9})  # Discord down a while
    dispatcher = _dispatcher(db, transport, clock)
    for tick in range(60):
        if tick == 20:  # the date moves meanwhile: its post, tried at once, goes out first
            async with db.transaction() as conn:
                await posts.enqueue(conn, transition("release_date_changed", Milestone.RELEASE_DATE_CHANGED,
                                                      Milestone.RELEASE_DATE_ANNOUNCED, release_before=first,
                                                      release_after=moved, at=clock.now()), clock.now())
        await dispatcher.tick()
        clock.advance(dt.timedelta(seconds=20))
    posted = {p["release_at_after"] for _, nonce, p in transport.sends if nonce in transport.delivered}
    assert posted == {moved.isoformat()}  # the move's post says it was first, and the first day is never posted after
    async with db.read() as conn:
        assert [r.state for r in await outbox_db.outbox_rows(conn)] == ["skipped", "sent"]


_DAY, _PART2 = T0 + dt.timedelta(days=30), T0 + dt.timedelta(days=60)
_WRAPPED = {"to": Milestone.FILMING_WRAPPED, "frm": Milestone.FILMING}
_TRAILER = {"to": Milestone.TRAILER, "frm": Milestone.FILMING_WRAPPED}
_DATED = {"kind": "release_date_set", "to": Milestone.RELEASE_DATE_ANNOUNCED, "frm": None, "release_after": _DAY}


async def test_a_status_step_held_back_by_discord_is_not_the_channels_last_word_under_the_next(db: Database) -> None:
    await subscribe(db, [100])
    clock = ManualClock(T0)
    async with db.transaction() as conn:
        await posts.enqueue(conn, transition(**_WRAPPED), T0)
    dispatcher = _dispatcher(db, transport := ScriptedTransport({"channel:100": [Outcome.RETRY_LATER]}), clock)
    await dispatcher.tick()  # Discord down a moment: held back, retried in a few seconds
    async with db.transaction() as conn:
        await posts.enqueue(conn, transition(**_TRAILER, at=clock.now()), clock.now())
    await _ticks(dispatcher, clock, 2, dt.timedelta(minutes=1))  # the later post goes at once, then the retry is due
    shown = [next(p for _, n, p in transport.sends if n == nonce) for nonce in transport.delivered]
    assert [p["to_milestone"] for p in shown] == [Milestone.TRAILER]  # never "filming wrapped" under "trailer"


# (no database: whether the later post, once it reached the channel, leaves the older one out)
@table(("older", "newer", "left_out"), [
    (_WRAPPED, _DATED, True),  # a step under a date: the date's post says where the season stands since
    ({**_DATED, "confidence": Confidence.REPORTED},  # the same day said surely since: "reported" never under "confirmed"
     {**_DATED, "kind": "release_date_confirmed", "frm": Milestone.RELEASE_DATE_ANNOUNCED}, True),
    (_DATED, {"to": Milestone.RELEASED, "frm": Milestone.RELEASE_DATE_ANNOUNCED}, True),  # "has a date" under "released"
    (_DATED, {"kind": "cancelled", "to": Milestone.CANCELLED, "frm": Milestone.RELEASE_DATE_ANNOUNCED}, True),
    # news the later post does not say otherwise still goes, late: a day after a step, Part 2's day after the season's
    (_DATED, _TRAILER, False),
    # a step under a post that says nothing of the status (the same poll's delay): "filming began" still goes
    ({"to": Milestone.FILMING, "frm": Milestone.RENEWED}, {"kind": "delayed", "to": Milestone.FILMING, "frm": Milestone.FILMING}, False),
    ({"kind": "part_dated", "to": Milestone.PART_DATED, "frm": None, "release_after": _PART2}, _DATED, False),
], ids=["step under a date", "reported under confirmed", "a date under the release",
        "a date under the cancellation", "a date under a step", "a step under a delay",
        "part 2 under the season"])
def test_a_held_back_post_is_left_out_only_when_the_later_post_says_where_that_stands_now(
    older: dict[str, Any], newer: dict[str, Any], left_out: bool
) -> None:
    later = posts.transition_payload(transition(**newer, at=T0 + dt.timedelta(hours=1)))
    assert posts.overtaken(later, posts.transition_payload(transition(**older))) is left_out


@pytest.mark.parametrize("then", ["moved", "withdrawn"])
async def test_a_countdown_left_sending_by_a_crashed_copy_is_not_posted_after_its_date(db: Database, then: str) -> None:
    release = T0 + dt.timedelta(days=1)
    await subscribe(db, [100])
    clock = ManualClock(T0)
    async with db.transaction() as conn:
        await reminders.sync(conn, release, "official", T0 - dt.timedelta(days=2), timed=True)
    await reminders.Reminders(db, clock).tick()  # "1 day to go" queued
    async with db.transaction() as conn:  # a copy claims it and dies mid-send
        await outbox_db.claim_due(conn, holder="dead-host:1:x", now=T0, limit=1)
    async with db.transaction() as conn:  # then the date moves (or is withdrawn): only unsent rows are skipped
        await reminders.sync(conn, None if then == "withdrawn" else T0 + dt.timedelta(days=8), "official", T0, timed=True)
    transport = ScriptedTransport()
    await _ticks(_dispatcher(db, transport, clock), clock, 2, dt.timedelta(minutes=1))
    assert transport.sends == []  # no "1 day to go" to a day that no longer holds
    assert await _states(db) == {"channel:100": "skipped"}


async def _countdown_held_back(db: Database, release: dt.datetime, clock: ManualClock) -> tuple[ScriptedTransport, Dispatcher]:
    """Channel 100's "1 day to go" to `release`, queued and refused once (Discord down a moment): held back, retried."""
    await subscribe(db, [100])
    async with db.transaction() as conn:
        await reminders.sync(conn, release, "official", T0 - dt.timedelta(days=2), timed=True)
    await reminders.Reminders(db, clock).tick()  # "1 day to go" queued; Discord down a moment
    transport = ScriptedTransport({"channel:100": [Outcome.RETRY_LATER]})
    dispatcher = _dispatcher(db, transport, clock)
    await dispatcher.tick()
    return transport, dispatcher


async def _date_moved(db: Database, clock: ManualClock, before: dt.datetime, after: dt.datetime) -> None:
    """The release date moves from `before` to `after`: its post queued, then the countdowns synced."""
    async with db.transaction() as conn:
        await posts.enqueue(conn, transition("release_date_changed", Milestone.RELEASE_DATE_CHANGED, None,
                                              release_before=before, release_after=after, at=clock.now()), clock.now())
        await reminders.sync(conn, after, "official", clock.now(), timed=True)


def _shown(transport: ScriptedTransport) -> list[object]:
    """What the channel read, in order: each move's new day, or a countdown's "Nh to go"."""
    shown = [next(p for _, n, p in transport.sends if n == nonce) for nonce in transport.delivered]
    return [p.get("release_at_after") or f"{p['offset_s'] // 3600}h to go" for p in shown]


async def test_a_channel_told_its_date_moved_reads_that_it_holds_again_before_the_countdown_to_it(db: Database) -> None:
    release, moved = T0 + dt.timedelta(days=1), T0 + dt.timedelta(days=8)
    clock = ManualClock(T0)
    transport, dispatcher = await _countdown_held_back(db, release, clock)
    for before, after in ((release, moved), (moved, release)):  # moved, then back: each post queued, then the countdown
        clock.advance(dt.timedelta(minutes=5))
        await _date_moved(db, clock, before, after)
        await _ticks(dispatcher, clock, 3, dt.timedelta(minutes=1))
    assert _shown(transport) == [
        moved.isoformat(), release.isoformat(), "24h to go"]  # never "24h to go" right under the move


async def test_a_date_moved_back_and_forth_many_times_keeps_ids_small_and_the_channels_posts_in_order(
        db: Database) -> None:
    release, moved = T0 + dt.timedelta(days=1), T0 + dt.timedelta(days=8)
    clock = ManualClock(T0)
    transport, dispatcher = await _countdown_held_back(db, release, clock)
    for before, after in ((release, moved), (moved, release)) * 3:  # the countdown skipped, re-opened, three times
        clock.advance(dt.timedelta(minutes=1))
        await _date_moved(db, clock, before, after)
    await dispatcher.tick()
    async with db.read() as conn:
        rows = await outbox_db.outbox_rows(conn)
    assert max(r.id for r in rows) <= 2 * len(rows)  # was 22 for 7 rows: each re-opening doubled it
    assert _shown(transport) == [
        moved.isoformat(), release.isoformat()] * 3 + ["24h to go"]


async def test_a_countdown_waiting_for_its_channels_earlier_post_as_its_date_moves_is_never_posted(db: Database) -> None:
    release, moved = T0 + dt.timedelta(days=1), T0 + dt.timedelta(days=8)
    await subscribe(db, [100])
    clock = ManualClock(T0)
    async with db.transaction() as conn:
        await posts.enqueue(conn, transition(to=Milestone.TRAILER, frm=None), T0)  # the channel's earlier post
        await reminders.sync(conn, release, "official", T0 - dt.timedelta(days=2), timed=True)
    await reminders.Reminders(db, clock).tick()  # "1 day to go" queued after it
    held = asyncio.Event()
    transport = ScriptedTransport(held=held)  # the trailer's post slow (a 429 slept out): the countdown waits behind it
    sending = asyncio.create_task(_dispatcher(db, transport, clock).tick())
    await transport.sending.wait()
    async with db.transaction() as conn:
        await reminders.sync(conn, moved, "official", clock.now(), timed=True)
    held.set()
    await sending
    assert [p.get("type") for _, n, p in transport.sends if n in transport.delivered] == ["transition"]


async def test_a_row_the_dispatcher_cannot_read_fails_alone_and_its_channels_next_post_still_goes(db: Database) -> None:
    async with db.transaction() as conn:  # a countdown whose day no longer parses (written by an older or broken copy)
        await outbox_db.insert_outbox(conn, event_key="reminder:bad", target="channel:100", kind="reminder", nonce="bad",
                                      payload='{"type": "reminder", "offset_s": 3600, "release_at": "soon"}', now=T0)
    await _queue(db, [100])
    transport = ScriptedTransport()
    dispatcher = _dispatcher(db, transport, ManualClock(T0))
    await dispatcher.tick()
    await dispatcher.tick()
    assert [t for t, _, _ in transport.sends] == ["channel:100"]
    async with db.read() as conn:
        assert sorted(r.state for r in await outbox_db.outbox_rows(conn)) == ["failed", "sent"]
