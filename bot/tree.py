"""The one error tree: every application-command error ends in `HyosanTree.on_error`, and every
button's, menu's and form's in `answer_error`, the same way (discord.py routes neither through the
tree: a View's item error goes to `View.on_error`, a DynamicItem's callback error is only logged by
the library, a Modal's goes to `Modal.on_error`; so each of those hands its error to `answer_error`).

What the user reads and what the log gets, for both: a refusal (UserError) or a storage failure is
shown as is, with no log line (a storage failure was logged where it happened); Discord failing past
discord.py's retries (5xx) asks to try again, with one warning line and no traceback; an answer
Discord would not take (already answered, expired, or refused with 403 on its own routes) is one warning; anything
else is an apology and the traceback in the log."""

from __future__ import annotations

import logging
from collections.abc import Callable
from typing import Any, TypeVar

import discord
from discord import app_commands

from bot.errors import UserError
from bot.lazy_re import compile_later
from bot.permissions import permission_list, permission_name
from bot.text import quote_user_text, shorten
from db import StorageError

log = logging.getLogger(__name__)

MAX_CONTENT = 2000  # Discord's limit on a message's content
MAX_EMBED = 6000  # Discord's limit on an embed's characters: title, description, fields and footer together
APOLOGY = "Sorry, something went wrong on my side. The moderators can find the details in my log."
#: Discord answered 5xx past discord.py's own retries: nothing is wrong here, and trying again helps.
DISCORD_TROUBLE = "Discord is having trouble right now, so that didn't go through. Please try again in a minute."
ALREADY_ACKNOWLEDGED = 40060  # Discord: "Interaction has already been acknowledged"
UNKNOWN_INTERACTION = 10062  # Discord: the interaction expired (3 s for the first answer) or is unknown


def answered_elsewhere(error: BaseException) -> bool:
    """Whether Discord refused an answer because the interaction was already answered: by another
    running copy of hyosan on this token, or a second delivery of the same interaction."""
    if isinstance(error, app_commands.CommandInvokeError):
        error = error.original
    return isinstance(error, discord.HTTPException) and error.code == ALREADY_ACKNOWLEDGED


def expired(error: BaseException) -> bool:
    """Whether Discord refused an answer because the interaction had expired (not acknowledged within
    its 3 s): its token is dead, so no answer of any kind reaches the user."""
    return isinstance(error, discord.NotFound) and error.code == UNKNOWN_INTERACTION


def note_unanswerable(interaction: discord.Interaction[discord.Client], error: discord.HTTPException) -> None:
    """One warning line for an answer Discord would not take (no traceback: nothing is wrong here)."""
    if error.code == ALREADY_ACKNOWLEDGED:
        log.warning(
            "interaction %s was already answered (40060): another copy of hyosan on this token, or a repeat",
            interaction.id,
        )
    elif error.code == UNKNOWN_INTERACTION:
        log.warning("interaction %s expired before it could be answered (10062)", interaction.id)
    else:
        log.warning("could not answer interaction %s: %s %s", interaction.id, error.status, error.code)


def refused_answer(error: BaseException) -> bool:
    """Whether Discord refused (403) an answer itself: a response or a follow-up on the interaction's own routes, the
    way the apology would go too (not a post or an edit elsewhere that the answer's work made)."""
    path = str(getattr(getattr(error, "response", None), "url", ""))
    return isinstance(error, discord.Forbidden) and ("/webhooks/" in path or "/interactions/" in path)


def discord_trouble(error: BaseException) -> bool:
    """Whether Discord itself failed (a 5xx that outlasted discord.py's retries, or a 503 it does
    not retry): the user is told to try again shortly, and the log gets one line, no traceback."""
    if isinstance(error, app_commands.CommandInvokeError):
        error = error.original
    return isinstance(error, discord.DiscordServerError) or (
        isinstance(error, discord.HTTPException) and error.status >= 500
    )


T = TypeVar("T")


def server_permission_check(*any_of: str) -> Callable[[T], T]:
    """A check for moderator commands: run in a server, by a member with any of these permissions.

    The command's `default_member_permissions` already hides it from other members, but a server
    can override that, so the check stays. Outside a server (a client still showing an old schema)
    the answer is that the command works in a server, never a misleading missing permission.
    The first permission named is the one reported as missing.
    """
    unknown = [name for name in any_of if name not in discord.Permissions.VALID_FLAGS]
    if not any_of or unknown:
        raise TypeError(f"server_permission_check needs permission names, got {any_of!r}")

    def predicate(interaction: discord.Interaction[Any]) -> bool:
        if interaction.guild_id is None:
            raise app_commands.NoPrivateMessage()
        perms = interaction.permissions
        if perms.administrator or any(getattr(perms, name) for name in any_of):
            return True
        raise app_commands.MissingPermissions([any_of[0]])

    return app_commands.check(predicate)


def describe_error(error: BaseException) -> tuple[str, bool]:
    """The user's message for an error, and whether it is unexpected (to be logged with traceback).

    Commands and views both end here; a domain refusal arrives wrapped by discord.py."""
    if isinstance(error, app_commands.CommandInvokeError):
        error = error.original
    if isinstance(error, UserError | StorageError):
        # A storage failure was logged once where it happened; the user hears what it means.
        return error.message, False
    if discord_trouble(error):
        return DISCORD_TROUBLE, False
    if isinstance(error, app_commands.CommandOnCooldown):
        return f"Slow down a little: try again in {error.retry_after:.0f} s.", False
    if isinstance(error, app_commands.MissingPermissions):
        needed = permission_list([permission_name(p) for p in error.missing_permissions])
        return f"You need the {needed} permission for that.", False
    if isinstance(error, app_commands.BotMissingPermissions):
        needed = permission_list([permission_name(p) for p in error.missing_permissions])
        return f"I need the {needed} permission here for that.", False
    if isinstance(error, app_commands.NoPrivateMessage):
        return "That command works only in a server.", False
    if isinstance(error, app_commands.CheckFailure):
        return "You can't use that command here.", False
    if isinstance(error, app_commands.TransformerError):
        if error.type is discord.AppCommandOptionType.channel:  # resolved by Discord: it exists, unseen by the bot
            return (f"I can't see “{quote_user_text(str(error.value), limit=100)}”: give me View Channel there "
                    "(for a thread, in its channel), or pick another."), False
        return f"I couldn't understand “{quote_user_text(str(error.value), limit=100)}” for that option.", False
    return APOLOGY, True


async def answer_error(interaction: discord.Interaction[Any], error: BaseException, *, where: str) -> None:
    """End an interaction's failure: the user's answer and the log line (see the module's docstring).
    `where` names what failed in the log: "command /lore add", "button s2-report", "form lore edit"."""
    original = error.original if isinstance(error, app_commands.CommandInvokeError) else error
    if answered_elsewhere(original) or expired(original):
        assert isinstance(original, discord.HTTPException)
        note_unanswerable(interaction, original)  # no answer can reach the user now: a try would fail too
        return
    if refused_answer(original):  # nothing failed here, and the apology would be refused the same way
        assert isinstance(original, discord.HTTPException)
        log.warning("%s: Discord refused the answer to user %s (403 %s: %s); no answer can reach them",
                    where, interaction.user.id, original.code, original.text or "no detail")
        return
    message, unexpected = describe_error(original)
    if discord_trouble(original):
        assert isinstance(original, discord.HTTPException)
        log.warning("%s: Discord answered %s (%s); the user was asked to try again",
                    where, original.status, original.text or "no detail")
    if unexpected:
        log.error("%s failed for user %s in channel %s", where, interaction.user.id, interaction.channel_id,
                  exc_info=original)
    await send_ephemeral(interaction, message)


#: Marks a phone keyboard or a copy from another chat leaves in a typed option (zero-width space,
#: direction marks and isolates, byte-order mark, soft hyphen): nobody sees them, so no option
#: means them. The zero-width (non-)joiners stay: they shape emoji and some scripts.
_PASTED_MARKS = compile_later("[\u200b\u200e\u200f\u202a-\u202e\u2060-\u2064\u2066-\u2069\ufeff\u00ad\u180e]")


def _unmark_options(options: list[Any]) -> None:
    """Take the invisible marks out of every string option, in subcommands too (in place)."""
    for option in options:
        if isinstance(option.get("value"), str):
            option["value"] = _PASTED_MARKS.sub("", option["value"])
        _unmark_options(option.get("options") or [])


class HyosanTree(app_commands.CommandTree[discord.Client]):
    async def interaction_check(self, interaction: discord.Interaction[discord.Client]) -> bool:
        """Every command and autocomplete reads its options as the user sees them: "S1E3" pasted
        with a zero-width space is S1E3 (parsers and lookups then need no care of their own)."""
        data: Any = interaction.data or {}
        _unmark_options(data.get("options") or [])
        return True

    async def on_error(
        self, interaction: discord.Interaction[discord.Client], error: app_commands.AppCommandError
    ) -> None:
        command = interaction.command.qualified_name if interaction.command else "?"
        await answer_error(interaction, error, where=f"command /{command}")


async def send_ephemeral(interaction: discord.Interaction[Any], message: str) -> None:
    """Answer with a response when the interaction is fresh, else with a followup; never raise.

    The message is cut to Discord's 2000 characters, so an overlong one still arrives."""
    message = shorten(message, MAX_CONTENT)
    try:
        if interaction.response.is_done():
            await interaction.followup.send(
                message, ephemeral=True, allowed_mentions=discord.AllowedMentions.none()
            )
        else:
            await interaction.response.send_message(
                message, ephemeral=True, allowed_mentions=discord.AllowedMentions.none()
            )
    except discord.HTTPException as exc:
        note_unanswerable(interaction, exc)


class TryAgain(discord.ui.View):
    """Under a refused form's answer: opens the form again with what was typed, so a refusal loses
    nothing (a form's fields cannot be kept open by Discord once it is submitted)."""

    def __init__(self, form: Callable[[], discord.ui.Modal], *, where: str) -> None:
        super().__init__(timeout=900)
        self.form, self.where = form, where

    @discord.ui.button(label="Edit and try again", style=discord.ButtonStyle.primary)
    async def edit(self, interaction: discord.Interaction[Any], button: discord.ui.Button[Any]) -> None:
        await interaction.response.send_modal(self.form())

    async def on_error(self, interaction: discord.Interaction[Any], error: Exception, item: discord.ui.Item[Any]) -> None:
        await answer_error(interaction, error, where=self.where)
