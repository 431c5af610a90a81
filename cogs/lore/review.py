"""/lore: what a server's moderators add about an episode, and its review queue.

`/lore add kind:` opens a form for an event, a death or turn, a character or a trivia question; every
form asks for the episode it spoils and a source link (bot/lore/additions.py checks them). The
addition waits in the queue: `/lore review` shows the oldest one to a moderator, with Approve, Edit
and Reject buttons. Approved, it is part of this server's content at once (bot/lore/review.py).
The buttons are DynamicItems (`lore-review:<id>:<approve|edit|reject>`) doing their own work, found
through the queue registered for this bot when the cog loads; the forms are discord.py modals.

/lore is the moderators' (a top-level command so Discord hides it by default_member_permissions),
in servers only, installed to servers, and keeps its server-side check. What an addition says is
shown in spoiler bars unless the reviewer's own progress is past it.
"""

from __future__ import annotations

import re
from collections.abc import Mapping
from typing import Any

import discord
from discord import app_commands
from discord.ext import commands

from bot.app import Hyosan
from bot.errors import UserError
from bot.lore.additions import FIELDS, KIND_NAMES, SPOILS, describe, form_values
from bot.lore.model import ADDITION_KINDS, Addition, AdditionKind
from bot.lore.progress import get_progress
from bot.lore.review import ReviewQueue
from bot.per_client import PerClient
from bot.show import NOTHING
from bot.spoilers import hide, is_safe
from bot.text import clean_input, defuse_mentions, quote_user_text, shorten
from bot.tree import TryAgain, answer_error, describe_error, send_ephemeral, server_permission_check
from bot.urls import host_of

NONE = discord.AllowedMentions.none()
COLOUR = discord.Colour(0x2F6F4F)
KIND_CHOICES = [app_commands.Choice(name=KIND_NAMES[k].removeprefix("a ").removeprefix("an "), value=k) for k in ADDITION_KINDS]
_QUEUES: PerClient[ReviewQueue] = PerClient()


def _kind(value: str) -> AdditionKind:
    for kind in ADDITION_KINDS:
        if kind == value:
            return kind
    raise UserError("Pick what you are adding: an event, a death or turn, a character or a question.")


class AdditionForm(discord.ui.Modal):
    """The form of one kind of addition: new (`addition` None) or an edit of a pending one."""

    def __init__(self, queue: ReviewQueue, kind: AdditionKind, addition: Addition | None = None,
                 values: Mapping[str, str] | None = None) -> None:
        title = ("Edit " if addition else "Add ") + KIND_NAMES[kind]
        super().__init__(title=title[:45], timeout=900)
        self.queue, self.kind, self.addition = queue, kind, addition
        self.inputs: dict[str, discord.ui.TextInput[Any]] = {}
        latest = queue.library.show.last_released(queue.clock.now())
        for spec in FIELDS[kind]:
            placeholder = f"like {latest}, the latest episode out" if spec is SPOILS else spec.placeholder
            field: discord.ui.TextInput[Any] = discord.ui.TextInput(
                label=spec.label[:45], custom_id=spec.key, required=spec.required, max_length=spec.max_length,
                style=discord.TextStyle.paragraph if spec.long else discord.TextStyle.short,
                placeholder=placeholder[:100] or None, default=(values or {}).get(spec.key, "")[: spec.max_length] or None,
            )
            self.inputs[spec.key] = field
            self.add_item(field)

    async def on_submit(self, interaction: discord.Interaction[Any]) -> None:
        values = {key: str(field.value or "") for key, field in self.inputs.items()}
        guild_id = interaction.guild_id or 0
        # Checking the fields reads names with the server's /ask engine, built again after any
        # content or season-2 change (a second or more): acknowledged first, within Discord's 3 s.
        if self.addition is None:
            await interaction.response.defer(ephemeral=True, thinking=True)
            added = await self.queue.submit(guild_id, interaction.user.id, self.kind, values)
            await interaction.followup.send(
                f"Queued for review as #{added.id}: {KIND_NAMES[added.kind]} spoiling {added.spoils}. "
                "A moderator approves it with `/lore review`; then it is used in this server at once.",
                ephemeral=True, allowed_mentions=NONE,
            )
            return
        # An edit comes from the review card's Edit button: the card is updated once checked (a
        # refusal arrives as a private followup, and the card stays as it was).
        await interaction.response.defer()
        edited = await self.queue.edit(guild_id, self.addition.id, values)
        embed = await review_embed(self.queue, edited, interaction.user.id, note=f"Edited #{edited.id}.")
        await interaction.edit_original_response(embed=embed, view=review_view(edited), allowed_mentions=NONE)

    async def on_error(self, interaction: discord.Interaction[Any], error: Exception) -> None:  # type: ignore[override]
        if not isinstance(error, UserError):
            await answer_error(interaction, error, where=f"form lore {'edit' if self.addition else 'add'} {self.kind}")
            return
        message, _ = describe_error(error)
        # Refused: nothing typed is lost, the button opens the form again filled in.
        typed = {key: str(field.value or "") for key, field in self.inputs.items()}
        again = TryAgain(lambda: AdditionForm(self.queue, self.kind, self.addition, typed), where="button lore try again")
        try:
            if interaction.response.is_done():
                await interaction.followup.send(message, view=again, ephemeral=True, allowed_mentions=NONE)
            else:
                await interaction.response.send_message(message, view=again, ephemeral=True, allowed_mentions=NONE)
        except discord.HTTPException:
            await send_ephemeral(interaction, message)


async def review_embed(queue: ReviewQueue, addition: Addition, viewer: int, *, note: str = "") -> discord.Embed:
    """An addition as a moderator reviews it: its fields (in spoiler bars past the reviewer's own
    progress), who added it, how many more wait."""
    seen = await get_progress(queue.db, addition.guild_id, viewer) or NOTHING
    waiting = len(await queue.pending(addition.guild_id))
    embed = discord.Embed(
        title=f"Addition #{addition.id}: {KIND_NAMES[addition.kind]}", colour=COLOUR,
        description=(note + "\n" if note else "") + f"Added by <@{addition.submitted_by}>. {waiting} waiting for review.",
    )
    for label, value in describe(addition):
        if label.startswith("Source"):
            shown = f"[{host_of(value)}]({value})" if ")" not in value else quote_user_text(host_of(value), limit=100)
        elif label.startswith("Episode"):
            shown = value
        elif is_safe(addition.spoils, seen):
            shown = quote_user_text(value, limit=600)
        else:  # whole inside bars: only what could close them is neutralised, so it reads the same revealed
            shown = hide(defuse_mentions(shorten(clean_input(value, limit=2400), 600)).replace("](", "] ("))
        embed.add_field(name=label, value=shown or "—", inline=False)
    embed.set_footer(text=f"State: {addition.state}")
    return embed


class ReviewButton(
    discord.ui.DynamicItem[discord.ui.Button[Any]],
    template=r"lore-review:(?P<id>\d{1,12}):(?P<action>approve|edit|reject)",
):
    LABELS = {"approve": "Approve", "edit": "Edit", "reject": "Reject"}
    STYLES = {"approve": discord.ButtonStyle.success, "edit": discord.ButtonStyle.secondary,
              "reject": discord.ButtonStyle.danger}

    def __init__(self, addition_id: int, action: str) -> None:
        super().__init__(discord.ui.Button(
            label=self.LABELS[action], style=self.STYLES[action], custom_id=f"lore-review:{addition_id}:{action}",
        ))
        self.addition_id, self.action = addition_id, action

    @classmethod
    async def from_custom_id(
        cls, interaction: discord.Interaction[Any], item: discord.ui.Item[Any], match: re.Match[str], /
    ) -> ReviewButton:
        return cls(int(match["id"]), match["action"])

    async def callback(self, interaction: discord.Interaction[Any]) -> None:
        try:
            await self._run(interaction)
        except Exception as error:
            await answer_error(interaction, error, where=f"button lore review {self.action}")

    async def _run(self, interaction: discord.Interaction[Any]) -> None:
        queue = _QUEUES.get(interaction.client)
        if queue is None:
            await send_ephemeral(interaction, "The lore is not available right now.")
            return
        if interaction.guild_id is None or not interaction.permissions.manage_guild:
            raise UserError("You need the Manage Server permission for that.")
        guild_id = interaction.guild_id
        if self.action == "edit":
            addition = await queue.pending_one(guild_id, self.addition_id)
            await interaction.response.send_modal(AdditionForm(queue, addition.kind, addition, form_values(addition)))
            return
        # Approving builds the server's /ask engine again, which under load can pass Discord's 3 s:
        # acknowledged first, the card is updated in place once it is done.
        await interaction.response.defer()
        if self.action == "approve":
            done = await queue.approve(guild_id, self.addition_id, interaction.user.id)
            note = f"Approved #{done.id}: it is part of this server's lore now."
        else:
            done = await queue.reject(guild_id, self.addition_id, interaction.user.id)
            note = f"Rejected #{done.id}."
        waiting = await queue.pending(guild_id)
        if not waiting:
            await interaction.edit_original_response(content=f"{note} Nothing else waits for review.", embed=None,
                                                     view=None, allowed_mentions=NONE)
            return
        embed = await review_embed(queue, waiting[0], interaction.user.id, note=note)
        await interaction.edit_original_response(content=None, embed=embed, view=review_view(waiting[0]),
                                                 allowed_mentions=NONE)


def review_view(addition: Addition) -> discord.ui.View:
    view = discord.ui.View(timeout=None)
    if addition.state == "pending":
        for action in ("approve", "edit", "reject"):
            view.add_item(ReviewButton(addition.id, action))
    return view


SERVER_INSTALL = app_commands.AppInstallationType(guild=True)


class LoreReview(commands.Cog):
    lore = app_commands.Group(
        name="lore", description="Add what happens in new episodes, and review what moderators added (moderators)",
        guild_only=True, allowed_contexts=app_commands.AppCommandContext(guild=True), allowed_installs=SERVER_INSTALL,
        default_permissions=discord.Permissions(manage_guild=True),
    )

    def __init__(self, bot: Hyosan) -> None:
        self.bot = bot
        self.queue = ReviewQueue(bot.database, bot.clock, bot.content)

    async def cog_load(self) -> None:
        _QUEUES.register(self.bot, self.queue)
        self.bot.add_dynamic_items(ReviewButton)

    async def cog_unload(self) -> None:
        self.bot.remove_dynamic_items(ReviewButton)
        _QUEUES.unregister(self.bot)

    @lore.command(name="add")
    @server_permission_check("manage_guild")
    @app_commands.describe(kind="What you are adding about an episode")
    @app_commands.choices(kind=KIND_CHOICES)
    async def add(self, interaction: discord.Interaction, kind: app_commands.Choice[str]) -> None:
        """Add an event, a death or turn, a character or a trivia question, with its episode and source."""
        await interaction.response.send_modal(AdditionForm(self.queue, _kind(kind.value)))

    @lore.command(name="review")
    @server_permission_check("manage_guild")
    async def review(self, interaction: discord.Interaction) -> None:
        """Approve, edit or reject what this server's moderators added (oldest first)."""
        if interaction.guild_id is None:
            raise UserError("That command works only in a server.")
        waiting = await self.queue.pending(interaction.guild_id)
        if not waiting:
            await interaction.response.send_message(
                "Nothing waits for review. `/lore add` adds something about an episode.", ephemeral=True,
                allowed_mentions=NONE,
            )
            return
        embed = await review_embed(self.queue, waiting[0], interaction.user.id)
        await interaction.response.send_message(embed=embed, view=review_view(waiting[0]), ephemeral=True,
                                                allowed_mentions=NONE)



