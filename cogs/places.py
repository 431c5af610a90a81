"""What a message calls where it is: "thread" inside a thread, else "channel".

One place decides, so a thread's replies, marks and test posts never call it a channel.
"""

from __future__ import annotations

import discord


def place_of(channel: object) -> str:
    """The word for where a message is: "thread" for a thread (a partial one too, when its type
    says so), else "channel"."""
    if isinstance(channel, discord.Thread):
        return "thread"
    kind = getattr(channel, "type", None)
    threads = (discord.ChannelType.public_thread, discord.ChannelType.private_thread, discord.ChannelType.news_thread)
    return "thread" if kind in threads else "channel"
