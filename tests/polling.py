"""A test's look, again and again, for what the bot does on its own loop (a post, a row, a reaction).

The bound is a guard against a bot that never does it, not a measure of its speed: it is counted as the local
Discord counts its own waits (bot.sandbox.waiting.Budget), in the time this process could run. On a loaded machine
(nine people's tests on two cores) the seconds this process spent waiting for a CPU are not charged, so a bound that
holds on a machine of its own holds beside other tests; an idle bot that never does it still fails after them.
"""

from __future__ import annotations

import asyncio
import inspect
from collections.abc import Awaitable, Callable

from bot.sandbox.waiting import Budget


async def eventually(check: Callable[[], bool | Awaitable[bool]], seconds: float, every: float = 0.02) -> bool:
    """True once `check()` holds (awaited when it is a coroutine), looking every `every` s; False once `seconds`
    of the time this process could run have passed without it."""
    budget = Budget(seconds)
    while True:
        held = check()
        if inspect.isawaitable(held):
            held = await held
        if held:
            return True
        if budget.left() <= 0:
            return False
        await asyncio.sleep(every)
