"""The season-2 status as a snapshot of plain data, offered on the bot as `Hyosan.live_season2`.

`LiveStatus` keeps one `Season2Snapshot` in memory (plain data built from a `Status`). The service
refreshes it at start and after anything that may have changed the status has committed (a
moderator's report, a poll that stored claims, a recorded transition), and each refresh is
published to the bot's one `CurrentStatus` (`Hyosan.season2_status`), which /ask reads. This module
goes away with the season-2 move, whose tracking publishes to that object itself.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterable
from dataclasses import dataclass
from typing import Protocol

from bot.season2.model import PROGRESS_MILESTONES, Claim, Milestone, Status, strongest
from bot.season2.tracking import CurrentStatus


@dataclass(frozen=True)
class LiveSource:
    """Where a live claim comes from (the shape of a pack source)."""

    publisher: str
    title: str
    url: str | None
    date: dt.date | None


@dataclass(frozen=True)
class Season2Snapshot:
    """The tracker's season-2 status as plain data (see `snapshot_of`)."""

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


class LiveStatus:
    """A `LiveSeason2` over the latest status it was given, also published to the bot's one
    `CurrentStatus` once `publish_to` names it (the bridge until tracking publishes there itself)."""

    def __init__(self) -> None:
        self._snapshot: Season2Snapshot | None = None
        self._status: Status | None = None
        self._current: CurrentStatus | None = None
        self.stale = False

    def snapshot(self) -> Season2Snapshot | None:
        return self._snapshot

    def publish_to(self, current: CurrentStatus) -> None:
        self._current = current
        if self._status is not None:
            current.publish(self._status)

    def update(self, status: Status) -> Season2Snapshot | None:
        self._snapshot = snapshot_of(status)
        self._status = status
        self.stale = False
        if self._current is not None:
            self._current.publish(status)
        return self._snapshot
