"""hyosan running in-process against a local Discord: used by the tests, the demo and the benchmarks.

The bot is the real one, built by the same factory as in production; only the endpoints point at
the sandbox and the clock is a ManualClock, so schedules can be moved by hand.
"""

from __future__ import annotations

import asyncio
import atexit
import contextlib
import copy
import datetime as dt
import os
import shutil
import sys
import tempfile
from collections.abc import AsyncIterator, Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import discord

from bot.app import EXTENSIONS, Hyosan, create_bot
from bot.clock import ManualClock
from bot.config import Settings, SyncMode
from bot.endpoints import point_discord_at
from bot.sandbox import Channel, Guild, Member, Sandbox
from bot.scheduling import Scheduler
from db import Database

DEMO_GUILD = "Hyosan High Fans"
DEMO_CHANNELS = ("general", "trivia", "announcements")
READY_TIMEOUT = 15.0

_BASIC = discord.Permissions(
    view_channel=True,
    send_messages=True,
    read_message_history=True,
    use_application_commands=True,
    embed_links=True,
    attach_files=True,
    add_reactions=True,
)
MEMBER_PERMISSIONS = _BASIC.value
MODERATOR_PERMISSIONS = (
    _BASIC
    | discord.Permissions(manage_guild=True, manage_channels=True, manage_messages=True, manage_roles=True)
).value


def sandbox_env(sandbox: Sandbox, guild: Guild, workdir: Path, **extra: str) -> dict[str, str]:
    """The environment for `hyosan run` as a subprocess against `sandbox`: this process's
    environment without any HYOSAN_/DISCORD_ variable, then the sandbox's endpoints, a database and
    logs under `workdir`, commands synced to `guild`, no config file and no outside sources."""
    env = {k: v for k, v in os.environ.items() if not k.startswith(("HYOSAN_", "DISCORD_"))}
    env.update(
        DISCORD_TOKEN=sandbox.token,
        DISCORD_API_BASE=sandbox.api_base,
        DISCORD_GATEWAY_URL=sandbox.gateway_url,
        HYOSAN_DB=str(workdir / "hyosan.db"),
        HYOSAN_LOG_DIR=str(workdir / "logs"),
        HYOSAN_SYNC="guild",
        HYOSAN_DEV_GUILD=str(guild.id),
        HYOSAN_CONFIG=str(workdir / "absent.toml"),
        HYOSAN_TVMAZE_URL="",
        HYOSAN_RSS_FEEDS="",
        PYTHONUNBUFFERED="1",
        # Plain HTTP to the local Discord and no outside source: no certificate is ever checked,
        # so the CA bundle aiohttp loads at import (twice, 70 ms of CPU a start) is an empty file.
        SSL_CERT_FILE=os.devnull,
    )
    env.update(extra)
    return env


async def _identify_at_once(shard_id: int | None, *, initial: bool = False) -> None:
    return None


@dataclass
class Harness:
    discord: Sandbox
    db_path: Path
    settings: Settings
    clock: ManualClock
    guild: Guild
    channels: dict[str, Channel]
    moderator: Member
    fan: Member
    extensions: tuple[str, ...]
    bot_options: dict[str, Any] = field(default_factory=dict)
    db: Database = field(init=False)
    bot: Hyosan = field(init=False)
    _task: asyncio.Task[None] | None = field(default=None, init=False)

    @classmethod
    @contextlib.asynccontextmanager
    async def start(
        cls,
        workdir: Path,
        *,
        clock: ManualClock | None = None,
        sandbox: Sandbox | None = None,
        extensions: Sequence[str] = EXTENSIONS,
        bot_options: dict[str, Any] | None = None,
        **settings_overrides: Any,
    ) -> AsyncIterator[Harness]:
        """Start a sandbox (unless given), seed the demo guild, and run the bot on it."""
        async with contextlib.AsyncExitStack() as stack:
            clock = clock or ManualClock(dt.datetime(2026, 3, 1, 12, 0, tzinfo=dt.UTC))
            if sandbox is None:
                sandbox = await stack.enter_async_context(Sandbox(clock=clock))
            else:
                # Interaction tokens age on the bot's clock, so moving it expires them as on Discord.
                sandbox.clock = clock
            guild = sandbox.add_guild(DEMO_GUILD)
            channels = {name: sandbox.add_channel(guild, name) for name in DEMO_CHANNELS}
            moderator = sandbox.add_member(guild, "you", permissions=MODERATOR_PERMISSIONS)
            fan = sandbox.add_member(guild, "fan", permissions=MEMBER_PERMISSIONS)
            settings = Settings(
                token=sandbox.token,
                db_path=workdir / "hyosan.db",
                dev_guild=guild.id,
                sync=SyncMode.GUILD,
                api_base=sandbox.api_base,
                gateway_url=sandbox.gateway_url,
                log_dir=None,
                tvmaze_base_url=None,
                rss_feeds=(),
            ).with_overrides(**settings_overrides)
            harness = cls(
                discord=sandbox,
                db_path=settings.db_path,
                settings=settings,
                clock=clock,
                guild=guild,
                channels=channels,
                moderator=moderator,
                fan=fan,
                extensions=tuple(extensions),
                bot_options=dict(bot_options or {}),
            )
            await harness._start_bot()
            try:
                yield harness
            finally:
                await harness._stop_bot()
                point_discord_at(None, None)

    @property
    def general(self) -> Channel:
        return self.channels["general"]

    async def new_server(self) -> Harness:
        """The running bot joins another server seeded as the demo's (a GUILD_CREATE, as when a
        bot is invited): this harness seen from there. Whatever the bot keeps per server (marks,
        progress, settings, games, lore additions) starts empty there, so tests that each take a
        new server can share one started bot. Its commands must be global (`sync=SyncMode.GLOBAL`).
        The copy shares the bot and its clock: moving the clock or restarting from it changes every
        server's bot, so a test that does either starts a bot of its own."""
        # discord.py's endpoints are the process's: another harness closed meanwhile reset them.
        point_discord_at(self.settings.api_base, self.settings.gateway_url)
        guild = self.discord.add_guild(DEMO_GUILD)
        channels = {name: self.discord.add_channel(guild, name) for name in DEMO_CHANNELS}
        moderator = self.discord.add_member(guild, "you", permissions=MODERATOR_PERMISSIONS)
        fan = self.discord.add_member(guild, "fan", permissions=MEMBER_PERMISSIONS)
        there = copy.copy(self)
        there.guild, there.channels, there.moderator, there.fan = guild, channels, moderator, fan
        # The gateway delivers in order: once the last of these is in the bot's cache, so is the rest.
        last = channels[DEMO_CHANNELS[-1]].id
        if self.bot.get_channel(last) is None:
            await self.bot.wait_for("guild_channel_create", check=lambda channel: channel.id == last, timeout=READY_TIMEOUT)
        return there

    async def _start_bot(self) -> None:
        point_discord_at(self.settings.api_base, self.settings.gateway_url)
        self.db = await open_migrated(self.db_path)
        try:
            await self._connect_bot()
        except BaseException:
            # Interrupted (Ctrl-C while `hyosan demo` starts) or never ready: close what did
            # start, or the database's worker threads keep the process alive after it is over.
            with contextlib.suppress(Exception):
                await self._stop_bot()
            raise

    async def _connect_bot(self) -> None:
        # Many bots come and go in one test process: freezing each one's heap would keep it forever.
        # No pause when handing over to another copy on close: a test that has one says so.
        options: dict[str, Any] = {"guild_ready_timeout": 0.05, "freeze_heap": False, "handover_slack": 0.0}
        options.update(self.bot_options)
        self.bot = create_bot(
            self.settings,
            self.db,
            Scheduler(self.clock),
            self.clock,
            extensions=self.extensions,
            **options,
        )
        # discord.py waits 5 s before every re-IDENTIFY (a real-Discord courtesy); the sandbox
        # has no identify limit, so tests that force a new session don't pay that wait.
        self.bot.before_identify_hook = _identify_at_once  # type: ignore[method-assign]
        assert self.settings.token is not None
        await self.bot.login(self.settings.token)
        self._task = asyncio.create_task(self.bot.connect(reconnect=True), name="hyosan-gateway")
        waiter = asyncio.create_task(self.bot.wait_until_ready())
        done, _ = await asyncio.wait({waiter, self._task}, timeout=READY_TIMEOUT, return_when=asyncio.FIRST_COMPLETED)
        if waiter not in done:
            waiter.cancel()
            if self._task in done:
                self._task.result()  # re-raise why the connection ended
            raise TimeoutError("hyosan did not become ready on the sandbox")

    async def _stop_bot(self) -> None:
        try:
            if getattr(self, "bot", None) is not None and not self.bot.is_closed():
                # discord.py's close unloads every extension: it drops the cogs' modules, so the
                # next bot of this process would execute them all again (most of a test bot's
                # start), and it scans every module of the process once per extension (thousands
                # in a test worker). Our extensions have no teardown: the bot forgets them and its
                # close removes their cogs, each one's cog_unload run as in production. Each start
                # still runs the package's own setup, which builds new cogs and commands.
                loaded = getattr(self.bot, "_BotBase__extensions", None)
                kept = {name: module for name, module in sys.modules.items() if name.startswith("cogs.") and name.count(".") >= 2}
                if isinstance(loaded, dict) and not any(hasattr(module, "teardown") for module in loaded.values()):
                    loaded.clear()
                await self.bot.close()
                for name, module in kept.items():
                    sys.modules.setdefault(name, module)
            if self._task is not None:
                with contextlib.suppress(Exception, asyncio.CancelledError):
                    await asyncio.wait_for(self._task, timeout=5)
                self._task = None
        finally:
            await self.db.close()

    async def restart(self) -> None:
        """Stop the bot and its database connection, then start a fresh bot on the same file."""
        await self._stop_bot()
        await self._start_bot()

    async def advance(self, delta: dt.timedelta) -> None:
        """Move the clock and let every feature process what fell due (bot.scheduling)."""
        await self.bot.scheduler.advance(delta)


# -- databases for many short-lived bots -------------------------------------------------------

_template: Path | None = None


async def open_migrated(path: Path) -> Database:
    """Open the database at `path`; a new one starts as a copy of a database migrated once per
    process (migrating an empty file is most of what starting a test bot costs). A copy is up to
    date already: only an existing file (a restart) is brought up to date by `Database.open`, as
    production does (checking the schema of a fresh copy was a quarter of opening it)."""
    copied = await asyncio.to_thread(_copy_if_new, await _migrated_template(), path)
    return await Database.open(path, migrate=not copied)


async def migrated_file(path: Path) -> None:
    """A database file at `path`, as `open_migrated` starts one, for a bot in another process
    (`hyosan run` in the end-to-end tests): that process then migrates nothing. Kept when present."""
    await asyncio.to_thread(_copy_if_new, await _migrated_template(), path)


def _copy_if_new(template: Path, path: Path) -> bool:
    """True when `path` was new and is now a copy of `template`."""
    if path.exists():
        return False
    shutil.copyfile(template, path)
    return True


async def _migrated_template() -> Path:
    global _template
    if _template is None:
        folder = Path(await asyncio.to_thread(tempfile.mkdtemp, prefix="hyosan-template-"))
        atexit.register(shutil.rmtree, folder, True)
        database = await Database.open(folder / "template.db")
        await database.close()  # closing checkpoints the WAL into the file: one file to copy
        _template = folder / "template.db"
    return _template

