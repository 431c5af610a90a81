"""Where a headline stamped in UTC was written, when something other than its stamp says so: "premieres
tomorrow" stamped 03:00 UTC is the 12th's tomorrow in Los Angeles and the 13th's in Seoul, and only
the writer's clock decides (`written_day.writer_days`). Two things can, without guessing:

- the feed's own clock: another stamp in the same feed (its channel's, another item's) that names an
  offset ("-0800") says where the feed is written;
- the outlet's home: an outlet whose newsroom is in one country (Variety and Deadline in the US, the BBC
  in the UK, a `.kr` site in Korea) writes on that country's clocks, summer time included.

An outlet with writers everywhere (Soompi, Koreaboo, Screen Rant, What's on Netflix) or one not known
names no clock: its "tomorrow" stays a window of both days. Pure functions.
"""

from __future__ import annotations

import datetime as dt
import zoneinfo

from bot.zones import US_COASTS

_UK = ("Europe/London",)
#: Outlets whose newsrooms are in the US (their hosts, without "www.").
_US_OUTLETS = frozenset({
    "variety.com", "deadline.com", "hollywoodreporter.com", "tvline.com", "thewrap.com", "indiewire.com",
    "ew.com", "vulture.com", "decider.com", "tvinsider.com", "tvguide.com", "people.com", "polygon.com",
    "cnet.com", "nytimes.com", "latimes.com", "usatoday.com", "comicbook.com",
})
#: A country's own domain: its outlets write on its clocks.
_COUNTRY_DOMAINS = {
    ".kr": ("Asia/Seoul",), ".jp": ("Asia/Tokyo",), ".sg": ("Asia/Singapore",), ".ph": ("Asia/Manila",),
    ".uk": _UK, ".in": ("Asia/Kolkata",),
}
#: British outlets on a ".com".
_UK_OUTLETS = frozenset({"radiotimes.com", "nme.com", "digitalspy.com", "independent.co.uk"})


def home_zones(publisher: str) -> tuple[dt.tzinfo, ...]:
    """The clocks an outlet's newsroom keeps, by its site ("variety.com", "www.bbc.co.uk"); () when it
    is not one country's or not known (or the time zone database is missing)."""
    host = publisher.strip().lower().removeprefix("https://").removeprefix("http://").split("/")[0]
    host = host.removeprefix("www.")
    names: tuple[str, ...] = ()
    if host in _US_OUTLETS:
        names = US_COASTS  # a US newsroom: from the Pacific to the Eastern clock
    elif host in _UK_OUTLETS:
        names = _UK
    else:
        names = next((zones for suffix, zones in _COUNTRY_DOMAINS.items() if host.endswith(suffix)), ())
    try:
        return tuple(zoneinfo.ZoneInfo(name) for name in names)
    except zoneinfo.ZoneInfoNotFoundError:
        return ()  # no database: no clock known, no guess


def feed_zones(offsets: list[dt.timezone | None]) -> tuple[dt.tzinfo, ...]:
    """The clocks a feed's own stamps name (`written_day.stamp_offset` of each; None for one in UTC or
    none): each offset seen once, () when none names one."""
    return tuple(dict.fromkeys(offset for offset in offsets if offset is not None))


def local_days(at: dt.datetime, zones: tuple[dt.tzinfo, ...]) -> tuple[dt.date, ...]:
    """The days `at` falls on, on each of `zones`' clocks (summer time as it was then), earliest first."""
    return tuple(sorted({at.astimezone(zone).date() for zone in zones}))
