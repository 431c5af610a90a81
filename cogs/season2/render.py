"""Season 2 rendered for Discord: the status card, the sources list, and the command replies. No
I/O. How claims and outside text are shown for an audience is cogs/season2/render_claims.py; the
outbox's posts are cogs/season2/render_posts.py; the /season2set announce replies (the channels
that get the news) are cogs/season2/render_announce.py.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Mapping, Sequence

import discord

from bot.lore.answer.season2_one_source import held_back, one_source_date, one_source_out, outdated_dates
from bot.lore.answer.season2_past import came_true, settled_by_release
from bot.season2 import rules
from bot.season2.delivery import posts
from bot.season2.delivery.reminders import (
    DAY,
    DEFAULT_OFFSETS,
    DM_LEVEL,
    HOUR,
    format_offset,
    part_confidence,
    release_confidence,
)
from bot.season2.model import Claim, Confidence, Milestone, ReportRow, Settlement, Status, strongest
from bot.season2.retractions import Retraction
from bot.season2.schedule import SourceHealth
from bot.season2.service import ReportPreview, ReportResult
from bot.season2.windows import Window, read_window
from bot.show import NOTHING, Position, ShowShape
from bot.text import clean_input, shorten
from bot.tree import MAX_EMBED
from bot.urls import host_of
from cogs.season2.render_claims import (
    COLOUR,
    Reads,
    claim_line,
    feed_text,
    field_lines,
    fit_embed,
    inert,
    link,
    plain_error,
    ts,
)
from cogs.season2.render_posts import out_now_lines

__all__ = ["Reads"]

# --------------------------------------------------------------------------- the status card


def status_embed(
    status: Status,
    now: dt.datetime,
    audience: Position = NOTHING,
    settlements: Mapping[str, Settlement] | None = None,
    reads: Reads = None,
    mark_note: str = "",
    show: ShowShape | None = None,
) -> discord.Embed:
    """/season2 status: where season 2 stands, each claim shown as what was claimed, by whom,
    when and how surely; a refuted claim with what settles it (from `status.settled_by`, else
    `settlements`: the pack's own words). `audience` is what the reader may see in the clear (a
    channel's mark); `mark_note`: what that mark holds as episodes come out (cogs/marks.py); `show`: the episodes
    as listed (out only in part, the "Out now" line says which)."""
    if status.milestone is None:
        title = "Season 2: nothing confirmed yet"
    else:
        title = f"Season 2: {status.milestone.label}"
        if status.delayed and status.release_at is None and status.milestone is Milestone.RELEASE_DATE_ANNOUNCED:
            title = "Season 2: delayed, no release date now"
        elif status.delayed:
            title += " (delayed)"
    embed = discord.Embed(title=title, colour=COLOUR)
    lines: list[str] = []
    if status.since is not None:
        confidence = status.confidence.value if status.confidence else "unconfirmed"
        lines.append(f"Since {ts(status.since)} ({ts(status.since, 'R')}), backed by {confidence} sources.")
    timed = status.release_timed
    if (released := rules.released_by(status, now)) is not None:
        part_2 = None if status.part_at is None else rules.out_moment(status.part_at, status.part_timed)
        only, rest = out_now_lines(show, now, part_2)  # (a Part 2 the status holds: its own line below)
        lines.append(f"**Out now:** {only}released {ts(released, 'F', timed)} ({ts(released, 'R', timed)})")
        lines += rest
    elif status.release_at is not None:
        lines.append(f"**Release:** {ts(status.release_at, 'F', timed)} ({ts(status.release_at, 'R', timed)})")
        moved = one_source_date(status)
        if moved is not None and moved.release_at is not None:
            lines.append(
                f"**{inert(moved.source.publisher, 40)} now gives:** {ts(moved.release_at, 'F', moved.timed)}: not confirmed yet, one "
                "source; the date above stands until Netflix or a second source says otherwise."
            )
    elif status.milestone is Milestone.RELEASED:
        lines.append("**Out now.**")
    else:
        # a date taken back by a delay with no new day: never "none has been announced"
        lines.append("No release date now: the date announced earlier was withdrawn when season 2 was delayed."
                     if status.delayed and status.milestone is Milestone.RELEASE_DATE_ANNOUNCED
                     else "No release date has been announced.")
        out = one_source_out(status)
        if out is not None:  # TVmaze alone lists the premiere as aired: said as its report, never as "out now"
            lines.append(f"**Reported out:** only one source ({inert(out.source.publisher, 40)}) says season 2 is out, "
                         f"since {out.date_text}: not confirmed yet.")
        one_source = one_source_date(status)
        if one_source is not None and one_source.release_at is not None:
            lines.append(
                f"**Reported date:** {ts(one_source.release_at, 'F', one_source.timed)}: not confirmed yet, one source "
                f"({inert(one_source.source.publisher, 40)}); a date stands once Netflix or a second source says so."
            )
    if status.window is not None and status.release_at is None:
        lines.append(window_line(status, now))
    if status.part_at is not None:  # a season released in parts: the later part's own day, as surely as it is backed
        part_out, pt = rules.part_out_by(status, now), status.part_timed
        lines.append(f"**Part 2{' out' if part_out else ''}:** {ts(status.part_at, 'F', pt)} ({ts(status.part_at, 'R', pt)}), "
                     f"backed by {strongest(status.part_backing).value if status.part_backing else 'unconfirmed'} sources.")
    lines += [mark_note] if mark_note else []
    embed.description = "\n".join(lines)
    if status.backing:
        embed.add_field(
            name="Backed by", value=field_lines([claim_line(c, audience, reads=reads) for c in status.backing]), inline=False
        )
    # the date's own sources, unless they are the ones just listed (the milestone is the date)
    listed = {c.id for c in status.backing}
    dated_by = [c for c in status.release_backing if c.id not in listed]
    if dated_by and status.release_at is not None:
        embed.add_field(
            name="Release date sources",
            value=field_lines([claim_line(c, audience, reads=reads) for c in dated_by]),
            inline=False,
        )
    window_by = [c for c in status.window_backing if c.id not in listed]
    if window_by and status.window is not None and status.release_at is None:
        embed.add_field(
            name="Release window sources",
            value=field_lines([claim_line(c, audience, reads=reads) for c in window_by]),
            inline=False,
        )
    part_by = [c for c in status.part_backing if c.id not in listed]
    if part_by and status.part_at is not None:
        embed.add_field(name="Part 2 sources", value=field_lines([claim_line(c, audience, reads=reads) for c in part_by]),
                        inline=False)
    outdated = outdated_dates(status)  # a replaced date, or what the status already says, waits for nothing
    settled = settled_by_release(status)  # once out, a guess at when is no open rumour: listed as settled
    outdated |= {c.id for c in settled}
    held = held_back(status) - outdated  # two sources agree: the date that stands holds them back, not a missing source
    pending = [c for c in status.pending if c.id not in outdated and c.id not in held]
    if pending:
        embed.add_field(
            name="Reported, waiting for a second independent source",
            value=field_lines([claim_line(c, audience, reads=reads) for c in pending]),
            inline=False,
        )
    if held:
        embed.add_field(
            name=held_name(status),
            value=field_lines([claim_line(c, audience, reads=reads) for c in status.pending if c.id in held]),
            inline=False,
        )
    rumours = [c for c in status.rumours if c.id not in outdated]
    if rumours:
        embed.add_field(
            name="Rumours (never move the status)",
            value=field_lines([
                claim_line(c, audience, reads=reads)
                for c in sorted(rumours, key=lambda c: (c.date, c.id), reverse=True)  # the newest guess first
            ]),
            inline=False,
        )
    if settled:
        embed.add_field(
            name="Settled by the release",
            value=field_lines([settled_line(c, status, audience, reads)
                               for c in sorted(settled, key=lambda c: (c.date, c.id), reverse=True)]),
            inline=False,
        )
    if status.refuted:
        settlers = dict(settlements or {})
        settlers.update((c.id, Settlement.of(c)) for c in status.settled_by)
        newest_first = sorted(status.refuted, key=lambda c: (c.date, c.id), reverse=True)
        embed.add_field(
            name="Refuted",
            value=field_lines(
                [claim_line(c, audience, settled_by=settlers.get(c.refuted_by or ""), refuted=True, reads=reads) for c in newest_first]
            ),
            inline=False,
        )
    embed.set_footer(text="A rumour never moves the status: it takes an official source or two independent reports.")
    return fit_embed(embed)



def held_name(status: Status) -> str:
    """What holds back a day two independent sources agree on: the date that stands, as surely as it is backed."""
    official = strongest(status.release_backing) is Confidence.OFFICIAL
    return f"Reported by two or more independent sources; {'the official' if official else 'a newer'} date stands"


def settled_line(claim: Claim, status: Status, audience: Position, reads: Reads) -> str:
    """A guess at when season 2 comes out, once it is out: the guess as it was said (and as sure),
    then whether the release bore it out or overtook it, as the refuted claims say what settles them."""
    out = rules.came_out_at(status)
    day = f" on {ts(out)}" if out is not None else ""
    verdict = {True: "came true", False: "overtaken", None: "settled"}[came_true(claim, status)]
    return f"{claim_line(claim, audience, reads=reads)}\n↳ {verdict}: season 2 came out{day}."


def window_line(status: Status, now: dt.datetime) -> str:
    """The release window as a window: no date, so no countdown (and said so once it has passed)."""
    label = inert(status.window, 80)
    sure = f" ({strongest(status.window_backing).value})" if status.window_backing else ""
    window = read_window(status.window or "", now.date())
    if window is not None and window.last < now.date():
        return f"**Expected:** {label}{sure}; that window has passed with no date announced."
    return f"**Expected:** {label}{sure} — a window, not a date: no countdown until the day is announced."


def sources_embed(health: Sequence[SourceHealth], reads: Reads = None, audience: Position = NOTHING) -> discord.Embed:
    """/season2 sources: each source by name, with its address, last poll, last change and failures
    (a feed's title and address are outside text: shown to `audience` only when they spoil nothing)."""
    embed = discord.Embed(title="Season 2 sources", colour=COLOUR)
    if not health:
        embed.description = (
            "No outside source is configured; moderators can still use `/season2set report`. "
            "Sources are set in hyosan.toml or the environment (TVmaze, RSS feeds)."
        )
        return embed
    badge = {"new": "🆕 new", "ok": "🟢 ok", "backing_off": "🟠 backing off", "circuit_open": "🔴 paused",
             "half_open": "🟡 retrying"}
    fields = [_source_field(item, badge, reads, audience) for item in health]
    # Discord refuses an embed over 6000 characters in all or 25 fields: the sources that fit, then a count
    shown = min(len(fields), 25 if len(fields) <= 25 else 24)
    while shown > 1 and len(embed) + sum(len(n) + len(v) for n, v in fields[:shown]) + (
            _MORE_ROOM if shown < len(fields) else 0) > MAX_EMBED:
        shown -= 1
    for name, value in fields[:shown]:
        embed.add_field(name=name, value=value, inline=False)
    if shown < len(fields):
        embed.add_field(name="More sources", value=f"…and {len(fields) - shown} more, not shown: "
                        "Discord allows one message this long.", inline=False)
    return embed


_MORE_ROOM = 120  # the "…and N more" field's characters


_KINDS = {"rss": "news feed", "tvmaze": "TVmaze listing"}


def _source_name(item: SourceHealth, reads: Reads, audience: Position) -> tuple[str, str | None]:
    """A source's heading as people name it: its feed's own title, else its site ("soompi.com"),
    else its kind; inert, and never one that spoils (a heading cannot hide in bars). With it, the
    line that shows a withheld title in bars (None when the title is the heading or there is none)."""
    title, hidden = feed_text(item.title, 80, reads, audience)
    if title and not hidden:
        return title, None
    withheld = "Title: " + link(item.title or "", None, reads, audience) if title else None
    site, site_hidden = feed_text(host_of(item.base_url) if "://" in item.base_url else "", 80, reads, audience)
    if item.kind == "tvmaze":
        return "TVmaze", withheld
    return (site if site and not site_hidden else _KINDS.get(item.kind, "source")).capitalize(), withheld


def _address(url: str, reads: Reads, audience: Position) -> str:
    """A source's address, shortened (no scheme or "www.") and linked; in bars whole when it spoils."""
    short = shorten(url.split("://", 1)[-1].removeprefix("www."), 60)
    return link(short, url, reads, audience)


def _source_field(item: SourceHealth, badge: Mapping[str, str], reads: Reads, audience: Position) -> tuple[str, str]:
    """One source's field: its name, then its address, state, polls, change and failures."""
    name, withheld = _source_name(item, reads, audience)
    kind = _KINDS.get(item.kind) or inert(item.kind, 20)
    lines = [f"{badge.get(item.state, item.state)} · {kind} · {_address(item.base_url, reads, audience)}"]
    if withheld:
        lines.append(withheld)
    lines.append("Last poll: " + (ts(item.last_poll_at, "R") if item.last_poll_at else "never"))
    lines.append("Last change: " + (ts(item.last_change_at, "R") if item.last_change_at else "none seen"))
    if item.consecutive_failures:
        lines.append(f"Failures in a row: {item.consecutive_failures}")
        if item.last_error:
            lines.append("Last error: " + plain_error(item.last_error))
    elif item.last_error:  # a poll that answered, with something to know (a feed read in part)
        lines.append("Note: " + plain_error(item.last_error))
    if item.next_poll_at:
        lines.append("Next poll: " + ts(item.next_poll_at, "R"))
    return name, "\n".join(lines)


def offsets_text(offsets: Sequence[int]) -> str:
    """'30d, 7d, 1d, 1h, at release', or 'none'."""
    return ", ".join(format_offset(o) for o in offsets) or "none"


# --------------------------------------------------------------------------- command replies

TIMELINE_CAPTION = (
    "Season 2 timeline: green circles are official, blue diamonds reported, amber squares rumours; "
    "refuted claims are crossed out."
)


def _span(offset_s: int) -> str:
    """An offset as a fan reads it: "30 days", "1 hour"."""
    for size, unit in ((DAY, "day"), (HOUR, "hour"), (60, "minute")):
        if offset_s % size == 0:
            count = offset_s // size
            return f"{count} {unit}{'' if count == 1 else 's'}"
    return format_offset(offset_s)


def _released(part: int) -> str:
    return "the release" if part == 1 else "Part 2"


def _before(offset_s: int, part: int = 1) -> str:
    """One reminder's moment: "1 hour before the release", "at release"; Part 2's names it ("at Part 2's release")."""
    if offset_s == 0:
        return "at release" if part == 1 else "at Part 2's release"
    return f"{_span(offset_s)} before {_released(part)}"


def _dm_schedule(part: int = 1, day: str = "") -> str:
    """The direct-message reminders: "30 days, 7 days, 1 day and 1 hour before the release, and at release"
    (Part 2's: "... before Part 2 (`day`), and at Part 2's release")."""
    spans = [_span(offset) for offset in DEFAULT_OFFSETS if offset]
    listed = spans[0] if len(spans) == 1 else f"{', '.join(spans[:-1])} and {spans[-1]}"
    return f"{listed} before {_released(part)}{day}" + (f", and {_before(0, part)}" if 0 in DEFAULT_OFFSETS else "")


def remind_text(
    wanted: bool, status: Status, now: dt.datetime, *, in_server: bool, already: bool = False,
    refused_at: dt.datetime | None = None, to_come: Sequence[str] = (), listed_at: dt.datetime | None = None,
) -> str:
    """/season2 remind: whether the fan is now on the list, and what they will get and when (the
    next reminder when a date is known; none left once season 2 is out). `already`: the fan asked
    for what already was so (on:True while on the list), and the answer says nothing changed.
    `refused_at`: when Discord refused their last reminder (which turned them off), said first; `to_come`: what TVmaze
    alone lists (render_posts.out_now_lines): still to come, with `listed_at`, or out too after "no countdown left". Once no
    countdown is left (rules.countdown_over), asking for reminders gets only that: the fan is not put on
    the list (cog), so nothing to stop. `listed_at`: the day TVmaze alone lists them for (no Part 2 day standing), which
    Part 2's countdown follows as reported (reminders.sync_part_2), said with `to_come`'s line as the status card says it."""
    if wanted and (released := rules.released_by(status, now)) is not None and rules.countdown_over(status, now) \
            and listed_at is None:
        came = f"Season 2 came out {ts(released, 'R', status.release_timed)} ({ts(released, 'D', status.release_timed)})"
        # (a later part TVmaze alone listed, out too: said as the card says it, review68a; one still to come is `listed_at`'s)
        return f"{came}, so there is no countdown left to remind you of." + "".join(f" {line}" for line in to_come)
    if wanted and refused_at is not None:
        where = "this server's members" if in_server else "servers you share with the bot"
        return (
            f"Your last reminder ({ts(refused_at, 'R')}) never reached you: Discord refused it (most often "
            f"because direct messages from {where} are off in your privacy settings, or because I am blocked), "
            "so I had stopped them. Allow those direct messages, or the next ones won't reach you either.\n"
            + remind_text(wanted, status, now, in_server=in_server, to_come=to_come, listed_at=listed_at)
        )
    stop = "Run `/season2 remind` again to stop."
    if not wanted:
        if already:
            return "You weren't getting season 2 reminders by direct message, so nothing changed. `/season2 remind` turns them on."
        return "You won't get season 2 reminders by direct message any more. `/season2 remind` turns them back on."
    release_at = status.release_at
    confidence = release_confidence(status)
    timed = status.release_timed
    when = _dm_schedule()
    part_next = False
    if rules.released_by(status, now) is not None:
        # Part 2 dated and to come: its countdown is what comes by DM (rehearse60: "no countdown left", then it came)
        release_at, confidence, timed = status.part_at, part_confidence(status), status.part_timed
        if listed_at is not None and release_at is None:  # TVmaze's day alone, as the status card says it
            release_at, confidence, timed = listed_at, Confidence.REPORTED, True
        part_next = True
    admitted = confidence is not None and posts.level_admits(DM_LEVEL, confidence)
    if release_at is not None and admitted:
        if part_next:
            when = _dm_schedule(2, f" ({ts(release_at, 'F', timed)})")
        out = rules.out_moment(release_at, timed)  # reminders count back from when it is out
        upcoming = [offset for offset in DEFAULT_OFFSETS if out - dt.timedelta(seconds=offset) > now]
        text = f"You're on the list: a direct message {when}."
        if upcoming:
            due = out - dt.timedelta(seconds=upcoming[0])
            text += f" The next one: {_before(upcoming[0], 2 if part_next else 1)}, {ts(due, 'R')}."
        text += "".join(f" {line}" for line in to_come if listed_at is not None)  # its day and how sure, as the card
    elif part_next:
        text = (f"You're on the list. Part 2's date is not confirmed yet: once an official or reported one is, "
                f"you'll get a direct message {_dm_schedule(2)}.")
    else:
        expected = ""
        if release_at is None and status.window is not None:  # a window is no date: nothing to count down to
            expected = f" (season 2 is expected in {inert(status.window, 80)}, a window, not a date)"
        text = (
            f"You're on the list. No release date is confirmed yet{expected}: once an official or reported one is, "
            f"you'll get a direct message {when}."
        )
    if in_server:
        text += " They come only if this server's members may send you direct messages (your privacy settings)."
    if already:
        text = text.replace("You're on the list", "You were already on the list", 1)
    return f"{text} {stop}"


_RETRACT_HINT = "`/season2set retract` takes it back."


def read_as_text(window: Window, today: dt.date) -> str:
    """How a window typed without its year was read (empty when it had one): said first, plainly."""
    if not window.year_read:
        return ""
    which = "the one under way" if window.first <= today else "the next one"
    return f"No year was given: read as **{inert(window.label, 80)}** ({which}). "


def read_day_as_text(release_at: dt.datetime) -> str:
    """How a release said from today ("tomorrow 9pm KST", "this Friday", "christmas") was read, said
    first: the day and hour in UTC, as stored, then the reader's own clock. (A day typed without its
    hour is its UTC midnight, which the reader's clock alone shows as the evening before in America.)"""
    utc = release_at.astimezone(dt.UTC)
    return f"Read as {utc.strftime('%A')} {utc.day} {utc.strftime('%B %Y, %H:%M')} UTC ({ts(release_at, 'F')} your time). "


def _utc(when: dt.datetime) -> str:
    return when.astimezone(dt.UTC).strftime("%Y-%m-%d %H:%M UTC")


def _same_release(standing: dt.datetime, claimed: dt.datetime, claimed_timed: bool) -> bool:
    """A claimed release that is the standing one: the same moment, or its day typed without an hour."""
    return standing == claimed or (not claimed_timed and standing.astimezone(dt.UTC).date() == claimed.date())


def _announced_here(channels: int) -> str:
    """Where a reported change is announced in the reporter's server (never other servers' counts)."""
    if channels:
        return f"Announced in {channels} channel{'s' if channels != 1 else ''} here."
    return "No channel here announces it: `/season2set announce set` picks one (its `level` says which news)."


def report_text(result: ReportResult, status: Status | None = None) -> str:
    """What a moderator's report changed, or why it changed nothing (`status`: as it now stands)."""
    claim = result.claim
    window = (f" It is kept as a window ({inert(claim.release_window, 80)}), never as a date: no countdown until "
              "the day is announced.") if claim.release_window else ""
    if result.transitions:
        changes = "; ".join(t.summary() for t in result.transitions)
        # the moment the status now holds (a day typed without its hour takes TVmaze's time), as the
        # changes just said it: never the typed day's UTC midnight beside "08:00 UTC"
        held = status is not None and status.release_at is not None
        moment = status.release_at if status is not None and status.release_at is not None else claim.release_at
        timed = status.release_timed if status is not None and held else claim.timed
        if claim.milestone is Milestone.PART_DATED:  # Part 2's own moment, never the season's (rehearse66: "part 2
            # dated: 2027-04-09 07:00 UTC" beside Part 1's 12 March in the reader's zone)
            part_held = status is not None and status.part_at is not None
            moment = status.part_at if status is not None and status.part_at is not None else claim.release_at
            timed = status.part_timed if status is not None and part_held else claim.timed
        when = f" ({ts(moment, 'F', timed)} your time)" if claim.release_at and moment else ""
        return f"Recorded. The status changed: {changes}{when}. {_announced_here(result.here)}{window} {_RETRACT_HINT}"
    if result.repeated:  # sent twice, or another moderator was quicker: not a second report
        return ("That was reported already (the same milestone, link and day), so nothing changed. "
                "`/season2 status` shows where season 2 stands.")
    if claim.milestone is Milestone.RELEASE_WINDOW and claim.confidence is Confidence.OFFICIAL and status is not None:
        if status.release_at is not None:
            why = (f"a release date stands ({ts(status.release_at, 'F', status.release_timed)}), and a window changes nothing while a date "
                   "does; if the date is wrong, retract it")
        elif status.window is not None and status.window.casefold() == (claim.release_window or "").casefold():
            why = "that already is the release window"
        else:
            why = "the release window stays the one backed by a stronger or newer report; if that one is wrong, retract it"
        return f"Recorded, but the status did not change: {why}.{window} {_RETRACT_HINT}"
    if claim.confidence is not Confidence.OFFICIAL:
        why = ("an unofficial report counts once a news source reports the same too; a moderator's unofficial "
               "report alone never moves the status")
        if claim.release_at is not None and status is not None and status.release_at not in (None, claim.release_at):
            why += (f". It gives {_utc(claim.release_at)} ({ts(claim.release_at, 'F', claim.timed)} your time), not the release "
                    f"date that stands ({ts(status.release_at, 'F', status.release_timed)}): `/season2 status` shows both")
        elif claim.release_at is not None:
            why += f". Its release date is kept as {_utc(claim.release_at)} ({ts(claim.release_at, 'F', claim.timed)} your time)"
    elif status is not None and claim.release_at is not None and status.release_at is not None \
            and _same_release(status.release_at, claim.release_at, claim.timed):
        why = "that already is the release date"
    elif status is not None and claim.release_at is not None and status.release_at is not None:
        why = (f"the release date stays {ts(status.release_at, 'F', status.release_timed)}, backed by a stronger or newer report; "
               "if that one is wrong, retract it")
    elif status is not None and status.milestone is not None:
        why = f"season 2 is already at {status.milestone.label.lower()}, and an earlier step never moves it back"
    else:
        why = "a milestone already reached changes nothing"
    return f"Recorded, but the status did not change: {why}.{window} {_RETRACT_HINT}"


CONFIRM_EXPIRED = "That confirmation has expired (or I restarted): run `/season2set report` again."
REPORT_CANCELLED = "Cancelled: nothing was reported."


def confirm_report_text(preview: ReportPreview) -> str:
    changes = "; ".join(t.summary() for t in preview.transitions)
    servers = f" in {preview.servers_pinged} servers" if preview.servers_pinged > 1 else ""
    roles = f"{preview.roles_pinged} role{'s' if preview.roles_pinged != 1 else ''}{servers}"
    ping = f" and its announcement will ping {roles}" if preview.roles_pinged else ""
    standing, claim = preview.contradicts, preview.claim
    if standing is not None and claim.release_at is not None:
        return (
            f"This official report gives {_utc(claim.release_at)} ({ts(claim.release_at, 'F')} your time), but the "
            f"release date that stands, {_utc(standing)} ({ts(standing, 'F')}), came from an official source too. "
            f"Posting it changes the release date ({changes}){ping}. If the date was moved, post it (milestone "
            "\u201cRelease date changed\u201d says so next time); if one of the two sources is wrong, cancel. Post it?"
        )
    return f"This official report changes season 2's status ({changes}){ping}. Post it?"


def report_choice(claim: Claim, reported_at: dt.datetime | None = None) -> str:
    """A report as /season2set retract offers it (a choice: plain text, at most 100 characters);
    `reported_at` tells apart two reports that would read the same."""
    when = f" for {claim.release_at.date().isoformat()}" if claim.release_at else ""
    if claim.release_window:
        when = f": {claim.release_window}"
    text = f"{claim.milestone.label}{when} ({claim.confidence.value}) · {claim.source.publisher} · {claim.date_text}"
    stamp = f" · reported {reported_at.astimezone(dt.UTC):%d %b %H:%M:%S} UTC" if reported_at is not None else ""
    shown = shorten(clean_input(text, limit=200), 100 - len(stamp))
    return shown + stamp if shown else claim.id


def already_retracted_text(report: ReportRow) -> str:
    """A report retracted before: when and by whom (a mention that pings nobody: the reply is sent so)."""
    when = f" {ts(report.retracted_at, 'R')} ({ts(report.retracted_at, 'f')})" if report.retracted_at else ""
    who = f" by <@{report.retracted_by}>" if report.retracted_by else ""
    return (f"That report was already retracted{when}{who}: it no longer counts, and nothing changed now. "
            "To report it again, use `/season2set report`.")


def retract_text(done: Retraction) -> str:
    what = f"Retracted the {done.claim.milestone.label.lower()} report from {inert(done.claim.source.publisher, 60)}."
    if done.transitions:
        what += " The status changed back: " + "; ".join(t.summary() for t in done.transitions) + "."
    else:
        what += " The status did not change."
    if done.queued:
        what += f" A correction is on its way to {done.queued} channel{'s' if done.queued != 1 else ''}."
    elif done.announced:
        what += " Its announcement had not gone out yet, so it was stopped."
    return what


OFFSETS_HELP = (
    "Separate reminders with commas (`7d, 1d, 1h`); units written together are one time (`1h 30m`, "
    "`an hour and 30 minutes`: one reminder 90 minutes before), but `1d 1h` is the day and the hour before."
)


def guild_offsets_text(offsets: Sequence[int], combined: Sequence[tuple[str, int]] | None = None) -> str:
    """/season2set reminders: the server's reminders; after a change, each time read as one from
    parts written together, and how to have them separately instead. `combined` None: only shown."""
    if not offsets:
        return (
            "Countdown reminders are off in this server (announcements still come). Turn them on with e.g. "
            f"`7d, 1d, 1h`; `default` brings back {offsets_text(DEFAULT_OFFSETS)}."
        )
    text = f"Countdown reminders in this server: {offsets_text(offsets)}."
    for written, seconds in combined or ():
        separate = ", ".join(written.split())
        text += (f"\n`{written}` is one reminder, {_span(seconds)} before the release; "
                 f"for separate reminders write `{separate}`.")
    if combined is None:
        text += "\n" + OFFSETS_HELP
    return text


def rooms_on_text(channel_id: int, *, moved_from: int | None = None) -> str:
    """`moved_from`: the channel rooms opened in until now (one channel a server: it gets no more)."""
    instead = f", instead of <#{moved_from}>" if moved_from is not None and moved_from != channel_id else ""
    return (
        f"Episode rooms are on: when an episode comes out, I open a thread for it in <#{channel_id}> "
        f"(named like “S2 · Episode 3”, spoiler-safe up to that episode){instead}. `/season2set rooms off` stops them."
    )


def rooms_off_text(changed: bool) -> str:
    if not changed:
        return "Episode rooms were not on here."
    return "Episode rooms are off: no new rooms will open. The rooms already open stay as they are."

