"""python -m bench.soak --minutes N: `hyosan run` under a steady mixed load, watched over time.

`hyosan run` runs as a real subprocess against a local Discord in this process (Discord's default
rate limits). For N minutes, drivers in this process play a server:
- commands: /about, /help, /ask, /cast, /episode, /season2 status and sources, /trivia leaderboard
  and stats, about three a second;
- trivia: two channels of button games (members click the buttons of the question on screen) and
  two of typed games (members type guesses), each restarted as soon as it ends;
- fan-outs: `/season2 announce test` once a minute to the 40 subscribed news channels.
Every `--sample` seconds it records the bot's resident memory and open descriptors (from /proc),
its asyncio tasks and event-loop lag (from the vital-signs line the bot logs, bot/vitals.py), and
the database and WAL sizes, the database split (SQLite's dbstat) into what housekeeping prunes
(outbox rows, feed items, finished games' answers, guesses, hints, running scores and question
snapshots) and what is kept for good (claims, games, each player's result per game or daily
question, stats). The bot runs with a short retention (`--retention`, default 2m) and housekeeping
every `--housekeeping` (default 1m), so ten minutes reach the steady state a real server reaches
after a month: the pruned part must level off, tasks and descriptors stay flat, and what grows is
the kept history, reported per game played.

Prints one JSON object: the samples, what the drivers did, and a summary with the verdicts.
Not part of `make test`.
"""

from __future__ import annotations

import argparse
import asyncio
import contextlib
import json
import os
import random
import re
import signal
import sqlite3
import sys
import tempfile
import time
from collections.abc import Awaitable, Callable
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from bot.harness import MEMBER_PERMISSIONS, MODERATOR_PERMISSIONS, sandbox_env
from bot.sandbox import Channel, Guild, Member, Message, Sandbox

START_TIMEOUT = 60.0
NEWS_CHANNELS = 40
FANS = 30
_VITALS = re.compile(
    r"vitals: tasks=(?P<tasks>\d+) loop_lag_p99_ms=(?P<p99>[\d.]+) loop_lag_max_ms=(?P<max>[\d.]+)"
)
QUESTIONS = (
    "who plays On-jo?", "who is Cheong-san?", "what happens in episode 3?", "does Nam-ra survive?",
    "when is season 2 coming out?", "who directed All of Us Are Dead?", "what school is it set in?",
    "who is Gwi-nam?", "how many episodes are there?", "is there a season 2?",
)
#: Tables housekeeping prunes (bot/housekeeping.py and the features' pruners); their indexes count too.
PRUNED = frozenset({
    "season2_outbox", "season2_seen_items", "trivia_answers", "trivia_guesses", "trivia_hints",
    "trivia_scores", "trivia_game_questions",
})
WRONG = ("zebra", "pineapple", "teapot", "volcano", "lighthouse", "umbrella", "Cheong-san", "On-jo", "Su-hyeok")


@dataclass
class Load:
    commands: int = 0
    command_failures: int = 0
    clicks: int = 0
    click_failures: int = 0
    typed_guesses: int = 0
    games_started: int = 0
    fanouts: int = 0
    errors: list[str] = field(default_factory=list)

    def failed(self, what: str, exc: BaseException) -> None:
        if len(self.errors) < 20:
            self.errors.append(f"{what}: {type(exc).__name__}: {str(exc)[:160]}")


@dataclass
class World:
    discord: Sandbox
    guild: Guild
    general: Channel
    moderator: Member
    fans: list[Member]
    buttons: list[Channel]
    typed: list[Channel]
    news: list[Channel]
    workdir: Path


# ---------------------------------------------------------------- the bot process


async def start_bot(world: World, env: dict[str, str]) -> asyncio.subprocess.Process:
    stderr = open(world.workdir / "bot.stderr", "wb")  # noqa: ASYNC230 - a file handle for the child
    process = await asyncio.create_subprocess_exec(
        sys.executable, "-m", "bot", "run", env=env, cwd=world.workdir,
        stdin=asyncio.subprocess.DEVNULL, stdout=asyncio.subprocess.DEVNULL, stderr=stderr,
    )
    stderr.close()
    deadline = time.monotonic() + START_TIMEOUT
    while not world.discord.registered_commands(world.guild) or not world.discord.identify_payloads:
        if process.returncode is not None or time.monotonic() > deadline:
            raise RuntimeError(f"hyosan did not start (see {world.workdir / 'bot.stderr'})")
        await asyncio.sleep(0.1)
    await world.discord.wait_until_ready(timeout=START_TIMEOUT)
    return process


def _proc(pid: int) -> tuple[int, int]:
    """Resident memory (KiB) and open descriptors of a process, from /proc."""
    rss = 0
    with contextlib.suppress(OSError):
        for line in Path(f"/proc/{pid}/status").read_text().splitlines():
            if line.startswith("VmRSS:"):
                rss = int(line.split()[1])
    try:
        fds = len(os.listdir(f"/proc/{pid}/fd"))
    except OSError:
        fds = 0
    return rss, fds


def _split(path: Path) -> tuple[int, int]:
    """Bytes of the database in tables housekeeping prunes, and in the rest (read-only)."""
    try:
        with contextlib.closing(sqlite3.connect(f"file:{path}?mode=ro", uri=True, timeout=5)) as conn:
            owner = dict(conn.execute("SELECT name, tbl_name FROM sqlite_master").fetchall())
            pruned = kept = 0
            for name, size in conn.execute("SELECT name, SUM(pgsize) FROM dbstat GROUP BY name"):
                if owner.get(name, name) in PRUNED:
                    pruned += int(size)
                else:
                    kept += int(size)
            return pruned, kept
    except sqlite3.Error:
        return 0, 0


def _size(path: Path) -> int:
    try:
        return path.stat().st_size
    except OSError:
        return 0


class LogReader:
    """The newest vital-signs line the bot logged since the last read."""

    def __init__(self, path: Path) -> None:
        self.path = path
        self.offset = 0
        self.tracebacks = 0
        self.warnings = 0

    def latest_vitals(self) -> dict[str, float] | None:
        try:
            with self.path.open("rb") as handle:
                handle.seek(self.offset)
                chunk = handle.read()
        except OSError:
            return None
        self.offset += len(chunk)
        text = chunk.decode("utf-8", "replace")
        self.tracebacks += text.count("Traceback (most recent call last)")
        self.warnings += text.count(" WARNING ")
        found = None
        for match in _VITALS.finditer(text):
            found = {"tasks": float(match["tasks"]), "p99": float(match["p99"]), "max": float(match["max"])}
        return found


# ---------------------------------------------------------------- drivers


async def _invoke(
    world: World, load: Load, member: Member, where: Channel, /, *path: str, **options: Any
) -> Message | None:
    load.commands += 1
    try:
        return await world.discord.invoke(member, where, *path, timeout=15, **options)
    except Exception as exc:
        load.command_failures += 1
        load.failed("/" + " ".join(path), exc)
        return None


async def commands(world: World, load: Load, stop: asyncio.Event, rng: random.Random) -> None:
    choices: list[Callable[[Member], Awaitable[Message | None]]] = [
        lambda m: _invoke(world, load, m, world.general, "about"),
        lambda m: _invoke(world, load, m, world.general, "help"),
        lambda m: _invoke(world, load, m, world.general, "ask", question=rng.choice(QUESTIONS)),
        lambda m: _invoke(world, load, m, world.general, "ask", question=rng.choice(QUESTIONS)),
        lambda m: _invoke(world, load, m, world.general, "cast"),
        lambda m: _invoke(world, load, m, world.general, "episode", number=f"S1E{rng.randint(1, 12)}"),
        lambda m: _invoke(world, load, m, world.general, "season2", "status"),
        lambda m: _invoke(world, load, m, world.general, "season2", "sources"),
        lambda m: _invoke(world, load, m, world.general, "trivia", "leaderboard"),
        lambda m: _invoke(world, load, m, world.general, "trivia", "stats"),
    ]
    while not stop.is_set():
        started = time.monotonic()
        await rng.choice(choices)(rng.choice(world.fans))
        await _pause(stop, max(0.0, 0.3 - (time.monotonic() - started)))


def _question_on_screen(world: World, channel: Channel) -> tuple[Message, list[str]] | None:
    for message in reversed(world.discord.messages(channel)):
        ids = [
            str(c.get("custom_id")) for row in message.components or [] for c in row.get("components", [])
            if str(c.get("custom_id", "")).startswith("trivia:") and not c.get("disabled")
        ]
        if ids:
            return message, ids
        if message.author_id == world.discord.bot_user_id and message.interaction_id is None:
            return None  # the newest bot post has no live buttons: between questions
    return None


async def _ensure_game(world: World, load: Load, channel: Channel, mode: str) -> None:
    reply = await _invoke(world, load, world.moderator, channel, "trivia", "start", questions=5, mode=mode)
    if reply is not None and not reply.ephemeral:
        load.games_started += 1


async def button_games(world: World, load: Load, stop: asyncio.Event, rng: random.Random, channel: Channel) -> None:
    last_start = 0.0
    while not stop.is_set():
        on_screen = _question_on_screen(world, channel)
        if on_screen is None:
            if time.monotonic() - last_start > 8:
                last_start = time.monotonic()
                await _ensure_game(world, load, channel, "buttons")
            await _pause(stop, 0.5)
            continue
        message, ids = on_screen
        load.clicks += 1
        try:
            await world.discord.click(rng.choice(world.fans), message, rng.choice(ids), timeout=15)
        except Exception as exc:
            load.click_failures += 1
            load.failed("click", exc)
        await _pause(stop, 0.6)


async def typed_games(world: World, load: Load, stop: asyncio.Event, rng: random.Random, channel: Channel) -> None:
    last_start = 0.0
    while not stop.is_set():
        if time.monotonic() - last_start > 30:
            last_start = time.monotonic()
            await _ensure_game(world, load, channel, "typed")
        load.typed_guesses += 1
        try:
            await world.discord.say(rng.choice(world.fans), channel, f"is it {rng.choice(WRONG)}?")
        except Exception as exc:
            load.failed("typed guess", exc)
        await _pause(stop, 1.0)


async def fanouts(world: World, load: Load, stop: asyncio.Event, every: float) -> None:
    while not stop.is_set():
        reply = await _invoke(world, load, world.moderator, world.general, "season2set", "announce", "test")
        if reply is not None and "on its way" in reply.text:
            load.fanouts += 1
        await _pause(stop, every)


async def _pause(stop: asyncio.Event, seconds: float) -> None:
    with contextlib.suppress(TimeoutError):
        await asyncio.wait_for(stop.wait(), seconds)


# ---------------------------------------------------------------- the run


def _world(discord: Sandbox, workdir: Path) -> World:
    guild = discord.add_guild("Hyosan High Fans")
    general = discord.add_channel(guild, "general")
    moderator = discord.add_member(guild, "mod", permissions=MODERATOR_PERMISSIONS)
    fans = [discord.add_member(guild, f"fan{i:02d}", permissions=MEMBER_PERMISSIONS) for i in range(FANS)]
    buttons = [discord.add_channel(guild, f"trivia-buttons-{i}") for i in range(2)]
    typed = [discord.add_channel(guild, f"trivia-typed-{i}") for i in range(2)]
    news = [discord.add_channel(guild, f"news-{i:02d}") for i in range(NEWS_CHANNELS)]
    return World(discord, guild, general, moderator, fans, buttons, typed, news, workdir)


async def soak(minutes: float, workdir: Path, *, retention: str, housekeeping: str, sample: float) -> dict[str, Any]:
    async with Sandbox() as discord:
        world = _world(discord, workdir)
        env = sandbox_env(
            discord, world.guild, workdir,
            HYOSAN_VITALS_EVERY=f"{max(1.0, sample / 2):g}s", HYOSAN_RETENTION=retention,
            HYOSAN_HOUSEKEEPING_EVERY=housekeeping,
        )
        process = await start_bot(world, env)
        load = Load()
        stop = asyncio.Event()
        log = LogReader(workdir / "logs" / "hyosan.log")
        try:
            for channel in world.news:
                await _invoke(world, load, world.moderator, world.general, "season2set", "announce", "set", channel=channel)
            await _invoke(world, load, world.moderator, world.general, "triviaset", "settings",
                          answer_time=5, pause=1, idle_stop=30, guesses=0)
            rng = random.Random(14)
            drivers = [
                asyncio.create_task(commands(world, load, stop, random.Random(rng.random()))),
                asyncio.create_task(fanouts(world, load, stop, 60.0)),
                *(asyncio.create_task(button_games(world, load, stop, random.Random(rng.random()), c)) for c in world.buttons),
                *(asyncio.create_task(typed_games(world, load, stop, random.Random(rng.random()), c)) for c in world.typed),
            ]
            samples: list[dict[str, Any]] = []
            started = time.monotonic()
            vitals: dict[str, float] = {}
            while True:
                await asyncio.sleep(sample)
                latest = await asyncio.to_thread(log.latest_vitals)
                vitals = latest if latest is not None else vitals
                rss, fds = await asyncio.to_thread(_proc, process.pid)
                pruned, kept = await asyncio.to_thread(_split, workdir / "hyosan.db")
                samples.append({
                    "t_s": round(time.monotonic() - started),
                    "rss_kib": rss,
                    "fds": fds,
                    "tasks": int(vitals.get("tasks", 0)),
                    "loop_lag_p99_ms": vitals.get("p99"),
                    "loop_lag_max_ms": vitals.get("max"),
                    "db_bytes": _size(workdir / "hyosan.db"),
                    "wal_bytes": _size(workdir / "hyosan.db-wal"),
                    "pruned_tables_bytes": pruned,
                    "kept_tables_bytes": kept,
                    "games_started": load.games_started,
                    "commands": load.commands, "clicks": load.clicks, "typed": load.typed_guesses,
                })
                if time.monotonic() - started >= minutes * 60:
                    break
            stop.set()
            await asyncio.gather(*drivers, return_exceptions=True)
            news_posts = sum(
                1 for c in world.news for m in discord.messages(c)
                if m.author_id == discord.bot_user_id and m.interaction_id is None
            )
        finally:
            stop.set()
            if process.returncode is None:
                process.send_signal(signal.SIGTERM)
                try:
                    await asyncio.wait_for(process.wait(), 30)
                except TimeoutError:
                    process.kill()
                    await process.wait()
        await asyncio.to_thread(log.latest_vitals)
    return {
        "benchmark": "soak",
        "minutes": minutes,
        "retention": retention,
        "housekeeping_every": housekeeping,
        "load": {
            "commands": load.commands, "command_failures": load.command_failures,
            "clicks": load.clicks, "click_failures": load.click_failures,
            "typed_guesses": load.typed_guesses, "games_started": load.games_started,
            "fanouts": load.fanouts, "fanout_posts": news_posts, "fanout_posts_expected": load.fanouts * NEWS_CHANNELS,
            "first_errors": load.errors,
        },
        "bot": {"exit_code": process.returncode, "tracebacks_logged": log.tracebacks, "warnings_logged": log.warnings},
        "summary": summarise(samples),
        "samples": samples,
    }


def summarise(samples: list[dict[str, Any]]) -> dict[str, Any]:
    """Early against late (the first quarter is start-up and is left out of "early")."""
    if len(samples) < 4:
        return {"note": "too few samples"}
    quarter = max(1, len(samples) // 4)
    early, late = samples[quarter: 2 * quarter], samples[-quarter:]
    half = len(samples) // 2

    def mean(rows: list[dict[str, Any]], key: str) -> float:
        values = [float(r[key]) for r in rows if r.get(key) is not None]
        return sum(values) / len(values) if values else 0.0

    minutes = (samples[-1]["t_s"] - samples[half]["t_s"]) / 60 or 1.0
    games = samples[-1]["games_started"] - samples[half]["games_started"]
    kept_growth = samples[-1]["kept_tables_bytes"] - samples[half]["kept_tables_bytes"]
    pruned_first_half = max(s["pruned_tables_bytes"] for s in samples[:half])
    out: dict[str, Any] = {
        "tasks_early_late": [round(mean(early, "tasks"), 1), round(mean(late, "tasks"), 1)],
        "fds_early_late": [round(mean(early, "fds"), 1), round(mean(late, "fds"), 1)],
        "rss_kib_early_late": [round(mean(early, "rss_kib")), round(mean(late, "rss_kib"))],
        "loop_lag_p99_ms_max": max((s["loop_lag_p99_ms"] or 0.0) for s in samples),
        "loop_lag_max_ms_max": max((s["loop_lag_max_ms"] or 0.0) for s in samples),
        "db_file_bytes_half_end": [samples[half]["db_bytes"], samples[-1]["db_bytes"]],
        "wal_bytes_max": max(s["wal_bytes"] for s in samples),
        "pruned_tables_bytes_first_half_max_end": [pruned_first_half, samples[-1]["pruned_tables_bytes"]],
        "kept_history_growth_bytes_per_min": round(kept_growth / minutes),
        "kept_history_bytes_per_game": round(kept_growth / games) if games else None,
    }
    out["tasks_flat"] = out["tasks_early_late"][1] <= out["tasks_early_late"][0] * 1.2 + 5
    out["fds_flat"] = out["fds_early_late"][1] <= out["fds_early_late"][0] * 1.2 + 5
    # Bounded: what housekeeping prunes holds no more at the end than it did in the first half.
    out["db_bounded"] = samples[-1]["pruned_tables_bytes"] <= pruned_first_half * 1.25 + 64 * 1024
    out["wal_bounded"] = out["wal_bytes_max"] <= 2 * 1024 * 1024
    return out


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="python -m bench.soak", description=__doc__.splitlines()[0])
    parser.add_argument("--minutes", type=float, default=10.0)
    parser.add_argument("--retention", default="2m", help="HYOSAN_RETENTION for the bot (default 2m)")
    parser.add_argument("--housekeeping", default="1m", help="HYOSAN_HOUSEKEEPING_EVERY for the bot (default 1m)")
    parser.add_argument("--sample", type=float, default=20.0, help="seconds between samples")
    parser.add_argument("--workdir", type=Path, default=None)
    args = parser.parse_args(argv)
    with tempfile.TemporaryDirectory(prefix="hyosan-soak-") as tmp:
        workdir = args.workdir or Path(tmp)
        workdir.mkdir(parents=True, exist_ok=True)
        result = asyncio.run(
            soak(args.minutes, workdir, retention=args.retention, housekeeping=args.housekeeping, sample=args.sample)
        )
    print(json.dumps(result, indent=2))
    summary = result["summary"]
    ok = all(summary.get(k) for k in ("tasks_flat", "fds_flat", "db_bounded", "wal_bounded"))
    return 0 if ok else 1


if __name__ == "__main__":
    raise SystemExit(main())
