"""What a channel's spoiler mark holds as episodes come out, said alike by /spoilers, /season2 status and /help.

A mark is the episode a moderator gave, never "everything" that moves by itself: "full spoilers" typed before
season 2 is out is stored at season 1's last episode and stays there when season 2 comes out. A moderator who
wrote it then meant the show as it was; on release day many in that channel have not seen season 2, and a mark
that rose by itself would put its deaths in the clear there with no one deciding it. So the mark holds, and the
moderators are told plainly, where it is set and where it is read, how to raise it.
"""

from __future__ import annotations

import datetime as dt

from bot.app import Hyosan
from bot.lore.answer.season2_one_source import one_source_out
from bot.progress_parts import part_unread
from bot.season2 import rules
from bot.season2.delivery.reminders import release_confidence
from bot.season2.model import Confidence, Milestone, Status
from bot.season2.unlisted import unlisted
from bot.show import NOTHING, TRACKED_SEASON, Position, ShowShape
from bot.text import timestamp
from cogs.places import place_of

#: How a moderator raises a mark to everything out.
RAISE = "`/spoilers up_to: full spoilers`"


def lone_report(status: Status, latest: Position, now: dt.datetime) -> str | None:
    """Who alone says `latest`'s season is out, when nothing official (nor two sources) does: the show hides
    by TVmaze's air times (safer), but a reply says it only as sure as that. None when it stands (or season 1);
    "" when no single source is named (the listing's air times alone)."""
    if latest.season < TRACKED_SEASON or status.milestone is Milestone.RELEASED or (
            rules.released_by(status, now) is not None):
        return None
    out = one_source_out(status)
    return "" if out is None else out.source.publisher


def part_mark_unread(typed: str, read: Position, show: ShowShape, now: dt.datetime) -> str | None:
    """Why a mark naming a later season's part ("S2 part 1") that the listing cannot place is refused, when it was read
    as a place before that season (a fan's "in part 1" is the season begun: all of the one before); None otherwise.
    rehearse60: "S2 part 1" typed while TVmaze listed season 2's first drop alone marked #s2-part1 at season 1's end,
    said as "spoiler-safe up to season 1, episode 12", a mark the moderator never meant."""
    if read.season >= TRACKED_SEASON or (why := part_unread(typed, show, now)) is None:
        return None
    latest = show.last_released(now)
    return (f"{why}, so “{typed}” set no mark: give the last episode discussed openly, like S{latest.season}E{latest.episode} "
            f"({latest.label}, the latest out).")


def unlisted_mark(found: Position | None, show: ShowShape, latest: Position, unlisted_now: str) -> str | None:
    """Why an episode of season 2 typed as a mark ("S2E8") past what is listed is refused while Part 2 is out with its
    episodes not listed yet (`unlisted_now`: bot.season2.unlisted); None otherwise. rehearse60: "S2E8" at Part 2's hour said
    "There is no season 2, episode 8 (season 2 has 4 episodes)", as if Part 2 were not out."""
    if unlisted_now != "Part 2" or found is None or found.season != TRACKED_SEASON or show.contains(found):
        return None
    return (f"Part 2 is out, but its episodes are not listed yet, so “{found}” set no mark: mark again once they "
            f"are listed (the latest listed is {latest}, {latest.label}).")


def release_due(asked: Position, latest: Position, status: Status, now: dt.datetime) -> str:
    """When the tracked season comes out, for a mark (`asked`) in it typed before it is out (`latest` still the
    season before): its one status's standing release date, in Discord's timestamp markup (each reader sees their own
    time, a day alone as its start on Netflix's clock, as /season2 status shows it); "" when no date stands or it has
    passed: never a day invented. rehearse65: "S2E1" before the hour said only "once more has aired"."""
    if asked.season != TRACKED_SEASON or latest.season >= TRACKED_SEASON or status.release_at is None:
        return ""
    out = rules.out_moment_of(status)
    if out is None or out <= now:
        return ""
    # (as sure as its backing: a date two outlets report, Netflix saying nothing yet, is said as theirs, review65d)
    said = {Confidence.OFFICIAL: "comes out", Confidence.REPORTED: "is reported to come out"}.get(
        release_confidence(status) or Confidence.RUMOUR, "is rumoured to come out")
    return f"Season {TRACKED_SEASON} {said} {timestamp(out, 'F')} ({timestamp(out)})"


def lists(reported: str) -> str:
    """Who lists episodes as aired, and the verb (`reported`: lone_report, "" when no source is named)."""
    return f"{reported} lists" if reported else "the episode listing shows"


def out_words(latest: Position, reported: str | None, unlisted: str = "") -> str:
    """How sure "what is out" reads (`reported`: lone_report): plainly when it stands, as the listing otherwise;
    `unlisted` (see bot.season2.unlisted): as far as any source lists, never "all that is out" (the rest may be out too)."""
    if unlisted and reported is None:
        return f"all that any source lists so far ({unlisted} is out, but its episodes are not listed yet)"
    if reported is None or latest.season < TRACKED_SEASON:
        return "all that is out now"
    return f"all that {lists(reported)} as aired (not confirmed yet)"


def held_mark_text(mark: Position | None, latest: Position, place: str = "channel", reported: str | None = None,
                   unlisted: str = "") -> str:
    """What `mark` (a channel's, or a thread's: `place`) holds against `latest`, the last episode out: at the
    latest, that it stays there when more comes out; behind it, that later episodes stay hidden until a
    moderator raises it. "" for no mark (replies there hide every spoiler, as they say). `reported`: the
    source alone saying `latest`'s season is out (lone_report), said as its word, never as "is out".
    `unlisted`: what is out with its episodes not listed yet (see bot.season2.unlisted; they may all be out)."""
    if mark is None or mark == NOTHING:
        return ""
    if mark >= latest and unlisted:
        return (f"No source lists {unlisted}'s episodes yet, so this {place}'s spoiler mark stays at "
                f"{mark.label}; later episodes stay hidden in its public replies until a moderator raises it "
                f"({RAISE} again once they are listed).")
    if mark >= latest:
        later, out = ("season 2", "it is") if latest.season == 1 else ("later episodes", "they are")
        return (f"This {place}'s spoiler mark stays at {mark.label} when more comes out: {later} will stay hidden in "
                f"its public replies until a moderator raises the mark ({RAISE} once {out} out).")
    # what came out since is named by its season only, and the mark never before a colon and a verb: "episode 11:
    # a moderator raises ..." reads as what happens in episode 11 (the spoiler lexicon's reading, tests/cogs oracle)
    if latest.season <= mark.season:
        since = "Later episodes stay"
    elif reported is not None:
        said = lists(reported)
        since = f"{said[:1].upper()}{said[1:]} season {latest.season}'s episodes as aired (not confirmed yet); they stay"
    else:
        since = f"Season {latest.season} is out, but it stays"
    return (f"{since} hidden in this {place}'s public replies until a moderator raises its spoiler mark, now "
            f"{mark.label} ({RAISE} shows everything out).")


def mark_note(bot: Hyosan, mark: Position | None, channel: object) -> str:
    """What `mark`, read where `channel` is, holds now as episodes come out (`held_mark_text`, with the
    latest episode out, who alone reports its season out and whether its episodes are listed)."""
    now = bot.clock.now()
    latest = bot.show.last_released(now)
    status = bot.season2_status.status
    return held_mark_text(mark, latest, place_of(channel), lone_report(status, latest, now),
                          unlisted=unlisted(bot.show, latest, status, now))
