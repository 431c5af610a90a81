"""Trivia on Discord: the /trivia commands (commands.py), the persistent buttons whose callbacks do
their own work (views.py), the embeds and replies (render.py), and the host that posts each game's
steps and keeps its deadline (host.py). The game itself is bot/trivia; its storage db/trivia.
"""

from __future__ import annotations

from bot.app import Hyosan
from cogs.trivia.commands import Trivia
from db.trivia import members


async def setup(bot: Hyosan) -> None:
    trivia = Trivia(bot)
    await bot.add_cog(trivia)  # its game service is built in cog_load
    bot.member_data.add("trivia", members.member_rows, members.forget_member, trivia.service.forget_member)
