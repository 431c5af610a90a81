"""What tracking's writes give back (`Tracking.ingest`: Ingested; a poll: PollOutcome) and what a
successful poll stores besides its claims (SourceUpdate)."""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass

from bot.season2.model import Status, Transition
from bot.season2.model.polling import CircuitEvent, SourceState
from bot.season2.sources.base import SeenItem
from bot.show import EpisodeInfo


@dataclass(frozen=True)
class Ingested:
    """What one ingest changed."""

    transitions: tuple[Transition, ...]
    new_claims: int
    queued: int  # outbox rows added (announcements, a source's 'back' notice)
    status: Status


@dataclass(frozen=True)
class PollOutcome:
    source_id: str
    ok: bool
    not_modified: bool = False
    baseline: bool = False
    new_claims: int = 0
    transitions: tuple[Transition, ...] = ()
    error: str | None = None


@dataclass(frozen=True)
class SourceUpdate:
    """What a successful poll stores besides its claims."""

    state: SourceState
    seen: tuple[SeenItem, ...] = ()
    changed: bool = False  # the source shows something it did not show before
    closed: CircuitEvent | None = None  # the poll ended an outage
    #: The episode lists the source shows now (season -> episodes), for the show's shape.
    episodes: Mapping[int, tuple[EpisodeInfo, ...]] | None = None
