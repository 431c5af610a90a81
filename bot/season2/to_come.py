"""What of season 2 is still to come once it is out only in part, as TVmaze lists its episodes: one reading, said by
/season2 status's "Out now" line (cogs/season2/render.py) and by the post that season 2 is out (the at-release reminder
and the release post, bot/season2/delivery/reminders.py), so the two never disagree (rehearse66: "Season 2 is out now"
read as all of it while episodes 5-8 were four weeks away).

An episode listed without a date (TVmaze's null airstamp: announced, not dated) is never said to be out: nothing says
it aired. It is said to be still to come when it is numbered after an episode dated later (episodes come out in
order: 9-12 undated after 5-8 dated next month are not out either), and left unsaid otherwise (undated 5-8 after 1-4
out may have come out with them: TVmaze's listing lags a Netflix drop, so "only 1-4" would be a guess).
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass

from bot.progress_parts import parts_of
from bot.show import TRACKED_SEASON, ShowShape


@dataclass(frozen=True)
class ToCome:
    """Season 2 out only in part: the first and last episode out, the first and last still to come, and when the
    first one dated later is listed for (TVmaze's word alone: reported)."""

    out: tuple[int, int]
    later: tuple[int, int]
    next_at: dt.datetime

    def payload(self) -> dict[str, object]:
        """As a post's payload carries it (cogs/season2/render_posts.py: still_to_come reads it)."""
        return {"next_at": self.next_at.isoformat(), "next_confidence": "reported",
                "episodes_out": list(self.out), "episodes_later": list(self.later)}


def listed_to_come(show: ShowShape, now: dt.datetime) -> ToCome | None:
    """What of season 2 is out at `now` and what is still to come, as `show` lists its episodes (its premiere set:
    the first drop is out from then, ShowShape.aired_at); None when no listed episode is dated later, or none is out."""
    listed = show.episodes_in(TRACKED_SEASON)
    aired = {info.number: show.aired_at(info) for info in listed}
    out = [number for number, at in aired.items() if at is not None and at <= now]
    dated_later = {number: at for number, at in aired.items() if at is not None and at > now}
    if not out or not dated_later:
        return None
    first_later = min(dated_later)
    later = [number for number, at in aired.items() if number in dated_later or (at is None and number > first_later)]
    return ToCome((min(out), max(out)), (min(later), max(later)), min(dated_later.values()))


def part_episodes(show: ShowShape, part: int) -> tuple[int, int] | None:
    """The first and last episode of season 2's `part` as `show` lists its drops (bot.progress_parts.parts_of, as
    /progress and /ask read the parts), for the post that the part is out; None when the listing shows no such part."""
    parts = parts_of(show, TRACKED_SEASON)
    return parts[part - 1][:2] if 0 < part <= len(parts) else None
