"""Heartbeats: ACKs withheld make discord.py treat the connection as a zombie and resume."""

from __future__ import annotations

import asyncio
from typing import Any

import pytest

from bot.sandbox import RateLimits

from .conftest import StartBot, World


@pytest.fixture
def sandbox_options() -> dict[str, Any]:
    return {"rate_limits": RateLimits.unlimited(), "heartbeat_interval": 50}


async def test_withheld_acks_make_the_client_resume(world: World, start_bot: StartBot) -> None:
    bot = await start_bot(heartbeat_timeout=0.3)
    s = world.sandbox
    [session] = s.gateway.sessions.values()
    first = session.conn
    s.stop_heartbeat_acks()

    async def reconnected() -> None:
        while session.conn is None or session.conn is first:
            await s.gateway.changed.wait()  # pulsed on every READY/RESUMED

    await asyncio.wait_for(reconnected(), 5.0)
    s.stop_heartbeat_acks(False)
    await s.wait_until_ready()
    assert len(s.identify_payloads) == 1  # resumed the same session
    msg = await s.say(world.mina, world.general, "still here")
    assert (await bot.wait_seen(msg.id)).content == "still here"
