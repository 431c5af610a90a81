"""Lore on Discord: /cast, /character, /episode, /ask, /progress and /spoilers; /lore for moderators.

commands.py holds the cog (parse, check, call bot.lore, render); render.py turns answers and cards
into embeds, every part through the one spoiler renderer (bot/spoilers.py); review.py is /lore
(moderators' additions and their review queue); guard.py the spoiler guard /spoilers turns on.
"""

from __future__ import annotations

from bot.app import Hyosan
from cogs.lore.commands import Lore
from cogs.lore.guard import SpoilerGuard
from cogs.lore.review import LoreReview
from db.lore import progress


async def setup(bot: Hyosan) -> None:
    lore = Lore(bot)
    bot.member_data.add("lore", progress.member_rows, progress.forget_member, lore.progress.forget_member)
    await bot.add_cog(lore)
    await bot.add_cog(LoreReview(bot))
    await bot.add_cog(SpoilerGuard(bot, lore.progress, lore.guards))
