"""Embeds for /about and /help."""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterable, Sequence
from dataclasses import dataclass

import discord

from bot.permissions import permission_list
from bot.text import shorten

ACCENT = discord.Colour(0x8B0000)


@dataclass(frozen=True)
class AboutFacts:
    version: str
    uptime: dt.timedelta
    latency_ms: float | None
    guild_count: int
    database_bytes: int
    scheduled_jobs: int


def human_duration(delta: dt.timedelta) -> str:
    seconds = max(0, int(delta.total_seconds()))
    days, rest = divmod(seconds, 86400)
    hours, rest = divmod(rest, 3600)
    minutes, seconds = divmod(rest, 60)
    parts = [f"{days}d"] if days else []
    if days or hours:
        parts.append(f"{hours}h")
    if days or hours or minutes:
        parts.append(f"{minutes}m")
    parts.append(f"{seconds}s")
    return " ".join(parts)


def human_bytes(size: int) -> str:
    value = float(size)
    for unit in ("B", "KiB", "MiB", "GiB"):
        if value < 1024 or unit == "GiB":
            return f"{value:.0f} {unit}" if unit == "B" else f"{value:.1f} {unit}"
        value /= 1024
    return f"{size} B"


def about_embed(facts: AboutFacts) -> discord.Embed:
    embed = discord.Embed(
        title="hyosan",
        description="Lore with sources, spoiler-safe trivia and season-2 news for *All of Us Are Dead* fans.",
        colour=ACCENT,
    )
    embed.add_field(name="Version", value=facts.version)
    embed.add_field(name="Uptime", value=human_duration(facts.uptime))
    latency = "not measured yet" if facts.latency_ms is None else f"{facts.latency_ms:.0f} ms"
    embed.add_field(name="Gateway latency", value=latency)
    embed.add_field(name="Servers", value=str(facts.guild_count))
    embed.add_field(name="Database", value=human_bytes(facts.database_bytes))
    embed.add_field(name="Scheduled jobs", value=str(facts.scheduled_jobs))
    return embed


@dataclass(frozen=True)
class CommandLine:
    usage: str
    description: str
    group: str


def help_embeds(lines: Iterable[CommandLine], *, note: str = "") -> list[discord.Embed]:
    """One embed per command group, each within Discord's limits; `note` goes under the last."""
    by_group: dict[str, list[CommandLine]] = {}
    for line in lines:
        by_group.setdefault(line.group, []).append(line)
    embeds: list[discord.Embed] = []
    for group, entries in by_group.items():
        body = "\n".join(f"`{e.usage}` {e.description}" for e in entries)
        embed = discord.Embed(title=shorten(group, 256), description=shorten(body, 4096), colour=ACCENT)
        embeds.append(embed)
    embeds = embeds[:10]
    if note and embeds:
        embeds[-1].set_footer(text=shorten(note, 2048))
    return embeds


def start_embed(
    *, in_server: bool, forms: str, mark_note: str = "", countdown_over: bool = False, part_2_next: bool = False,
) -> discord.Embed:
    """For everyone, first: the three things a fan new to the bot does, in plain words; `forms`: the forms of
    `/progress` read as typed now (bot.progress_said.progress_forms); `mark_note`: what this channel's spoiler
    mark holds as episodes come out (cogs/marks.py); `countdown_over`: season 2 is out with nothing of it left
    to come (bot.season2.rules.countdown_over), so no reminder is offered for it; `part_2_next`: season 2 is out and
    its Part 2 still to come, the one its reminders count down to (never "before season 2 comes out": rehearse66)."""
    what = "Part 2 of season 2" if part_2_next else "season 2"
    remind = "" if countdown_over else f"`/season2 remind` sends you a direct message before {what} comes out."
    if in_server:
        where = ("In a channel everyone reads the reply, so spoilers stay hidden there unless the moderators "
                 "marked the channel for them: **Show me privately** under a reply shows it to you at your progress.")
        play = "\n3. `/trivia start` plays a game in this channel" + (f"; {remind}" if remind else ".")
    else:
        where = "Here only you read the replies, so they show everything up to the progress you set here."
        play = f"\n3. {remind}" if remind else ""
    body = (
        f"1. `/progress` to say how far you have watched ({forms}), so what is past it stays hidden.\n"
        f"2. `/ask` anything, or look up a `/character` or an `/episode`. {where}" + play
        + (f"\n\n{mark_note}" if mark_note else "")
    )
    return discord.Embed(title="New here? Start with these", description=body, colour=ACCENT)


TYPED_TO_ME = ("I only answer commands: type `/ask` and your question (like `/ask who plays On-jo?`), "
               "`/progress` to say how far you have watched so later spoilers stay hidden, or `/help` for the rest.")


GUARD_NOTE = ("🛡️ The spoiler guard is on here: a message that gives away more than this spoiler mark allows "
              "is taken down and posted again behind spoiler bars, naming its author.")


SETUP_STEPS = (
    "`/spoilers` in each channel where the show is discussed: until then, replies there hide every spoiler "
    "(`forum:` marks a forum's posts from here); `/spoilers guard:on` also takes members' messages that spoil "
    "past the mark down, posted again behind spoiler bars (it needs Manage Messages)\n"
    "`/season2set announce set` where season 2 news goes (its `role` is pinged for news and at the release, "
    "not for the countdown before it: `pings:all` or `pings:none` to change that), and `/season2set notices` where I tell moderators "
    "what needs them\n"
    "`/triviaset daily` for a daily question (in a channel or a thread), `/triviaset import` for your own "
    "questions (a YAML list, in Red-DiscordBot's format or hyosan's), `/season2set rooms on` for a thread "
    "for each new episode\n"
    "`/triviaset settings` and `/season2set announce list` show what is set, `/season2set announce posts` "
    "what I posted"
)


def setup_embed(missing: Sequence[str], place: str) -> discord.Embed:
    """For a moderator: where to start, and what the bot lacks to post games and news in the
    `place` ("channel" or "thread") /help was asked in (its own messages need those)."""
    body = SETUP_STEPS
    if missing:
        it = "it" if len(missing) == 1 else "them"
        body = (
            f"⚠️ In this {place} I can't post games or news: I need {permission_list(missing)} here. Allow {it} "
            f"for me in the channel's settings (Edit Channel > Permissions).\n" + body
        )
    return discord.Embed(title="Setting up (moderators)", description=body, colour=ACCENT)
