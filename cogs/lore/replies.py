"""Lore replies for their audience: what the commands and the "Show me privately" button send.

The audience decides (bot/lore/progress.py): a reply in a server channel is public, so it shows
what the channel's mark allows (nothing when unmarked), whoever asked, and carries the button; a
reply in the bot's DMs and the button's own reply are private, at the viewer's own progress.
A request (`kind`, `argument`) is everything needed to build a reply again: the button keeps it in
its custom_id (cogs/lore/views.py). Replies read the content of the server they are in
(`Hyosan.content`: its engine and lexicon are built once per version of that content). An answer
that is "I don't know" goes to the asker alone: a public one only clutters the channel.
"""

from __future__ import annotations

import asyncio
import weakref
from collections.abc import Callable
from concurrent.futures import ThreadPoolExecutor
from typing import TYPE_CHECKING, NamedTuple, TypeVar

import discord

from bot.errors import UserError
from bot.lore import asked, cards
from bot.lore.answer import Answer, AnswerEngine, prepare_question
from bot.lore.progress import ProgressStore
from bot.show import Position
from bot.spoilers import Reads
from cogs.acks import answer_first, respond
from cogs.lore import render, views
from cogs.places import place_of

if TYPE_CHECKING:
    from bot.app import Hyosan

NO_MENTIONS = discord.AllowedMentions.none()
VIEWS_KEPT = 1024  # the button views kept for requests asked again (each is a few hundred bytes)
SHOWN_KEPT = 1024  # the /ask embeds kept for questions asked again (each a few kilobytes at most)
T = TypeVar("T")
GONE = "That is no longer something I can show (the lore changed since this message was posted)."


class _Shown(NamedTuple):
    engine: weakref.ref[AnswerEngine]  # (an engine replaced by a new content version is not kept alive by these)
    answer: Answer
    listing: object
    embed: discord.Embed


class LoreReplies:
    def __init__(self, bot: Hyosan, progress: ProgressStore) -> None:
        self.bot = bot
        self.progress = progress
        self._views: dict[tuple[str, str], discord.ui.View] = {}
        # The /ask embeds shown again, by engine, question, and where and at what gate they are shown: each
        # kept with what it was read from (the engine of the content version, the answer it
        # remembers, the episodes listed, which the question's reading reads), built again when any
        # of these is another. Never changed once built: sending one only reads it.
        self._shown: dict[tuple[int, str, Position, Position, bool, str], _Shown] = {}
        # One reading thread: while a slow reading runs the loop can still acknowledge, and the
        # engines' caches are never filled by two threads at once.
        self._reader = ThreadPoolExecutor(max_workers=1, thread_name_prefix="hyosan-lore")

    async def read(self, work: Callable[[], T]) -> T:
        """`work` (a reading: in memory, no I/O) done in the reading thread."""
        return await asyncio.get_running_loop().run_in_executor(self._reader, work)

    def close(self) -> None:
        self._reader.shutdown(wait=False)

    async def engine_for(self, guild_id: int | None) -> AnswerEngine:
        """The /ask engine over a server's content (season-2 answers read the bot's one status)."""
        return await self.bot.content.engine_for(guild_id)

    def latest(self) -> Position:
        """The last released episode: "everything" means up to here."""
        return self.bot.show.last_released(self.bot.clock.now())

    async def gate(self, interaction: discord.Interaction, *, public: bool) -> Position:
        guild_id, channel_id, user_id = interaction.guild_id, interaction.channel_id or 0, interaction.user.id
        parent_id = thread_parent(interaction)
        cached = self.progress.cached_gate(  # usually: no await
            guild_id, channel_id, user_id, public=public, parent_id=parent_id
        )
        if cached is not None:
            return cached
        return await self.progress.reply_gate(guild_id, channel_id, user_id, public=public, parent_id=parent_id)

    # -- building ---------------------------------------------------------------------------

    async def embed(
        self, guild_id: int | None, kind: str, argument: str, gate: Position, *, public: bool, place: str = "channel",
        remembered: bool | None = None,
    ) -> tuple[discord.Embed, bool]:
        """The reply to a request, shown at `gate`, and whether it answers (False: "I don't
        know"); raises UserError when it cannot be built. `place`: where a public one is posted;
        `remembered`: whether the question's answer is known to be remembered (None: find out)."""
        engine = await self.engine_for(guild_id)
        latest = self.latest()
        if kind == "ask":
            question = prepare_question(argument)
            if remembered if remembered is not None else engine.remembers(question):
                # asked before: microseconds, so no hop to the reading thread
                return await self._remembered_embed(guild_id, engine, question, gate, latest, public=public, place=place)
            reads = await self.bot.content.reads_for(guild_id)
            # while a slow first answer is read, the loop can acknowledge
            return await self.read(lambda: _answer_embed(
                engine.answer(question),  # in memory, no I/O; the first in a process compiles patterns
                question, gate, latest=latest, reads=reads, public=public, place=place))

        def card_embed() -> tuple[discord.Embed, bool]:
            card = self._card(engine, kind, argument)
            embed, _ = render.card_embed(card, gate, latest=latest, public=public, place=place)
            return embed, True

        return await self.read(card_embed)

    async def _remembered_embed(
        self, guild_id: int | None, engine: AnswerEngine, question: str, gate: Position, latest: Position, *,
        public: bool, place: str,
    ) -> tuple[discord.Embed, bool]:
        """The reply to a question whose answer `engine` remembers; kept, as fans ask the same things again."""
        key = (id(engine), question, gate, latest, public, place)
        answer, listing = engine.answer(question), self.bot.show.listing()  # (the listing before the reading)
        kept = self._shown.get(key)
        if kept is not None and kept.engine() is engine and kept.answer is answer and kept.listing is listing:
            return kept.embed, answer.answered
        reads = await self.bot.content.reads_for(guild_id)
        embed, answered = _answer_embed(answer, question, gate, latest=latest, reads=reads, public=public, place=place)
        if len(self._shown) >= SHOWN_KEPT:
            self._shown.clear()
        self._shown[key] = _Shown(weakref.ref(engine), answer, listing, embed)
        return embed, answered

    async def _remembered(self, guild_id: int | None, question: str) -> tuple[bool, bool]:
        """Whether the answer to `question` is remembered (fans ask the same things again), and
        whether it answers (True when not remembered: not known yet)."""
        engine = await self.engine_for(guild_id)
        prepared = prepare_question(question)
        if not engine.remembers(prepared):
            return False, True
        return True, engine.answer(prepared).answered  # remembered: microseconds, no reading

    def _card(self, engine: AnswerEngine, kind: str, argument: str) -> cards.Card:
        knowledge = engine.knowledge
        pack = knowledge.pack
        if kind == "character":
            character = pack.characters.get(argument)
            if character is None:
                raise UserError(GONE)
            return cards.character_card(knowledge, character)
        if kind == "episode":
            try:
                position = Position.from_code(int(argument))
            except ValueError:
                raise UserError(GONE) from None
            if not self.bot.show.contains(position):
                raise UserError(GONE)
            return cards.episode_card(knowledge, self.bot.show, position)
        if kind == "cast":
            entity = engine.resolver.resolve(argument).entity if argument else None
            if argument and entity is None:
                raise UserError(GONE)
            return cards.cast_card(knowledge, entity)
        raise UserError(GONE)

    # -- sending ----------------------------------------------------------------------------

    async def send(self, interaction: discord.Interaction, kind: str, argument: str) -> None:
        """Reply to a command: public with the button in a server channel, private in a DM."""
        public = interaction.guild_id is not None
        # Acknowledged first ("thinking…") when slow: the first answers after a start compile the
        # engine's patterns and fill its caches, seconds on a busy machine, and Discord waits 3.
        remembered, answers = await self._remembered(interaction.guild_id, argument) if kind == "ask" else (False, True)
        if public and not answers:  # a remembered "I don't know": built once, for the asker alone
            await self._unanswered(interaction, kind, argument, deferred=False)
            return
        gate = await self.gate(interaction, public=public)
        building = self.embed(interaction.guild_id, kind, argument, gate, public=public,
                              place=place_of(interaction.channel), remembered=remembered)
        if remembered:
            embed, answered = await building  # asked before: microseconds, nothing to acknowledge first
        else:
            embed, answered = await answer_first(interaction, building, ephemeral=False)
        deferred = interaction.response.is_done()
        if not public:
            await respond(interaction, embed=embed)
            return
        if not answered:
            await self._unanswered(interaction, kind, argument, deferred=deferred)
            return
        view = self._private_view(kind, await self._button_argument(kind, argument))
        await respond(interaction, embed=embed, view=view)

    async def _unanswered(self, interaction: discord.Interaction, kind: str, argument: str, *, deferred: bool) -> None:
        """"I don't know" at the asker's own progress, for them alone; a deferred public reply
        cannot turn private, so its "thinking" placeholder goes and the answer follows privately."""
        gate = await self.gate(interaction, public=False)
        embed, _ = await self.embed(interaction.guild_id, kind, argument, gate, public=False)
        if deferred:
            await interaction.delete_original_response()
            await interaction.followup.send(embed=embed, ephemeral=True, allowed_mentions=NO_MENTIONS)
        else:
            await interaction.response.send_message(embed=embed, ephemeral=True, allowed_mentions=NO_MENTIONS)

    def _private_view(self, kind: str, argument: str) -> discord.ui.View:
        """The button's view, built once per request shown (fans ask the same things again)."""
        key = (kind, argument)
        view = self._views.get(key)
        if view is None:
            if len(self._views) >= VIEWS_KEPT:
                self._views.clear()
            view = self._views[key] = views.private_view(kind, argument)
        return view

    async def _button_argument(self, kind: str, argument: str) -> str:
        """The argument as the button carries it: itself when it fits, else a key to it (kept)."""
        if views.custom_id(kind, argument) is not None:
            return argument
        return "#" + await asked.remember_question(self.bot.database, argument)

    async def show_privately(self, interaction: discord.Interaction, kind: str, argument: str) -> None:
        """The button: the same reply, ephemeral, at the clicker's own progress."""
        if kind == "ask" and argument.startswith("#"):
            found = await asked.recall_question(self.bot.database, argument[1:])
            if found is None:
                raise UserError(GONE)
            argument = found
        gate = await self.gate(interaction, public=False)
        embed, _ = await answer_first(
            interaction, self.embed(interaction.guild_id, kind, argument, gate, public=False), ephemeral=True
        )
        await respond(interaction, embed=embed, ephemeral=True)


def _answer_embed(
    answer: Answer, question: str, gate: Position, *, latest: Position, reads: Reads, public: bool, place: str
) -> tuple[discord.Embed, bool]:
    """/ask's reply shown at `gate`, and whether it answers. What the question gives away is read as
    Discord shows it (a look-alike letter or a slug hides nothing), and hides it whole when it gives
    more away than the gate, private replies too: the one who clicks "Show me privately" need not be
    the one who asked."""
    embed, _ = render.answer_embed(answer, gate, latest=latest, public=public,
                                   question_spoils=reads(question), reads=reads, place=place)
    return embed, answer.answered


def thread_parent(interaction: discord.Interaction) -> int | None:
    """The channel a thread lives in (whose spoiler mark the thread reads while it has none of its
    own), None outside a thread."""
    channel = interaction.channel
    return channel.parent_id if isinstance(channel, discord.Thread) else None
