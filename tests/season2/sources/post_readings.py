"""A fan's post read as the feeds read it, each claim as one line ("release_date_announced reported 2027-03-19"):
what the self-correction and beside-other-words tests compare."""

from __future__ import annotations

import datetime as dt

from bot.season2.sources.rss import FeedItem, claims_from_items

WRITTEN = dt.date(2027, 2, 1)


def readings(post: str, written: dt.date = WRITTEN, *, hours: bool = False) -> set[str]:
    """Each claim's milestone, confidence and day (and its hour where the post gives one, with `hours`)."""
    claims, _ = claims_from_items([FeedItem(post, None, "x.com", written)], written)
    out = set()
    for claim in claims:
        day = "" if claim.release_at is None else " " + claim.release_at.strftime("%Y-%m-%d")
        hour = claim.release_at.strftime(" %H:%M") if hours and claim.release_at is not None and claim.time_given else ""
        out.add(f"{claim.milestone.value} {claim.confidence.value}{day}{hour}")
    return out
