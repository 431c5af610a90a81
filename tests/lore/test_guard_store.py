"""The spoiler guard's settings (bot.lore.guard.GuardStore) on a real database: what a restarted bot
reads, and what a server the bot left keeps."""

from __future__ import annotations

from bot.lore.guard import GuardStore
from db import Database

GUILD, CHANNEL, THREAD = 1, 10, 11


async def test_a_restarted_bot_still_guards_what_moderators_turned_on_and_off(db: Database) -> None:
    before = GuardStore(db)
    await before.set(GUILD, CHANNEL, True)
    await before.set(GUILD, THREAD, False)
    restarted = GuardStore(db)  # a new process: nothing in memory
    assert await restarted.source(CHANNEL, None) == CHANNEL
    assert await restarted.source(THREAD, CHANNEL) is None  # the thread's own "off" beats its channel's "on"
    assert await restarted.source(12, CHANNEL) == CHANNEL  # another thread follows its channel


async def test_a_server_the_bot_left_is_guarded_nowhere_even_after_a_restart(db: Database) -> None:
    guards = GuardStore(db)
    await guards.set(GUILD, CHANNEL, True)
    await guards.lacking(GUILD, CHANNEL)
    await guards.forget_server(GUILD)
    assert await guards.source(CHANNEL, None) is None and await guards.untold(GUILD) == []
    assert await GuardStore(db).source(CHANNEL, None) is None
