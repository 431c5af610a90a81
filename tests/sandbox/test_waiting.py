"""The local Discord's waits count the time this process could run (bot/sandbox/waiting.py): a bot
that a loaded machine slows is awaited, one that never answers still fails."""

from __future__ import annotations

import asyncio

import pytest

from bot.sandbox.waiting import Budget, bounded, run_delays, within


def starved_all_along() -> dict[str, float]:
    """The run delay of a process that never got a CPU: all the time that passed."""
    return {"main": asyncio.get_running_loop().time()}


def never_starved() -> dict[str, float]:
    return {"main": 0.0}


async def _answered_after(seconds: float) -> asyncio.Future[str]:
    reply: asyncio.Future[str] = asyncio.get_running_loop().create_future()
    asyncio.get_running_loop().call_later(seconds, reply.set_result, "answered")
    return reply


async def test_an_answer_later_than_the_wait_is_awaited_when_the_process_could_not_run_meanwhile() -> None:
    reply = await _answered_after(0.2)
    assert await within(reply, Budget(0.05, delays=starved_all_along)) == "answered"


async def test_an_answer_that_never_comes_fails_after_the_wait_when_the_process_could_run() -> None:
    reply: asyncio.Future[str] = asyncio.get_running_loop().create_future()
    with pytest.raises(TimeoutError):
        await within(reply, Budget(0.05, delays=never_starved))
    assert not reply.done(), "the future is left to its owner"


async def test_a_wait_extended_by_a_grace_lasts_that_much_longer() -> None:
    reply = await _answered_after(0.15)
    budget = Budget(0.05, delays=never_starved)
    budget.extend(1.0)
    assert await within(reply, budget) == "answered"


async def test_a_thread_that_starts_during_a_wait_is_charged_only_its_own_delay() -> None:
    readings = iter([{"main": 1.0}, {"main": 1.0, "worker": 0.5}])
    budget = Budget(10.0, delays=lambda: next(readings))
    assert budget.starved() == 0.5


async def test_an_answer_within_the_wait_s_wall_seconds_reads_the_run_delay_only_when_the_wait_begins() -> None:
    readings: list[dict[str, float]] = []  # each read opens a file per thread: thousands of waits in an e2e run

    def counted() -> dict[str, float]:
        readings.append({"main": 0.0})
        return readings[-1]

    reply = await _answered_after(0.01)
    assert await within(reply, Budget(5.0, delays=counted)) == "answered"
    assert len(readings) == 1


async def test_a_wait_whose_wall_seconds_are_spent_still_has_the_time_the_process_was_starved() -> None:
    readings = iter([{"main": 1.0}, {"main": 1.5}])  # half a second without a CPU since the wait began
    budget = Budget(0.0, delays=lambda: next(readings))
    assert 0.4 < budget.left() <= 0.5


async def test_a_wait_with_wall_seconds_left_has_at_least_those() -> None:
    budget = Budget(10.0)
    assert 9.0 < budget.left() <= 10.0 + budget.starved()


def test_each_thread_s_run_delay_is_read_from_the_system() -> None:
    delays = run_delays()
    assert all(delay >= 0.0 for delay in delays.values())


async def test_a_bounded_wait_that_runs_out_cancels_what_it_waited_for() -> None:
    never = asyncio.ensure_future(asyncio.Event().wait())
    with pytest.raises(TimeoutError):
        await bounded(never, 0.05)
    with pytest.raises(asyncio.CancelledError):
        await never
