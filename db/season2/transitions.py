"""Season-2 transitions: each change of the status, recorded once (baseline ones were not announced)."""

from __future__ import annotations

import datetime as dt
import json

import aiosqlite

from bot.season2.model import Confidence, HistoryEntry, Milestone, Transition, TransitionKind
from db.season2.claims import get_claims
from db.times import decode, decode_optional, encode, encode_optional


async def insert_transition(
    conn: aiosqlite.Connection, transition: Transition, *, baseline: bool, recorded_at: dt.datetime
) -> bool:
    """Record a transition; False when the same (deterministic) id was already recorded."""
    cursor = await conn.execute(
        "INSERT INTO season2_transitions (transition_id, kind, from_milestone, to_milestone,"
        " release_at_before, release_at_after, at, confidence, claim_ids, baseline, recorded_at,"
        " release_timed_before, release_timed_after)"
        " VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?) ON CONFLICT(transition_id) DO NOTHING",
        (
            transition.id,
            transition.kind,
            None if transition.from_milestone is None else transition.from_milestone.value,
            transition.to_milestone.value,
            encode_optional(transition.release_at_before),
            encode_optional(transition.release_at_after),
            encode(transition.at),
            transition.confidence.value,
            json.dumps([c.id for c in transition.claims]),
            1 if baseline else 0,
            encode(recorded_at),
            None if transition.release_at_before is None else int(transition.timed_before),
            None if transition.release_at_after is None else int(transition.timed_after),
        ),
    )
    return (cursor.rowcount or 0) > 0


async def transition_exists(conn: aiosqlite.Connection, transition_id: str) -> bool:
    cursor = await conn.execute("SELECT 1 FROM season2_transitions WHERE transition_id = ?", (transition_id,))
    return await cursor.fetchone() is not None


async def load_history(conn: aiosqlite.Connection) -> list[HistoryEntry]:
    """Every recorded transition, oldest first, with its claims."""
    cursor = await conn.execute("SELECT * FROM season2_transitions ORDER BY seq")
    rows = list(await cursor.fetchall())
    ids_of = {int(row["seq"]): [str(i) for i in json.loads(str(row["claim_ids"]))] for row in rows}
    claims = await get_claims(conn, (i for ids in ids_of.values() for i in ids))
    out: list[HistoryEntry] = []
    for row in rows:
        kind: TransitionKind = row["kind"]  # written from TransitionKind only
        cited = tuple(claims[i] for i in ids_of[int(row["seq"])] if i in claims)
        # A window is not a column: the claims that gave it carry it.
        window = next((c.release_window for c in cited if c.release_window), None)
        transition = Transition(
            id=str(row["transition_id"]),
            kind=kind,
            from_milestone=None if row["from_milestone"] is None else Milestone(str(row["from_milestone"])),
            to_milestone=Milestone(str(row["to_milestone"])),
            release_at_before=decode_optional(row["release_at_before"]),
            release_at_after=decode_optional(row["release_at_after"]),
            at=decode(row["at"]),
            claims=cited,
            confidence=Confidence(str(row["confidence"])),
            window=window if kind in ("release_window", "delayed") else None,
            timed_before=bool(row["release_timed_before"]),
            timed_after=bool(row["release_timed_after"]),
        )
        out.append(
            HistoryEntry(
                seq=int(row["seq"]),
                transition=transition,
                baseline=bool(row["baseline"]),
                recorded_at=decode(row["recorded_at"]),
            )
        )
    return out


async def announced_citing(conn: aiosqlite.Connection, claim_id: str) -> list[str]:
    """The ids of the announced (not baseline) transitions whose claims include `claim_id`, oldest first."""
    cursor = await conn.execute(
        "SELECT t.transition_id FROM season2_transitions AS t, json_each(t.claim_ids) AS c"
        " WHERE t.baseline = 0 AND c.value = ? ORDER BY t.seq",
        (claim_id,),
    )
    return [str(row[0]) for row in await cursor.fetchall()]
