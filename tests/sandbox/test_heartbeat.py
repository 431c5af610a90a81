"""Heartbeats: ACKs withheld make discord.py treat the connection as a zombie and resume; each ACK
answers the heartbeat just sent, as Discord's do across a network (never read as one a whole interval
old: "Can't keep up, shard ID None websocket is 41.3s behind", rehearse61)."""

from __future__ import annotations

import asyncio
import json
from typing import Any

import pytest

from bot.sandbox import RateLimits
from bot.sandbox.waiting import Budget, bounded

from .conftest import StartBot, World

INTERVAL_MS = 100  # well over the sandbox's ACK delay (20 ms), so a late ACK shows


@pytest.fixture
def sandbox_options() -> dict[str, Any]:
    return {"rate_limits": RateLimits.unlimited(), "heartbeat_interval": INTERVAL_MS}


async def test_withheld_acks_make_the_client_resume(world: World, start_bot: StartBot) -> None:
    bot = await start_bot(heartbeat_timeout=0.3, enable_debug_events=True)
    s = world.sandbox
    [session] = s.gateway.sessions.values()
    first = session.conn
    s.stop_heartbeat_acks()

    async def reconnected() -> None:
        while session.conn is None or session.conn is first:
            await s.gateway.changed.wait()  # pulsed on every READY/RESUMED

    await bounded(reconnected(), 5.0)
    s.stop_heartbeat_acks(False)
    await s.wait_until_ready()
    assert len(s.identify_payloads) == 1  # resumed the same session
    latencies: list[float] = []  # what discord.py measures each ACK by (it warns "Can't keep up" past 10 s)
    # A loaded machine may leave this process without a CPU between a heartbeat and its ACK: that time (its run delay,
    # bot/sandbox/waiting.py) is the machine's, not a stale ACK's, so each ACK may be that much later. On a machine of
    # its own it is about nil, and an ACK a whole interval old (interval + 20 ms) still fails.
    since_listening = Budget(0.0)
    allowed: list[float] = []
    starved_before = [0.0]
    enough = asyncio.Event()

    async def on_socket_raw_receive(msg: str) -> None:
        if json.loads(msg)["op"] == 11:  # dispatched before the ACK is handled, run after: the ACK's own latency
            latencies.append(bot.latency)
            starved = since_listening.starved()
            allowed.append(INTERVAL_MS / 1000 + starved - starved_before[0])
            starved_before[0] = starved
            if len(latencies) == 10:  # the race is a thread's: about one heartbeat in ten lost it
                enough.set()

    bot.add_listener(on_socket_raw_receive)
    await bounded(enough.wait(), 5.0)
    assert all(latency < bound for latency, bound in zip(latencies, allowed, strict=True)), (latencies, allowed)
    msg = await s.say(world.mina, world.general, "still here")
    assert (await bot.wait_seen(msg.id)).content == "still here"
