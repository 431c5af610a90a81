"""Season 2 as the cog sees it: one facade over tracking, the reminders and the dispatcher.

Thin: each method is one command's work. Tracking owns the claims and the current status (what
`/season2 status` shows is `current.status`, the object /ask reads); the outbox, reminders and
dispatcher deliver. The cog registers the timers with the bot's scheduler: `schedule.PollTimers`
(sources), `tick` (reminders that fell due, then a delivery sweep) and, told each status published
(`on_published`), `tracking.refresh` at the release moment.
"""

from __future__ import annotations

import datetime as dt
import logging
from collections.abc import Callable, Mapping, Sequence
from dataclasses import dataclass

from bot.clock import Clock
from bot.config import Settings
from bot.outbox import channel_target, dm_target
from bot.season2 import rules
from bot.season2.claims import Pack, claims_from_pack, settlements_from_pack
from bot.season2.current import CurrentStatus
from bot.season2.delivery import posts
from bot.season2.delivery.dispatcher import Dispatcher
from bot.season2.delivery.reminders import (
    DEFAULT_OFFSETS,
    Reminders,
    announce_release,
    listed_part_2,
    part_confidence,
    release_confidence,
)
from bot.season2.model import LEVELS, Claim, Confidence, Milestone, ReportRow, Settlement, Status, Transition
from bot.season2.model.delivery import PINGS, OutboxEntry, Subscription
from bot.season2.reports import moderator_claim
from bot.season2.retractions import Retraction
from bot.season2.rules import part_out_by
from bot.season2.schedule import SourceHealth
from bot.season2.sources.base import NewsSource
from bot.season2.sources.tvmaze import TVmazeSource
from bot.season2.tracking import Tracking
from bot.season2.windows import Window
from bot.show import ShowShape
from bot.text import clean_input
from db import handled
from db import outbox as outbox_db
from db.connection import Database
from db.failures import StorageError
from db.season2 import claims as claims_db
from db.season2 import notices as notices_db
from db.season2 import sources as sources_db
from db.season2 import subscriptions as subscriptions_db

log = logging.getLogger(__name__)

#: Feed items remembered per source at most (a feed shows a few hundred; this is days of churn).
SEEN_ITEMS_PER_SOURCE = 5000


#: How far back a channel turned on again after a refusal still gets the news it missed.
REFUSED_NEWS_KEPT = dt.timedelta(days=7)


#: Discord's own limit on a channel's name: what is kept of one (a longer one came from elsewhere).
NAME_LIMIT = 100


def kept_name(name: str | None) -> str | None:
    """A channel's name as kept: plain text, one line, at most NAME_LIMIT characters (escaped when shown)."""
    cleaned = clean_input(name or "", limit=NAME_LIMIT)
    return cleaned or None


@dataclass(frozen=True)
class ReportResult:
    claim: Claim
    transitions: tuple[Transition, ...]
    queued: int  # announcement rows queued, every server's
    here: int = 0  # this server's channels the change is announced in
    repeated: bool = False  # the same claim was reported before (same milestone, link, day): nothing new


@dataclass(frozen=True)
class ReportPreview:
    """What a report would do: its transitions and the roles (in how many servers) they would ping."""

    claim: Claim
    transitions: tuple[Transition, ...]
    roles_pinged: int
    servers_pinged: int

    @property
    def contradicts(self) -> dt.datetime | None:
        """The release date that stands when this official report announces another (two official
        sources disagree; "Release date changed" says a change is meant), else None. A reported day
        confirmed with its hour ("release_date_confirmed") contradicts nothing."""
        if self.claim.confidence is not Confidence.OFFICIAL or self.claim.milestone is not Milestone.RELEASE_DATE_ANNOUNCED:
            return None
        return next((t.release_at_before for t in self.transitions
                     if t.release_at_before is not None and t.release_at_after not in (None, t.release_at_before)
                     and t.kind != "release_date_confirmed"), None)

    @property
    def needs_confirmation(self) -> bool:
        """An official report whose announcements would ping someone, or that moves a release date
        another official source gave, asks first."""
        return (self.claim.confidence is Confidence.OFFICIAL and bool(self.transitions)
                and (self.roles_pinged > 0 or self.contradicts is not None))


def configured_sources(settings: Settings) -> list[NewsSource]:
    """The sources `settings` names: TVmaze (unless turned off) and each RSS feed."""
    sources: list[NewsSource] = []
    if settings.tvmaze_base_url:
        sources.append(TVmazeSource(settings.tvmaze_base_url, settings.tvmaze_show_query))
    if settings.rss_feeds:
        # Imported only here: reading headlines takes feedparser and some 600 patterns, compiled at
        # import (half a CPU-second at every start), which a bot with no feed never needs.
        from bot.season2.sources.rss import RSSSource

        sources.extend(RSSSource(url) for url in settings.rss_feeds)
    return sources


class Season2Service:
    """Built on a ready `Dispatcher` (its transport, lease and pace are the caller's choice)."""

    def __init__(
        self,
        db: Database,
        clock: Clock,
        dispatcher: Dispatcher,
        current: CurrentStatus | None = None,
        *,
        sources: Sequence[NewsSource] = (),
        user_agent: str = "hyosan",
        show: ShowShape | None = None,
        on_published: Callable[[Status, dt.datetime | None], None] | None = None,
    ) -> None:
        self.db = db
        self.clock = clock
        self.dispatcher = dispatcher
        #: What settles refuted claims: the pack's own words for them (its non-milestone claims too).
        self.settlements: dict[str, Settlement] = {}
        self.reminders = Reminders(db, clock, on_queued=dispatcher.kick)
        self.tracking = Tracking(
            db, clock, current, sources=sources, user_agent=user_agent, on_queued=dispatcher.kick, show=show,
            on_published=on_published,
        )

    @property
    def status(self) -> Status:
        """The current status (no I/O): the same object /ask and the lore cards read."""
        return self.tracking.current.status

    # ------------------------------------------------------------------ lifecycle and timers

    async def start(self, pack: Pack | None) -> None:
        """Seed from the lore pack (baseline: announces nothing), rebuild reminders, send what waits."""
        self.settlements = settlements_from_pack(pack) if pack is not None else {}
        seeded = await self.tracking.seed(claims_from_pack(pack) if pack is not None else ())
        if seeded:
            log.info("season 2: seeded %d transitions from the lore pack (not announced)", len(seeded))
        await self.tracking.refresh()  # a release moment that passed while the bot was down
        await self.reminders.rebuild(self.status)
        self.dispatcher.kick()

    async def use_pack(self, pack: Pack) -> None:
        """A new content pack version: its claims join the history (baseline: announces nothing)."""
        self.settlements = settlements_from_pack(pack)
        await self.tracking.seed(claims_from_pack(pack))

    async def tick(self) -> None:
        """Fire due reminders, then send whatever is due (the scheduler's delivery sweep)."""
        try:
            await self.reminders.tick()
        except StorageError:
            pass  # the database logged it (once a minute); the next sweep tries again
        except Exception:
            log.exception("season-2 reminder scan failed")
        await self.dispatcher.tick()

    async def prune(self, older_than: dt.datetime) -> dict[str, int]:
        """Housekeeping (README, Operations): forget outbox rows done with before `older_than`, and
        feed items no source shows any more (never one a feed still shows; at most
        SEEN_ITEMS_PER_SOURCE per source). Claims, transitions and reminders are the history
        `/season2 timeline` draws: they stay."""
        async with self.db.transaction() as conn:
            outbox_rows = await outbox_db.prune_finished(conn, older_than)
            seen_items = await sources_db.prune_seen(
                conn, older_than=older_than, keep_per_source=SEEN_ITEMS_PER_SOURCE
            )
        return {"outbox rows": outbox_rows, "seen feed items": seen_items}

    async def stop(self) -> None:
        await self.dispatcher.stop()
        await self.tracking.close()

    # ------------------------------------------------------------------ reading

    async def sources_health(self) -> list[SourceHealth]:
        return await self.tracking.health()

    async def timeline_data(self) -> tuple[list[Claim], list[Transition], Status]:
        claims = await self.tracking.claims()
        history = await self.tracking.history()
        return claims, [entry.transition for entry in history], self.status

    async def channel_posts(self, guild_id: int, *, limit: int, offset: int = 0) -> tuple[list[OutboxEntry], int]:
        """The announcements, countdown reminders and moderators' test posts queued for this
        server's channels and threads (sent, failed, skipped or still waiting), newest first, as
        long as housekeeping keeps them; and how many there are in all."""
        async with self.db.read() as conn:
            return await outbox_db.guild_channel_posts(
                conn, guild_id, ("announcement", "reminder", "test"), limit=limit, offset=offset
            )

    async def subscriptions(self, guild_id: int | None) -> list[Subscription]:
        """A server's subscriptions, on or off (None: every server's)."""
        async with self.db.read() as conn:
            return await subscriptions_db.list_subscriptions(conn, guild_id=guild_id, enabled_only=False)

    async def guild_offsets(self, guild_id: int) -> tuple[int, ...]:
        async with self.db.read() as conn:
            found = await subscriptions_db.get_guild_offsets(conn, guild_id)
        return DEFAULT_OFFSETS if found is None else found

    async def is_opted_in(self, user_id: int) -> bool:
        async with self.db.read() as conn:
            return await subscriptions_db.is_opted_in(conn, user_id)

    async def dms_refused_at(self, user_id: int) -> dt.datetime | None:
        """When the fan's last reminder was refused by Discord (their privacy settings: 403), which
        turned their reminders off; None when their last one reached them, or none was sent."""
        target = dm_target(user_id)
        async with self.db.read() as conn:
            row = (await outbox_db.last_finished_rows(conn, [target])).get(target)
        refused = row is not None and row.state == "failed" and (row.last_error or "").startswith("403")
        return (row.attempted_at or row.created_at) if refused and row is not None else None

    async def refusal_recorded(self, channel_ids: Sequence[int]) -> dict[int, str]:
        """Each channel's recorded refusal: the error of its newest post, when Discord refused that one
        (what the bot lacked there as the delivery knew it, for a channel it can't look at now: a private
        thread it was taken out of is hidden from it). One query, however many channels."""
        targets = {channel_target(channel_id): channel_id for channel_id in channel_ids}
        async with self.db.read() as conn:
            rows = await outbox_db.last_finished_rows(conn, list(targets))
        return {targets[target]: row.last_error for target, row in rows.items() if row.state == "failed" and row.last_error}

    # ------------------------------------------------------------------ moderators and fans

    async def subscribe(
        self, *, guild_id: int, channel_id: int, role_id: int | None, level: str, created_by: int,
        channel_name: str | None = None, pings: str = "changes",
    ) -> int:
        """`channel_name`: the channel's name now, kept to name it should it be deleted unseen;
        `pings`: which of its posts ping `role_id` (model.delivery.PINGS). Returns how many announcements
        the channel missed while a refusal kept it off are posted now."""
        if level not in LEVELS:
            raise ValueError(f"unknown level {level!r}")
        if pings not in PINGS:
            raise ValueError(f"unknown pings {pings!r}")
        status = self.tracking.current.status
        async with self.db.transaction() as conn:
            before = await subscriptions_db.get_subscription_by_channel(conn, channel_id)
            sub = await subscriptions_db.upsert_subscription(
                conn, guild_id=guild_id, channel_id=channel_id, role_id=role_id, level=level,
                created_by=created_by, now=self.clock.now(), channel_name=kept_name(channel_name), pings=pings,
            )
            missed = 0
            if before is not None and before.refused and before.level == level:
                # turned on again after the fix the refusal told of: the news the channel missed meanwhile (not
                # countdowns whose moment passed) still reaches it, once; older than a week is no news
                missed = await outbox_db.reopen_refused(
                    conn, sub.id, self.clock.now() - REFUSED_NEWS_KEPT, self.clock.now(), role_id=role_id, pings=pings,
                    admitted=[c.value for c in Confidence if posts.level_admits(level, c)],
                )
            queued = missed
            if status.milestone is Milestone.RELEASED and status.release_at is not None:
                # set up (again) in the week after the release: the channel still learns once that it is out
                queued += await announce_release(
                    conn, status.release_at, release_confidence(status), self.clock.now(),
                    timed=status.release_timed,
                )
            if status.part_at is not None and part_out_by(status, self.clock.now()):
                # ... and in the week after its Part 2 came out, that Part 2 is out (once, as its at-release reminder says)
                queued += await announce_release(
                    conn, status.part_at, part_confidence(status), self.clock.now(), timed=status.part_timed, part=2,
                )
            elif status.part_at is None and (listed := await listed_part_2(conn, status, self.clock.now())) is not None \
                    and listed <= self.clock.now():
                # ... or that the episodes TVmaze alone listed are out, as every channel was told then (reported)
                queued += await announce_release(conn, listed, Confidence.REPORTED, self.clock.now(), timed=True, part=2)
            elif status.part_at is not None and before is None:
                # ... and while Part 2 is dated and to come, its date (the post that gave it), once: a channel set up
                # before was told then (its row may be pruned since: never twice, review60d)
                queued += await posts.repeat_part_date(conn, sub, status.part_at, self.clock.now())
        if queued:
            self.dispatcher.kick()
        return missed

    async def unsubscribe(
        self, guild_id: int, channel_id: int | None = None, *, reason: str = "turned off by a moderator"
    ) -> list[Subscription]:
        """Turn off the guild's announcements (or one channel's: also when the channel or thread was
        deleted); their unsent messages are skipped."""
        async with self.db.transaction() as conn:
            now = self.clock.now()
            turned_off = await subscriptions_db.disable_guild_subscriptions(
                conn, guild_id, reason, now, channel_id=channel_id
            )
            for sub in turned_off:
                await outbox_db.skip_open_rows(conn, "announcements turned off", subscription_id=sub.id)
        return turned_off

    async def channel_names_seen(self, names: Mapping[int, str]) -> int:
        """The names subscribed channels (by id) are seen under now (renamed, or seen at start): kept,
        so a channel deleted while the bot was offline is still named to its moderator."""
        cleaned = {channel_id: name for channel_id, raw in names.items() if (name := kept_name(raw))}
        if not cleaned:
            return 0
        async with self.db.transaction() as conn:
            return await subscriptions_db.note_channel_names(conn, cleaned)

    async def channel_deleted(self, guild_id: int, channel_id: int, name: str | None) -> list[Subscription]:
        """A subscribed channel or thread was deleted: its announcements stop, its unsent posts are
        skipped, and the moderator who set it up is told once, by `name` (its mention no longer shows one)."""
        async with self.db.transaction() as conn:
            now = self.clock.now()
            turned_off = await subscriptions_db.disable_guild_subscriptions(
                conn, guild_id, posts.CHANNEL_DELETED, now, channel_id=channel_id
            )
            told = False
            for sub in turned_off:
                await outbox_db.skip_open_rows(conn, f"subscription disabled: {posts.CHANNEL_DELETED}", subscription_id=sub.id)
                if sub.enabled:
                    told |= await posts.enqueue_subscription_off(
                        conn, sub, reason=posts.CHANNEL_DELETED, now=now, channel_name=name
                    )
        if told:
            self.dispatcher.kick()
        return turned_off

    # ------------------------------------------------------------------ notices for moderators

    async def notice_channel(self, guild_id: int) -> int | None:
        """The channel a server's moderators chose for the bot's notices to them, if any."""
        async with self.db.read() as conn:
            return await notices_db.notice_channel(conn, guild_id)

    async def set_notice_channel(self, guild_id: int, channel_id: int | None, set_by: int) -> bool:
        async with self.db.transaction() as conn:
            return await notices_db.set_notice_channel(conn, guild_id, channel_id, set_by, self.clock.now())

    async def take_held_notices(self, guild_id: int) -> list[OutboxEntry]:
        """The notices no place took in a server (told once: forgotten as they are taken)."""
        async with self.db.transaction() as conn:
            return await notices_db.take_held(conn, guild_id)

    async def hold_notices(self, rows: Sequence[OutboxEntry]) -> None:
        """Keep again notices that could not be told (the next moderator is told them)."""
        async with self.db.transaction() as conn:
            for row in rows:
                if row.guild_id is not None:
                    await notices_db.hold(conn, row.id, row.guild_id, self.clock.now())

    async def send_test(self, guild_id: int, token: str, requested_by: int) -> int:
        async with self.db.transaction() as conn:
            queued = await posts.enqueue_test(
                conn, guild_id=guild_id, token=token, requested_by=requested_by, now=self.clock.now()
            )
        self.dispatcher.kick()
        return queued

    async def toggle_optin(
        self, user_id: int, guild_id: int | None, on: bool | None = None, *, key: int | None = None
    ) -> bool:
        """Opt a fan in (on=True), out (on=False), or switch (None), read and written in one
        transaction; returns whether they are now in. `key` is the press's interaction id: a
        second delivery of the same press changes nothing and gets the first one's answer."""
        async with self.db.transaction() as conn:
            earlier = None if key is None else await handled.outcome(conn, key)
            if earlier is not None:
                return earlier == "in"
            now = self.clock.now()
            wanted = (not await subscriptions_db.is_opted_in(conn, user_id)) if on is None else on
            if wanted:
                await subscriptions_db.add_optin(conn, user_id, guild_id, now)
            else:
                await subscriptions_db.remove_optin(conn, user_id)
            if key is not None:
                await handled.record(conn, key, "season2-remind", now, "in" if wanted else "out")
        return wanted

    async def set_offsets(self, guild_id: int, offsets: Sequence[int]) -> None:
        await self.reminders.set_guild_offsets(guild_id, offsets, self.status)

    def report_claim(
        self,
        *,
        milestone: Milestone,
        source_url: str,
        date: dt.date,
        official: bool,
        release_at: dt.datetime | None = None,
        window: Window | None = None,
        time_given: bool = False,
    ) -> Claim:
        """The claim a moderator's report makes, checked (ReportError says what is wrong)."""
        return moderator_claim(
            milestone=milestone, source_url=source_url, date=date, official=official,
            now=self.clock.now(), release_at=release_at, window=window, time_given=time_given,
        )

    async def preview_report(
        self, claim: Claim, role_exists: Callable[[int, int], bool] = lambda _guild, _role: True
    ) -> ReportPreview:
        """What the report would change and how many roles its announcements would ping (a role the
        server deleted, `role_exists(guild_id, role_id)` False, is pinged by no post)."""
        async with self.db.read() as conn:  # what ingesting it would change, changing nothing (a confirmation step)
            stored = await claims_db.load_claims(conn)
            subs = await subscriptions_db.list_subscriptions(conn)
        now = self.clock.now()
        added = [] if any(c.id == claim.id for c in stored) else [claim]
        transitions = rules.diff(rules.compute_status(stored, now), rules.compute_status([*stored, *added], now))
        pinged = {
            (sub.guild_id, sub.role_id)
            for sub in subs
            if sub.enabled and sub.role_id is not None and sub.pings != "none" and role_exists(sub.guild_id, sub.role_id)
            and any(posts.level_admits(sub.level, t.confidence) for t in transitions)
        }
        return ReportPreview(claim, tuple(transitions), len(pinged), len({g for g, _ in pinged}))

    async def report(self, claim: Claim, *, guild_id: int, user_id: int) -> ReportResult:
        """A moderator's report: a claim through the same ingest as a source's."""
        done = await self.tracking.ingest_report(claim, guild_id=guild_id, user_id=user_id)
        here = 0
        if done.queued:
            async with self.db.read() as conn:
                subs = await subscriptions_db.list_subscriptions(conn)
            here = sum(
                1 for sub in subs
                if sub.guild_id == guild_id and sub.enabled
                and any(posts.level_admits(sub.level, t.confidence) for t in done.transitions)
            )
        return ReportResult(claim, done.transitions, done.queued, here, repeated=done.new_claims == 0)

    async def reports(self, guild_id: int) -> list[tuple[ReportRow, Claim]]:
        """This server's reports that stand, newest first (what `/season2set retract` offers)."""
        return await self.tracking.open_reports(guild_id)

    async def retract(self, claim_id: str, *, guild_id: int, user_id: int) -> Retraction:
        return await self.tracking.retract(claim_id, guild_id=guild_id, user_id=user_id)
