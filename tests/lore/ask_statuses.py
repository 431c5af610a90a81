"""Season-2 statuses a dev-set row can be asked under (its `season2` field), as the tracker would hold them.

A row without the field is asked under the pack's own status (`pack_status`), as `hyosan ask` asks it. A row with
one is asked by an engine reading that status and that listing of season 2's episodes: the weeks after a date lands
and release week, which the pack alone never reaches. Each is news a moderator or a source could really bring; the
row's truth is the fact sheet plus the news named here.

    date    Netflix announced on 6 December 2026 (official): season 2 premieres Friday 12 March 2027 at 00:00 PT
            (08:00 UTC); nothing else new
    eps     `date`, plus an official trailer on 10 February 2027 and TVmaze listing 8 episodes, all at 08:00 UTC on 12
            March 2027
    parts   `date`, plus the trailer and TVmaze listing 8 episodes: 1-4 on 12 March 2027 at 08:00 UTC, 5-8 on 9 April
            2027 at 07:00 UTC (00:00 PT)
    out     `eps`, plus Netflix saying season 2 is out (official, 12 March 2027)
    p1out   `parts`, plus Netflix saying season 2 is out (official, 12 March 2027): part 1 (episodes 1-4) out, part 2
            (5-8) still to come on 9 April 2027
    moved   `date`, then on 15 January 2027 Netflix moved the premiere (official) to Friday 26 March 2027 at 00:00 PT
            (07:00 UTC)
    earlier `date`, then on 15 January 2027 Netflix moved the premiere (official) EARLIER, to Friday 5 March 2027 at
            00:00 PT (08:00 UTC): a change of date that is no delay
    p2moved `p1out`, plus Netflix moving Part 2 (official, 20 March 2027) a week on, to 16 April 2027 at 07:00 UTC, while
            TVmaze still lists 5-8 on 9 April 2027
    p2early `p1out`, plus Netflix moving Part 2 (official, 20 March 2027) a week EARLIER, to 2 April 2027 at 07:00 UTC,
            while TVmaze still lists 5-8 on 9 April 2027
    dropped the pack alone (no date ever announced), then on 23 March 2027 Soompi and Koreaboo report season 2 out
            (reported, not official) and TVmaze lists its 8 episodes at 08:00 UTC that day
"""

from __future__ import annotations

import datetime as dt

from bot.clock import Clock, SystemClock
from bot.lore.content import bundled_pack
from bot.season2.claims import claims_from_pack
from bot.season2.current import CurrentStatus
from bot.season2.model import Claim, Confidence, Milestone, Source
from bot.season2.rules import compute_status
from bot.show import EpisodeInfo, ShowShape

_PREMIERE = dt.datetime(2027, 3, 12, 8, tzinfo=dt.UTC)
_PART_TWO = dt.datetime(2027, 4, 9, 7, tzinfo=dt.UTC)
_PART_TWO_MOVED = dt.datetime(2027, 4, 16, 7, tzinfo=dt.UTC)
_PART_TWO_MOVED_UP = dt.datetime(2027, 4, 2, 7, tzinfo=dt.UTC)
_MOVED_TO = dt.datetime(2027, 3, 26, 7, tzinfo=dt.UTC)
_MOVED_UP = dt.datetime(2027, 3, 5, 8, tzinfo=dt.UTC)
_DROPPED = dt.datetime(2027, 3, 23, 8, tzinfo=dt.UTC)


def _netflix(milestone: Milestone, day: dt.date, release_at: dt.datetime | None = None) -> Claim:
    return Claim(id=f"mod:{milestone.value}", milestone=milestone, date=day, confidence=Confidence.OFFICIAL,
                 source=Source("Netflix Tudum", milestone.label, "https://example.org/tudum", day),
                 text=f"{milestone.label}, from a moderator", release_at=release_at, origin="moderator")


def _outlet(name: str, headline: str, day: dt.date) -> Claim:
    return Claim(id=f"rss:{name}", milestone=Milestone.RELEASED, date=day, confidence=Confidence.REPORTED,
                 source=Source(name, headline, f"https://example.org/{name}", day), text=headline, origin="rss")


_DATE = (_netflix(Milestone.RELEASE_DATE_ANNOUNCED, dt.date(2026, 12, 6), _PREMIERE),)
_TRAILER = (*_DATE, _netflix(Milestone.TRAILER, dt.date(2027, 2, 10)))
_NEWS: dict[str, tuple[tuple[Claim, ...], dt.datetime | None]] = {
    "date": (_DATE, None),
    "eps": (_TRAILER, _PREMIERE),
    "parts": (_TRAILER, _PART_TWO),
    "out": ((*_TRAILER, _netflix(Milestone.RELEASED, _PREMIERE.date(), _PREMIERE)), _PREMIERE),
    "p1out": ((*_TRAILER, _netflix(Milestone.RELEASED, _PREMIERE.date(), _PREMIERE)), _PART_TWO),
    "p2moved": ((*_TRAILER, _netflix(Milestone.RELEASED, _PREMIERE.date(), _PREMIERE),
                 _netflix(Milestone.PART_DATED, dt.date(2027, 3, 20), _PART_TWO_MOVED)), _PART_TWO),
    "p2early": ((*_TRAILER, _netflix(Milestone.RELEASED, _PREMIERE.date(), _PREMIERE),
                 _netflix(Milestone.PART_DATED, dt.date(2027, 3, 20), _PART_TWO_MOVED_UP)), _PART_TWO),
    "moved": ((*_DATE, _netflix(Milestone.RELEASE_DATE_CHANGED, dt.date(2027, 1, 15), _MOVED_TO)), None),
    "dropped": ((_outlet("Soompi", "All of Us Are Dead season 2 is out now on Netflix", _DROPPED.date()),
                 _outlet("Koreaboo", "All of Us Are Dead season 2 is now streaming on Netflix", _DROPPED.date())), _DROPPED),
    "earlier": ((*_DATE, _netflix(Milestone.RELEASE_DATE_CHANGED, dt.date(2027, 1, 15), _MOVED_UP)), None),
}
NAMES = frozenset(_NEWS)


def status(name: str, clock: Clock | None = None) -> CurrentStatus:
    """The status named `name`: the pack's claims and that news, computed as the tracker computes them (read on `clock`,
    the system's by default)."""
    return CurrentStatus(compute_status([*claims_from_pack(bundled_pack()), *_NEWS[name][0]]), clock=clock or SystemClock())


def listing(name: str) -> ShowShape:
    """Season 1's shape, plus season 2's 8 episodes as TVmaze lists them under `name` (none before a listing): the
    last four at the second part's hour when there is one."""
    shape = ShowShape.season_one()
    later = _NEWS[name][1]
    if later is not None:
        first = _DROPPED if later == _DROPPED else _PREMIERE
        shape.add_episodes(2, [EpisodeInfo(2, n, None, first if n <= 4 else later, 60) for n in range(1, 9)])
    return shape

