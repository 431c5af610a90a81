"""Season 2 as the cog sees it: the tracker wired to the outbox, the reminders and the dispatcher.

The tracker calls `_on_transition` inside the transaction that records a change: the
announcement rows and the reminder schedule are written in that same transaction, so a change
is either recorded with its announcements or not at all. The pollers call `_on_circuit` the same
way when a source's circuit breaker opens or closes: the servers' warnings commit with it. The dispatcher is kicked once the
transaction is done (its claim waits for the writer lock, so it sees the committed rows).
"""

from __future__ import annotations

import datetime as dt
import hashlib
import logging
import re
import urllib.parse
from collections.abc import Sequence
from dataclasses import dataclass

import aiosqlite

from bot.clock import Clock
from bot.config import Settings
from bot.errors import UserError
from bot.season2 import outbox, reminders
from bot.season2 import status as rules
from bot.season2.claims import Pack
from bot.season2.dispatcher import Dispatcher
from bot.season2.live import LiveStatus
from bot.season2.model import Claim, Confidence, Milestone, Source, Status, Transition, strongest
from bot.season2.reminders import Reminders
from bot.season2.sources.poller import CircuitEvent, Pollers, SourceHealth
from bot.season2.tracker import Season2Tracker
from db import season2_delivery as repo
from db import season2_tracking as tracking
from db.connection import Database

log = logging.getLogger(__name__)

#: Transition kinds after which the reminder schedule must follow the release date.
_DATE_KINDS = ("release_date_set", "release_date_changed", "release_date_withdrawn", "delayed", "cancelled")


class ReportError(UserError):
    """A moderator's report could not be accepted; the message says why."""


def parse_report_day(text: str, today: dt.date) -> dt.date:
    """The day a source said something: 'today' or YYYY-MM-DD."""
    if text.strip().lower() == "today":
        return today
    try:
        return dt.date.fromisoformat(text.strip())
    except ValueError:
        raise ReportError("I couldn't read the date: write it as YYYY-MM-DD, for example 2026-07-23.") from None


_RELATIVE = re.compile(r"^\+(\d{1,4})([dh])$")


def parse_release(text: str | None, now: dt.datetime) -> dt.datetime | None:
    """A reported release time: YYYY-MM-DD, YYYY-MM-DD HH:MM (UTC; a 'T' between them and a trailing 'UTC' allowed)
    or +10d / +36h from now (to the minute). Empty means none given."""
    if text is None or not text.strip():
        return None
    relative = _RELATIVE.match(text.strip().lower())
    if relative:
        amount = int(relative.group(1))
        delta = dt.timedelta(days=amount) if relative.group(2) == "d" else dt.timedelta(hours=amount)
        return (now + delta).replace(second=0, microsecond=0)
    raw = text.strip().upper().removesuffix("UTC").strip().replace("T", " ")
    for fmt in ("%Y-%m-%d %H:%M", "%Y-%m-%d"):
        try:
            return dt.datetime.strptime(raw, fmt).replace(tzinfo=dt.UTC)
        except ValueError:
            continue
    raise ReportError(
        "I couldn't read the release date: write YYYY-MM-DD, YYYY-MM-DD HH:MM (UTC) or +10d / +36h from now."
    )


@dataclass(frozen=True)
class ReportResult:
    claim: Claim
    transitions: list[Transition]
    queued: int


def release_confidence(status: Status) -> Confidence | None:
    if status.release_at is None:
        return None
    return strongest(status.release_backing) if status.release_backing else Confidence.OFFICIAL


def moderator_claim(
    *,
    milestone: Milestone,
    source_url: str,
    date: dt.date,
    official: bool,
    reporter_id: int,
    today: dt.date,
    release_at: dt.datetime | None = None,
) -> Claim:
    """A claim from `/season2 report`; refuses bad URLs and dates in the future."""
    parsed = urllib.parse.urlsplit(source_url.strip())
    if parsed.scheme not in ("http", "https") or not parsed.hostname or len(source_url) > 500:
        raise ReportError("The source must be a web address starting with http:// or https://.")
    if date > today:
        raise ReportError("The date is in the future: give the day the source said it.")
    if milestone in (Milestone.RELEASE_DATE_ANNOUNCED, Milestone.RELEASE_DATE_CHANGED) and release_at is None:
        raise ReportError("A release date report needs the release date (release_date option).")
    host = parsed.hostname.removeprefix("www.")
    confidence = Confidence.OFFICIAL if official else Confidence.REPORTED
    key = "|".join([milestone.value, source_url.strip(), date.isoformat(), confidence.value,
                    "" if release_at is None else release_at.isoformat()])
    return Claim(
        id="mod:" + hashlib.sha1(key.encode()).hexdigest()[:16],
        milestone=milestone,
        date=date,
        confidence=confidence,
        source=Source(publisher=host, title=f"{host} (moderator report)", url=source_url.strip(),
                      date=date),
        text=f"{milestone.label} ({confidence.value}), reported by a moderator",
        release_at=release_at,
        origin="moderator",
    )


class Season2Service:
    """Built on a ready `Dispatcher` (its transport, lease and pace are the caller's choice)."""

    def __init__(self, db: Database, clock: Clock, dispatcher: Dispatcher) -> None:
        self.db = db
        self.clock = clock
        self.dispatcher = dispatcher
        self.reminders = Reminders(db, clock, on_queued=self.dispatcher.kick)
        self.tracker = Season2Tracker(db, clock, on_transition=self._on_transition)
        self.pollers: Pollers = Pollers([])
        # The status in memory for /ask (bot.lore.live.LiveSeason2); refreshed after commits.
        self.live = LiveStatus()

    def attach_sources(self, settings: Settings) -> None:
        """Pollers for the sources configured in `settings` (TVmaze, RSS feeds); a source whose
        circuit breaker opens (or closes again) is reported in each subscribed server."""
        self.pollers = Pollers.from_settings(settings, self.tracker, self.clock, on_circuit=self._on_circuit)

    async def poll(self) -> None:
        """Poll the sources that are due (each keeps its own backoff and circuit breaker)."""
        try:
            outcomes = await self.pollers.poll_due(self.clock.now())
        except Exception:
            log.exception("season-2 source polling failed")
            outcomes = []
        if self.live.stale or any(o.new_claims or o.transitions for o in outcomes):
            await self.refresh_live()

    async def sources_health(self) -> list[SourceHealth]:
        return await self.pollers.health(self.clock.now())

    async def timeline_data(self) -> tuple[list[Claim], list[Transition], Status]:
        claims = await self.tracker.claims()
        history = await self.tracker.history()
        return claims, [entry.transition for entry in history], rules.compute_status(claims)

    # ------------------------------------------------------------------ lifecycle

    async def start(self, pack: Pack | None) -> None:
        """Seed from the lore pack (baseline: announces nothing), rebuild reminders, send what waits."""
        if pack is not None:
            seeded = await self.tracker.seed_from_pack(pack)
            if seeded:
                log.info("season 2: seeded %d transitions from the lore pack (not announced)", len(seeded))
        status = await self.tracker.status()
        self.live.update(status)
        await self.reminders.rebuild(status.release_at, release_confidence(status))
        self.dispatcher.kick()

    async def refresh_live(self) -> None:
        """Rebuild the in-memory status /ask reads, from what is committed."""
        try:
            self.live.update(await self.tracker.status())
        except Exception:
            log.exception("season 2: the live status for /ask could not be refreshed")

    async def tick(self) -> None:
        """Fire due reminders, then send whatever is due (the scheduler job and clock listener)."""
        try:
            await self.reminders.tick()
        except Exception:
            log.exception("season-2 reminder scan failed")
        if self.live.stale:
            await self.refresh_live()
        await self.dispatcher.tick()

    async def stop(self) -> None:
        await self.dispatcher.stop()
        await self.pollers.close()

    async def _on_transition(self, conn: aiosqlite.Connection, transition: Transition) -> None:
        now = self.clock.now()
        queued = await outbox.enqueue(conn, transition, now)
        log.info("season 2: %s queued for %d channels", transition.summary(), queued)
        self.live.stale = True  # refreshed once this transaction has committed
        if transition.kind in _DATE_KINDS or transition.release_at_after != transition.release_at_before:
            # Follow the status as it now stands (inside this transaction), not the event alone.
            current = rules.compute_status(await tracking.load_claims(conn))
            await reminders.sync(
                conn, current.release_at, release_confidence(current), now,
                reason=transition.kind.replace("_", " "),
            )
        self.dispatcher.kick()

    async def _on_circuit(self, conn: aiosqlite.Connection, event: CircuitEvent) -> None:
        queued = await outbox.enqueue_source_alert(conn, event, self.clock.now())
        what = "is failing" if event.kind == "opened" else "answers again"
        log.info("season 2: source %s %s; %d server notices queued", event.source_id, what, queued)
        if queued:
            self.dispatcher.kick()

    # ------------------------------------------------------------------ reading

    async def status(self) -> Status:
        return await self.tracker.status()

    async def subscriptions(self, guild_id: int) -> list[repo.SubscriptionRow]:
        async with self.db.read() as conn:
            return await repo.list_subscriptions(conn, guild_id=guild_id, enabled_only=False)

    async def guild_offsets(self, guild_id: int) -> tuple[int, ...]:
        async with self.db.read() as conn:
            found = await repo.get_guild_offsets(conn, guild_id)
        return reminders.DEFAULT_OFFSETS if found is None else found

    async def is_opted_in(self, user_id: int) -> bool:
        async with self.db.read() as conn:
            return await repo.is_opted_in(conn, user_id)

    # ------------------------------------------------------------------ moderators and fans

    async def subscribe(
        self, *, guild_id: int, channel_id: int, role_id: int | None, level: str, created_by: int
    ) -> repo.SubscriptionRow:
        if level not in outbox.LEVELS:
            raise ValueError(f"unknown level {level!r}")
        async with self.db.transaction() as conn:
            return await repo.upsert_subscription(
                conn, guild_id=guild_id, channel_id=channel_id, role_id=role_id, level=level,
                created_by=created_by, now=self.clock.now(),
            )

    async def unsubscribe(self, guild_id: int, channel_id: int | None = None) -> list[repo.SubscriptionRow]:
        """Turn off the guild's announcements (or one channel's); their unsent messages are skipped."""
        async with self.db.transaction() as conn:
            now = self.clock.now()
            turned_off = await repo.disable_guild_subscriptions(
                conn, guild_id, "turned off by a moderator", now, channel_id=channel_id
            )
            for sub in turned_off:
                await repo.skip_open_rows(conn, "announcements turned off", subscription_id=sub.id)
        return turned_off

    async def send_test(self, guild_id: int, token: str, requested_by: int) -> int:
        async with self.db.transaction() as conn:
            queued = await outbox.enqueue_test(
                conn, guild_id=guild_id, token=token, requested_by=requested_by, now=self.clock.now()
            )
        self.dispatcher.kick()
        return queued

    async def set_optin(self, user_id: int, guild_id: int | None, wanted: bool) -> bool:
        """Opt a fan in or out of DM reminders; True when something changed."""
        async with self.db.transaction() as conn:
            if wanted:
                return await repo.add_optin(conn, user_id, guild_id, self.clock.now())
            return await repo.remove_optin(conn, user_id)

    async def toggle_optin(self, user_id: int, guild_id: int | None, on: bool | None = None) -> bool:
        """Opt a fan in (on=True), out (on=False), or switch (None); returns whether they are now in."""
        wanted = (not await self.is_opted_in(user_id)) if on is None else on
        await self.set_optin(user_id, guild_id, wanted)
        return wanted

    async def set_offsets(self, guild_id: int, offsets: Sequence[int]) -> None:
        status = await self.tracker.status()
        await self.reminders.set_guild_offsets(guild_id, offsets, status.release_at, release_confidence(status))

    async def report(
        self,
        *,
        milestone: Milestone,
        source_url: str,
        date: dt.date,
        official: bool,
        reporter_id: int,
        release_at: dt.datetime | None = None,
    ) -> ReportResult:
        claim = moderator_claim(
            milestone=milestone, source_url=source_url, date=date, official=official,
            reporter_id=reporter_id, today=self.clock.now().date(), release_at=release_at,
        )
        async with self.db.read() as conn:
            before = await repo.outbox_counts(conn)
        transitions = await self.tracker.ingest([claim])
        await self.refresh_live()
        async with self.db.read() as conn:
            after = await repo.outbox_counts(conn)
        return ReportResult(claim, transitions, sum(after.values()) - sum(before.values()))
