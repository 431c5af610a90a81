"""The game host: runs one bot's trivia games on Discord.

It posts each step the domain returns (a question with its buttons, a reveal that closes the
question's buttons, the final scores) in the game's channel, one channel at a time, and keeps one
short deadline per running game on the bot's scheduler (bot.scheduling), named after the game, so
that when a question's answer time or a pause ends the game moves on. The daily questions are
calendar jobs on the same scheduler.

Everything that posts a game's steps comes through `show`, whoever caused them: a command, a
button, a typed answer or a deadline.
"""

from __future__ import annotations

import asyncio
import datetime as dt
import logging
from collections.abc import Sequence

import discord

from bot.app import Hyosan
from bot.scheduling import AsyncJob
from bot.trivia.daily import DailyService, hour_minute
from bot.trivia.events import Event, GameEnded, QuestionShown, Revealed
from bot.trivia.service import GameService
from cogs.trivia import render, views

log = logging.getLogger(__name__)
NONE = discord.AllowedMentions.none()
RESUME_JOB = "trivia-resume"


def deadline_name(game_id: int) -> str:
    """The scheduler deadline of one game (the end of its current question or pause)."""
    return f"trivia-game-{game_id}"


def daily_job_name(channel_id: int) -> str:
    return f"trivia-daily-{channel_id}"


class GameHost:
    def __init__(self, bot: Hyosan, service: GameService, daily: DailyService) -> None:
        self.bot = bot
        self.service = service
        self.daily = daily
        self._locks: dict[int, asyncio.Lock] = {}
        self._armed: set[int] = set()
        self._daily_jobs: set[str] = set()

    # -- lifecycle -----------------------------------------------------------------------------

    async def open(self) -> None:
        """Schedule the daily questions, and the resumption of running games: resuming posts
        messages, so it runs once the bot is up, as the first short deadline."""
        for row in await self.daily.channels():
            self.schedule_daily(row.channel_id, row.post_time)
        self.bot.scheduler.after(RESUME_JOB, dt.timedelta(0), self.resume)

    def close(self) -> None:
        self.bot.scheduler.cancel_deadline(RESUME_JOB)
        for game_id in list(self._armed):
            self.bot.scheduler.cancel_deadline(deadline_name(game_id))
        self._armed.clear()
        for job in list(self._daily_jobs):
            self.bot.scheduler.cancel(job)
        self._daily_jobs.clear()

    async def resume(self) -> None:
        try:
            await self.show(await self.service.resume_all())
        except Exception:
            log.exception("resuming trivia games failed")
        await self.post_daily()

    # -- posting a game's steps ----------------------------------------------------------------

    async def show(self, events: Sequence[Event]) -> None:
        """Post each step in its channel, in order, then arm the deadline of every game they moved."""
        try:
            for event in events:
                await self._post_safely(event)
        finally:
            for game_id in dict.fromkeys(event.game.id for event in events):
                await self.arm(game_id)

    async def _post_safely(self, event: Event) -> None:
        game = event.game
        async with self._locks.setdefault(game.channel_id, asyncio.Lock()):
            try:
                await self._post(event)
            except (discord.NotFound, discord.Forbidden):
                log.warning("trivia game %s: channel %s unusable, closing the game", game.id, game.channel_id)
                await self.service.abandon(game.id, "channel unavailable")
            except discord.HTTPException:
                log.exception("trivia game %s: sending failed", game.id)

    def _channel(self, channel_id: int, guild_id: int | None) -> discord.PartialMessageable:
        return self.bot.get_partial_messageable(channel_id, guild_id=guild_id)

    async def _post(self, event: Event) -> None:
        game = event.game
        channel = self._channel(game.channel_id, game.guild_id)
        if isinstance(event, QuestionShown):
            embed, view = render.question_embed(event), views.question_view(event)
            if view is None:
                message = await channel.send(embed=embed, allowed_mentions=NONE)
            else:
                message = await channel.send(embed=embed, view=view, allowed_mentions=NONE)
            await self.service.record_message(game.id, event.q_index, message.id)
        elif isinstance(event, Revealed):
            message_id = event.question_message_id  # from the database, so it survives a restart
            if message_id is not None:
                try:
                    await channel.get_partial_message(message_id).edit(view=views.closed_question_view(event))
                except discord.HTTPException:
                    log.info("could not disable the buttons of message %s", message_id)
            message = await channel.send(embed=render.reveal_embed(event), view=views.reveal_view(event), allowed_mentions=NONE)
            await self.service.record_message(game.id, event.q_index, message.id, reveal=True)
        elif isinstance(event, GameEnded):
            await channel.send(embed=render.game_over_embed(event), allowed_mentions=NONE)

    # -- one deadline per game -------------------------------------------------------------------

    async def arm(self, game_id: int) -> None:
        """Set the game's scheduler deadline to its deadline in the database (none once it ended)."""
        self.arm_at(game_id, await self.service.deadline(game_id))

    def arm_at(self, game_id: int, when: dt.datetime | None) -> None:
        name = deadline_name(game_id)
        if when is None:
            self.bot.scheduler.cancel_deadline(name)
            self._armed.discard(game_id)
        elif self.bot.scheduler.deadline(name) != when:
            self.bot.scheduler.at(name, when, self._deadline_job(game_id))
            self._armed.add(game_id)

    def _deadline_job(self, game_id: int) -> AsyncJob:
        async def due() -> None:
            try:
                for event in await self.service.advance(game_id):
                    await self._post_safely(event)
            finally:
                await self.arm(game_id)

        return due

    # -- the daily question ----------------------------------------------------------------------

    def schedule_daily(self, channel_id: int, post_time: str) -> None:
        hour, minute = hour_minute(post_time)
        job = daily_job_name(channel_id)
        self.bot.scheduler.daily(job, hour, minute, self.post_daily)
        self._daily_jobs.add(job)

    def unschedule_daily(self, channel_id: int) -> None:
        job = daily_job_name(channel_id)
        self._daily_jobs.discard(job)
        self.bot.scheduler.cancel(job)

    async def post_daily(self) -> None:
        """Post the day's question in every channel whose time has come and that has none yet."""
        for post in await self.daily.due():
            gate = await self.service.channel_mark(post.channel_id)
            text = render.daily_text(post.day, post.question, gate)
            view = views.daily_view(post.channel_id, post.day, post.question, gate)
            try:
                message = await self._channel(post.channel_id, post.guild_id).send(text, view=view, allowed_mentions=NONE)
            except discord.HTTPException:
                log.warning("could not post the daily question in %s", post.channel_id)
                continue
            await self.daily.record_message(post.channel_id, message.id)
