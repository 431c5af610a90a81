"""A message typed to the bot in its DMs: hyosan answers slash commands only, so a fan who writes "what
happens to Nam-ra?" there is told how to ask, rather than met with silence. Once an hour per person at
most (a reminder's "thanks!" draws one pointer, not a conversation); their words are never said back."""

from __future__ import annotations

import datetime as dt

import discord
from discord.ext import commands

from bot.app import Hyosan
from cogs.meta.render import TYPED_TO_ME

POINT_AGAIN_AFTER = dt.timedelta(hours=1)


class TypedToMe(commands.Cog):
    def __init__(self, bot: Hyosan) -> None:
        self.bot = bot
        self._pointed: dict[int, dt.datetime] = {}  # who was last pointed to the commands, and when

    @commands.Cog.listener()
    async def on_message(self, message: discord.Message) -> None:
        # a system message ("X pinned a message") is Discord speaking, not the fan typing to the bot
        if message.author.bot or message.is_system() or not isinstance(message.channel, discord.DMChannel):
            return
        now = self.bot.clock.now()
        last = self._pointed.get(message.author.id)
        if last is not None and now - last < POINT_AGAIN_AFTER:
            return
        # who was pointed to the commands over an hour ago is pointed again: forget them
        self._pointed = {who: when for who, when in self._pointed.items() if now - when < POINT_AGAIN_AFTER}
        self._pointed[message.author.id] = now
        try:
            await message.channel.send(TYPED_TO_ME, allowed_mentions=discord.AllowedMentions.none())
        except discord.HTTPException:
            pass  # they closed their DMs meanwhile: nothing else to tell them with
