"""The meta extension: /about (version, uptime, latency, health), /help (every command) and /forget
(what the bot keeps about you, deleted on request)."""

from __future__ import annotations

from bot.app import Hyosan
from cogs.meta.commands import Meta
from cogs.meta.forget import Forget


async def setup(bot: Hyosan) -> None:
    await bot.add_cog(Meta(bot))
    await bot.add_cog(Forget(bot))
