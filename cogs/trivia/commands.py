"""/trivia and /triviaset: the commands (the daily question's command: daily_commands.py; importing a
list file: import_command.py; typed answers read from the channel: typed.py).

/trivia is the players' (start, stop, leaderboard, stats, lists, info, export); /triviaset the
moderators' (settings, import, delete, add_question, daily, reports), a command of its own as Red's `triviaset` is,
because Discord hides a command from members by `default_member_permissions`, set per top-level
command. Both need a server and are installed to servers only. The server-side checks stay, since
a server may override who sees a command.

Thin glue: parse the interaction, check, call the domain (bot.trivia, through its GameService
facade), render (render.py). Game steps a command causes are posted by the host (host.py), which
also keeps each game's deadline; the buttons (views.py) do their own work. Domain refusals
(TriviaError) reach the command tree, which answers privately (bot.tree).
"""

from __future__ import annotations

import asyncio
import io
import logging
from dataclasses import replace
from typing import Any, Literal

import discord
from discord import app_commands
from discord.ext import commands

from bot.app import Hyosan
from bot.episode_option import read_episode_option
from bot.errors import UserError
from bot.lore.progress import get_progress, get_reading_mark
from bot.permissions import missing_to_post, permission_list
from bot.show import NOTHING, Position
from bot.spoilers import read_as_shown
from bot.text import clean_input
from bot.tree import server_permission_check
from bot.trivia import retention
from bot.trivia.bank import load_content, spoiler_reader
from bot.trivia.daily import DailyService
from bot.trivia.events import StartRequest
from bot.trivia.export import export_red_yaml, export_yaml
from bot.trivia.laterseason import Holding, LaterSeason
from bot.trivia.library import import_name
from bot.trivia.lists import slugify
from bot.trivia.matching import AnswerMatcher
from bot.trivia.model import Question, TriviaError, TriviaSettings
from bot.trivia.service import GameService
from bot.trivia.starting import check_may_start, check_mode
from bot.trivia.tagging import Reads, tag_imported, tag_text
from bot.trivia.upload_reading import later_season_of
from bot.watched import watched_choices
from cogs.acks import ACK_BY, answer_first, reply_public
from cogs.roles import members_role_refusal, role_still_there
from cogs.trivia import boards, groups, render, render_choices, render_lists, render_settings, views
from cogs.trivia.daily_commands import DailyCommands, is_moderator
from cogs.trivia.host import GameHost
from cogs.trivia.import_command import ImportCommand
from cogs.trivia.list_views import AddQuestionForm
from cogs.trivia.presence import Presence
from cogs.trivia.typed import TypedAnswers

log = logging.getLogger(__name__)
NONE = discord.AllowedMentions.none()


def _start_role_gone(interaction: discord.Interaction[Any], settings: TriviaSettings) -> bool:
    """Whether the role that may start games was deleted from the server (nobody holds it now)."""
    role_id = settings.start_role_id
    return settings.start_policy == "role" and role_id is not None and not role_still_there(interaction.guild, role_id)


class Trivia(DailyCommands, ImportCommand, TypedAnswers):
    trivia = groups.trivia
    triviaset = groups.triviaset

    def __init__(self, bot: Hyosan) -> None:
        self.bot = bot
        self.service: GameService
        self.daily: DailyService
        self.host: GameHost
        self.reads: Reads | None = None
        self.later: LaterSeason | None = None  # characters new in a later season (bot/trivia/laterseason.py)
        self._noticed: dict[int, float] = {}
        self._presence = Presence()
        # when /trivia start, stop and skip acknowledge slow work (tests that hold a write back set it to 0)
        self.ack_by = ACK_BY

    @commands.Cog.listener()
    async def on_interaction(self, interaction: discord.Interaction[Any]) -> None:
        """A player who acts in the server is a member again, whatever a board found a minute ago."""
        if interaction.guild_id is not None:
            self._presence.seen(interaction.guild_id, interaction.user.id)

    # -- lifecycle -----------------------------------------------------------------------------

    async def cog_load(self) -> None:
        content = self.bot.content
        if self.bot.serving:
            questions, matcher = await asyncio.to_thread(load_content, self.bot.show, content.base)
            reader = await asyncio.to_thread(spoiler_reader, content.base)
            # Read as Discord shows it: a zero-width space, a Cyrillic letter or a slug hides nothing.
            self.reads = None if reader is None else read_as_shown(reader)
            self.later = later_season_of(content.base)
        else:  # a copy that answers nothing (`hyosan sync`) plays no game: no questions to read
            questions, matcher = [], AnswerMatcher(None, shape=self.bot.show)
        database = self.bot.database

        async def channel_mark(channel_id: int) -> Position | None:
            # a thread without a mark of its own plays by its parent channel's, as /ask and season-2 posts do
            return await get_reading_mark(database, channel_id, lambda: self.bot.thread_parent(channel_id))

        def guild_questions(guild_id: int) -> tuple[Question, ...]:
            return content.for_guild(guild_id).questions  # the server's approved trivia additions

        self.service = GameService(
            database, self.bot.clock, questions, channel_mark=channel_mark, matcher=matcher,
            guild_questions=guild_questions, holding=Holding(self.later, self.reads, self.bot.show),
        )

        async def use_pack(pack: Any) -> None:
            fresh, _ = await asyncio.to_thread(load_content, self.bot.show, pack)
            self.service.use_built_in(fresh)
            self.daily.use_built_in(fresh)

        content.on_swap(use_pack)
        self.daily = DailyService(
            database, self.bot.clock, questions, self.service.channel_mark, server_questions=self.service.questions_for
        )
        self.host = GameHost(self.bot, self.service, self.daily)
        views.HOSTS.register(self.bot, self.host)
        self.bot.add_dynamic_items(*views.DYNAMIC_ITEMS)
        self.bot.housekeeping.add("trivia", retention.pruner(database))
        # The games run in the copy of hyosan that answers Discord (bot/ownership.py).
        await self.bot.ownership.when_owner(self.host.open)

    async def cog_unload(self) -> None:
        self.bot.housekeeping.remove("trivia")
        self.bot.remove_dynamic_items(*views.DYNAMIC_ITEMS)
        views.HOSTS.unregister(self.bot)
        self.host.close()

    # -- commands ------------------------------------------------------------------------------

    async def _category_autocomplete(
        self, interaction: discord.Interaction[Any], current: str
    ) -> list[app_commands.Choice[str]]:
        """What the game would ask from: nothing past the channel's mark nor the starter's up_to_episode
        (typed before) or /progress, nothing turned off here; a last choice says what was held back."""
        if interaction.guild_id is None or interaction.channel_id is None:
            return []
        typed = getattr(interaction.namespace, "up_to_episode", None)
        up_to = None
        if typed:
            try:
                up_to = read_episode_option(str(typed), self.bot.show, now=self.bot.clock.now()).position
            except UserError:  # the start says what is wrong with it
                up_to = None
        own = None if up_to is not None else await get_progress(self.bot.database, interaction.guild_id, interaction.user.id)
        mode = str(getattr(interaction.namespace, "mode", None) or "buttons")
        offer = await self.service.start_offer(interaction.guild_id, interaction.channel_id, up_to or own, mode)
        mark = await self.service.channel_mark(interaction.channel_id)
        safe = self._names_safe(offer.names)
        return render_choices.start_choices(
            safe, current, offer, mark=mark, up_to=up_to, own=own, named_away=len(offer.names) - len(safe)
        )

    async def _list_autocomplete(
        self, interaction: discord.Interaction[Any], current: str
    ) -> list[app_commands.Choice[str]]:
        if interaction.guild_id is None:
            return []
        return render_choices.choices(self._names_safe(await self.service.list_names(interaction.guild_id)), current)

    async def _board_list_autocomplete(
        self, interaction: discord.Interaction[Any], current: str
    ) -> list[app_commands.Choice[str]]:
        """The lists a board can be of: those here and those with scores here (a deleted list's too)."""
        if interaction.guild_id is None:
            return []
        return render_choices.choices(self._names_safe(await self.service.board_lists(interaction.guild_id)), current)

    async def _every_category_autocomplete(
        self, interaction: discord.Interaction[Any], current: str
    ) -> list[app_commands.Choice[str]]:
        """The server's categories, whatever the channel's mark: what /triviaset settings turns on or off."""
        if interaction.guild_id is None:
            return []
        names = await self.service.categories(interaction.guild_id)
        return render_choices.several_choices(self._names_safe(sorted(names)), current)

    async def _imported_autocomplete(
        self, interaction: discord.Interaction[Any], current: str
    ) -> list[app_commands.Choice[str]]:
        if interaction.guild_id is None:
            return []
        names = [row.name for row in await self.service.imported_lists(interaction.guild_id)]
        return render_choices.choices(self._names_safe(names), current)

    def _name_spoils(self, name: str) -> Position:
        """What a list's or a category's name gives away (it is shown where nothing can be hidden)."""
        return NOTHING if self.reads is None else self.reads(name)

    def _names_safe(self, names: list[str]) -> list[str]:
        """Names that give nothing away: the only ones offered as autocomplete choices (a name stored
        before names were checked is still accepted when typed)."""
        return [name for name in names if not self._name_spoils(name)]

    def _list_tag(self, text: str | None) -> Position:
        """What an imported list's own text (author, description) spoils (bot/trivia/tagging.py)."""
        return tag_text(text, self.reads, self.bot.show.last_released(self.bot.clock.now()))

    async def _position_autocomplete(
        self, interaction: discord.Interaction[Any], current: str
    ) -> list[app_commands.Choice[str]]:
        found = watched_choices(self.bot.show, clean_input(current, limit=100), now=self.bot.clock.now())
        return [app_commands.Choice(name=name, value=value) for name, value in found]

    @trivia.command(name="start")
    @app_commands.describe(
        category="Only questions of this category or list (several: separate them with commas)",
        questions="How many questions (1-50; 10 by default, as many as there are with first_to)",
        mode="Answer with buttons (multiple choice) or by typing",
        difficulty="Only questions of this difficulty",
        up_to_episode="Ask nothing past this episode, like S1E7 (never past the channel's spoiler mark)",
        first_to="Won by the first to this many right answers, instead of points",
    )
    @app_commands.autocomplete(category=_category_autocomplete, up_to_episode=_position_autocomplete)
    async def start(
        self,
        interaction: discord.Interaction[Any],
        category: str | None = None,
        questions: app_commands.Range[int, 1, 50] | None = None,
        mode: Literal["buttons", "typed"] = "buttons",
        difficulty: Literal["easy", "medium", "hard"] | None = None,
        up_to_episode: app_commands.Range[str, 1, 40] | None = None,
        first_to: app_commands.Range[int, 1, 50] | None = None,
    ) -> None:
        """Start a trivia game in this channel."""
        assert interaction.guild_id is not None and interaction.channel_id is not None
        thread = isinstance(interaction.channel, discord.Thread)
        me = interaction.guild.me if interaction.guild is not None else None
        missing = missing_to_post(interaction.channel, me, interaction.app_permissions)
        if missing:  # else the game would be announced, then abandoned at its first question
            raise UserError(
                f"I can't post questions in this {'thread' if thread else 'channel'}: I need {permission_list(missing)} "
                "here. Start the game in another channel, or ask a moderator to let me post here."
            )
        # "im on ep 3", "halfway through ep 4" (then 3: nothing from the episode not finished)
        up_to = None if up_to_episode is None else read_episode_option(up_to_episode, self.bot.show, now=self.bot.clock.now()).position
        # else the starter's own /progress holds the game back: nothing they have not watched
        own = None if up_to is not None else await get_progress(self.bot.database, interaction.guild_id, interaction.user.id)
        roles = interaction.user.roles if isinstance(interaction.user, discord.Member) else []
        reads_messages = self.bot.intents.message_content and self.bot.settings.message_content_intent
        request = StartRequest(
            guild_id=interaction.guild_id,
            channel_id=interaction.channel_id,
            starter_id=interaction.user.id,
            mode=mode,
            questions=questions,
            category=clean_input(category, limit=300) if category else None,
            difficulty=difficulty,
            up_to_episode=up_to if own is None else own,
            first_to=first_to,
        )
        # Refused from reads before any public "thinking": a refusal is then told privately.
        settings = await self.service.settings(interaction.guild_id)
        if _start_role_gone(interaction, settings):  # nobody holds a deleted role: moderators only, said so
            settings = replace(settings, start_policy="moderators")
        check_may_start(settings, moderator=is_moderator(interaction), role_ids={role.id for role in roles})
        check_mode(mode, reads_messages=reads_messages)
        # acknowledged privately when slow: what the write refuses (a game started meanwhile) stays private
        shown = await answer_first(interaction, self.service.start(request), ack_by=self.ack_by)
        mark = await self.service.channel_mark(interaction.channel_id)
        lists = render_lists.game_lists(await self.service.list_credits(interaction.guild_id, request.category), mark, self._list_tag)
        # an interaction that expired meanwhile is noted; the game runs anyway
        said = render.started_text(shown, interaction.user.id, mark=mark, asked=up_to, where=interaction.channel, lists=lists, own=own,
                                   wanted=questions)
        await reply_public(interaction, said, done="Started: the channel is told.")
        await self.host.follow([shown])

    @trivia.command(name="stop")
    async def stop(self, interaction: discord.Interaction[Any]) -> None:
        """Stop this channel's game (its starter or a moderator). A stopped game has no winner."""
        assert interaction.channel_id is not None
        moderator = is_moderator(interaction)
        await self.service.check_stop(interaction.channel_id, interaction.user.id, moderator=moderator)
        # acknowledged privately when slow: a refusal the write finds (a race) stays private too
        ended = await answer_first(
            interaction, self.service.stop(interaction.channel_id, interaction.user.id, moderator=moderator),
            ack_by=self.ack_by,
        )
        await self.host.follow([ended])
        # the final scores are a queued post: they come even if this answer can't be given
        await reply_public(interaction, render.stopped_text(interaction.user.id), done="Stopped: the channel is told.")

    @trivia.command(name="skip")
    async def skip(self, interaction: discord.Interaction[Any]) -> None:
        """Close this channel's current question now and go on (its starter or a moderator)."""
        assert interaction.channel_id is not None
        moderator = is_moderator(interaction)
        # acknowledged privately when slow: its refusals (not yours to skip, no question open) stay private
        events = await answer_first(
            interaction, self.service.skip(interaction.channel_id, interaction.user.id, moderator=moderator),
            ack_by=self.ack_by,
        )
        await self.host.follow(events)
        await reply_public(interaction, render.skipped_text(interaction.user.id, events), done="Skipped: the channel is told.")

    @trivia.command(name="leaderboard")
    @app_commands.describe(
        period="All time, this month or this week",
        sort="What to rank by: total points, wins, average points per game, games played, accuracy, best streak",
        top="How many players to show (1-25)",
        list_name="Only the games played with this list",
        scope="This server's players, or every server's (players from elsewhere are not named)",
    )
    @app_commands.rename(list_name="list")
    @app_commands.autocomplete(list_name=_board_list_autocomplete)
    async def leaderboard(
        self,
        interaction: discord.Interaction[Any],
        period: Literal["all", "month", "week"] = "all",
        sort: Literal["points", "wins", "average", "games", "accuracy", "streak"] = "points",
        top: app_commands.Range[int, 1, 25] = 10,
        list_name: app_commands.Range[str, 1, 100] | None = None,
        scope: Literal["server", "global"] = "server",
    ) -> None:
        """The best trivia players of this server, or of every server."""
        await boards.show_leaderboard(
            interaction, self.service, self._presence, self._list_tag,
            period=period, sort=sort, top=top, list_name=list_name, scope=scope,
        )

    @trivia.command(name="stats")
    @app_commands.describe(
        member="Whose stats (you by default)",
        private="Leave you off every leaderboard, your stats shown only to you (True), or not (False)",
    )
    async def stats(
        self, interaction: discord.Interaction[Any], member: discord.Member | None = None, private: bool | None = None
    ) -> None:
        """Games, wins, points, accuracy, best streak and fastest answer of a member."""
        assert interaction.guild_id is not None
        note, embed, alone = await boards.stats(self.service, interaction.guild_id, interaction.user.id,
                                                (member or interaction.user).id, private, where=interaction.channel_id or 0)
        await interaction.response.send_message(note, embed=embed, ephemeral=alone, allowed_mentions=NONE)

    @trivia.command(name="lists")
    async def lists(self, interaction: discord.Interaction[Any]) -> None:
        """The question lists and categories, and which are turned off here."""
        assert interaction.guild_id is not None and interaction.channel_id is not None
        gate = await self.service.gate_for(interaction.channel_id, None)
        embed = render_lists.lists_embed(
            self.service.built_in_lists(),
            await self.service.imported_lists(interaction.guild_id),
            await self.service.categories(interaction.guild_id, max_spoils=gate),
            await self.service.settings(interaction.guild_id),
            gate=await self.service.channel_mark(interaction.channel_id), tag=self._list_tag,
        )
        await interaction.response.send_message(embed=embed, allowed_mentions=NONE)

    @trivia.command(name="info")
    @app_commands.describe(list_name="The list to describe")
    @app_commands.rename(list_name="list")
    @app_commands.autocomplete(list_name=_list_autocomplete)
    async def info(self, interaction: discord.Interaction[Any], list_name: app_commands.Range[str, 1, 100]) -> None:
        """A list's author and importer, description, size, settings (CONFIG) and spoilers."""
        assert interaction.guild_id is not None and interaction.channel_id is not None
        found = await self.service.list_info(interaction.guild_id, clean_input(list_name, limit=100))
        embed = render_lists.info_embed(
            found, await self.service.settings(interaction.guild_id),
            gate=await self.service.channel_mark(interaction.channel_id), tag=self._list_tag,
        )
        await interaction.response.send_message(embed=embed, allowed_mentions=NONE)

    @triviaset.command(name="delete")
    @server_permission_check("manage_guild")
    @app_commands.describe(list_name="The imported list to delete")
    @app_commands.rename(list_name="list")
    @app_commands.autocomplete(list_name=_imported_autocomplete)
    async def delete(self, interaction: discord.Interaction[Any], list_name: app_commands.Range[str, 1, 100]) -> None:
        """Delete a list this server imported (Manage Server)."""
        assert interaction.guild_id is not None
        row = await self.service.delete_list(interaction.guild_id, clean_input(list_name, limit=100))
        text = render_lists.deleted_text(row) + await self._daily_without(interaction.guild_id, row.name)
        await interaction.response.send_message(text, ephemeral=True, allowed_mentions=NONE)

    @triviaset.command(name="settings")
    @server_permission_check("manage_guild")
    @app_commands.describe(
        answer_time="Seconds to answer each question (4-300)",
        points_to_win="Points that win a game",
        reveal_answers="Show the answer when time runs out",
        pause="Seconds between a reveal and the next question",
        who_can_start="Who may start games",
        start_role="The role whose members may start games (sets who_can_start:role)",
        guesses="Typed guesses per player per question (0 = unlimited)",
        idle_stop="Stop a game after this many seconds without answers",
        no_repeat_games="No question repeats within this many games",
        lists_override="Let an imported Red list's CONFIG override these settings for its games",
        bot_plays="The bot scores when nobody gets a question",
        spoiler_answers="Put every revealed answer in spoiler bars",
        enable_list="Turn a list on",
        disable_list="Turn a list off",
        enable_category="Turn a category on",
        disable_category="Turn a category off",
    )
    @app_commands.autocomplete(
        enable_list=_list_autocomplete, disable_list=_list_autocomplete,
        enable_category=_every_category_autocomplete, disable_category=_every_category_autocomplete,
    )
    async def settings(
        self,
        interaction: discord.Interaction[Any],
        answer_time: app_commands.Range[int, 4, 300] | None = None,
        points_to_win: app_commands.Range[int, 1, 10000] | None = None,
        reveal_answers: bool | None = None,
        pause: app_commands.Range[int, 0, 120] | None = None,
        who_can_start: Literal["everyone", "role", "moderators"] | None = None,
        start_role: discord.Role | None = None,
        guesses: app_commands.Range[int, 0, 50] | None = None,
        idle_stop: app_commands.Range[int, 30, 86400] | None = None,
        no_repeat_games: app_commands.Range[int, 0, 100] | None = None,
        lists_override: bool | None = None,
        bot_plays: bool | None = None,
        spoiler_answers: bool | None = None,
        enable_list: str | None = None,
        disable_list: str | None = None,
        enable_category: str | None = None,
        disable_category: str | None = None,
    ) -> None:
        """Show or change this server's trivia settings (Manage Server)."""
        assert interaction.guild_id is not None
        changes: dict[str, object] = {}
        for name, value in (
            ("answer_seconds", answer_time), ("points_to_win", points_to_win), ("reveal_answers", reveal_answers),
            ("pause_seconds", pause), ("start_policy", who_can_start), ("max_guesses", guesses),
            ("idle_seconds", idle_stop), ("no_repeat_games", no_repeat_games),
            ("lists_override", lists_override), ("bot_plays", bot_plays), ("spoiler_answers", spoiler_answers),
        ):
            if value is not None:
                changes[name] = value
        if start_role is not None:
            if refusal := members_role_refusal(start_role, "start_role", "who_can_start:everyone"):
                raise UserError(refusal)
            changes["start_role_id"] = start_role.id
        updated, changed = await self.service.change_settings(
            interaction.guild_id,
            changes,
            shown=lambda name: not self._name_spoils(name),
            **{
                key: clean_input(value, limit=100)
                for key, value in (
                    ("enable_list", enable_list), ("disable_list", disable_list),
                    ("enable_category", enable_category), ("disable_category", disable_category),
                )
                if value
            },
        )
        daily = await self.daily.guild_channels(interaction.guild_id)
        await interaction.response.send_message(
            render_settings.settings_saved_text(
                changed, points_to_win,
                asked=bool(changes) or any(v and v.strip() for v in (enable_list, disable_list, enable_category, disable_category)),
            ),
            embed=render_settings.settings_embed(
                updated, start_role_gone=_start_role_gone(interaction, updated), daily=daily,
                open_reports=await self.service.open_report_count(interaction.guild_id),
                spoils=lambda name: bool(self._name_spoils(name)), now=self.bot.clock.now(),
            ),
            ephemeral=True,
        )

    @triviaset.command(name="add_question")
    @server_permission_check("manage_guild")
    @app_commands.describe(list_name="The server's own list to add to (a new name starts a new list)")
    @app_commands.rename(list_name="list")
    @app_commands.autocomplete(list_name=_imported_autocomplete)
    async def add_question(self, interaction: discord.Interaction[Any], list_name: app_commands.Range[str, 1, 60]) -> None:
        """Write a question for one of this server's lists, checked like an import (Manage Server)."""
        name = import_name(list_name, "")
        if kind := self.service.built_in_name(name):  # said before the form, so nothing typed is lost
            raise TriviaError(f"'{name}' is a built-in {kind}; add questions to a list of this server's own.")
        spoils = self._name_spoils(name)
        if spoils:  # not repeated: it would show in the clear
            raise TriviaError(
                f"That list name names what happens in the show (up to {spoils.label}), and list names show where "
                "spoilers cannot be hidden (autocomplete, the lists). Choose another name."
            )
        latest = self.bot.show.last_released(self.bot.clock.now())
        await interaction.response.send_modal(
            AddQuestionForm(
                self.service, name, self.bot.show,
                lambda parsed: tag_imported(parsed, self.reads, latest, self.later),
                out=latest.season,
            )
        )

    @trivia.command(name="export")
    @app_commands.describe(
        list_name="The list to export",
        list_format="hyosan's format (keeps spoilers, choices, CONFIG) or Red-DiscordBot's (with CONFIG)",
    )
    # "list", as /trivia info, /triviaset delete and add_question name it: one word for one thing.
    @app_commands.rename(list_name="list", list_format="format")
    @app_commands.autocomplete(list_name=_list_autocomplete)
    async def export(
        self, interaction: discord.Interaction[Any], list_name: str, list_format: Literal["hyosan", "red"] = "hyosan"
    ) -> None:
        """Export a list as a YAML file (only questions safe for this channel)."""
        assert interaction.guild_id is not None and interaction.channel_id is not None
        export = await self.service.export_list(
            interaction.guild_id, clean_input(list_name, limit=100), interaction.channel_id
        )
        if list_format == "red":
            data = await asyncio.to_thread(
                export_red_yaml, export.author, export.description, export.questions, export.config
            )
        else:
            data = await asyncio.to_thread(
                export_yaml, export.name, export.author, export.description, export.questions, export.config
            )
        await interaction.response.send_message(
            render.export_text(export, interaction.channel),
            file=discord.File(io.BytesIO(data), filename=f"{slugify(list_name) or 'list'}.yaml"),
            ephemeral=True,
        )

    @triviaset.command(name="reports")
    @server_permission_check("manage_guild", "manage_messages")
    @app_commands.describe(
        resolve="Mark this report number as handled",
        retire="With resolve: stop asking its question in this server (True), or ask it again (False)",
    )
    async def reports(
        self, interaction: discord.Interaction[Any], resolve: int | None = None, retire: bool | None = None
    ) -> None:
        """The moderators' queue of reported questions."""
        assert interaction.guild_id is not None
        note = ""
        if resolve is None and retire is not None:
            raise UserError("Say which report's question with resolve:<number> (the number in the queue).")
        if resolve is not None:
            done = await self.service.resolve_report(interaction.guild_id, resolve, retire)
            note = render.resolved_text(resolve, done, retire)
        rows, total = await self.service.reports(interaction.guild_id)
        await interaction.response.send_message(note, embed=render.reports_embed(rows, total), ephemeral=True)
