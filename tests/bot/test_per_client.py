"""What a running bot's buttons work for, held per bot."""

from __future__ import annotations

import gc
import weakref

from bot.per_client import PerClient


class _Bot:
    """Stands in for a client: any object that can be weakly referenced."""


def test_each_bot_finds_what_it_registered_until_it_unregisters() -> None:
    services: PerClient[str] = PerClient()
    first, second = _Bot(), _Bot()
    services.register(first, "first's")
    services.register(second, "second's")
    assert (services.get(first), services.get(second)) == ("first's", "second's")
    services.unregister(first)
    services.unregister(first)  # twice is harmless (a cog unloaded after a failed load)
    assert (services.get(first), services.get(second)) == (None, "second's")


def test_holding_a_service_never_keeps_a_closed_bot_alive() -> None:
    services: PerClient[str] = PerClient()
    bot = _Bot()
    services.register(bot, "service")
    gone = weakref.ref(bot)
    del bot
    gc.collect()
    assert gone() is None
