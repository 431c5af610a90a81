"""The end-to-end spoiler oracle: what readers see never gives away more than their audience may see.

One run (module-scoped: the bot starts once) drives every command the bot synced (walked from the
schema, as the hostile-input test does) and every button it posts, in channels marked {none, 0, 3,
7, 11} by members whose progress is {0, 5, 12}, publicly and privately (the bot's DMs, ephemeral
replies, "Show me privately"); the lore commands with every character, actor and episode and the
questions of the issue; trivia games with the bundled, generated and an imported list; season-2
news whose headlines name the show's events; two days of daily questions; autocomplete. The demo tour runs on its own bot. Then
everything the local Discord recorded is read as its audience reads it (tests/cogs/spoiler_oracle.py)
and scanned by the spoiler lexicon, which reads texts, not their tags.
"""

from __future__ import annotations

import asyncio
import contextlib
import datetime as dt
from collections.abc import AsyncIterator
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import pytest
import pytest_asyncio

from bot.clock import ManualClock
from bot.config import SyncMode
from bot.demo.console import DemoConsole
from bot.demo.main import demo_overrides, tour_lines
from bot.harness import MEMBER_PERMISSIONS, Harness
from bot.lore.content import bundled_pack
from bot.lore.lexicon import Lexicon, Reveal
from bot.sandbox import Attachment, Channel, Member, Message, RateLimits, Sandbox, SandboxError
from bot.sandbox.newsfeed import LocalNewsFeed
from bot.tree import APOLOGY
from tests.cogs.spoiler_oracle import Leak, Transcript, leaks

START = dt.datetime(2026, 3, 1, 12, 0, tzinfo=dt.UTC)
MARKS = (None, "0", "3", "7", "11")
PROGRESS = ("0", "5", "12")
#: The questions of the issue, and the everyday kinds fans ask: the fan furthest along asks each in every channel.
QUESTIONS = (
    "who kills Woo-jin?",
    "what is season 2 about?",
    "who is lee min-goo",
    "is gwi-nam a zombie now",
    "what happens to Cheong-san?",
    "does Nam-ra survive?",
    "who dies in episode 11?",
    "who bites Nam-ra?",
    "who is On-jo's father?",
    "who plays Park Ji-hu's character in season 2?",
    "which episode does Gwi-nam become a halfbie?",
    "who is Yong Ma-ru?",
    "who is in the season 2 cast?",
    "is Gwi-nam in season 2?",
    "who survives at the end?",
    "what weapon does Ha-ri use?",
    "does Cheong-san die in episode 11 and come back in season 2?",  # a spoiler typed in public
    "how does it end",
    "who dies",
    "was there only one survivor",
    "gwi-nam was killed by su-hyeok right",
    "who made the show",
    "how many seasons are there",
    "why is gwinam so strong",  # stop 30's new kinds: a halfbie's power, a crush, season 2's zombies
    "is daesu into hari",
    "are the zombies different in season 2",
    "is gwinam immune",  # a false premise said as far as the halfbie's episode
    "did gwinam save namra",  # a save that is not there, and what the sources have instead
    "who hid a bite",
    "whats the name of the principal",
    "does Cheong-san d\u0456e in episode 11?",  # a spoiler typed with a Cyrillic і, as Discord shows it
    "so nam_ra_becomes_a_halfbie?",  # and as a slug
    "rip cheongsan 💀 does he really die",  # spoilers typed the way fans type them: slang and emoji,
    "청산 죽어?",  # Korean,
    "onjos dad doesnt make it right",  # a relative without its apostrophe
    "why did namra kill onjo",  # a false premise: said not to be so, then what the sources say
    "why did the principal kill gwi-nam",  # roles reversed
    "the teacher who dies for nayeon, who plays her",  # a relative clause
    "is gwinam the villain",  # stop 41's new kinds: a judgement, with what the sources say of him
    "was gwinam the villain or the victim",
    "who dies at the end",  # the ending's deaths only
    "quem morre no final",  # Portuguese, read through the glosses
    "namra banjombi ya?",  # romanised Korean without a verb
    "does the dad die",  # several people fit: each named behind its own episode
    "why did onjo go back to the school",  # a motive
    "is there a kiss in season 2",  # what season 2 holds: nobody knows yet
    "is there romance in it",  # feelings and kisses, each hidden to its episode; never who ends up together
    "who was patient zero",  # the firsts, hidden to their episodes
    "was gyeong-su bitten",  # a card line with pronouns: "Na-yeon infects him on purpose and he turns" is his turn
    "did gyeongsu get infected by nayeon",
    "did woo-jin get bitten protecting his sister",  # a relative written with a pronoun
    "i just finished ep 6 and im crying who bit namra",  # stop 31's new kinds: the asker's own progress said first,
    "what is cheongsan doing in s2",  # someone's part in season 2 (his season-1 fate behind the last episode),
    "what happens to the homeroom teacher",  # a fate that says "(dies)" where its words do not
    "who saves hyoryeong after jimin leaves her",  # a moment said after the question
    "does onjo survive?? (no spoilers past ep 5 pls)",  # a plea to keep spoilers hidden, left out
    "ok but why",  # a bare follow-up, asked back
    "wait is gwinam actually dead or is he coming back in s2",  # stop 32: the s2 cast and how season 1 leaves him
    "where did the virus even come from",  # stop 32: its origin, who made it (hidden before episode 3)
    "sino pumatay kay woojin",  # stop 42's new kinds: Tagalog,
    "チョンサンは死ぬ？",  # Japanese with a katakana name,
    "did namra and onjo die together",  # two fates in one question,
    "exact episode nayeon dies?",  # a loose wording,
    "is onjo's dad confirmed for season 2",  # a relative's season-2 part (his fate behind its episode)
)
SPOILER_LIST = (
    b"AUTHOR: a fan\n"
    b"Cheong-san dies in episode 11 and Nam-ra becomes a halfbie. What colour is the sky?:\n- blue\n"
    b"Who survives the bombing of Hyosan with On-jo?:\n- Su-hyeok\n"
    b"What colour is the sky on a clear day?:\n- blue\n"
    b"How many legs does a spider have?:\n- 8\n- eight\n"
)
#: A list written to slip spoilers past the bot: zero-width spaces, look-alike letters, markdown
#: inside words and slugs in what a reveal shows (asked in the typed games, as category "spoilers"),
#: and a list and a category named after what happens (refused: names show where nothing hides).
SNEAKY_LIST = """hyosan: 1
name: sneaky
questions:
  - {question: "What is 3+3?", answers: ["6"], category: spoilers, explanation: "Cheong\u200bsan d\u200bies in episode 11"}
  - {question: "What is 5+5?", answers: ["10"], category: spoilers, explanation: "Nam-ra becomes a h\u0430lfbie"}
  - {question: "What is 1+1?", answers: ["2"], category: spoilers, explanation: "lee-na-yeon-dies-in-ep9"}
  - {question: "What is 4+4?", answers: ["8"], category: spoilers, explanation: "Su-hyeok d**ie**s? No: he s_urvive_s"}
""".encode()
SPOILING_NAMES = (
    ("namra-becomes-a-halfbie.yaml", None, SPOILER_LIST),
    ("quiz.yaml", "cheong san dies", SPOILER_LIST),
    ("quiz.yaml", None, SNEAKY_LIST.replace(b"name: sneaky", b"name: On-jo survives")),
    ("quiz.yaml", None, SNEAKY_LIST.replace(b"category: spoilers, explanation: \"Nam", b"category: \"Gwi-nam bites Nam-ra\", explanation: \"Nam")),
)
HEADLINES = (
    ("Cheong-san is alive: All of Us Are Dead season 2 reveals his return", "Soompi"),
    ("Season 2 confirms ||Cheong-san is alive|| in new teaser", "Koreaboo"),
    # a rumour (posted to the channels at level all) whose headline spoils
    ("Rumor: Nam-ra returns as a halfbie when All of Us Are Dead season 2 arrives on 11 June 2027, insiders say",
     "K-drama Blog"),
    # a headline in Japanese whose spoiler is in katakana (the lexicon reads those names since stop 42)
    ("「今、私たちの学校は」シーズン2、ナムラが半ゾンビとして帰還", "シネマトゥデイ"),
)
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


def benign(world: World, option: dict[str, Any]) -> Any:
    kind = option["type"]
    if option.get("choices"):
        return option["choices"][0]["value"]
    if kind == 3:
        return {"date": "2026-03-01", "release_date": "2026-06-01", "source_url": "https://example.com/news",
                "time": "09:00", "offsets": "1d", "name": "aouad"}.get(option["name"], "Cheong-san")
    if kind in (4, 10):
        return max(int(option.get("min_value", 1)), 1)
    if kind == 5:
        return True
    if kind == 6:
        return world.fans["5"]
    if kind == 7:
        return world.channels["3"]
    if kind == 8:
        return world.h.discord.add_role(world.h.guild, "watchers")
    if kind == 11:
        return Attachment("spoilers.yaml", SPOILER_LIST)
    raise AssertionError(f"option type {kind}")


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


async def play_trivia(world: World) -> None:
    """In every marked channel: a typed game of the imported list (its spoiling questions must not
    be asked there), a buttons game every fan answers, with a hint and a report, and a game capped
    by the mark; in the unmarked channel, long games that reveal every question allowed there."""
    h = world.h
    fan = world.fans["5"]
    for mark, channel in world.channels.items():
        await typed_game(world, channel)
        await buttons_game(world, channel, {"questions": 3})
        await buttons_game(world, channel, {"questions": 1, "up_to_episode": "12"})
        # Five 40-question games in the unmarked channel: no question repeats within five games, so
        # together they reveal every spoiler-free question with its source (177 today).
        # Each game is played to its end: on a loaded machine 40 steps of the clock could leave the
        # last questions unasked, the next start was refused ("already running") and its 1000 s of
        # clock never passed, so the daily questions below were set before their time of day.
        for _ in range({None: 5, "11": 1}.get(mark, 0)):
            await play_to_the_end(world, channel, steps=0)  # the game before, if it still runs
            started = await world.invoke(fan, channel, ("trivia", "start"), {"questions": 40})
            if started is None or "started trivia" not in started.text:
                world.run.apologies.append(f"no 40-question game started in the channel marked {mark}")
                continue
            await play_to_the_end(world, channel)
        with contextlib.suppress(SandboxError):
            await h.discord.invoke(h.moderator, channel, "trivia", "stop")


async def play_to_the_end(world: World, channel: Channel, steps: int = 40) -> None:
    """Move the clock a question at a time (25 s) `steps` times, then on until the game has ended."""
    service: Any = world.h.bot.get_cog("Trivia").service  # type: ignore[union-attr]
    for step in range(steps + 80):
        if step >= steps and await service.game_in(channel.id) is None:
            return
        await world.h.advance(dt.timedelta(seconds=25))
    world.run.apologies.append(f"a game in #{channel.name} never ended")


async def typed_game(world: World, channel: Channel) -> None:
    h = world.h
    started = await world.invoke(world.fans["5"], channel, ("trivia", "start"),
                                 {"category": "spoilers", "questions": 4, "mode": "typed"})
    for _ in range(4 if started is not None and "started trivia" in started.text else 0):
        for guess in ("blue", "Su-hyeok"):
            await h.discord.say(world.fans["0"], channel, guess)
        await asyncio.sleep(0.02)
        await h.advance(dt.timedelta(seconds=25))
        await h.advance(dt.timedelta(seconds=5))


async def buttons_game(world: World, channel: Channel, options: dict[str, Any]) -> None:
    h = world.h
    started = await world.invoke(world.fans["5"], channel, ("trivia", "start"), options)
    if started is None or "started trivia" not in started.text:
        return
    for _ in range(int(options["questions"])):
        await asyncio.sleep(0.02)
        question = next((m for m in reversed(h.discord.messages(channel)) if m.buttons), None)
        if question is None:
            break
        choices = [b for b in question.buttons if str(b["custom_id"]).startswith("trivia:")]
        for index, fan in enumerate(world.fans.values()):
            if choices:
                await world.click(fan, question, str(choices[index % len(choices)]["custom_id"]))
        hint = [b for b in question.buttons if str(b["custom_id"]).startswith("trivia-hint")]
        if hint:
            await world.click(world.fans["0"], question, str(hint[0]["custom_id"]))
        await h.advance(dt.timedelta(seconds=25))
        await asyncio.sleep(0.02)
        reveal = next((m for m in reversed(h.discord.messages(channel)) if any(
            str(b["custom_id"]).startswith("trivia-report") for b in m.buttons)), None)
        if reveal is not None:
            reasons = await world.click(world.fans["0"], reveal, str(reveal.buttons[0]["custom_id"]))
            if reasons is not None and reasons.buttons:
                await world.click(world.fans["0"], reasons, str(reasons.buttons[-1]["custom_id"]))
        await h.advance(dt.timedelta(seconds=5))


async def other_commands(world: World, schema: list[tuple[tuple[str, ...], list[dict[str, Any]], bool]]) -> None:
    """Every other command with its usual options: in every marked channel (moderators' commands as
    the moderator, the others as each fan), and in each fan's DMs where allowed."""
    h = world.h
    for path, options, in_dms in schema:
        if path[0] in LORE | SETUP or path == ("trivia", "start") or path == ("triviaset", "import"):
            continue
        required = {o["name"]: benign(world, o) for o in options if o.get("required")}
        moderators = path[0] in MODERATORS
        channels = list(world.channels.values())
        for index, channel in enumerate(channels):
            # Each channel hears from one member: the moderator for the moderators' commands, else a
            # fan rotating with the channel (whose progress a public reply must not use).
            member = h.moderator if moderators else list(world.fans.values())[index % len(world.fans)]
            await world.invoke(member, channel, path, required)
        if in_dms:
            for fan in world.fans.values():
                await world.invoke(fan, h.discord.dm_channel(fan), path, required)


async def autocompletes(world: World, schema: list[tuple[tuple[str, ...], list[dict[str, Any]], bool]]) -> None:
    h = world.h
    for path, options, _ in schema:
        for option in options:
            if not option.get("autocomplete"):
                continue
            required = {o["name"]: benign(world, o) for o in options if o.get("required") and o is not option}
            member = h.moderator if path[0] in MODERATORS else world.fans["0"]
            for typed in ("", "ch", "nam", "s1", "1", "dead", "gwi"):
                world.run.autocompletes += 1
                with contextlib.suppress(SandboxError):
                    await h.discord.autocomplete(member, world.channels["0"], path[0], *path[1:], focused=option["name"],
                                                 options={**required, option["name"]: typed})


async def season_two_news(world: World, feed: LocalNewsFeed) -> None:
    h = world.h
    for channel in (world.channels[None], world.channels["11"]):
        await world.invoke(h.moderator, channel, ("season2set", "announce", "set"), {"channel": channel, "level": "all"})
    for title, publisher in HEADLINES:
        feed.add_headline(title, publisher=publisher)
    cog: Any = h.bot.get_cog("Season2")
    await cog.service.tracking.poll_now()
    await asyncio.sleep(0.3)
    for channel in world.channels.values():
        await world.invoke(world.fans["12"], channel, ("season2", "status"), {})


async def daily_questions(world: World) -> None:
    """A daily question in every marked channel, from the imported spoiling lists and a built-in
    category, for two days: each day's post, a fan's answer to it, and yesterday's closed post."""
    h = world.h
    # A time of day already past: each jump of a day then lands after it (a time still ahead today
    # would be jumped over: the day's post is due only once its time has come on that day).
    now = h.bot.clock.now().astimezone(dt.UTC)
    at = max(now - dt.timedelta(minutes=1), now.replace(hour=0, minute=0)).strftime("%H:%M")
    for channel in world.channels.values():
        await world.invoke(h.moderator, channel, ("triviaset", "daily"),
                           {"channel": channel, "time": at, "lists": "spoilers, sneaky, characters"})
    def posted(day: int) -> bool:
        return all(sum(m.text.startswith("**Daily question") for m in h.discord.messages(c)) >= day
                   for c in world.channels.values())

    for day in (1, 2):
        await h.advance(dt.timedelta(days=1))
        # the posts go out after the clock moved, through the outbox: wait for them, not a fixed while
        # (up to a minute: on a loaded machine, five channels' questions took over 15 s)
        for _ in range(1200):
            if posted(day):
                break
            await asyncio.sleep(0.05)
        await asyncio.sleep(0.3)  # and for yesterday's post to be closed
        for mark, channel in world.channels.items():
            posts = [m for m in h.discord.messages(channel) if m.text.startswith("**Daily question")]
            if len(posts) < day:  # every marked channel has built-in questions it may be asked
                world.run.apologies.append(f"no daily question on day {day} in the channel marked {mark}")
            elif posts[-1].buttons:
                await world.click(world.fans["5"], posts[-1], str(posts[-1].buttons[0]["custom_id"]))


@pytest_asyncio.fixture(scope="module", loop_scope="module")
async def oracle(tmp_path_factory: pytest.TempPathFactory) -> AsyncIterator[Run]:
    lexicon = Lexicon.from_pack(bundled_pack())
    run = Run()
    async with contextlib.AsyncExitStack() as stack:
        feed = await stack.enter_async_context(LocalNewsFeed(title="K-drama News", publisher="News"))
        clock = ManualClock(START)
        # Rate limits are the sandbox's own tests' business: here they would only add waiting.
        discord = await stack.enter_async_context(Sandbox(clock=clock, rate_limits=RateLimits.unlimited()))
        h = await stack.enter_async_context(Harness.start(
            tmp_path_factory.mktemp("oracle"), clock=clock, sandbox=discord, sync=SyncMode.GLOBAL,
            rss_feeds=(feed.feed_url,),
        ))
        channels: dict[str | None, Channel] = {None: h.general}
        for mark in MARKS[1:]:
            channels[mark] = h.discord.add_channel(h.guild, f"marked-{mark}")
        fans = {p: h.discord.add_member(h.guild, f"fan-at-{p}", permissions=MEMBER_PERMISSIONS) for p in PROGRESS}
        world = World(h, channels, fans, run, Transcript(h.discord, h.db_path))
        for mark, channel in channels.items():
            if mark is not None:
                await world.invoke(h.moderator, channel, ("spoilers",), {"up_to": mark})
        for progress, fan in fans.items():
            await world.invoke(fan, h.general, ("progress",), {"watched": progress})
            await world.invoke(fan, h.discord.dm_channel(fan), ("progress",), {"watched": progress})
        schema = leaves(h.discord.registered_commands())
        await world.invoke(h.moderator, h.general, ("triviaset", "import"), {"file": Attachment("spoilers.yaml", SPOILER_LIST)})
        await world.invoke(h.moderator, h.general, ("triviaset", "import"), {"file": Attachment("sneaky.yaml", SNEAKY_LIST)})
        for filename, name, data in SPOILING_NAMES:
            refused = await world.invoke(h.moderator, h.general, ("triviaset", "import"),
                                         {"file": Attachment(filename, data), **({"name": name} if name else {})})
            if refused is None or "names what happens in the show" not in refused.text:
                run.apologies.append(f"a list named after what happens was imported: {filename} {name}")
        for path, _, in_dms in schema:
            if path[0] in LORE:
                await lore_matrix(world, path, in_dms)
        await play_trivia(world)
        await other_commands(world, schema)
        await autocompletes(world, schema)
        await season_two_news(world, feed)
        await daily_questions(world)
        await asyncio.sleep(0.1)
        shown = world.transcript.read()
    # Scanned once the bot has stopped: the scan of >10,000 strings holds the loop for seconds (over
    # 40 under load), which would block the bot's gateway heartbeats if it still ran on it.
    run.strings = len(shown)
    run.leaks = leaks(lexicon, shown)
    yield run


@pytest_asyncio.fixture(scope="module", loop_scope="module")
async def tour_run(tmp_path_factory: pytest.TempPathFactory) -> Run:
    run = Run()
    await tour(tmp_path_factory.mktemp("tour"), Lexicon.from_pack(bundled_pack()), run)
    return run


class QuickConsole(DemoConsole):
    """The demo's console, waiting only as long as the bot needs here (no reader to pace for)."""

    async def settle(self, seconds: float = 0.25, *, until_quiet: bool = True) -> None:
        await super().settle(min(seconds, 0.05), until_quiet=until_quiet)


async def tour(workdir: Path, lexicon: Lexicon, run: Run) -> None:
    """The demo tour, read after each of its steps (marks and progress change along the way)."""
    async with contextlib.AsyncExitStack() as stack:
        overrides = await demo_overrides(stack)  # the tour's own steps and local sources
        clock = ManualClock(START)
        discord = await stack.enter_async_context(Sandbox(clock=clock, rate_limits=RateLimits.unlimited()))
        h = await stack.enter_async_context(Harness.start(workdir, clock=clock, sandbox=discord, **overrides))
        console = QuickConsole(h, strict=True)  # every step must do what the tour says
        console.out = lambda *_: None  # type: ignore[method-assign]
        transcript = Transcript(h.discord, h.db_path)
        read: dict[tuple[str, str], Reveal | None] = {}  # each step's transcript holds the earlier steps'
        for line in tour_lines():
            await console.run_line(line)
            shown = transcript.read()
            run.tour_strings += len(shown)
            run.tour_leaks.extend(leaks(lexicon, shown, read))


pytestmark = pytest.mark.asyncio(loop_scope="module")


def listed(items: list[Any]) -> str:
    distinct = list(dict.fromkeys(str(i) for i in items))
    return f"{len(items)} problem(s), {len(distinct)} distinct:\n" + "\n".join(distinct[:40])


# One test per run: pytest-xdist would otherwise run the module's fixture once per worker.


async def test_no_public_or_private_reply_shows_more_than_its_audience_may_see(oracle: Run) -> None:
    print(oracle.report())
    assert not oracle.apologies, listed(oracle.apologies)  # every command and button was really driven
    assert oracle.invocations > 1000 and oracle.clicks > 300 and oracle.autocompletes > 20
    assert oracle.strings > 10_000
    assert not oracle.leaks, listed(oracle.leaks)


async def test_the_demo_tour_shows_no_more_than_its_audience_may_see(tour_run: Run) -> None:
    print(f"demo tour: {tour_run.tour_strings} strings checked")
    assert tour_run.tour_strings > 100
    assert not tour_run.tour_leaks, listed(tour_run.tour_leaks)
