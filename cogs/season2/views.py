"""The season-2 buttons: confirming an official report that would ping a role, or not; and "Show me
privately" under a public status card, which shows the card again to whoever presses it, privately, at
their own progress (a channel's card hides what its mark does not allow, as the lore's cards do with
their own button, cogs/lore/views.py). It carries nothing: the status is the one current status.

A report waiting for confirmation is held in memory for ten minutes (on the bot's clock) under a
random token; the buttons carry the token (`s2-report:<token>:<yes|no>`), and only the moderator
who made the report may press them. The buttons are DynamicItems registered when the cog loads,
so a press after a restart (the report forgotten) is answered plainly instead of failing. Errors
end in the one error tree, as a command's do (bot.tree.answer_error).
"""

from __future__ import annotations

import datetime as dt
import re
import secrets
from collections.abc import Awaitable, Callable
from dataclasses import dataclass
from typing import Any

import discord

from bot.per_client import PerClient
from bot.season2.model import Claim
from bot.season2.service import Season2Service
from bot.tree import answer_error, send_ephemeral
from cogs.season2 import render
from cogs.season2.confirmations import mark_confirmed

NONE = discord.AllowedMentions.none()
CONFIRM_FOR = dt.timedelta(minutes=10)


@dataclass(frozen=True)
class PendingReport:
    claim: Claim
    guild_id: int
    user_id: int
    expires_at: dt.datetime


class PendingReports:
    """Official reports waiting for their moderator's confirmation, by token."""

    def __init__(self, service: Season2Service) -> None:
        self.service = service
        self._waiting: dict[str, PendingReport] = {}
        self._answered: dict[str, dt.datetime] = {}  # token -> until when a second press is a double click

    def hold(self, claim: Claim, *, guild_id: int, user_id: int) -> str:
        now = self.service.clock.now()
        self._waiting = {t: p for t, p in self._waiting.items() if p.expires_at > now}
        token = secrets.token_hex(8)
        self._waiting[token] = PendingReport(claim, guild_id, user_id, now + CONFIRM_FOR)
        return token

    def peek(self, token: str) -> PendingReport | None:
        found = self._waiting.get(token)
        if found is None or found.expires_at <= self.service.clock.now():
            self._waiting.pop(token, None)
            return None
        return found

    def take(self, token: str) -> PendingReport | None:
        found = self.peek(token)
        self._waiting.pop(token, None)
        if found is not None:
            now = self.service.clock.now()
            self._answered = {t: until for t, until in self._answered.items() if until > now}
            self._answered[token] = now + CONFIRM_FOR
        return found

    def answered(self, token: str) -> bool:
        """Whether this report's prompt was already answered (a double click, or Cancel pressed while
        Post it was being recorded): the first press's outcome replaces the prompt."""
        until = self._answered.get(token)
        return until is not None and until > self.service.clock.now()


#: The reports waiting for their confirmation, per running bot (the cog registers them at load).
PENDING: PerClient[PendingReports] = PerClient()


class ConfirmReportButton(
    discord.ui.DynamicItem[discord.ui.Button[Any]],
    template=r"s2-report:(?P<token>[0-9a-f]{16}):(?P<answer>yes|no)",
):
    def __init__(self, token: str, yes: bool, *, pings: bool = True) -> None:
        super().__init__(
            discord.ui.Button(
                label=("Post it and ping" if pings else "Post it") if yes else "Cancel",
                style=discord.ButtonStyle.danger if yes else discord.ButtonStyle.secondary,
                custom_id=f"s2-report:{token}:{'yes' if yes else 'no'}",
            )
        )
        self.token, self.yes = token, yes

    @classmethod
    async def from_custom_id(
        cls, interaction: discord.Interaction[Any], item: discord.ui.Item[Any], match: re.Match[str], /
    ) -> ConfirmReportButton:
        return cls(match["token"], match["answer"] == "yes")

    async def callback(self, interaction: discord.Interaction[Any]) -> None:
        try:
            await self._run(interaction)
        except Exception as error:
            await answer_error(interaction, error, where=f"button season-2 report {'post' if self.yes else 'cancel'}")

    async def _run(self, interaction: discord.Interaction[Any]) -> None:
        pending = PENDING.get(interaction.client)
        held = pending.peek(self.token) if pending is not None else None
        if pending is not None and held is None and pending.answered(self.token):
            await interaction.response.defer()  # the first press's answer replaces the prompt
            return
        if pending is None or held is None:
            await interaction.response.edit_message(content=render.CONFIRM_EXPIRED, view=None, allowed_mentions=NONE)
            return
        if held.user_id != interaction.user.id:
            await send_ephemeral(interaction, "Only the moderator who made this report can confirm it.")
            return
        pending.take(self.token)
        if not self.yes:
            await interaction.response.edit_message(content=render.REPORT_CANCELLED, view=None, allowed_mentions=NONE)
            return
        # Recording waits behind the season-2 writers: the press is acknowledged first (the
        # prompt is then updated in place), within Discord's 3 s.
        await interaction.response.defer()
        before = pending.service.status
        result = await pending.service.report(held.claim, guild_id=held.guild_id, user_id=held.user_id)
        text = render.report_text(result, pending.service.status)
        await interaction.edit_original_response(content=text, view=None, allowed_mentions=NONE)
        await mark_confirmed(interaction.client, pending.service, before, pending.service.status)


def confirm_view(token: str, *, pings: bool = True) -> discord.ui.View:
    view = discord.ui.View(timeout=None)
    view.add_item(ConfirmReportButton(token, True, pings=pings))
    view.add_item(ConfirmReportButton(token, False))
    return view


#: What each running bot's "Show me privately" under a status card does (the cog registers it at load).
STATUS_PRIVATELY: PerClient[Callable[[discord.Interaction[Any]], Awaitable[None]]] = PerClient()
STATUS_UNAVAILABLE = "Season 2's status is not available right now; try again in a moment."


class StatusPrivately(discord.ui.DynamicItem[discord.ui.Button[Any]], template=r"s2-private:status"):
    def __init__(self) -> None:
        # the lore cards' label (cogs/lore/views.py): one button, one name, wherever it is
        super().__init__(discord.ui.Button(label="Show me privately", style=discord.ButtonStyle.secondary,
                                           custom_id="s2-private:status"))

    @classmethod
    async def from_custom_id(
        cls, interaction: discord.Interaction[Any], item: discord.ui.Item[Any], match: re.Match[str], /
    ) -> StatusPrivately:
        return cls()

    async def callback(self, interaction: discord.Interaction[Any]) -> None:
        show = STATUS_PRIVATELY.get(interaction.client)
        try:
            if show is None:
                await send_ephemeral(interaction, STATUS_UNAVAILABLE)
            else:
                await show(interaction)
        except Exception as error:
            await answer_error(interaction, error, where="button Show me privately (season-2 status)")


def status_view() -> discord.ui.View:
    """The button under a public status card; stopped before it is sent (a press reaches the registered
    StatusPrivately by its custom_id, never this view)."""
    view = discord.ui.View(timeout=None)
    view.add_item(StatusPrivately())
    view.stop()
    return view


DYNAMIC_ITEMS: tuple[type[discord.ui.DynamicItem[Any]], ...] = (ConfirmReportButton, StatusPrivately)
