"""Moderators' reports: reading what `/season2set report` was given, and the claim it makes.

A report becomes a `Claim` (origin 'moderator') that goes through the same ingest as a source's:
an official one backs a milestone alone; an unofficial one counts only beside a source's report
(bot/season2/rules.py), so moderators' unofficial reports alone never move the status.

What a report may hold, so that it can't hurt:
- its source is the address of a public web page (bot/urls.py: http(s), a public domain name, no
  IP address, credentials or odd port); it is shown as a link, never pinged;
- the day the source said it lies between season 1's release (nothing about a season 2 predates
  the show) and today;
- a release date lies after season 1's release and at most five years ahead, and agrees with the
  milestone: an announced or changed date is not before the day it was announced, a delay's new
  date comes after it, a release already happened; other milestones take no release date.
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
    check_release,
)
from bot.show import SEASON_ONE_RELEASE
from bot.urls import UrlRefused, check_public_url


class ReportError(UserError):
    """A moderator's report could not be accepted; the message says why."""


#: Nothing about a season 2 can be said before the show existed (season 1's release).
SHOW_BEGAN = SEASON_ONE_RELEASE.date()
#: How far ahead a release date may be and still be meant.
FURTHEST_RELEASE = dt.timedelta(days=5 * 366)
_DATED = (Milestone.RELEASE_DATE_ANNOUNCED, Milestone.RELEASE_DATE_CHANGED, Milestone.DELAYED, Milestone.RELEASED)
_NEEDS_DATE = (Milestone.RELEASE_DATE_ANNOUNCED, Milestone.RELEASE_DATE_CHANGED)
_MONTHS = {
    name: number for number, names in enumerate((
        ("jan", "january"), ("feb", "february"), ("mar", "march"), ("apr", "april"), ("may",), ("jun", "june"),
        ("jul", "july"), ("aug", "august"), ("sep", "sept", "september"), ("oct", "october"),
        ("nov", "november"), ("dec", "december"),
    ), start=1) for name in names
}
_DAY_FIRST = re.compile(r"^(\d{1,2})(?:st|nd|rd|th)?\s+(?:of\s+)?([a-z]+)\.?,?\s+(\d{4})$")  # 1 March 2026
_MONTH_FIRST = re.compile(r"^([a-z]+)\.?\s+(\d{1,2})(?:st|nd|rd|th)?,?\s+(\d{4})$")  # March 1, 2026
_NUMERIC = re.compile(r"^(\d{1,4})[/.-](\d{1,2})[/.-](\d{1,4})$")  # 2026/03/01, 23.7.2025, 7/23/2025
_TIME = re.compile(r"^(.*?)[\st,]+(?:at\s+)?(\d{1,2})(?::(\d{2}))?\s*(am|pm)?$")
_DATE_HELP = "write it as YYYY-MM-DD (2026-07-23) or with the month's name (23 July 2026)"


def read_day(text: str, today: dt.date) -> dt.date | None:
    """A day as moderators write it: 2026-07-23, 2026/07/23, 23 July 2026, July 23rd, 2026,
    23.7.2026, 7/23/2026 (only when the order is plain: a day over 12), today, yesterday."""
    norm = " ".join(text.strip().lower().split())
    if norm == "today":
        return today
    if norm == "yesterday":
        return today - dt.timedelta(days=1)
    try:
        if (m := _DAY_FIRST.match(norm)) and m.group(2) in _MONTHS:
            return dt.date(int(m.group(3)), _MONTHS[m.group(2)], int(m.group(1)))
        if (m := _MONTH_FIRST.match(norm)) and m.group(1) in _MONTHS:
            return dt.date(int(m.group(3)), _MONTHS[m.group(1)], int(m.group(2)))
        if m := _NUMERIC.match(norm):
            a, b, c = (int(g) for g in m.groups())
            if len(m.group(1)) == 4:
                return dt.date(a, b, c)
            if len(m.group(3)) != 4:
                return None
            if a > 12 >= b:
                return dt.date(c, b, a)  # 23/7/2026
            if b > 12 >= a:
                return dt.date(c, a, b)  # 7/23/2026
            return dt.date(c, b, a) if a == b else None  # 3/4/2026 could be either
    except ValueError:
        return None
    return None


def _unreadable(what: str, text: str) -> str:
    numeric = _NUMERIC.match(" ".join(text.strip().lower().split()))
    if numeric and len(numeric.group(3)) == 4 and int(numeric.group(1)) <= 12 and int(numeric.group(2)) <= 12:
        a, b = int(numeric.group(1)), int(numeric.group(2))
        months = ("January", "February", "March", "April", "May", "June", "July", "August", "September",
                  "October", "November", "December")
        return (f"I couldn't tell the {what}: {a} {months[b - 1]} or {b} {months[a - 1]}? {_DATE_HELP[0].upper()}"
                f"{_DATE_HELP[1:]}.")
    return f"I couldn't read the {what}: {_DATE_HELP}."


def parse_report_day(text: str, today: dt.date) -> dt.date:
    """The day a source said something (see `read_day`)."""
    day = read_day(text, today)
    if day is None:
        raise ReportError(_unreadable("date", text))
    return day  # its range is checked with the milestone (check_dates)


_RELATIVE = re.compile(r"^\+(\d{1,4})([dh])$")


def parse_release(text: str | None, now: dt.datetime) -> dt.datetime | None:
    """A reported release time in UTC: a day as `read_day` reads it, with a time or without
    (2027-03-14 17:00, 2027-03-14T17:00 UTC, 14 March 2027 5pm), or +10d / +36h from now (to the
    minute). Empty means none given."""
    if text is None or not text.strip():
        return None
    raw = " ".join(text.strip().lower().removesuffix("utc").removesuffix("z").split())
    relative = _RELATIVE.match(raw)
    if relative:
        amount = int(relative.group(1))
        delta = dt.timedelta(days=amount) if relative.group(2) == "d" else dt.timedelta(hours=amount)
        return _in_range((now + delta).replace(second=0, microsecond=0), now)
    day = read_day(raw, now.date())
    hour = minute = 0
    if day is None and (timed := _TIME.match(raw)):
        day = read_day(timed.group(1), now.date())
        hour, minute = int(timed.group(2)), int(timed.group(3) or 0)
        if timed.group(4) and not 1 <= hour <= 12:
            day = None  # "13pm" is no time
        elif timed.group(4) == "pm" and hour < 12:
            hour += 12
        elif timed.group(4) == "am" and hour == 12:
            hour = 0
        if timed.group(3) is None and timed.group(4) is None:
            day = None  # "2027-03-14 17" is not a time
    if day is None or hour > 23 or minute > 59:
        raise ReportError(
            f"{_unreadable('release date', raw)[:-1]}, optionally with a time in UTC (17:00), or +10d / +36h "
            "from now."
        )
    return _in_range(dt.datetime(day.year, day.month, day.day, hour, minute, tzinfo=dt.UTC), now)


def check_source_url(text: str) -> str:
    """The address of a public web page, or ReportError saying what is wrong with it."""
    try:
        return check_public_url(text)
    except UrlRefused as exc:
        raise ReportError(exc.message) from None


def check_dates(milestone: Milestone, date: dt.date, release_at: dt.datetime | None, now: dt.datetime) -> None:
    """The report's day and release date, checked against the show's history and the milestone."""
    today = now.date()
    if date > today:
        raise ReportError("The date is in the future: give the day the source said it.")
    if date < SHOW_BEGAN:
        raise ReportError(
            f"That date is before the show existed (season 1 came out on {SHOW_BEGAN.isoformat()}): "
            "give the day the source said it."
        )
    if milestone in _NEEDS_DATE and release_at is None:
        raise ReportError("A release date report needs the release date (release_date option).")
    if release_at is None:
        return
    if milestone not in _DATED:
        raise ReportError(
            f"A {milestone.label.lower()} report takes no release date; report the date as "
            "release date announced."
        )
    if release_at <= SEASON_ONE_RELEASE:
        raise ReportError(f"Season 2 can't come out before season 1 did ({SHOW_BEGAN.isoformat()}).")
    if release_at > now + FURTHEST_RELEASE:
        raise ReportError("That release date is more than five years away; check the year.")
    said = dt.datetime(date.year, date.month, date.day, tzinfo=dt.UTC)
    if milestone is Milestone.RELEASED and release_at > now:
        raise ReportError("A release that hasn't happened yet is a release date: report release date announced.")
    if milestone in _NEEDS_DATE and release_at < said:
        raise ReportError(
            "That release date is before the day it was announced; if it is out, report it as released."
        )
    if milestone is Milestone.DELAYED and release_at <= said:
        raise ReportError("A delay's new release date comes after the day the delay was announced.")
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
    now: dt.datetime,
    release_at: dt.datetime | None = None,
) -> Claim:
    """A claim from `/season2set report`, refused (ReportError) unless it passes the checks above."""
    url = check_source_url(source_url)
    check_dates(milestone, date, release_at, now)
    host = (urllib.parse.urlsplit(url).hostname or "").lower().removeprefix("www.")
    confidence = Confidence.OFFICIAL if official else Confidence.REPORTED
    key = "|".join([milestone.value, url, date.isoformat(), confidence.value,
                    "" if release_at is None else release_at.isoformat()])
    return Claim(
        id="mod:" + hashlib.sha1(key.encode()).hexdigest()[:16],
        milestone=milestone,
        date=date,
        confidence=confidence,
        source=Source(publisher=host, title=f"{host} (moderator report)", url=url, date=date),
        text=f"{milestone.label} ({confidence.value}), reported by a moderator",
        release_at=release_at,
        origin="moderator",
    )
