"""The one error tree's root for the domain: a refusal meant for the person who asked.

Domain packages (lore, trivia, season 2) never import discord, so their refusals derive from
`UserError`, a plain Exception; the command tree and the views map it to an ephemeral reply
(bot/tree.py). Nothing re-wraps it on the way.
"""

from __future__ import annotations


class UserError(Exception):
    """Raised when the user should simply be told something; `message` is shown as is."""

    def __init__(self, message: str) -> None:
        super().__init__(message)
        self.message = message

    def __str__(self) -> str:
        return self.message
