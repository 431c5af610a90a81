"""What the benchmarks share: a bare discord.py bot, hyosan, and round-trip measurement.

Both bots run in this one process and one event loop, each against its own local Discord, so
they are measured in the same run under the same load. discord.py keeps its endpoints in class
attributes (one per process), so both bots talk to the host name ``discord.sandbox`` and each
bot's aiohttp connector resolves that name to its own sandbox's port on 127.0.0.1. All traffic
is real HTTP and websockets on loopback.
"""

from __future__ import annotations

import asyncio
import contextlib
import datetime as dt
import gc
import socket
import statistics
import time
from collections.abc import AsyncIterator, Awaitable, Callable
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import aiohttp
import discord
from aiohttp.abc import AbstractResolver, ResolveResult
from discord.ext import commands

from bot.clock import ManualClock
from bot.endpoints import point_discord_at
from bot.harness import MEMBER_PERMISSIONS, Harness
from bot.sandbox import Channel, Member, RateLimits, Sandbox

SANDBOX_HOST = "discord.sandbox"
API_BASE = f"http://{SANDBOX_HOST}/api/v10"
GATEWAY_URL = f"ws://{SANDBOX_HOST}/"


class SandboxResolver(AbstractResolver):
    """Resolves the shared sandbox host name to one sandbox's loopback port."""

    def __init__(self, port: int) -> None:
        self.port = port

    async def resolve(self, host: str, port: int = 0, family: socket.AddressFamily = socket.AF_INET) -> list[ResolveResult]:
        if host != SANDBOX_HOST:
            raise OSError(f"benchmarks talk only to the sandbox, not {host}")
        return [
            ResolveResult(
                hostname=host, host="127.0.0.1", port=self.port, family=socket.AF_INET, proto=0, flags=0
            )
        ]

    async def close(self) -> None:
        return None


def connector_for(sandbox: Sandbox) -> aiohttp.TCPConnector:
    port = int(sandbox.api_base.split(":")[2].split("/")[0])
    return aiohttp.TCPConnector(resolver=SandboxResolver(port), limit=0)


class BareBot(commands.Bot):
    """The baseline: discord.py as its examples show it, answering one slash command."""

    def __init__(self, sandbox: Sandbox) -> None:
        super().__init__(
            command_prefix=commands.when_mentioned,
            intents=discord.Intents.default(),
            guild_ready_timeout=0.05,
            chunk_guilds_at_startup=False,
            connector=connector_for(sandbox),
        )

        @self.tree.command(name="ping")
        async def ping(interaction: discord.Interaction) -> None:
            """Answers pong."""
            await interaction.response.send_message("pong")

    async def setup_hook(self) -> None:
        for guild in self._sandbox_guilds:
            self.tree.copy_global_to(guild=discord.Object(id=guild))
            await self.tree.sync(guild=discord.Object(id=guild))

    _sandbox_guilds: list[int] = []


@dataclass
class BareWorld:
    discord: Sandbox
    bot: BareBot
    member: Member
    channel: Channel


@contextlib.asynccontextmanager
async def bare_bot(rate_limits: RateLimits | None = None) -> AsyncIterator[BareWorld]:
    async with Sandbox(rate_limits=rate_limits or RateLimits()) as sandbox:
        guild = sandbox.add_guild("Baseline")
        channel = sandbox.add_channel(guild, "general")
        member = sandbox.add_member(guild, "fan", permissions=MEMBER_PERMISSIONS)
        point_discord_at(API_BASE, GATEWAY_URL)
        bot = BareBot(sandbox)
        bot._sandbox_guilds = [guild.id]
        await bot.login(sandbox.token)
        task = asyncio.create_task(bot.connect(reconnect=True))
        await asyncio.wait_for(bot.wait_until_ready(), 15)
        try:
            yield BareWorld(sandbox, bot, member, channel)
        finally:
            await bot.close()
            with contextlib.suppress(Exception, asyncio.CancelledError):
                await asyncio.wait_for(task, 5)


@contextlib.asynccontextmanager
async def hyosan_bot(workdir: Path, rate_limits: RateLimits | None = None, **overrides: Any) -> AsyncIterator[Harness]:
    async with Sandbox(rate_limits=rate_limits or RateLimits()) as sandbox:
        async with Harness.start(
            workdir,
            sandbox=sandbox,
            clock=ManualClock(dt.datetime.now(dt.UTC)),
            bot_options={"connector": connector_for(sandbox), "freeze_heap": True},  # as in production
            api_base=API_BASE,
            gateway_url=GATEWAY_URL,
            **overrides,
        ) as harness:
            yield harness


async def timed(call: Callable[[], Awaitable[object]]) -> float:
    """Seconds one awaited call took (INTERACTION_CREATE sent → callback received, for invoke)."""
    start = time.perf_counter()
    await call()
    return time.perf_counter() - start


def summary(samples_s: list[float]) -> dict[str, float]:
    ordered = sorted(samples_s)
    p99_index = min(len(ordered) - 1, max(0, round(0.99 * len(ordered)) - 1))
    return {
        "n": len(ordered),
        "median_ms": round(statistics.median(ordered) * 1000, 3),
        "p99_ms": round(ordered[p99_index] * 1000, 3),
        "mean_ms": round(statistics.fmean(ordered) * 1000, 3),
    }


async def interleaved(
    first: Callable[[], Awaitable[object]],
    second: Callable[[], Awaitable[object]],
    n: int,
    warmup: int = 20,
) -> tuple[list[float], list[float]]:
    """Alternate the two calls n times each (after a warm-up), so drift hits both alike."""
    for _ in range(warmup):
        await first()
        await second()
    # Start the measured part from a clean heap, and keep everything that exists now (both
    # bots, both local Discords) out of later collections, so neither side pays for the
    # harness's own objects.
    gc.collect()
    gc.freeze()
    a: list[float] = []
    b: list[float] = []
    for i in range(n):
        if i % 2 == 0:
            a.append(await timed(first))
            b.append(await timed(second))
        else:
            b.append(await timed(second))
            a.append(await timed(first))
    return a, b
