"""The lore cog: /cast, /character, /episode, /ask, /progress and /spoilers, thin glue over bot.lore.

The lookups and /progress run in servers and in the bot's DMs. The audience decides what a reply
shows (bot/lore/progress.py, cogs/lore/replies.py): in a server channel the reply is public, so it
shows what the channel's mark allows (nothing when unmarked), whoever asked, with a "Show me
privately" button that answers the clicker at their own progress (cogs/lore/views.py); in a DM the
reply is seen by the viewer alone and uses their own progress (kept per user, apart from any
server's). /spoilers needs a server and is shown only to members who may manage
channels. Installed to servers only: a user install would let these replies appear, public, in
servers and group DMs the bot cannot mark, at one viewer's progress.
"""

from __future__ import annotations

from typing import Any, Literal

import discord
from discord import app_commands
from discord.ext import commands

from bot.app import Hyosan
from bot.episode_option import read_episode_option
from bot.errors import UserError
from bot.lore import progress
from bot.lore.about_bot import about_the_bot
from bot.lore.answer import AnswerEngine, prepare_question
from bot.lore.answer.japanese_glosses import name_in_latin
from bot.lore.guard import GuardStore
from bot.lore.kin import kin_of
from bot.lore.mark_words import allowed_up_to, episode_range, mark_in_words, whole_season
from bot.lore.name_particles import name_typed, without_particle
from bot.lore.names import Entity
from bot.lore.unmark import FOLLOW, may_mean_allowed, unmark_request
from bot.position_choices import position_choices
from bot.progress_parts import part_marked
from bot.season2.unlisted import unlisted
from bot.show import NOTHING, Position, PositionError, parse_position, read_position
from bot.text import clean_input
from bot.tree import server_permission_check
from bot.watched import read_watched, watched_choices
from cogs.acks import ACK_BY, answer_first, reply, reply_public
from cogs.lore import guard as guard_render
from cogs.lore import render, views
from cogs.lore.replies import LoreReplies, thread_parent
from cogs.marks import lone_report, part_mark_unread, release_due, unlisted_mark
from cogs.places import place_of
from db import StorageError

NO_MENTIONS = discord.AllowedMentions.none()
# Positions are string options with autocomplete over the bot's live shape of the show, so a new
# episode needs no new command schema: "S2E3", "2x03", "season 2 episode 3", "7" (season 1), "0".
# option descriptions (100 characters); no "a bare number is season 1": once season 2 is out, "5" is asked which season
POSITION_HELP = "like S1E7 or 2x03"
PositionText = app_commands.Range[str, 1, 40]
MARK_HELP = "Last episode discussed openly, like S1E7 or 2x03; 0: none; clear: a thread follows its channel"


class Forum(app_commands.Transformer):
    """A forum channel: forums only, as the API spec hyosan is checked against has no media channels (16)."""

    @property
    def type(self) -> discord.AppCommandOptionType:
        return discord.AppCommandOptionType.channel

    @property
    def channel_types(self) -> list[discord.ChannelType]:
        return [discord.ChannelType.forum]

    async def transform(self, interaction: discord.Interaction, value: Any) -> discord.ForumChannel:
        found = value.resolve() if interaction.guild is None else interaction.guild.get_channel(value.id)
        if not isinstance(found, discord.ForumChannel):
            raise app_commands.TransformerError(value, discord.AppCommandOptionType.channel, self)
        return found


GUARD_HELP = "Take members' messages that spoil past the mark down, re-posted behind spoiler bars"
FORUM_HELP = "A forum to mark instead of here: each of its posts follows that mark unless it has its own"


class Lore(commands.Cog):
    """Every lookup answers from the content of the server it runs in (`Hyosan.content`: the pack
    with the additions approved there; in DMs, what every server shares), so an approved addition
    shows at once."""

    def __init__(self, bot: Hyosan) -> None:
        self.bot = bot
        self.progress = progress.ProgressStore(bot.database, bot.show)
        self.guards = GuardStore(bot.database)
        self.replies = LoreReplies(bot, self.progress)
        self.ack_by = ACK_BY  # /spoilers acknowledges its mark's reading this soon (a test may make it at once)

    async def cog_load(self) -> None:
        # The shared engine and lexicon, built before the first question (a server with its own
        # additions gets its own, built once per version of its content); none in a copy that
        # answers nothing (`hyosan sync`).
        if self.bot.serving:
            await self.replies.engine_for(None)
            await self.bot.content.reads_for(None)
        views.REPLIES.register(self.bot, self.replies)
        self.bot.add_dynamic_items(views.ShowPrivately)

    async def cog_unload(self) -> None:
        self.bot.remove_dynamic_items(views.ShowPrivately)
        views.REPLIES.unregister(self.bot)
        self.replies.close()

    @commands.Cog.listener()
    async def on_server_left(self, guild_id: int) -> None:
        """Removed from a server (bot.app): its channel marks go, so an invitation back starts clean."""
        await self.progress.forget_server(guild_id)
        await self.guards.forget_server(guild_id)

    def _latest(self) -> Position:
        """The last released episode: "everything" means up to here."""
        return self.replies.latest()

    def _lone_report(self) -> str | None:
        """Who alone says the latest's season is out (cogs.marks.lone_report), from the one current status."""
        return lone_report(self.bot.season2_status.status, self._latest(), self.bot.clock.now())

    def _unlisted(self) -> str:
        """What is out with its episodes not listed yet (bot.season2.unlisted), from the one current status."""
        return unlisted(self.bot.show, self._latest(), self.bot.season2_status.status, self.bot.clock.now())

    def _position(self, typed: str, *, allow_nothing: bool = True) -> Position:
        """A mark typed to /spoilers: an episode, or said in words ("no spoilers", "full spoilers")."""
        said = mark_in_words(typed)
        if said == "nothing":
            return NOTHING
        if said == "latest":
            return self._latest()
        now = self.bot.clock.now()
        ranged = episode_range(typed)
        if ranged is not None:  # "eps 1-5": discussed openly up to its end
            first, last = (parse_position(end, self.bot.show, now=now, allow_nothing=False) for end in ranged)
            if first > last:
                raise UserError(f"{first} comes after {last}: give the last episode discussed openly, like {first}.")
            return last
        season = whole_season(typed)
        if season is not None:  # "full season 1", "s1 spoilers ok": up to its finale, once it is out
            return parse_position(f"season {season} finale", self.bot.show, now=now, allow_nothing=False)
        part = part_marked(typed, self.bot.show, now)
        if part is not None:  # "S2 part 1": up to that part's last episode
            return part
        allowed = allowed_up_to(typed)  # "S2E2 spoilers ok", "s2e2까지 스포 허용": up to that episode
        try:
            return parse_position(allowed or typed, self.bot.show, now=now, allow_nothing=allow_nothing)
        except PositionError as refused:
            if (unread := unlisted_mark(read_position(allowed or typed), self.bot.show, self._latest(), self._unlisted())) is not None:
                raise UserError(unread) from None  # "S2E8" at Part 2's hour, before its episodes are listed
            # Moderators type marks as fans type /progress ("ep 5 pls", "5 pls", "thru ep 6 lol"):
            # read them the same way (a part-watched episode gives the one before, hiding more).
            try:
                read = read_watched(typed, self.bot.show, now=now, allow_nothing=allow_nothing).position
            except PositionError:
                raise refused from None
            if (unread := part_mark_unread(typed, read, self.bot.show, now)) is not None:
                raise UserError(unread) from None
            return read

    @staticmethod
    def _resolve(engine: AnswerEngine, typed: str, kinds: tuple[str, ...], what: str) -> Entity:
        text = clean_input(typed, limit=200)
        text = name_typed(text)  # "cheong-san (the main guy)", "who is onjo", "온조 ㅠㅠ": the name
        if not text:
            raise UserError(f"Type a {what} name (start typing and pick from the list).")
        entity = engine.identify(text, kinds)
        bare = without_particle(text)
        if entity is None and bare is not None:  # "청산이", "온조야": the name as fans call it
            entity = engine.identify(bare, kinds)
        if entity is None and (latin := name_in_latin(text)) is not None:  # "ナムラ", "南罗": as /ask reads them
            entity = engine.identify(latin, kinds)
        kin = kin_of(text, engine.pack, engine.resolver) if entity is None and "character" in kinds else []
        if len(kin) == 1:  # "onjo's dad": whose relative they are
            return kin[0]
        if entity is None:
            # a newcomer moderators added for a later episode is never suggested (autocomplete offers
            # them to whoever has reached it)
            candidates = [e for e in (kin or Lore._named_in(engine, text, kinds)) if not engine.pack.introduced(e.kind, e.id)]
            raise UserError(render.not_found_text(what, typed, candidates))
        return entity

    @staticmethod
    def _named_in(engine: AnswerEngine, text: str, kinds: tuple[str, ...]) -> list[Entity]:
        """Whom `text` could mean when it is no one name: the resolver's candidates, else each one it
        names ("onjo and cheongsan": both, to pick from)."""
        candidates = list(engine.resolver.resolve(text, kinds).candidates)
        if candidates:
            return candidates
        named = [e for m in engine.resolver.mentions(text, fuzzy=False) for e in m.candidates if e.kind in kinds]
        return list(dict.fromkeys(named)) if len(set(named)) > 1 else []

    async def _complete(
        self, interaction: discord.Interaction, current: str, kinds: tuple[str, ...]
    ) -> list[app_commands.Choice[str]]:
        engine = await self.replies.engine_for(interaction.guild_id)
        typed = name_typed(clean_input(current, limit=100))
        found = engine.resolver.search(typed, kinds, limit=25)
        if not found and typed:
            described = engine.identify(typed, kinds)  # "the bully": what fans call a character
            found = [described] if described is not None else []
        bare = without_particle(typed)
        if not found and bare is not None:  # "청산이": the name with what follows it in Korean
            found = engine.resolver.search(bare, kinds, limit=25)
        if not found and typed and "character" in kinds:  # "onjo's dad"
            found = kin_of(typed, engine.pack, engine.resolver)
        if not found and typed:  # "onjo and cheongsan": each, to pick from
            found = self._named_in(engine, typed, kinds)
        if any(engine.pack.introduced(e.kind, e.id) for e in found):
            # choices are the typer's alone: a newcomer added for a later episode than theirs stays out
            seen = await self.replies.gate(interaction, public=False)
            found = [e for e in found if engine.pack.introduced(e.kind, e.id) <= seen]
        return [app_commands.Choice(name=n, value=v) for n, v in render.choices_for(found)]

    async def _complete_any(self, interaction: discord.Interaction, current: str) -> list[app_commands.Choice[str]]:
        return await self._complete(interaction, current, ("character", "person"))

    async def _complete_character(
        self, interaction: discord.Interaction, current: str
    ) -> list[app_commands.Choice[str]]:
        return await self._complete(interaction, current, ("character",))

    async def _complete_position(self, interaction: discord.Interaction, current: str) -> list[app_commands.Choice[str]]:
        choices = watched_choices(self.bot.show, clean_input(current, limit=100), now=self.bot.clock.now())
        return [app_commands.Choice(name=name, value=value) for name, value in choices]

    async def _complete_mark(self, interaction: discord.Interaction, current: str) -> list[app_commands.Choice[str]]:
        """The positions, and first the way to take the mark away when it is wanted: in a thread,
        following its channel's; in a channel, clearing it."""
        typed = clean_input(current, limit=100)
        choices = position_choices(self.bot.show, typed, now=self.bot.clock.now())
        if (episode_range(typed) is not None or whole_season(typed) is not None) and not choices:  # "eps 1-5", "full s1"
            try:
                last = self._position(typed)
                choices = [(f"Up to {last} ({last.label})", str(last))]
            except UserError:
                pass
        place = "channel" if getattr(interaction.namespace, "forum", None) else place_of(interaction.channel)
        said = render.word_mark_choices(typed, mark_in_words(typed), self._latest())
        unmark = render.unmark_choice(place, typed, unmark_request(typed))
        choices = [*([unmark] if unmark is not None else []), *said, *choices][:25]
        return [app_commands.Choice(name=name, value=value) for name, value in choices]

    async def _complete_episode(self, interaction: discord.Interaction, current: str) -> list[app_commands.Choice[str]]:
        choices = watched_choices(
            self.bot.show, clean_input(current, limit=100), now=self.bot.clock.now(), allow_nothing=False
        )
        return [app_commands.Choice(name=name, value=value) for name, value in choices]

    # -- commands ----------------------------------------------------------------------------

    @app_commands.command(name="cast")
    @app_commands.allowed_contexts(guilds=True, dms=True, private_channels=False)
    @app_commands.guild_install()
    @app_commands.describe(name="A character or an actor (leave empty for the whole cast)")
    @app_commands.autocomplete(name=_complete_any)
    async def cast(self, interaction: discord.Interaction, name: str | None = None) -> None:
        """Who plays whom: an actor's roles or a character's actor (or the whole cast)."""
        entity = None
        if name is not None and clean_input(name):
            engine = await self.replies.engine_for(interaction.guild_id)
            entity = self._resolve(engine, name, ("character", "person"), "character or actor")
        await self.replies.send(interaction, "cast", entity.ref if entity is not None else "")

    @app_commands.command(name="character")
    @app_commands.allowed_contexts(guilds=True, dms=True, private_channels=False)
    @app_commands.guild_install()
    @app_commands.describe(name="The character (start typing to pick)")
    @app_commands.autocomplete(name=_complete_character)
    async def character(self, interaction: discord.Interaction, name: str) -> None:
        """A character card: actor, who they are, relationships and fate (spoilers hidden)."""
        engine = await self.replies.engine_for(interaction.guild_id)
        entity = self._resolve(engine, name, ("character",), "character")
        await self.replies.send(interaction, "character", entity.id)

    @app_commands.command(name="episode")
    @app_commands.allowed_contexts(guilds=True, dms=True, private_channels=False)
    @app_commands.guild_install()
    @app_commands.describe(number=f"The episode, {POSITION_HELP}")
    @app_commands.autocomplete(number=_complete_episode)
    async def episode(self, interaction: discord.Interaction, number: PositionText) -> None:
        """What happens in an episode, and who dies or turns (spoilers hidden)."""
        said = read_episode_option(number, self.bot.show, now=self.bot.clock.now(), allow_nothing=False)
        position = said.partway or said.position  # "ep 3 pls", "3rd", "halfway through ep 4": that episode
        await self.replies.send(interaction, "episode", str(position.code))

    @app_commands.command(name="ask")
    @app_commands.allowed_contexts(guilds=True, dms=True, private_channels=False)
    @app_commands.guild_install()
    @app_commands.describe(question="Ask about the cast, characters, episodes, production or season 2")
    async def ask(self, interaction: discord.Interaction, question: str) -> None:
        """Ask anything about All of Us Are Dead; answers name their sources."""
        asked = prepare_question(question)
        pointer = about_the_bot(asked, self._latest().season)  # "how do i set my progress": the command for it, not "I don't know"
        if pointer is not None:
            await interaction.response.send_message(pointer, ephemeral=True, allowed_mentions=NO_MENTIONS)
            return
        await self.replies.send(interaction, "ask", asked)

    @app_commands.command(name="progress")
    @app_commands.allowed_contexts(guilds=True, dms=True, private_channels=False)
    @app_commands.guild_install()
    @app_commands.describe(watched=f"Your last watched episode, {POSITION_HELP}; empty to see it")
    @app_commands.autocomplete(watched=_complete_position)
    async def progress_command(self, interaction: discord.Interaction, watched: PositionText | None = None) -> None:
        """Set (or see) how far you have watched, so answers hide later spoilers."""
        # (in a worker thread: the first reading after a start compiles its patterns, slow on a busy machine)
        now = self.bot.clock.now()
        said = None if watched is None else await answer_first(interaction, self.replies.read(
            lambda: read_watched(watched, self.bot.show, now=now)
        ))
        position = None if said is None else said.position
        marks = await self.progress.viewer_marks(
            interaction.guild_id, interaction.channel_id or 0, interaction.user.id, thread_parent(interaction)
        )
        in_server = interaction.guild_id is not None
        if position is None:
            text = render.progress_text(
                marks.own, marks.channel, latest=self._latest(), in_server=in_server, place=place_of(interaction.channel),
                followed=marks.followed,
            )
        else:
            saved = await self.progress.set_progress(
                interaction.guild_id, interaction.user.id, position, now=self.bot.clock.now()
            )
            text = render.progress_text(
                saved, marks.channel, latest=self._latest(), saved=saved, in_server=in_server, asked=position,
                place=place_of(interaction.channel), followed=marks.followed,
            )
            if said is not None and said.partway is not None:
                first, rest = text.split("\n", 1)
                text = "\n".join((first, render.partway_note(said.partway), rest))
            if said is not None and said.rewatched:
                first, rest = text.split("\n", 1)
                text = "\n".join((first, render.rewatch_note(saved), rest))
            if said is not None and said.part_unread is not None:
                first, rest = text.split("\n", 1)
                text = "\n".join((first, render.part_unread_note(said.part_unread, saved), rest))
        if in_server and await self.guards.source(interaction.channel_id or 0, thread_parent(interaction)) is not None:
            text += "\n" + render.guard_here(place_of(interaction.channel))
        await reply(interaction, text)  # the response, or in place of "thinking…"

    @app_commands.command(name="spoilers")
    @app_commands.describe(up_to=MARK_HELP, guard=GUARD_HELP, forum=FORUM_HELP)
    @app_commands.guild_only()
    @app_commands.guild_install()
    @app_commands.default_permissions(manage_channels=True)
    @server_permission_check("manage_channels", "manage_guild")
    @app_commands.autocomplete(up_to=_complete_mark)
    async def spoilers(
        self, interaction: discord.Interaction, up_to: PositionText | None = None,
        guard: Literal["on", "off"] | None = None,
        forum: app_commands.Transform[discord.ForumChannel, Forum] | None = None,
    ) -> None:
        """Mark this channel or thread spoiler-safe up to an episode, clear its mark, or guard it (moderators)."""
        if interaction.guild_id is None or interaction.channel_id is None:
            raise UserError("That command works only in a server channel.")
        if up_to is None and guard is None and forum is None:
            parent = thread_parent(interaction)
            marks = await self.progress.viewer_marks(interaction.guild_id, interaction.channel_id, interaction.user.id, parent)
            guarded = await self.guards.source(interaction.channel_id, parent) is not None
            raise UserError(render.spoilers_now(marks.channel, place=place_of(interaction.channel), followed=marks.followed,
                                                guarded=guarded))
        if up_to is None and guard is None:
            raise UserError(render.SPOILERS_NEEDS_ONE)
        if guard is not None and not (self.bot.intents.message_content and self.bot.settings.message_content_intent):
            raise UserError(render.GUARD_NEEDS_INTENT)  # before anything is written: nothing changes
        place = "forum" if forum is not None else place_of(interaction.channel)
        target = forum or interaction.channel
        target_id = forum.id if forum is not None else interaction.channel_id
        # the reading runs in the reading thread, acknowledged privately if slow (the first after a
        # start compiles its patterns: seconds on a busy machine): a mistyped mark is refused privately
        text = "" if up_to is None else await answer_first(
            interaction, self._marked_text(interaction, interaction.guild_id, up_to, forum), ack_by=self.ack_by
        )
        if guard is not None:
            await self.guards.set(interaction.guild_id, target_id, guard == "on")
        parent = None if forum is not None else thread_parent(interaction)
        on = await self.guards.source(target_id, parent) is not None
        if guard is not None or on:  # said beside the mark
            allowed = target.permissions_for(interaction.guild.me) if isinstance(
                target, (discord.abc.GuildChannel, discord.Thread)) and interaction.guild is not None else None
            can_post = allowed is not None and guard_render.may_answer(target, allowed)
            can_delete = allowed is not None and allowed.manage_messages
            text = "\n\n".join(filter(None, (text, render.guard_text(on, place, can_delete=can_delete, can_post=can_post))))
        if forum is not None:  # told privately: the forum's posts are elsewhere
            await reply(interaction, text)
        else:  # the channel is told of its mark (a private "thinking" when the reading was slow is taken away)
            await reply_public(interaction, text, done=None)
        await self._tell_lacking(interaction, interaction.guild_id)

    async def _marked_text(
        self, interaction: discord.Interaction, guild_id: int, up_to: str, forum: discord.ForumChannel | None
    ) -> str:
        """/spoilers up_to: the mark set (or cleared) and what the reply says of it."""
        channel_id = interaction.channel_id or 0  # a server channel: checked by the command
        if forum is not None:
            return await self._mark_forum(interaction, guild_id, forum.id, up_to)
        request = unmark_request(up_to)
        if request is not None:
            return await self._unmark(interaction, guild_id, channel_id, request, up_to)
        position = await self.replies.read(lambda: self._position(up_to))
        marked = await self.progress.set_channel_mark(
            guild_id, channel_id, position, interaction.user.id, now=self.bot.clock.now()
        )
        latest = self._latest()
        return render.spoilers_text(
            marked, latest=latest, asked=position,
            place=place_of(interaction.channel), reported=self._lone_report(),
            unlisted=self._unlisted(),
            due=release_due(position, latest, self.bot.season2_status.status, self.bot.clock.now()),
        )

    async def _tell_lacking(self, interaction: discord.Interaction, guild_id: int) -> None:
        """The guarded channels where the bot could only warn, told once to the next moderator, privately."""
        try:
            lacking = await self.guards.untold(guild_id)
        except StorageError:
            return
        if lacking:
            missing = guard_render.guard_lacks(interaction.guild, lacking)
            await interaction.followup.send(guard_render.lacking_text(lacking, missing), ephemeral=True, allowed_mentions=NO_MENTIONS)

    async def _mark_forum(self, interaction: discord.Interaction, guild_id: int, forum_id: int, up_to: str) -> str:
        """/spoilers forum:<a forum>: no command runs in a forum itself, only in its posts, so a forum's
        mark (the one each post without its own reads) is set from elsewhere; told privately."""
        if unmark_request(up_to) is not None:
            had = await self.progress.clear_channel_mark(forum_id)
            text = render.forum_cleared_text(forum_id, had) + (render.ALLOWED_INSTEAD if may_mean_allowed(up_to) else "")
        else:
            position = await self.replies.read(lambda: self._position(up_to))
            marked = await self.progress.set_channel_mark(
                guild_id, forum_id, position, interaction.user.id, now=self.bot.clock.now()
            )
            text = render.forum_marked_text(forum_id, marked, latest=self._latest(), asked=position,
                                            reported=self._lone_report(), unlisted=self._unlisted())
        return text

    async def _unmark(
        self, interaction: discord.Interaction, guild_id: int, channel_id: int, request: str, typed: str
    ) -> str:
        """/spoilers clear (or follow channel): a thread goes back to its channel's mark; a channel
        is left unmarked. A channel has nothing above it to follow: told so, and nothing changes."""
        parent = thread_parent(interaction)
        if parent is None and request == FOLLOW:
            raise UserError(render.NOTHING_TO_FOLLOW)
        had = await self.progress.clear_channel_mark(channel_id)
        if parent is None:
            text = render.cleared_text(had)
        else:
            marks = await self.progress.viewer_marks(guild_id, channel_id, interaction.user.id, parent)
            text = render.following_text(parent, marks.channel, latest=self._latest(), had=had)
            if await self.guards.own(channel_id) is not None:  # the thread follows its channel's guard too
                await self.guards.follow(channel_id)
                text += " " + render.GUARD_FOLLOWS
        if may_mean_allowed(typed):
            text += render.ALLOWED_INSTEAD
        return text
