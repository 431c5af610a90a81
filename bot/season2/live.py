"""COMPATIBILITY SHIM until the lore move lands; delete it with bot/lore/live.py.

/ask still reads season 2 through bot/lore/live.py's `LiveSeason2` protocol; `StatusSnapshots` is
that provider over the one `CurrentStatus` (`Hyosan.season2_status`), building a `Season2Snapshot`
from `current.status` as it stands: no copy, no refresh, no stale flag. Once the lore engine reads
`bot.season2_status.status` itself, nothing imports this module.
"""

from __future__ import annotations

from collections.abc import Iterable

from bot.lore.live import LiveSource, Season2Snapshot
from bot.season2.model import PROGRESS_MILESTONES, Claim, Milestone, Status, strongest
from bot.season2.tracking import CurrentStatus

MAX_SOURCES = 3


def _sources(claims: Iterable[Claim]) -> tuple[LiveSource, ...]:
    """Strongest first, then newest; one per publisher."""
    ordered = sorted(claims, key=lambda c: (-c.confidence.strength, -c.date.toordinal(), c.id))
    seen: dict[str, LiveSource] = {}
    for claim in ordered:
        source = claim.source
        seen.setdefault(
            source.publisher_key,
            LiveSource(source.publisher, source.title, source.url, source.date or claim.date),
        )
    return tuple(seen.values())[:MAX_SOURCES]


def snapshot_of(status: Status) -> Season2Snapshot | None:
    """The status as plain data; None before anything backs a milestone."""
    if status.milestone is None:
        return None
    milestone = status.milestone
    if milestone is Milestone.CANCELLED:
        reached: frozenset[str] = frozenset()
    else:
        rank = milestone.rank if milestone.rank is not None else -1
        reached = frozenset(m.value for m in PROGRESS_MILESTONES[: rank + 1])
    backing = status.backing
    every = (*backing, *status.release_backing, *status.delay_backing)
    return Season2Snapshot(
        milestone=milestone.value,
        label=milestone.label,
        since=status.since.date() if status.since else None,
        confidence=strongest(backing).value if backing else "official",
        sources=_sources(backing),
        reached=reached,
        release_at=status.release_at,
        release_confidence=strongest(status.release_backing).value if status.release_backing else None,
        release_since=status.release_since.date() if status.release_since else None,
        release_sources=_sources(status.release_backing),
        delayed=status.delayed,
        delayed_since=status.delayed_since.date() if status.delayed_since else None,
        beyond_pack=any(claim.origin != "lore" for claim in every),
    )


class StatusSnapshots:
    """A `bot.lore.live.LiveSeason2` over the one current status: no copy of its own, no refresh."""

    def __init__(self, current: CurrentStatus) -> None:
        self.current = current
        self._built: tuple[Status, Season2Snapshot | None] | None = None

    def snapshot(self) -> Season2Snapshot | None:
        status = self.current.status
        if self._built is None or self._built[0] is not status:
            self._built = (status, snapshot_of(status))  # rebuilt once per published status
        return self._built[1]
