"""Every synced slash command, fed hostile input through the local Discord.

One barrage (module-scoped: the bot starts once) walks the command schema the bot actually
synced (globally, as in production) and invokes every leaf command as a fan and as a moderator
(each only where Discord shows it to them), and, for the commands allowed in DMs, as a fan in their
DM with the bot, with a fixed corpus of nasty values per option type, within the limits Discord
enforces client-side (min/max, lengths, choices). The tests below each check one property of every reply the barrage saw; a hypothesis
test then draws further strings and integers for the free-text and numeric options.
"""

from __future__ import annotations

import asyncio
import contextlib
import datetime as dt
import logging
import re
import sqlite3
from collections.abc import AsyncIterator, Iterator
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import pytest
import pytest_asyncio
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from bot.clock import ManualClock
from bot.config import SyncMode
from bot.harness import Harness
from bot.sandbox import Attachment, Channel, Member, Message, RateLimits, Role, Sandbox, SandboxError
from bot.tree import APOLOGY
from tests.e2e.driving import settled

JSON = dict[str, Any]
START = dt.datetime(2026, 3, 1, 12, 0, tzinfo=dt.UTC)

# ---- the corpus -------------------------------------------------------------------------------

MENTIONS = "@everyone @here <@&{role}> <@{user}> <#{channel}>"
STRING_CORPUS: tuple[str, ...] = (
    "",
    "   \t  ",
    MENTIONS,
    "**__~~`|| *bold* _it_ `code` ```block``` > quote # head [x](https://e.com) -- ~~s~~ __u__",
    "||Cheong-san dies|| and then ||",
    "a || b",
    "\\|| escaped \\||| \\\\|| bars",
    "`||` inside ``code || `` and out ||",
    "Nam\u200b-ra\ufeff \u202eevil\u202c \u2066iso\u2069 \u00ad",
    "ctrl\x00\x01\x07\x1b[31m\x7f\r\nline2\u0085end",
    "🧟‍♂️🔥 Cheong-san ẑ̴̛o̵̡m̶̢b̷̨i̷̢ é\u0301 한국어 지금 우리 학교는",
    "'); DROP TABLE trivia_lists; --",
    "\" OR 1=1; SELECT * FROM sqlite_master; /*",
    "javascript:alert(document.cookie)//https://evil.example/?q=<script>",
    "key: &a [*a, *a, *a]\n- !!python/object/apply:os.system ['rm -rf /']\n{x: y}",
    "%s %d {0} {name} ${HOME} $(whoami) \\n \\x00",
    "Cheong-san",
)
INT_EXTRAS = (0, -1, 1)
DISCORD_INT_MIN, DISCORD_INT_MAX = -(2**53), 2**53
BENIGN = {
    "question": "who plays Cheong-san?",
    "name": "Cheong-san",
    "date": "2026-03-01",
    "release_date": "2026-06-01",
    "source_url": "https://example.com/news",
    "time": "09:00",
    "offsets": "1d",
}

YAML_BOMB = b"""a: &a ["lol","lol","lol","lol","lol","lol","lol","lol","lol"]
b: &b [*a,*a,*a,*a,*a,*a,*a,*a,*a]
c: &c [*b,*b,*b,*b,*b,*b,*b,*b,*b]
d: &d [*c,*c,*c,*c,*c,*c,*c,*c,*c]
e: &e [*d,*d,*d,*d,*d,*d,*d,*d,*d]
f: &f [*e,*e,*e,*e,*e,*e,*e,*e,*e]
g: &g [*f,*f,*f,*f,*f,*f,*f,*f,*f]
h: &h [*g,*g,*g,*g,*g,*g,*g,*g,*g]
i: &i [*h,*h,*h,*h,*h,*h,*h,*h,*h]
"""
PNG = (
    b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR\x00\x00\x00\x01\x00\x00\x00\x01\x08\x06\x00\x00\x00\x1f\x15\xc4\x89"
    b"\x00\x00\x00\rIDATx\x9cc\xf8\x0f\x00\x00\x01\x01\x00\x05\x18\xd8N\x00\x00\x00\x00IEND\xaeB`\x82"
)
TINY_LIST = (
    b"AUTHOR: fuzz <@&1> @everyone ||\n"
    b"Which city is the capital of France?:\n- Paris\n"
    b"How many legs does a spider have?:\n- 8\n- eight\n"
    b"What is @everyone || **bold**?:\n- a ping\n"
)


def attachments() -> list[Attachment]:
    return [
        Attachment("zeros.yaml", bytes(10 * 1024 * 1024)),
        Attachment("bomb.yaml", YAML_BOMB),
        Attachment("latin1.yaml", "Qui a écrit?:\n- Léa\n".encode("latin-1") + b"\xff\xfe\x80"),
        Attachment("image.png", PNG, content_type="image/png"),
        Attachment("empty.yaml", b""),
        Attachment("@everyone ||x.yaml", TINY_LIST),
        Attachment("tiny.yaml", TINY_LIST),
        Attachment("digits.yaml", b"What?:\n- " + b"9" * 100_000 + b"\n"),  # past Python's int-reading limit
    ]


# ---- the schema -------------------------------------------------------------------------------


@dataclass(frozen=True)
class Leaf:
    path: tuple[str, ...]
    options: tuple[JSON, ...]
    default_permissions: str | None
    in_dms: bool = False

    @property
    def label(self) -> str:
        return "/" + " ".join(self.path)


def leaves(commands: list[JSON]) -> list[Leaf]:
    """Every invocable command: top-level commands, subcommands and subcommands of groups."""
    out: list[Leaf] = []

    def walk(path: tuple[str, ...], options: list[JSON], perms: str | None, in_dms: bool) -> None:
        subs = [o for o in options if o.get("type") in (1, 2)]
        if not subs:
            out.append(Leaf(path, tuple(options), perms, in_dms))
            return
        for sub in subs:
            walk((*path, sub["name"]), sub.get("options") or [], perms, in_dms)

    for command in commands:
        if command.get("type", 1) == 1:
            in_dms = 1 in (command.get("contexts") or [])
            walk((command["name"],), command.get("options") or [], command.get("default_member_permissions"), in_dms)
    return out


def fit_string(opt: JSON, text: str) -> str | None:
    """`text` as a client would let it through for this option, or None if it cannot be sent."""
    lo, hi = opt.get("min_length", 0), opt.get("max_length", 6000)
    if len(text) > hi:
        text = text[:hi]
    if len(text) < lo:
        return None
    return text


@dataclass(repr=False)
class World:
    h: Harness
    role: Role
    locked: Any  # a channel where the bot may not post
    forum: Any  # a forum channel (/spoilers forum:)

    def mentions(self) -> str:
        return MENTIONS.format(role=self.role.id, user=self.h.moderator.id, channel=self.h.general.id)

    def values(self, opt: JSON) -> list[Any]:
        """The hostile values for one option, within what Discord lets a client send."""
        kind = opt["type"]
        if opt.get("choices"):
            return [c["value"] for c in opt["choices"]]
        if kind == 3:
            longest = "x" * min(opt.get("max_length", 4000), 4000)
            texts = [t if t != MENTIONS else self.mentions() for t in STRING_CORPUS]
            texts.append(longest)
            texts.append((self.mentions() + " ||") * 200)
            fitted = (fit_string(opt, t) for t in texts)
            return list(dict.fromkeys(t for t in fitted if t is not None))
        if kind in (4, 10):
            lo = opt.get("min_value", DISCORD_INT_MIN)
            hi = opt.get("max_value", DISCORD_INT_MAX)
            picks = [lo, hi, *(v for v in INT_EXTRAS if lo <= v <= hi)]
            if kind == 10:
                picks.append((lo + hi) / 2 + 0.5 if hi - lo > 1 else lo)
            return list(dict.fromkeys(picks))
        if kind == 5:
            return [True, False]
        if kind == 6:
            return [self.h.fan, self.h.moderator]
        if kind == 7:
            allowed = opt.get("channel_types")
            channels = [*self.h.channels.values(), self.locked, self.forum]
            return [c for c in channels if not allowed or c.type in allowed]
        if kind == 8:
            return [self.role]
        if kind == 11:
            return attachments()
        raise AssertionError(f"option type {kind} is not covered by the fuzz test")

    def benign(self, opt: JSON) -> Any:
        kind = opt["type"]
        if opt.get("choices"):
            return opt["choices"][0]["value"]
        if kind == 3:
            return fit_string(opt, BENIGN.get(opt["name"], "Cheong-san")) or "x" * opt.get("min_length", 1)
        return self.values(opt)[0]


@dataclass(frozen=True)
class Case:
    leaf: Leaf
    options: dict[str, Any]
    hostile: str  # the option under attack ("" for the baseline)

    def describe(self) -> str:
        shown = {k: (v if not isinstance(v, str) or len(v) < 60 else v[:57] + "...") for k, v in self.options.items()}
        shown = {k: (getattr(v, "name", None) or getattr(v, "filename", None) or v) for k, v in shown.items()}
        return f"{self.leaf.label} {shown!r}"


def cases(world: World, leaf: Leaf) -> Iterator[Case]:
    """A baseline with the required options, then each option's hostile values one at a time, then
    every option at once with its first hostile value."""
    required = {o["name"]: world.benign(o) for o in leaf.options if o.get("required")}
    yield Case(leaf, dict(required), "")
    for opt in leaf.options:
        for value in world.values(opt):
            yield Case(leaf, {**required, opt["name"]: value}, opt["name"])
    if len(leaf.options) > 1:
        everything = {o["name"]: world.values(o)[min(2, len(world.values(o)) - 1)] for o in leaf.options}
        yield Case(leaf, everything, "*")


# ---- checking one reply -----------------------------------------------------------------------

def spoiler_bars(text: str) -> int:
    """How many `||` Discord would read as spoiler markers: backslash escapes and code spans count."""
    bars = 0
    i = 0
    n = len(text)
    while i < n:
        ch = text[i]
        if ch == "\\" and i + 1 < n:
            i += 2
            continue
        if ch == "`":
            run = len(text[i:]) - len(text[i:].lstrip("`"))
            close = text.find("`" * run, i + run)
            while close != -1 and (close + run < n and text[close + run] == "`"):
                close = text.find("`" * run, close + run + 1)
            if close != -1:
                i = close + run
                continue
            i += run
            continue
        if ch == "|" and i + 1 < n and text[i + 1] == "|":
            bars += 1
            i += 2
            continue
        i += 1
    return bars


def visible_parts(reply: Message) -> list[str]:
    """Each piece of text Discord renders on its own (spoilers never span two of them)."""
    parts = [reply.content] if reply.content else []
    for embed in reply.embeds:
        author = embed.get("author") or {}
        footer = embed.get("footer") or {}
        parts += [str(v) for v in (author.get("name"), embed.get("title"), embed.get("description")) if v]
        for f in embed.get("fields") or []:
            parts += [str(f.get("name", "")), str(f.get("value", ""))]
        if footer.get("text"):
            parts.append(str(footer["text"]))
    for button in reply.buttons:
        if button.get("label"):
            parts.append(str(button["label"]))
    return parts


def reply_problems(world: World, case: Case, reply: Message) -> list[str]:
    problems: list[str] = []
    text = reply.text
    if APOLOGY in text:
        problems.append("answered with the unexpected-error apology")
    if reply.mentions_pinged:
        problems.append(f"pinged {reply.mentions_pinged}")
    typed = " ".join(v for v in case.options.values() if isinstance(v, str))
    for raw in ("@everyone", "@here", f"<@&{world.role.id}>"):
        if raw in typed and raw in text:
            problems.append(f"echoed {raw!r} unescaped")
    for part in visible_parts(reply):
        if spoiler_bars(part) % 2:
            problems.append(f"unbalanced spoiler bars in {part[:120]!r}")
    return problems


# ---- the barrage ------------------------------------------------------------------------------


class _Errors(logging.Handler):
    def __init__(self) -> None:
        super().__init__(logging.ERROR)
        self.records: list[logging.LogRecord] = []

    def emit(self, record: logging.LogRecord) -> None:
        self.records.append(record)


@dataclass(repr=False)
class Barrage:
    world: World
    invocations: int = 0
    dm_invocations: int = 0
    autocompletes: int = 0
    typed_replies: int = 0
    failures: dict[str, list[str]] = field(default_factory=dict)
    errors_logged: list[str] = field(default_factory=list)
    unhandled: list[str] = field(default_factory=list)
    about_after: Message | None = None
    integrity: str = ""
    leaves: list[Leaf] = field(default_factory=list)

    def fail(self, kind: str, what: str) -> None:
        self.failures.setdefault(kind, []).append(what)


def channel_for(world: World, leaf: Leaf) -> Any:
    return world.h.channels["trivia" if leaf.path[0] in ("trivia", "triviaset") else "general"]


def may_use(leaf: Leaf, member: Member, world: World) -> bool:
    """Whether the client even shows the command to `member` (default_member_permissions)."""
    if leaf.default_permissions is None:
        return True
    need = int(leaf.default_permissions)
    return need != 0 and member.permissions & need == need


async def invoke(world: World, member: Member, case: Case, channel: Channel | None = None) -> Message:
    h = world.h
    return await h.discord.invoke(
        member, channel or channel_for(world, case.leaf), case.leaf.path[0], *case.leaf.path[1:],
        options=case.options, timeout=10,
    )


#: What the command tree answers a member lacking a permission, or running a server's command elsewhere.
REFUSED_FOR_PERMISSIONS = re.compile(r"^You need the .+ permission for that\.$|^That command works only in a server\.$")


async def run_case(barrage: Barrage, member: Member, case: Case, channel: Channel | None = None) -> None:
    world = barrage.world
    where = " in a DM" if channel is not None and channel.guild_id is None else ""
    who = f"as {member.name}{where}: {case.describe()}"
    seen = len(world.h.discord.unhandled)
    barrage.invocations += 1
    try:
        reply = await invoke(world, member, case, channel)
    except SandboxError as exc:
        barrage.fail("no reply", f"{who}: {exc}")
        return
    for problem in reply_problems(world, case, reply):
        barrage.fail(problem.split(" ")[0], f"{who}: {problem}")
    if member is not world.h.moderator and REFUSED_FOR_PERMISSIONS.match(reply.text):
        barrage.fail("refused", f"{who}: shown the command, then refused: {reply.text!r}")
    for rec in world.h.discord.unhandled[seen:]:
        barrage.unhandled.append(f"{who}: {rec.method} {rec.path}")
    if case.leaf.path[:2] == ("trivia", "start"):
        # Leave no game running, so the next case's start is judged on its own input.
        stop = Case(Leaf(("trivia", "stop"), (), None), {}, "")
        with contextlib.suppress(SandboxError):
            stopped = await invoke(world, world.h.moderator, stop)
            for problem in reply_problems(world, stop, stopped):
                barrage.fail(problem.split(" ")[0], f"/trivia stop after {who}: {problem}")


async def typed_guesses(barrage: Barrage) -> None:
    """Hostile text typed as answers in a typed-mode game: whatever the bot posts stays inert."""
    world = barrage.world
    h = world.h
    trivia = h.channels["trivia"]
    start = Case(Leaf(("trivia", "start"), (), None), {"mode": "typed", "questions": 3}, "")
    started = await invoke(world, h.moderator, start)
    if APOLOGY in started.text:
        barrage.fail("answered", "typed /trivia start: answered with the unexpected-error apology")
    before = {m.id for m in h.discord.messages(trivia)}
    texts = [t if t != MENTIONS else world.mentions() for t in STRING_CORPUS if t.strip()]
    for text in texts:
        await h.discord.say(h.fan, trivia, text)
    await h.discord.say(h.fan, trivia, "Paris")  # something that may well be right, to draw a reply
    await settled(h)  # every typed message handled
    with contextlib.suppress(SandboxError):
        await invoke(world, h.moderator, Case(Leaf(("trivia", "stop"), (), None), {}, ""))
    typed = Case(start.leaf, {"guesses": " ".join(texts)}, "guesses")
    for message in h.discord.messages(trivia):
        if message.id in before or message.author_id != h.discord.bot_user_id:
            continue
        barrage.typed_replies += 1
        for problem in reply_problems(world, typed, message):
            barrage.fail(problem.split(" ")[0], f"typed answers: {problem}")


async def run_autocomplete(barrage: Barrage, leaf: Leaf, opt: JSON, text: str) -> None:
    """Typing `text` into an autocomplete option: at most 25 choices, each a valid Discord choice."""
    world = barrage.world
    others = {o["name"]: world.benign(o) for o in leaf.options if o.get("required") and o is not opt}
    who = f"autocomplete {leaf.label} {opt['name']}={text[:40]!r}"
    member = world.h.fan if may_use(leaf, world.h.fan, world) else world.h.moderator
    barrage.autocompletes += 1
    try:
        choices = await world.h.discord.autocomplete(
            member, channel_for(world, leaf), leaf.path[0], *leaf.path[1:],
            focused=opt["name"], options={**others, opt["name"]: text},
        )
    except SandboxError as exc:
        barrage.fail("no reply", f"{who}: {exc}")
        return
    if len(choices) > 25:
        barrage.fail("answered", f"{who}: {len(choices)} choices")
    for choice in choices:
        name, value = str(choice.get("name", "")), choice.get("value")
        if not 1 <= len(name) <= 100 or (isinstance(value, str) and not 1 <= len(value) <= 100):
            barrage.fail("answered", f"{who}: invalid choice {choice!r}")
        if spoiler_bars(name):
            barrage.fail("unbalanced", f"{who}: spoiler bars in choice {name!r}")


@pytest_asyncio.fixture(scope="module", loop_scope="module")
async def barrage(tmp_path_factory: pytest.TempPathFactory) -> AsyncIterator[Barrage]:
    tmp: Path = tmp_path_factory.mktemp("hostile")
    errors = _Errors()
    root = logging.getLogger()
    root.addHandler(errors)
    try:
        clock = ManualClock(START)
        # Discord's rate limits are the sandbox's own tests' business (tests/sandbox/test_ratelimits.py, the 429
        # tests of the cogs): here discord.py only waited them out, about 30 s of a worker's time doing nothing.
        async with (
            Sandbox(clock=clock, rate_limits=RateLimits.unlimited()) as discord,
            Harness.start(tmp, clock=clock, sandbox=discord, sync=SyncMode.GLOBAL) as h,
        ):
            role = h.discord.add_role(h.guild, "Crew @everyone ||", mentionable=True)
            locked = h.discord.add_channel(h.guild, "locked")
            h.discord.deny(locked)
            world = World(h, role, locked, h.discord.add_channel(h.guild, "theories", type=15))
            result = Barrage(world)
            result.leaves = leaves(h.discord.registered_commands())
            dm = h.discord.dm_channel(h.fan)
            for leaf in result.leaves:
                for case in cases(world, leaf):
                    for member in (h.fan, h.moderator):
                        if may_use(leaf, member, world):
                            await run_case(result, member, case)
                    if leaf.in_dms:
                        result.dm_invocations += 1
                        await run_case(result, h.fan, case, dm)
            for leaf in result.leaves:
                for opt in leaf.options:
                    if opt.get("autocomplete"):
                        for text in world.values(opt):
                            await run_autocomplete(result, leaf, opt, text)
            await typed_guesses(result)
            await asyncio.sleep(0.05)  # let background deliveries (trivia questions, outbox) settle
            result.errors_logged = [
                f"{r.name}: {r.getMessage()}" + (f" ({r.exc_info[1]!r})" if r.exc_info else "") for r in errors.records
            ]
            result.about_after = await h.discord.invoke(h.fan, h.general, "about")
            with sqlite3.connect(h.db_path) as conn:
                result.integrity = conn.execute("PRAGMA integrity_check").fetchone()[0]
            yield result
    finally:
        root.removeHandler(errors)


pytestmark = pytest.mark.asyncio(loop_scope="module")


def report(items: list[str]) -> str:
    return f"{len(items)} problem(s):\n" + "\n".join(items[:40])


async def test_the_barrage_covers_every_synced_command_and_option_type(barrage: Barrage) -> None:
    labels = {leaf.label for leaf in barrage.leaves}
    assert {"/about", "/ask", "/triviaset import", "/season2set announce set", "/spoilers"} <= labels
    assert {leaf.label for leaf in barrage.leaves if leaf.in_dms} >= {"/ask", "/progress", "/season2 status"}
    assert barrage.dm_invocations >= 5 * sum(leaf.in_dms for leaf in barrage.leaves)
    kinds = {o["type"] for leaf in barrage.leaves for o in leaf.options}
    assert kinds <= {3, 4, 5, 6, 7, 8, 10, 11}
    assert barrage.invocations >= 10 * len(barrage.leaves)
    assert barrage.autocompletes > 0
    assert barrage.typed_replies > 0


async def test_every_command_answers_hostile_input(barrage: Barrage) -> None:
    assert not barrage.failures.get("no reply"), report(barrage.failures["no reply"])


async def test_no_hostile_input_causes_an_unexpected_error(barrage: Barrage) -> None:
    apologies = barrage.failures.get("answered", [])
    assert not apologies, report(apologies)
    assert not barrage.errors_logged, report(barrage.errors_logged)


async def test_no_command_discord_shows_a_member_refuses_them_for_permissions(barrage: Barrage) -> None:
    assert not barrage.failures.get("refused"), report(barrage.failures["refused"])


async def test_no_reply_pings_anyone(barrage: Barrage) -> None:
    assert not barrage.failures.get("pinged"), report(barrage.failures["pinged"])


async def test_no_reply_echoes_a_mass_or_role_mention_unescaped(barrage: Barrage) -> None:
    assert not barrage.failures.get("echoed"), report(barrage.failures["echoed"])


async def test_user_text_never_opens_or_closes_a_spoiler(barrage: Barrage) -> None:
    assert not barrage.failures.get("unbalanced"), report(barrage.failures["unbalanced"])


async def test_no_hostile_input_reaches_an_unimplemented_discord_route(barrage: Barrage) -> None:
    assert barrage.unhandled == [], report(barrage.unhandled)


async def test_after_the_barrage_the_bot_still_answers_and_the_database_is_intact(barrage: Barrage) -> None:
    assert barrage.about_after is not None and barrage.about_after.embed is not None
    assert barrage.integrity == "ok"


async def test_only_the_valid_lists_were_imported(barrage: Barrage) -> None:
    reply = await barrage.world.h.discord.invoke(
        barrage.world.h.moderator, barrage.world.h.channels["trivia"], "trivia", "lists"
    )
    for bad in ("zeros", "bomb", "latin1", "image", "empty", "digits"):
        assert f"**{bad}**" not in reply.text and f"`{bad}`" not in reply.text
    assert "tiny" in reply.text


# ---- hypothesis: drawn strings and numbers ----------------------------------------------------

NASTY_CHARS = st.sampled_from([
    *"|\\*_~`>#@<&:![]()-\u200b\ufeff\u202e\u0301\x00\n\t", "||", "|||", "\\|\\|", "```", "@everyone", "<@&",
    "http://127.0.0.1:1/", "file:///etc/passwd", "javascript:", "🧟", "청산", "青山", "ชองซาน",
])
DRAWN_TEXT = st.lists(st.one_of(NASTY_CHARS, st.text(max_size=8)), max_size=30).map("".join)


@pytest.fixture(scope="module")
def drawable(barrage: Barrage) -> list[tuple[Leaf, JSON]]:
    """(command, option) pairs whose values hypothesis may draw freely: strings and numbers."""
    return [
        (leaf, opt)
        for leaf in barrage.leaves
        for opt in leaf.options
        if opt["type"] in (3, 4, 10) and not opt.get("choices") and leaf.path[:2] != ("triviaset", "import")
    ]


@settings(max_examples=120, deadline=None, suppress_health_check=list(HealthCheck), derandomize=True)
@given(data=st.data())
async def test_drawn_strings_and_numbers_get_a_clean_answer(
    barrage: Barrage, drawable: list[tuple[Leaf, JSON]], data: st.DataObject
) -> None:
    world = barrage.world
    leaf, opt = data.draw(st.sampled_from(drawable), label="option")
    if opt["type"] == 3:
        lo, hi = opt.get("min_length", 0), min(opt.get("max_length", 6000), 6000)
        value: Any = data.draw(DRAWN_TEXT.filter(lambda t: lo <= len(t) <= hi), label="text")
    else:
        lo_v = opt.get("min_value", DISCORD_INT_MIN)
        hi_v = opt.get("max_value", DISCORD_INT_MAX)
        value = data.draw(st.integers(min_value=int(lo_v), max_value=int(hi_v)), label="number")
    required = {o["name"]: world.benign(o) for o in leaf.options if o.get("required")}
    case = Case(leaf, {**required, opt["name"]: value}, opt["name"])
    member = world.h.moderator if data.draw(st.booleans(), label="moderator") else world.h.fan
    if not may_use(leaf, member, world):
        member = world.h.moderator
    sub = Barrage(world)
    await run_case(sub, member, case)
    problems = [p for items in sub.failures.values() for p in items] + sub.unhandled
    assert problems == []
