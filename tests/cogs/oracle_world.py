"""The spoiler oracle's world: one bot on the local Discord with channels marked {none, 0, 3, 7, 11}
and members whose progress is {0, 5, 12}, driven by the oracle's modules (tests/cogs/test_spoiler_oracle*.py).

The oracle is split by what it drives (the character, cast and episode cards; /ask; trivia, the
other commands and season-2 news; the demo tour), each on its own bot, so pytest-xdist runs the
parts side by side: as one module it held one worker for half a minute at the end of `make test`.
Each part asserts floors on what it drove and read; together they are the whole oracle's (more
than 1,000 commands, 300 clicks, 20 autocompletes and 10,000 strings).
"""

from __future__ import annotations

import contextlib
import datetime as dt
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from bot.clock import ManualClock
from bot.config import SyncMode
from bot.harness import MEMBER_PERMISSIONS, Harness
from bot.lore.content import bundled_pack
from bot.lore.lexicon import Lexicon, lexicon_of
from bot.sandbox import Channel, Member, Message, RateLimits, Sandbox, SandboxError
from bot.tree import APOLOGY
from tests.cogs.oracle_questions import QUESTIONS
from tests.cogs.spoiler_oracle import Leak, Shown, Transcript, leaks

START = dt.datetime(2026, 3, 1, 12, 0, tzinfo=dt.UTC)
MARKS = (None, "0", "3", "7", "11")
PROGRESS = ("0", "5", "12")
LORE = {"cast", "character", "episode", "ask"}
SETUP = {"progress", "spoilers"}
#: Commands Discord shows only to members who may manage the server (default_member_permissions).
MODERATORS = {"triviaset", "season2set", "spoilers", "lore"}


@dataclass
class Run:
    """What the oracle saw: its size, and everything that went wrong."""

    invocations: int = 0
    clicks: int = 0
    autocompletes: int = 0
    strings: int = 0
    leaks: list[Leak] = field(default_factory=list)
    apologies: list[str] = field(default_factory=list)
    tour_strings: int = 0
    tour_leaks: list[Leak] = field(default_factory=list)

    def report(self) -> str:
        return (
            f"{self.invocations} commands, {self.clicks} clicks, {self.autocompletes} autocompletes; "
            f"{self.strings} strings checked"
        )


@dataclass
class World:
    h: Harness
    channels: dict[str | None, Channel]
    fans: dict[str, Member]
    run: Run
    transcript: Transcript

    async def invoke(self, member: Member, channel: Channel, path: tuple[str, ...], options: dict[str, Any]) -> Message | None:
        self.run.invocations += 1
        try:
            reply = await self.h.discord.invoke(member, channel, path[0], *path[1:], options=options, timeout=10)
        except SandboxError as exc:
            self.run.apologies.append(f"/{' '.join(path)} {options}: {exc}")
            return None
        if APOLOGY in reply.text:
            self.run.apologies.append(f"/{' '.join(path)} {options}: {reply.text[:200]}")
        return reply

    async def click(self, member: Member, message: Message, custom_id: str) -> Message | None:
        self.run.clicks += 1
        try:
            return await self.h.discord.click(member, self.h.discord.message(message.id), custom_id, timeout=10)
        except SandboxError:
            return None  # a closed question, an answer already given: not what is checked here


def leaves(commands: list[dict[str, Any]]) -> list[tuple[tuple[str, ...], list[dict[str, Any]], bool]]:
    """(path, options, allowed in DMs) of every invocable command the bot synced."""
    out: list[tuple[tuple[str, ...], list[dict[str, Any]], bool]] = []

    def walk(path: tuple[str, ...], options: list[dict[str, Any]], in_dms: bool) -> None:
        subs = [o for o in options if o.get("type") in (1, 2)]
        if not subs:
            out.append((path, options, in_dms))
        for sub in subs:
            walk((*path, sub["name"]), sub.get("options") or [], in_dms)

    for command in commands:
        if command.get("type", 1) == 1:
            walk((command["name"],), command.get("options") or [], 1 in (command.get("contexts") or []))
    return out



def lore_arguments(path: tuple[str, ...]) -> list[dict[str, Any]]:
    pack = bundled_pack()
    if path == ("character",):
        return [{"name": f"character:{cid}"} for cid in pack.characters]
    if path == ("cast",):  # a character's cast card is its actor's name: a few of them, and every actor
        some = ("nam-on-jo", "lee-cheong-san", "yong-ma-ru")
        return [{}, *({"name": f"character:{cid}"} for cid in some), *({"name": f"person:{pid}"} for pid in pack.people)]
    if path == ("episode",):
        return [{"number": f"S1E{n}"} for n in range(1, 13)]
    return [{"question": q} for q in QUESTIONS]


async def lore_matrix(world: World, path: tuple[str, ...], in_dms: bool) -> None:
    """Every argument publicly and privately. The fan furthest along (whom a reply at the asker's
    progress would betray) asks in every channel and the others in a channel that rotates with the
    argument, so across the arguments every (mark, progress) pair is covered; each fan clicks "Show
    me privately" once per argument (in that rotating channel; /ask's fan furthest along, in every
    channel) and asks in their DMs."""
    channels = list(world.channels.values())
    for index, options in enumerate(lore_arguments(path)):
        for number, (progress, fan) in enumerate(world.fans.items()):
            rotating = channels[(index + number) % len(channels)]
            furthest = progress == PROGRESS[-1]
            for channel in channels if furthest else [rotating]:
                reply = await world.invoke(fan, channel, path, options)
                if reply is not None and reply.buttons and (channel is rotating or (furthest and path == ("ask",))):
                    await world.click(fan, reply, str(reply.buttons[0]["custom_id"]))
            if in_dms:
                await world.invoke(fan, world.h.discord.dm_channel(fan), path, options)


async def open_world(stack: contextlib.AsyncExitStack, workdir: Path, **overrides: Any) -> World:
    """A bot (commands synced globally, as in production) whose channels are marked and whose fans
    have said their progress, publicly and in their DMs; it stops when `stack` closes."""
    clock = ManualClock(START)
    # Rate limits are the sandbox's own tests' business: here they would only add waiting.
    discord = await stack.enter_async_context(Sandbox(clock=clock, rate_limits=RateLimits.unlimited()))
    h = await stack.enter_async_context(Harness.start(workdir, clock=clock, sandbox=discord, sync=SyncMode.GLOBAL,
                                                      **overrides))
    channels: dict[str | None, Channel] = {None: h.general}
    for mark in MARKS[1:]:
        channels[mark] = h.discord.add_channel(h.guild, f"marked-{mark}")
    fans = {p: h.discord.add_member(h.guild, f"fan-at-{p}", permissions=MEMBER_PERMISSIONS) for p in PROGRESS}
    world = World(h, channels, fans, Run(), Transcript(h.discord, h.db_path))
    for mark, channel in channels.items():
        if mark is not None:
            await world.invoke(h.moderator, channel, ("spoilers",), {"up_to": mark})
    for progress, fan in fans.items():
        await world.invoke(fan, h.general, ("progress",), {"watched": progress})
        await world.invoke(fan, h.discord.dm_channel(fan), ("progress",), {"watched": progress})
    return world


def scanned(run: Run, lexicon: Lexicon, shown: list[Shown]) -> Run:
    """`run` with what was shown read by the lexicon. Called once the bot has stopped: the scan of
    thousands of strings holds the loop for seconds (over 40 under load), which would block the
    bot's gateway heartbeats if it still ran on it."""
    run.strings = len(shown)
    run.leaks = leaks(lexicon, shown)
    return run


def listed(items: list[Any]) -> str:
    distinct = list(dict.fromkeys(str(i) for i in items))
    return f"{len(items)} problem(s), {len(distinct)} distinct:\n" + "\n".join(distinct[:40])


async def lore_run(workdir: Path, commands: set[str]) -> Run:
    """A bot driven through the lore `commands` with every argument, in every marked channel, by every
    fan, publicly and privately; what it showed, scanned once the bot has stopped."""
    lexicon = lexicon_of(bundled_pack())
    async with contextlib.AsyncExitStack() as stack:
        world = await open_world(stack, workdir)
        for path, _, in_dms in leaves(world.h.discord.registered_commands()):
            if path[0] in commands:
                await lore_matrix(world, path, in_dms)
        shown = world.transcript.read()
    return scanned(world.run, lexicon, shown)


def spoils_nothing(run: Run, invocations: int, clicks: int, strings: int) -> None:
    """The oracle's verdict on a part: everything was really driven (no apology, at least the floors
    given), and nothing any audience saw gives away more than it may see."""
    print(run.report())
    assert not run.apologies, listed(run.apologies)  # every command and button was really driven
    assert run.invocations > invocations and run.clicks > clicks, run.report()  # (no assert rewriting here)
    assert run.strings > strings, run.report()
    assert not run.leaks, listed(run.leaks)
