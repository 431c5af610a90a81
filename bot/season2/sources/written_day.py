"""The day a headline was written, on its writer's clock: a headline's "today", "tonight" and
"tomorrow" are said from there. A feed's stamp names its writer's offset ("Thu, 11 Feb 2027 21:00:00
-0800", "2027-02-11T21:00:00-08:00"): 9 p.m. in Los Angeles is already the next day in UTC, and its
"tomorrow" is the day after the 11th, not after the 12th. A stamp in UTC names no writer's clock: a
headline in Korean is then Korea's day (a Seoul morning is the day before in UTC), one in Japanese Japan's, one in
Chinese China's (UTC+8); any other may have
been written anywhere from Hawaii to Korea, and when those hold two days at the stamp (03:00 UTC is
a Los Angeles evening and a Seoul noon), a day said from today is read as a window of both, never a guess, unless the feed's other stamps or the outlet's home name the clock
(`outlet_zones.py`: Variety's "tomorrow" is said on a US day). A day said from today whose moment had already passed when it was published ("premieres today at 5
p.m. KST" stamped 11 p.m. UTC, 8 a.m. in Seoul) is said from the next day (`read_as_written`). Pure functions.
"""

from __future__ import annotations

import datetime as dt
import email.utils

from bot.lazy_re import compile_later
from bot.season2.day_spans import span_label
from bot.season2.model import Milestone
from bot.season2.sources.headline_parts import read_headline
from bot.season2.sources.headlines import Classified
from bot.season2.sources.outlet_zones import local_days
from bot.season2.windows import Window
from bot.text import HANGUL
from bot.zones import KST

_KANA = compile_later(r"[\u3041-\u3096\u30a1-\u30fa]")
_HAN = compile_later(r"[\u4e00-\u9fff]")
# A headline's script names its outlet's clock when a stamp in UTC does not: Korean is Korea's (UTC+9), Japanese
# (kana) Japan's (UTC+9), Chinese (Han, no kana) China's, Taiwan's and Hong Kong's (UTC+8).
_HOME_CLOCKS = ((HANGUL, KST), (_KANA, dt.timezone(dt.timedelta(hours=9))), (_HAN, dt.timezone(dt.timedelta(hours=8))))


def _home_clock(title: str) -> dt.tzinfo | None:
    """The clock of the country whose script `title` is written in, for Korean, Japanese and Chinese; else None."""
    return next((clock for script, clock in _HOME_CLOCKS if script.search(title)), None)


#: An RFC 3339 stamp's offset (Atom's): "-08:00", "+0900".
_ISO_OFFSET = compile_later(r"T\d\d:\d\d(?::\d\d(?:\.\d+)?)?\s*([+-])(\d\d):?(\d\d)\s*$")
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


def said_on(title: str, published_at: dt.datetime | None, day: dt.date, zones: tuple[dt.tzinfo, ...] = ()) -> dt.date:
    """The day `title`'s "today" is: the day on its writer's clock when it was published at
    `published_at` (aware, in the stamp's own offset), Korea's, Japan's or China's day for a headline in their
    script stamped in UTC, the day the writer's known `zones` (`outlet_zones`) all held then; else `day` (its day in UTC,
    or today when the stamp is no use)."""
    if published_at is None or published_at.astimezone(dt.UTC).date() != day:
        return day  # no time, or a stamp later than today: said today
    offset = published_at.utcoffset()
    if offset:
        return published_at.date()
    if (home := _home_clock(title)) is not None:  # a Korean outlet's 오늘 (today) and 내일 (tomorrow), a Japanese
        return published_at.astimezone(home).date()  # one's 今日 and 明日, are said from its country's day
    if zones and len(days := local_days(published_at, zones)) == 1:
        return days[0]
    return day


#: Where English-language news of the show is written, when a stamp in UTC does not say: from Hawaii
#: (UTC-10) through the Americas and Europe to Korea and Japan (UTC+9). When that span holds two days at
#: the stamp (from 15:00 to 09:59 UTC), "tomorrow" is one of two.
_WESTMOST, _EASTMOST = dt.timedelta(hours=-10), KST.utcoffset(None)


def writer_days(title: str, published_at: dt.datetime | None, day: dt.date,
                zones: tuple[dt.tzinfo, ...] = ()) -> tuple[dt.date, ...]:
    """The days the writer's "today" can be: `said_on`'s, or the days a stamp in UTC falls on where the
    writer may be for a headline not in Korean, Japanese or Chinese: on the clocks the feed or the outlet is known to keep
    (`zones`), else anywhere between Hawaii and Korea (a 7 p.m. Los Angeles post stamped 03:00 UTC)."""
    written = said_on(title, published_at, day, zones)
    if (published_at is None or published_at.utcoffset() or _home_clock(title) is not None
            or published_at.astimezone(dt.UTC).date() != day):
        return (written,)
    if zones:
        return local_days(published_at, zones)
    return tuple(sorted({(published_at + _WESTMOST).date(), (published_at + _EASTMOST).date()}))


def read_as_written(title: str, published_at: dt.datetime | None, day: dt.date,
                    zones: tuple[dt.tzinfo, ...] = ()) -> tuple[Classified, ...]:
    """`headline_parts.read_headline` on the day the headline was written (`writer_days`). A day whose
    reading names a moment already past at `published_at` was not the writer's. When two days stay
    possible and their readings differ ("premieres tomorrow" stamped 03:00 UTC), no day is guessed: a
    moment that differs becomes the window of both days ("12 or 13 February 2027")."""
    days = writer_days(title, published_at, day, zones)
    if len(days) == 1:
        return _on_day(title, published_at, day, days[0])
    options = [read_headline(title, d) for d in days]
    assert published_at is not None  # two days come from a stamp only
    to_come = [o for o in options if not any(_past(r, published_at) for r in o)]
    if not to_come:
        return _on_day(title, published_at, day, said_on(title, published_at, day, zones))
    if len(to_come) == 1 or all(o == to_come[0] for o in to_come):
        return to_come[0]
    first, *others = to_come
    if any(len(o) != len(first) for o in others):
        return ()  # the days read differently altogether: nothing said for sure
    return tuple(_either(reading, [o[n] for o in others]) for n, reading in enumerate(first))


def _past(reading: Classified, published_at: dt.datetime) -> bool:
    """Whether a reading's moment had passed when it was published (a day without its time: once that
    day was over in UTC)."""
    at = reading.release_at
    if at is None:
        return False
    return at < published_at if reading.time_given else at + dt.timedelta(days=1) <= published_at


def _either(reading: Classified, alternatives: list[Classified]) -> Classified:
    """One reading of a headline two possible writer's days read differently: as it is when they agree,
    else a window spanning the days its moment can fall on."""
    moments = [a.release_at for a in alternatives]
    if reading.release_at is None or all(m == reading.release_at for m in moments):
        return reading
    days = sorted(m.astimezone(dt.UTC).date() for m in [reading.release_at, *moments] if m is not None)
    dated = (Milestone.RELEASE_DATE_ANNOUNCED, Milestone.RELEASE_DATE_CHANGED)
    milestone = Milestone.RELEASE_WINDOW if reading.milestone in dated else reading.milestone
    window = Window(span_label(days[0], days[-1], "or" if len(set(days)) == 2 else "to"), days[0], days[-1])
    return Classified(milestone, reading.confidence, None, window)


def _on_day(title: str, published_at: dt.datetime | None, day: dt.date, written: dt.date) -> tuple[Classified, ...]:
    """`read_headline` on `written`; when a moment it reads from that day had passed at `published_at`
    and the day after gives it one day later, still to come, the writer's day was the next one (a day
    said from today, where the day had begun)."""
    readings = read_headline(title, written)
    if published_at is None or published_at.astimezone(dt.UTC).date() != day or not any(_past(r, published_at) for r in readings):
        return readings
    later = read_headline(title, written + dt.timedelta(days=1))
    moved = [(a.release_at, b.release_at) for a, b in zip(readings, later, strict=False)]
    if len(readings) == len(later) and all(
            a == b or (a is not None and b is not None and b - a == dt.timedelta(days=1) and b >= published_at)
            for a, b in moved):
        return later
    return readings
