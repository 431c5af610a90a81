"""/season2 and /season2set: the status card, countdown reminders; announcements to channels, reports.

Thin: parse the interaction, call Season2Service, render with cogs/season2/render.py. The service
(tracking, reminders, the dispatcher over cogs/season2/transport.py) is built in cog_load, which
registers its timers with the bot's scheduler: the source poll (a calendar job, first at once),
the delivery sweep (reminders that fell due, then sending) and, whenever a release moment is still to
record, a calendar job at that moment that records it (unless a write before it saw it first). `/season2 status` reads
`bot.season2_status`, the one current status /ask reads too.

Discord cannot have both a bare `/season2` and subcommands under it, so the status card is
`/season2 status`. /season2 is everyone's and runs in servers and in the bot's DMs too (nothing in it
needs a server; a DM opt-in to reminders is the natural place). /season2set is the moderators' (a
command of its own because Discord hides commands from members by `default_member_permissions`, set
per top-level command), in servers only, and keeps its server-side checks. Both are installed to
servers only.
"""

from __future__ import annotations

import asyncio
import datetime as dt
import io
import logging
from collections import Counter

import discord
from discord import app_commands
from discord.ext import commands

from bot.app import Hyosan
from bot.errors import UserError
from bot.outbox import loads
from bot.permissions import lacking_there, missing_to_post
from bot.season2.dates import said_from_today
from bot.season2.delivery.dispatcher import Dispatcher
from bot.season2.model import Claim, Confidence, Milestone, Status
from bot.season2.model.delivery import OutboxEntry
from bot.season2.offsets import read_offsets
from bot.season2.reports import parse_report_day, parse_timed_release
from bot.season2.retractions import AlreadyRetracted
from bot.season2.rooms import Rooms
from bot.season2.rules import countdown_over, released_by
from bot.season2.schedule import PollTimers
from bot.season2.service import Season2Service, configured_sources
from bot.season2.to_come import listed_to_come
from bot.season2.windows import Window
from bot.show import Position
from bot.tree import server_permission_check
from cogs.acks import ACK_BY, answer_first, respond
from cogs.marks import mark_note
from cogs.roles import role_still_there
from cogs.season2 import groups, notices, render, views
from cogs.season2.announce_commands import AnnounceCommands
from cogs.season2.audience import Audiences
from cogs.season2.confirmations import mark_confirmed
from cogs.season2.interactions import acknowledge, guild_of, no_wait, private
from cogs.season2.moves import DirectCountdowns
from cogs.season2.render_posts import moved_release, out_now_lines, render_row
from cogs.season2.rooms import RoomOpener, missing_permissions
from cogs.season2.timeline import render_timeline_png
from cogs.season2.transport import DiscordTransport
from db import StorageError

log = logging.getLogger(__name__)

TICK_SECONDS = 2.0
TICK_JOB = "season2-tick"
ROOMS_JOB = "season2-rooms"
RELEASE_JOB = "season2-release"
STRIKE_JOB = "season2-strike-dm-countdowns"
CONFIRM_JOB = "season2-confirm-dm-countdowns"
ROOMS_SECONDS = 5.0
CONCURRENCY = 50
GLOBAL_RATE = 25  # requests per second: half Discord's global 50, the rest kept for commands and replies

MILESTONE_CHOICES = [app_commands.Choice(name=m.label, value=m.value) for m in Milestone]


REMOVED = "the bot was removed from the server"


#: The fewest letters a typed (not picked) report may be named by: fewer match inside every name and link.
_SHORTEST_TYPED_REPORT = 3


def _report_holds(claim: Claim, name: str, typed: str) -> bool:
    """Whether a report is the one typed (casefolded): by the name offered, or by the link the
    moderator pasted ("tudum", "soompi.com/article"), which is what they remember of it."""
    return typed in name.casefold() or typed in (claim.source.url or "").casefold()


class Season2(AnnounceCommands):
    season2 = groups.season2
    season2set = groups.season2set

    def __init__(self, bot: Hyosan) -> None:
        self.bot = bot
        self.service: Season2Service | None = None
        self.poll_timers: PollTimers | None = None
        self.pending: views.PendingReports | None = None
        self.rooms: Rooms | None = None
        self.room_opener: RoomOpener | None = None
        self.audiences = Audiences(bot, bot.database)
        self._counted_to: dt.datetime | None = None
        self._published: Status | None = None  # the status published last: a confirmation is told from it
        # The last timeline drawn and what it was drawn from: the picture is the same for every
        # reader until the news or the day changes, and drawing it is the command's whole cost.
        self._timeline: tuple[object, bytes] | None = None
        self._tests: dict[int, list[dt.datetime]] = {}  # per server, when its recent test posts were asked
        self.ack_by = ACK_BY  # the status card is acknowledged this soon when slow (a test may make it at once)

    # ------------------------------------------------------------------ lifecycle

    async def cog_load(self) -> None:
        pack = self.bot.content.base  # the content every server starts from: its claims seed the history
        settings = self.bot.settings
        dispatcher = Dispatcher(
            self.bot.database,
            self.bot.clock,
            DiscordTransport(self.bot, self.audiences, self.bot.content.reads_for, self.notice_channel),
            concurrency=CONCURRENCY,
            rate_per_second=GLOBAL_RATE,
            send_deadline=settings.send_deadline.total_seconds(),
            nonce_window=settings.nonce_window.total_seconds(),
        )
        service = Season2Service(
            self.bot.database, self.bot.clock, dispatcher, self.bot.season2_status,
            sources=configured_sources(settings), user_agent=settings.user_agent, show=self.bot.show,
            on_published=self._follow_release,
        )
        await service.start(pack)
        if self.bot.serving:
            # every post is read by its server's lexicon: the content everyone shares, and its lexicon, built
            # now rather than by the first post after a start (as the lore cog does for its first question)
            await self.bot.content.reads_for(None)
        self._counted_to = service.status.release_at  # the date the countdowns sent so far give
        self._published = service.status
        self.service = service
        self.bot.content.on_swap(service.use_pack)  # a new content pack version seeds its claims
        self.pending = views.PendingReports(service)
        views.PENDING.register(self.bot, self.pending)
        views.STATUS_PRIVATELY.register(self.bot, self._status_privately)
        self.bot.add_dynamic_items(*views.DYNAMIC_ITEMS)
        # One run at a time each; the sweep's scan and the polls are idempotent. Each source is polled at
        # its own instant, what is overdue spread over the first minute (schedule.PollTimers, on the
        # injected clock); the sweep every few seconds.
        scheduler = self.bot.scheduler
        self.poll_timers = PollTimers(scheduler, service.tracking)
        self.poll_timers.start()
        scheduler.repeat(TICK_JOB, dt.timedelta(seconds=TICK_SECONDS), service.tick)
        self.rooms = Rooms(self.bot.database, self.bot.clock, self.bot.show)
        self.room_opener = RoomOpener(self.bot, self.rooms, dispatcher.kick)
        scheduler.repeat(ROOMS_JOB, dt.timedelta(seconds=ROOMS_SECONDS), self.room_opener.tick)
        self.bot.housekeeping.add("season 2", service.prune)

    async def cog_unload(self) -> None:
        self.bot.remove_dynamic_items(*views.DYNAMIC_ITEMS)
        views.PENDING.unregister(self.bot)
        views.STATUS_PRIVATELY.unregister(self.bot)
        if self.service is None:
            return
        if self.poll_timers is not None:
            self.poll_timers.stop()
        self.bot.scheduler.cancel(RELEASE_JOB)
        self.bot.scheduler.cancel_deadline(TICK_JOB)
        self.bot.scheduler.cancel_deadline(ROOMS_JOB)
        self.bot.housekeeping.remove("season 2")
        await self.service.stop()

    def _follow_release(self, status: Status, ahead: dt.datetime | None) -> None:
        """Each status published: season 2 comes out at its release moment, so while that moment was
        `ahead` of the instant the status was computed at, a calendar job then records the release (at
        once if the clock has passed it since: a poll that began before it and committed after it);
        else the write that published it saw the moment pass and recorded the release itself. `ahead` may be
        a day one source alone gives (TVmaze's listed airstamp): the same job reads it then (Tracking.refresh)."""
        scheduler = self.bot.scheduler
        release = status.release_at
        before, self._counted_to = self._counted_to, release
        earlier, self._published = self._published, status
        if before is not None and moved_release(before, release):  # the countdowns sent by DM follow
            countdowns = DirectCountdowns(self.bot, self.bot.database)
            scheduler.once(STRIKE_JOB, scheduler.clock.now(), countdowns.job(before, release))
        elif (before is not None and release is not None and earlier is not None
              and earlier.confidence is not Confidence.OFFICIAL and status.confidence is Confidence.OFFICIAL):
            # the same day newly official (confirmations.newly_confirmed), after a report or a poll:
            # the countdowns sent by DM say so too
            countdowns = DirectCountdowns(self.bot, self.bot.database)
            scheduler.once(CONFIRM_JOB, scheduler.clock.now(), countdowns.confirm_job(before, release, scheduler.clock.now()))
        if ahead is not None:
            scheduler.once(RELEASE_JOB, ahead, self._release_passed)
        else:
            scheduler.cancel(RELEASE_JOB)

    async def _release_passed(self) -> None:
        if self.service is not None:
            await self.service.tracking.refresh()

    async def reads_for(self, guild_id: int | None) -> render.Reads:
        """What a text gives away: the spoiler lexicon of a server's content (its approved additions
        included; the base content in the bot's DMs), shared with /ask's public replies."""
        return await self.bot.content.reads_for(guild_id)

    async def notice_channel(self, guild_id: int) -> int | None:
        """The channel a server's moderators chose for notices (the transport asks, per notice)."""
        return None if self.service is None else await self.service.notice_channel(guild_id)

    def _service(self) -> Season2Service:
        if self.service is None:
            raise UserError("Season 2 tracking is still starting; try again in a moment.")
        return self.service

    # ------------------------------------------------------------------ everyone

    async def _audience(self, interaction: discord.Interaction) -> Position:
        """What a reply here may show in the clear: the channel's mark in a server (read by the
        channel, whoever asked; a thread without a mark of its own reads as its parent channel), the
        reader's own progress in the bot's DMs."""
        if interaction.guild_id is None:
            return await self.audiences.of_user(interaction.user.id)
        return await self.audiences.of_channel(interaction.channel_id or 0, no_wait)

    @groups.season2.command(name="status")
    async def status(self, interaction: discord.Interaction) -> None:
        """Where season 2 stands: milestone, release date, sources, rumours."""
        audience = await self._audience(interaction)
        # in a marked channel, what its mark holds when season 2 (or the next episode) comes out
        held = mark_note(self.bot, audience if interaction.guild_id is not None else None, interaction.channel)
        embed = await answer_first(interaction, self._status_embed(interaction, audience, held), ack_by=self.ack_by,
                                   ephemeral=False)
        # a DM is already private, at the reader's own progress: no "Show me privately" there
        await respond(interaction, embed=embed, view=None if interaction.guild_id is None else views.status_view())

    async def _status_privately(self, interaction: discord.Interaction) -> None:
        """"Show me privately" under a status card: the card now, at the presser's own progress."""
        if interaction.guild_id is None:
            audience = await self.audiences.of_user(interaction.user.id)
        else:
            audience = await self.audiences.of_member(interaction.guild_id, interaction.user.id)
        embed = await answer_first(interaction, self._status_embed(interaction, audience), ack_by=self.ack_by,
                                   ephemeral=True)
        await respond(interaction, embed=embed, ephemeral=True)

    async def _status_embed(self, interaction: discord.Interaction, audience: Position, held: str = "") -> discord.Embed:
        """Built in a worker thread: the first card after a start compiles the spoiler reader's patterns
        (seconds of CPU on a busy machine), and the loop must stay free to acknowledge in Discord's 3 s."""
        return await asyncio.to_thread(
            render.status_embed, self.bot.season2_status.status, self.bot.clock.now(), audience,
            self.service.settlements if self.service else None,
            reads=await self.reads_for(interaction.guild_id), mark_note=held, show=self.bot.show,
        )

    @groups.season2.command(name="timeline")
    async def timeline(self, interaction: discord.Interaction) -> None:
        """A picture of season 2's milestones over time: official, reported and rumoured."""
        await interaction.response.defer(thinking=True)
        claims, transitions, status = await self._service().timeline_data()
        now = self.bot.clock.now()
        drawn_from = (tuple(claims), tuple(transitions), status.release_at, now.date())
        if self._timeline is not None and self._timeline[0] == drawn_from:
            png = self._timeline[1]
        else:
            png = await asyncio.to_thread(
                render_timeline_png, claims, transitions, release_at=status.release_at, now=now
            )
            self._timeline = (drawn_from, png)
        await interaction.followup.send(
            content=render.TIMELINE_CAPTION,
            file=discord.File(io.BytesIO(png), filename="season2-timeline.png"),
            allowed_mentions=discord.AllowedMentions.none(),
        )

    @groups.season2.command(name="sources")
    async def sources(self, interaction: discord.Interaction) -> None:
        """Each season 2 source: last poll, last change, failures."""
        health = await self._service().sources_health()
        reads, audience = await self.reads_for(interaction.guild_id), await self._audience(interaction)
        # read off the loop, as the status card is (a first read compiles the reader's patterns)
        embed = await answer_first(interaction, asyncio.to_thread(render.sources_embed, health, reads, audience),
                                   ephemeral=False)
        await respond(interaction, embed=embed)

    @groups.season2.command(name="remind")
    @app_commands.describe(on="True: send me countdown reminders by direct message; False: stop them; empty: switch")
    async def remind(self, interaction: discord.Interaction, on: bool | None = None) -> None:
        """Get (or stop) countdown reminders for season 2 by direct message."""
        service = self._service()
        status, now = self.bot.season2_status.status, self.bot.clock.now()
        # TVmaze alone lists episodes still to come: the status card's day for them, which Part 2's countdown follows
        listed = listed_to_come(self.bot.show, now) if status.part_at is None and released_by(status, now) else None
        over = countdown_over(status, now) and listed is None
        before = await service.is_opted_in(interaction.user.id) if on is not None or over else None
        _, to_come = out_now_lines(self.bot.show, now, None)
        if over and (on or (on is None and not before)):
            # nothing left to count down: said so, and the fan is not put on a list nothing comes from
            await private(interaction, render.remind_text(True, status, now, in_server=interaction.guild_id is not None,
                                                          to_come=to_come))
            return
        wanted = await service.toggle_optin(interaction.user.id, interaction.guild_id, on, key=interaction.id)
        await private(interaction, render.remind_text(
            wanted, status, now, in_server=interaction.guild_id is not None,
            already=before is wanted, refused_at=await service.dms_refused_at(interaction.user.id),
            to_come=to_come if listed is not None else (), listed_at=None if listed is None else listed.next_at,
        ))

    # ------------------------------------------------------------------ moderators

    @groups.season2set.command(name="report")
    @server_permission_check("manage_guild")
    @app_commands.choices(milestone=MILESTONE_CHOICES)
    @app_commands.describe(
        milestone="What happened",
        source_url="Where it was said: the article's web address (https://...)",
        date="When the source said it: 2026-07-23, 23 July 2026, July 23, today, yesterday or 3 days ago",
        official="Is the source official (Netflix, the studio, the cast)?",
        release_date="A day (2027-03-14, 14 March 2027 5pm KST, +10d) or a window (H1 2027, Q1 2027, spring 2027)",
    )
    async def report(
        self,
        interaction: discord.Interaction,
        milestone: app_commands.Choice[str],
        source_url: str,
        date: str,
        official: bool,
        release_date: str | None = None,
    ) -> None:
        """Report a season 2 milestone with its source (moderators)."""
        guild = guild_of(interaction)
        service = self._service()
        now = self.bot.clock.now()
        day = parse_report_day(date, now.date())
        # a day (and whether its hour was given), or a window ("the first half of 2027")
        release, time_given = parse_timed_release(release_date, now)
        claim = service.report_claim(
            milestone=Milestone(milestone.value), source_url=source_url, date=day, official=official,
            release_at=release if isinstance(release, dt.datetime) else None,
            window=release if isinstance(release, Window) else None,
            time_given=time_given,
        )
        # A window typed without its year says how it was read, before anything else.
        read_as = render.read_as_text(release, now.date()) if isinstance(release, Window) else ""
        if isinstance(release, dt.datetime) and release_date is not None and said_from_today(release_date):
            read_as = render.read_day_as_text(release)  # "this Friday": which Friday, said first
        await acknowledge(interaction)  # what it was given is checked (no I/O); what it changes, after
        preview = await service.preview_report(claim, lambda g, r: role_still_there(self.bot.get_guild(g), r))
        if preview.needs_confirmation and self.pending is not None:
            token = self.pending.hold(claim, guild_id=guild.id, user_id=interaction.user.id)
            await interaction.followup.send(
                read_as + render.confirm_report_text(preview), view=views.confirm_view(token, pings=preview.roles_pinged > 0),
                ephemeral=True,
                allowed_mentions=discord.AllowedMentions.none(),
            )
            return
        before = service.status
        result = await service.report(claim, guild_id=guild.id, user_id=interaction.user.id)
        await private(interaction, read_as + render.report_text(result, service.status))
        await mark_confirmed(self.bot, service, before, service.status)

    async def _complete_report(self, interaction: discord.Interaction, current: str) -> list[app_commands.Choice[str]]:
        if interaction.guild_id is None or self.service is None:
            return []
        typed = current.casefold().strip()
        choices = []
        reports = await self.service.reports(interaction.guild_id)
        names = Counter(render.report_choice(claim) for _, claim in reports)
        for row, claim in reports:
            name = render.report_choice(claim)
            if typed and not _report_holds(claim, name, typed):
                continue
            if names[name] > 1:  # two reports that read the same: told apart by when they were made
                name = render.report_choice(claim, row.reported_at)
            choices.append(app_commands.Choice(name=name, value=row.claim_id))
        return choices[:25]

    @groups.season2set.command(name="retract")
    @server_permission_check("manage_guild")
    @app_commands.describe(report="One of this server's reports (start typing to pick)")
    @app_commands.autocomplete(report=_complete_report)
    async def retract(self, interaction: discord.Interaction, report: app_commands.Range[str, 1, 100]) -> None:
        """Take back one of this server's season 2 reports; announcements get one correction (moderators)."""
        guild = guild_of(interaction)
        await acknowledge(interaction)
        claim_id = await self._report_named(guild.id, report.strip())
        try:
            done = await self._service().retract(claim_id, guild_id=guild.id, user_id=interaction.user.id)
        except AlreadyRetracted as already:
            await private(interaction, render.already_retracted_text(already.report))
            return
        await private(interaction, render.retract_text(done))

    async def _report_named(self, guild_id: int, typed: str) -> str:
        """The report a moderator picked, or typed instead of picking ("teaser", "netflix.com"): the one
        standing report whose name holds it; several are refused naming them."""
        standing = await self._service().reports(guild_id)
        if any(row.claim_id == typed for row, _ in standing) or typed.startswith("mod:"):
            return typed
        if len(typed) < _SHORTEST_TYPED_REPORT:  # " " or "h" sits inside every report: never take one back on it
            raise UserError("That is too short to say which report: type at least "
                            f"{_SHORTEST_TYPED_REPORT} letters of it, or pick it from the list offered as you type.")
        named = [(row.claim_id, render.report_choice(claim)) for row, claim in standing
                 if _report_holds(claim, render.report_choice(claim), typed.casefold())]
        if len(named) == 1:
            return named[0][0]
        if named:
            raise UserError(f"{len(named)} reports match: pick one from the list offered as you type.")
        return typed  # unknown: the service says so

    @groups.season2set.command(name="reminders")
    @server_permission_check("manage_guild")
    @app_commands.describe(offsets="Times before release, commas between reminders: 7d, 1d, 1h 30m (one: 90 min), 0 · none: off")
    async def reminders_cmd(self, interaction: discord.Interaction, offsets: str | None = None) -> None:
        """See or set when this server's season 2 countdown reminders are posted (moderators)."""
        guild = guild_of(interaction)
        service = self._service()
        read = None
        if offsets is not None and offsets.strip():  # blank shows the setting; "none" clears it
            try:
                read = read_offsets(offsets)
            except ValueError as exc:
                raise UserError(f"I couldn't read that: {exc}.") from None
            await acknowledge(interaction)
            await service.set_offsets(guild.id, read.offsets)
        text = render.guild_offsets_text(await service.guild_offsets(guild.id), read.combined if read else None)
        await private(interaction, text)

    @commands.Cog.listener()
    async def on_ready(self) -> None:
        """Connected (again): the subscribed channels' names as they are now, so one renamed and then
        deleted while I was offline is still named by the name it last had (a thread not in the cache
        keeps the one it had). Cheap and idempotent, so it may run again on each reconnect."""
        if self.service is None:
            return
        try:
            subs = await self.service.subscriptions(None)
        except StorageError:
            return  # logged by the database; the next READY or rename looks again
        await self._names_seen({
            sub.channel_id: channel.name
            for sub in subs
            if (guild := self.bot.get_guild(sub.guild_id)) is not None
            and (channel := guild.get_channel_or_thread(sub.channel_id)) is not None
        })

    @commands.Cog.listener()
    async def on_guild_channel_update(self, before: discord.abc.GuildChannel, after: discord.abc.GuildChannel) -> None:
        if before.name != after.name:
            await self._names_seen({after.id: after.name})

    @commands.Cog.listener()
    async def on_thread_update(self, before: discord.Thread, after: discord.Thread) -> None:
        if before.name != after.name:
            await self._names_seen({after.id: after.name})

    async def _names_seen(self, names: dict[int, str]) -> None:
        """Keep the names channels are seen under; a database that fails now is no listener's error
        (a name missed is only the older one shown should the channel be deleted)."""
        if self.service is None or not names:
            return
        try:
            await self.service.channel_names_seen(names)
        except StorageError:
            return  # logged by the database

    @commands.Cog.listener()
    async def on_guild_channel_delete(self, channel: discord.abc.GuildChannel) -> None:
        await self._channel_gone(channel.guild.id, channel.id, channel.name)

    @commands.Cog.listener()
    async def on_raw_thread_delete(self, payload: discord.RawThreadDeleteEvent) -> None:
        await self._channel_gone(payload.guild_id, payload.thread_id, payload.thread.name if payload.thread else None)

    @commands.Cog.listener()
    async def on_server_left(self, guild_id: int) -> None:
        """Removed from a server (bot.app): its announcements stop, their unsent posts are skipped, and
        its episode rooms are turned off (invited back, a moderator turns them on again)."""
        if self.service is not None:
            await self.service.unsubscribe(guild_id, reason=REMOVED)
        if self.rooms is not None:
            await self.rooms.turn_off(guild_id, REMOVED)

    async def _channel_gone(self, guild_id: int, channel_id: int, name: str | None) -> None:
        """A deleted channel or thread stops getting news at once (the list says so; nothing is
        posted to the server's members): the moderator who set it up is told once, by DM."""
        if self.service is not None:
            await self.service.channel_deleted(guild_id, channel_id, name)

    @groups.season2set.command(name="notices")
    @server_permission_check("manage_guild")
    @app_commands.describe(channel="Where I tell moderators what needs them (empty: by DM to the moderator concerned)")
    async def notices_cmd(self, interaction: discord.Interaction, channel: discord.TextChannel | None = None) -> None:
        """Where notices for moderators go: a feed failing, a permission lost (moderators)."""
        guild, service = guild_of(interaction), self._service()
        if channel is not None and guild.me is not None and (missing := missing_to_post(channel, guild.me)):
            raise UserError(f"I can't post in {channel.mention}: {lacking_there(missing)}")
        await service.set_notice_channel(guild.id, None if channel is None else channel.id, interaction.user.id)
        await private(interaction, notices.notices_text(channel))

    @commands.Cog.listener()
    async def on_app_command_completion(self, interaction: discord.Interaction, command: object) -> None:
        """After a moderator's /season2set command: the notices no place took here, told privately, once."""
        name = getattr(command, "qualified_name", "")
        if self.service is None or interaction.guild_id is None or not name.startswith("season2set"):
            return
        if interaction.response.type is discord.InteractionResponseType.modal or not interaction.permissions.manage_guild:
            return
        service = self.service
        held = await service.take_held_notices(interaction.guild_id)

        async def rendered(row: OutboxEntry) -> tuple[str | None, discord.Embed | None]:
            reads, audience = await self.reads_for(row.guild_id), await self.audiences.of_user(interaction.user.id)
            content, embed, _ = render_row(row.kind, loads(row.payload), reads, audience, "channel")
            return content, embed

        if held and (untold := await notices.tell_held(interaction, held, rendered)):
            await service.hold_notices(untold)

    # ------------------------------------------------------------------ episode rooms

    @groups.rooms.command(name="on")
    @server_permission_check("manage_guild")
    @app_commands.describe(channel="The channel to open each new episode's discussion thread in")
    async def rooms_on(self, interaction: discord.Interaction, channel: discord.TextChannel) -> None:
        """Open a spoiler-safe discussion thread for each new episode in a channel (moderators)."""
        guild = guild_of(interaction)
        if self.rooms is None or self.room_opener is None:
            raise UserError("Season 2 tracking is still starting; try again in a moment.")
        me = guild.me
        if me is not None:
            missing = missing_permissions(channel, me)
            if missing:
                raise UserError(f"I can't open rooms in {channel.mention}: {lacking_there(missing)}")
        before = await self.rooms.settings(guild.id)
        moved_from = before.channel_id if before is not None and before.enabled else None
        settings = await self.rooms.turn_on(guild.id, channel.id, interaction.user.id)
        await private(interaction, render.rooms_on_text(settings.channel_id, moved_from=moved_from))
        await self.room_opener.tick()  # an episode already out gets its room now

    @groups.rooms.command(name="off")
    @server_permission_check("manage_guild")
    async def rooms_off(self, interaction: discord.Interaction) -> None:
        """Stop opening episode rooms (the rooms already open stay) (moderators)."""
        guild = guild_of(interaction)
        if self.rooms is None:
            raise UserError("Season 2 tracking is still starting; try again in a moment.")
        changed = await self.rooms.turn_off(guild.id)
        await private(interaction, render.rooms_off_text(changed))
