"""/triviaset import: a list file a moderator uploads, read (bot/trivia/lists.py), tagged with what
its questions spoil (bot/trivia/tagging.py) and stored, or refused saying what to change; a list of
the same name is replaced only when the moderator says so (list_views.py). A part of the Trivia cog
(commands.py), which holds the command groups (groups.py)."""

from __future__ import annotations

import asyncio
from typing import Any

import discord
from discord import app_commands
from discord.ext import commands

from bot.app import Hyosan
from bot.show import Position
from bot.tree import server_permission_check
from bot.trivia.laterseason import LaterSeason
from bot.trivia.library import ListExists, check_upload, import_name
from bot.trivia.lists import MAX_BYTES, ListError, parse_list
from bot.trivia.model import TriviaList
from bot.trivia.service import GameService
from bot.trivia.tagging import Reads, unspoiled_problems
from bot.trivia.upload_reading import UploadReading
from cogs.trivia import groups, render, render_lists
from cogs.trivia.list_views import ReplaceListPrompt

NONE = discord.AllowedMentions.none()


class ImportCommand(commands.Cog):
    """/triviaset import, for the Trivia cog to inherit (it is never added alone)."""

    bot: Hyosan
    service: GameService
    reads: Reads | None
    later: LaterSeason | None

    def _name_spoils(self, name: str) -> Position:
        raise NotImplementedError  # the Trivia cog's: what a name gives away

    @groups.triviaset.command(name="import")
    @server_permission_check("manage_guild")
    @app_commands.describe(
        file="A list in Red-DiscordBot's or hyosan's YAML format", name="The list's name (default: the file's name)"
    )
    async def import_(self, interaction: discord.Interaction[Any], file: discord.Attachment, name: str | None = None) -> None:
        """Import a question list from an attached YAML file (Manage Server)."""
        assert interaction.guild_id is not None
        check_upload(file.filename, file.size)
        list_name = import_name(name, file.filename)
        await interaction.response.defer(ephemeral=True, thinking=True)
        try:
            data = await file.read()
        except discord.HTTPException:  # the file is gone from Discord's CDN, or the CDN failed
            await interaction.followup.send(
                "I could not download that file from Discord. Upload it again; nothing was imported.",
                ephemeral=True, allowed_mentions=NONE,
            )
            return
        latest = self.bot.show.last_released(self.bot.clock.now())
        try:
            parsed = await asyncio.to_thread(self._read_list, data, list_name, latest)
        except ListError as exc:
            await interaction.followup.send(
                render.import_problems_text(unspoiled_problems(exc.problems, self.reads)), ephemeral=True,
                allowed_mentions=NONE,
            )
            return
        try:
            count = await self.service.import_list(interaction.guild_id, parsed, interaction.user.id, replace_existing=False)
        except ListExists as exists:  # nothing is replaced before the moderator says so
            prompt = ReplaceListPrompt(self.service, interaction.guild_id, interaction.user.id, parsed)
            prompt.message = await interaction.followup.send(
                render_lists.replace_prompt_text(exists.existing, len(parsed.questions), parsed.warnings),
                view=prompt, ephemeral=True, allowed_mentions=NONE, wait=True,
            )
            return
        await interaction.followup.send(  # the name it is stored under (a hyosan file may give its own)
            render.imported_text(parsed.name, count, parsed.warnings), ephemeral=True, allowed_mentions=NONE
        )

    def _read_list(self, data: bytes, list_name: str, latest: Position) -> TriviaList:
        """Parse an uploaded list and tag what its questions spoil (bot/trivia/tagging.py)."""
        parsed = parse_list(data, list_name, max_bytes=MAX_BYTES, shape=self.bot.show, now=self.bot.clock.now())
        return UploadReading(self.reads, self.later).ready(parsed, latest, self.bot.show)  # as `hyosan trivia check` reads it
