"""The season-2 walk: which project files and functions one status change runs through.

    python -m bench.walk
    python -m bench.walk --ask   # walk 1 instead: one /ask from the interaction to the reply (trace_ask)

hyosan runs in-process against the local Discord (bot/sandbox) and a local TVmaze. A channel is
subscribed, a moderator reports a release date unofficially (one publisher: the status does not
move), then TVmaze lists season 2 with the same premiere date. The traced walk starts when the
poll job runs (`scheduler.run_now("season2-poll")`) and ends when every task it started has
finished, the announcement posted in the channel and recorded as sent.

A profile hook (sys.setprofile) records each call into a project file (bot/, cogs/, db/; the local
Discord and TVmaze under bot/sandbox/ and the test harness are not the product), but only in the
poll job's context and the tasks it starts (a context variable, which asyncio copies into every
task it creates), so the bot's other timers and the gateway are left out. A coroutine counts once
per call, not once per resumption. It also counts the calls that matter for issue 8: loading the
claims, computing the status, and the write transactions opened by the poll itself.
"""

from __future__ import annotations

import argparse
import asyncio
import collections
import contextlib
import contextvars
import dis
import json
import sys
import tempfile
import types
from collections.abc import Iterator
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import bot
from bot.clock import ManualClock
from bot.harness import Harness
from bot.sandbox import Message
from bot.sandbox.tvmaze import LocalTVmaze

ROOT = Path(bot.__file__).resolve().parent.parent
PRODUCT = tuple(str(ROOT / folder) + "/" for folder in ("bot", "cogs", "db"))
NOT_PRODUCT = (str(ROOT / "bot" / "sandbox") + "/", str(ROOT / "bot" / "harness.py"))
POLL_JOB = "season2-poll"
EXTENSIONS = ("cogs.meta", "cogs.season2")
START = "2026-03-01T12:00:00+00:00"
PREMIERE = "2027-01-15"
WAIT = 15.0

_RESUME = dis.opmap["RESUME"]
_RESUMABLE = 0x20 | 0x80 | 0x100 | 0x200  # generator, coroutine, iterable coroutine, async generator
_TRACED: contextvars.ContextVar[bool] = contextvars.ContextVar("walk_traced", default=False)


@dataclass
class Walk:
    """What one traced walk ran: per project file, its functions; and counts of some calls."""

    functions: dict[str, set[str]] = field(default_factory=lambda: collections.defaultdict(set))
    calls: collections.Counter[str] = field(default_factory=collections.Counter)
    poll_transactions: int = 0  # write transactions the poll opened (the dispatcher's are not counted)
    tasks: set[asyncio.Task[Any]] = field(default_factory=set)

    @property
    def files(self) -> list[str]:
        return sorted(self.functions)

    @property
    def function_count(self) -> int:
        return sum(len(names) for names in self.functions.values())

    def count(self, name: str) -> int:
        """Calls of functions called `name` (e.g. 'load_claims', 'compute_status')."""
        return self.calls[name]

    def summary(self) -> dict[str, Any]:
        return {
            "files": len(self.functions),
            "functions": self.function_count,
            "claim_loads": self.count("load_claims"),
            "status_computations": self.count("compute_status"),
            "poll_write_transactions": self.poll_transactions,
            "per_file": {path: sorted(self.functions[path]) for path in self.files},
        }


def _first_entry(frame: types.FrameType) -> bool:
    """A new call, not a coroutine or generator being resumed."""
    code = frame.f_code
    if not code.co_flags & _RESUMABLE:
        return True
    raw = code.co_code
    at = frame.f_lasti
    return 0 <= at < len(raw) - 1 and raw[at] == _RESUME and raw[at + 1] == 0


def _delivering(frame: types.FrameType) -> bool:
    """Whether the dispatcher is on the call chain (the delivery, not the poll and its ingest)."""
    caller: types.FrameType | None = frame
    while caller is not None:
        if "dispatcher" in Path(caller.f_code.co_filename).name:
            return True
        caller = caller.f_back
    return False


def _record(walk: Walk, frame: types.FrameType) -> None:
    """Count a call into a project file (a new call, not a resumption) in `walk`."""
    path = frame.f_code.co_filename
    if not path.startswith(PRODUCT) or path.startswith(NOT_PRODUCT):
        return
    if not _first_entry(frame):
        return
    code = frame.f_code
    relative = str(Path(path).relative_to(ROOT))
    walk.functions[relative].add(f"{code.co_qualname}:{code.co_firstlineno}")
    walk.calls[code.co_name] += 1
    try:
        task = asyncio.current_task()
    except RuntimeError:
        task = None
    if task is not None:
        walk.tasks.add(task)
    if code.co_name == "transaction" and relative == "db/connection.py" and not _delivering(frame):
        walk.poll_transactions += 1


@contextlib.contextmanager
def tracing(walk: Walk) -> Iterator[None]:
    """Record project calls made in this context (and tasks created from it) into `walk`."""

    def hook(frame: types.FrameType, event: str, _arg: object) -> None:
        if event == "call" and _TRACED.get():
            _record(walk, frame)

    token = _TRACED.set(True)
    sys.setprofile(hook)
    try:
        yield
    finally:
        sys.setprofile(None)
        _TRACED.reset(token)


def _bot_posts(h: Harness, channel_name: str) -> list[Message]:
    channel = h.channels[channel_name]
    return [
        m for m in h.discord.messages(channel)
        if m.interaction_id is None and m.author_id == h.discord.bot_user_id
    ]


async def trace_walk(workdir: Path) -> tuple[Walk, Message]:
    """Run the scenario; the traced walk and the announcement it posted."""
    import datetime as dt

    walk = Walk()
    async with LocalTVmaze() as tvmaze:
        # Housekeeping (every 10 minutes by default) would be overdue after the hour the clock jumps
        # below, and a calendar job armed on the walk (the release moment) wakes the scheduler, which
        # would run it inside the trace: daily here, it is not part of the walk.
        async with Harness.start(
            workdir, clock=ManualClock(dt.datetime.fromisoformat(START)), extensions=EXTENSIONS,
            tvmaze_base_url=tvmaze.base_url, housekeeping_every=dt.timedelta(days=1),
        ) as h:
            await h.bot.scheduler.run_now(POLL_JOB)  # the baseline: TVmaze shows no season 2 yet
            channel = h.channels["announcements"]
            await h.discord.invoke(h.moderator, h.general, "season2set", "announce", "set", channel=channel, level="reported")
            reply = await h.discord.invoke(
                h.moderator, h.general, "season2set", "report", milestone="release_date_announced",
                source_url="https://www.soompi.com/article/aouad-season-2-date", date="2026-03-01",
                official=False, release_date=PREMIERE,
            )
            if "did not change" not in reply.text:
                raise RuntimeError(f"one unofficial report moved the status: {reply.text}")
            tvmaze.add_season(2, episode_order=12, premiere_date=PREMIERE)
            tvmaze.add_episodes(2, 12)
            h.clock.advance(dt.timedelta(minutes=121))  # TVmaze is polled hourly, at its own instant in the hour
            before = len(_bot_posts(h, "announcements"))
            with tracing(walk):
                await h.bot.scheduler.run_now(POLL_JOB)
                post = await h.discord.wait_for_message(
                    channel, lambda m: m.interaction_id is None and "release date" in m.text.lower(), timeout=WAIT
                )
                current = asyncio.current_task()
                while pending := [t for t in walk.tasks if t is not current and not t.done()]:
                    await asyncio.wait(pending, timeout=WAIT)
            if len(_bot_posts(h, "announcements")) != before + 1:
                raise RuntimeError("the poll did not post exactly one announcement")
    return walk, post


ASK_EXTENSIONS = ("cogs.meta", "cogs.lore")
ASKED = "who plays On-jo?"


async def trace_ask(workdir: Path) -> tuple[Walk, Message]:
    """Walk 1 of docs/ARCHITECTURE.md: one `/ask` from the interaction to the reply, on a bot that has answered one other
    question already (its engine built and its patterns compiled, as after a start). The interaction is handled in the
    gateway's task and the answer worked out in a worker thread, neither of which this context starts, so every call into a
    project file while the command runs is counted, in every thread; the bot has nothing else to do then (the clock stands)."""
    import datetime as dt
    import threading

    walk = Walk()
    traced = threading.Event()

    def hook(frame: types.FrameType, event: str, _arg: object) -> None:
        if event == "call" and traced.is_set():
            _record(walk, frame)

    threading.setprofile(hook)  # the engine's worker threads start after this
    try:
        async with Harness.start(workdir, clock=ManualClock(dt.datetime.fromisoformat(START)), extensions=ASK_EXTENSIONS) as h:
            await h.discord.invoke(h.fan, h.general, "ask", question="who plays Nam-ra?")
            traced.set()
            sys.setprofile(hook)
            try:
                reply = await h.discord.invoke(h.fan, h.general, "ask", question=ASKED)
            finally:
                sys.setprofile(None)
                traced.clear()
    finally:
        threading.setprofile(None)
    return walk, reply


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="python -m bench.walk", description=__doc__.splitlines()[0])
    parser.add_argument("--functions", action="store_true", help="list every function per file")
    parser.add_argument("--ask", action="store_true", help=f"walk 1 instead: one /ask ({ASKED!r}) to its reply")
    args = parser.parse_args(argv)
    with tempfile.TemporaryDirectory(prefix="hyosan-walk-") as tmp:
        walk, post = asyncio.run((trace_ask if args.ask else trace_walk)(Path(tmp)))
    out = walk.summary()
    if args.ask:  # (the season-2 counts mean nothing here)
        out = {key: value for key, value in out.items() if key in ("files", "functions", "per_file")}
    if not args.functions:
        out["per_file"] = {path: len(names) for path, names in out["per_file"].items()}
    out["reply" if args.ask else "announcement"] = post.text[:200]
    print(json.dumps(out, indent=2, ensure_ascii=False))
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
