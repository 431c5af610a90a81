"""Typed answers read from the channel: a guess for the game running there, a choice typed in a
buttons game pointed to the buttons (feedback.py), a guess the game did not take marked; a Discord reply to another
member's message is chat between members, never a guess (ruled at stop 64; a reply to the bot's question guesses). A part of
the Trivia cog (commands.py); the game steps a right answer causes are posted by the host."""

from __future__ import annotations

import time

import discord
from discord.ext import commands

from bot.app import Hyosan
from bot.text import clean_input
from bot.trivia.service import GameService
from cogs.trivia import render
from cogs.trivia.feedback import direct, tell_ignored
from cogs.trivia.host import GameHost
from cogs.trivia.presence import note_name
from db import StorageError

NONE = discord.AllowedMentions.none()
STORAGE_NOTICE_EVERY = 60.0  # seconds between two "can't record guesses" notices in one channel


class TypedAnswers(commands.Cog):
    """The typed answers' listener, for the Trivia cog to inherit (it is never added alone)."""

    bot: Hyosan
    service: GameService
    host: GameHost
    _noticed: dict[int, float]  # channel -> when it was last told guesses can't be recorded

    @commands.Cog.listener()
    async def on_message(self, message: discord.Message) -> None:
        if message.author.bot or message.guild is None or not message.content or self._to_another(message):
            return
        if not self.service.takes_guesses(message.channel.id):
            await self.host.pointer.point(self.service, message)  # "b!!" in a buttons game: told where to answer
            return
        try:
            result = await self.service.guess(
                message.channel.id, message.author.id, clean_input(message.content, limit=200), message.id
            )
        except StorageError as exc:  # logged once a minute by the database; the player hears it
            await self._storage_notice(message, exc)
            return
        if result is None:
            return
        if not result.ignored:
            await note_name(self.service, message.guild.id, message.author)
        if result.ignored:
            await tell_ignored(message, result)
        elif result.status == "correct":
            await self.host.follow(result.events)
        elif result.status == "close":
            await direct(message, render.close_guess_text(result.guesses_left))

    def _to_another(self, message: discord.Message) -> bool:
        """Whether the message is a Discord reply to another member's message: chat between members, never a
        guess (a reply to the bot's question, to the player's own message, "*Cheong-san" under their typo, or to a
        message Discord sent no copy of, is read as typed)."""
        ref = message.reference
        if message.type != discord.MessageType.reply or ref is None:
            return False
        replied = ref.cached_message or ref.resolved
        me = self.bot.user
        return (isinstance(replied, discord.Message) and me is not None
                and replied.author.id not in (me.id, message.author.id))

    async def _storage_notice(self, message: discord.Message, error: StorageError) -> None:
        """Say (once a minute per channel) that guesses can't be recorded right now."""
        now = time.monotonic()
        if now - self._noticed.get(message.channel.id, -STORAGE_NOTICE_EVERY) < STORAGE_NOTICE_EVERY:
            return
        self._noticed[message.channel.id] = now
        try:
            await message.channel.send(f"<@{message.author.id}> {error.message}", allowed_mentions=NONE)
        except discord.HTTPException:
            pass
