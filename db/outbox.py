"""The outbox (bot/outbox.py; its table is still named season2_outbox, from migration 005): one row per message to
send (an event for one target), and its state; and the dispatch lease, which running copy of hyosan may claim its
rows (a claimed row carries the lease's holder), until when. Season 2 queues most rows, trivia its notice of a game
cut off."""

from __future__ import annotations

import datetime as dt
from collections.abc import Sequence
from dataclasses import replace

import aiosqlite

from bot.season2.model.delivery import SKIPPED_REFUSED, LeaseRecord, OutboxEntry
from db.filters import equal_to
from db.times import decode, decode_optional, encode


def _opt_int(value: object) -> int | None:
    return None if value is None else int(str(value))


def _outbox(row: aiosqlite.Row) -> OutboxEntry:
    return OutboxEntry(
        id=int(row["id"]),
        event_key=str(row["event_key"]),
        target=str(row["target"]),
        kind=str(row["kind"]),
        subscription_id=_opt_int(row["subscription_id"]),
        guild_id=_opt_int(row["guild_id"]),
        state=str(row["state"]),
        attempts=int(row["attempts"]),
        next_attempt_at=decode(str(row["next_attempt_at"])),
        nonce=str(row["nonce"]),
        payload=str(row["payload"]),
        message_id=_opt_int(row["message_id"]),
        last_error=None if row["last_error"] is None else str(row["last_error"]),
        claimed_by=None if row["claimed_by"] is None else str(row["claimed_by"]),
        created_at=decode(str(row["created_at"])),
        sent_at=decode_optional(row["sent_at"]),
        attempted_at=decode_optional(row["attempted_at"]),
    )


async def insert_outbox(
    conn: aiosqlite.Connection,
    *,
    event_key: str,
    target: str,
    kind: str,
    nonce: str,
    payload: str,
    now: dt.datetime,
    subscription_id: int | None = None,
    guild_id: int | None = None,
) -> bool:
    """Add one row; False (and nothing written) when this event already has a row for this target."""
    cursor = await conn.execute(
        "INSERT INTO season2_outbox"
        " (event_key, target, kind, subscription_id, guild_id, state, attempts, next_attempt_at, nonce,"
        "  payload, created_at)"
        " VALUES (?, ?, ?, ?, ?, 'pending', 0, ?, ?, ?, ?) ON CONFLICT (event_key, target) DO NOTHING",
        (event_key, target, kind, subscription_id, guild_id, encode(now), nonce, payload, encode(now)),
    )
    return cursor.rowcount > 0


async def claim_due(
    conn: aiosqlite.Connection,
    *,
    holder: str,
    now: dt.datetime,
    limit: int,
    exclude: Sequence[int] = (),
    busy: Sequence[str] = (),
    horizon: dt.timedelta | None = None,
) -> list[OutboxEntry]:
    """Mark up to `limit` due rows 'sending' for `holder`, stamp the attempt, and return them.

    Due: pending rows whose time has come, and 'sending' rows claimed by someone else (a copy that
    crashed or lost its lease) or by `holder` itself but not in `exclude` (its own in-flight rows).
    With `horizon`, a pending row whose time is further ahead than `now + horizon` is due as well:
    no retry is ever put off that long, so the wall clock stepped back after it was set.
    At most one row per target (its oldest due), none to a target in `busy` (one with a row on the wire): a target's
    next row waits here, holding no place among the sends on the wire, so a channel whose sends hang starves no other.
    Each returned row's `previous_attempt_at` is when its attempt before this one began.
    """
    params: list[object] = [encode(now)]
    sql = "SELECT id, target, attempted_at FROM season2_outbox WHERE id > ? AND ((state = 'pending' AND (next_attempt_at <= ?"
    if horizon is not None:
        sql += " OR next_attempt_at > ?"
        params.append(encode(now + horizon))
    sql += ")) OR (state = 'sending' AND (claimed_by IS NULL OR claimed_by != ?"
    params.append(holder)
    if exclude:
        sql += f" OR id NOT IN ({','.join('?' for _ in exclude)})"
        params.extend(exclude)
    else:
        sql += " OR 1 = 1"
    sql += "))) ORDER BY id LIMIT ?"
    # Read a page at a time in id order, stopping once `limit` targets are found (a fanout's rows come a post at a
    # time, so that is soon): grouping every due row by target on each claim made a release night's claims quadratic.
    previous: dict[int, dt.datetime | None] = {}
    taken, after, page = set(busy), 0, 4 * limit + len(busy)
    while len(previous) < limit:
        cursor = await conn.execute(sql, [after, *params, page])
        rows = list(await cursor.fetchall())
        for row in rows:
            if (target := str(row[1])) not in taken and len(previous) < limit:  # a target's first row: its oldest
                taken.add(target)
                previous[int(row[0])] = decode_optional(row[2])
        if len(rows) < page:
            break
        after = int(rows[-1][0])
    if not previous:
        return []
    ids = list(previous)
    marks = ",".join("?" for _ in ids)
    await conn.execute(
        f"UPDATE season2_outbox SET state = 'sending', claimed_by = ?, attempts = attempts + 1, attempted_at = ?"
        f" WHERE id IN ({marks})",
        [holder, encode(now), *ids],
    )
    cursor = await conn.execute(f"SELECT * FROM season2_outbox WHERE id IN ({marks}) ORDER BY id", ids)
    return [replace(_outbox(row), previous_attempt_at=previous[int(row["id"])]) for row in await cursor.fetchall()]


async def mark_sent(conn: aiosqlite.Connection, row_id: int, message_id: int | None, now: dt.datetime) -> None:
    await conn.execute(
        "UPDATE season2_outbox SET state = 'sent', message_id = ?, sent_at = ?, last_error = NULL,"
        " claimed_by = NULL WHERE id = ?",
        (message_id, encode(now), row_id),
    )


async def mark_retry(
    conn: aiosqlite.Connection, row_id: int, next_attempt_at: dt.datetime, error: str
) -> None:
    await conn.execute(
        "UPDATE season2_outbox SET state = 'pending', next_attempt_at = ?, last_error = ?, claimed_by = NULL"
        " WHERE id = ? AND state = 'sending'",
        (encode(next_attempt_at), error, row_id),
    )


async def mark_final(conn: aiosqlite.Connection, row_id: int, state: str, error: str) -> None:
    """End a row as 'failed' or 'skipped' with the reason."""
    if state not in ("failed", "skipped"):
        raise ValueError(f"not a final state: {state}")
    await conn.execute(
        "UPDATE season2_outbox SET state = ?, last_error = ?, claimed_by = NULL WHERE id = ?",
        (state, error, row_id),
    )


async def skip_open_rows(
    conn: aiosqlite.Connection,
    reason: str,
    *,
    target: str | None = None,
    subscription_id: int | None = None,
    event_prefix: str | None = None,
    channels_only: bool = False,
) -> int:
    """Skip rows not yet sent that match every given filter (`channels_only`: a subscribed channel's, never a fan's DM);
    returns how many."""
    where, given = equal_to(target=target, subscription_id=subscription_id)
    if channels_only:
        where += " AND subscription_id IS NOT NULL"
    sql = f"UPDATE season2_outbox SET state = 'skipped', last_error = ?, claimed_by = NULL WHERE state = 'pending'{where}"
    params: list[object] = [reason, *given]
    if event_prefix is not None:
        sql += " AND substr(event_key, 1, ?) = ?"
        params.extend([len(event_prefix), event_prefix])
    cursor = await conn.execute(sql, params)
    return cursor.rowcount


async def reopen_skipped(
    conn: aiosqlite.Connection, reason: str, *, event_prefix: str, now: dt.datetime,
    confidence: str, levels: Sequence[str], dm_level: str, channels: bool = True,
) -> int:
    """Rows of `event_prefix` skipped for `reason` (their last error starts with it: their day moved, and it holds
    again): pending again, due `now`, saying `confidence` (how surely the day is backed now, not when the post was
    made: a countdown reads as the date does), to a channel still subscribed at one of `levels` (those that take
    `confidence`, as set now: a level may have changed meanwhile) or a fan still opted in (when `dm_level` is one of
    them); how many. A skip takes
    only rows not on the wire, so none of them was posted. Each takes the next id, as a row made now would: a channel
    reads the post that its day holds again (queued just before) first, then the countdown, never a countdown to a day
    it was last told moved (the dispatcher sends a channel's rows in id order); ids grow by one a row, however often
    a day moves back and forth."""
    chosen = levels if channels else ()  # (no `channels`: a day that does not stand, fans' DMs alone)
    taken = ",".join("?" * len(chosen)) or "NULL"
    cursor = await conn.execute(
        "SELECT id FROM season2_outbox"
        " WHERE state = 'skipped' AND substr(last_error, 1, ?) = ? AND substr(event_key, 1, ?) = ?"
        f" AND (subscription_id IN (SELECT id FROM season2_subscriptions WHERE enabled = 1 AND level IN ({taken}))"
        "  OR (subscription_id IS NULL AND ? AND target IN (SELECT 'dm:' || user_id FROM season2_reminder_optins)))"
        " ORDER BY id",
        (len(reason), reason, len(event_prefix), event_prefix, *chosen, dm_level in levels),
    )
    ids = [int(row[0]) for row in await cursor.fetchall()]
    for row_id in ids:
        await conn.execute(
            "UPDATE season2_outbox SET state = 'pending', next_attempt_at = ?, claimed_by = NULL,"
            " payload = json_set(payload, '$.confidence', ?), id = (SELECT MAX(id) FROM season2_outbox) + 1 WHERE id = ?",
            (encode(now), confidence, row_id),
        )
    return len(ids)


#: Rows a refusal (403) kept from their channel: those Discord refused, and those skipped when that turned it off.
_REFUSED = ("((state = 'failed' AND last_error LIKE '403%')"
            f" OR (state = 'skipped' AND last_error = '{SKIPPED_REFUSED}'))")


async def reopen_refused(
    conn: aiosqlite.Connection, subscription_id: int, since: dt.datetime, now: dt.datetime,
    *, role_id: int | None, pings: str, admitted: Sequence[str],
) -> int:
    """A subscription's announcements of a status change since `since` that a refusal kept from its channel:
    pending again, due `now`, pinging the role set now; how many. (A rumour's moment passes: not re-sent.)
    One a later change of a confidence in `admitted` (what the channel's level takes) overtook stays: the
    channel, off meanwhile, never got that change, and a date since moved must not be posted as news."""
    later = ",".join("?" * len(admitted)) or "NULL"
    cursor = await conn.execute(
        "UPDATE season2_outbox SET state = 'pending', next_attempt_at = ?, attempts = 0, claimed_by = NULL,"
        " payload = json_set(payload, '$.role_id', ?, '$.pings', ?)"
        " WHERE subscription_id = ? AND kind = 'announcement' AND substr(event_key, 1, 11) = 'transition:'"
        f" AND created_at >= ? AND {_REFUSED}"
        " AND NOT EXISTS (SELECT 1 FROM season2_transitions this JOIN season2_transitions overtaking"
        " ON overtaking.seq > this.seq AND overtaking.baseline = 0"
        f" WHERE 'transition:' || this.transition_id = season2_outbox.event_key AND overtaking.confidence IN ({later}))",
        (encode(now), role_id, pings, subscription_id, encode(since), *admitted),
    )
    return cursor.rowcount


async def retire_refused(conn: aiosqlite.Connection, reason: str, *, event_prefix: str) -> int:
    """Rows of `event_prefix` a refusal kept from their channel, never to be re-sent (`reason`: the report
    they announced was retracted); how many."""
    cursor = await conn.execute(
        "UPDATE season2_outbox SET state = 'skipped', last_error = ?, claimed_by = NULL"
        f" WHERE substr(event_key, 1, ?) = ? AND {_REFUSED}",
        (reason, len(event_prefix), event_prefix),
    )
    return cursor.rowcount


async def release_claims(conn: aiosqlite.Connection, holder: str) -> int:
    """Hand rows `holder` claimed but did not finish back to 'pending' (clean shutdown)."""
    cursor = await conn.execute(
        "UPDATE season2_outbox SET state = 'pending', claimed_by = NULL WHERE state = 'sending' AND claimed_by = ?",
        (holder,),
    )
    return cursor.rowcount


async def outbox_rows(
    conn: aiosqlite.Connection, *, event_key: str | None = None, state: str | None = None
) -> list[OutboxEntry]:
    where, params = equal_to(event_key=event_key, state=state)
    cursor = await conn.execute(f"SELECT * FROM season2_outbox WHERE 1 = 1{where} ORDER BY id", params)
    return [_outbox(row) for row in await cursor.fetchall()]


async def open_rows_before(conn: aiosqlite.Connection, target: str, row_id: int, event_prefix: str) -> list[OutboxEntry]:
    """The rows of `event_prefix` to `target` queued before row `row_id` and not tried yet or waiting to be again."""
    cursor = await conn.execute(
        "SELECT * FROM season2_outbox WHERE target = ? AND id < ? AND state = 'pending' AND substr(event_key, 1, ?) = ?"
        " ORDER BY id",
        (target, row_id, len(event_prefix), event_prefix),
    )
    return [_outbox(row) for row in await cursor.fetchall()]


async def last_finished_rows(conn: aiosqlite.Connection, targets: Sequence[str]) -> dict[str, OutboxEntry]:
    """The newest row to each of `targets` that was sent or failed (a skipped one was never tried), in one
    query; a target with none is left out."""
    if not targets:
        return {}
    marks = ", ".join("?" * len(targets))
    cursor = await conn.execute(
        "SELECT * FROM season2_outbox WHERE id IN (SELECT MAX(id) FROM season2_outbox"
        f" WHERE target IN ({marks}) AND state IN ('sent', 'failed') GROUP BY target)",
        tuple(targets),
    )
    return {entry.target: entry for entry in map(_outbox, await cursor.fetchall())}


async def newest_announcement(conn: aiosqlite.Connection, transition_kind: str) -> OutboxEntry | None:
    """The newest announcement row of a transition of `transition_kind` (its payload's kind), to any channel."""
    cursor = await conn.execute(
        "SELECT * FROM season2_outbox WHERE kind = 'announcement'"
        " AND CASE WHEN json_valid(payload) THEN json_extract(payload, '$.kind') END = ? "
        "ORDER BY id DESC LIMIT 1",
        (transition_kind,),
    )
    row = await cursor.fetchone()
    return None if row is None else _outbox(row)


async def outbox_rows_by_id(conn: aiosqlite.Connection, ids: Sequence[int]) -> list[OutboxEntry]:
    """The rows with these ids (those that still exist), in id order."""
    if not ids:
        return []
    marks = ", ".join("?" * len(ids))
    cursor = await conn.execute(f"SELECT * FROM season2_outbox WHERE id IN ({marks}) ORDER BY id", tuple(ids))
    return [_outbox(row) for row in await cursor.fetchall()]


async def guild_channel_posts(
    conn: aiosqlite.Connection, guild_id: int, kinds: Sequence[str], *, limit: int, offset: int = 0
) -> tuple[list[OutboxEntry], int]:
    """A server's rows of `kinds` to its channels and threads (never a DM or a notice), newest
    first, `limit` from `offset`; and how many there are in all."""
    marks = ", ".join("?" * len(kinds))
    where = f"guild_id = ? AND kind IN ({marks}) AND target LIKE 'channel:%'"
    params = (guild_id, *kinds)
    cursor = await conn.execute(f"SELECT COUNT(*) FROM season2_outbox WHERE {where}", params)
    row = await cursor.fetchone()
    total = int(row[0]) if row else 0
    cursor = await conn.execute(
        f"SELECT * FROM season2_outbox WHERE {where} ORDER BY id DESC LIMIT ? OFFSET ?", (*params, limit, offset)
    )
    return [_outbox(found) for found in await cursor.fetchall()], total


async def has_open_rows(conn: aiosqlite.Connection) -> bool:
    cursor = await conn.execute(
        "SELECT 1 FROM season2_outbox WHERE state IN ('pending', 'sending') LIMIT 1"
    )
    return await cursor.fetchone() is not None


async def prune_finished(conn: aiosqlite.Connection, older_than: dt.datetime) -> int:
    """Delete rows done with (sent, failed, skipped) that were queued before `older_than`.

    Safe because each event is de-duplicated upstream of the outbox (a transition or a fired
    reminder is recorded once, a test by its interaction, a rumour by the claims that told it), so a deleted
    row is never queued again.
    """
    cursor = await conn.execute(
        "DELETE FROM season2_outbox WHERE state IN ('sent', 'failed', 'skipped') AND created_at < ?",
        (encode(older_than),),
    )
    return cursor.rowcount or 0


async def count_rows(conn: aiosqlite.Connection) -> int:
    cursor = await conn.execute("SELECT COUNT(*) FROM season2_outbox")
    row = await cursor.fetchone()
    return int(row[0]) if row else 0


async def count_recent(conn: aiosqlite.Connection, target: str, event_prefix: str, since: dt.datetime) -> int:
    """How many rows to `target` whose event starts with `event_prefix` were queued since `since`
    (a rumour's daily bound, counted where the rows are so a restart does not reset it)."""
    cursor = await conn.execute(
        "SELECT COUNT(*) FROM season2_outbox WHERE target = ? AND substr(event_key, 1, ?) = ? AND created_at >= ?",
        (target, len(event_prefix), event_prefix, encode(since)),
    )
    row = await cursor.fetchone()
    return int(row[0]) if row else 0


async def get_lease(conn: aiosqlite.Connection, name: str) -> LeaseRecord | None:
    cursor = await conn.execute("SELECT * FROM season2_leases WHERE name = ?", (name,))
    row = await cursor.fetchone()
    if row is None:
        return None
    return LeaseRecord(
        name=str(row["name"]),
        holder=str(row["holder"]),
        expires_at=decode(str(row["expires_at"])),
        acquired_at=decode(str(row["acquired_at"])),
    )


async def put_lease(
    conn: aiosqlite.Connection, name: str, holder: str, expires_at: dt.datetime, now: dt.datetime
) -> None:
    """Write the lease (call only after deciding, in the same transaction, that `holder` may have it)."""
    await conn.execute(
        "INSERT INTO season2_leases (name, holder, expires_at, acquired_at) VALUES (?, ?, ?, ?)"
        " ON CONFLICT(name) DO UPDATE SET expires_at = excluded.expires_at,"
        " acquired_at = CASE WHEN season2_leases.holder = excluded.holder"
        "   THEN season2_leases.acquired_at ELSE excluded.acquired_at END,"
        " holder = excluded.holder",
        (name, holder, encode(expires_at), encode(now)),
    )


async def drop_lease(conn: aiosqlite.Connection, name: str, holder: str) -> bool:
    cursor = await conn.execute("DELETE FROM season2_leases WHERE name = ? AND holder = ?", (name, holder))
    return cursor.rowcount > 0
