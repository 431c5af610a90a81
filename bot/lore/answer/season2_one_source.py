"""What a season-2 status holds that waits for a second source, and what no longer waits (plain Python): a release
date or an "it is out" one source alone gives (TVmaze listing or moving the premiere), said as that and never as the
date, and the reported claims settled since (a date its source replaced, one a delay replaced, what the standing
status already says), and reported dates held back by the date that stands though two independent sources
agree on them (Netflix's official date), which wait for no second source. Read by the season-2 answers (season2_status.py, season2.py) and the status cards.
"""

from __future__ import annotations

import datetime as dt

from bot.season2.model import Claim, Milestone, Status
from bot.season2.rules import backing

_DATE_MILESTONES = frozenset({Milestone.RELEASE_DATE_ANNOUNCED, Milestone.RELEASE_DATE_CHANGED})


def outdated_dates(status: Status) -> frozenset[str]:
    """The ids of reported claims that no longer wait for a second source: a date its source has
    since replaced with a newer one of its own (TVmaze moving the premiere), a date said before the
    one that stands now gives another day (a delay, Netflix's word), a delay said before the step
    season 2 has reached since, and what the standing status already says (a premiere listing once
    season 2 is out)."""
    newest = _newest_dates(status)
    standing = max((_said_order(c) for c in status.release_backing), default=None)
    day = status.release_at.astimezone(dt.UTC).date() if status.release_at is not None else None

    def settled(claim: Claim) -> bool:
        if claim.milestone is status.milestone and claim.milestone not in _DATE_MILESTONES:
            return True
        if claim.milestone is Milestone.DELAYED and status.since is not None and claim.date < status.since.date():
            return True  # a delay of an older schedule: season 2 has reached a later step since
        if claim.release_at is None or claim.milestone not in _DATE_MILESTONES:
            return False
        if newest.get(claim.source.publisher_key, claim).id != claim.id:
            return True
        # a delay replaces the date before it, also one heard in the same poll
        delay = any(c.milestone is Milestone.DELAYED for c in status.release_backing)
        replaced = standing is not None and (_said_order(claim) < standing or (delay and _said_order(claim) == standing))
        return replaced and claim.release_at.astimezone(dt.UTC).date() != day

    return frozenset(c.id for c in status.pending if settled(c))


def held_back(status: Status) -> frozenset[str]:
    """The ids of reported dates (each source's still standing word) that two independent sources
    agree on, on another day than the date that stands: they already have their second source; what
    holds them back is the stronger date standing (Netflix's official word). Empty while no date
    stands (two reports then make the date)."""
    if status.release_at is None:
        return frozenset()
    day, outdated = status.release_at.astimezone(dt.UTC).date(), outdated_dates(status)
    days: dict[dt.date, list[Claim]] = {}
    for claim in status.pending:
        if claim.release_at is not None and claim.milestone in _DATE_MILESTONES and claim.id not in outdated:
            days.setdefault(claim.release_at.astimezone(dt.UTC).date(), []).append(claim)
    return frozenset(c.id for on, group in days.items() if on != day and backing(group) is not None for c in group)


def _newest_dates(status: Status) -> dict[str, Claim]:
    """Each source's newest release date claim, among those the status holds."""
    newest: dict[str, Claim] = {}
    for claim in (*status.release_backing, *status.backing, *status.pending):
        if claim.release_at is None or claim.milestone not in _DATE_MILESTONES:
            continue
        key = claim.source.publisher_key
        held = newest.get(key)
        if held is None or _said_order(claim) >= _said_order(held):
            newest[key] = claim
    return newest


def one_source_out(status: Status) -> Claim | None:
    """A claim that season 2 is out from one source only (TVmaze listing the premiere as aired),
    while the status has no release: neither "it is out" nor "it has not come out"."""
    out = [c for c in status.pending if c.milestone is Milestone.RELEASED]
    return out[-1] if out and len({c.source.publisher_key for c in out}) == 1 else None


def one_source_date(status: Status) -> Claim | None:
    """A release date one source gives that no date standing says (TVmaze listing the premiere, or
    moving it, before anyone else): waiting for a second source, so it is said as that, never as
    the date. A source counts by its newest word (the date it moved from is no longer its word);
    None when no single source gives one."""
    newest = _newest_dates(status)
    waiting = {c.id for c in status.pending}
    given = [c for c in newest.values() if c.id in waiting and c.release_at is not None and (
        status.release_at is None or c.release_at.date() != status.release_at.astimezone(dt.UTC).date())]
    return given[0] if len(given) == 1 else None


def _said_order(claim: Claim) -> tuple[dt.date, dt.datetime]:
    return claim.date, claim.recorded_at or dt.datetime.max.replace(tzinfo=dt.UTC)
