"""Discord's rate limits as the sandbox answers them, and discord.py living with them."""

from __future__ import annotations

import datetime as dt
from typing import Any

import pytest

from bot.clock import ManualClock
from bot.sandbox import RateLimits, Sandbox

from .conftest import StartBot, World
from .test_rest_faults import raw


@pytest.fixture
def sandbox_options() -> dict[str, Any]:
    return {"rate_limits": RateLimits(per_channel=2, per_channel_window=0.3, global_per_second=6)}


#: A window no loaded machine outlasts between three posts (0.3 s did, on a slow run): the 429 must not depend on speed.
SLOW_WINDOW = {"rate_limits": RateLimits(per_channel=2, per_channel_window=30.0, global_per_second=6)}


@pytest.mark.parametrize("sandbox_options", [SLOW_WINDOW], ids=["30s window"])
async def test_per_channel_bucket_answers_429_like_discord(world: World) -> None:
    s = world.sandbox
    path = f"/channels/{world.general.id}/messages"
    statuses = []
    for i in range(3):
        status, data, headers = await raw(s, "POST", path, {"content": f"m{i}"})
        statuses.append(status)
    assert statuses == [200, 200, 429]
    assert headers["Via"] == "1.1 google"
    assert headers["X-RateLimit-Scope"] == "user"
    assert data["global"] is False and 0 < data["retry_after"] <= 30
    # Another channel has its own bucket.
    status, _, headers = await raw(s, "POST", f"/channels/{world.trivia.id}/messages", {"content": "x"})
    assert status == 200 and headers["X-RateLimit-Remaining"] == "1"


async def test_global_bucket_spares_interaction_routes(world: World) -> None:
    s = world.sandbox
    statuses = [(await raw(s, "GET", f"/channels/{world.general.id}"))[0] for _ in range(7)]
    assert statuses[:6] == [200] * 6
    assert statuses[6] == 429
    status, data, headers = await raw(s, "GET", f"/channels/{world.general.id}")
    assert status == 429 and data["global"] is True and headers["X-RateLimit-Scope"] == "global"
    # Interaction callbacks are exempt from the global limit (404 here: no such interaction).
    status, data, _ = await raw(s, "POST", "/interactions/1/nope/callback", {"type": 1})
    assert status == 404 and data["code"] == 10062


async def test_discord_py_waits_out_the_buckets(world: World, start_bot: StartBot) -> None:
    await start_bot()
    s = world.sandbox
    reply = await s.invoke(world.mina, world.general, "burst", count=5, timeout=10.0)
    assert reply.content == "burst 5"
    sent = sorted(m.content for m in s.messages(world.general) if m.content.startswith("m"))
    assert sent == ["m0", "m1", "m2", "m3", "m4"]
    assert s.unhandled == []


async def test_a_bucket_filled_before_the_clock_moves_a_day_on_is_open_again() -> None:
    # The demo and the tests move the bot's clock by hand: posts a simulated day apart must not
    # wait out a window that, for a bot that really waited the day, ended long ago.
    clock = ManualClock(dt.datetime(2026, 3, 1, 12, 0, tzinfo=dt.UTC))
    limits = RateLimits(per_channel=2, per_channel_window=60.0, global_per_second=50)
    async with Sandbox(rate_limits=limits, clock=clock) as s:
        path = f"/channels/{s.add_channel(s.add_guild('g'), 'daily').id}/messages"
        full = [(await raw(s, "POST", path, {"content": f"m{i}"}))[0] for i in range(3)]
        clock.advance(dt.timedelta(days=1))
        status, _, headers = await raw(s, "POST", path, {"content": "the next day"})
    assert full == [200, 200, 429]
    assert status == 200 and headers["X-RateLimit-Remaining"] == "1"
