"""THE outbox: every message a committed change causes is first a row here, written in the same transaction as
that change, then sent by the dispatcher (bot/season2/delivery/dispatcher.py, which sends every row whatever
queued it): season 2's news, countdowns and notices (bot/season2/delivery/posts.py), and trivia's notice to
moderators that a game was cut off (bot/trivia/flow.py). Neither feature's: both queue here.

One row per event and target (UNIQUE(event_key, target)), so computing an event twice never
queues it twice. Each row carries a nonce derived from its event and target: Discord (and the
sandbox) refuse to create a second message with the same nonce, so a row re-sent after a crash
does not show up twice.

Targets: 'channel:<id>' (a subscription), 'dm:<user id>' (a fan's reminder), 'notice:<guild id>'
(a notice for the server's moderators only, never its members: where it goes is the transport's,
cogs/season2/transport.py and cogs/season2/notices.py). A payload is JSON data, rendered when sent.
"""

from __future__ import annotations

import datetime as dt
import hashlib
import json
from dataclasses import dataclass
from typing import Any, Literal

import aiosqlite

from db import outbox as outbox_db

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


def dumps(payload: dict[str, Any]) -> str:
    return json.dumps(payload, sort_keys=True, separators=(",", ":"))


def loads(text: str) -> dict[str, Any]:
    value = json.loads(text)
    if not isinstance(value, dict):
        raise ValueError("outbox payload is not an object")
    return value


async def enqueue_one(
    conn: aiosqlite.Connection,
    *,
    event_key: str,
    target: str,
    kind: str,
    payload: dict[str, Any],
    now: dt.datetime,
    subscription_id: int | None = None,
    guild_id: int | None = None,
) -> bool:
    """One row for `event_key` to `target` (False when it was queued before)."""
    return await outbox_db.insert_outbox(
        conn,
        event_key=event_key,
        target=target,
        kind=kind,
        nonce=nonce_for(event_key, target),
        payload=dumps(payload),
        now=now,
        subscription_id=subscription_id,
        guild_id=guild_id,
    )


async def enqueue_dm(
    conn: aiosqlite.Connection, *, event_key: str, kind: str, user_id: int, payload: dict[str, Any], now: dt.datetime
) -> bool:
    return await enqueue_one(
        conn, event_key=event_key, target=dm_target(user_id), kind=kind, payload=payload, now=now
    )


async def enqueue_notice(
    conn: aiosqlite.Connection,
    *,
    guild_id: int,
    event_key: str,
    payload: dict[str, Any],
    now: dt.datetime,
) -> bool:
    """A notice for a server's moderators only (payload carries 'moderator_id': whom to tell by DM)."""
    return await enqueue_one(
        conn, event_key=event_key, target=notice_target(guild_id), kind="notice", payload=payload, now=now,
        guild_id=guild_id,
    )
