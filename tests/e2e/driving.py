"""How the end-to-end scenarios drive a running bot: wait for what it does while its clock moves, and find
its own posts (the scenarios share these, so each waits and looks the same way)."""

from __future__ import annotations

import asyncio
import dataclasses
import datetime as dt
import re
from collections.abc import Callable
from typing import Any

from bot.harness import Harness
from bot.sandbox import Channel, Member, Message, Sandbox, SandboxError
from tests.e2e.reading import read


async def quiet(h: Harness) -> None:
    """Wait until what the bot set off is over, on events rather than a fixed sleep: a few turns of the
    loop (a kick's pass, a gateway event's handler start there), then the season-2 outbox's passes and
    sends (discord.py's own rate-limit sleeps included: they happen inside a send) and every channel's
    trivia post worker."""
    for _ in range(3):
        await asyncio.sleep(0.005)
    season2: Any = h.bot.get_cog("Season2")
    if season2 is not None:
        await season2.service.dispatcher.wait_idle(10)
    trivia: Any = h.bot.get_cog("Trivia")
    workers = list(getattr(getattr(trivia, "host", None), "_workers", {}).values())
    if workers:
        await asyncio.wait(workers, timeout=10)


async def handled(h: Harness, event: str, check: Callable[..., bool] | None = None, timeout: float = 10.0) -> None:
    """Wait until the gateway `event` (a channel deleted, its permissions changed) reached the bot and every
    handler it ran for it is over, then `quiet`: what a fixed 0.2 s sleep after the change hoped for.
    Call it right after the change: the sandbox's gateway sends the event on a later turn of the loop."""
    await h.bot.wait_for(event, check=check, timeout=timeout)
    # discord.py starts the handlers in the same dispatch that woke this wait, each a task named after them.
    handlers = [task for task in asyncio.all_tasks() if task.get_name() == f"discord.py: on_{event}" and not task.done()]
    if handlers:
        await asyncio.wait(handlers, timeout=timeout)
    await quiet(h)


async def settled(h: Harness, timeout: float = 30.0) -> None:
    """Wait until every gateway event the bot has heard so far is handled (a fan's typed guess, a click), then
    `quiet`: what a fixed short sleep after a step hoped for, however loaded the machine is."""
    for _ in range(3):  # the sandbox's gateway sends an event on a later turn of the loop
        await asyncio.sleep(0.005)
    me = asyncio.current_task()
    handlers = [task for task in asyncio.all_tasks()
                if task is not me and task.get_name().startswith("discord.py: on_") and not task.done()]
    if handlers:
        await asyncio.wait(handlers, timeout=timeout)
    await quiet(h)


async def holds(h: Harness, check: Callable[[], bool], timeout: float = 60.0) -> bool:
    """True once `check` holds, looking again each time the bot's work has settled (its clock does not move,
    unlike `until`); False after `timeout` s of real time, a generous bound only a broken bot reaches."""
    loop = asyncio.get_running_loop()
    end = loop.time() + timeout
    while not check():
        if loop.time() >= end:
            return False
        await settled(h)
        await asyncio.sleep(0.01)  # a turn for what settled set off (a post queued by a handler)
    return True


async def until(h: Harness, check: Callable[[], bool], rounds: int = 40, step: float = 1.0) -> bool:
    """True once `check` holds; between looks, the bot's tasks run out (`quiet`) and its clock moves `step` s."""
    for _ in range(rounds):
        if check():
            return True
        await quiet(h)
        await h.advance(dt.timedelta(seconds=step))
    return check()


def quick_buckets(h: Harness) -> None:
    """Discord's per-channel buckets as they are (5 posts, 5 edits), each window 0.5 s of real time
    instead of 5: a trivia game still meets them and waits them out as on Discord (the bucket's
    Reset-After), without idling 4 s a test on them."""
    limiter = h.discord.limiter
    limiter.limits = dataclasses.replace(limiter.limits, per_channel_window=0.5, edits_window=0.5)


def bot_posts(h: Harness, channel: Channel) -> list[Message]:
    """The bot's own posts in a channel (not replies to a command), as they stand now."""
    return [h.discord.message(m.id) or m for m in h.discord.messages(channel)
            if m.author_id == h.discord.bot_user_id and m.interaction_id is None]


async def invoke_noting(d: Sandbox, errors: list[str], member: Member, where: Channel, /, *command: str,
                        **options: object) -> Message:
    """A member's slash command and its reply, any error or traceback the reply shows kept in `errors` (none
    may reach a member); a scenario binds its own list: `run = partial(driving.invoke_noting, d, errors)`."""
    reply = await d.invoke(member, where, *command, **options)
    if re.search(r"Traceback|Exception|Error:", read(reply)):
        errors.append(read(reply)[:300])
    return reply


async def told_publicly(d: Sandbox, channel: Channel, reply: Message, timeout: float = 60.0) -> Message:
    """What the channel was told in answer to a command: its public response, or, when the bot acknowledged it privately
    first (a loaded machine: "Started: the channel is told."), the public message of the same interaction that follows;
    the private reply itself when none comes (a refusal). Wait on that message, never on a fixed time."""
    if not reply.ephemeral:
        return reply
    try:
        return await d.wait_for_message(
            channel, lambda m: m.interaction_id == reply.interaction_id and not m.ephemeral and not m.loading, timeout=timeout)
    except SandboxError:
        return reply


class Expectations:
    """Each expectation's verdict, kept going past a miss so that one run scores them all."""

    def __init__(self) -> None:
        self.missed: dict[str, str] = {}
        self.seen: set[str] = set()

    def check(self, key: str, held: bool, why: object = "") -> None:
        """`why`: what was seen instead, shown when `held` is False."""
        self.seen.add(key)
        if not held:
            self.missed.setdefault(key, str(why))

    def verdict(self) -> str:
        lines = [f"{key}: {why}" for key, why in sorted(self.missed.items())]
        return "\n".join([*lines, f"held {len(self.seen) - len(self.missed)}/{len(self.seen)}"])
