"""The meta extension: /about (version, uptime, latency, health), /help (every command), /forget
(what the bot keeps about you, deleted on request) and a pointer to the commands for what is typed in DMs."""

from __future__ import annotations

from bot.app import Hyosan
from cogs.meta.commands import Meta
from cogs.meta.forget import Forget
from cogs.meta.typed_to_me import TypedToMe


async def setup(bot: Hyosan) -> None:
    await bot.add_cog(Meta(bot))
    await bot.add_cog(Forget(bot))
    await bot.add_cog(TypedToMe(bot))
