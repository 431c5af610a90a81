"""/season2set announce set, off, test and list: where season-2 news goes and whom it pings; posts:
what the bot posted there (or could not post, and why). A part of the Season2 cog (commands.py),
which holds the command groups (groups.py)."""

from __future__ import annotations

import datetime as dt
from collections.abc import Mapping, Sequence

import discord
from discord import app_commands
from discord.ext import commands

from bot.app import Hyosan
from bot.errors import UserError
from bot.permissions import PRIVATE_THREAD_NEED, lacking_there, missing_to_post
from bot.season2.model import LEVELS, Level
from bot.season2.model.delivery import Pings, Subscription
from bot.season2.rules import countdown_over
from bot.season2.service import Season2Service
from bot.text import timestamp
from bot.tree import server_permission_check
from cogs.channels import (
    DELETED,
    UNANSWERED,
    Deleted,
    TextOrThread,
    Unanswered,
    find_channel,
    look_up_channel,
    private_thread_shut_to_me,
)
from cogs.roles import role_still_there
from cogs.season2 import groups, notices, render_announce, render_claims, render_history
from cogs.season2.audience import Audiences
from cogs.season2.interactions import acknowledge, guild_of, no_wait, private
from cogs.season2.pings import PingTrouble, ping_trouble
from cogs.season2.render_claims import Reads

#: Test posts a server may ask for within TEST_WINDOW.
TESTS_PER_WINDOW = 3
TEST_WINDOW = dt.timedelta(minutes=1)


def ping_troubles(guild: discord.Guild, subs: list[Subscription]) -> dict[int, PingTrouble]:
    """The subscriptions whose ping would not reach its role now, with why (one set to ping no one
    only when its role is gone: a kept role is named in the list, never a deleted one)."""
    troubles = {s: ping_trouble(guild, guild.get_channel_or_thread(s.channel_id), s.role_id) for s in subs}
    return {s.channel_id: why for s, why in troubles.items() if why is not None and (s.pings != "none" or why.role_gone)}


class AnnounceCommands(commands.Cog):
    """The announcement commands, for the Season2 cog to inherit (it is never added alone)."""

    bot: Hyosan
    audiences: Audiences
    _tests: dict[int, list[dt.datetime]]  # per server, when its recent test posts were asked

    def _service(self) -> Season2Service:
        raise NotImplementedError  # the Season2 cog's

    async def reads_for(self, guild_id: int | None) -> Reads:
        raise NotImplementedError  # the Season2 cog's

    @groups.announce.command(name="set")
    @server_permission_check("manage_guild")
    @app_commands.describe(
        channel="The channel or thread to post season 2 news in",
        role="A role to ping with each announcement (optional)",
        level="official: official news · reported: + reports · all: + rumours, as rumours (default official; kept)",
        pings="Pings for · changes: news and release · all: + countdown · none: never (default changes; kept)",
    )
    async def announce_set(
        self,
        interaction: discord.Interaction,
        channel: app_commands.Transform[discord.TextChannel | discord.Thread, TextOrThread],
        role: discord.Role | None = None,
        level: Level | None = None,
        pings: Pings | None = None,
    ) -> None:
        """Announce season 2 changes in a channel or thread (moderators)."""
        guild = guild_of(interaction)
        me = guild.me
        if me is not None:
            if missing := await _lacking(channel, me):
                raise UserError(f"I can't post in {channel.mention}: {lacking_there(missing)}")
        if role is not None and (role.is_default() or role.managed):
            raise UserError("Pick a normal role to ping (not @everyone or a bot's role).")
        service = self._service()
        await acknowledge(interaction)
        before = next((s for s in await service.subscriptions(guild.id) if s.channel_id == channel.id), None)
        # Set again without a level, the channel keeps the one it had: also when a refusal turned it off and this
        # is the fix the bot told of (a moderator's own "off" starts afresh).
        standing = before is not None and (before.enabled or before.refused)
        kept = before.level if level is None and before is not None and standing else level or "official"
        chosen: Level = next((known for known in LEVELS if known == kept), "official")
        # and the ping choice, the same way
        pinging: Pings = before.pings if pings is None and before is not None and standing else pings or "changes"
        if role is not None and pinging != "none" and me is not None and not role.mentionable \
                and not channel.permissions_for(me).mention_everyone:  # a role kept for pings:none need not be
            raise UserError(f"I can't ping {role.mention}: make the role mentionable or give me Mention Everyone.")
        # and, set again as the fix a refusal's notice told of, the role it pinged (one the server deleted since: none)
        refused = before is not None and before.refused
        if role is None and refused and before is not None and before.role_id is not None:
            role = guild.get_role(before.role_id)
        missed = await service.subscribe(
            guild_id=guild.id, channel_id=channel.id, role_id=role.id if role else None, level=chosen,
            created_by=interaction.user.id, channel_name=channel.name, pings=pinging,
        )
        dropped = before.role_id if before is not None and standing and role is None and not refused else None
        # a role the server deleted pinged no one already: nothing to give again
        dropped = dropped if dropped is not None and role_still_there(guild, dropped) else None
        await private(
            interaction,
            render_announce.subscribed_text(
                channel.id, role.id if role else None, chosen, dropped_role=dropped, pings=pinging, missed=missed,
                countdown_over=countdown_over(self.bot.season2_status.status, self.bot.clock.now()),
            ),
        )

    @groups.announce.command(name="off")
    @server_permission_check("manage_guild")
    @app_commands.describe(channel="Only this channel (default: every channel of this server)")
    async def announce_off(
        self,
        interaction: discord.Interaction,
        channel: app_commands.Transform[discord.TextChannel | discord.Thread, TextOrThread] | None = None,
    ) -> None:
        """Stop season 2 announcements (moderators)."""
        guild = guild_of(interaction)
        service = self._service()
        turned_off = await service.unsubscribe(guild.id, channel.id if channel else None)
        still_on = [s.channel_id for s in await service.subscriptions(guild.id) if s.enabled]
        await private(
            interaction,
            render_announce.unsubscribed_text(turned_off, channel_id=channel.id if channel else None, still_on=still_on),
        )

    @groups.announce.command(name="test")
    @server_permission_check("manage_guild")
    async def announce_test(self, interaction: discord.Interaction) -> None:
        """Post a test announcement the way real ones go out (moderators)."""
        guild = guild_of(interaction)
        service = self._service()
        # Pressed again and again, tests would fill the news channel for every member to see.
        now = self.bot.clock.now()
        recent = [t for t in self._tests.get(guild.id, []) if now - t < TEST_WINDOW]
        if len(recent) >= TESTS_PER_WINDOW:
            raise UserError(
                f"{TESTS_PER_WINDOW} tests went out in the last minute: look in the channel. "
                f"You can test again {timestamp(recent[0] + TEST_WINDOW + dt.timedelta(seconds=1))}."
            )
        self._tests[guild.id] = [*recent, now]
        await acknowledge(interaction)  # each private thread I may not be in is asked of Discord (up to 1 s each)
        queued = await service.send_test(guild.id, str(interaction.id), interaction.user.id)
        if not queued:
            raise UserError("No channel here gets season 2 announcements: use `/season2set announce set` first.")
        subs = await service.subscriptions(guild.id) if guild.me is not None else []
        blocked = await _blocked(guild, subs)  # said now, not only once the post is refused
        pings = ping_troubles(guild, [s for s in subs if s.enabled and s.channel_id not in dict(blocked)])
        await private(interaction, render_announce.test_queued_text(queued, blocked, pings))

    @groups.announce.command(name="list")
    @server_permission_check("manage_guild")
    async def announce_list(self, interaction: discord.Interaction) -> None:
        """Which channels get season 2 news here, and when reminders go out."""
        guild = guild_of(interaction)
        await acknowledge(interaction)  # a channel missing from the cache is asked of Discord, which may pass 3 s
        service = self._service()
        subs = await service.subscriptions(guild.id)
        # each channel missing from the cache is asked of Discord once (it may not answer: said of that channel alone)
        found = {s.channel_id: await look_up_channel(guild, s.channel_id) for s in subs if s.enabled or s.refused}
        # Discord says these are gone (deleted while I was offline: no event told me): what they needed is moot
        deleted = {channel_id for channel_id, channel in found.items() if channel is DELETED}
        if recorded_now := [s for s in subs if s.enabled and s.channel_id in deleted]:
            # recorded as the deletion event would have (on_guild_channel_delete): off, its unsent posts skipped, its
            # moderator told once; so the list, the outbox and delivery agree, not "on" while every post 404s
            for sub in recorded_now:
                await service.channel_deleted(guild.id, sub.channel_id, None)
            subs = await service.subscriptions(guild.id)
        gone = {s.channel_id for s in subs if s.enabled and (found[s.channel_id] is None or s.channel_id in deleted)}
        unanswered = {channel_id for channel_id, channel in found.items() if channel is UNANSWERED}
        blocked: dict[int, list[str]] = dict(await _blocked(guild, [s for s in subs if s.channel_id not in gone], found))
        # one a refusal turned off: what I lack there now, as `announce set` would find it ([]: given back since);
        # what the delivery recorded only where I can't look now (a private thread I was taken out of is hidden)
        now = {s.channel_id: await _lacking_in(guild, s.channel_id, found) for s in subs if s.refused and s.channel_id not in deleted}
        recorded = await service.refusal_recorded([channel_id for channel_id, lacking in now.items() if lacking is None])
        for channel_id, lacking in now.items():
            needs = lacking if lacking is not None else render_claims.refused_needs(recorded.get(channel_id, ""))
            if lacking is not None or needs:
                blocked[channel_id] = needs
        marks = {s.channel_id: await self.audiences.of_channel(s.channel_id, no_wait) for s in subs if s.enabled}
        # a channel I can't find, or one turned off, still never names a deleted role (its other troubles need the channel)
        pings = ping_troubles(guild, subs)
        text = render_announce.subscriptions_text(
            subs, await service.guild_offsets(guild.id), gone=gone, marks=marks, pings=pings, blocked=blocked,
            unanswered=unanswered, deleted=deleted,
        )
        await private(interaction, text + "\n" + notices.where_text(await service.notice_channel(guild.id)))

    @groups.announce.command(name="posts")
    @server_permission_check("manage_guild")
    @app_commands.describe(page="Which page, newest first (10 posts a page)")
    async def announce_posts(self, interaction: discord.Interaction, page: app_commands.Range[int, 1, 1000] = 1) -> None:
        """What the bot posted to this server's channels (or could not post, and why), newest first."""
        guild = guild_of(interaction)
        await acknowledge(interaction)  # up to ten channels missing from the cache are asked of Discord
        rows, total = await self._service().channel_posts(
            guild.id, limit=render_history.PER_PAGE, offset=(page - 1) * render_history.PER_PAGE
        )
        # the answer is the moderator's alone: what it may show is their own progress here
        audience = await self.audiences.of_member(guild.id, interaction.user.id)
        places = {render_history.channel_of(row) for row in rows}
        gone = {place for place in places if await find_channel(guild, place) is None}
        names = render_announce.lost_names(await self._service().subscriptions(guild.id), gone) if gone else {}
        embed = render_history.posts_embed(
            rows, total, page, guild.id, await self.reads_for(guild.id), audience, gone, names,
            kept_days=self.bot.settings.retention.days or None,
        )
        await interaction.followup.send(embed=embed, ephemeral=True, allowed_mentions=discord.AllowedMentions.none())


_Found = Mapping[int, discord.abc.GuildChannel | discord.Thread | Unanswered | Deleted | None]


async def _blocked(guild: discord.Guild, subs: Sequence[Subscription], found: _Found | None = None
                   ) -> list[tuple[int, list[str]]]:
    """The channels turned on that I can't post in as things stand, with what I lack there (an
    archived thread too: one locked since needs Manage Threads, which the cache alone would miss).
    `found`: the channels already looked up (`look_up_channel`), asked of Discord no second time."""
    blocked = []
    for sub in subs:
        if sub.enabled and (missing := await _lacking_in(guild, sub.channel_id, found)):
            blocked.append((sub.channel_id, missing))
    return blocked


async def _lacking_in(guild: discord.Guild, channel_id: int, found: _Found | None = None) -> list[str] | None:
    """What I lack to post in the channel now ([]: nothing); None when I can't look (not found, or hidden from me,
    or Discord did not answer or say in time whether a private thread is). `found`: as `_blocked`."""
    if guild.me is None:
        return None
    channel = found[channel_id] if found is not None and channel_id in found else await find_channel(guild, channel_id)
    if not isinstance(channel, discord.TextChannel | discord.Thread):
        return None
    return await _lacking(channel, guild.me)


async def _lacking(channel: discord.TextChannel | discord.Thread, me: discord.Member) -> list[str] | None:
    """What I lack to post in `channel` now, as a moderator must give it (a private thread I am not in: Discord is
    asked, the cache knowing only its parent's permissions); None: nothing the cache sees lacking, but Discord did
    not say in time whether the private thread is hidden from me (never "I can post there" on the parent's word)."""
    if shut := await private_thread_shut_to_me(channel, me):
        return [PRIVATE_THREAD_NEED]
    missing = missing_to_post(channel, me, channel.permissions_for(me))
    return None if shut is None and not missing else missing
