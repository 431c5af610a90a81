"""The local Discord's waits, counted in the time this process could run.

A test's wait for the bot (a reply, a message, a request) is a guard against a bot that never
answers, not a measure of its speed. On a loaded machine (nine people's tests on two cores) the
process holding the bot and the local Discord may wait most of a second for each slice of CPU it
gets: a command needing 0.45 s of CPU (the first /progress of a process compiles its patterns) then
takes over 5 s on the wall, and a wait of 5 wall seconds gave up on a bot that was still working.

So a wait's seconds are counted as a machine of its own would count them: the time this process's
threads spent ready to run but waiting for a CPU (Linux's run delay, /proc/self/task/*/schedstat) is
not charged. A bot that is idle and never answers still fails after the wait's seconds, as before;
where the run delay cannot be read, the wait is on the wall clock.
"""

from __future__ import annotations

import asyncio
import os
import time
from collections.abc import Awaitable, Callable, Mapping
from typing import TypeVar

T = TypeVar("T")

_TASKS = "/proc/self/task"


def run_delays() -> dict[str, float]:
    """Each thread of this process: the seconds it has spent ready to run but without a CPU (none
    where the system does not tell)."""
    try:
        threads = os.listdir(_TASKS)
    except OSError:
        return {}
    delays: dict[str, float] = {}
    for thread in threads:
        try:  # os.open, not open(): read thousands of times a run, a text file object costs twice as much
            fd = os.open(f"{_TASKS}/{thread}/schedstat", os.O_RDONLY)
            try:
                stats = os.read(fd, 256)
            finally:
                os.close(fd)
            delays[thread] = int(stats.split()[1]) / 1e9
        except (OSError, IndexError, ValueError):
            continue  # a thread that ended meanwhile
    return delays


#: How old a reading of the run delays may be to serve as a new wait's starting point: a twentieth of a second. On a
#: loaded machine an interaction takes over 5 ms on the wall, so at 5 ms the /ask oracle still read every thread's
#: schedstat for 5,800 of its 6,600 waits (75 us each); an older start only makes a wait more generous, by the run delay
#: of those few milliseconds, and only for a bot that never answers.
_SHARED_FOR = 0.05
#: The last reading (when, delays): the local Discord starts a wait for each message and request, each of which read every
#: thread's schedstat (thousands of file opens a test run). An older starting point only counts more of the delay since.
_last_reading: tuple[float, dict[str, float]] = (-1.0, {})


def _recent_delays() -> dict[str, float]:
    """`run_delays()`, or its reading of under `_SHARED_FOR` seconds ago (never a later one: an earlier start only
    charges less of the wait, so a wait is never shorter for it)."""
    global _last_reading
    now = time.monotonic()
    taken, delays = _last_reading
    if now - taken >= _SHARED_FOR:
        delays = run_delays()
        _last_reading = (now, delays)
    return delays


class Budget:
    """`seconds` to wait, counted only while this process could run; `extend` adds to them."""

    def __init__(self, seconds: float, delays: Callable[[], Mapping[str, float]] = run_delays) -> None:
        self.seconds = seconds
        self._delays = delays
        self._loop = asyncio.get_running_loop()
        self._began = self._loop.time()
        self._before = dict(_recent_delays() if delays is run_delays else delays())

    def extend(self, seconds: float) -> None:
        self.seconds += seconds

    def starved(self) -> float:
        """The run delay since the wait began, of the threads alive now (one that ended takes its
        share with it: the wait is then shorter, never longer). Threads ready at once are each
        counted: a generous figure, which only makes a wait longer for a bot that is working."""
        return sum(delay - self._before.get(thread, 0.0) for thread, delay in self._delays().items())

    def left(self) -> float:
        """The seconds left. The run delay is read only once the wall clock alone has run out: before that the wall's
        seconds left are fewer than the true ones (a run delay only adds), and `within` asks again when they are spent."""
        on_the_wall = self.seconds - (self._loop.time() - self._began)
        if on_the_wall > 0:
            return on_the_wall
        return on_the_wall + self.starved()


async def within(future: asyncio.Future[T], budget: Budget) -> T:
    """`future`'s result, or TimeoutError once `budget` is spent. The future is never cancelled, by
    the timeout or by a cancellation of the caller: its owner settles it."""
    while not future.done():
        left = budget.left()
        if left <= 0:
            raise TimeoutError
        # asyncio.wait, not wait_for: it never cancels the future, nor swallows a cancellation of ours
        await asyncio.wait({future}, timeout=left)
    return future.result()


async def bounded(awaitable: Awaitable[T], seconds: float) -> T:
    """`awaitable`'s result, or TimeoutError once `seconds` of the time this process could run are
    spent: asyncio.wait_for's contract (the awaitable is then cancelled, as it is when the caller
    is), counted as `within` counts."""
    future = asyncio.ensure_future(awaitable)
    try:
        return await within(future, Budget(seconds))
    finally:
        future.cancel()  # a no-op once it is done
