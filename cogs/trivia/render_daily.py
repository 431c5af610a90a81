"""What the daily question's settings say to moderators: /triviaset daily's replies (where and
when, what else still gets one), the time as each reader reads it, and the daily questions the bot
turned off (told once, privately). The daily question itself: render.py."""

from __future__ import annotations

import datetime as dt
from collections.abc import Sequence

from bot.text import timestamp
from bot.trivia.daily import next_post_at
from bot.trivia.model import DailyChannel

#: Questions fit, but none has three other answers of its kind in its list to offer beside its own.
NO_OPTIONS = (" (none can be asked with options: their lists hold too few other answers of the same kind to offer "
              "beside each; pick other lists, or `lists:default`)")


def daily_configured_text(
    channel_id: int, post_time: str, enabled: bool, *, still_on: Sequence[DailyChannel] = (),
    next_post: dt.datetime | None = None, read_as: tuple[str, str] | None = None, now: dt.datetime | None = None,
) -> str:
    if enabled:
        # Discord shows a timestamp in each reader's own time zone: "9pm KST" is checked at a glance.
        local = f" ({timestamp(next_post, 't')} your time)" if next_post is not None else ""
        said = ""
        if read_as is not None and read_as[1] != "UTC":  # (the time there, the zone it was read in)
            said = f"\nI read the time you gave as {read_as[0]} {read_as[1]}."
        elif read_as is not None:
            said = "\nI read the time you gave as UTC (add a zone, like 9pm KST, for another)."
        return f"A daily question will appear in <#{channel_id}> at {post_time} UTC{local}.{said}"
    return f"No more daily questions in <#{channel_id}>." + _daily_elsewhere(still_on, now)


def daily_not_on_text(channel_id: int, on: Sequence[DailyChannel], now: dt.datetime | None = None) -> str:
    """Turning off a daily question that was not on: nothing changes, and where it does go."""
    return f"There was no daily question in <#{channel_id}>; nothing changed." + _daily_elsewhere(on, now)


def daily_time(post_time: str, now: dt.datetime | None = None) -> str:
    """A daily question's time as stored (UTC), with each reader's own time beside it when `now` is
    known (a Korean moderator who set 오후 9시 reads 21:00 there, not only 12:00 UTC)."""
    if now is None:
        return f"{post_time} UTC"
    return f"{post_time} UTC ({timestamp(next_post_at(post_time, now), 't')} your time)"


def _daily_elsewhere(on: Sequence[DailyChannel], now: dt.datetime | None = None) -> str:
    if not on:
        return ""
    where = ", ".join(f"<#{row.channel_id}> at {daily_time(row.post_time, now)}" for row in on)
    return f" The daily question still goes to {where}."


def daily_stopped_text(stopped: Sequence[DailyChannel]) -> str:
    """For a moderator, once: the daily questions the bot turned off because it could not post."""
    lines = []
    for row in stopped:
        day = dt.datetime.strptime(row.stopped_on, "%Y%m%d").strftime("%-d %B %Y") if row.stopped_on else "a day"
        lines.append(f"The daily question in <#{row.channel_id}> is off since {day}: {row.stopped_reason}.")
    reasons = [row.stopped_reason or "" for row in stopped]
    if all(reason.startswith("I lost permission") for reason in reasons):
        fix = "\nGive me that permission there and turn it on again with `/triviaset daily` (or pick another channel)."
    elif all(reason.endswith("removed from the server") for reason in reasons):  # a kick; invited back since
        fix = "\nTurn it on again with `/triviaset daily` (its channel and time)."
    elif all(reason.endswith("was deleted") for reason in reasons):
        fix = "\nPick another channel or thread for it with `/triviaset daily`."
    else:  # a thread locked since, or a refusal Discord named no permission for
        fix = ("\nOnce I can post there again (a locked thread unlocked), turn it on again with `/triviaset daily`, "
               "or pick another channel or thread.")
    return "\n".join(lines) + fix
