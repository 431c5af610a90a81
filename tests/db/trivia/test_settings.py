"""A server's settings: the model's defaults, then its changes."""

from __future__ import annotations

from bot.trivia.model import TriviaSettings
from db.connection import Database
from db.trivia import settings as settings_store


async def test_settings_default_then_change(db: Database) -> None:
    async with db.read() as conn:
        assert (await settings_store.get_settings(conn, 1)).answer_seconds == 20
    async with db.transaction() as conn:
        await settings_store.update_settings(conn, 1, answer_seconds=7, disabled_lists=["b", "a"], reveal_answers=False)
    async with db.read() as conn:
        settings = await settings_store.get_settings(conn, 1)
    assert settings.answer_seconds == 7
    assert settings.disabled_lists == ("a", "b")
    assert settings.reveal_answers is False
    assert TriviaSettings.from_json(settings.to_json()) == settings
