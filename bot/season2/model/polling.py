"""A source's polling state and its circuit breaker's events (db/season2/sources.py keeps them)."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass
from typing import Literal


@dataclass(frozen=True)
class SourceState:
    """A source's polling state (persisted in season2_sources)."""

    source_id: str
    kind: str
    base_url: str
    show_id: int | None = None
    etag: str | None = None
    last_modified: str | None = None
    last_poll_at: dt.datetime | None = None
    last_success_at: dt.datetime | None = None
    last_change_at: dt.datetime | None = None
    next_poll_at: dt.datetime | None = None
    consecutive_failures: int = 0
    circuit_open_until: dt.datetime | None = None
    circuit_opened_at: dt.datetime | None = None  # set while the circuit is open (one outage)
    baseline_recorded: bool = False
    last_error: str | None = None
    snapshot: str | None = None


@dataclass(frozen=True)
class CircuitEvent:
    """A source's circuit breaker opened ('opened') or closed again after an outage ('closed')."""

    kind: Literal["opened", "closed"]
    source_id: str
    source_kind: str
    base_url: str
    opened_at: dt.datetime  # identifies the outage: the same for its 'opened' and 'closed' events
    at: dt.datetime
    failures: int
    last_error: str | None
    last_success_at: dt.datetime | None
