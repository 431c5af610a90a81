"""A word to a typed guess the game did not take.

A typed message has no interaction, so nothing can answer it privately: the bot reacts on the
message itself (a quiet mark only that message carries: the hourglass when the question had
already closed, the no-entry sign when the player had used their guesses). The first guess past the
limit on a question is also told why in a direct message; when the bot cannot react (no Add
Reactions in the channel), every ignored guess gets that direct message instead. Nothing here
raises: a closed DM or a missing permission costs the player the word, never the game.
"""

from __future__ import annotations

import logging

import discord

from bot.trivia.events import GuessResult
from cogs.trivia import render

log = logging.getLogger(__name__)
NONE = discord.AllowedMentions.none()

CLOSED = "\N{HOURGLASS}"
OVER_LIMIT = "\N{NO ENTRY}"
CLOSED_TEXT = "That guess came after the question had closed, so it was not counted."


async def tell_ignored(message: discord.Message, result: GuessResult) -> None:
    """React on an ignored guess (and DM the first one past the limit), or DM it when the bot can't react."""
    over = result.status == "limit"
    reacted = await _react(message, OVER_LIMIT if over else CLOSED)
    if over and (result.over_limit == 1 or not reacted):
        await direct(message, render.over_limit_text(result.limit))
    elif not over and not reacted:
        await direct(message, CLOSED_TEXT)


async def _react(message: discord.Message, emoji: str) -> bool:
    try:
        await message.add_reaction(emoji)
    except discord.HTTPException as exc:
        log.debug("could not react on message %s: %s", message.id, exc)
        return False
    return True


async def direct(message: discord.Message, text: str) -> None:
    """`text` to the author of a typed guess by DM, saying where the guess was (a fan in several
    servers, or several games, reads it in DMs with nothing else around it)."""
    try:
        await message.author.send(render.about_guess(message.channel.id, message.jump_url, text), allowed_mentions=NONE)
    except discord.HTTPException as exc:
        log.debug("could not tell %s: %s", message.author.id, exc)
