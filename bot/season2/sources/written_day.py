"""The day a headline was written, on its writer's clock: a headline's "today", "tonight" and
"tomorrow" are said from there. A feed's stamp names its writer's offset ("Thu, 11 Feb 2027 21:00:00
-0800", "2027-02-11T21:00:00-08:00"): 9 p.m. in Los Angeles is already the next day in UTC, and its
"tomorrow" is the day after the 11th, not after the 12th. A stamp in UTC names no writer's clock: a
headline in Korean is then Korea's day (a Seoul morning is the day before in UTC), any other the day in
UTC. A day said from today whose moment had already passed when it was published ("premieres today at 5
p.m. KST" stamped 11 p.m. UTC, 8 a.m. in Seoul) is said from the next day (`read_as_written`). Pure functions.
"""

from __future__ import annotations

import datetime as dt
import email.utils
import re

from bot.season2.sources.headline_parts import read_headline
from bot.season2.sources.headlines import Classified

#: Korea's time: a Korean outlet's 오늘 (today) and 내일 (tomorrow) are said from Korea's day.
_KST = dt.timezone(dt.timedelta(hours=9))
_HANGUL = re.compile(r"[\uac00-\ud7a3]")
#: An RFC 3339 stamp's offset (Atom's): "-08:00", "+0900".
_ISO_OFFSET = re.compile(r"T\d\d:\d\d(?::\d\d(?:\.\d+)?)?\s*([+-])(\d\d):?(\d\d)\s*$")
#: Offsets clocks really keep (UTC-12 to UTC+14); anything else is a broken stamp, no clock.
_FARTHEST = dt.timedelta(hours=14)


def stamp_offset(stamp: object) -> dt.timezone | None:
    """The writer's offset a feed's date stamp names, when it names one other than UTC's (None for
    "GMT", "+0000", "Z", no offset or no readable stamp)."""
    if not isinstance(stamp, str) or not stamp.strip():
        return None
    stamp = stamp.strip()[:80]
    seconds: int | None = None
    if m := _ISO_OFFSET.search(stamp):
        seconds = (1 if m.group(1) == "+" else -1) * (int(m.group(2)) * 3600 + int(m.group(3)) * 60)
    else:
        parsed = email.utils.parsedate_tz(stamp)
        seconds = parsed[9] if parsed is not None else None
    if not seconds:
        return None
    offset = dt.timedelta(seconds=seconds)
    return dt.timezone(offset) if abs(offset) <= _FARTHEST else None


def said_on(title: str, published_at: dt.datetime | None, day: dt.date) -> dt.date:
    """The day `title`'s "today" is: the day on its writer's clock when it was published at
    `published_at` (aware, in the stamp's own offset), Korea's day for a headline in Korean stamped in
    UTC; else `day` (its day in UTC, or today when the stamp is no use)."""
    if published_at is None or published_at.astimezone(dt.UTC).date() != day:
        return day  # no time, or a stamp later than today: said today
    offset = published_at.utcoffset()
    if offset:
        return published_at.date()
    if _HANGUL.search(title):
        return published_at.astimezone(_KST).date()
    return day


def read_as_written(title: str, published_at: dt.datetime | None, day: dt.date) -> tuple[Classified, ...]:
    """`headline_parts.read_headline` on the day the headline was written (`said_on`); when a moment it
    reads from that day had passed at `published_at` and the day after gives it one day later, still to
    come, the writer's day was the next one (a day said from today, where the day had begun)."""
    written = said_on(title, published_at, day)
    readings = read_headline(title, written)
    if published_at is None or published_at.astimezone(dt.UTC).date() != day or not any(r.release_at is not None and r.release_at < published_at for r in readings):
        return readings
    later = read_headline(title, written + dt.timedelta(days=1))
    moved = [(a.release_at, b.release_at) for a, b in zip(readings, later, strict=False)]
    if len(readings) == len(later) and all(
            a == b or (a is not None and b is not None and b - a == dt.timedelta(days=1) and b >= published_at)
            for a, b in moved):
        return later
    return readings
