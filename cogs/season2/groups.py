"""The /season2 and /season2set command groups, shared by the modules that add commands to them
(commands.py, announce_commands.py): the Season2 cog holds them as its class attributes."""

from __future__ import annotations

import discord
from discord import app_commands

SERVER_INSTALL = app_commands.AppInstallationType(guild=True)

season2 = app_commands.Group(
    name="season2", description="Season 2 news and countdown",
    allowed_contexts=app_commands.AppCommandContext(guild=True, dm_channel=True, private_channel=False),
    allowed_installs=SERVER_INSTALL,
)
season2set = app_commands.Group(
    name="season2set", description="Season 2 announcements, reports and reminder times (moderators)",
    guild_only=True, allowed_contexts=app_commands.AppCommandContext(guild=True), allowed_installs=SERVER_INSTALL,
    default_permissions=discord.Permissions(manage_guild=True),
)
announce = app_commands.Group(name="announce", description="Where season 2 news is announced", parent=season2set)
rooms = app_commands.Group(
    name="rooms", description="Episode rooms: a discussion thread for each new episode", parent=season2set
)
