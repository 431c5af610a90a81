"""The spoiler guard on Discord: members' messages in a guarded channel read against its mark.

A message (MESSAGE_CREATE, or an edit: MESSAGE_UPDATE) whose text, as shown before a click, gives
away more than the channel's mark allows (bot/lore/guard.py) is deleted when the bot may (Manage
Messages), and a notice names its author without pinging them, with what they wrote behind spoiler
bars through the one spoiler renderer (bot/spoilers.py), made inert (bot/text.py). Without Manage
Messages it answers the message with a warning that repeats none of it, and the next moderator who
uses /spoilers in that server is told once, privately (as a daily trivia question turned off is).

Bots' messages (hyosan's own among them), webhooks and system messages are never read. Every
request goes through discord.py's HTTP client, which keeps to Discord's rate limits per route (it
waits before a bucket runs out, from the limits Discord's answers state), as every other post of the
bot does. The guard adds no limiter of its own: it only takes one channel's messages one at a time
(`_turns`), so a burst's requests reach a bucket in order, each after the answer that tells what is
left, instead of all at once before any answer has: a burst of spoilers is deleted and answered as
fast as Discord allows, never faster. Each notice is sent with a
nonce made from the message's id, so a message delivered twice (an edit, a resumed gateway) is
answered once.
"""

from __future__ import annotations

import asyncio
import contextlib
import logging
from collections.abc import AsyncIterator

import discord
from discord.ext import commands

from bot.app import Hyosan
from bot.lore.guard import GuardStore, Spoiled, judge
from bot.lore.progress import ProgressStore
from bot.show import NOTHING, Position
from bot.spoilers import hide_quoted
from bot.text import quote_user_text
from cogs.places import place_of
from db import StorageError

log = logging.getLogger(__name__)

NONE = discord.AllowedMentions.none()
MESSAGE_LIMIT = 2000
#: What a member may type past a notice's own words: cut before it is escaped (escaping at most doubles it).
QUOTE_LIMITS = (1500, 700)
READ_TYPES = (discord.MessageType.default, discord.MessageType.reply)


def _episode(position: Position) -> str:
    """"season 1, episode 12 (S1E12)"; a season named without its episode, "all of season 2", as that."""
    label = position.label
    return label if label.startswith("all of") else f"{label} ({position})"


def _mark_words(mark: Position) -> str:
    return "has no spoiler mark, so nothing is discussed openly here" if mark == NOTHING else (
        f"is spoiler-safe up to {_episode(mark)}")


def notice_text(author_id: int, spoiled: Spoiled, place: str, text: str) -> str:
    """The notice for a message taken down: who wrote it (named, not pinged), what it gives away,
    the mark, and their words behind spoiler bars, cut to fit one message."""
    lead = (f"🛡️ <@{author_id}>, your message was taken down: it gives away {_episode(spoiled.spoils)}, "
            f"and this {place} {_mark_words(spoiled.mark)}. What you wrote, behind a spoiler:\n")
    for limit in QUOTE_LIMITS:
        notice = lead + hide_quoted(quote_user_text(text, limit=limit))
        if len(notice) <= MESSAGE_LIMIT:
            return notice
    return lead + hide_quoted(quote_user_text(text, limit=(MESSAGE_LIMIT - len(lead)) // 3))


def warning_text(spoiled: Spoiled, place: str) -> str:
    """The answer to a message the bot may not take down: nothing of it repeated."""
    return (f"⚠️ This message gives away {_episode(spoiled.spoils)}, and this {place} {_mark_words(spoiled.mark)}. "
            "Please delete it, or post it again inside spoiler bars: `||like this||`.")


def lacking_text(channel_ids: list[int]) -> str:
    """For the next moderator: where the guard could only warn."""
    where = ", ".join(f"<#{channel_id}>" for channel_id in channel_ids)
    return (f"The spoiler guard could not take spoilers down in {where}: I need **Manage Messages** and "
            "**Send Messages** there. Until I have them, such messages stay up (answered with a warning where I may post).")


def may_take_down(channel: discord.abc.GuildChannel | discord.Thread, me: discord.Member) -> bool:
    """Deleting needs Manage Messages, and the notice that shows the words again a post there: without
    both the message stays (a deletion alone would lose what the member wrote)."""
    perms = channel.permissions_for(me)
    may_post = perms.send_messages_in_threads if isinstance(channel, discord.Thread) else perms.send_messages
    return perms.manage_messages and may_post


class SpoilerGuard(commands.Cog):
    """The guard's listener; the Lore cog's /spoilers turns it on and off (the same stores)."""

    def __init__(self, bot: Hyosan, progress: ProgressStore, guards: GuardStore) -> None:
        self.bot = bot
        self.progress = progress
        self.guards = guards
        self._waiting: dict[int, tuple[asyncio.Lock, int]] = {}  # channel -> its lock, and how many hold or wait

    @contextlib.asynccontextmanager
    async def _turn(self, channel_id: int) -> AsyncIterator[None]:
        """One message of a channel at a time; the lock goes once nobody waits for it."""
        lock, count = self._waiting.get(channel_id, (asyncio.Lock(), 0))
        self._waiting[channel_id] = (lock, count + 1)
        try:
            async with lock:
                yield
        finally:
            lock, count = self._waiting[channel_id]
            if count == 1:
                del self._waiting[channel_id]
            else:
                self._waiting[channel_id] = (lock, count - 1)

    @commands.Cog.listener()
    async def on_message(self, message: discord.Message) -> None:
        await self._read(message)

    @commands.Cog.listener()
    async def on_raw_message_edit(self, payload: discord.RawMessageUpdateEvent) -> None:
        """An edit that adds a spoiler. Only the owner acts (bot.ownership: MESSAGE_UPDATE is not
        gated as MESSAGE_CREATE is); an update that leaves the text as it was (an embed unfurled) is
        no new reading."""
        before = payload.cached_message
        if not self.bot.ownership.owner or (before is not None and before.content == payload.message.content):
            return
        await self._read(payload.message)

    async def _read(self, message: discord.Message) -> None:
        guild = message.guild
        if (guild is None or message.author.bot or message.webhook_id is not None
                or message.type not in READ_TYPES or not message.content):
            return
        channel = message.channel
        parent = channel.parent_id if isinstance(channel, discord.Thread) else None
        try:
            if await self.guards.source(channel.id, parent) is None:
                return  # the common case, at no cost: a channel not guarded
        except StorageError:
            return
        async with self._turn(channel.id):
            await self._judge(message, guild, parent)

    async def _judge(self, message: discord.Message, guild: discord.Guild, parent: int | None) -> None:
        channel = message.channel
        try:
            source = await self.guards.source(channel.id, parent)
            if source is None:
                return
            mark = await self.progress.reply_gate(guild.id, channel.id, message.author.id, public=True, parent_id=parent)
            spoiled = judge(message.content, mark, await self.bot.content.reads_for(guild.id))
            if spoiled is None:
                return
            if isinstance(channel, (discord.abc.GuildChannel, discord.Thread)) and may_take_down(channel, guild.me):
                if await self._take_down(message, spoiled):
                    await self.guards.deletes_again(source)
                    return
            await self.guards.lacking(guild.id, source)
        except StorageError:
            return  # logged once by the database; the message stays as it is
        await self._warn(message, spoiled)

    async def _take_down(self, message: discord.Message, spoiled: Spoiled) -> bool:
        """Delete and re-post behind bars; False when Discord refused the deletion (a permission lost)."""
        try:
            await message.delete()
        except discord.NotFound:
            return True  # already gone (a moderator was quicker, or this is a second delivery): nothing to say
        except discord.Forbidden:
            return False
        place = place_of(message.channel)
        try:
            await message.channel.send(
                notice_text(message.author.id, spoiled, place, message.content),
                allowed_mentions=NONE, nonce=f"g{message.id}",
            )
        except discord.HTTPException as exc:
            log.info("spoiler guard: a notice in channel %s was refused (%s %s)", message.channel.id, exc.status, exc.code)
        return True

    async def _warn(self, message: discord.Message, spoiled: Spoiled) -> None:
        place = place_of(message.channel)
        try:
            await message.reply(warning_text(spoiled, place), mention_author=False, allowed_mentions=NONE,
                                nonce=f"g{message.id}")
        except discord.HTTPException as exc:
            log.info("spoiler guard: a warning in channel %s was refused (%s %s)", message.channel.id, exc.status, exc.code)
