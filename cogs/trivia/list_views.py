"""The prompt before an import replaces a list: Replace / Keep the old one.

The parsed file lives only as long as the prompt (in this copy's memory, PROMPT_SECONDS): a
moderator answers within minutes or uploads again. Only the moderator who imported can answer.
The buttons do their own work and map errors as the command tree does (bot.tree.describe_error);
"Keep", a timeout or a restart leave the existing list exactly as it was.
"""

from __future__ import annotations

import logging
from typing import Any

import discord

from bot.tree import describe_error, send_ephemeral
from bot.trivia.model import TriviaList
from bot.trivia.service import GameService
from cogs.trivia.render_lists import replace_answer_text, replace_expired_text

log = logging.getLogger(__name__)
PROMPT_SECONDS = 300.0


class ReplaceListPrompt(discord.ui.View):
    def __init__(self, service: GameService, guild_id: int, user_id: int, parsed: TriviaList) -> None:
        super().__init__(timeout=PROMPT_SECONDS)
        self.service = service
        self.guild_id = guild_id
        self.user_id = user_id
        self.parsed = parsed
        self.message: discord.WebhookMessage | None = None

    async def _answered_by_importer(self, interaction: discord.Interaction[Any]) -> bool:
        if interaction.user.id != self.user_id:
            await send_ephemeral(interaction, "Only the moderator who imported the file can answer this.")
            return False
        self.stop()
        return True

    @discord.ui.button(label="Replace it", style=discord.ButtonStyle.danger)
    async def replace(self, interaction: discord.Interaction[Any], button: discord.ui.Button[Any]) -> None:
        if not await self._answered_by_importer(interaction):
            return
        count = await self.service.import_list(self.guild_id, self.parsed, self.user_id)
        await interaction.response.edit_message(
            content=replace_answer_text(True, self.parsed.name, count), view=None,
            allowed_mentions=discord.AllowedMentions.none(),
        )

    @discord.ui.button(label="Keep the old one", style=discord.ButtonStyle.secondary)
    async def keep(self, interaction: discord.Interaction[Any], button: discord.ui.Button[Any]) -> None:
        if not await self._answered_by_importer(interaction):
            return
        await interaction.response.edit_message(
            content=replace_answer_text(False, self.parsed.name), view=None,
            allowed_mentions=discord.AllowedMentions.none(),
        )

    async def on_timeout(self) -> None:
        if self.message is None:
            return
        try:
            await self.message.edit(content=replace_expired_text(self.parsed.name), view=None)
        except discord.HTTPException:
            pass  # the prompt is gone (dismissed, or the token expired): nothing was imported anyway

    async def on_error(self, interaction: discord.Interaction[Any], error: Exception, item: discord.ui.Item[Any]) -> None:
        message, unexpected = describe_error(error)
        if unexpected:
            log.error("replacing trivia list %s failed for user %s", self.parsed.name, interaction.user.id, exc_info=error)
        await send_ephemeral(interaction, message)
