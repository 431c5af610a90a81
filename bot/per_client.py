"""What a running bot's persistent buttons and forms work for: a cog's service, held per bot.

A cog gives its service at load (`register`) and takes it back at unload (`unregister`); a button's
or form's own callback finds it by `interaction.client` (never by looking the cog up, which a button
of a message posted before a restart could not do reliably). Weakly held: a closed bot takes its
entry with it. Plain Python: the client is any object that can be weakly referenced.
"""

from __future__ import annotations

import weakref
from typing import Generic, TypeVar

T = TypeVar("T")


class PerClient(Generic[T]):
    """One value per running bot."""

    def __init__(self) -> None:
        self._values: weakref.WeakKeyDictionary[object, T] = weakref.WeakKeyDictionary()

    def register(self, client: object, value: T) -> None:
        self._values[client] = value

    def unregister(self, client: object) -> None:
        self._values.pop(client, None)

    def get(self, client: object) -> T | None:
        """What `client`'s buttons work for; None when the cog is not loaded."""
        return self._values.get(client)
