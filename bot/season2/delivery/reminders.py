"""Countdown reminders before the season-2 release, kept in SQLite and driven by the clock.

Once a release date is known, one reminder row per offset (the union of every server's offsets
and the direct-message defaults) is scheduled. When the date changes the old rows are cancelled
(and their unsent messages skipped) and new ones scheduled; when it is withdrawn they are all
cancelled. A date that holds again (moved back, re-announced) gets its cancelled ones back, and
while it is to come its skipped messages (none twice, none whose moment passed). Nothing lives
only in memory: `tick()` scans for what fell due, so a restart, a jump of the clock or the demo's
`advance` all work the same way.

A reminder that fell due while the bot was down is still sent while it means something (see
`grace_for`), otherwise skipped with a log line; when several fell due together, only the latest
one is sent (the others are superseded). Firing writes outbox rows (event key = release date +
offset), so a reminder is delivered once per channel and per opted-in fan.

The release itself (`announce_release`): every subscribed channel learns once that season 2 is
out. A channel whose server keeps the at-release reminder (offset 0) gets that reminder; every
other channel gets one "Season 2 is out" post (event key `released:<release date>`), and so does a
channel whose at-release reminder was skipped as too late. Never both: each side looks at the
other's rows in the same transaction. A fan who opted in by DM before the release gets the post
too when their at-release reminder was skipped (the bot down past it), however late, saying it
comes late: they were promised the release; a channel gets it only while it is news (a week).

A season released in parts counts down to its Part 2 (`Status.part_at`) the same way (`part=2`): rows of their
own, event keys of their own (`reminder:part2:…`, `released:part2:…`), moved or cancelled with Part 2's day alone.
A day TVmaze alone lists counts down by DM only; once it stands again, the channels get the step they missed meanwhile
while it is within its grace (the latest alone: a passed step is left out, the next one posted).
"""

from __future__ import annotations

import datetime as dt
import logging
from collections.abc import Callable, Iterable, Sequence
from collections.abc import Set as AbstractSet
from dataclasses import replace

import aiosqlite

from bot.clock import Clock
from bot.outbox import channel_target, dm_target, enqueue_dm, loads
from bot.season2.delivery import posts
from bot.season2.model import LEVELS, Confidence, Status, strongest
from bot.season2.model.delivery import OutboxEntry, Reminder, Subscription
from bot.season2.rules import out_moment, out_moment_of
from bot.season2.to_come import listed_to_come, part_episodes
from bot.show import TRACKED_SEASON, ShowShape
from db import outbox as outbox_db
from db import show as show_db
from db import times
from db.connection import Database
from db.season2 import reminders as reminders_db
from db.season2 import subscriptions as subscriptions_db

log = logging.getLogger(__name__)

MINUTE = 60
HOUR = 3600
DAY = 86400
DEFAULT_OFFSETS: tuple[int, ...] = (30 * DAY, 7 * DAY, DAY, HOUR, 0)
#: Direct-message reminders follow release dates backed at least this strongly.
DM_LEVEL = "reported"
#: Why a countdown's post is skipped when its day moved or was withdrawn (then the reason): taken back if the day holds again.
CANCELLED = "reminder cancelled"


def release_confidence(status: Status) -> Confidence | None:
    """How strongly the release date is backed (None without one): what reminders carry."""
    if status.release_at is None:
        return None
    return strongest(status.release_backing) if status.release_backing else Confidence.OFFICIAL


def part_confidence(status: Status) -> Confidence | None:
    """How strongly Part 2's day is backed (None without one): what its reminders carry."""
    return strongest(status.part_backing) if status.part_at is not None and status.part_backing else None


def grace_for(offset_s: int) -> dt.timedelta:
    """How late a reminder may still be sent.

    At release: 6 h (it is still release day news). Up to an hour before: half the offset (the
    hour reminder up to 30 min late). Up to a day before: a quarter (the day reminder up to 6 h
    late). Longer: a seventh (the week reminder up to a day late, the 30-day one about 4 days).
    """
    if offset_s <= 0:
        return dt.timedelta(hours=6)
    if offset_s <= HOUR:
        return dt.timedelta(seconds=offset_s / 2)
    if offset_s <= DAY:
        return dt.timedelta(seconds=offset_s / 4)
    return dt.timedelta(seconds=offset_s / 7)


def format_offset(offset_s: int) -> str:
    if offset_s == 0:
        return "at release"
    for unit, size in (("d", DAY), ("h", HOUR), ("m", MINUTE)):
        if offset_s % size == 0:
            return f"{offset_s // size}{unit}"
    return f"{offset_s}s"


def too_late_to_post(payload: dict[str, object], now: dt.datetime) -> bool:
    """Whether a countdown reminder's post ("1h to go") is past its grace (`grace_for`): held back by
    Discord (down, busy) until then, it would now mislead, so it is never sent. Other posts: False."""
    offset, release = payload.get("offset_s"), payload.get("release_at")
    if payload.get("type") != "reminder" or not isinstance(offset, int) or offset <= 0 or not isinstance(release, str):
        return False
    # counted back from the moment it is out, as `sync` schedules it (a bare day: midnight Pacific)
    moment = out_moment(dt.datetime.fromisoformat(release), payload.get("release_timed") is True)
    return now > moment - dt.timedelta(seconds=offset) + grace_for(offset)


def countdown_of(payload: dict[str, object]) -> tuple[str, int] | None:
    """The day (as stored) and part a countdown reminder's post counts down to; None for any other post (`withdrawn`
    asks the database only of these)."""
    release, part = payload.get("release_at"), payload.get("part", 1)
    if payload.get("type") != "reminder" or not isinstance(release, str) or not isinstance(part, int):
        return None
    try:
        if dt.datetime.fromisoformat(release).tzinfo is None:
            return None
    except ValueError:
        return None  # unreadable: the dispatcher fails that row alone, rather than every claim (and channel) with it
    return release, part


async def withdrawn(conn: aiosqlite.Connection, payload: dict[str, object]) -> str | None:
    """Why a countdown reminder's post no longer stands (its day moved or was withdrawn while Discord held it back),
    None while it does (other posts: None). `sync` skips the rows waiting; the dispatcher checks every row it claims
    here (one Discord refused, one a copy that died left 'sending', as the day moved), so none counts down to a day that
    no longer holds. A day that holds again has no cancelled row (`sync`)."""
    if (counted := countdown_of(payload)) is None:
        return None
    reason = await reminders_db.cancelled_reason(conn, dt.datetime.fromisoformat(counted[0]), counted[1])
    return None if reason is None else f"{CANCELLED}: {reason}"


# ---- the checks that a claimed post still stands (the dispatcher asks them)


async def skip_overtaken(conn: aiosqlite.Connection, sent: OutboxEntry) -> None:
    """Announcements to `sent`'s channel queued before it and still held back (retried while news) that would post
    stale news after it (a date it has just told otherwise, a status step it has moved past): skipped, never posted
    after it (`posts.overtaken`)."""
    told = loads(sent.payload)
    if not posts.may_overtake(told):  # nothing it could overtake: no query for every other sent post
        return
    for older in await outbox_db.open_rows_before(conn, sent.target, sent.id, posts.TRANSITION_PREFIX):
        if posts.overtaken(told, loads(older.payload)):
            await outbox_db.mark_final(conn, older.id, "skipped", "overtaken: a later post of the same news reached the channel first")
            log.info("season-2 row %d to %s skipped: overtaken by row %d", older.id, older.target, sent.id)


async def skip_withdrawn(conn: aiosqlite.Connection, rows: list[OutboxEntry]) -> list[OutboxEntry]:
    """The claimed rows still to send: a countdown whose day moved or was withdrawn after it was queued (re-queued
    after Discord refused it, or left 'sending' by a copy that died: what `sync` could not skip) is skipped."""
    kept = []
    asked: dict[tuple[str, int], str | None] = {}  # one query per countdown, not per channel it goes to
    for row in rows:
        payload = loads(row.payload)
        if (counted := countdown_of(payload)) is not None and counted not in asked:
            asked[counted] = await withdrawn(conn, payload)
        if counted is None or (gone := asked[counted]) is None:
            kept.append(row)
            continue
        await outbox_db.mark_final(conn, row.id, "skipped", gone)
        log.info("season-2 row %d to %s skipped: %s", row.id, row.target, gone)
    return kept


#: The release is news for a week: a bot that was down longer posts no late "Season 2 is out" to
#: channels (a fan who asked for it by DM still gets it, saying it is late).
RELEASE_NEWS_GRACE = dt.timedelta(days=7)


def _part_key(part: int) -> str:
    return "" if part == 1 else f"part{part}:"


def reminder_event_key(release_at: dt.datetime, offset_s: int, part: int = 1) -> str:
    return f"reminder:{_part_key(part)}{times.encode(release_at)}:{offset_s}"


def release_event_key(release_at: dt.datetime, part: int = 1) -> str:
    return f"released:{_part_key(part)}{times.encode(release_at)}"


def _event_prefix(release_at: dt.datetime, part: int = 1) -> str:
    return f"reminder:{_part_key(part)}{times.encode(release_at)}:"


async def wanted_offsets(conn: aiosqlite.Connection) -> set[int]:
    """Every offset some server (or the DM defaults) wants."""
    wanted = set(DEFAULT_OFFSETS)
    for offsets in (await subscriptions_db.all_guild_offsets(conn)).values():
        wanted.update(offsets)
    return wanted


async def sync(
    conn: aiosqlite.Connection,
    release_at: dt.datetime | None,
    confidence: Confidence | str | None,
    now: dt.datetime,
    *,
    timed: bool,
    reason: str = "release date changed",
    part: int = 1,
    channels: bool = True,
) -> None:
    """Make the scheduled reminders of `part` (2: a later part's) match `release_at` (None: withdrawn; `timed`: its
    hour was given), to subscribed channels too unless `channels` is False (a day that does not stand: fans who asked
    by DM only). Call inside a transaction."""
    cancelled = await reminders_db.cancel_reminders_not_for(conn, release_at, reason, now, part=part)
    for old in {row.release_at for row in cancelled}:
        skipped = await outbox_db.skip_open_rows(conn, f"{CANCELLED}: {reason}", event_prefix=_event_prefix(old, part))
        log.info("cancelled season-2 reminders for %s (%s); %d unsent messages skipped", old, reason, skipped)
    if release_at is None:
        return
    # Counted back from the moment season 2 is out (a bare day: midnight Pacific, as the posts and
    # /season2 status say), never from the day's UTC midnight: that said "out now" seven hours early.
    moment = out_moment(release_at, timed)
    # A day that holds again (moved away and back, withdrawn and re-announced) counts down again: its cancelled
    # reminders come back (no row stays cancelled for the day that stands; one whose moment passed meanwhile is the
    # tick's to skip, or to send within its grace), and while it is to come, the posts its move held back go out after
    # all (the dispatcher leaves out one whose countdown is over; once it is out, the release post tells the channels).
    if await reminders_db.restore_reminders(conn, release_at, moment, now, part=part):
        log.info("season-2 reminders before %s scheduled again: the date holds again", release_at)
    level = Confidence(confidence or Confidence.OFFICIAL).value
    if moment > now:  # a held-back countdown says how surely the day is backed now, and goes where that is taken
        await outbox_db.reopen_skipped(conn, CANCELLED, event_prefix=_event_prefix(release_at, part), now=now,
                                       confidence=level, levels=[lv for lv in LEVELS if posts.level_admits(lv, level)],
                                       dm_level=DM_LEVEL, channels=channels)
    if not channels:  # a channel's countdown queued while the day stood is held back with it, a fan's DM not (fix112)
        await outbox_db.skip_open_rows(conn, f"{CANCELLED}: {reason}", event_prefix=_event_prefix(release_at, part),
                                       channels_only=True)
    await reminders_db.set_reminders_confidence(conn, release_at, level, now, part=part, channels=channels)
    if channels and moment > now:  # the day stands for channels again: the step they missed meanwhile (fix114)
        await _channels_catch_up(conn, release_at, level, now, part=part)
    for offset_s in sorted(await wanted_offsets(conn), reverse=True):
        due = moment - dt.timedelta(seconds=offset_s)
        past = due <= now
        added = await reminders_db.insert_reminder(
            conn,
            release_at=release_at,
            offset_s=offset_s,
            confidence=level,
            state="skipped" if past else "scheduled",
            reason="already past when the date became known" if past else None,
            now=now,
            due_at=due,
            part=part,
            channels=channels,
        )
        if added and not past:
            log.info("season-2 reminder %s before %s scheduled for %s", format_offset(offset_s), release_at, due)


async def _channels_catch_up(conn: aiosqlite.Connection, release_at: dt.datetime, level: str, now: dt.datetime, *,
                             part: int) -> None:
    """The countdown step that went to fans' DMs alone while `part`'s day did not stand (TVmaze alone listed it, fix111),
    to the channels once it stands again, while that step is within its grace (`grace_for`): the latest such step alone.
    An earlier step held back then (its post reopened) is past its grace by then and left out (`too_late_to_post`): a
    channel reads "1d to go" when Netflix confirms the day a day before it, never a stale "7d to go"."""
    missed = [row for row in await reminders_db.list_reminders(conn, state="fired")
              if row.part == part and row.release_at == release_at and not row.channels]
    if not missed:
        return
    latest = min(missed, key=lambda row: row.offset_s)
    if now - latest.due_at <= grace_for(latest.offset_s):  # (its fans' DMs are queued already: not again)
        await fan_out(conn, replace(latest, channels=True, confidence=level), now)


async def follow(conn: aiosqlite.Connection, status: Status, now: dt.datetime, *, reason: str) -> None:
    """Both countdowns made to match `status`: the season's release and its Part 2's (see `sync`)."""
    await sync(conn, status.release_at, release_confidence(status), now, timed=status.release_timed, reason=reason)
    await sync_part_2(conn, status, now, reason=reason)


async def sync_part_2(conn: aiosqlite.Connection, status: Status, now: dt.datetime, *, reason: str) -> None:
    """Part 2's countdown made to match `status`: its day alone, as surely as it is backed (a report Netflix confirms);
    after every write that may move it (a start, a poll, a report, a retraction, a listing learned). Once season 2 is
    out with no Part 2 day standing, the day TVmaze lists the episodes still to come for, as reported: the day the
    status card shows for them ("Episodes 5-8 come later: TVmaze lists ..."), so /season2 remind counts down to it:
    by DM only (the fan's own choice); a channel's countdown starts once a day stands (Netflix, or a second source)."""
    listed = await listed_part_2(conn, status, now) if status.part_at is None else None
    if listed is None:
        await sync(conn, status.part_at, part_confidence(status), now, timed=status.part_timed, reason=reason, part=2)
    else:
        await sync(conn, listed, Confidence.REPORTED, now, timed=True, reason=reason, part=2, channels=False)


async def listed_part_2(conn: aiosqlite.Connection, status: Status, now: dt.datetime) -> dt.datetime | None:
    """Once season 2 is out by `status` at `now`: when TVmaze lists the first episode still to come after its release
    (read at the release moment, so the day holds once it passes), else None."""
    moment = out_moment_of(status)
    if moment is None or moment > now:
        return None
    show = ShowShape(e for e in await show_db.load_episodes(conn) if e.season == TRACKED_SEASON)
    show.set_premiere(TRACKED_SEASON, moment)  # as the tracker sets it for the status card
    to_come = listed_to_come(show, moment)
    return None if to_come is None else to_come.next_at


class Reminders:
    def __init__(self, db: Database, clock: Clock, *, on_queued: Callable[[], None] | None = None) -> None:
        self.db = db
        self.clock = clock
        self.on_queued = on_queued

    async def rebuild(self, status: Status) -> None:
        """At start: bring both countdowns (the season's, its Part 2's) in line with the stored status (nothing kept
        in memory)."""
        async with self.db.transaction() as conn:
            await follow(conn, status, self.clock.now(), reason="release date no longer current")

    async def set_guild_offsets(self, guild_id: int, offsets: Sequence[int], status: Status) -> None:
        """A server's offsets: both countdowns' rows follow them."""
        async with self.db.transaction() as conn:
            await subscriptions_db.set_guild_offsets(conn, guild_id, offsets, self.clock.now())
            await follow(conn, status, self.clock.now(), reason="release date changed")

    async def tick(self) -> int:
        """Fire what fell due (late ones within grace), skip the rest; returns outbox rows queued."""
        now = self.clock.now()
        queued = 0
        async with self.db.transaction() as conn:
            due = await reminders_db.due_reminders(conn, now)
            by_release: dict[tuple[dt.datetime, int], list[Reminder]] = {}
            for row in due:
                by_release.setdefault((row.release_at, row.part), []).append(row)
            for rows in by_release.values():
                latest = min(rows, key=lambda r: r.offset_s)
                for row in rows:
                    late = now - row.due_at
                    if row is not latest:
                        await reminders_db.set_reminder_state(conn, row.id, "skipped", "superseded by a later reminder", now)
                        log.info(
                            "skipped season-2 reminder %s before %s: a later one is due too",
                            format_offset(row.offset_s), row.release_at,
                        )
                    elif late > grace_for(row.offset_s):
                        await reminders_db.set_reminder_state(conn, row.id, "skipped", f"too late ({late})", now)
                        log.info(
                            "skipped season-2 reminder %s before %s: due %s, now %s late (grace %s)",
                            format_offset(row.offset_s), row.release_at, row.due_at, late, grace_for(row.offset_s),
                        )
                        if row.offset_s == 0:  # its channels still learn that season 2 (or its Part 2) is out
                            queued += await announce_release(conn, row.release_at, row.confidence, now, timed=row.timed,
                                                             part=row.part)
                    else:
                        queued += await fan_out(conn, row, now)
                        await reminders_db.set_reminder_state(conn, row.id, "fired", None, now)
                        if row.offset_s == 0 and row.part != 1:  # no status change marks Part 2 out: its
                            # at-release reminder does, and servers that left it out get the one release post
                            queued += await announce_release(conn, row.release_at, row.confidence, now, timed=row.timed,
                                                             part=row.part)
                        if late > dt.timedelta(minutes=1):
                            log.info("sent season-2 reminder %s before %s late by %s",
                                     format_offset(row.offset_s), row.release_at, late)
        if queued and self.on_queued is not None:
            self.on_queued()
        return queued


def _guild_wants(offsets_by_guild: dict[int, tuple[int, ...]], guild_id: int, offset_s: int) -> bool:
    return offset_s in offsets_by_guild.get(guild_id, DEFAULT_OFFSETS)


async def fan_out(conn: aiosqlite.Connection, reminder: Reminder, now: dt.datetime) -> int:
    """Outbox rows for one reminder: each subscribed channel that wants it, each opted-in fan."""
    offsets_by_guild = await subscriptions_db.all_guild_offsets(conn)
    key = reminder_event_key(reminder.release_at, reminder.offset_s, reminder.part)
    payload = {
        "type": "reminder",
        "release_at": reminder.release_at.isoformat(),
        "release_timed": reminder.timed,
        "offset_s": reminder.offset_s,
        "confidence": reminder.confidence,
        **({"part": reminder.part} if reminder.part != 1 else {}),
        **(await _rest_to_come(conn, reminder.release_at, reminder.timed)
           if reminder.offset_s == 0 and reminder.part == 1 else {}),
        **(await _part_brings(conn, reminder.part) if reminder.offset_s == 0 and reminder.part != 1 else {}),
    }
    told = await _targets(conn, release_event_key(reminder.release_at, reminder.part)) if reminder.offset_s == 0 else set()
    subs: Iterable[Subscription] = [
        sub
        for sub in await subscriptions_db.list_subscriptions(conn)
        if _guild_wants(offsets_by_guild, sub.guild_id, reminder.offset_s)
        and channel_target(sub.channel_id) not in told  # it had the release post already
    ] if reminder.channels else []  # a day TVmaze alone lists: no channel's countdown (sync_part_2)
    count = await posts.enqueue_to_subscriptions(
        conn,
        event_key=key,
        kind="reminder",
        payload=payload,
        now=now,
        confidence=Confidence(reminder.confidence),
        subscriptions=subs,
    )
    if reminder.offset_s in DEFAULT_OFFSETS and posts.level_admits(DM_LEVEL, reminder.confidence):
        count += await _to_opted_in(conn, key, payload, now)
    return count


async def _to_opted_in(
    conn: aiosqlite.Connection, event_key: str, payload: dict[str, object], now: dt.datetime,
    *, told: AbstractSet[str] = frozenset(), opted_before: dt.datetime | None = None,
) -> int:
    """One DM row of an event to each fan who opted in by DM (`opted_before`: before that moment;
    not those already `told`); the rows added."""
    count = 0
    for user_id in await subscriptions_db.list_optins(conn, before=opted_before):
        if dm_target(user_id) not in told and await enqueue_dm(
            conn, event_key=event_key, kind="reminder", user_id=user_id, payload=payload, now=now
        ):
            count += 1
    return count


async def _rest_to_come(conn: aiosqlite.Connection, release_at: dt.datetime, timed: bool) -> dict[str, object]:
    """For the post that season 2 is out, what of it is still to come (a fan read "Season 2 is out now" as all of it
    while half was weeks away: rehearse66): Part 2's moment and backing while its countdown runs, else the next
    episode TVmaze lists after the release (one source, reported); with the episodes out and to come as listed, read
    as /season2 status reads them (bot.season2.to_come)."""
    moment = out_moment(release_at, timed)
    show = ShowShape(e for e in await show_db.load_episodes(conn) if e.season == TRACKED_SEASON)
    show.set_premiere(TRACKED_SEASON, moment)  # as the tracker sets it for the status: the first drop out then
    to_come = listed_to_come(show, moment)
    part_2 = [row for row in await reminders_db.list_reminders(conn, state="scheduled") if row.part == 2 and row.offset_s == 0
              and row.channels]  # (not the DM countdown to the day TVmaze alone lists: said as TVmaze's word)
    if part_2:
        said: dict[str, object] = {"part_2_at": part_2[0].release_at.isoformat(), "part_2_timed": part_2[0].timed,
                                   "part_2_confidence": part_2[0].confidence}
        return said | ({"episodes_out": list(to_come.out), "episodes_later": list(to_come.later)} if to_come else {})
    return to_come.payload() if to_come is not None else {}


async def _part_brings(conn: aiosqlite.Connection, part: int) -> dict[str, object]:
    """For the post that Part 2 is out, the episodes it brings as the listing shows its drops, as the Part 1 post names
    them ("Part 2 (episodes 5-8) comes out ..."); nothing when no listing shows that part."""
    span = part_episodes(ShowShape(e for e in await show_db.load_episodes(conn) if e.season == TRACKED_SEASON), part)
    return {"part_episodes": list(span)} if span is not None else {}


async def _targets(conn: aiosqlite.Connection, event_key: str, *, told_only: bool = False) -> set[str]:
    """The targets of an event's rows (`told_only`: not those whose post failed or was skipped)."""
    rows = await outbox_db.outbox_rows(conn, event_key=event_key)
    return {row.target for row in rows if not told_only or row.state not in ("failed", "skipped")}


async def announce_release(
    conn: aiosqlite.Connection, release_at: dt.datetime, confidence: Confidence | str | None, now: dt.datetime,
    *, timed: bool, part: int = 1,
) -> int:
    """Season 2 (`part` 2: its later part) came out at `release_at`: one "Season 2 is out" post to each subscribed channel
    that does not get the at-release reminder (its server left it out, or it was skipped as too
    late), within RELEASE_NEWS_GRACE, and one DM to each fan who opted in before the release and
    was not told at release, however late (they were promised it; past the at-release reminder's
    grace it says it comes late). Call inside the transaction that found the release (the release
    moment's refresh, or the tick that skipped the at-release reminder, or fired Part 2's); returns the rows added
    (none when it was queued before: once per channel and fan, restarts included)."""
    level = Confidence(confidence or Confidence.OFFICIAL)
    at_release = [row for row in await reminders_db.list_reminders(conn, state="scheduled")
                  if row.release_at == release_at and row.offset_s == 0 and row.part == part]
    will_fire = bool(at_release)
    # a countdown by DM only (Part 2's day TVmaze alone lists) posts to no channel: each gets this post instead
    fires_in_channels = any(row.channels for row in at_release)
    # a channel whose at-release post was refused (announcements turned off there) was never told
    reminded = await _targets(conn, reminder_event_key(release_at, 0, part), told_only=True)
    payload: dict[str, object] = {
        "type": "released", "release_at": release_at.isoformat(), "release_timed": timed, "offset_s": 0,
        "confidence": level.value, **({"part": part} if part != 1 else {}),
        **(await _rest_to_come(conn, release_at, timed) if part == 1 else await _part_brings(conn, part)),
    }
    count = 0
    moment = out_moment(release_at, timed)  # lateness counts from when it is out, not the day's UTC midnight
    if now - moment > RELEASE_NEWS_GRACE:
        log.info("season 2 came out at %s, over %s ago: no release post to channels", release_at, RELEASE_NEWS_GRACE)
    else:
        offsets_by_guild = await subscriptions_db.all_guild_offsets(conn)
        subs = [
            sub
            for sub in await subscriptions_db.list_subscriptions(conn)
            if channel_target(sub.channel_id) not in reminded
            and not (fires_in_channels and _guild_wants(offsets_by_guild, sub.guild_id, 0))
        ]
        count = await posts.enqueue_to_subscriptions(
            conn, event_key=release_event_key(release_at, part), kind="reminder", payload=payload, now=now,
            confidence=level, subscriptions=subs,
        )
    # a fan who asked for the countdown by DM before the release was promised the release too
    if not will_fire and posts.level_admits(DM_LEVEL, level.value):
        late = now - moment > grace_for(0)
        count += await _to_opted_in(
            conn, release_event_key(release_at, part), {**payload, "late": True} if late else payload, now,
            told=reminded, opted_before=moment,
        )
    if count:
        log.info("season 2 is out: the release post queued for %d channels and fans", count)
    return count
