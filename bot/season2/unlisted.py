"""What is out with none of its episodes listed yet: the season-2 status against the listing (bot.show's shape).

A decision of the season-2 domain, read by the cogs that say what a spoiler mark holds (cogs/marks.py) and by
/spoilers' refusals (cogs/lore/commands.py): they only call it."""

from __future__ import annotations

import datetime as dt

from bot.season2 import rules
from bot.season2.model import Status
from bot.show import TRACKED_SEASON, Position, ShowShape


def unlisted(show: ShowShape, latest: Position, status: Status | None = None, now: dt.datetime | None = None) -> str:
    """What is out with none of its episodes listed yet, "" when nothing is: "season N" (Netflix's hour has passed,
    TVmaze has not listed them: all of them may be out, the bot knows of its first alone), or "Part 2" (`status`'s
    later part out at `now`, every listed episode of the season an earlier part's: rehearse60, "full spoilers" at
    Part 2's hour said "all that is out now" of Part 1's last episode)."""
    if latest.season >= 2 and not show.episodes_in(latest.season):
        return f"season {latest.season}"
    if status is None or now is None or latest.season != TRACKED_SEASON or status.part_at is None or not rules.part_out_by(status, now):
        return ""
    part_out = rules.out_moment(status.part_at, status.part_timed)
    listed = [show.aired_at(info) for info in show.episodes_in(TRACKED_SEASON)]
    return "Part 2" if all(at is not None and at < part_out for at in listed) else ""
