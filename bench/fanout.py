"""One season-2 status change fanned out to N subscribed channels, through the sandbox.

    python -m bench.fanout --channels 1000

`hyosan run` runs as a real subprocess against a sandbox in this process that enforces
Discord's default limits (50 requests/s global, 5 messages / 5 s per channel). The channels are
subscribed in the database before the bot starts; a moderator then reports an official
milestone with `/season2set report`, and we time until every channel holds its announcement.

Run 1 (clean): elapsed against the bound (channels / 50 s).
Run 2 (crash): the bot is killed with SIGKILL halfway through the fan-out and started again;
every channel must still end with exactly one message.
Run 3 (crash past the nonce window): the local Discord forgets nonces after 5 s, the bot is told
to trust them for 4 s, and the bot stays down 6 s after the SIGKILL: the sends in flight at the
kill can no longer be deduplicated by their nonce, so the restarted bot must look in each channel
before resending (0 duplicates, 0 losses).

"messages created" counts what users see (one per channel is right); "sends attempted" counts
every POST the bot made (429s included), so a resend that the nonce deduplicated is visible as
the difference "sends accepted - channels" rather than hidden.
"""

from __future__ import annotations

import argparse
import asyncio
import contextlib
import datetime as dt
import json
import signal
import sys
import time
from collections.abc import AsyncIterator
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from bot.harness import MODERATOR_PERMISSIONS, open_migrated, sandbox_env
from bot.sandbox import Channel, Guild, Member, Sandbox
from db import Database
from db import outbox as outbox_db
from db.season2 import subscriptions as subscriptions_db

GLOBAL_RATE = 50.0
START_TIMEOUT = 30.0


@dataclass
class Fanout:
    discord: Sandbox
    guild: Guild
    general: Channel
    moderator: Member
    channels: list[Channel]
    workdir: Path
    runs: int = 0
    processes: list[asyncio.subprocess.Process] = field(default_factory=list)
    extra_env: dict[str, str] = field(default_factory=dict)

    def env(self) -> dict[str, str]:
        return sandbox_env(self.discord, self.guild, self.workdir, **self.extra_env)

    async def start_bot(self) -> asyncio.subprocess.Process:
        """`hyosan run` as a subprocess; returns once it is connected and has synced its commands."""
        self.runs += 1
        stderr = open(self.workdir / f"run{self.runs}.stderr", "wb")  # noqa: ASYNC230 - a file handle for the child
        sessions_before = len(self.discord.identify_payloads)
        synced_before = self.discord.registered_commands(self.guild)
        process = await asyncio.create_subprocess_exec(
            sys.executable, "-m", "bot", "run",
            env=self.env(), cwd=self.workdir,
            stdin=asyncio.subprocess.DEVNULL, stdout=asyncio.subprocess.DEVNULL, stderr=stderr,
        )
        stderr.close()
        self.processes.append(process)
        deadline = time.monotonic() + START_TIMEOUT
        while len(self.discord.identify_payloads) <= sessions_before or (
            not synced_before and not self.discord.registered_commands(self.guild)
        ):
            if process.returncode is not None or time.monotonic() > deadline:
                raise RuntimeError(f"hyosan did not start (see {self.workdir}/run{self.runs}.stderr)")
            await asyncio.sleep(0.02)
        await self.discord.wait_until_ready(timeout=START_TIMEOUT)
        return process

    async def kill(self, process: asyncio.subprocess.Process) -> None:
        if process.returncode is None:
            process.send_signal(signal.SIGKILL)
            await asyncio.wait_for(process.wait(), 10)

    async def stop_all(self) -> None:
        for process in self.processes:
            if process.returncode is None:
                process.send_signal(signal.SIGTERM)
                try:
                    await asyncio.wait_for(process.wait(), 10)
                except TimeoutError:
                    await self.kill(process)

    async def report(self) -> None:
        """The status change: a moderator reports an official teaser."""
        reply = await self.discord.invoke(
            self.moderator, self.general, "season2set", "report", timeout=15,
            milestone="teaser", source_url="https://www.netflix.com/tudum/all-of-us-are-dead-season-2-teaser",
            date="2026-02-28", official=True,
        )
        if "status changed" not in reply.text:
            raise RuntimeError(f"the report did not change the status: {reply.text}")

    def announcements(self, channel: Channel) -> int:
        return sum(
            1 for m in self.discord.messages(channel)
            if m.interaction_id is None and m.author_id == self.discord.bot_user_id
        )

    def delivered(self) -> int:
        return sum(1 for c in self.channels if self.announcements(c) >= 1)

    async def wait_delivered(self, at_least: int, timeout: float) -> None:
        deadline = time.monotonic() + timeout
        while self.delivered() < at_least:
            if time.monotonic() > deadline:
                raise TimeoutError(f"only {self.delivered()} of {at_least} channels got the announcement")
            # Each look counts every channel's messages: at 50 sends a second, 20 looks a second see
            # each step of the fan-out as soon (within a send or two) for a fifth of the CPU.
            await asyncio.sleep(0.05)

    async def wait_recorded(self, timeout: float) -> None:
        """Until the bot has recorded every outbox row as done (nothing pending or in flight)."""
        database = await Database.open(self.workdir / "hyosan.db", migrate=False)
        try:
            deadline = time.monotonic() + timeout
            while True:
                async with database.read() as conn:
                    if not await outbox_db.has_open_rows(conn):
                        return
                if time.monotonic() > deadline:
                    raise TimeoutError("the outbox still has rows pending or in flight")
                await asyncio.sleep(0.05)
        finally:
            await database.close()

    def counts(self) -> dict[str, int]:
        ids = {f"/channels/{c.id}/messages" for c in self.channels}
        posts = [r for r in self.discord.requests if r.method == "POST" and r.path in ids]
        per_channel = [self.announcements(c) for c in self.channels]
        return {
            "channels": len(self.channels),
            "messages_created": sum(per_channel),
            "sends_attempted": len(posts),
            "sends_accepted": sum(1 for r in posts if r.status == 200),
            "rate_limited_429": sum(1 for r in posts if r.status == 429),
            "duplicates": sum(n - 1 for n in per_channel if n > 1),
            "losses": sum(1 for n in per_channel if n == 0),
            "history_lookups": sum(
                1 for r in self.discord.requests
                if r.method == "GET" and r.path in ids and r.status == 200
            ),
        }


@contextlib.asynccontextmanager
async def fanout_world(
    workdir: Path, n_channels: int, *, nonce_window: float = 300.0, **extra_env: str
) -> AsyncIterator[Fanout]:
    """A sandbox with one guild, `n_channels` subscribed channels, and the database prepared.
    `nonce_window`: how long the local Discord remembers a nonce; `extra_env` goes to the bot."""
    async with Sandbox(nonce_window=nonce_window) as discord:
        guild = discord.add_guild("Hyosan High Fans")
        general = discord.add_channel(guild, "general")
        moderator = discord.add_member(guild, "you", permissions=MODERATOR_PERMISSIONS)
        channels = [discord.add_channel(guild, f"news-{i:04d}") for i in range(n_channels)]
        database = await open_migrated(workdir / "hyosan.db")
        try:
            now = dt.datetime.now(dt.UTC)
            async with database.transaction() as conn:
                for channel in channels:
                    await subscriptions_db.upsert_subscription(
                        conn, guild_id=guild.id, channel_id=channel.id, role_id=None, level="official",
                        created_by=moderator.id, now=now,
                    )
        finally:
            await database.close()
        world = Fanout(discord, guild, general, moderator, channels, workdir, extra_env=dict(extra_env))
        try:
            yield world
        finally:
            await world.stop_all()


async def run_clean(workdir: Path, n_channels: int) -> dict[str, Any]:
    await asyncio.to_thread(workdir.mkdir, parents=True, exist_ok=True)
    async with fanout_world(workdir, n_channels) as world:
        await world.start_bot()
        started = time.monotonic()
        await world.report()
        await world.wait_delivered(n_channels, timeout=n_channels / GLOBAL_RATE * 3 + 30)
        elapsed = time.monotonic() - started
        await asyncio.sleep(0.5)  # anything late would show up as a duplicate
        return _result(world, elapsed, n_channels)


async def run_crash(
    workdir: Path, n_channels: int, kill_after: int | None = None, *, downtime: float = 0.0,
    nonce_window: float = 300.0, **extra_env: str,
) -> dict[str, Any]:
    """SIGKILL once `kill_after` channels have their message, stay down `downtime` s, restart."""
    await asyncio.to_thread(workdir.mkdir, parents=True, exist_ok=True)
    kill_after = kill_after if kill_after is not None else n_channels // 2
    async with fanout_world(workdir, n_channels, nonce_window=nonce_window, **extra_env) as world:
        first = await world.start_bot()
        started = time.monotonic()
        await world.report()
        await world.wait_delivered(kill_after, timeout=n_channels / GLOBAL_RATE * 3 + 30)
        await world.kill(first)
        killed_at = time.monotonic()
        at_kill = world.delivered()
        await asyncio.sleep(downtime)
        await world.start_bot()
        restarted_at = time.monotonic()
        await world.wait_delivered(n_channels, timeout=n_channels / GLOBAL_RATE * 3 + 30)
        elapsed = time.monotonic() - started
        await world.wait_recorded(timeout=30)  # everything in flight at the kill is settled
        await asyncio.sleep(0.5)
        result = _result(world, elapsed, n_channels)
        result.update(
            delivered_when_killed=at_kill,
            downtime_s=round(restarted_at - killed_at, 3),
            nonce_age_at_restart_s=_nonce_age_at_restart(world, killed_at),
            ratio_excluding_downtime=round((elapsed - (restarted_at - killed_at)) / (n_channels / GLOBAL_RATE), 3),
        )
        if nonce_window < 300.0:
            result["discord_nonce_window_s"] = nonce_window
        return result


async def run_crash_past_nonce_window(workdir: Path, n_channels: int) -> dict[str, Any]:
    """Run 3: Discord forgets nonces after 5 s; the bot trusts them 4 s and is down 6 s."""
    return await run_crash(workdir, n_channels, downtime=6.0, nonce_window=5.0, HYOSAN_NONCE_WINDOW="4s")


def _nonce_age_at_restart(world: Fanout, killed_at: float) -> float:
    """How old the youngest nonce Discord could hold was when the restarted bot first called a
    channel: from the last send before the restarted bot's login (its first call, GET /users/@me)
    to its first call to a channel after it (sends in flight at the kill land before that login)."""
    ids = {f"/channels/{c.id}/messages" for c in world.channels}
    calls = world.discord.requests
    login = min((r.at for r in calls if r.path == "/users/@me" and r.at > killed_at), default=None)
    if login is None:
        return 0.0
    last_send = max((r.at for r in calls if r.method == "POST" and r.path in ids and r.at < login), default=login)
    first_call = min((r.at for r in calls if r.path in ids and r.at > login), default=last_send)
    return round(first_call - last_send, 3)


def _result(world: Fanout, elapsed: float, n_channels: int) -> dict[str, Any]:
    bound = n_channels / GLOBAL_RATE
    counts = world.counts()
    return {
        "elapsed_s": round(elapsed, 3),
        "bound_s": round(bound, 3),
        "ratio": round(elapsed / bound, 3),
        **counts,
        "resent_after_crash_or_retry": counts["sends_accepted"] - counts["channels"],
    }


async def main_async(n_channels: int, workdir: Path, crash: bool) -> dict[str, Any]:
    out: dict[str, Any] = {"channels": n_channels, "global_limit_per_s": GLOBAL_RATE}
    out["clean"] = await run_clean(workdir / "clean", n_channels)
    if crash:
        out["crash_and_restart"] = await run_crash(workdir / "crash", n_channels)
        out["crash_past_nonce_window"] = await run_crash_past_nonce_window(workdir / "crash-window", n_channels)
    out["target_ratio"] = 1.10
    out["ok"] = (
        out["clean"]["ratio"] <= 1.10
        and all(run["duplicates"] == 0 and run["losses"] == 0 for key, run in out.items() if isinstance(run, dict))
    )
    return out


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="python -m bench.fanout", description=__doc__.splitlines()[0])
    parser.add_argument("--channels", type=int, default=1000)
    parser.add_argument("--no-crash", action="store_true", help="skip the SIGKILL-and-restart run")
    parser.add_argument("--workdir", type=Path, default=None)
    args = parser.parse_args(argv)
    import tempfile

    with tempfile.TemporaryDirectory(prefix="hyosan-fanout-") as tmp:
        workdir = args.workdir or Path(tmp)
        result = asyncio.run(main_async(args.channels, workdir, not args.no_crash))
    print(json.dumps(result, indent=2))
    return 0 if result["ok"] else 1


if __name__ == "__main__":
    raise SystemExit(main())
