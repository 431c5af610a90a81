"""Stall guards: a hostile message (thousands of spaces, emoji, marks, digits) is read within Discord's three seconds.

What is measured is this process's CPU time, not the wall clock, so other test workers and programs on a shared
machine do not count. One CPU-second is far above what any reader spends on such input (0.3 s at most, measured by
the benchmarks under bench/, which compare speeds) and far below a square-time stall (5 s and more): the guard says
whether the bot stalls, never how fast it is.
"""

from __future__ import annotations

import time
from collections.abc import Iterator
from contextlib import contextmanager

CPU_SECONDS = 1.0


@contextmanager
def read_at_once() -> Iterator[None]:
    """Fails the test when what runs inside takes a CPU-second or more."""
    started = time.process_time()
    yield
    spent = time.process_time() - started
    assert spent < CPU_SECONDS, f"{spent:.2f} CPU-seconds: the bot would stall on this input"
