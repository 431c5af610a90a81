"""Errors that carry a message meant for the person who used a command."""

from __future__ import annotations

from discord import app_commands


class UserFacingError(app_commands.AppCommandError):
    """Raised by a command when the user should simply be told something (shown ephemerally)."""

    def __init__(self, message: str) -> None:
        super().__init__(message)
        self.message = message
