"""When a source is polled (bot/season2/schedule.py): pure arithmetic on its state and the time."""

from __future__ import annotations

import datetime as dt

from bot.season2.model.polling import SourceState
from bot.season2.schedule import (
    BACKOFF_CAP,
    SLACK,
    Policy,
    after_failure,
    after_success,
    backoff,
    is_due,
    next_slot,
    slot_offset,
)

T0 = dt.datetime(2026, 3, 1, 12, 0, tzinfo=dt.UTC)
MIN = dt.timedelta(minutes=1)
EVERY = 10 * MIN
NEW = SourceState("rss:x", "rss", "http://feed.example/rss")


def test_backoff_doubles_from_five_minutes_and_is_capped() -> None:
    assert [backoff(n) for n in (0, 1, 2, 3)] == [dt.timedelta(0), 10 * MIN, 20 * MIN, 40 * MIN]
    assert backoff(30) == BACKOFF_CAP


def test_a_source_is_never_due_before_its_interval_nor_while_its_circuit_is_open() -> None:
    polled, _ = after_success(NEW, T0, EVERY)
    assert is_due(NEW, T0, EVERY)
    assert not is_due(polled, T0 + 9 * MIN, EVERY)
    assert polled.next_poll_at is not None and EVERY - SLACK <= polled.next_poll_at - T0 < 2 * EVERY
    assert is_due(polled, polled.next_poll_at, EVERY)
    opened = SourceState("rss:x", "rss", "u", circuit_open_until=T0 + dt.timedelta(hours=1))
    assert not is_due(opened, T0 + 59 * MIN, EVERY)


def test_the_circuit_opens_once_per_outage_and_closes_with_the_same_outage() -> None:
    policy = Policy(failure_threshold=2, cooldown=dt.timedelta(hours=1))
    state, event = after_failure(NEW, T0, "boom", EVERY, policy)
    assert event is None and state.next_poll_at == T0 + EVERY
    state, opened = after_failure(state, T0 + EVERY, "boom", EVERY, policy)
    assert opened is not None and opened.kind == "opened" and opened.failures == 2
    state, again = after_failure(state, T0 + dt.timedelta(hours=2), "still", EVERY, policy)  # a failed trial
    assert again is None and state.circuit_opened_at == opened.opened_at
    state, closed = after_success(state, T0 + dt.timedelta(hours=4), EVERY)
    assert closed is not None and closed.kind == "closed" and closed.opened_at == opened.opened_at
    assert state.consecutive_failures == 0 and state.circuit_opened_at is None and state.last_error is None


def test_each_source_has_its_own_stable_instant_in_the_interval() -> None:
    offsets = {slot_offset(f"rss:https://feed{n}.example/rss", EVERY) for n in range(20)}
    assert len(offsets) == 20 and all(dt.timedelta(0) <= o < EVERY for o in offsets)
    assert slot_offset("tvmaze", EVERY) == slot_offset("tvmaze", EVERY)


def test_a_poll_at_its_slot_is_followed_by_the_next_slot_even_a_little_late() -> None:
    slot = next_slot("rss:x", EVERY, T0)
    polled, _ = after_success(NEW, slot + dt.timedelta(milliseconds=40), EVERY)  # the timer ran 40 ms late
    assert polled.next_poll_at == slot + EVERY
    assert is_due(polled, slot + EVERY, EVERY)
