"""Season-2 claims: what each source said, kept forever (refuted ones included)."""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterable
from typing import Literal

import aiosqlite

from bot.season2.model import ORIGINS, Claim, Confidence, Milestone, Origin, Source, Standing
from bot.show import Position
from db.times import decode_optional, encode_optional


def claim_key(claim: Claim) -> str:
    """The normalised key a claim is unique by within its origin."""
    return claim.id.strip().lower()


async def insert_claim(
    conn: aiosqlite.Connection, claim: Claim, *, baseline: bool, recorded_at: dt.datetime
) -> bool:
    """Store a claim; False when it (same origin + key) was already there."""
    values: dict[str, object] = {
        "claim_id": claim.id,
        "origin": claim.origin,
        "claim_key": claim_key(claim),
        "milestone": claim.milestone.value,
        "claim_date": claim.date.isoformat(),
        "date_precision": claim.date_precision,
        "confidence": claim.confidence.value,
        "publisher": claim.source.publisher,
        "source_title": claim.source.title,
        "source_url": claim.source.url,
        "source_date": claim.source.date.isoformat() if claim.source.date else None,
        "text": claim.text,
        "standing": claim.standing.value,
        "refuted_by": claim.refuted_by,
        "superseded_by": claim.superseded_by,
        "release_at": encode_optional(claim.release_at),
        "release_window": claim.release_window,
        "spoils": claim.spoils.code,
        "baseline": 1 if baseline else 0,
        "recorded_at": encode_optional(recorded_at),
    }
    cursor = await conn.execute(
        f"INSERT INTO season2_claims ({', '.join(values)}) VALUES ({', '.join('?' for _ in values)})"
        " ON CONFLICT DO NOTHING",
        tuple(values.values()),
    )
    return (cursor.rowcount or 0) > 0


def _origin(value: str) -> Origin:
    for origin in ORIGINS:
        if origin == value:
            return origin
    return "moderator"


def _claim_from_row(row: aiosqlite.Row) -> Claim:
    precision: Literal["day", "month"] = "month" if row["date_precision"] == "month" else "day"
    return Claim(
        id=str(row["claim_id"]),
        milestone=Milestone(str(row["milestone"])),
        date=dt.date.fromisoformat(str(row["claim_date"])),
        confidence=Confidence(str(row["confidence"])),
        source=Source(
            publisher=str(row["publisher"]),
            title=str(row["source_title"] or ""),
            url=None if row["source_url"] is None else str(row["source_url"]),
            date=None if row["source_date"] is None else dt.date.fromisoformat(str(row["source_date"])),
        ),
        text=str(row["text"]),
        standing=Standing(str(row["standing"])),
        refuted_by=None if row["refuted_by"] is None else str(row["refuted_by"]),
        superseded_by=None if row["superseded_by"] is None else str(row["superseded_by"]),
        release_at=decode_optional(row["release_at"]),
        origin=_origin(str(row["origin"])),
        date_precision=precision,
        release_window=None if row["release_window"] is None else str(row["release_window"]),
        spoils=Position.from_code(int(row["spoils"] or 0)),
        recorded_at=decode_optional(row["recorded_at"]),
    )


async def load_claims(conn: aiosqlite.Connection) -> list[Claim]:
    cursor = await conn.execute("SELECT * FROM season2_claims ORDER BY claim_date, claim_id")
    return [_claim_from_row(row) for row in await cursor.fetchall()]


async def get_claims(conn: aiosqlite.Connection, claim_ids: Iterable[str]) -> dict[str, Claim]:
    ids = list(dict.fromkeys(claim_ids))
    if not ids:
        return {}
    marks = ", ".join("?" for _ in ids)
    cursor = await conn.execute(f"SELECT * FROM season2_claims WHERE claim_id IN ({marks})", ids)
    return {str(row["claim_id"]): _claim_from_row(row) for row in await cursor.fetchall()}


async def set_standing(
    conn: aiosqlite.Connection, claim_id: str, standing: Standing, by: str | None
) -> Claim | None:
    """Mark a claim refuted / superseded (by another claim id or a note); the claim as it now
    stands, or None when there is no such claim."""
    cursor = await conn.execute(
        "UPDATE season2_claims SET standing = ?,"
        " refuted_by = CASE WHEN ? = 'refuted' THEN ? ELSE refuted_by END,"
        " superseded_by = CASE WHEN ? = 'superseded' THEN ? ELSE superseded_by END"
        " WHERE claim_id = ?",
        (standing.value, standing.value, by, standing.value, by, claim_id),
    )
    if not (cursor.rowcount or 0):
        return None
    return (await get_claims(conn, [claim_id])).get(claim_id)


async def set_spoils(conn: aiosqlite.Connection, claims: Iterable[Claim]) -> None:
    """Bring stored claims' spoiler positions in line with `claims` (the pack's tags can change
    after its claims were first stored)."""
    await conn.executemany(
        "UPDATE season2_claims SET spoils = ? WHERE claim_id = ? AND spoils != ?",
        [(c.spoils.code, c.id, c.spoils.code) for c in claims],
    )


async def delete_claim(conn: aiosqlite.Connection, claim_id: str) -> Claim | None:
    """Remove a claim (a retracted report); the claim as it was, or None when there was none."""
    found = (await get_claims(conn, [claim_id])).get(claim_id)
    if found is not None:
        await conn.execute("DELETE FROM season2_claims WHERE claim_id = ?", (claim_id,))
    return found


async def count_claims(conn: aiosqlite.Connection) -> int:
    cursor = await conn.execute("SELECT COUNT(*) FROM season2_claims")
    row = await cursor.fetchone()
    return int(row[0]) if row else 0
