"""The day a headline was written, on its writer's clock: a headline's "today", "tonight" and
"tomorrow" are said from there. A feed's stamp names its writer's offset ("Thu, 11 Feb 2027 21:00:00
-0800", "2027-02-11T21:00:00-08:00"): 9 p.m. in Los Angeles is already the next day in UTC, and its
"tomorrow" is the day after the 11th, not after the 12th. A stamp in UTC names no writer's clock: a
headline in Korean is then Korea's day (a Seoul morning is the day before in UTC), any other the day in
UTC. Pure functions.
"""

from __future__ import annotations

import datetime as dt
import email.utils
import re

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
