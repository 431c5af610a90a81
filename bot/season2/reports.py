"""Moderators' reports: reading what `/season2set report` was given, and the claim it makes.

A report becomes a `Claim` (origin 'moderator') that goes through the same ingest as a source's:
an official one backs a milestone alone, an unofficial one waits for an independent second.
"""

from __future__ import annotations

import datetime as dt
import hashlib
import re
import urllib.parse

from bot.errors import UserError
from bot.season2.model import Claim, Confidence, Milestone, Source


class ReportError(UserError):
    """A moderator's report could not be accepted; the message says why."""


def parse_report_day(text: str, today: dt.date) -> dt.date:
    """The day a source said something: 'today' or YYYY-MM-DD."""
    if text.strip().lower() == "today":
        return today
    try:
        return dt.date.fromisoformat(text.strip())
    except ValueError:
        raise ReportError("I couldn't read the date: write it as YYYY-MM-DD, for example 2026-07-23.") from None


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
        return (now + delta).replace(second=0, microsecond=0)
    raw = text.strip().upper().removesuffix("UTC").strip().replace("T", " ")
    for fmt in ("%Y-%m-%d %H:%M", "%Y-%m-%d"):
        try:
            return dt.datetime.strptime(raw, fmt).replace(tzinfo=dt.UTC)
        except ValueError:
            continue
    raise ReportError(
        "I couldn't read the release date: write YYYY-MM-DD, YYYY-MM-DD HH:MM (UTC) or +10d / +36h from now."
    )


def moderator_claim(
    *,
    milestone: Milestone,
    source_url: str,
    date: dt.date,
    official: bool,
    today: dt.date,
    release_at: dt.datetime | None = None,
) -> Claim:
    """A claim from `/season2set report`; refuses bad URLs and dates in the future."""
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
