"""Season-2 claims: what each source said, kept forever (refuted ones included)."""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterable, Sequence
from typing import Literal

import aiosqlite

from bot.season2.model import ORIGINS, Claim, Confidence, Milestone, Origin, Source, Standing
from bot.show import Position
from db.times import decode_optional, encode_optional


async def insert_claims(
    conn: aiosqlite.Connection, claims: Sequence[Claim], *, baseline: bool, recorded_at: dt.datetime
) -> int:
    """Store claims in one statement (a start seeds dozens); how many were new. A claim whose
    origin and key are already stored is left as it was."""
    cursor = await conn.executemany(
        f"INSERT INTO season2_claims ({', '.join(_COLUMNS)}) VALUES ({', '.join('?' for _ in _COLUMNS)})"
        " ON CONFLICT DO NOTHING",
        [_claim_values(claim, baseline=baseline, recorded_at=recorded_at) for claim in claims],
    )
    return max(cursor.rowcount or 0, 0)


_COLUMNS = (
    "claim_id", "origin", "claim_key", "milestone", "claim_date", "date_precision", "confidence", "publisher",
    "source_title", "source_url", "source_date", "text", "standing", "refuted_by", "superseded_by", "release_at",
    "release_window", "spoils", "baseline", "recorded_at", "release_time_given",
)


def _claim_values(claim: Claim, *, baseline: bool, recorded_at: dt.datetime) -> tuple[object, ...]:
    return (
        claim.id,
        claim.origin,
        claim.key[1],
        claim.milestone.value,
        claim.date.isoformat(),
        claim.date_precision,
        claim.confidence.value,
        claim.source.publisher,
        claim.source.title,
        claim.source.url,
        claim.source.date.isoformat() if claim.source.date else None,
        claim.text,
        claim.standing.value,
        claim.refuted_by,
        claim.superseded_by,
        encode_optional(claim.release_at),
        claim.release_window,
        claim.spoils.code,
        1 if baseline else 0,
        encode_optional(recorded_at),
        None if claim.release_at is None else int(claim.timed),
    )


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
        time_given=None if row["release_time_given"] is None else bool(row["release_time_given"]),
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

