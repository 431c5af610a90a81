"""The season-2 tracking repository on a real SQLite file: sources' state and idempotent inserts."""

from __future__ import annotations

import datetime as dt

from bot.season2.model import SourceState
from db import season2_tracking as store
from db.connection import Database
from tests.season2.s2delivery_helpers import T0, claim, transition


async def test_a_source_state_round_trips_with_its_circuit_opening(db: Database) -> None:
    state = SourceState(
        "rss:x", "rss", "http://feed.example/rss", consecutive_failures=5,
        circuit_open_until=T0 + dt.timedelta(hours=3), circuit_opened_at=T0, last_error="garbage",
    )
    async with db.transaction() as conn:
        await store.save_source(conn, state)
        await store.save_source(conn, state)  # an update, not a second row
    async with db.read() as conn:
        assert await store.get_source(conn, "rss:x") == state
        assert len(await store.list_sources(conn)) == 1


async def test_a_claim_is_stored_once(db: Database) -> None:
    async with db.transaction() as conn:
        assert await store.insert_claim(conn, claim(), baseline=False, recorded_at=T0) is True
        assert await store.insert_claim(conn, claim(), baseline=False, recorded_at=T0) is False
        assert await store.count_claims(conn) == 1


async def test_a_transition_is_recorded_once(db: Database) -> None:
    step = transition()
    async with db.transaction() as conn:
        await store.insert_claim(conn, step.claims[0], baseline=False, recorded_at=T0)
        assert await store.insert_transition(conn, step, baseline=False, recorded_at=T0) is True
        assert await store.insert_transition(conn, step, baseline=False, recorded_at=T0) is False
        assert await store.transition_exists(conn, step.id)
