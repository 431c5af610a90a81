"""/triviaset daily: where and when the daily question is posted, in a channel or a thread (a
forum's post too; an archived thread is reopened by the post), and the daily question's listeners:
a channel or thread deleted turns it off, and the next moderator is told once why one was turned
off (the questions it asks and the posting itself: bot/trivia/daily.py and host.py). A part of the
Trivia cog (commands.py), which holds the command groups (groups.py)."""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

import discord
from discord import app_commands
from discord.ext import commands

from bot.app import Hyosan
from bot.errors import UserError
from bot.permissions import PRIVATE_THREAD_NEED, lacking_there, missing_to_post
from bot.text import clean_input, count_of, quote_user_text
from bot.tree import server_permission_check
from bot.trivia.daily import DailyService, next_post_at, read_time
from bot.trivia.tagging import Reads
from cogs.channels import TextOrThread, outside_private_thread
from cogs.places import place_of
from cogs.trivia import groups, render_choices, render_daily
from cogs.trivia.host import GameHost

NONE = discord.AllowedMentions.none()


def is_moderator(interaction: discord.Interaction[Any]) -> bool:
    perms = interaction.permissions
    return bool(perms.manage_guild or perms.manage_messages or perms.administrator)


class DailyCommands(commands.Cog):
    """The daily question's commands, for the Trivia cog to inherit (it is never added alone)."""

    bot: Hyosan
    daily: DailyService
    host: GameHost
    reads: Reads | None

    @commands.Cog.listener()
    async def on_guild_channel_delete(self, channel: discord.abc.GuildChannel) -> None:
        await self.host.game_channel_gone(channel.id)
        await self.host.daily_channel_gone(channel.id, "channel")

    @commands.Cog.listener()
    async def on_raw_thread_delete(self, payload: discord.RawThreadDeleteEvent) -> None:
        await self.host.game_channel_gone(payload.thread_id)
        await self.host.daily_channel_gone(payload.thread_id, "thread")

    @commands.Cog.listener()
    async def on_server_left(self, guild_id: int) -> None:
        """Removed from a server (bot.app): its daily questions stop."""
        for row in await self.daily.guild_channels(guild_id):
            if row.enabled:
                await self.host.daily_channel_gone(row.channel_id, "server", why="the bot was removed from the server")

    @commands.Cog.listener()
    async def on_app_command_completion(
        self, interaction: discord.Interaction[Any], command: app_commands.Command[Any, ..., Any] | app_commands.ContextMenu
    ) -> None:
        """After a moderator's /trivia or /triviaset command: a daily question the bot had to turn
        off in this server, told once (a private followup)."""
        root = command.qualified_name.split(" ")[0]
        if interaction.guild_id is not None and root in ("trivia", "triviaset") and is_moderator(interaction):
            await self.host.tell_stopped_daily(interaction)

    async def _daily_without(self, guild_id: int, deleted: str) -> str:
        """What a deleted list leaves each daily question that asked from it (said on delete)."""
        names = await self._names_here(guild_id)
        lines = []
        for row in await self.daily.guild_channels(guild_id):
            if not row.enabled or row.lists is None or deleted not in row.lists:
                continue
            if set(row.lists) & names:
                lines.append(f"\nThe daily question in <#{row.channel_id}> asked from it too: it asks from its other lists now.")
            else:
                lines.append(f"\n⚠️ The daily question in <#{row.channel_id}> asked only from it: it has nothing left to ask. "
                             "Give it other lists with `/triviaset daily lists:` (or `lists:default`).")
        return "".join(lines)

    async def _names_here(self, guild_id: int) -> set[str]:
        """Every list and category name the server's questions have now."""
        questions = await self.daily.server_questions_of(guild_id)
        return {q.list_name for q in questions} | {q.category for q in questions}

    def _shown(self, name: str) -> bool:
        """Whether a list's or a category's name gives nothing away (offered, suggested for a typo)."""
        return self.reads is None or not self.reads(name)

    async def _daily_lists_autocomplete(
        self, interaction: discord.Interaction[Any], current: str
    ) -> list[app_commands.Choice[str]]:
        if interaction.guild_id is None:
            return []
        safe = [name for name in sorted(await self._names_here(interaction.guild_id)) if self._shown(name)]
        return render_choices.several_choices(["default", *safe], current)

    async def _why_none(
        self, guild_id: int, channel_id: int, lists: Sequence[str] | None = None, place: str = "channel"
    ) -> str:
        """Why no question fits a daily question, as a moderator can change it: the lists it asks
        from deleted since, lists or categories turned off here, a channel (or a thread, and so its
        channel) with no spoiler mark, else the lists chosen."""
        if lists is not None and not set(lists) & await self._names_here(guild_id):
            return " (none: the lists it asks from were deleted; pick others with `lists:`, or `lists:default`)"
        settings = await self.host.service.settings(guild_id)
        off = [count_of(len(names), kind, plural) for names, kind, plural in
               ((settings.disabled_lists, "list", "lists"), (settings.disabled_categories, "category", "categories"))
               if names]
        if off:
            turned = " and ".join(off)
            return (f" (none: {turned} turned off here; `/triviaset settings` turns them back on, "
                    "or pick others with `lists:`)")
        if not await self.daily.channel_mark(channel_id):
            where = "the thread (or its channel)" if place == "thread" else "the channel"
            return f" (none spoiler-free: mark {where} with `/spoilers`, or pick other lists)"
        return " (none: pick other lists, or `lists:default`)"

    def _sources_text(
        self, lists: tuple[str, ...] | None, count: int, why_none: str = "", place: str = "channel"
    ) -> str:
        """What the daily question asks from, as the moderator reads it (a name that spoils hidden)."""
        if lists is None:
            said = "the built-in lists and your server's approved trivia additions"
        else:
            said = ", ".join(
                f"||{quote_user_text(name, limit=60)}||" if self.reads is not None and self.reads(name)
                else f"“{quote_user_text(name, limit=60)}”" for name in lists
            )
        fit = f"{count} question{'s' if count != 1 else ''} fit this {place} now"
        warn = why_none if count == 0 else ""
        return f"\nIt asks from {said}: {fit}{warn}. Set with `lists:` (commas between names; `default` to go back)."

    @groups.triviaset.command(name="daily")
    @server_permission_check("manage_guild")
    @app_commands.describe(
        channel="Where to post the daily question: a channel, a thread or a forum post",
        time="When: 9pm or 21:00 (UTC), 9pm KST, 오후 9시 (Korea's); empty: as it was, else 09:00 UTC",
        enabled="Turn it on or off",
        lists="Lists and categories it asks from (commas); default: built-in + your approved additions",
    )
    @app_commands.autocomplete(lists=_daily_lists_autocomplete)
    async def daily_(
        self, interaction: discord.Interaction[Any],
        channel: app_commands.Transform[discord.TextChannel | discord.Thread, TextOrThread], time: str | None = None,
        enabled: bool = True, lists: app_commands.Range[str, 1, 300] | None = None,
    ) -> None:
        """Post a daily multiple-choice question in a channel (Manage Server)."""
        assert interaction.guild_id is not None
        me = interaction.guild.me if interaction.guild is not None else None
        if enabled and me is not None:
            missing = [PRIVATE_THREAD_NEED] if await outside_private_thread(channel, me) else missing_to_post(
                channel, me, channel.permissions_for(me), embeds=False)
            if missing:
                raise UserError(f"I can't post the daily question in {channel.mention}: {lacking_there(missing)}")
        on_before = [row for row in await self.daily.guild_channels(interaction.guild_id) if row.enabled]
        if not enabled and all(row.channel_id != channel.id for row in on_before):
            # Nothing to turn off: say so, and where the daily question still goes.
            text = render_daily.daily_not_on_text(channel.id, on_before, self.bot.clock.now())
            await interaction.response.send_message(text, ephemeral=True, allowed_mentions=NONE)
            return
        # No time given: the channel's own stays (turned off and on again, it keeps 21:00), else 09:00.
        read = read_time(time) if time else None
        post_time = read.utc if read is not None else await self.daily.post_time(channel.id)
        chosen = None if lists is None else await self.daily.read_lists(interaction.guild_id, clean_input(lists, limit=300), self._shown)
        row = await self.daily.configure(
            interaction.guild_id, channel.id, post_time, enabled, lists=chosen, set_lists=lists is not None
        )
        if enabled:
            self.host.schedule_daily(channel.id, row.post_time)
        else:
            self.host.unschedule_daily(channel.id)
            await self.host.close_daily(row)
        still_on = [r for r in on_before if r.channel_id != channel.id]
        text = render_daily.daily_configured_text(
            channel.id, row.post_time, enabled, still_on=still_on,
            next_post=next_post_at(row.post_time, self.bot.clock.now()),
            read_as=None if read is None else (read.local, read.zone), now=self.bot.clock.now(),
        )
        if enabled:
            count, eligible = await self.daily.askable(row)
            place = place_of(channel)
            why_none = "" if count else render_daily.NO_OPTIONS if eligible else await self._why_none(
                row.guild_id, row.channel_id, row.lists, place)
            text += self._sources_text(row.lists, count, why_none, place)
            if isinstance(channel, discord.Thread) and channel.archived:
                text += "\nThe thread is archived: each day's question reopens it."
        await interaction.response.send_message(text, ephemeral=True, allowed_mentions=NONE)
        self.host.post_daily_soon()
