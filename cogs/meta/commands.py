"""/about and /help: the commands."""

from __future__ import annotations

import asyncio
import datetime as dt
import math
from typing import Any

import discord
from discord import app_commands
from discord.ext import commands

from bot.app import Hyosan
from cogs.meta.render import AboutFacts, CommandLine, about_embed, help_embeds


def _usage(command: app_commands.Command[Any, ..., Any]) -> str:
    options = " ".join(
        f"{p.display_name}" if p.required else f"[{p.display_name}]" for p in command.parameters
    )
    return f"/{command.qualified_name}" + (f" {options}" if options else "")


def describe_tree(tree: app_commands.CommandTree[discord.Client]) -> list[CommandLine]:
    """Every command in the tree with its description, walked live so /help never goes stale."""
    lines: list[CommandLine] = []
    for top in sorted(tree.get_commands(), key=lambda c: c.name):
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

    @app_commands.command(name="help")
    async def help(self, interaction: discord.Interaction) -> None:
        """Every command and what it does."""
        embeds = help_embeds(describe_tree(self.bot.tree))
        await interaction.response.send_message(
            embeds=embeds, ephemeral=True, allowed_mentions=discord.AllowedMentions.none()
        )
