"""Season 2 on Discord: /season2 commands (commands.py), rendering (render.py, timeline.py) and the
delivery transport (transport.py) over the domain in bot/season2."""

from __future__ import annotations

from bot.app import Hyosan
from cogs.season2.commands import Season2
from db.season2 import subscriptions


async def setup(bot: Hyosan) -> None:
    bot.member_data.add("season2", subscriptions.member_rows, subscriptions.forget_member)
    await bot.add_cog(Season2(bot))
