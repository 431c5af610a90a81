"""Lore on Discord: /cast, /character, /episode, /ask, /progress and /spoilers.

commands.py holds the cog (parse, check, call bot.lore, render); render.py turns answers and cards
into embeds, every part through the one spoiler renderer (bot/spoilers.py).
"""

from __future__ import annotations

from bot.app import Hyosan
from cogs.lore.commands import Lore


async def setup(bot: Hyosan) -> None:
    await bot.add_cog(Lore(bot))
