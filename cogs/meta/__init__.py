"""The meta extension: /about (version, uptime, latency, health) and /help (every command)."""

from __future__ import annotations

from bot.app import Hyosan
from cogs.meta.commands import Meta


async def setup(bot: Hyosan) -> None:
    await bot.add_cog(Meta(bot))
