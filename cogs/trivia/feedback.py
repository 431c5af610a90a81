"""A word to a typed guess the game did not take.

A typed message has no interaction, so nothing can answer it privately: the bot reacts on the
message itself (a quiet mark only that message carries: the hourglass when the question had
already closed, the no-entry sign when the player had used their guesses). The first guess past the
limit on a question is also told why in a direct message; when the bot cannot react (no Add
Reactions in the channel), every ignored guess gets that direct message instead. Nothing here
raises: a closed DM or a missing permission costs the player the word, never the game. A choice
typed in a buttons game ("b!!") counts for nothing there: its player is told so once a game, by
name (never a ping), in words that show nothing of the answer; who was told is kept by the running
bot's games (ButtonsPointer, held by cogs/trivia/host.py) and forgotten when the game ends.
"""

from __future__ import annotations

import logging
import re

import discord

from bot.trivia.events import GuessResult
from bot.trivia.service import GameService
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


# "b", "C!!", "its d", "is it a?": a choice typed in chat, as a fan used to typed games answers.
_CHOICE_TYPED = re.compile(r"^\W*(?:(?:it ?'?s|is it|answer|i think|i say|def|definitely)\W+)?[a-d]\W*$", re.I)
BUTTONS_ONLY_TEXT = (
    "This game is answered with the buttons under the question: a typed answer doesn't count here "
    "(and shows everyone your pick)."
)


class ButtonsPointer:
    """Who was told to use the buttons in each running game, so each hears it once a game. It
    belongs to the running bot's games (cogs/trivia/host.py), which forget a game's when it ends."""

    def __init__(self) -> None:
        self._told: dict[int, set[int]] = {}  # game -> players told

    def forget(self, game_id: int) -> None:
        self._told.pop(game_id, None)

    def clear(self) -> None:
        self._told.clear()

    def __len__(self) -> int:
        """How many games some player was told in (and not yet forgotten)."""
        return len(self._told)

    async def point(self, service: GameService, message: discord.Message) -> None:
        """A choice typed in chat while a buttons game runs there is no answer: its player is told
        so, once a game, instead of hearing "nobody answered" at the reveal."""
        if not _CHOICE_TYPED.match(message.content.strip()):
            return
        game = await service.game_in(message.channel.id)
        if game is None or game.mode != "buttons":
            return
        told = self._told.setdefault(game.id, set())
        if message.author.id in told:
            return
        told.add(message.author.id)
        try:
            await message.channel.send(f"<@{message.author.id}> {BUTTONS_ONLY_TEXT}", allowed_mentions=NONE)
        except discord.HTTPException as exc:
            log.debug("could not point %s to the buttons: %s", message.author.id, exc)
