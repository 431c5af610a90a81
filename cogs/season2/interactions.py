"""How the season-2 commands answer: privately, pinging nobody, acknowledged before a write, in a
server only."""

from __future__ import annotations

import discord

from bot.errors import UserError


async def private(interaction: discord.Interaction, text: str) -> None:
    """An ephemeral answer that pings nobody (the followup, once acknowledged)."""
    if interaction.response.is_done():
        await interaction.followup.send(text, ephemeral=True, allowed_mentions=discord.AllowedMentions.none())
        return
    await interaction.response.send_message(text, ephemeral=True, allowed_mentions=discord.AllowedMentions.none())


async def acknowledge(interaction: discord.Interaction) -> None:
    """Acknowledge a moderator's change before it is written: a write waits behind the season-2
    writers (a poll, the delivery sweep), which under load could pass Discord's 3 s."""
    await interaction.response.defer(ephemeral=True, thinking=True)


def guild_of(interaction: discord.Interaction) -> discord.Guild:
    if interaction.guild is None:
        raise UserError("That command works only in a server.")
    return interaction.guild


async def no_wait() -> None:
    """An interaction's reply is not paced by the delivery's rate limiter."""
