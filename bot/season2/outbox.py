"""THE outbox: every season-2 message is first a row here, written in the same transaction as
the change that caused it, then sent by the dispatcher.

One row per event and target (UNIQUE(event_key, target)), so computing an event twice never
queues it twice. Each row carries a nonce derived from its event and target: Discord (and the
sandbox) refuse to create a second message with the same nonce, so a row re-sent after a crash
does not show up twice.

Targets: 'channel:<id>' (a subscription), 'dm:<user id>' (a fan's reminder), 'notice:<guild id>'
(a warning to the server: its system channel, else the moderator named in the payload, by DM).
"""

from __future__ import annotations

import datetime as dt
import hashlib
import json
from collections.abc import Iterable
from dataclasses import dataclass
from typing import Any, Literal

import aiosqlite

from bot.season2.model import Confidence, Transition
from db import season2_delivery as repo

Level = Literal["official", "reported", "all"]
LEVELS: tuple[Level, ...] = ("official", "reported", "all")
TargetKind = Literal["channel", "dm", "notice"]

NONCE_MAX = 25  # Discord rejects longer nonces


def nonce_for(event_key: str, target: str) -> str:
    """Deterministic, at most 25 characters, the same for the same event and target."""
    digest = hashlib.sha256(f"{event_key}\x1f{target}".encode()).hexdigest()
    return "h2" + digest[: NONCE_MAX - 2]


def channel_target(channel_id: int) -> str:
    return f"channel:{channel_id}"


def dm_target(user_id: int) -> str:
    return f"dm:{user_id}"


def notice_target(guild_id: int) -> str:
    return f"notice:{guild_id}"


@dataclass(frozen=True)
class Target:
    kind: TargetKind
    id: int


def parse_target(target: str) -> Target:
    kind, _, raw = target.partition(":")
    if kind not in ("channel", "dm", "notice") or not raw.isdigit():
        raise ValueError(f"bad outbox target {target!r}")
    return Target(kind, int(raw))  # type: ignore[arg-type]


def level_admits(level: str, confidence: Confidence | str) -> bool:
    """official: official only; reported: official and reported; all: rumours too."""
    value = Confidence(confidence)
    if level == "official":
        return value is Confidence.OFFICIAL
    if level == "reported":
        return value in (Confidence.OFFICIAL, Confidence.REPORTED)
    return level == "all"


def _iso(value: dt.datetime | None) -> str | None:
    return None if value is None else value.astimezone(dt.UTC).isoformat()


def transition_payload(transition: Transition) -> dict[str, Any]:
    """Everything the announcement embed needs, as JSON-able data (rendered at send time)."""
    return {
        "type": "transition",
        "transition_id": transition.id,
        "kind": transition.kind,
        "from_milestone": None if transition.from_milestone is None else transition.from_milestone.value,
        "to_milestone": transition.to_milestone.value,
        "release_at_before": _iso(transition.release_at_before),
        "release_at_after": _iso(transition.release_at_after),
        "at": _iso(transition.at),
        "confidence": transition.confidence.value,
        "sources": [
            {
                "publisher": claim.source.publisher,
                "title": claim.source.title,
                "url": claim.source.url,
                "date": claim.date_text,
                "confidence": claim.confidence.value,
            }
            for claim in transition.claims
        ],
    }


def transition_event_key(transition: Transition) -> str:
    return f"transition:{transition.id}"


def dumps(payload: dict[str, Any]) -> str:
    return json.dumps(payload, sort_keys=True, separators=(",", ":"))


def loads(text: str) -> dict[str, Any]:
    value = json.loads(text)
    if not isinstance(value, dict):
        raise ValueError("outbox payload is not an object")
    return value


async def enqueue_to_subscriptions(
    conn: aiosqlite.Connection,
    *,
    event_key: str,
    kind: str,
    payload: dict[str, Any],
    now: dt.datetime,
    confidence: Confidence | None = None,
    guild_id: int | None = None,
    subscriptions: Iterable[repo.SubscriptionRow] | None = None,
) -> int:
    """One row per enabled subscription (of `guild_id` if given) whose level admits `confidence`."""
    subs = (
        list(subscriptions)
        if subscriptions is not None
        else await repo.list_subscriptions(conn, guild_id=guild_id)
    )
    added = 0
    for sub in subs:
        if not sub.enabled:
            continue
        if confidence is not None and not level_admits(sub.level, confidence):
            continue
        target = channel_target(sub.channel_id)
        body = dict(payload, role_id=sub.role_id, level=sub.level)
        if await repo.insert_outbox(
            conn,
            event_key=event_key,
            target=target,
            kind=kind,
            nonce=nonce_for(event_key, target),
            payload=dumps(body),
            now=now,
            subscription_id=sub.id,
            guild_id=sub.guild_id,
        ):
            added += 1
    return added


async def enqueue(conn: aiosqlite.Connection, transition: Transition, now: dt.datetime) -> int:
    """Queue the announcement of `transition` for every subscription that wants it.

    Call inside the transaction that records the transition (the tracker's on_transition hook).
    Returns the number of rows added (0 when this transition was queued before).
    """
    return await enqueue_to_subscriptions(
        conn,
        event_key=transition_event_key(transition),
        kind="announcement",
        payload=transition_payload(transition),
        now=now,
        confidence=transition.confidence,
    )


async def enqueue_dm(
    conn: aiosqlite.Connection, *, event_key: str, kind: str, user_id: int, payload: dict[str, Any], now: dt.datetime
) -> bool:
    target = dm_target(user_id)
    return await repo.insert_outbox(
        conn,
        event_key=event_key,
        target=target,
        kind=kind,
        nonce=nonce_for(event_key, target),
        payload=dumps(payload),
        now=now,
    )


async def enqueue_notice(
    conn: aiosqlite.Connection,
    *,
    guild_id: int,
    event_key: str,
    payload: dict[str, Any],
    now: dt.datetime,
) -> bool:
    """A warning for a server's moderators (payload carries 'moderator_id' for the DM fallback)."""
    target = notice_target(guild_id)
    return await repo.insert_outbox(
        conn,
        event_key=event_key,
        target=target,
        kind="notice",
        nonce=nonce_for(event_key, target),
        payload=dumps(payload),
        now=now,
        guild_id=guild_id,
    )


async def enqueue_test(
    conn: aiosqlite.Connection, *, guild_id: int, token: str, requested_by: int, now: dt.datetime
) -> int:
    """A test post to each of the guild's enabled subscriptions (token makes each test distinct)."""
    return await enqueue_to_subscriptions(
        conn,
        event_key=f"test:{guild_id}:{token}",
        kind="test",
        payload={"type": "test", "requested_by": requested_by, "at": _iso(now)},
        now=now,
        guild_id=guild_id,
    )
