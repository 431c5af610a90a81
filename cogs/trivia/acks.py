"""Answering a trivia button (or a command that writes) within Discord's 3 seconds, whatever the
database or the machine does.

`answer_first` runs the button's work; when it is not done by `ACK_BY` seconds after Discord
created the interaction (a lock held elsewhere, a full disk being found out, an oversubscribed
machine, an event that reached us late), the interaction is acknowledged first with a private
"thinking" state, and the answer follows when the work is done. Nothing is given up: the work runs
to its end either way, and what it committed is kept, so an acknowledged answer is never lost.

`reply` then answers privately, as a response or as the followup of that acknowledgement. It never
raises: an interaction that expired or was answered by another copy of hyosan is logged in one
line (the work, and any post it queued, stands).
"""

from __future__ import annotations

import asyncio
import datetime as dt
import logging
from collections.abc import Awaitable
from typing import Any, TypeVar

import discord

from bot.text import shorten
from bot.tree import note_unanswerable

log = logging.getLogger(__name__)
NONE = discord.AllowedMentions.none()
T = TypeVar("T")

# Answer (or acknowledge) this long after Discord created the interaction, well inside its 3 s.
ACK_BY = 1.5
MAX_CONTENT = 2000


def time_left(interaction: discord.Interaction[Any], ack_by: float = ACK_BY) -> float:
    """Seconds left before the interaction must be acknowledged (by Discord's creation time; never
    more than `ack_by`, whichever way the clocks disagree)."""
    age = (discord.utils.utcnow() - interaction.created_at) / dt.timedelta(seconds=1)
    return max(0.0, min(ack_by, ack_by - age))


async def answer_first(
    interaction: discord.Interaction[Any], work: Awaitable[T], *, ack_by: float = ACK_BY, ephemeral: bool = True
) -> T:
    """The result of `work`, with the interaction acknowledged in time if `work` is slow (a
    "thinking" state, private unless the answer will be public)."""
    task = asyncio.ensure_future(work)
    left = time_left(interaction, ack_by)
    if left > 0:
        await asyncio.wait({task}, timeout=left)
    if not task.done():
        try:
            await interaction.response.defer(ephemeral=ephemeral, thinking=True)
        except discord.HTTPException as exc:
            note_unanswerable(interaction, exc)
    return await task


async def reply(
    interaction: discord.Interaction[Any], text: str, *, view: discord.ui.View | None = None, ephemeral: bool = True
) -> None:
    """Answer (privately by default): the response, or the followup once acknowledged. Never raises."""
    text = shorten(text, MAX_CONTENT)
    extra: dict[str, Any] = {} if view is None else {"view": view}
    try:
        if interaction.response.is_done():
            await interaction.followup.send(text, ephemeral=ephemeral, allowed_mentions=NONE, **extra)
        else:
            await interaction.response.send_message(text, ephemeral=ephemeral, allowed_mentions=NONE, **extra)
    except discord.HTTPException as exc:
        note_unanswerable(interaction, exc)
