"""The season-2 tracker: stores claims, keeps the status, records each transition once.

`on_transition(conn, transition)` is awaited INSIDE the transaction that records the
transition, so whatever it writes (the announcement outbox) commits or rolls back with it.
Seeding from the lore pack and a source's first poll record transitions as baseline and never
call it.
"""

from __future__ import annotations

import datetime as dt
import logging
from collections.abc import Awaitable, Callable, Iterable, Sequence

import aiosqlite

from bot.clock import Clock
from bot.season2 import status as rules
from bot.season2.claims import Pack, claims_from_pack
from bot.season2.model import Claim, HistoryEntry, Standing, Status, Transition
from db import season2_tracking as store
from db.connection import Database

log = logging.getLogger(__name__)

OnTransition = Callable[[aiosqlite.Connection, Transition], Awaitable[None]]
InTransaction = Callable[[aiosqlite.Connection], Awaitable[None]]


class Season2Tracker:
    def __init__(self, db: Database, clock: Clock, on_transition: OnTransition | None = None) -> None:
        self.db = db
        self.clock = clock
        self.on_transition = on_transition

    # ------------------------------------------------------------ writing

    async def ingest(
        self,
        claims: Iterable[Claim],
        *,
        announce: bool = True,
        also: InTransaction | None = None,
    ) -> list[Transition]:
        """Store new claims, recompute the status, record (and announce) what changed.

        Idempotent: claims already stored are ignored, so ingesting twice changes nothing.
        `announce=False` records the transitions as baseline without calling on_transition.
        `also(conn)` runs in the same transaction (a poller saving its state with the claims).
        """
        batch = list(claims)
        async with self.db.transaction() as conn:
            recorded = await self.ingest_in(conn, batch, announce=announce)
            if also is not None:
                await also(conn)
        return recorded

    async def ingest_in(
        self, conn: aiosqlite.Connection, claims: Sequence[Claim], *, announce: bool = True
    ) -> list[Transition]:
        """`ingest` inside a transaction the caller holds."""
        before = await store.load_claims(conn)
        old = rules.compute_status(before)
        now = self.clock.now()
        added = False
        for claim in claims:
            if await store.insert_claim(conn, claim, baseline=not announce, recorded_at=now):
                added = True
        if not added:
            return []
        return await self._record(conn, old, announce=announce)

    async def set_standing(
        self, claim_id: str, standing: Standing, by: str | None, *, announce: bool = True
    ) -> list[Transition]:
        """Refute or supersede a stored claim (a moderator's correction); records what changes."""
        async with self.db.transaction() as conn:
            old = rules.compute_status(await store.load_claims(conn))
            if not await store.set_standing(conn, claim_id, standing, by):
                raise KeyError(claim_id)
            return await self._record(conn, old, announce=announce)

    async def refute(self, claim_id: str, by: str | None = None) -> list[Transition]:
        return await self.set_standing(claim_id, Standing.REFUTED, by)

    async def _record(
        self, conn: aiosqlite.Connection, old: Status, *, announce: bool
    ) -> list[Transition]:
        new = rules.compute_status(await store.load_claims(conn))
        recorded: list[Transition] = []
        now = self.clock.now()
        for transition in rules.diff(old, new):
            if not await store.insert_transition(conn, transition, baseline=not announce, recorded_at=now):
                log.info("season2: transition %s already recorded; not announced again", transition.id)
                continue
            recorded.append(transition)
            if announce and self.on_transition is not None:
                await self.on_transition(conn, transition)
        for transition in recorded:
            log.info(
                "season2: %s (%s, %s)", transition.summary(), transition.confidence.value,
                "announced" if announce else "baseline",
            )
        return recorded

    async def seed(self, claims: Iterable[Claim]) -> list[Transition]:
        """Record claims as the initial history (baseline): announces nothing.

        On an empty tracker the claims are replayed in date order, so the history holds every
        step; otherwise only the resulting change is recorded (also as baseline).
        """
        batch = sorted(claims, key=rules.claim_order)
        now = self.clock.now()
        async with self.db.transaction() as conn:
            existing = await store.load_claims(conn)
            added = [
                c for c in batch if await store.insert_claim(conn, c, baseline=True, recorded_at=now)
            ]
            if not added:
                return []
            if existing:
                return await self._record(conn, rules.compute_status(existing), announce=False)
            recorded: list[Transition] = []
            for transition in rules.history(await store.load_claims(conn)):
                if await store.insert_transition(conn, transition, baseline=True, recorded_at=now):
                    recorded.append(transition)
            return recorded

    async def seed_from_pack(self, pack: Pack) -> list[Transition]:
        """The lore pack's claims as the initial history; announces nothing; idempotent."""
        return await self.seed(claims_from_pack(pack))

    # ------------------------------------------------------------ reading

    async def claims(self) -> list[Claim]:
        async with self.db.read() as conn:
            return await store.load_claims(conn)

    async def status(self) -> Status:
        return rules.compute_status(await self.claims())

    async def history(self) -> list[HistoryEntry]:
        async with self.db.read() as conn:
            return await store.load_history(conn)

    async def status_at(self, when: dt.date) -> Status:
        """The status as it stood on a past day (claims refuted later count as standing then)."""
        claims = await self.claims()
        return rules.compute_status(rules.as_of(claims, when, claims))
