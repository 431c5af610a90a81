"""Season-2 tracking storage: claims, the status history, sources' state, seen feed items."""

from __future__ import annotations

import datetime as dt
import json
from collections.abc import Iterable
from typing import Literal

import aiosqlite

from bot.season2.model import (
    Claim,
    Confidence,
    HistoryEntry,
    Milestone,
    Source,
    SourceState,
    Standing,
    Transition,
)
from db.times import decode as _require_ts
from db.times import decode_optional as _parse_ts
from db.times import encode_optional as _ts


async def _insert(conn: aiosqlite.Connection, table: str, values: dict[str, object], *, on_conflict: str) -> bool:
    """INSERT one row of `values` (column -> value) with the given ON CONFLICT clause; True if written."""
    columns = ", ".join(values)
    marks = ", ".join("?" for _ in values)
    cursor = await conn.execute(
        f"INSERT INTO {table} ({columns}) VALUES ({marks}) {on_conflict}", tuple(values.values())
    )
    return (cursor.rowcount or 0) > 0


# ---------------------------------------------------------------- claims


def claim_key(claim: Claim) -> str:
    """The normalised key a claim is unique by within its origin."""
    return claim.id.strip().lower()


async def insert_claim(
    conn: aiosqlite.Connection, claim: Claim, *, baseline: bool, recorded_at: dt.datetime
) -> bool:
    """Store a claim; False when it (same origin + key) was already there."""
    return await _insert(
        conn,
        "season2_claims",
        {
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
            "release_at": _ts(claim.release_at),
            "release_window": claim.release_window,
            "baseline": 1 if baseline else 0,
            "recorded_at": _ts(recorded_at),
        },
        on_conflict="ON CONFLICT DO NOTHING",
    )


def _claim_from_row(row: aiosqlite.Row) -> Claim:
    precision: Literal["day", "month"] = "month" if row["date_precision"] == "month" else "day"
    origin = str(row["origin"])
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
        release_at=_parse_ts(row["release_at"]),
        origin="lore"
        if origin == "lore"
        else "tvmaze"
        if origin == "tvmaze"
        else "rss"
        if origin == "rss"
        else "moderator",
        date_precision=precision,
        release_window=None if row["release_window"] is None else str(row["release_window"]),
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
) -> bool:
    """Mark a claim refuted / superseded (by another claim id or a note); False if unknown."""
    cursor = await conn.execute(
        "UPDATE season2_claims SET standing = ?,"
        " refuted_by = CASE WHEN ? = 'refuted' THEN ? ELSE refuted_by END,"
        " superseded_by = CASE WHEN ? = 'superseded' THEN ? ELSE superseded_by END"
        " WHERE claim_id = ?",
        (standing.value, standing.value, by, standing.value, by, claim_id),
    )
    return (cursor.rowcount or 0) > 0


async def count_claims(conn: aiosqlite.Connection) -> int:
    cursor = await conn.execute("SELECT COUNT(*) FROM season2_claims")
    row = await cursor.fetchone()
    return int(row[0]) if row else 0


# ---------------------------------------------------------------- transitions


async def transition_exists(conn: aiosqlite.Connection, transition_id: str) -> bool:
    cursor = await conn.execute(
        "SELECT 1 FROM season2_transitions WHERE transition_id = ?", (transition_id,)
    )
    return await cursor.fetchone() is not None


async def insert_transition(
    conn: aiosqlite.Connection, transition: Transition, *, baseline: bool, recorded_at: dt.datetime
) -> bool:
    """Record a transition; False when the same (deterministic) id was already recorded."""
    return await _insert(
        conn,
        "season2_transitions",
        {
            "transition_id": transition.id,
            "kind": transition.kind,
            "from_milestone": None if transition.from_milestone is None else transition.from_milestone.value,
            "to_milestone": transition.to_milestone.value,
            "release_at_before": _ts(transition.release_at_before),
            "release_at_after": _ts(transition.release_at_after),
            "at": _ts(transition.at),
            "confidence": transition.confidence.value,
            "claim_ids": json.dumps([c.id for c in transition.claims]),
            "baseline": 1 if baseline else 0,
            "recorded_at": _ts(recorded_at),
        },
        on_conflict="ON CONFLICT(transition_id) DO NOTHING",
    )


async def load_history(conn: aiosqlite.Connection) -> list[HistoryEntry]:
    cursor = await conn.execute("SELECT * FROM season2_transitions ORDER BY seq")
    rows = list(await cursor.fetchall())
    wanted: list[str] = []
    for row in rows:
        wanted.extend(json.loads(str(row["claim_ids"])))
    claims = await get_claims(conn, wanted)
    out: list[HistoryEntry] = []
    for row in rows:
        ids = json.loads(str(row["claim_ids"]))
        kind = str(row["kind"])
        transition = Transition(
            id=str(row["transition_id"]),
            kind=kind,  # type: ignore[arg-type]  # written from TransitionKind only
            from_milestone=None if row["from_milestone"] is None else Milestone(str(row["from_milestone"])),
            to_milestone=Milestone(str(row["to_milestone"])),
            release_at_before=_parse_ts(row["release_at_before"]),
            release_at_after=_parse_ts(row["release_at_after"]),
            at=_require_ts(row["at"]),
            claims=tuple(claims[i] for i in ids if i in claims),
            confidence=Confidence(str(row["confidence"])),
        )
        out.append(
            HistoryEntry(
                seq=int(row["seq"]),
                transition=transition,
                baseline=bool(row["baseline"]),
                recorded_at=_require_ts(row["recorded_at"]),
            )
        )
    return out


# ---------------------------------------------------------------- sources


def _state_from_row(row: aiosqlite.Row) -> SourceState:
    return SourceState(
        source_id=str(row["source_id"]),
        kind=str(row["kind"]),
        base_url=str(row["base_url"]),
        show_id=None if row["show_id"] is None else int(row["show_id"]),
        etag=None if row["etag"] is None else str(row["etag"]),
        last_modified=None if row["last_modified"] is None else str(row["last_modified"]),
        last_poll_at=_parse_ts(row["last_poll_at"]),
        last_success_at=_parse_ts(row["last_success_at"]),
        last_change_at=_parse_ts(row["last_change_at"]),
        next_poll_at=_parse_ts(row["next_poll_at"]),
        consecutive_failures=int(row["consecutive_failures"]),
        circuit_open_until=_parse_ts(row["circuit_open_until"]),
        circuit_opened_at=_parse_ts(row["circuit_opened_at"]),
        baseline_recorded=bool(row["baseline_recorded"]),
        last_error=None if row["last_error"] is None else str(row["last_error"]),
        snapshot=None if row["snapshot"] is None else str(row["snapshot"]),
    )


async def get_source(conn: aiosqlite.Connection, source_id: str) -> SourceState | None:
    cursor = await conn.execute("SELECT * FROM season2_sources WHERE source_id = ?", (source_id,))
    row = await cursor.fetchone()
    return None if row is None else _state_from_row(row)


async def list_sources(conn: aiosqlite.Connection) -> list[SourceState]:
    cursor = await conn.execute("SELECT * FROM season2_sources ORDER BY source_id")
    return [_state_from_row(row) for row in await cursor.fetchall()]


async def save_source(conn: aiosqlite.Connection, state: SourceState) -> None:
    values: dict[str, object] = {
        "source_id": state.source_id,
        "kind": state.kind,
        "base_url": state.base_url,
        "show_id": state.show_id,
        "etag": state.etag,
        "last_modified": state.last_modified,
        "last_poll_at": _ts(state.last_poll_at),
        "last_success_at": _ts(state.last_success_at),
        "last_change_at": _ts(state.last_change_at),
        "next_poll_at": _ts(state.next_poll_at),
        "consecutive_failures": state.consecutive_failures,
        "circuit_open_until": _ts(state.circuit_open_until),
        "circuit_opened_at": _ts(state.circuit_opened_at),
        "baseline_recorded": 1 if state.baseline_recorded else 0,
        "last_error": state.last_error,
        "snapshot": state.snapshot,
    }
    updates = ", ".join(f"{column} = excluded.{column}" for column in values if column != "source_id")
    await _insert(conn, "season2_sources", values, on_conflict=f"ON CONFLICT(source_id) DO UPDATE SET {updates}")


# ---------------------------------------------------------------- seen feed items


async def seen_keys(conn: aiosqlite.Connection, source_id: str, keys: Iterable[str]) -> set[str]:
    wanted = list(dict.fromkeys(keys))
    if not wanted:
        return set()
    marks = ", ".join("?" for _ in wanted)
    cursor = await conn.execute(
        f"SELECT item_key FROM season2_seen_items WHERE source_id = ? AND item_key IN ({marks})",
        [source_id, *wanted],
    )
    return {str(row[0]) for row in await cursor.fetchall()}


async def mark_seen(
    conn: aiosqlite.Connection,
    source_id: str,
    items: Iterable[tuple[str, str, str]],
    now: dt.datetime,
) -> None:
    """Record (key, title, publisher) items as seen now (first_seen_at is kept)."""
    await conn.executemany(
        "INSERT INTO season2_seen_items (source_id, item_key, title, publisher, first_seen_at, last_seen_at)"
        " VALUES (?, ?, ?, ?, ?, ?)"
        " ON CONFLICT(source_id, item_key) DO UPDATE SET last_seen_at = excluded.last_seen_at",
        [(source_id, key, title, publisher, _ts(now), _ts(now)) for key, title, publisher in items],
    )


async def count_seen(conn: aiosqlite.Connection, source_id: str) -> int:
    cursor = await conn.execute(
        "SELECT COUNT(*) FROM season2_seen_items WHERE source_id = ?", (source_id,)
    )
    row = await cursor.fetchone()
    return int(row[0]) if row else 0


async def prune_seen(
    conn: aiosqlite.Connection, source_id: str, still_shown: Iterable[str], older_than: dt.datetime
) -> int:
    """Forget items not seen since `older_than`, never one the feed still shows."""
    shown = list(dict.fromkeys(still_shown))
    params: list[object] = [source_id, _ts(older_than)]
    clause = ""
    if shown:
        clause = f" AND item_key NOT IN ({', '.join('?' for _ in shown)})"
        params.extend(shown)
    cursor = await conn.execute(
        "DELETE FROM season2_seen_items WHERE source_id = ? AND last_seen_at < ?" + clause, params
    )
    return cursor.rowcount or 0
