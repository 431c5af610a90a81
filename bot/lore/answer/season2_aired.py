"""Whether a season-2 episode TVmaze lists is out, as the status stands and by the clock, and how sure its
line is (bot/lore/answer/season2_episodes.py answers with these; TVmaze is cited by season2_tvmaze_ref.py)."""

from __future__ import annotations

import datetime as dt

from bot.lore.answer.wording import day_text
from bot.season2.model import Confidence, Milestone, Status, strongest
from bot.season2.rules import came_out_at, out_moment
from bot.show import EpisodeInfo


def is_out(info: EpisodeInfo, status: Status) -> bool:
    """Out as the status stands: season 2 released, and this episode listed with its premiere (not a
    later weekly one, which nothing here can tell out without the clock)."""
    release = status.release_at
    return (status.milestone is Milestone.RELEASED and release is not None and info.airstamp is not None
            and info.airstamp <= release + dt.timedelta(days=1))


def has_aired(info: EpisodeInfo, status: Status, now: dt.datetime | None) -> bool:
    """Out by the status (`is_out`), or, once season 2 is out, by `now` (a later part by the clock): past the Part 2 day
    the status holds when that is another (`part_held`, earlier or later than TVmaze's: Part 2 moved up to 2 April is out
    on the 5th, however TVmaze still lists 9 April, review69a), else past the day TVmaze lists."""
    if is_out(info, status) or now is None or status.milestone is not Milestone.RELEASED or info.airstamp is None:
        return is_out(info, status)
    return (held if (held := part_held(info, status)) is not None else info.airstamp) <= now


def part_held(info: EpisodeInfo, status: Status) -> dt.datetime | None:
    """When the Part 2 the status holds comes out, for an episode listed after the premiere on another day (Netflix moved
    Part 2 and TVmaze still lists the old day, rehearse67: "s2e8 out?" said the old day); None otherwise."""
    if status.part_at is None or info.airstamp is None or is_out(info, status):
        return None
    held = out_moment(status.part_at, status.part_timed)
    return None if held.astimezone(dt.UTC).date() == info.airstamp.astimezone(dt.UTC).date() else held


def in_parts(listed: tuple[EpisodeInfo, ...], status: Status) -> bool:
    """Whether season 2 comes in more than one drop: an episode listed after the premiere's day, or
    with no air date yet (nothing here reads the clock, so such a season is never said to be over)."""
    return any(not is_out(info, status) for info in listed)


def since_out(status: Status) -> str:
    """The words " since <the day season 2 came out>", or none when that day is not known."""
    out = came_out_at(status)
    return f" since {day_text(out.astimezone(dt.UTC).date())}" if out is not None else ""


def unconfirmed(at: dt.datetime, status: Status) -> str:
    """" (one source, not confirmed officially)" after a later part's day TVmaze alone gives, beside the release line
    Netflix backs (the answer's confidence is then said sentence by sentence); "" when Netflix dated that part too."""
    official = (bool(status.part_backing) and strongest(status.part_backing) is Confidence.OFFICIAL
                and status.part_at is not None and status.part_at.date() == at.astimezone(dt.UTC).date())
    return "" if official else " (one source, not confirmed officially)"


def confidence_of(status: Status) -> str:
    return strongest(status.backing).value if status.backing else "official"
