"""Season-2 tracking: polling the sources, the ingest that records what they said, the current status.

`CurrentStatus` (bot/season2/current.py) is the season-2 status as it stands, held once in memory:
only tracking writes it (`publish`, after the transaction that changed the claims has committed).

`Tracking` is the one writer of claims. A poll (`poll_source`, each source's timer) asks
`schedule.is_due`, fetches through the source, and hands the answer to the ingest. An ingest is ONE
write transaction: load the stored claims once, compute the status before (once), insert the new
claims, compute the status after (once, from what was loaded plus what was inserted), record the
transitions, queue their announcements in the outbox (and follow a changed release date with the
reminders), save the source's state, then commit. After the commit the new status is published and
the dispatcher woken. A source's first successful poll and the lore pack's seeding record their
transitions as baseline: nothing is announced. The status is computed on the clock (a release
moment that has passed means season 2 is out); the first write to see a moment passed (a poll, a
report, `refresh`, the calendar job of that moment, a start) records and posts the release, once.
"""

from __future__ import annotations

import asyncio
import datetime as dt
import logging
from collections.abc import Awaitable, Callable, Iterable, Sequence
from dataclasses import replace

import aiohttp
import aiosqlite

from bot.clock import Clock
from bot.outbox import dumps
from bot.season2 import history, rules, schedule
from bot.season2.current import CurrentStatus
from bot.season2.delivery import posts, reminders
from bot.season2.model import (
    Claim,
    DateOutOfRange,
    HistoryEntry,
    Milestone,
    ReportRow,
    Standing,
    Status,
    Transition,
    check_day,
    check_release,
)
from bot.season2.model.polling import CircuitEvent, SourceState
from bot.season2.outcomes import Ingested, PollOutcome, SourceUpdate
from bot.season2.retractions import AlreadyRetracted, RetractError, Retraction
from bot.season2.sources.base import FetchResult, NewsSource, SourceError, SourceRefused, describe_failure
from bot.show import TRACKED_SEASON, EpisodeInfo, ShowShape
from db import show as show_db
from db import times
from db.connection import Database
from db.failures import StorageError
from db.season2 import claims as claims_db
from db.season2 import reports as reports_db
from db.season2 import sources as sources_db
from db.season2 import transitions as transitions_db

log = logging.getLogger(__name__)

TIMEOUT_SECONDS = 20.0
#: Transition kinds after which the reminder schedule must follow the release date.
DATE_KINDS = ("release_date_set", "release_date_changed", "release_date_withdrawn", "release_date_confirmed", "delayed",
              "cancelled")


class Tracking:
    def __init__(
        self,
        db: Database,
        clock: Clock,
        current: CurrentStatus | None = None,
        *,
        sources: Sequence[NewsSource] = (),
        user_agent: str = "hyosan",
        timeout: float = TIMEOUT_SECONDS,
        policy: schedule.Policy = schedule.DEFAULT_POLICY,
        on_queued: Callable[[], None] | None = None,
        show: ShowShape | None = None,
        on_published: Callable[[Status, dt.datetime | None], None] | None = None,
    ) -> None:
        self.db = db
        self.clock = clock
        self.current = current if current is not None else CurrentStatus(clock=clock)
        # The bot's one shape of the show: episode lists the sources show grow it (after commit).
        self.show = show if show is not None else ShowShape.season_one()
        self.sources = list(sources)
        self.user_agent = user_agent
        self.timeout = timeout
        self.policy = policy
        self.on_queued = on_queued
        #: Told each status published (the cog arms the calendar job of its release moment).
        self.on_published = on_published
        self._http: aiohttp.ClientSession | None = None
        self._polling: dict[str, asyncio.Lock] = {s.source_id: asyncio.Lock() for s in self.sources}
        self._released: set[str] = set()  # release transitions this run found recorded (_record_release)

    # ------------------------------------------------------------------ the ingest

    async def ingest(self, claims: Iterable[Claim], *, announce: bool = True) -> Ingested:
        """Store new claims, record (and announce) what they change; claims already stored change nothing."""
        return await self._ingest(list(claims), announce=announce)

    async def ingest_report(self, claim: Claim, *, guild_id: int, user_id: int) -> Ingested:
        """A moderator's report: its claim through the ingest, and in the same transaction which
        server and moderator made it (so it can be retracted there)."""

        async def record(conn: aiosqlite.Connection) -> None:
            await reports_db.record_report(conn, claim.id, guild_id=guild_id, user_id=user_id, now=self.clock.now())

        return await self._ingest([claim], announce=True, also=record)

    async def retract(self, claim_id: str, *, guild_id: int, user_id: int) -> Retraction:
        """Remove a server's report: the status is computed again without it; what changes is
        recorded as baseline (not announced); if an announcement had cited the report, one
        correction is queued to the channels it reached (its unsent rows are skipped)."""
        now = self.clock.now()
        async with self.db.transaction() as conn:
            report = await reports_db.get_report(conn, claim_id)
            if report is None or report.guild_id != guild_id:
                raise RetractError(
                    "There is no report of this server by that name: pick one from the list offered as you type."
                )
            if report.retracted_at is not None:
                raise AlreadyRetracted(report)
            stored = await claims_db.load_claims(conn)
            removed = await claims_db.delete_claim(conn, claim_id)
            if removed is None:
                raise RetractError("That report is no longer stored.")
            old = rules.compute_status(stored, now)
            kept = [c for c in stored if c.id != claim_id]
            new = rules.compute_status(kept, now)
            recorded = await self._record(conn, old, new, announce=False, now=now)
            announced = await transitions_db.announced_citing(conn, claim_id)
            queued = (await self._record_release(conn, kept, new, now))[1]
            if announced:
                queued += await posts.enqueue_correction(
                    conn, removed, announced, new, now=now, key=f"{claim_id}:{times.encode(report.reported_at)}"
                )
            if (old.release_at, old.release_timed) != (new.release_at, new.release_timed):
                await reminders.sync(conn, new.release_at, reminders.release_confidence(new), now, timed=new.release_timed,
                                     reason="report retracted")
            await reminders.sync_part_2(conn, new, now, reason="report retracted")  # a retracted Part 2 day takes its countdown
            await reports_db.mark_retracted(
                conn, claim_id, user_id=user_id, now=now, claim_json=dumps(posts.claim_payload(removed))
            )
        self._committed(new, queued, kept, now)
        return Retraction(removed, tuple(recorded), len(announced), queued, new)

    async def open_reports(self, guild_id: int) -> list[tuple[ReportRow, Claim]]:
        """A server's reports that stand, newest first, with their claims."""
        async with self.db.read() as conn:
            rows = await reports_db.open_reports(conn, guild_id)
            claims = await claims_db.get_claims(conn, [r.claim_id for r in rows])
        return [(row, claims[row.claim_id]) for row in rows if row.claim_id in claims]

    async def _ingest(
        self,
        claims: Sequence[Claim],
        *,
        announce: bool,
        source: SourceUpdate | None = None,
        also: Callable[[aiosqlite.Connection], Awaitable[None]] | None = None,
    ) -> Ingested:
        now = self.clock.now()
        claims = [c for c in claims if _dates_can_be_true(c, now)]
        async with self.db.transaction() as conn:
            if also is not None:
                await also(conn)
            stored = await claims_db.load_claims(conn)
            every, new, recorded, queued = await self._store(conn, stored, claims, announce=announce, now=now)
            queued += (await self._record_release(conn, every, new, now))[1]
            learned: dict[int, tuple[EpisodeInfo, ...]] = {}
            if source is not None:
                queued += await self._save_source(conn, source, now)
                learned = await self._save_episodes(conn, source, now)
                if learned:  # a listing of the episodes still to come moves Part 2's countdown where no day stands
                    await reminders.sync_part_2(conn, new, now, reason="the episodes listed changed")
        for season, episodes in learned.items():
            self.show.add_episodes(season, episodes)
            log.info("season2: the show now has %d episodes in season %d", len(episodes), season)
        self._committed(new, queued, every, now)
        return Ingested(tuple(recorded), len(every) - len(stored), queued, new)

    async def _store(
        self, conn: aiosqlite.Connection, stored: list[Claim], claims: Sequence[Claim], *, announce: bool,
        now: dt.datetime,
    ) -> tuple[list[Claim], Status, list[Transition], int]:
        """Within a write: the claims not stored yet inserted (one statement), the status computed before
        and after (twice, from the one load), what changed recorded and announced. Returns every claim,
        the new status, the transitions recorded and the posts queued."""
        old = rules.compute_status(stored, now)
        added = _unseen(stored, claims)
        await claims_db.insert_claims(conn, added, baseline=not announce, recorded_at=_heard_after(stored, now))
        if not added:
            return stored, old, [], 0
        every = [*stored, *added]
        new = rules.compute_status(every, now)
        recorded = await self._record(conn, old, new, announce=announce, now=now)
        queued = 0
        if announce:
            # a rumour moves nothing, but a channel at level all hears it once (posts.enqueue_rumours)
            queued += await self._announce(conn, recorded, new, now)
            queued += await posts.enqueue_rumours(conn, stored, added, new, now)
        else:  # a baseline posts nothing, but the countdowns follow the status, as at every start
            await reminders.follow(conn, new, now, reason="baseline recorded")
        return every, new, recorded, queued

    async def _save_episodes(
        self, conn: aiosqlite.Connection, update: SourceUpdate, now: dt.datetime
    ) -> dict[int, tuple[EpisodeInfo, ...]]:
        """Store the seasons whose episode list changed (a season's list replaces what was known
        of it: a renumbering); an empty list changes nothing. Returns what changed."""
        changed: dict[int, tuple[EpisodeInfo, ...]] = {}
        for season, episodes in (update.episodes or {}).items():
            listed = tuple(sorted(episodes, key=lambda e: e.number))
            if season < 2 or not listed or listed == self.show.episodes_in(season):
                continue
            await show_db.replace_season(conn, season, listed, source=update.state.source_id, now=now)
            changed[season] = listed
        return changed

    async def refute(self, claim_id: str, by: str | None = None) -> list[Transition]:
        """Mark a stored claim refuted (a correction); records and announces what that changes."""
        now = self.clock.now()
        async with self.db.transaction() as conn:
            stored = await claims_db.load_claims(conn)
            old = rules.compute_status(stored, now)
            changed = await claims_db.set_standing(conn, claim_id, Standing.REFUTED, by)
            if changed is None:
                raise KeyError(claim_id)
            every = [changed if c.id == claim_id else c for c in stored]
            new = rules.compute_status(every, now)
            recorded = await self._record(conn, old, new, announce=True, now=now)
            queued = await self._announce(conn, recorded, new, now) + (await self._record_release(conn, every, new, now))[1]
        self._committed(new, queued, every, now)
        return recorded

    async def seed(self, claims: Iterable[Claim]) -> list[Transition]:
        """Record claims as the initial history (baseline: announces nothing), then publish the status.

        On an empty database the claims are replayed in date order, so the history holds every
        step; otherwise only the resulting change is recorded (also as baseline).
        """
        batch = sorted(claims, key=rules.claim_order)
        now = self.clock.now()
        recorded: list[Transition] = []
        async with self.db.transaction() as conn:
            await claims_db.set_spoils(conn, batch)
            stored = await claims_db.load_claims(conn)
            added = _unseen(stored, batch)
            await claims_db.insert_claims(conn, added, baseline=True, recorded_at=now)
            every = [*stored, *added]
            new = rules.compute_status(every, now)
            if added and stored:
                recorded = await self._record(conn, rules.compute_status(stored, now), new, announce=False, now=now)
            elif added:
                for transition in history.history(every):
                    if await transitions_db.insert_transition(conn, transition, baseline=True, recorded_at=now):
                        recorded.append(transition)
            queued = (await self._record_release(conn, every, new, now))[1]
        self._committed(new, queued, every, now)
        return recorded

    async def refresh(self) -> list[Transition]:
        """The status computed again on the clock: the calendar job of the release moment (and a
        start after it), which records the release unless a write before it saw it first. What each
        source last answered says at this instant joins it first, recorded and announced as its next
        poll would (TVmaze's listing at its airstamp: that season 2 aired, as surely as TVmaze says it),
        so every reader says it from the listed instant, not from that poll; the poll then adds nothing."""
        now = self.clock.now()
        async with self.db.transaction() as conn:
            listed = [c for c in await self._listed_now(conn, now) if _dates_can_be_true(c, now)]
            stored = await claims_db.load_claims(conn)
            every, new, recorded, queued = await self._store(conn, stored, listed, announce=True, now=now)
            released, release_posts = await self._record_release(conn, every, new, now)
        self._committed(new, queued + release_posts, every, now)
        return [*recorded, *released]

    async def _listed_now(self, conn: aiosqlite.Connection, now: dt.datetime) -> list[Claim]:
        """The claims each source's last answer gives at `now` (`NewsSource.claims_at`), from sources whose
        first poll is recorded (a first answer is a baseline, recorded by its poll) and whose last answer is
        fresh (`_fresh`): a listing read days ago, before an outage, may since have been withdrawn."""
        listed: list[Claim] = []
        for source in self.sources:
            state = await sources_db.get_source(conn, source.source_id)
            if state is not None and state.baseline_recorded and _fresh(state, source.min_interval, now):
                listed += source.claims_at(state, now)
        return listed

    async def _record_release(self, conn: aiosqlite.Connection, claims: Sequence[Claim], new: Status,
                              now: dt.datetime) -> tuple[list[Transition], int]:
        """Season 2 out by the clock at `now` (`new`, computed then): the release recorded by the first
        write that sees it, whichever it is (a poll, a report, the moment's job, a start), and posted once,
        as the at-release reminder where a server keeps it, else as one "Season 2 is out" post
        (reminders.announce_release), never as an announcement; every later write finds it recorded.
        Returns what it recorded and the posts queued."""
        if (release_at := rules.released_by(new, now)) is None:
            return [], 0
        before = rules.compute_status(claims)
        passed = {t.id for t in rules.diff(before, new)}
        if passed <= self._released:  # an earlier write recorded it: every poll after need not look again
            return [], 0
        recorded = await self._record(conn, before, new, announce=False, now=now)
        self._released |= passed - {t.id for t in recorded}  # found committed already (never what may roll back)
        if not any(t.to_milestone is Milestone.RELEASED for t in recorded):
            return recorded, 0
        await reminders.sync_part_2(conn, new, now, reason="season 2 came out")  # (the episodes TVmaze lists later)
        return recorded, await reminders.announce_release(conn, release_at, reminders.release_confidence(new), now,
                                                          timed=new.release_timed)

    async def _record(
        self, conn: aiosqlite.Connection, old: Status, new: Status, *, announce: bool, now: dt.datetime
    ) -> list[Transition]:
        recorded: list[Transition] = []
        for transition in rules.diff(old, new):
            if not await transitions_db.insert_transition(conn, transition, baseline=not announce, recorded_at=now):
                log.info("season2: transition %s already recorded; not announced again", transition.id)
                continue
            recorded.append(transition)
            log.info(
                "season2: %s (%s, %s)", transition.summary(), transition.confidence.value,
                "announced" if announce else "baseline",
            )
        return recorded

    async def _announce(
        self, conn: aiosqlite.Connection, recorded: Sequence[Transition], new: Status, now: dt.datetime
    ) -> int:
        """Queue each transition's announcements; a changed release date moves the reminders."""
        queued = 0
        for transition in recorded:
            count = await posts.enqueue(conn, transition, now)
            log.info("season 2: %s queued for %d channels", transition.summary(), count)
            queued += count
        dated = [t for t in recorded if t.kind in DATE_KINDS or t.release_at_after != t.release_at_before]
        if dated:
            await reminders.sync(
                conn, new.release_at, reminders.release_confidence(new), now, timed=new.release_timed,
                reason=dated[0].kind.replace("_", " ")
            )
        await reminders.sync_part_2(conn, new, now, reason="part 2's day changed or withdrawn")
        return queued

    async def _save_source(self, conn: aiosqlite.Connection, update: SourceUpdate, now: dt.datetime) -> int:
        state = update.state
        fresh = False
        if update.seen:
            keys = {item.key for item in update.seen}
            fresh = bool(keys - await sources_db.seen_keys(conn, state.source_id, keys))
            items = ((item.key, item.title, item.publisher) for item in update.seen)
            await sources_db.mark_seen(conn, state.source_id, items, now)
        if update.changed or fresh:
            state = replace(state, last_change_at=now)
        await sources_db.save_source(conn, state)
        if update.closed is None:
            return 0
        log.info("season2: %s answers again; circuit closed", state.source_id)
        return await self._alert(conn, update.closed, now)

    async def _alert(self, conn: aiosqlite.Connection, event: CircuitEvent, now: dt.datetime) -> int:
        queued = await posts.enqueue_source_alert(conn, event, now)
        what = "is failing" if event.kind == "opened" else "answers again"
        log.info("season 2: source %s %s; %d server notices queued", event.source_id, what, queued)
        return queued

    def _committed(self, status: Status, queued: int, claims: Sequence[Claim], now: dt.datetime) -> None:
        """After the commit: publish the status (with the claims it was computed from at `now`, so it
        turns when a release moment after `now` passes), wake the dispatcher when something was queued.
        `on_published` is told that moment: its release is still to record (by the moment's job), even
        when the clock has passed it since `now`; at or after it, this write has recorded it. Told as well
        of a day one source alone gives (`_next_moment`): the job then reads what the clock adds to it."""
        # out when the bot says so (ShowShape.set_premiere): a day alone at midnight Pacific, never midnight UTC
        moment = rules.out_moment_of(status)
        self.show.set_premiere(TRACKED_SEASON, moment)
        self.show.set_later_part(TRACKED_SEASON, None if status.part_at is None else rules.out_moment(status.part_at, status.part_timed))
        self.current.publish(status, claims, now)
        if self.on_published is not None:
            self.on_published(status, _next_moment(status, moment, now))
        if queued and self.on_queued is not None:
            self.on_queued()

    # ------------------------------------------------------------------ polling

    async def poll_due(self) -> list[PollOutcome]:
        """Poll every source that is due and not already being polled."""
        now = self.clock.now()
        outcomes = await asyncio.gather(*(self._poll(source, now, force=False) for source in self.sources))
        return [o for o in outcomes if o is not None]

    async def poll_source(self, source_id: str) -> PollOutcome | None:
        """Poll one source if it is due (its own timer, armed at its slot: `schedule.PollTimers`)."""
        source = next((s for s in self.sources if s.source_id == source_id), None)
        return None if source is None else await self._poll(source, self.clock.now(), force=False)

    async def polls_before(self, until: dt.datetime) -> list[tuple[str, dt.datetime | None]]:
        """Each source due by `until`, with its instant (its slot, or its circuit's end; None: never
        polled): what the minute's job arms one-off timers for (`schedule.PollTimers`), overdue ones too."""
        due: list[tuple[str, dt.datetime | None]] = []
        async with self.db.read() as conn:
            for source in self.sources:
                state = await sources_db.get_source(conn, source.source_id)
                at = None if state is None else state.next_poll_at
                if state is not None and state.circuit_open_until is not None:
                    at = max(at or state.circuit_open_until, state.circuit_open_until)
                if at is None or at <= until:
                    due.append((source.source_id, at))
        return due

    async def poll_now(self) -> list[PollOutcome]:
        """Poll every source regardless of its schedule (a moderator's 'check now'; the demo; tests)."""
        now = self.clock.now()
        outcomes = await asyncio.gather(*(self._poll(source, now, force=True) for source in self.sources))
        return [o for o in outcomes if o is not None]

    async def _poll(self, source: NewsSource, now: dt.datetime, *, force: bool) -> PollOutcome | None:
        lock = self._polling.setdefault(source.source_id, asyncio.Lock())
        if lock.locked() and not force:
            return None
        async with lock:
            try:
                return await self._poll_locked(source, now, force=force)
            except StorageError as exc:
                # The database logged it (once a minute); the source is polled again next time.
                return PollOutcome(source.source_id, ok=False, error=f"storage: {exc.reason}")

    async def _poll_locked(self, source: NewsSource, now: dt.datetime, *, force: bool) -> PollOutcome | None:
        state = await self._state(source)
        if not force and not schedule.is_due(state, now, source.min_interval):
            return None
        try:
            result = await source.fetch(self._session(), state, now)
        except asyncio.CancelledError:
            raise
        except SourceRefused as exc:
            return await self._failed(source, state, now, describe_failure(exc), refused=True)
        except (SourceError, aiohttp.ClientError, TimeoutError, ValueError, UnicodeError) as exc:
            asked = exc.retry_after if isinstance(exc, SourceError) else None  # its Retry-After: never sooner
            return await self._failed(source, state, now, describe_failure(exc), asked=asked)
        except Exception as exc:  # a bug in a parser must not stop the other sources
            log.exception("season2: source %s raised unexpectedly", source.source_id)
            return await self._failed(source, state, now, describe_failure(exc))
        try:
            return await self._fetched(source, state, now, result)
        except (asyncio.CancelledError, StorageError):
            raise
        except Exception as exc:
            log.exception("season2: recording what %s showed failed", source.source_id)
            return await self._failed(source, state, now, f"recording failed: {describe_failure(exc)}")

    async def _fetched(
        self, source: NewsSource, state: SourceState, now: dt.datetime, result: FetchResult
    ) -> PollOutcome:
        baseline = not state.baseline_recorded
        after, closed = schedule.after_success(state, now, source.min_interval)
        after = replace(
            after,
            show_id=result.show_id if result.show_id is not None else state.show_id,
            etag=result.etag,
            last_modified=result.last_modified,
            snapshot=result.snapshot if result.snapshot is not None else state.snapshot,
            # a feed read in part says so until a poll reads it whole (a 304 changes nothing)
            last_error=state.last_error if result.not_modified and not state.consecutive_failures else result.note,
        )
        update = SourceUpdate(
            after, result.seen, changed=result.changed or baseline, closed=closed, episodes=result.episodes
        )
        done = await self._ingest(result.claims, announce=not baseline, source=update)
        if baseline:
            log.info("season2: %s baseline recorded (%d claims, nothing announced)", source.source_id, done.new_claims)
        return PollOutcome(
            source.source_id, ok=True, not_modified=result.not_modified, baseline=baseline,
            new_claims=done.new_claims, transitions=done.transitions,
        )

    async def _failed(
        self, source: NewsSource, state: SourceState, now: dt.datetime, error: str, *, refused: bool = False,
        asked: dt.timedelta | None = None,
    ) -> PollOutcome:
        policy = replace(self.policy, failure_threshold=1) if refused else self.policy  # a setting: told at once
        after, opened = schedule.after_failure(state, now, error, source.min_interval, policy, asked)
        if after.consecutive_failures >= policy.failure_threshold:
            log.warning(
                "season2: %s failed %d times in a row (%s); circuit open until %s",
                source.source_id, after.consecutive_failures, error,
                after.circuit_open_until.isoformat() if after.circuit_open_until else "?",
            )
        else:
            log.warning("season2: %s failed (%s); next try at %s", source.source_id, error, after.next_poll_at)
        async with self.db.transaction() as conn:
            await sources_db.save_source(conn, after)
            queued = await self._alert(conn, opened, now) if opened is not None else 0
        if queued and self.on_queued is not None:
            self.on_queued()
        return PollOutcome(source.source_id, ok=False, error=error)

    async def _state(self, source: NewsSource) -> SourceState:
        async with self.db.read() as conn:
            found = await sources_db.get_source(conn, source.source_id)
        if found is None:
            return SourceState(source.source_id, source.kind, source.base_url)
        return replace(found, kind=source.kind, base_url=source.base_url)

    def _session(self) -> aiohttp.ClientSession:
        if self._http is None or self._http.closed:
            self._http = aiohttp.ClientSession(
                headers={"User-Agent": self.user_agent, "Accept-Encoding": "gzip, deflate"},
                timeout=aiohttp.ClientTimeout(total=self.timeout),
            )
        return self._http

    async def close(self) -> None:
        if self._http is not None and not self._http.closed:
            await self._http.close()

    # ------------------------------------------------------------------ reading

    async def health(self) -> list[schedule.SourceHealth]:
        now = self.clock.now()
        return [schedule.health_of(await self._state(s), now, self.policy.failure_threshold) for s in self.sources]

    async def claims(self) -> list[Claim]:
        async with self.db.read() as conn:
            return await claims_db.load_claims(conn)

    async def history(self) -> list[HistoryEntry]:
        async with self.db.read() as conn:
            return await transitions_db.load_history(conn)


def _dates_can_be_true(claim: Claim, now: dt.datetime) -> bool:
    """The last guard before storage (each source and report checks its own dates first)."""
    try:
        check_day(claim.date)
        if claim.release_at is not None:
            check_release(claim.release_at, now)
    except DateOutOfRange as exc:
        log.warning("season2: claim %s not recorded: %s", claim.id, exc)
        return False
    return True


def _fresh(state: SourceState, interval: dt.timedelta, now: dt.datetime) -> bool:
    """Whether a source's last answer still stands for it: its last poll succeeded, within two of its intervals
    (one poll missed at most). Else its next successful poll brings what the clock adds, if it still lists it."""
    last = state.last_success_at
    return state.consecutive_failures == 0 and last is not None and now - last <= 2 * interval


def _next_moment(status: Status, moment: dt.datetime | None, now: dt.datetime) -> dt.datetime | None:
    """The next instant after `now` at which the clock alone changes what is said of season 2: its release
    moment, or a day one source alone gives (a listing's airstamp, at which TVmaze lists it as aired:
    `refresh` at that instant reads it so); None when neither is ahead. `moment`: its `rules.out_moment_of`."""
    ahead = [c.release_at for c in status.pending if c.release_at is not None and c.release_at > now]
    if moment is not None and moment > now:
        ahead.append(moment)
    return min(ahead, default=None)


def _heard_after(stored: Iterable[Claim], now: dt.datetime) -> dt.datetime:
    """When new claims count as heard: `now`, or just after the latest stored claim when the clock
    has not moved since (a moderator's same-second correction). The status computed at ingest
    counts them as heard last; stored with a tied time, a reload would let the earlier report win
    again (the release date flipping back once season 2's moment is computed from the database)."""
    latest = max((c.recorded_at for c in stored if c.recorded_at is not None), default=None)
    if latest is None or latest < now:
        return now
    return latest + dt.timedelta(microseconds=1)


def _unseen(stored: Iterable[Claim], claims: Iterable[Claim]) -> list[Claim]:
    """The claims not stored yet, each key once (the first wins, as the table's unique key keeps
    the first): read from the claims the transaction loaded, so storing them is one statement."""
    seen = {claim.key for claim in stored}
    found: list[Claim] = []
    for claim in claims:
        if claim.key not in seen:
            seen.add(claim.key)
            found.append(claim)
    return found
