"""`hyosan run` as a real subprocess against a sandbox served from the test process."""

from __future__ import annotations

import asyncio
import contextlib
import signal
import sys
from collections.abc import AsyncIterator
from dataclasses import dataclass
from pathlib import Path

import pytest

from bot.harness import MEMBER_PERMISSIONS, MODERATOR_PERMISSIONS, migrated_file, sandbox_env
from bot.sandbox import Channel, Guild, Member, Sandbox

START_TIMEOUT = 30.0


@dataclass
class World:
    discord: Sandbox
    guild: Guild
    general: Channel
    moderator: Member
    fan: Member
    workdir: Path

    def env(self, **extra: str) -> dict[str, str]:
        return sandbox_env(self.discord, self.guild, self.workdir, **extra)


class BotProcess:
    def __init__(self, process: asyncio.subprocess.Process) -> None:
        self.process = process

    async def wait(self, timeout: float = 20.0) -> tuple[int, str]:
        """Exit code and everything the process wrote to stderr."""
        _, stderr = await asyncio.wait_for(self.process.communicate(), timeout)
        assert self.process.returncode is not None
        return self.process.returncode, stderr.decode("utf-8", "replace")

    def signal(self, sig: int) -> None:
        if self.process.returncode is None:
            self.process.send_signal(sig)

    async def stop(self) -> None:
        if self.process.returncode is None:
            self.process.kill()
            with contextlib.suppress(Exception):
                await asyncio.wait_for(self.process.wait(), 10)


async def spawn(world: World, **extra_env: str) -> BotProcess:
    process = await asyncio.create_subprocess_exec(
        sys.executable,
        "-m",
        "bot",
        "run",
        env=world.env(**extra_env),
        cwd=world.workdir,
        stdin=asyncio.subprocess.DEVNULL,
        stdout=asyncio.subprocess.DEVNULL,
        stderr=asyncio.subprocess.PIPE,
    )
    return BotProcess(process)


async def spawn_ready(world: World, **extra_env: str) -> BotProcess:
    """Start `hyosan run` and wait until it is connected and its commands are synced."""
    bot = await spawn(world, **extra_env)
    try:
        await world.discord.wait_until_ready(timeout=START_TIMEOUT)
        deadline = asyncio.get_running_loop().time() + START_TIMEOUT
        while not world.discord.registered_commands(world.guild):
            if asyncio.get_running_loop().time() > deadline:
                raise TimeoutError("hyosan never synced its commands")
            await asyncio.sleep(0.05)
    except BaseException:
        await bot.stop()
        raise
    return bot


@contextlib.asynccontextmanager
async def local_world(workdir: Path, *, migrated: bool = True) -> AsyncIterator[World]:
    """A local Discord with one server, its #general, a moderator and a fan; `workdir` for the bot's files
    (the `world` fixture's, and a module fixture's that outlives one test). `migrated`: the bot's database
    is there already, migrated once per test process (each `hyosan run` would spend 60 ms of CPU on it);
    False leaves `hyosan run` to create it."""
    if migrated:
        await migrated_file(workdir / "hyosan.db")
    async with Sandbox() as discord:
        guild = discord.add_guild("Hyosan High Fans")
        general = discord.add_channel(guild, "general")
        moderator = discord.add_member(guild, "you", permissions=MODERATOR_PERMISSIONS)
        fan = discord.add_member(guild, "fan", permissions=MEMBER_PERMISSIONS)
        yield World(discord, guild, general, moderator, fan, workdir)


@pytest.fixture
async def world(tmp_path: Path) -> AsyncIterator[World]:
    async with local_world(tmp_path) as found:
        yield found


__all__ = ["BotProcess", "World", "signal", "spawn", "spawn_ready"]
