"""How the end-to-end scenarios drive a running bot: wait for what it does while its clock moves, and find
its own posts (the scenarios share these, so each waits and looks the same way)."""

from __future__ import annotations

import asyncio
import datetime as dt
from collections.abc import Callable

from bot.harness import Harness
from bot.sandbox import Channel, Message


async def until(
    h: Harness, check: Callable[[], bool], rounds: int = 40, step: float = 1.0, pause: float = 0.05
) -> bool:
    """True once `check` holds; between looks, real time for the bot's tasks and `step` s of its clock."""
    for _ in range(rounds):
        if check():
            return True
        await asyncio.sleep(pause)
        await h.advance(dt.timedelta(seconds=step))
    return check()


def bot_posts(h: Harness, channel: Channel) -> list[Message]:
    """The bot's own posts in a channel (not replies to a command), as they stand now."""
    return [h.discord.message(m.id) or m for m in h.discord.messages(channel)
            if m.author_id == h.discord.bot_user_id and m.interaction_id is None]
