"""Shared by the lore tests."""

from __future__ import annotations

import functools

from bot.lore.content import bundled_pack
from bot.lore.names import NameResolver


@functools.cache
def bundled_resolver() -> NameResolver:
    """The resolver for the bundled pack, built once for the whole run."""
    return NameResolver.from_pack(bundled_pack())
