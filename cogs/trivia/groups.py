"""The /trivia and /triviaset command groups, shared by the modules that add commands to them
(commands.py, daily_commands.py): the Trivia cog holds both as its class attributes."""

from __future__ import annotations

import discord
from discord import app_commands

# Games and standings are per server: these run in servers only, installed to servers only.
SERVER = app_commands.AppCommandContext(guild=True)
SERVER_INSTALL = app_commands.AppInstallationType(guild=True)

trivia = app_commands.Group(
    name="trivia", description="Spoiler-safe All of Us Are Dead trivia.",
    guild_only=True, allowed_contexts=SERVER, allowed_installs=SERVER_INSTALL,
)
triviaset = app_commands.Group(
    name="triviaset", description="Trivia settings, lists, the daily question and reports (moderators).",
    guild_only=True, allowed_contexts=SERVER, allowed_installs=SERVER_INSTALL,
    default_permissions=discord.Permissions(manage_guild=True),
)
