"""Typed answers read from the channel: a guess for the game running there, a choice typed in a
buttons game pointed to the buttons (feedback.py), a guess the game did not take marked; a Discord reply to another
member's message is chat between members, never a guess (ruled at stop 64; a reply to the bot's question guesses), and so
is a reply to the bot's messages before the question asked now (its reveal, scores: stop 65). A part of
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
STORAGE_NOTICE_EVERY = 60.0  # seconds between two "can't look that up / save that" notices in one channel


class TypedAnswers(commands.Cog):
    """The typed answers' listener, for the Trivia cog to inherit (it is never added alone)."""

    bot: Hyosan
    service: GameService
    host: GameHost
    _noticed: dict[int, float]  # channel -> when it was last told guesses can't be recorded

    @commands.Cog.listener()
    async def on_message(self, message: discord.Message) -> None:
        if message.author.bot or message.guild is None or not message.content:
            return
        try:
            if await self._not_to_game(message):
                return
        except StorageError as exc:  # the question's message could not be read: told as a guess's failure is
            await self._storage_notice(message, exc)
            return
        if not self.service.takes_guesses(message.channel.id):
            try:
                await self.host.pointer.point(self.service, message)  # "b!!" in a buttons game: told where to answer
            except StorageError as exc:  # which game runs there could not be read: told, never a traceback
                await self._storage_notice(message, exc)
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

    async def _not_to_game(self, message: discord.Message) -> bool:
        """Whether the message is a Discord reply to something other than the question asked now: to another
        member's message (chat between members; unless it mentions me: "@hyosan Nam-ra" is said to the game), or to
        a message of mine posted before the question (a reveal, its scores, an earlier question: ruled at stop 65).
        A reply to the question, to what I said since (a "close!"), to the player's own message ("*Cheong-san" under
        their typo), or to a message Discord sent no copy of, is read as typed."""
        ref = message.reference
        if message.type != discord.MessageType.reply or ref is None:
            return False
        replied = ref.cached_message or ref.resolved
        me = self.bot.user
        if not isinstance(replied, discord.Message) or me is None or replied.author.id == message.author.id:
            return False
        if replied.author.id != me.id:
            return f"<@{me.id}>" not in message.content and f"<@!{me.id}>" not in message.content
        if not self.service.takes_guesses(message.channel.id):
            return False  # (no typed game asks here: no question to tell the bot's other messages from)
        asked = await self.service.asked_message(message.channel.id)
        return asked is not None and replied.id < asked  # Discord's ids grow with time

    async def _storage_notice(self, message: discord.Message, error: StorageError) -> None:
        """Say (once a minute per channel) that guesses can't be read or recorded right now."""
        now = time.monotonic()
        if now - self._noticed.get(message.channel.id, -STORAGE_NOTICE_EVERY) < STORAGE_NOTICE_EVERY:
            return
        self._noticed[message.channel.id] = now
        try:
            await message.channel.send(f"<@{message.author.id}> {error.message}", allowed_mentions=NONE)
        except discord.HTTPException:
            pass
