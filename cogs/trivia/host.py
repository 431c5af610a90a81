"""The game host: runs one bot's trivia games on Discord, once this copy of hyosan owns them.

Posts: every step of a game is queued in the transaction that made it (bot/trivia/posts.py); the
host posts each channel's queue in order, one worker per channel, with the post's nonce. A send
that fails for a while (429s beyond discord.py's own retries, 5xx, the network, the database) is
tried again after a growing pause, in the same order; a channel the bot can no longer use ends its
game. A post first tried longer ago than Discord remembers nonces is looked for in the channel
before it is sent again. Sends are never cancelled (a cancelled send can wedge discord.py's rate
limiter), only the pauses between them.

Deadlines: one short deadline per running game on the bot's scheduler (bot.scheduling), named
after the game, so that when a question's answer time or a pause ends the game moves on. The daily
questions are calendar jobs on the same scheduler.

`follow(events)` is what every caller does after a step committed (a command, a button, a typed
answer, a deadline): wake the channels' workers and arm the games' deadlines.
"""

from __future__ import annotations

import asyncio
import dataclasses
import datetime as dt
import logging
from collections.abc import Sequence

import aiohttp
import discord

from bot.app import Hyosan
from bot.permissions import LOCKED_THREAD_NEED, THREAD_LOCKED, missing_to_post, permission_list
from bot.scheduling import AsyncJob
from bot.show import NOTHING, Position
from bot.trivia import snapshot
from bot.trivia.daily import DailyPost, DailyService, day_key, hour_minute
from bot.trivia.events import Event, GameEnded, QuestionShown, Revealed
from bot.trivia.model import DailyChannel, Post, Question
from bot.trivia.posts import Delivery
from bot.trivia.service import GameService
from cogs.channels import find_channel
from cogs.places import place_of
from cogs.trivia import render, render_daily, views
from cogs.trivia.feedback import ButtonsPointer
from db import StorageError

log = logging.getLogger(__name__)
NONE = discord.AllowedMentions.none()
SWEEP_JOB = "trivia-posts"
DAILY_NOW_JOB = "trivia-daily-now"
SWEEP_EVERY = dt.timedelta(seconds=15)
# Pauses between tries of a post that failed for a while, and of a deadline the database refused.
FIRST_PAUSE = 1.0
MAX_PAUSE = 30.0
HISTORY_LOOKBACK = 50
# A question's countdown this far before its deadline (its send was held up) is edited to show it.
COUNTDOWN_OFF = dt.timedelta(seconds=1)
# Tries of a game's next step failing in hyosan itself (not the database) before the game is ended
# and the channel told, rather than left hanging on its last message.
MAX_MOVE_FAILURES = 3


def deadline_name(game_id: int) -> str:
    """The scheduler deadline of one game (the end of its current question or pause)."""
    return f"trivia-game-{game_id}"


def daily_job_name(channel_id: int) -> str:
    return f"trivia-daily-{channel_id}"


def _pause(tries: int) -> float:
    return float(min(MAX_PAUSE, FIRST_PAUSE * 2 ** max(0, tries - 1)))


def _retryable(exc: Exception) -> bool:
    if isinstance(exc, discord.HTTPException):
        return exc.status == 429 or exc.status >= 500
    return isinstance(exc, aiohttp.ClientError | OSError | asyncio.TimeoutError | StorageError)


class GameHost:
    def __init__(self, bot: Hyosan, service: GameService, daily: DailyService) -> None:
        self.bot = bot
        self.service = service
        self.daily = daily
        self._armed: set[int] = set()
        self._daily_jobs: set[str] = set()
        self._workers: dict[int, asyncio.Task[None]] = {}
        self._again: set[int] = set()
        self._deadline_tries: dict[int, int] = {}
        self._moving: set[int] = set()  # games whose deadline job runs now (its deadline is not armed meanwhile)
        self._resumed = False
        self._move_failures: dict[int, int] = {}
        self.pointer = ButtonsPointer()  # who was told to use the buttons, per running game
        self._open = False

    # -- lifecycle -----------------------------------------------------------------------------

    async def open(self) -> None:
        """This copy owns the games now: take up the running ones (bot/trivia/resume.py), post
        what is still queued, and schedule the daily questions."""
        if self._open:
            return
        self._open = True
        for row in await self.daily.channels():
            self.schedule_daily(row.channel_id, row.post_time)
        self.bot.scheduler.repeat(SWEEP_JOB, SWEEP_EVERY, self.sweep)
        try:
            await self._resume()
        except StorageError:
            log.warning("resuming trivia games waits for the database (the sweep tries again)")
        await self.sweep()
        await self.post_daily()

    def close(self) -> None:
        self._open = False
        self._resumed = False  # the next owner takes the games up again
        self.bot.scheduler.cancel_deadline(SWEEP_JOB)
        for game_id in list(self._armed):
            self.bot.scheduler.cancel_deadline(deadline_name(game_id))
        self._armed.clear()
        self.pointer.clear()
        for job in list(self._daily_jobs):
            self.bot.scheduler.cancel(job)
        self._daily_jobs.clear()
        for task in self._workers.values():
            task.cancel()
        self._workers.clear()

    async def sweep(self) -> None:
        """Wake every channel with posts waiting and time every running game whose deadline is not
        (at start, and now and then as a safety net: a database refusal must not leave a game on its
        question or pause until a restart)."""
        try:
            if self._resumed:
                await self._arm_lost()
            else:
                await self._resume()
            for channel_id in await self.service.posts.channels():
                self.wake(channel_id)
            await self.service.posts.prune()
        except StorageError:
            pass  # logged once by the database; the next sweep tries again

    async def _resume(self) -> None:
        """Take up the running games (bot/trivia/resume.py); a deadline the database refuses to read
        here is armed by the next sweep."""
        games = await self.service.resume_all()
        self._resumed = True
        for game in games:
            await self.arm(game.id)

    async def _arm_lost(self) -> None:
        """Arm the deadline of every running game that has none armed and is not moving on now (one
        read of the running games: cheap enough every sweep)."""
        for game in await self.service.running_games():
            lost = self.bot.scheduler.deadline(deadline_name(game.id)) is None and game.id not in self._moving
            if lost and game.deadline is not None:
                self.arm_at(game.id, game.deadline)

    # -- after a step committed ----------------------------------------------------------------

    async def follow(self, events: Sequence[Event]) -> None:
        """Post what these steps queued, and arm the deadline of every game they moved."""
        for channel_id in dict.fromkeys(event.game.channel_id for event in events):
            self.wake(channel_id)
        for game_id in dict.fromkeys(event.game.id for event in events):
            await self.arm(game_id)

    def wake(self, channel_id: int) -> None:
        """Make sure the channel's worker runs (it posts the channel's queue, then stops)."""
        if not self._open:
            return
        worker = self._workers.get(channel_id)
        if worker is not None and not worker.done():
            self._again.add(channel_id)
            return
        task = asyncio.get_running_loop().create_task(self._work(channel_id), name=f"trivia-posts-{channel_id}")
        self._workers[channel_id] = task
        task.add_done_callback(lambda done: self._forget_worker(channel_id, done))

    def _forget_worker(self, channel_id: int, task: asyncio.Task[None]) -> None:
        if self._workers.get(channel_id) is task:
            del self._workers[channel_id]

    async def _work(self, channel_id: int) -> None:
        tries = 0
        while True:
            self._again.discard(channel_id)
            post: Post | None = None
            try:
                post = await self.service.posts.next(channel_id)
                if post is None:
                    if channel_id in self._again:
                        continue  # woken while reading: something was queued meanwhile
                    return
                done = await self._deliver(post)
            except Exception as exc:
                done = False
                if not _retryable(exc):
                    log.exception("trivia post %s in channel %s failed", post.id if post else "?", channel_id)
                    done = post is not None and await self._give_up_quietly(post, repr(exc))
                    if done and post is not None:
                        await self._tell_dropped(post)
            if done:
                tries = 0
                continue
            tries += 1
            await asyncio.sleep(_pause(tries))  # only this pause is ever cancelled, never a send

    async def _give_up_quietly(self, post: Post, error: str) -> bool:
        try:
            await self.service.posts.give_up(post, error)
        except Exception:
            return False
        return True

    async def _tell_dropped(self, post: Post) -> None:
        """Say in the channel that a step was dropped, so players are not left reading the answer to a
        question they never saw, or waiting for scores that will not come (Red's games die silently)."""
        channel = self.bot.get_partial_messageable(post.channel_id, guild_id=post.guild_id)
        try:
            await channel.send(render.dropped_post_text(post.step, post.q_index), allowed_mentions=NONE)
        except Exception as exc:  # best effort: the drop itself is already logged
            log.info("trivia post %s: could not say it was dropped (%r)", post.id, exc)

    def _lacking(self, post: Post) -> list[str]:
        """What the bot lacks to post in a game's channel, as the cache knows it (nothing known: none)."""
        known = self.bot.get_channel(post.channel_id)
        where = known if isinstance(known, discord.abc.GuildChannel | discord.Thread) else None
        return missing_to_post(where, where.guild.me) if where is not None else []

    async def _tell_cut_off(self, channel: discord.PartialMessageable, post: Post, delivery: Delivery) -> None:
        """A game whose channel stopped taking the bot's posts ends; its last question says why on
        itself (editing its own message needs no Send Messages), so the players do not just see it stop."""
        if delivery.close_message_id is None:
            return
        known = self.bot.get_channel(post.channel_id)
        where = known if isinstance(known, discord.abc.GuildChannel | discord.Thread) else None
        missing = self._lacking(post)
        # an archived thread is out of the cache: Discord says whether it is one
        place = place_of(where) if where is not None else (
            "thread" if await self.bot.thread_parent(post.channel_id) is not None else "channel")
        try:
            await channel.get_partial_message(delivery.close_message_id).edit(
                content=render.game_cut_off_text(missing, place), allowed_mentions=NONE
            )
        except discord.HTTPException as exc:
            log.info("trivia game %s: could not say it was cut off (%s)", post.game_id, exc.status)

    async def _deliver(self, post: Post) -> bool:
        """Post one queued step; True when it is done with (sent, skipped or given up), False to
        try it again after a pause."""
        delivery = await self.service.posts.begin(post)
        if delivery is None:
            return True
        channel = self.bot.get_partial_messageable(post.channel_id, guild_id=post.guild_id)
        try:
            # A reveal shows what the channel (or thread) allows now, not when the game started: a
            # mark lowered since hides more, and one raised shows an answer it allows in the clear.
            mark = await self.service.channel_mark(post.channel_id) if isinstance(delivery.event, Revealed) else NOTHING
            found = await self._already_posted(channel, delivery) if delivery.look_first else None
            shown_now = found is None  # one found in the channel was up before: its time runs already
            if found is None:
                await self._close_question(channel, delivery, mark)
                found = await self._send(channel, delivery, mark)
        except (discord.NotFound, discord.Forbidden) as exc:
            log.warning("trivia game %s: channel %s unusable (%s), closing the game", post.game_id, post.channel_id, exc)
            # refused (403): whoever started it is told once, by the moderators' notices, what I lack there
            refused = None if not isinstance(exc, discord.Forbidden) else (
                [LOCKED_THREAD_NEED[0]] if exc.code == THREAD_LOCKED else self._lacking(post))
            await self._end_unpostable(post.game_id, f"{exc.status} {exc.code}", refused=refused)
            if isinstance(exc, discord.Forbidden):
                await self._tell_cut_off(channel, post, delivery)
            return True
        except discord.HTTPException as exc:
            if _retryable(exc):
                log.info("trivia post %s: %s %s, trying again later", post.id, exc.status, exc.text[:100])
                await self.service.posts.retry_later(post, f"{exc.status} {exc.text}")
                return False
            log.warning("trivia post %s refused by Discord (%s %s): dropped", post.id, exc.status, exc.text[:200])
            await self.service.posts.give_up(post, f"{exc.status} {exc.code} {exc.text}")
            await self._tell_dropped(post)
            return True
        moved = await self.service.posts.sent(delivery, found, shown_now=shown_now)
        await self.arm(post.game_id)
        if moved is not None and isinstance(delivery.event, QuestionShown):
            await self._show_deadline(channel, found, delivery.event, moved)
        return True

    async def _show_deadline(
        self, channel: discord.PartialMessageable, message_id: int, posted: QuestionShown, deadline: dt.datetime
    ) -> None:
        """A question's answer time started when Discord took it, later than its countdown says:
        the countdown is put right. Under a second off is left (Discord's timestamps count whole
        seconds, and an edit would take a place in the channel's rate limit for nothing)."""
        if deadline - posted.deadline < COUNTDOWN_OFF:
            return
        shown = dataclasses.replace(posted, deadline=deadline)
        try:
            await channel.get_partial_message(message_id).edit(embed=render.question_embed(shown), allowed_mentions=NONE)
        except discord.HTTPException as exc:  # best effort: the reveal still waits for the full time
            log.info("trivia game %s: could not correct the countdown of message %s (%s)", shown.game.id, message_id, exc.status)

    async def _send(self, channel: discord.PartialMessageable, delivery: Delivery, mark: Position) -> int:
        event = delivery.event
        if isinstance(event, QuestionShown):
            embed, view = render.question_embed(event), views.question_view(event)
            message = await channel.send(embed=embed, view=view, nonce=delivery.nonce, allowed_mentions=NONE)
        elif isinstance(event, Revealed):
            message = await channel.send(
                embed=render.reveal_embed(event, mark), view=views.reveal_view(event), nonce=delivery.nonce,
                allowed_mentions=NONE,
            )
        else:
            message = await channel.send(embed=render.game_over_embed(event), nonce=delivery.nonce, allowed_mentions=NONE)
        return message.id

    async def _close_question(self, channel: discord.PartialMessageable, delivery: Delivery, mark: Position) -> None:
        """A reveal (or the end of a game stopped mid-question) first closes the question's buttons."""
        if delivery.close_message_id is None:
            return
        event = delivery.event
        if isinstance(event, Revealed):
            view = views.closed_question_view(event, mark)
        elif isinstance(event, GameEnded) and delivery.open_question is not None:
            view = views.retired_question_view(event.game, event.game.current_index, delivery.open_question)
        else:
            return
        try:
            await channel.get_partial_message(delivery.close_message_id).edit(view=view)
        except discord.HTTPException as exc:
            log.info("could not close the buttons of message %s: %s", delivery.close_message_id, exc.status)

    async def _already_posted(self, channel: discord.PartialMessageable, delivery: Delivery) -> int | None:
        """The message of a post tried long ago, found among the channel's recent messages (its
        nonce may be forgotten by now); None when it is not there."""
        me = self.bot.user.id if self.bot.user is not None else None
        try:
            async for message in channel.history(limit=HISTORY_LOOKBACK):
                if message.author.id == me and any(
                    (embed.footer.text or "").endswith(delivery.marker) for embed in message.embeds
                ):
                    return message.id
        except discord.Forbidden:
            return None  # no history to read here: the nonce is all there is
        return None

    # -- one deadline per game -------------------------------------------------------------------

    async def arm(self, game_id: int) -> None:
        """Set the game's scheduler deadline to its deadline in the database (none once it ended)."""
        self.arm_at(game_id, await self.service.deadline(game_id))

    def arm_at(self, game_id: int, when: dt.datetime | None) -> None:
        name = deadline_name(game_id)
        if when is None:
            self.bot.scheduler.cancel_deadline(name)
            self._armed.discard(game_id)
            self._deadline_tries.pop(game_id, None)
            self.pointer.forget(game_id)  # the game ended
        elif self._open and self.bot.scheduler.deadline(name) != when:
            self.bot.scheduler.at(name, when, self._deadline_job(game_id))
            self._armed.add(game_id)

    def _deadline_job(self, game_id: int) -> AsyncJob:
        async def due() -> None:
            self._moving.add(game_id)
            deadline: dt.datetime | None = self.bot.clock.now()
            try:
                events, deadline = await self._move_on(game_id)
                await self.follow(events)
            except StorageError:
                pass  # the database logged it; the deadline below is armed all the same
            finally:
                # whatever follow raised: a game whose timer is not armed again stays on its question
                self._moving.discard(game_id)
                self._rearm(game_id, deadline)

        return due

    async def _move_on(self, game_id: int) -> tuple[list[Event], dt.datetime | None]:
        """The game's deadline passed: what it did, and its next deadline (now when it could not be read:
        tried again after a pause; what it did is posted all the same)."""
        events: list[Event] = []
        try:
            events = await self.service.advance(game_id)
            deadline = await self.service.deadline(game_id)
        except StorageError:
            return events, self.bot.clock.now()  # the database logged it
        except Exception:
            log.exception("trivia game %s: moving on failed", game_id)
            return await self._failed_to_move(game_id)
        self._move_failures.pop(game_id, None)
        return events, deadline

    def _rearm(self, game_id: int, deadline: dt.datetime | None) -> None:
        """After a deadline job: the game's next deadline, or a retry after a pause when it did not move."""
        if deadline is None:
            self.arm_at(game_id, None)
        elif deadline <= self.bot.clock.now():
            # Nothing moved (the database refused, or the question is not shown yet): try again
            # after a pause rather than at once, so a failing step never spins.
            tries = self._deadline_tries[game_id] = self._deadline_tries.get(game_id, 0) + 1
            self.arm_at(game_id, self.bot.clock.now() + dt.timedelta(seconds=_pause(tries)))
        else:
            self._deadline_tries.pop(game_id, None)
            self.arm_at(game_id, deadline)

    async def _failed_to_move(self, game_id: int) -> tuple[list[Event], dt.datetime | None]:
        """After MAX_MOVE_FAILURES, end the game (its final scores say why); until then, try again."""
        failures = self._move_failures[game_id] = self._move_failures.get(game_id, 0) + 1
        if failures < MAX_MOVE_FAILURES:
            return [], self.bot.clock.now()
        del self._move_failures[game_id]
        try:
            ended = await self.service.abandon(game_id, "error")
        except Exception:
            log.exception("trivia game %s: could not be ended after failing to move on", game_id)
            return [], self.bot.clock.now()
        return ([] if ended is None else [ended]), None

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

    async def _end_unpostable(self, game_id: int, why: str, *, refused: list[str] | None = None) -> None:
        """A game whose channel can no longer be posted in ends: its queued posts are dropped first (so
        none is tried meanwhile), then again after the end, which queues its own closing post."""
        await self.service.posts.drop_game(game_id, why)
        if await self.service.abandon(game_id, "channel unavailable", refused=refused) is not None:
            await self.service.posts.drop_game(game_id, why)
            self.arm_at(game_id, None)

    async def game_channel_gone(self, channel_id: int) -> None:
        """A deleted channel's or thread's game ends at once, its queued posts dropped (nothing is
        said: there is nowhere left to say it), rather than at its next post's 404."""
        try:
            game = await self.service.game_in(channel_id)
            if game is None:
                return
            await self._end_unpostable(game.id, "channel deleted")
            log.info("trivia game %s ended: its channel %s was deleted", game.id, channel_id)
        except StorageError:
            pass  # logged once by the database; the next post finds the channel gone

    async def daily_channel_gone(self, channel_id: int, place: str = "channel or thread", *, why: str | None = None) -> None:
        """A deleted channel's or thread's daily question is turned off, said once in the log, and
        told (why) to the next moderator who uses a trivia command, as a refused post is."""
        self.unschedule_daily(channel_id)
        try:
            if await self.daily.stop(channel_id, why or f"its {place} was deleted", day_key(self.bot.clock.now())):
                log.warning("the daily question's %s %s is gone: its daily question is turned off", place, channel_id)
        except StorageError:
            pass  # logged once by the database; the next post finds the channel gone again

    async def daily_channel_unpostable(self, post: DailyPost, error: discord.Forbidden) -> None:
        """Discord refused the daily question (403): it is turned off rather than tried and warned
        about every day, and the next moderator to use a trivia command in the server is told why
        (a thread locked since, or the permission the bot lacks there)."""
        channel_id = post.channel_id
        self.unschedule_daily(channel_id)
        guild = self.bot.get_guild(post.guild_id)
        # an archived thread is not in discord.py's cache: asked of Discord
        channel = None if guild is None else await _found(guild, channel_id)
        missing: list[str] = []
        if channel is not None and guild is not None and error.code != THREAD_LOCKED:
            missing = missing_to_post(channel, guild.me, embeds=False)
        if error.code == THREAD_LOCKED:
            reason = "its thread is locked (only members with Manage Threads may post in a locked thread)"
        elif missing:
            reason = f"I lost permission to post there (I need {permission_list(missing)})"
        else:
            reason = f"Discord refused my post there ({error.status} {error.code}: {error.text or 'forbidden'})"
        try:
            if await self.daily.stop(channel_id, reason, post.day):
                log.warning("the daily question in channel %s is turned off: %s", channel_id, reason)
        except StorageError:
            pass  # logged once by the database; the next post is refused again and stops it then

    async def tell_stopped_daily(self, interaction: discord.Interaction[Hyosan]) -> None:
        """Tell the moderator who just used a trivia command about daily questions the bot turned
        off in this server: once (privately), and again later only if this telling failed."""
        if interaction.guild_id is None or interaction.response.type is discord.InteractionResponseType.modal:
            return  # a form is open: no followup fits until it is submitted
        try:
            stopped = await self.daily.untold_stops(interaction.guild_id)
        except StorageError:
            return
        if not stopped:
            return
        try:
            await interaction.followup.send(render_daily.daily_stopped_text(stopped), ephemeral=True, allowed_mentions=NONE)
        except discord.HTTPException:
            await self.daily.tell_again([row.channel_id for row in stopped])

    async def post_daily(self) -> None:
        """Post the day's question in every channel whose time has come and that has none yet."""
        try:
            due = await self.daily.due()
        except StorageError:
            return  # logged once by the database; the next run tries again
        unsent = list(due)
        try:
            for post in due:
                await self._post_daily_one(post, unsent)
        except asyncio.CancelledError:
            # The bot is stopping (the scheduler's grace is over): the claims whose question was not
            # sent yet are given back, so the next start posts today's question, nothing half-done.
            await asyncio.shield(self.daily.release(unsent))
            raise

    async def _post_daily_one(self, post: DailyPost, unsent: list[DailyPost]) -> None:
        """Post one channel's question; it leaves `unsent` as its send begins (a send the stop cuts
        may have reached Discord: never given back, so never posted twice)."""
        gate = await self.service.channel_mark(post.channel_id)
        text = render.daily_text(post.day, post.question, gate)
        view = views.daily_view(post.channel_id, post.day, post.question, gate)
        unsent.remove(post)
        try:
            message = await self.bot.get_partial_messageable(post.channel_id, guild_id=post.guild_id).send(
                text, view=view, allowed_mentions=NONE
            )
        except discord.NotFound:  # the channel is gone (deleted while the bot was away)
            await self.daily_channel_gone(post.channel_id)
            return
        except discord.Forbidden as exc:  # the bot may no longer post there: stop, and say so once
            await self.daily_channel_unpostable(post, exc)
            return
        except discord.HTTPException:
            log.warning("could not post the daily question in %s", post.channel_id)
            return
        await self.daily.record_message(post.channel_id, message.id)
        if post.before is not None:
            await self._close_daily(post.channel_id, post.guild_id, *post.before, gate)

    def post_daily_soon(self) -> None:
        """Post what is due at once, as the scheduler's job: a stop waits for it (then cancels it,
        giving back what was not posted) rather than closing Discord and the database under it."""
        self.bot.scheduler.after(DAILY_NOW_JOB, dt.timedelta(0), self.post_daily)

    async def close_daily(self, row: DailyChannel) -> None:
        """A daily question turned off: its last question closes now, as it would at the next one."""
        if row.message_id is not None and row.day is not None and row.question_json is not None:
            gate = await self.service.channel_mark(row.channel_id)
            question = snapshot.load_question(row.question_json)
            await self._close_daily(row.channel_id, row.guild_id, row.message_id, row.day, question, gate, replaced=False)

    async def _close_daily(
        self, channel_id: int, guild_id: int, message_id: int, day: str, question: Question, gate: Position,
        *, replaced: bool = True,
    ) -> None:
        """Yesterday's daily question, once today's is up: its buttons disabled and its answer shown,
        so those who missed it learn it and nobody clicks a closed question."""
        channel = self.bot.get_partial_messageable(channel_id, guild_id=guild_id)
        settings = await self.service.settings(guild_id)
        shown = settings.reveal_answers and not settings.spoiler_answers  # no green button beside bars
        try:
            await channel.get_partial_message(message_id).edit(
                content=render.daily_closed_text(day, question, gate, settings, replaced=replaced),
                view=views.closed_daily_view(channel_id, day, question, gate, show_answer=shown), allowed_mentions=NONE,
            )
        except discord.HTTPException:  # deleted, or no longer ours to edit: today's question stands
            log.info("could not close the daily question %s in %s", message_id, channel_id)


async def _found(guild: discord.Guild, channel_id: int) -> discord.abc.GuildChannel | discord.Thread | None:
    """The channel or thread, archived ones too; None when Discord will not say."""
    try:
        return await find_channel(guild, channel_id)
    except (discord.HTTPException, aiohttp.ClientError, OSError):
        return None
