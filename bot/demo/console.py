"""The demo console: slash commands typed as text, run by a member of the demo guild.

One step per line:
  /command sub option:value other:several words    run a slash command (quotes optional)
  as moderator | as fan                            switch who is typing
  in #channel                                      switch channel
  click N                                          press the Nth button of the last message
  reveal                                           show the last message with spoilers revealed
  say some text                                    type a plain chat message
  advance 1d2h30m                                  move the clock and run what fell due
  wait 0.5                                         let the bot work for a moment
  expect some text                                 check the last message shows that text
  help, quit                                       this text, leave
Features add their own steps with `register_command`. `{today}` and `{today+7d}` in a step are the
demo clock's date (YYYY-MM-DD), so scripts can name days relative to now.
"""

from __future__ import annotations

import asyncio
import contextlib
import datetime as dt
import re
from collections.abc import Awaitable, Callable
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from bot.demo.boxes import hide_spoilers, render_message
from bot.harness import Harness
from bot.lazy_re import compile_later
from bot.sandbox import Attachment, Channel, Member, Message, SandboxError

CommandHandler = Callable[["DemoConsole", str], Awaitable[None]]
_EXTRA_COMMANDS: dict[str, tuple[CommandHandler, str]] = {}

_DURATION = compile_later(r"(\d+(?:\.\d+)?)\s*(d|h|m|s)")
_DAY = compile_later(r"\{today(?:([+-])(\d{1,4})d)?\}")


def expand_days(line: str, now: dt.datetime) -> str:
    """`{today}`, `{today+7d}`, `{today-1d}` as YYYY-MM-DD dates of the demo clock."""

    def day(match: re.Match[str]) -> str:
        shift = int(match.group(2) or 0) * (-1 if match.group(1) == "-" else 1)
        return (now + dt.timedelta(days=shift)).date().isoformat()

    return _DAY.sub(day, line)
SETTLE_SECONDS = 0.25
QUIET_SECONDS = 0.06
EXPECT_WAIT = 6.0
#: The longest a season-2 step (a poll, the clock moved) waits for the outbox to send what it queued.
OUTBOX_WAIT = 0.5


class TourFailure(RuntimeError):
    """An `expect` step did not hold, or a step could not run."""


def register_command(name: str, handler: CommandHandler, help_text: str = "") -> None:
    """Add a console step (e.g. the season-2 demo's `feed "headline"`)."""
    _EXTRA_COMMANDS[name] = (handler, help_text)


# steps that look at what the step before them showed, rather than do something new
_LOOKING_STEPS = frozenset({"expect", "expect-hidden", "expect-plain", "reveal", "as", "in", "help", "?"})


def parse_duration(text: str) -> dt.timedelta:
    units = {"d": 86400.0, "h": 3600.0, "m": 60.0, "s": 1.0}
    matches = _DURATION.findall(text.replace(" ", ""))
    if not matches or "".join(n + u for n, u in matches) != text.replace(" ", ""):
        raise TourFailure(f"I can't read {text!r} as a duration; try 1d, 2h30m or 45s")
    return dt.timedelta(seconds=sum(float(n) * units[u] for n, u in matches))


@dataclass
class DemoConsole:
    harness: Harness
    out: Callable[[str], None] = print
    strict: bool = False
    member: Member = field(init=False)
    channel: Channel = field(init=False)
    last: Message | None = field(default=None, init=False)
    _seen: set[int] = field(default_factory=set, init=False)
    # what the current step has shown so far: on a busy machine a DM or a countdown can land after
    # the reply a step checks, so `expect` looks at all of them, not only the newest
    _recent: list[Message] = field(default_factory=list, init=False)

    def __post_init__(self) -> None:
        self.member = self.harness.moderator
        self.channel = self.harness.general
        self._mark_all_seen()

    # -- helpers -------------------------------------------------------------------------
    def _name_of(self, user_id: int) -> str:
        if user_id == self.harness.discord.bot_user_id:
            return "hyosan"
        for member in (self.harness.moderator, self.harness.fan):
            if member.id == user_id:
                return member.name
        return str(user_id)

    def _mention_name(self, kind: str, ident: int) -> str:
        if kind == "#":
            for name, channel in self.harness.channels.items():
                if channel.id == ident:
                    return name
        elif kind == "@&":
            role = self.harness.discord.store.guild_roles.get(self.harness.guild.id, {}).get(ident)
            if role is not None:
                return role.name
        else:
            return self._name_of(ident)
        return str(ident)

    def _channels(self) -> list[Channel]:
        return list(self.harness.channels.values())

    def _mark_all_seen(self) -> None:
        for channel in self._channels():
            self._seen.update(m.id for m in self.harness.discord.messages(channel))
        for member in (self.harness.moderator, self.harness.fan):
            self._seen.update(m.id for m in self.harness.discord.dm_messages(member))

    def show(self, message: Message, where: str, *, reveal: bool = False) -> None:
        self._seen.add(message.id)
        self.out(
            render_message(
                message,
                author=self._name_of(message.author_id),
                where=where,
                reveal=reveal,
                names=self._mention_name,
                now=self.harness.clock.now(),
            )
        )
        self._recent = [m for m in self._recent if m.id != message.id] + [message]
        self.last = message

    def recent(self) -> list[Message]:
        """What this step has shown, newest first (the last message when it showed nothing)."""
        if self._recent:
            return self._recent[::-1]
        return [] if self.last is None else [self.last]

    def show_new_messages(self) -> None:
        """Print what the bot posted by itself (announcements, questions, DMs) since last time."""
        for channel in self._channels():
            for message in self.harness.discord.messages(channel):
                if message.id not in self._seen and message.author_id == self.harness.discord.bot_user_id:
                    self.show(message, f"#{channel.name}")
                self._seen.add(message.id)
        for member in (self.harness.moderator, self.harness.fan):
            for message in self.harness.discord.dm_messages(member):
                if message.id not in self._seen:
                    self.show(message, f"a DM to {member.name}")

    def _last_shows(self, text: str) -> bool:
        """Whether a message this step showed has `text`; that one becomes the last, for `click`."""
        for message in self.recent():
            visible = hide_spoilers(message.text, reveal=True).replace("⟦", "").replace("⟧", "")
            if text.lower() in visible.lower():
                self.last = message
                return True
        return False

    async def settle(self, seconds: float = SETTLE_SECONDS, *, until_quiet: bool = True) -> None:
        """Let the bot finish what a step set off, then print what it posted: up to `seconds`, or
        (`until_quiet`) as soon as it has called Discord for nothing in QUIET_SECONDS. A post that
        comes later still shows, with the next step's; `expect` waits for the one it needs."""
        loop = asyncio.get_running_loop()
        end = loop.time() + seconds
        if not until_quiet:
            await asyncio.sleep(seconds)
        calls = self.harness.discord.api.requests
        seen, quiet_since = len(calls), loop.time()
        while loop.time() < end:
            await asyncio.sleep(min(0.02, max(0.0, end - loop.time())))
            if len(calls) != seen:
                seen, quiet_since = len(calls), loop.time()
            elif loop.time() - quiet_since >= QUIET_SECONDS:
                break
        self.show_new_messages()

    async def settle_outbox(self) -> None:
        """After a step that queued season-2 posts (a poll, the clock moved): once the outbox has sent
        them (up to OUTBOX_WAIT s; later ones show with the next step, as `settle` says), print them,
        rather than idling a flat OUTBOX_WAIT each time."""
        cog: Any = self.harness.bot.get_cog("Season2")
        service = getattr(cog, "service", None)
        if service is not None:
            with contextlib.suppress(TimeoutError):
                await service.dispatcher.wait_idle(OUTBOX_WAIT)
        await self.settle()

    # -- steps ---------------------------------------------------------------------------
    async def run_line(self, line: str) -> bool:
        """Run one step; returns False when the user asked to quit."""
        line = expand_days(line.strip(), self.harness.clock.now())
        if not line or line.startswith("#"):
            return True
        word, _, rest = line.partition(" ")
        rest = rest.strip()
        if word not in _LOOKING_STEPS:
            self._recent.clear()
        try:
            if line.startswith("/"):
                await self.slash(line)
            elif word == "as":
                self.switch_member(rest)
            elif word == "in":
                self.switch_channel(rest)
            elif word == "click":
                await self.click(rest)
            elif word == "reveal":
                self.reveal()
            elif word == "say":
                await self.say(rest)
            elif word == "advance":
                await self.advance(rest)
            elif word == "wait":
                await self.settle(float(rest or "1"), until_quiet=False)
            elif word == "expect":
                await self.expect(rest)
            elif word in ("help", "?"):
                self.out(self.help_text())
            elif word in ("quit", "exit"):
                return False
            elif word in _EXTRA_COMMANDS:
                await _EXTRA_COMMANDS[word][0](self, rest)
                await self.settle()
            else:
                raise TourFailure(f"unknown step {word!r}; type `help`")
        except (TourFailure, SandboxError, ValueError) as exc:
            if self.strict:
                raise TourFailure(f"{line}: {exc}") from exc
            self.out(f"! {exc}")
        return True

    def help_text(self) -> str:
        text = __doc__ or ""
        extra = "".join(f"\n  {name:<46} {help_}" for name, (_, help_) in sorted(_EXTRA_COMMANDS.items()))
        commands = ", ".join(
            "/" + str(c["name"]) for c in self.harness.discord.registered_commands(self.harness.guild)
        )
        return text.strip() + extra + f"\nSlash commands: {commands}"

    def switch_member(self, who: str) -> None:
        members = {"moderator": self.harness.moderator, "you": self.harness.moderator, "fan": self.harness.fan}
        if who not in members:
            raise TourFailure("say `as moderator` or `as fan`")
        self.member = members[who]
        self.out(f"(now typing as {self.member.name})")

    def switch_channel(self, name: str) -> None:
        channel = self.harness.channels.get(name.lstrip("#"))
        if channel is None:
            raise TourFailure(f"no channel {name}; there are " + ", ".join("#" + c for c in self.harness.channels))
        self.channel = channel
        self.out(f"(now in #{channel.name})")

    async def slash(self, line: str) -> None:
        names, options = self.parse_slash(line)
        self.out(f"{self.member.name} in #{self.channel.name}: {line}")
        reply = await self.harness.discord.invoke(self.member, self.channel, *names, **options)
        self.show(reply, f"#{self.channel.name}")
        await self.settle()

    def parse_slash(self, line: str) -> tuple[list[str], dict[str, Any]]:
        """`/ask question:what's the school called` as Discord's own client reads it: an option's
        value runs to the next `name:` of that command's options, so words, apostrophes and colons
        need no quotes; a value wholly in quotes loses them."""
        body = line[1:].strip()
        first = re.search(r"(?:^|\s)[\w-]+:", body)
        command_words = body[: first.start()] if first else body
        names = command_words.split()
        if not names:
            raise TourFailure("which command? e.g. /about")
        schema = self._option_schema(names)
        rest = body[len(command_words):]
        if rest and not schema:
            raise TourFailure(f"/{' '.join(names)} takes no options")
        known = "|".join(re.escape(name) for name in sorted(schema, key=len, reverse=True)) or r"(?!)"
        starts = list(re.finditer(rf"(?:^|\s)({known}):", rest))
        if rest.strip() and (not starts or rest[: starts[0].start()].strip()):
            stray = (rest[: starts[0].start()] if starts else rest).split(":")[0].split()[-1]
            raise TourFailure(f"no option {stray!r} there; /{' '.join(names)} takes " + ", ".join(schema))
        raw: dict[str, str] = {}
        for index, here in enumerate(starts):
            value = rest[here.end() : starts[index + 1].start() if index + 1 < len(starts) else len(rest)].strip()
            if len(value) >= 2 and value[0] == value[-1] and value[0] in "\"'":
                value = value[1:-1]
            raw[here.group(1)] = value
        return names, {key: self._coerce(key, value, schema.get(key)) for key, value in raw.items()}

    def _option_schema(self, names: list[str]) -> dict[str, int]:
        for command in self.harness.discord.registered_commands(self.harness.guild):
            if command["name"] != names[0]:
                continue
            options = command.get("options") or []
            for word in names[1:]:
                nested = next((o for o in options if o["name"] == word and o["type"] in (1, 2)), None)
                if nested is None:
                    raise TourFailure(f"/{' '.join(names)} is not a command")
                options = nested.get("options") or []
            return {o["name"]: int(o["type"]) for o in options if o["type"] not in (1, 2)}
        raise TourFailure(f"/{names[0]} is not a command; type `help`")

    def _coerce(self, key: str, value: str, kind: int | None) -> Any:
        if kind is None:
            raise TourFailure(f"no option {key!r} there")
        if kind == 4:
            return int(value)
        if kind == 10:
            return float(value)
        if kind == 5:
            return value.lower() in ("true", "yes", "1", "on")
        if kind == 7:
            channel = self.harness.channels.get(value.lstrip("#"))
            if channel is None:
                raise TourFailure(f"no channel {value}")
            return channel
        if kind in (6, 9):
            members = {"moderator": self.harness.moderator, "you": self.harness.moderator, "fan": self.harness.fan}
            if value.lstrip("@") in members:
                return members[value.lstrip("@")]
        if kind in (8, 9):
            for role in self.harness.discord.store.guild_roles.get(self.harness.guild.id, {}).values():
                if role.name == value.lstrip("@"):
                    return role
            raise TourFailure(f"no role {value}")
        if kind == 11:
            path = Path(value).expanduser()
            if not path.is_file():
                raise TourFailure(f"no file {value}")
            return Attachment(path.name, path.read_bytes())
        return value

    async def click(self, which: str) -> None:
        if self.last is None or not self.last.buttons:
            raise TourFailure("the last message has no buttons")
        try:
            index = int(which) - 1
            button = self.last.buttons[index]
        except (ValueError, IndexError):
            raise TourFailure(f"pick a button from 1 to {len(self.last.buttons)}") from None
        label = button.get("label") or "?"
        self.out(f"{self.member.name} clicks [{index + 1}] {label}")
        current = self.harness.discord.message(self.last.id)
        reply = await self.harness.discord.click(self.member, current, str(button["custom_id"]))
        self.show(reply, f"#{self.channel.name}")
        await self.settle()
        self._show_update()

    def _show_update(self) -> None:
        """Show the last message again if the bot has edited it since: a button acknowledged
        first (a deferred update) changes its message a moment later."""
        if self.last is None:
            return
        try:
            current = self.harness.discord.message(self.last.id)
        except SandboxError:
            return
        if not current.deleted and (current.text, current.buttons) != (self.last.text, self.last.buttons):
            self.show(current, f"#{self.channel.name}, updated")

    def reveal(self) -> None:
        if self.last is None:
            raise TourFailure("nothing to reveal yet")
        self.show(self.last, "(revealed)", reveal=True)

    async def say(self, text: str) -> None:
        self.out(f"{self.member.name} in #{self.channel.name}: {text}")
        message = await self.harness.discord.say(self.member, self.channel, text)
        self._seen.add(message.id)
        await self.settle()

    async def advance(self, text: str) -> None:
        delta = parse_duration(text)
        await self.harness.advance(delta)
        self.out(f"(the clock moves {text} forward to {self.harness.clock.now():%Y-%m-%d %H:%M} UTC)")
        await self.settle()

    async def expect(self, text: str) -> None:
        """Check a message this step showed has `text` (the newest one first), giving the bot up to EXPECT_WAIT seconds to post
        it (a channel's posts wait for Discord's rate limit, 5 messages per 5 seconds)."""
        deadline = asyncio.get_running_loop().time() + EXPECT_WAIT
        while not self._last_shows(text):
            if asyncio.get_running_loop().time() >= deadline:
                if self.last is None:
                    raise TourFailure(f"expected {text!r} but nothing was shown yet")
                raise TourFailure(f"expected {text!r} in the last message")
            await self.settle(0.05)
            self._show_update()
        self.out(f"(ok: the reply mentions {text!r})")
