"""Moderators' reports: reading what `/season2 report` was given, and the claim it makes.

A report becomes a `Claim` (origin 'moderator') that goes through the same ingest as a source's:
an official one backs a milestone alone, an unofficial one waits for an independent second.
"""

from __future__ import annotations

import datetime as dt
import hashlib
import re
import urllib.parse

from bot.errors import UserError
from bot.season2.model import (
    RELEASE_HORIZON,
    Claim,
    Confidence,
    DateOutOfRange,
    Milestone,
    Source,
    check_day,
    check_release,
)


class ReportError(UserError):
    """A moderator's report could not be accepted; the message says why."""


def parse_report_day(text: str, today: dt.date) -> dt.date:
    """The day a source said something: 'today' or YYYY-MM-DD."""
    if text.strip().lower() == "today":
        return today
    try:
        day = dt.date.fromisoformat(text.strip())
    except ValueError:
        raise ReportError("I couldn't read the date: write it as YYYY-MM-DD, for example 2026-07-23.") from None
    if day <= today:
        try:
            check_day(day)
        except DateOutOfRange:
            raise ReportError("That date is too long ago for season 2 news: check the year.") from None
    return day


_RELATIVE = re.compile(r"^\+(\d{1,4})([dh])$")


def parse_release(text: str | None, now: dt.datetime) -> dt.datetime | None:
    """A reported release time: YYYY-MM-DD, YYYY-MM-DD HH:MM (UTC; a 'T' between them and a trailing 'UTC' allowed)
    or +10d / +36h from now (to the minute). Empty means none given."""
    if text is None or not text.strip():
        return None
    relative = _RELATIVE.match(text.strip().lower())
    if relative:
        amount = int(relative.group(1))
        delta = dt.timedelta(days=amount) if relative.group(2) == "d" else dt.timedelta(hours=amount)
        return _in_range((now + delta).replace(second=0, microsecond=0), now)
    raw = text.strip().upper().removesuffix("UTC").strip().replace("T", " ")
    for fmt in ("%Y-%m-%d %H:%M", "%Y-%m-%d"):
        try:
            parsed = dt.datetime.strptime(raw, fmt).replace(tzinfo=dt.UTC)
        except ValueError:
            continue
        return _in_range(parsed, now)
    raise ReportError(
        "I couldn't read the release date: write YYYY-MM-DD, YYYY-MM-DD HH:MM (UTC) or +10d / +36h from now."
    )


def _in_range(release_at: dt.datetime, now: dt.datetime) -> dt.datetime:
    """A release date ten years off (9999-12-31, a slip of the year) is refused, not stored."""
    try:
        return check_release(release_at, now)
    except DateOutOfRange:
        limit = (now + RELEASE_HORIZON).date()
        raise ReportError(
            f"The release date {release_at.date().isoformat()} can't be right: give one between 2000 and "
            f"{limit.isoformat()}, or leave it out."
        ) from None


def moderator_claim(
    *,
    milestone: Milestone,
    source_url: str,
    date: dt.date,
    official: bool,
    today: dt.date,
    release_at: dt.datetime | None = None,
) -> Claim:
    """A claim from `/season2 report`; refuses bad URLs and dates in the future."""
    parsed = urllib.parse.urlsplit(source_url.strip())
    if parsed.scheme not in ("http", "https") or not parsed.hostname or len(source_url) > 500:
        raise ReportError("The source must be a web address starting with http:// or https://.")
    if date > today:
        raise ReportError("The date is in the future: give the day the source said it.")
    if milestone in (Milestone.RELEASE_DATE_ANNOUNCED, Milestone.RELEASE_DATE_CHANGED) and release_at is None:
        raise ReportError("A release date report needs the release date (release_date option).")
    host = parsed.hostname.removeprefix("www.")
    confidence = Confidence.OFFICIAL if official else Confidence.REPORTED
    key = "|".join([milestone.value, source_url.strip(), date.isoformat(), confidence.value,
                    "" if release_at is None else release_at.isoformat()])
    return Claim(
        id="mod:" + hashlib.sha1(key.encode()).hexdigest()[:16],
        milestone=milestone,
        date=date,
        confidence=confidence,
        source=Source(publisher=host, title=f"{host} (moderator report)", url=source_url.strip(),
                      date=date),
        text=f"{milestone.label} ({confidence.value}), reported by a moderator",
        release_at=release_at,
        origin="moderator",
    )
