"""Answering a trivia button, a command that writes, or a lore reply whose reading may be slow
(the first after a start compiles patterns) within Discord's 3 seconds, whatever the database or
the machine does.

`answer_first` runs the button's work; when it is not done by `ACK_BY` seconds after Discord
created the interaction (a lock held elsewhere, a full disk being found out, an oversubscribed
machine), the interaction is acknowledged with a private "thinking" state, and the answer follows
when the work is done. An interaction that reaches us late (the machine is behind) is acknowledged
before the work even starts. Nothing acknowledged is given up: the work runs to its end, and what
it committed is kept, so an acknowledged answer is never lost.

`reply` then answers privately, as a response or as the followup of that acknowledgement. It never
raises: an interaction that expired or was answered by another copy of hyosan is logged in one
line (the work, and any post it queued, stands).
"""

from __future__ import annotations

import asyncio
import datetime as dt
import logging
from collections.abc import Coroutine
from typing import Any, TypeVar

import discord

from bot.text import shorten
from bot.tree import ALREADY_ACKNOWLEDGED, UNKNOWN_INTERACTION, note_unanswerable

log = logging.getLogger(__name__)
NONE = discord.AllowedMentions.none()
T = TypeVar("T")

# Answer (or acknowledge) this long after Discord created the interaction, well inside its 3 s.
ACK_BY = 1.5
# An interaction this old when its handler starts means we are behind: acknowledge before working.
BEHIND = 0.5
MAX_CONTENT = 2000


def time_left(interaction: discord.Interaction[Any], ack_by: float = ACK_BY) -> float:
    """Seconds left before the interaction must be acknowledged (by Discord's creation time; never
    more than `ack_by`, whichever way the clocks disagree). The wall clock, never the bot's injected one: Discord's
    three seconds run on real time, whatever a rehearsal clock says."""
    age = (discord.utils.utcnow() - interaction.created_at) / dt.timedelta(seconds=1)
    return max(0.0, min(ack_by, ack_by - age))


class InteractionGone(Exception):
    """The interaction can't be acknowledged any more (it expired, or another copy answered it):
    work that must be acknowledged to count is not done."""


async def _acknowledge(interaction: discord.Interaction[Any], ephemeral: bool) -> int | None:
    """Acknowledge with a "thinking" state; None when done, else Discord's error code (noted once)."""
    try:
        await interaction.response.defer(ephemeral=ephemeral, thinking=True)
    except discord.HTTPException as exc:
        note_unanswerable(interaction, exc)
        return exc.code or exc.status
    return None


async def answer_first(
    interaction: discord.Interaction[Any],
    work: Coroutine[Any, Any, T],
    *,
    ack_by: float = ACK_BY,
    ephemeral: bool = True,
    needs_ack: bool = False,
) -> T:
    """The result of `work`, with the interaction acknowledged in time if `work` is slow (a
    "thinking" state, private unless the answer will be public).

    An interaction that reaches us already `BEHIND` (the machine or the gateway is behind) is
    acknowledged before any work starts. With `needs_ack` (an answer the player must be told
    about), work whose interaction can no longer be acknowledged is not done at all: the player
    saw the click fail, so it does not count behind their back."""
    left = time_left(interaction, ack_by)
    if left <= ack_by - BEHIND:
        failed = await _acknowledge(interaction, ephemeral)
        if needs_ack and failed in (UNKNOWN_INTERACTION, ALREADY_ACKNOWLEDGED):
            work.close()
            raise InteractionGone
        return await work
    task = asyncio.ensure_future(work)
    await asyncio.wait({task}, timeout=left)
    if not task.done():
        await _acknowledge(interaction, ephemeral)
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


async def respond(interaction: discord.Interaction[Any], *, embed: discord.Embed, view: discord.ui.View | None = None,
                  ephemeral: bool = False) -> None:
    """An embed answer: the response, or in place of the "thinking…" placeholder once `answer_first` acknowledged."""
    extra: dict[str, Any] = {} if view is None else {"view": view}  # discord.py takes no view=None
    if interaction.response.is_done():
        await interaction.edit_original_response(embed=embed, allowed_mentions=NONE, **extra)
    else:
        await interaction.response.send_message(embed=embed, ephemeral=ephemeral, allowed_mentions=NONE, **extra)


async def reply_public(interaction: discord.Interaction[Any], text: str, *, done: str | None) -> None:
    """A public answer to a command whose work was acknowledged privately, so that whatever that
    work refuses is told privately, however long it took: answered in time, `text` is the public
    response; acknowledged, the private "thinking" ends with `done` (None: it is taken away, the
    public message alone answering) and `text` follows as a message of its own for the channel (a
    first followup would only replace the private "thinking"; when the channel refuses it, the caller is
    told `text` privately rather than left with nothing). Never raises."""
    if not interaction.response.is_done():
        await reply(interaction, text, ephemeral=False)
        return
    try:
        if done is None:
            await interaction.delete_original_response()
        else:
            await interaction.edit_original_response(content=shorten(done, MAX_CONTENT), allowed_mentions=NONE)
        await interaction.followup.send(shorten(text, MAX_CONTENT), ephemeral=False, allowed_mentions=NONE)
    except discord.HTTPException as exc:
        note_unanswerable(interaction, exc)
        if done is None:  # no "done" to read: told privately (in place of the "thinking", or after it was taken away)
            await reply(interaction, text)
