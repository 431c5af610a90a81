"""Moderators' reports: reading what `/season2set report` was given, and the claim it makes.

A report becomes a `Claim` (origin 'moderator') that goes through the same ingest as a source's:
an official one backs a milestone alone; an unofficial one counts only beside a source's report
(bot/season2/rules.py), so moderators' unofficial reports alone never move the status.

What a report may hold, so that it can't hurt:
- its source is the address of a public web page (bot/urls.py: http(s), a public domain name, no
  IP address, credentials or odd port); it is shown as a link, never pinged;
- the day the source said it lies between season 1's release (nothing about a season 2 predates
  the show) and today;
- a release date lies after season 1's release and at most five years ahead, and agrees with the
  milestone: an announced or changed date is not before the day it was announced, a delay's new
  date comes after it, a release already happened; other milestones take no release date;
- a release window (bot/season2/windows.py: "the first half of 2027", "Q1 2027", "spring 2027",
  "sometime in 2027"; "spring" or "Q2" without a year is the next one not over, and the reply says
  how it was read; "early" alone is refused) is stored as a window claim with its confidence, never as a date: reported
  as a release date (announced or changed) or as a release window it is a release_window claim, as
  a delay it is the delay's window; it has not ended yet and begins within five years.
"""

from __future__ import annotations

import datetime as dt
import hashlib
import re
import urllib.parse

from bot.errors import UserError
from bot.lazy_re import compile_later
from bot.season2.dates import (
    ambiguous_day,
    ambiguous_weekday,
    day_problem,
    read_day,
    read_local_day,
    read_moment,
    read_timed_moment,
    said_twice_apart,
    short_year_days,
    time_problem,
    unknown_zone,
    window_words,
    wrong_weekday,
    zone_problem,
)
from bot.season2.model import (
    RELEASE_HORIZON,
    Claim,
    Confidence,
    DateOutOfRange,
    Milestone,
    Source,
    at_midnight,
    check_release,
)
from bot.season2.windows import Window, read_window, yearless_part
from bot.show import SEASON_ONE_RELEASE
from bot.text import MONTH_NAMES, quote_user_text
from bot.urls import UrlRefused, as_pasted, check_public_url
from bot.zones import AMBIGUOUS_ZONES


class ReportError(UserError):
    """A moderator's report could not be accepted; the message says why."""


#: Nothing about a season 2 can be said before the show existed (season 1's release).
SHOW_BEGAN = SEASON_ONE_RELEASE.date()
#: How far ahead a release date may be and still be meant.
FURTHEST_RELEASE = dt.timedelta(days=5 * 366)
_DATED = (Milestone.RELEASE_DATE_ANNOUNCED, Milestone.RELEASE_DATE_CHANGED, Milestone.DELAYED, Milestone.RELEASED, Milestone.PART_DATED)
_NEEDS_DATE = (Milestone.RELEASE_DATE_ANNOUNCED, Milestone.RELEASE_DATE_CHANGED, Milestone.PART_DATED)
#: Milestones whose report becomes a release window claim when given a window instead of a day.
_AS_WINDOW = (Milestone.RELEASE_DATE_ANNOUNCED, Milestone.RELEASE_DATE_CHANGED, Milestone.RELEASE_WINDOW)
_DATE_HELP = ("write it as YYYY-MM-DD (2026-07-23), with the month's name (23 July 2026), or as today, yesterday, "
              "last Friday or 3 days ago")
_WINDOW_HELP = (
    "a window as a year, half, quarter, season or month: 2027, the first half of 2027 (H1 2027), Q1 2027, "
    "early 2027, spring 2027, March 2027, or two of them (late 2026 or early 2027, March to May 2027)"
)
_RELEASE_HELP = (
    "write it as 2027-03-14 or 14 March 2027, with a time if it has one (17:00 KST, 5pm PT, 08:00 UTC; "
    "UTC when no zone is given), as tomorrow 9pm KST or this Friday 5pm KST, or as +10d / in 36 hours from now; "
    f"or {_WINDOW_HELP}"
)


def _unreadable(what: str, text: str, today: dt.date, ahead: bool, help_text: str = _DATE_HELP) -> str:
    readings = short_year_days(text, today, ahead=ahead)
    if len(readings) > 1:
        shown = " or ".join(f"{d.day} {d.strftime('%B %Y')}" for d in readings)
        return f"I couldn't tell the {what}: {shown}? {help_text[0].upper()}{help_text[1:]}."
    both = ambiguous_day(text)
    if both is not None:
        a, b = both
        return (f"I couldn't tell the {what}: {a} {MONTH_NAMES[b - 1]} or {b} {MONTH_NAMES[a - 1]}? "
                f"{help_text[0].upper()}{help_text[1:]}.")
    return f"I couldn't read the {what}: {help_text}."


#: The most characters a date is typed in ("the evening of Friday 15 January 2027 at 5 p.m. KST" is 51): a longer
#: paste is no date, and reading 6,000 characters of one took seconds, past the 3 s Discord gives a command.
_LONGEST_DATE = 200


def _check_length(text: str, what: str, today: dt.date) -> None:
    """A paste too long for a date is refused at once, saying the day at its start or end when there is one."""
    if len(text) > _LONGEST_DATE:
        raise ReportError(_day_understood(text, today) or f"That is too long for a {what} ({len(text):,} characters): write just the {what}, "
                          "as in \u201c2027-03-14\u201d or \u201c14 March 2027 5pm KST\u201d.")


def parse_report_day(text: str, today: dt.date) -> dt.date:
    """The day a source said something (bot/season2/dates.py: `read_day`, looking back for a day
    typed without its year; a stamp with a time gives its day)."""
    _check_length(text, "date", today)
    day = read_day(text, today)
    if day is None:
        day = read_local_day(text, today)  # "dec 31 11pm pt" was said on 31 December, there
    if day is None:
        _check_weekday(text, today, ahead=False)
        _check_weekday_pair(text, dt.datetime(today.year, today.month, today.day, 12, tzinfo=dt.UTC), ahead=False)
        _check_day(text, today, ahead=False, what="date")
        if (window := read_window(text, today)) is not None and window.first <= today:
            raise ReportError(f"\u201c{quote_user_text(text, limit=40)}\u201d is {window.label}, not one day: write the "
                              f"day the source said it, as in \u201c{window.first.day} {MONTH_NAMES[window.first.month - 1]} "
                              f"{window.first.year}\u201d.")
        raise ReportError(_unreadable("date", text, today, False))
    return day  # its range is checked with the milestone (check_dates)


def parse_release(text: str | None, now: dt.datetime) -> dt.datetime | Window | None:
    """A reported release time in UTC, or a release window (`parse_timed_release`, without the hour's flag)."""
    return parse_timed_release(text, now)[0]


def parse_timed_release(text: str | None, now: dt.datetime) -> tuple[dt.datetime | Window | None, bool]:
    """A reported release time in UTC (bot/season2/dates.py: `read_timed_moment`, looking ahead for a
    day typed without its year) and whether it gives its hour ("00:00 UTC" does; "14 March" does not),
    or a release window (bot/season2/windows.py: a month, season, half, quarter or year without its
    day; no hour). Empty means none given."""
    if text is None or not text.strip():
        return None, False
    _check_length(text, "release date", now.date())
    _check_month_or_year(text, now)
    found = read_timed_moment(text, now, ahead=True)
    if found is not None:
        return _in_range(found[0], now), found[1]
    if (day := read_local_day(text, now.date(), ahead=True)) is not None:
        # a day whose moment runs past the calendar's end in UTC ("9999-12-31 11pm PST"): refused for its day
        _in_range(dt.datetime(day.year, day.month, day.day, tzinfo=dt.UTC), now)
    window = read_window(text, now.date())
    if window is not None:
        return window, False  # one typed without its year is the next not over (`year_read`: the reply says so)
    part = yearless_part(text)
    if part is not None:
        labels = [w.label for y in (now.year, now.year + 1)
                  if (w := read_window(f"{part}{'' if part.endswith('-') else ' '}{y}", now.date())) and w.last >= now.date()]
        raise ReportError(
            f"\u201c{quote_user_text(text, limit=40)}\u201d names no year or month: write {' or '.join(labels)}, or name the month."
        )
    _check_weekday(text, now.date(), ahead=True)
    _check_weekday_pair(text, now, ahead=True)
    _check_day(text, now.date(), ahead=True, what="release date")
    _check_time_alone(text, now.date())
    _check_zone(text, now)
    _check_vague(text)
    if window_words(text):
        raise ReportError(f"I couldn't read the window \u201c{quote_user_text(text, limit=40)}\u201d: write {_WINDOW_HELP}.")
    if said := _day_understood(text, now.date()):
        raise ReportError(said)
    raise ReportError(_unreadable("release date", text, now.date(), True, _RELEASE_HELP))


def _shown_day(day: dt.date) -> str:
    return f"{day.strftime('%A')} {day.day} {MONTH_NAMES[day.month - 1]} {day.year}"


#: The most words a day is said in (what `_day_understood` tries to read as one).
_LONGEST_DAY_WORDS = 12


def _day_understood(text: str, today: dt.date) -> str | None:
    """What was read of a release date that is not read whole: its day, at the start or the end
    ("Jan 15 2027 in the evening", "the evening of Jan 15 2027"), with the rest that was not, and one
    way that works; None when no day is in it."""
    words = text.split()
    # A day is a few words ("the evening of Friday 15 January 2027"): only parts that short are read,
    # so a long paste costs time in proportion to its length, not to its square (6,000 characters
    # took seconds, past the 3 s Discord gives a command to answer).
    for size in range(min(len(words) - 1, _LONGEST_DAY_WORDS), 0, -1):
        for part, rest, cut in ((words[:size], words[size:], size), (words[-size:], words[:-size], len(words) - size)):
            if words[cut - 1].endswith("월"):
                continue  # "13월 1일" cut apart: its 1일 is that month's, not the next 1st
            day = read_day(" ".join(part), today, ahead=True)
            if day is not None:
                return (f"I read the day, {_shown_day(day)}, but not \u201c{quote_user_text(' '.join(rest), limit=40)}"
                        f"\u201d: write the time as a clock with its zone, as in \u201c{day.day} "
                        f"{MONTH_NAMES[day.month - 1]} {day.year} 17:00 KST\u201d, or give the day alone.")
    return None


def check_window(milestone: Milestone, window: Window, now: dt.datetime) -> Milestone:
    """The milestone a report with a window makes (release_window, or delayed), refused
    (ReportError) when the window cannot be the news: over already, too far ahead, or given to a
    milestone that takes none."""
    if milestone not in (*_AS_WINDOW, Milestone.DELAYED):
        what = "A release" if milestone is Milestone.RELEASED else f"A {milestone.label.lower()} report"
        takes = "takes the day it came out" if milestone is Milestone.RELEASED else "takes no release date or window"
        raise ReportError(f"{what} {takes}; report the window with milestone \u201cRelease window\u201d.")
    if window.last < now.date():
        raise ReportError(
            f"{window.label[:1].upper()}{window.label[1:]} is over (it ended on {window.last.isoformat()}): report "
            "the window that stands now, or season 2 as released if it is out."
        )
    if window.first > (now + FURTHEST_RELEASE).date():
        raise ReportError("That window is more than five years away; check the year.")
    return Milestone.DELAYED if milestone is Milestone.DELAYED else Milestone.RELEASE_WINDOW


#: A day said roughly: "around March 5", "~March 5", "March 5th-ish", "about valentine's".
_ROUGHLY = compile_later(
    r"^\s*(?:(?:around|about|approx\.?|approximately|roughly|circa|ca\.|near|~(?!~))\s*)(.+?)\s*$"
    r"|^\s*(.+?)\s*(?:-?ish|or so)\s*$", re.I
)
#: Words that say there is no release date to give.
_NO_DATE = compile_later(
    r"^\s*(?:unknown|none|n/?a|nil|null|idk|\?+|-+|x|no(?:t| release)? date(?: yet| given| announced)?|"
    r"not (?:yet )?(?:announced|known|confirmed|given|set|out)|unannounced|unconfirmed|not yet|no idea|"
    r"still unknown|no date|not sure|unsure)\s*[.!?]*\s*$", re.I
)


def _check_day(text: str, today: dt.date, *, ahead: bool, what: str) -> None:
    """A day that can't be (29 February 2027, 31 April), a holiday that may name two days, or a
    day said roughly: each gets its own reply."""
    problem = day_problem(text, today, ahead=ahead, what=what)
    if problem is not None:
        raise ReportError(problem)
    rough = _ROUGHLY.match(text)
    said = (rough.group(1) or rough.group(2)) if rough is not None else None
    day = read_day(said, today, ahead=ahead) if said else None
    if day is not None:
        part = "early" if day.day <= 10 else "mid-" if day.day <= 20 else "late"
        month = day.strftime("%B %Y")
        raise ReportError(
            f"\u201c{quote_user_text(text, limit=40)}\u201d is a rough day, and a date is counted down to the minute: "
            f"give the day if the source names one ({day.day} {month}), or the window ({part}{'' if part.endswith('-') else ' '}"
            f"{month}, {month})."
        )
    if _NO_DATE.match(text):
        raise ReportError(
            f"\u201c{quote_user_text(text, limit=40)}\u201d gives no date: if the source names none, leave the "
            "option out; if it does, write it (14 March 2027, or a window: Q1 2027, spring 2027)."
        )


def _check_weekday(text: str, today: dt.date, *, ahead: bool) -> None:
    day = wrong_weekday(text, today, ahead=ahead)
    if day is not None:
        raise ReportError(
            f"{day.day} {day.strftime('%B %Y')} is a {day.strftime('%A')}, not the weekday typed: check the date."
        )


#: Words that name no day and no window of months: said, they get their own refusal.
_VAGUE = compile_later(
    r"\b(?:soon|soonish|week|weeks|weekend|fortnight|tonight|later|someday|eventually|tba|tbd|tbc|asap|couple|few"
    r"|months?)\b|곧|조만간|미정|추후|주말|다음\s*주|이번\s*주|다다음", re.I
)


def _check_weekday_pair(text: str, now: dt.datetime, *, ahead: bool) -> None:
    """A weekday said alone that may name either of two days ("next Friday" on a Wednesday) is asked again."""
    both = ambiguous_weekday(text, now, ahead=ahead)
    if both is None:
        return
    first, second = (f"{d.strftime('%A')} {d.day} {d.strftime('%B %Y')}" for d in both)
    # "next Friday" is asked again only when the Friday ahead is this week's: "this Friday" names it
    hint = f", or \u201cthis {both[0].strftime('%A')}\u201d for the coming one" if re.match(r"(?i)\s*next\s", text) else ""
    raise ReportError(
        f"\u201c{quote_user_text(text, limit=40)}\u201d could be {first} or {second}: write the date you "
        f"mean ({both[0].isoformat()}, {first.split(' ', 1)[1]}){hint}."
    )


_DAY_OR_YEAR = compile_later(r"^\s*(\d{1,2})\s*/\s*(\d{2})\s*$")


def _check_month_or_year(text: str, now: dt.datetime) -> None:
    """"5/27" is 27 May, or May 2027 as a month and year are written on cards: asked when the second
    number is a year a release may have (this one to five ahead)."""
    m = _DAY_OR_YEAR.match(text)
    if m is None or not 1 <= int(m.group(1)) <= 12 or not 0 <= int(m.group(2)) - now.year % 100 <= 5:
        return
    month, number = int(m.group(1)), int(m.group(2))
    try:
        day = dt.date(now.year, month, number)
        day = day if day >= now.date() else dt.date(now.year + 1, month, number)
    except ValueError:
        return  # no such day: only the month and year remain
    name, year = MONTH_NAMES[month - 1], now.year // 100 * 100 + number
    raise ReportError(
        f"\u201c{quote_user_text(text, limit=40)}\u201d could be {number} {name} or the month {name} {year}: "
        f"write the day with its year ({number} {name} {day.year}) or the month and year ({name} {year})."
    )


def _check_time_alone(text: str, today: dt.date) -> None:
    """A time without its day, or an hour without am or pm, is asked again saying what works."""
    problem = time_problem(text, today)
    if problem == "no day":
        noon = dt.datetime(today.year, today.month, today.day, 12, tzinfo=dt.UTC)
        example = f"tomorrow {text.strip().removeprefix('at ').strip()}"
        moment = read_moment(example, noon, ahead=True)
        read = "" if moment is None else f" (read as {moment:%H:%M} UTC)"
        raise ReportError(
            f"\u201c{quote_user_text(text, limit=40)}\u201d is a time without its day{read}: write the day with it, "
            + (f"as in \u201c{quote_user_text(example, limit=60)}\u201d or 14 March 2027 5pm KST." if moment is not None
               else "as in 14 March 2027 17:00 KST.")
        )
    if problem == "no half":
        raise ReportError(
            f"I couldn't tell the time in \u201c{quote_user_text(text, limit=40)}\u201d: morning or afternoon? "
            "Write 5pm or 17:00 (in Korean 오후 5시 or 17시), with its zone (5pm KST)."
        )
    if problem == "which midnight":  # the one that begins the day, or the one that ends it?
        raise ReportError(
            f"I couldn't tell which midnight “{quote_user_text(text, limit=40)}” is: the one that begins "
            "that day or the one that ends it? Write the day that begins at it, with 00:00 and the zone "
            "(1 January 2027 00:00 KST), or 23:59."
        )


def _check_zone(text: str, now: dt.datetime) -> None:
    if (problem := zone_problem(text, now)) is not None:
        raise ReportError(f"I couldn't tell the time in \u201c{quote_user_text(text, limit=40)}\u201d: {problem}.")
    zone = unknown_zone(text, now)
    if zone is not None and zone.lower() in AMBIGUOUS_ZONES:
        places, instead = AMBIGUOUS_ZONES[zone.lower()]
        raise ReportError(f"{zone} could be {places}: write {instead} (5pm {instead.rsplit(' ', 1)[-1]}).")
    if zone is not None:
        raise ReportError(
            f"I don't know the time zone \u201c{quote_user_text(zone, limit=8)}\u201d: name one of KST, JST, UTC, GMT, "
            "PT, ET, CT, MT (or PST, EST, CET, SGT, AEST), or give its offset: 14 March 2027 17:00 KST, 7am UTC-10."
        )
    if said_twice_apart(text, now):
        raise ReportError(
            f"The two times in \u201c{quote_user_text(text, limit=60)}\u201d are not the same moment: check them, "
            "or give one (14 March 2027 5pm KST)."
        )


def _check_vague(text: str) -> None:
    if re.match(r"(?i)\s*(?:by|before|no later than|not before|not until|after|until|till|no earlier than)\s", text) or re.search(
        r"(?i)\b(?:at the (?:earliest|latest|soonest)|or (?:later|earlier|after|before|beyond)|and beyond|onwards?)\s*$", text
    ):
        raise ReportError(
            f"\u201c{quote_user_text(text, limit=40)}\u201d is a limit, not a release date: give the day the source "
            f"names (14 March 2027 5pm KST), or {_WINDOW_HELP}; if it names neither, leave the release date out."
        )
    if _VAGUE.search(text.strip()):
        raise ReportError(
            f"\u201c{quote_user_text(text, limit=40)}\u201d names no day I can count down to: give the day "
            "(14 March 2027, tomorrow, this Friday, with a time if there is one: 5pm KST), or a window of months "
            "(March 2027, Q1 2027, spring 2027, early 2027)."
        )


#: Slips in an address's start a moderator makes ("htps://", "https//", "https:/", "netflix,com"): the
#: reply offers the address meant, never stores a guess.
_SCHEME_SLIP = compile_later(r"^(?:h?t{1,3}p{1,2}s?|hhttps?|htttps?|http?s)\s*[:;]?\s*/{0,3}(?=[a-z0-9])", re.I)


def _meant_address(url: str) -> str | None:
    """The public address a mistyped one most likely meant, or None."""
    mended = url.strip()
    if m := _SCHEME_SLIP.match(mended):
        secure = "s" in m.group(0).lower().split(":")[0].split("/")[0][3:]
        mended = ("https://" if secure else "http://") + mended[m.end():]
    host, slash, rest = mended.partition("://")[2].partition("/")
    mended = mended.split("://")[0] + "://" + host.replace(",", ".") + slash + rest
    try:
        return check_public_url(mended) if mended != url.strip() else None
    except UrlRefused:
        return None


def check_source_url(text: str) -> str:
    """The address of a public web page, or ReportError saying what is wrong with it, read as
    pasted in Discord (`bot.urls.as_pasted`)."""
    url = as_pasted(text)
    try:
        return check_public_url(url)
    except UrlRefused as exc:
        meant = _meant_address(url) or (_meant_address("https://" + url) if "://" not in url else None)
        if meant is not None:
            raise ReportError(
                f"\u201c{quote_user_text(url, limit=80)}\u201d is not a web address: did you mean <{meant}>? "
                "Run the report again with it."
            ) from None
        raise ReportError(exc.message) from None


#: A release date reported as ahead (announced, changed, a delay's) may have begun this long ago: a
#: day typed without its hour is its UTC midnight, and the release day is still the news that day.
_PASSED_GRACE = dt.timedelta(days=1)
#: How far a source's own day may run ahead of the UTC day (Korea is 9 hours ahead, Kiribati 14).
_AHEAD_OF_UTC = dt.timedelta(days=1)


def check_dates(milestone: Milestone, date: dt.date, release_at: dt.datetime | None, now: dt.datetime) -> None:
    """The report's day and release date, checked against the show's history and the milestone."""
    today = now.date()
    if date > today + _AHEAD_OF_UTC:  # a source in Korea says tomorrow's UTC date already
        raise ReportError("The date is in the future: give the day the source said it.")
    if date < SHOW_BEGAN:
        raise ReportError(
            f"That date is before the show existed (season 1 came out on {SHOW_BEGAN.isoformat()}): "
            "give the day the source said it."
        )
    if milestone in _NEEDS_DATE and release_at is None:
        raise ReportError("A release date report needs the release date (release_date option).")
    if release_at is None:
        return
    if milestone not in _DATED:
        raise ReportError(
            f"A {milestone.label.lower()} report takes no release date; report the date with milestone "
            "\u201cRelease date announced\u201d (or \u201cRelease date changed\u201d)."
        )
    if release_at <= SEASON_ONE_RELEASE:
        raise ReportError(f"Season 2 can't come out before season 1 did ({SHOW_BEGAN.isoformat()}).")
    if release_at > now + FURTHEST_RELEASE:
        raise ReportError("That release date is more than five years away; check the year.")
    said = dt.datetime(date.year, date.month, date.day, tzinfo=dt.UTC)
    if milestone is Milestone.RELEASED and release_at > now:
        raise ReportError("A release that hasn't happened yet is a release date: report release date announced.")
    if milestone in _NEEDS_DATE and release_at < said:
        raise ReportError(
            "That release date is before the day it was announced; if it is out, report it as released."
        )
    if milestone is Milestone.DELAYED and release_at <= said:
        raise ReportError("A delay's new release date comes after the day the delay was announced.")
    if milestone is not Milestone.RELEASED and release_at + _PASSED_GRACE < now:
        shown = f"{release_at.day} {release_at.strftime('%B %Y')}"
        raise ReportError(
            f"That release date ({shown}) has already passed: if season 2 came out then, report it with milestone "
            "\u201cReleased\u201d; if it is still ahead, check the year."
        )


def _in_range(release_at: dt.datetime, now: dt.datetime) -> dt.datetime:
    """A release date ten years off (9999-12-31, a slip of the year) is refused, not stored."""
    try:
        return check_release(release_at, now)
    except DateOutOfRange:
        limit = (now + RELEASE_HORIZON).date()
        raise ReportError(
            f"The release date {release_at.date().isoformat()} can't be right: give one between 2000 and "
            f"{limit.isoformat()}, or leave it out."
        ) from None


def moderator_claim(
    *,
    milestone: Milestone,
    source_url: str,
    date: dt.date,
    official: bool,
    now: dt.datetime,
    release_at: dt.datetime | None = None,
    window: Window | None = None,
    time_given: bool = False,
) -> Claim:
    """A claim from `/season2set report`, refused (ReportError) unless it passes the checks above.
    A release window (`window`) makes a release window claim, or a delay's window; a day given to
    a release window report makes it a release date. `time_given`: the report gave the release's hour."""
    url = check_source_url(source_url)
    if window is not None:
        milestone = check_window(milestone, window, now)
    elif milestone is Milestone.RELEASE_WINDOW:
        if release_at is None:
            raise ReportError(f"A release window report needs the window (release_date option): {_WINDOW_HELP}.")
        milestone = Milestone.RELEASE_DATE_ANNOUNCED  # a day is a release date
    check_dates(milestone, date, release_at, now)
    host = (urllib.parse.urlsplit(url).hostname or "").lower().removeprefix("www.")
    confidence = Confidence.OFFICIAL if official else Confidence.REPORTED
    key = "|".join([milestone.value, url, date.isoformat(), confidence.value,
                    "" if release_at is None else release_at.isoformat(),
                    *([window.label] if window is not None else []),
                    # an hour said at 00:00 UTC is another report than that day alone (other ids unchanged)
                    *(["hour given"] if release_at is not None and time_given and at_midnight(release_at) else [])])
    return Claim(
        id="mod:" + hashlib.sha1(key.encode()).hexdigest()[:16],
        milestone=milestone,
        date=date,
        confidence=confidence,
        source=Source(publisher=host, title=f"{host} (moderator report)", url=url, date=date),
        text=_report_text(milestone, confidence, window, release_at, time_given),
        release_at=release_at,
        time_given=time_given,
        origin="moderator",
        release_window=window.label if window is not None else None,
    )


def _report_text(milestone: Milestone, confidence: Confidence, window: Window | None,
                 release_at: dt.datetime | None = None, time_given: bool = False) -> str:
    said = f"({confidence.value}), reported by a moderator"
    if window is None and release_at is not None:  # which day each source gave shows beside it
        if not time_given:  # a day typed without its hour: no "00:00 UTC" it never said
            return f"{milestone.label}: {release_at.day} {release_at.strftime('%B %Y')} {said}"
        return f"{milestone.label}: {release_at.day} {release_at.strftime('%B %Y, %H:%M')} UTC {said}"
    if window is None:
        return f"{milestone.label} {said}"
    if milestone is Milestone.DELAYED:
        return f"Delayed, now expected {window.phrase} {said}"
    return f"Release window: {window.label} {said}"
