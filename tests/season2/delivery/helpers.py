"""Shared builders for the season-2 delivery tests (claims, transitions, a recording transport)."""

from __future__ import annotations

import asyncio
import datetime as dt
from collections.abc import Iterable
from typing import Any

from bot.season2.delivery.dispatcher import Outcome, Pace, SendResult
from bot.season2.model import Claim, Confidence, Milestone, Source, Transition
from bot.season2.model.delivery import OutboxEntry, Subscription
from db.connection import Database
from db.season2 import subscriptions as subscriptions_db

T0 = dt.datetime(2026, 3, 1, 12, 0, tzinfo=dt.UTC)


def claim(
    milestone: Milestone = Milestone.FILMING_WRAPPED,
    confidence: Confidence = Confidence.OFFICIAL,
    publisher: str = "Netflix",
    day: dt.date = dt.date(2026, 2, 27),
    release_at: dt.datetime | None = None,
) -> Claim:
    return Claim(
        id=f"test:{milestone.value}:{publisher}:{day}",
        milestone=milestone,
        date=day,
        confidence=confidence,
        source=Source(publisher=publisher, title=f"{publisher} on season 2", url=f"https://{publisher.lower()}.example/s2"),
        text="test claim",
        release_at=release_at,
        origin="moderator",
    )


def transition(
    kind: str = "milestone",
    to: Milestone = Milestone.FILMING_WRAPPED,
    frm: Milestone | None = Milestone.FILMING,
    confidence: Confidence = Confidence.OFFICIAL,
    release_before: dt.datetime | None = None,
    release_after: dt.datetime | None = None,
    at: dt.datetime = T0,
) -> Transition:
    return Transition.make(
        kind,  # type: ignore[arg-type]
        frm,
        to,
        release_before,
        release_after,
        at,
        (claim(to, confidence, release_at=release_after),),
    )


async def subscribe(
    db: Database, channel_ids: Iterable[int], *, guild_id: int = 1, level: str = "official", role_id: int | None = None
) -> list[Subscription]:
    subs = []
    async with db.transaction() as conn:
        for channel_id in channel_ids:
            subs.append(
                await subscriptions_db.upsert_subscription(
                    conn, guild_id=guild_id, channel_id=channel_id, role_id=role_id, level=level,
                    created_by=99, now=T0,
                )
            )
    return subs


class ScriptedTransport:
    """Records every send; answers from a per-target script (default: sent), message ids count up."""

    def __init__(
        self, script: dict[str, list[Outcome]] | None = None, delay: float = 0.0, held: asyncio.Event | None = None
    ) -> None:
        self.script = script or {}
        self.delay = delay
        self.held = held  # a send that lasts until the test lets it finish (however busy the machine)
        self.sends: list[tuple[str, str, dict[str, Any]]] = []
        self.delivered: dict[str, str] = {}  # nonce -> target (what a user would see, deduped)
        self.lookups: list[str] = []
        self.sending = asyncio.Event()  # set once a send has begun
        self._next = 1000

    async def send(self, row: OutboxEntry, payload: dict[str, Any], pace: Pace) -> SendResult:
        await pace()
        self.sends.append((row.target, row.nonce, payload))
        self.sending.set()
        if self.delay:
            await asyncio.sleep(self.delay)
        if self.held is not None:
            await self.held.wait()
        queue = self.script.get(row.target)
        outcome = queue.pop(0) if queue else Outcome.SENT
        if outcome is Outcome.SENT:
            self._next += 1
            self.delivered.setdefault(row.nonce, row.target)
            return SendResult(Outcome.SENT, message_id=self._next)
        return SendResult(outcome, retry_after=0.0, error=f"scripted {outcome.value}")

    async def find_sent(
        self, row: OutboxEntry, payload: dict[str, Any], since: dt.datetime, pace: Pace
    ) -> SendResult | None:
        """What a look at the channel would find: a message this transport delivered for the row."""
        await pace()
        self.lookups.append(row.target)
        if row.nonce in self.delivered:
            return SendResult(Outcome.SENT, message_id=self._next)
        return None
