"""/about and /help: the commands.

Both run in servers and in the bot's DMs (installed to servers only, like every hyosan command).
/help lists what the asker can run where they asked: in a DM the commands allowed in DMs (and which
need a server), in a server the commands their permissions show them.
"""

from __future__ import annotations

import asyncio
import datetime as dt
import math
from collections.abc import Callable
from typing import Any

import discord
from discord import app_commands
from discord.ext import commands

from bot.app import Hyosan
from bot.lore.guard import guarded_here
from bot.lore.progress import get_reading_mark
from bot.permissions import missing_to_post
from bot.progress_said import progress_forms
from bot.season2.rules import countdown_over, released_by
from cogs.marks import mark_note
from cogs.meta.render import (
    GUARD_NOTE,
    AboutFacts,
    CommandLine,
    about_embed,
    help_embeds,
    setup_embed,
    start_embed,
)
from cogs.places import place_of


def _usage(command: app_commands.Command[Any, ..., Any]) -> str:
    options = " ".join(
        f"{p.display_name}" if p.required else f"[{p.display_name}]" for p in command.parameters
    )
    return f"/{command.qualified_name}" + (f" {options}" if options else "")


TopLevel = app_commands.Command[Any, ..., Any] | app_commands.Group


def runs_in_dms(command: TopLevel) -> bool:
    """Whether Discord offers the command in the bot's DMs (no contexts: everywhere it is installed)."""
    return command.allowed_contexts is None or command.allowed_contexts.dm_channel


def visible_to(interaction: discord.Interaction[Any]) -> Callable[[TopLevel], bool]:
    """Which top-level commands Discord shows to the asker of `interaction`, where they asked."""
    if interaction.guild_id is None:
        return runs_in_dms
    have = interaction.permissions

    def shown(command: TopLevel) -> bool:
        contexts = command.allowed_contexts
        if contexts is not None and not contexts.guild:
            return False
        needed = command.default_permissions
        return needed is None or have.administrator or needed.is_subset(have)

    return shown


def server_only_note(tree: app_commands.CommandTree[discord.Client]) -> str:
    """For /help in a DM: the members' commands that need a server."""
    names = [
        f"/{c.name}" for c in sorted(tree.get_commands(), key=lambda c: c.name)
        if isinstance(c, app_commands.Command | app_commands.Group) and not runs_in_dms(c)
        and c.default_permissions is None
    ]
    return f"In a server: {', '.join(names)}." if names else ""


def describe_tree(
    tree: app_commands.CommandTree[discord.Client], shown: Callable[[TopLevel], bool] = lambda _: True
) -> list[CommandLine]:
    """The commands in the tree that `shown` keeps, with their descriptions, walked live so /help
    never goes stale."""
    lines: list[CommandLine] = []
    for top in sorted(tree.get_commands(), key=lambda c: c.name):
        if not isinstance(top, app_commands.Command | app_commands.Group) or not shown(top):
            continue
        if isinstance(top, app_commands.Group):
            for command in top.walk_commands():
                if isinstance(command, app_commands.Command):
                    lines.append(CommandLine(_usage(command), command.description, f"/{top.name}"))
        elif isinstance(top, app_commands.Command):
            lines.append(CommandLine(_usage(top), top.description, "General"))
    return lines


DB_SIZE_JOB = "meta:database-size"


class Meta(commands.Cog):
    def __init__(self, bot: Hyosan) -> None:
        self.bot = bot
        self.database_bytes = 0

    async def cog_load(self) -> None:
        # The file size is read off the event loop, once a minute, so /about never blocks on I/O.
        await self.refresh_database_size()
        self.bot.scheduler.repeat(DB_SIZE_JOB, dt.timedelta(minutes=1), self.refresh_database_size)

    async def cog_unload(self) -> None:
        self.bot.scheduler.cancel_deadline(DB_SIZE_JOB)

    async def refresh_database_size(self) -> None:
        self.database_bytes = await asyncio.to_thread(self.bot.database.size_bytes)

    @app_commands.command(name="about")
    @app_commands.allowed_contexts(guilds=True, dms=True, private_channels=False)
    @app_commands.guild_install()
    async def about(self, interaction: discord.Interaction) -> None:
        """Version, uptime, latency and health of this bot."""
        latency = self.bot.latency
        facts = AboutFacts(
            version=self.bot.version,
            uptime=self.bot.clock.now() - self.bot.started_at,
            latency_ms=None if math.isnan(latency) or math.isinf(latency) else latency * 1000,
            guild_count=len(self.bot.guilds),
            database_bytes=self.database_bytes,
            scheduled_jobs=len(self.bot.scheduler.job_names()),
        )
        await interaction.response.send_message(
            embed=about_embed(facts), allowed_mentions=discord.AllowedMentions.none()
        )

    async def _mark_note(self, interaction: discord.Interaction) -> str:
        """In a marked channel (or a thread reading its channel's mark), what the mark holds as episodes come out."""
        if interaction.guild_id is None or interaction.channel_id is None:
            return ""
        channel = interaction.channel

        async def parent() -> int | None:
            return channel.parent_id if isinstance(channel, discord.Thread) else None

        note = mark_note(self.bot, await get_reading_mark(self.bot.database, interaction.channel_id, parent), channel)
        if await guarded_here(self.bot.database, interaction.channel_id, await parent()):
            note = "\n\n".join(filter(None, (note, GUARD_NOTE)))
        return note

    @app_commands.command(name="help")
    @app_commands.allowed_contexts(guilds=True, dms=True, private_channels=False)
    @app_commands.guild_install()
    async def help(self, interaction: discord.Interaction) -> None:
        """Every command you can use here and what it does."""
        tree = self.bot.tree
        note = server_only_note(tree) if interaction.guild_id is None else ""
        now = self.bot.clock.now()
        status = self.bot.season2_status.status
        over = countdown_over(status, now)
        forms = progress_forms(self.bot.show.last_released(now).season)
        embeds = [start_embed(in_server=interaction.guild_id is not None, forms=forms,
                              mark_note=await self._mark_note(interaction), countdown_over=over,
                              part_2_next=not over and released_by(status, now) is not None),
                  *help_embeds(describe_tree(tree, visible_to(interaction)), note=note)]
        perms = interaction.permissions
        if interaction.guild is not None and (perms.manage_guild or perms.manage_channels or perms.administrator):
            missing = missing_to_post(interaction.channel, interaction.guild.me, interaction.app_permissions)
            embeds = [*embeds[:9], setup_embed(missing, place_of(interaction.channel))]
        await interaction.response.send_message(
            embeds=embeds, ephemeral=True, allowed_mentions=discord.AllowedMentions.none()
        )
