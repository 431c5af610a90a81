"""Moderators' additions to the lore and their review (table lore_additions)."""

from __future__ import annotations

import datetime as dt
import json
from collections.abc import Mapping
from typing import Any

import aiosqlite

from bot.lore.model import ADDITION_KINDS, Addition, AdditionKind, AdditionScope, AdditionState
from bot.show import Position
from db.filters import equal_to
from db.times import decode, decode_optional, encode


def _kind(value: str) -> AdditionKind:
    for kind in ADDITION_KINDS:
        if kind == value:
            return kind
    raise ValueError(f"unknown addition kind {value!r}")


def _state(value: str) -> AdditionState:
    return "approved" if value == "approved" else "rejected" if value == "rejected" else "pending"


def _scope(value: str) -> AdditionScope:
    return "everyone" if value == "everyone" else "guild"


def _addition(row: aiosqlite.Row) -> Addition:
    body: Any = json.loads(str(row["body"]))
    return Addition(
        id=int(row["id"]),
        guild_id=int(row["guild_id"]),
        kind=_kind(str(row["kind"])),
        spoils=Position.from_code(int(row["spoils"])),
        source_url=str(row["source_url"]),
        fields={str(k): str(v) for k, v in (body.items() if isinstance(body, dict) else ())},
        state=_state(str(row["state"])),
        scope=_scope(str(row["scope"])),
        submitted_by=int(row["submitted_by"]),
        submitted_at=decode(row["submitted_at"]),
        reviewed_by=None if row["reviewed_by"] is None else int(row["reviewed_by"]),
        reviewed_at=decode_optional(row["reviewed_at"]),
        review_note=row["review_note"],
        promoted_at=decode_optional(row["promoted_at"]),
    )


async def insert_addition(
    conn: aiosqlite.Connection,
    *,
    guild_id: int,
    kind: AdditionKind,
    spoils: Position,
    source_url: str,
    fields: Mapping[str, str],
    submitted_by: int,
    now: dt.datetime,
) -> Addition:
    cursor = await conn.execute(
        "INSERT INTO lore_additions (guild_id, kind, spoils, source_url, body, submitted_by, submitted_at)"
        " VALUES (?, ?, ?, ?, ?, ?, ?)",
        (guild_id, kind, spoils.code, source_url, json.dumps(dict(fields), sort_keys=True), submitted_by, encode(now)),
    )
    found = await get_addition(conn, int(cursor.lastrowid or 0))
    assert found is not None
    return found


async def get_addition(conn: aiosqlite.Connection, addition_id: int) -> Addition | None:
    cursor = await conn.execute("SELECT * FROM lore_additions WHERE id = ?", (addition_id,))
    row = await cursor.fetchone()
    return None if row is None else _addition(row)


async def pending(conn: aiosqlite.Connection, guild_id: int) -> list[Addition]:
    """A server's queue, oldest first."""
    cursor = await conn.execute(
        "SELECT * FROM lore_additions WHERE guild_id = ? AND state = 'pending' ORDER BY id", (guild_id,)
    )
    return [_addition(row) for row in await cursor.fetchall()]


async def approved(conn: aiosqlite.Connection) -> list[Addition]:
    """Every approved addition (each server's own and those promoted to everyone), oldest first."""
    cursor = await conn.execute("SELECT * FROM lore_additions WHERE state = 'approved' ORDER BY id")
    return [_addition(row) for row in await cursor.fetchall()]


async def listed(conn: aiosqlite.Connection, *, guild_id: int | None = None, state: str | None = None) -> list[Addition]:
    where, params = equal_to(guild_id=guild_id, state=state)
    cursor = await conn.execute(f"SELECT * FROM lore_additions WHERE 1 = 1{where} ORDER BY id", params)
    return [_addition(row) for row in await cursor.fetchall()]


async def update_pending(
    conn: aiosqlite.Connection, addition_id: int, *, spoils: Position, source_url: str, fields: Mapping[str, str]
) -> bool:
    """An edit of a pending addition; False when it is no longer pending."""
    cursor = await conn.execute(
        "UPDATE lore_additions SET spoils = ?, source_url = ?, body = ? WHERE id = ? AND state = 'pending'",
        (spoils.code, source_url, json.dumps(dict(fields), sort_keys=True), addition_id),
    )
    return (cursor.rowcount or 0) > 0


async def review(
    conn: aiosqlite.Connection, addition_id: int, state: AdditionState, *, by: int, now: dt.datetime,
    note: str | None = None,
) -> bool:
    """Approve or reject a pending addition; False when it was not pending."""
    cursor = await conn.execute(
        "UPDATE lore_additions SET state = ?, reviewed_by = ?, reviewed_at = ?, review_note = ?"
        " WHERE id = ? AND state = 'pending'",
        (state, by, encode(now), note, addition_id),
    )
    return (cursor.rowcount or 0) > 0


async def set_scope(conn: aiosqlite.Connection, addition_id: int, scope: AdditionScope, now: dt.datetime) -> bool:
    """Promote an approved addition to every server ('everyone') or back to its own ('guild')."""
    cursor = await conn.execute(
        "UPDATE lore_additions SET scope = ?, promoted_at = CASE WHEN ? = 'everyone' THEN ? ELSE NULL END"
        " WHERE id = ? AND state = 'approved' AND scope != ?",
        (scope, scope, encode(now), addition_id, scope),
    )
    return (cursor.rowcount or 0) > 0
