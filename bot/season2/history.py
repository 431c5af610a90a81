"""Replaying claims day by day through the status rules (bot/season2/rules.py): the transitions
of a timeline, each with its claims, and the claims as they stood on a day (`as_of`)."""

from __future__ import annotations

import datetime as dt
import functools
from collections.abc import Iterable, Sequence
from dataclasses import replace

from bot.season2.model import Claim, Standing, Status, Transition
from bot.season2.rules import claim_order, compute_status, diff


def as_of(claims: Sequence[Claim], day: dt.date, everything: Sequence[Claim] | None = None) -> list[Claim]:
    """The claims known on `day`, each with the standing it had then.

    A claim refuted (or superseded) by another claim counts as standing until that claim's date;
    one refuted by something that is not a claim (a note, a source) is refuted from the start.
    """
    known = {c.id: c for c in (everything if everything is not None else claims)}
    out: list[Claim] = []
    for claim in claims:
        if claim.date > day:
            continue
        by = claim.refuted_by if claim.standing is Standing.REFUTED else None
        if claim.standing is Standing.SUPERSEDED:
            by = claim.superseded_by
        if by is not None and by in known and known[by].date > day:
            claim = replace(claim, standing=Standing.STANDING)
        out.append(claim)
    return out


def history(claims: Iterable[Claim], start: Status | None = None) -> list[Transition]:
    """Replay claims in date order; the transitions, oldest first (no change is reported twice)."""
    every = tuple(sorted(claims, key=claim_order))
    cached = start is None and all(c.recorded_at is None for c in every)  # (a Claim key omits recorded_at)
    return list(_replayed(every)) if cached else _replay(every, start if start is not None else Status.empty())


@functools.lru_cache(maxsize=4)
def _replayed(every: tuple[Claim, ...]) -> tuple[Transition, ...]:
    return tuple(_replay(every, Status.empty()))


def _replay(every: tuple[Claim, ...], status: Status) -> list[Transition]:
    out: list[Transition] = []
    seen: set[str] = set()
    for day in sorted({c.date for c in every}):
        new = compute_status(as_of(every, day))
        for transition in diff(status, new):
            if transition.id not in seen:
                seen.add(transition.id)
                out.append(transition)
        status = new
    return out
