"""What /ask may learn from the live season-2 tracker: a narrow interface of plain data.

The lore engine answers from the content pack, whose season-2 claims stop where the pack was
written. While the bot runs, the season-2 side keeps the tracker's current status in memory as a
`Season2Snapshot` and offers it through a `LiveSeason2` provider; the engine reads it synchronously
(an attribute read, no I/O) and, when the snapshot holds news the pack does not
(`beyond_pack`), answers season-2 status, release and filming questions from it.

The dependency points one way: bot.season2 builds snapshots from its own status (bot/season2/live.py)
and this module imports nothing from bot.season2. The season-2 cog publishes its provider on the bot
(`publish`), and the lore cog reads it lazily at answer time (`HostedLive`), so the order in which
the cogs load does not matter. Without a provider (the `hyosan ask` CLI, tests of the pack) the
engine answers from the pack alone.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable
from dataclasses import dataclass
from typing import Protocol

#: The attribute of the bot (or any host object) that holds the season-2 provider.


@dataclass(frozen=True)
class LiveSource:
    """Where a live claim comes from (the shape of a pack source)."""

    publisher: str
    title: str
    url: str | None
    date: dt.date | None


@dataclass(frozen=True)
class Season2Snapshot:
    """The tracker's season-2 status as plain data.

    `milestone` is a milestone value as the pack spells it ("filming", "filming_wrapped",
    "release_date_announced", "released", "cancelled", ...) and `label` its name for people.
    `since` is the day it became backed, `confidence` how strongly ("official" or "reported") and
    `sources` the sources backing it (strongest first). `reached` holds every step of progress at or
    before `milestone` (empty when cancelled). The release date, when one is backed, comes with its
    own confidence, day and sources. `beyond_pack` is true when something backing the status comes
    from outside the content pack (a source the tracker polled, a moderator's report).
    """

    milestone: str
    label: str
    since: dt.date | None
    confidence: str
    sources: tuple[LiveSource, ...]
    reached: frozenset[str] = frozenset()
    release_at: dt.datetime | None = None
    release_confidence: str | None = None
    release_since: dt.date | None = None
    release_sources: tuple[LiveSource, ...] = ()
    delayed: bool = False
    delayed_since: dt.date | None = None
    beyond_pack: bool = False


class LiveSeason2(Protocol):
    def snapshot(self) -> Season2Snapshot | None:
        """The current status, or None when nothing is known; synchronous and cheap."""
        ...


class HostedLive:
    """A `LiveSeason2` that asks `lookup` for the current provider each time it is asked.

    The lore cog loads before the season-2 cog (and either may be reloaded), so the engine is
    given this and never a provider captured at load time.
    """

    def __init__(self, lookup: Callable[[], LiveSeason2 | None]) -> None:
        self.lookup = lookup

    def snapshot(self) -> Season2Snapshot | None:
        provider = self.lookup()
        return provider.snapshot() if provider is not None else None
