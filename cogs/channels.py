"""Channel options that also find archived threads.

discord.py resolves a channel option only from its cache, and an archived thread is not in it: a
moderator picking the news thread Discord archived after a quiet week would read "I couldn't
understand that option". These ask Discord for what the cache lacks.
"""

from __future__ import annotations

import asyncio
from typing import Any

import discord
from discord import app_commands

#: How long a command waits for Discord's word on a private thread (it has 3 s to answer; discord.py retries a 5xx
#: for up to 25 s): not answered by then, the thread is taken as the cache sees it, as before it was asked.
ASK_FOR = 1.0

#: What `discord.TextChannel | discord.Thread` offers (so the synced schema does not change).
_TEXT_OR_THREAD = [
    discord.ChannelType.text, discord.ChannelType.news, discord.ChannelType.news_thread,
    discord.ChannelType.private_thread, discord.ChannelType.public_thread,
]


async def find_channel(guild: discord.Guild, channel_id: int) -> discord.abc.GuildChannel | discord.Thread | None:
    """The channel or thread, from the cache or else from Discord; None when it is gone or hidden."""
    found = await _asked(guild, channel_id)
    return None if isinstance(found, Deleted) else found


class Unanswered:
    """Discord did not answer for a channel missing from the cache (a 5xx, after discord.py's retries): whether it is
    there is not known, so it is never said to be deleted."""


class Deleted:
    """Discord said a channel missing from the cache is gone (404 Unknown Channel), as it says of a deleted one; a
    channel hidden from me is refused (403) instead, so it is never said to be deleted."""


UNANSWERED = Unanswered()
DELETED = Deleted()


async def look_up_channel(
    guild: discord.Guild, channel_id: int
) -> discord.abc.GuildChannel | discord.Thread | Unanswered | Deleted | None:
    """`find_channel`, with Discord not answering (UNANSWERED) and Discord saying the channel is gone (DELETED) told
    apart from one hidden from me (None): a listing says so of that channel and goes on with the rest (rehearse65:
    one 5xx failed all of `/season2set announce list`), and never repeats what a deleted channel needed."""
    try:
        return await _asked(guild, channel_id)
    except discord.DiscordServerError:
        return UNANSWERED


async def _asked(guild: discord.Guild, channel_id: int) -> discord.abc.GuildChannel | discord.Thread | Deleted | None:
    found = guild.get_channel_or_thread(channel_id)
    if found is not None:
        return found
    try:
        fetched = await guild.fetch_channel(channel_id)
    except discord.NotFound:
        return DELETED
    except discord.Forbidden:
        return None
    return fetched if fetched.guild.id == guild.id else None


class TextOrThread(app_commands.Transformer):
    """A text channel or a thread, archived ones included."""

    @property
    def type(self) -> discord.AppCommandOptionType:
        return discord.AppCommandOptionType.channel

    @property
    def channel_types(self) -> list[discord.ChannelType]:
        return _TEXT_OR_THREAD

    async def transform(self, interaction: discord.Interaction[Any], value: Any) -> discord.TextChannel | discord.Thread:
        found = value.resolve() if interaction.guild is None else await find_channel(interaction.guild, value.id)
        if not isinstance(found, discord.TextChannel | discord.Thread):
            raise app_commands.TransformerError(value, discord.AppCommandOptionType.channel, self)
        return found


async def private_thread_shut_to_me(channel: discord.TextChannel | discord.Thread, me: discord.Member) -> bool | None:
    """A private thread the bot was never added to, picked as where to post: Discord hides it from the bot
    whatever its parent allows, and discord.py's permissions there are the parent's, so news or a daily question
    set there was accepted, then turned off at its first post. Discord is asked, as the cache may not know of
    the bot's membership (a thread listed at start carries none); None: Discord did not say in time (a 5xx, a
    429), so it is not known (falsy: a command goes on as before it was asked, the first post tells)."""
    if not isinstance(channel, discord.Thread) or channel.type is not discord.ChannelType.private_thread:
        return False
    if channel.me is not None or (channel.parent is not None and channel.parent.permissions_for(me).manage_threads):
        return False
    asked = asyncio.ensure_future(channel.guild.fetch_channel(channel.id))
    # never cancelled (a request cancelled while discord.py sleeps out a global 429 stalls every later one)
    await asyncio.wait({asked}, timeout=ASK_FOR)
    if not asked.done():  # not known in time
        asked.add_done_callback(lambda late: late.cancelled() or late.exception())
        return None
    error = asked.exception()
    if isinstance(error, discord.Forbidden):
        return True
    return None if error is not None else False  # any other error: not known either
