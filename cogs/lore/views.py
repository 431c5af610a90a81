"""The lore button: "Show me privately", a persistent DynamicItem on every public card and answer.

A public reply shows what the channel's mark allows (bot/lore/progress.py). The button answers the
member who clicks it with the same card or answer, ephemeral, at their own progress. Its custom_id
carries what is needed to rebuild the reply after a restart (Discord allows 100 characters):
`lore-private:<kind>:<argument>` with kind c (a character id), e (an episode's position code),
p (/cast: an entity ref, or nothing for the whole cast) or a (/ask: the question itself, or `#` and a
key to the question kept in the database when it is too long).

The cog registers its `LoreReplies` for the bot (`register`); the callback finds them with
`replies_of(interaction.client)` and maps any error as the command tree does.
"""

from __future__ import annotations

import re
from typing import TYPE_CHECKING, Any

import discord

from bot.per_client import PerClient
from bot.tree import answer_error, send_ephemeral

if TYPE_CHECKING:
    from cogs.lore.replies import LoreReplies

PREFIX = "lore-private"
CUSTOM_ID_LIMIT = 100
LABEL = "Show me privately"
KINDS = {"character": "c", "episode": "e", "cast": "p", "ask": "a"}
KIND_NAMES = {letter: kind for kind, letter in KINDS.items()}
UNAVAILABLE = "The lore is not available right now; try again in a moment."

#: The replies each running bot's buttons give (the cog registers them at load).
REPLIES: PerClient[LoreReplies] = PerClient()


def custom_id(kind: str, argument: str) -> str | None:
    """The button's custom_id, or None when the argument does not fit in one."""
    value = f"{PREFIX}:{KINDS[kind]}:{argument}"
    return value if len(value) <= CUSTOM_ID_LIMIT else None


class ShowPrivately(
    discord.ui.DynamicItem[discord.ui.Button[Any]],
    template=PREFIX + r":(?P<kind>[cepa]):(?P<argument>.*)",
):
    def __init__(self, kind: str, argument: str) -> None:
        ident = custom_id(kind, argument)
        if ident is None:
            raise ValueError("the argument does not fit in a custom_id")
        super().__init__(discord.ui.Button(label=LABEL, style=discord.ButtonStyle.secondary, custom_id=ident))
        self.kind, self.argument = kind, argument

    @classmethod
    async def from_custom_id(
        cls, interaction: discord.Interaction[Any], item: discord.ui.Item[Any], match: re.Match[str], /
    ) -> ShowPrivately:
        return cls(KIND_NAMES[match["kind"]], match["argument"])

    async def callback(self, interaction: discord.Interaction[Any]) -> None:
        replies = REPLIES.get(interaction.client)
        if replies is None:
            await send_ephemeral(interaction, UNAVAILABLE)
            return
        try:
            await replies.show_privately(interaction, self.kind, self.argument)
        except Exception as error:
            await answer_error(interaction, error, where=f"button Show me privately ({self.kind} {self.argument!r})")


def private_view(kind: str, argument: str) -> discord.ui.View:
    """The button under a public reply, in a view that is stopped before it is sent: a click reaches
    the ShowPrivately class the cog registers (by its custom_id), never the view, so discord.py need
    keep nothing of it per message, and the view, only read for its components, can serve again."""
    view = discord.ui.View(timeout=None)
    view.add_item(ShowPrivately(kind, argument))
    view.stop()
    return view
