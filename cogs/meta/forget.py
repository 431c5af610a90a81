"""/forget: what the bot keeps about you, and a button that deletes it all.

The reply is private. Only the member who asked can press "Delete my data" (the reply is theirs
alone, and the button checks again); it deletes every feature's rows about them in one write
transaction (bot/member_data.py), so a failure deletes nothing. The prompt lives PROMPT_SECONDS in
this copy's memory: a timeout or a restart deletes nothing. Messages already posted (a game's final
scores) stay as posted; leaderboards and stats read the rows, so they no longer show the member.
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

import discord
from discord import app_commands
from discord.ext import commands

from bot.app import Hyosan
from bot.member_data import Held, MemberData
from bot.tree import answer_error, send_ephemeral

PROMPT_SECONDS = 180.0

KEPT_NOTE = (
    "Messages already posted (a game's final scores) stay as posted; leaderboards and stats will no "
    "longer show you. What a moderator did for the server (lists imported, marks set, milestones "
    "reported) is the server's and stays."
)


def _rows(count: int) -> str:
    return f"{count} row" if count == 1 else f"{count} rows"


def held_text(held: Sequence[Held]) -> str:
    """The private reply to /forget: per kind, the rows here (in a server) and everywhere."""
    if not held:
        return "hyosan keeps nothing about you: there is nothing to delete."
    lines = ["**What hyosan keeps about you**"]
    for item in held:
        where = f"{item.here} in this server, " if item.here is not None else ""
        lines.append(f"- {item.kind}: {where}{_rows(item.everywhere)} in all")
    lines += ["", "**Delete my data** deletes all of it, in every server and in DMs, at once. " + KEPT_NOTE]
    return "\n".join(lines)


def deleted_text(deleted: dict[str, int]) -> str:
    if not deleted:
        return "There was nothing left to delete: hyosan keeps nothing about you."
    parts = [f"- {kind}: {_rows(count)}" for kind, count in deleted.items()]
    return "\n".join(["**Deleted** everything hyosan kept about you:", *parts])


EXPIRED_TEXT = "Nothing was deleted (the button expired). Use `/forget` again to delete your data."


class ForgetPrompt(discord.ui.View):
    def __init__(self, member_data: MemberData, user_id: int) -> None:
        super().__init__(timeout=PROMPT_SECONDS)
        self.member_data = member_data
        self.user_id = user_id
        self.message: discord.InteractionMessage | None = None

    async def interaction_check(self, interaction: discord.Interaction[Any]) -> bool:
        if interaction.user.id != self.user_id:
            await send_ephemeral(interaction, "Only the member who asked can delete their data.")
            return False
        return True

    @discord.ui.button(label="Delete my data", style=discord.ButtonStyle.danger)
    async def delete(self, interaction: discord.Interaction[Any], button: discord.ui.Button[Any]) -> None:
        self.stop()
        deleted = await self.member_data.forget(self.user_id)
        await interaction.response.edit_message(
            content=deleted_text(deleted), view=None, allowed_mentions=discord.AllowedMentions.none()
        )

    async def on_timeout(self) -> None:
        if self.message is None:
            return
        try:
            await self.message.edit(content=EXPIRED_TEXT, view=None)
        except discord.HTTPException:
            pass  # the reply is gone (dismissed, or its token expired): nothing was deleted anyway

    async def on_error(self, interaction: discord.Interaction[Any], error: Exception, item: discord.ui.Item[Any]) -> None:
        await answer_error(interaction, error, where="button forget:delete")


class Forget(commands.Cog):
    def __init__(self, bot: Hyosan) -> None:
        self.bot = bot

    @app_commands.command(name="forget")
    @app_commands.allowed_contexts(guilds=True, dms=True, private_channels=False)
    @app_commands.guild_install()
    async def forget(self, interaction: discord.Interaction) -> None:
        """See what the bot keeps about you, and delete it all."""
        held = await self.bot.member_data.held(interaction.user.id, interaction.guild_id)
        if not held:
            await interaction.response.send_message(held_text(held), ephemeral=True)
            return
        prompt = ForgetPrompt(self.bot.member_data, interaction.user.id)
        await interaction.response.send_message(
            held_text(held), view=prompt, ephemeral=True, allowed_mentions=discord.AllowedMentions.none()
        )
        prompt.message = await interaction.original_response()
