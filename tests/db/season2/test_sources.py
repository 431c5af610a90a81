"""Season-2 sources' state (db/season2/sources.py) on a real SQLite file."""

from __future__ import annotations

import datetime as dt

from bot.season2.model.polling import SourceState
from db.connection import Database
from db.season2 import sources as sources_db
from tests.season2.delivery.helpers import T0


async def test_a_source_state_round_trips_with_its_circuit_opening(db: Database) -> None:
    state = SourceState(
        "rss:x", "rss", "http://feed.example/rss", consecutive_failures=5,
        circuit_open_until=T0 + dt.timedelta(hours=3), circuit_opened_at=T0, last_error="garbage",
    )
    async with db.transaction() as conn:
        await sources_db.save_source(conn, state)
        await sources_db.save_source(conn, state)  # an update, not a second row
    async with db.read() as conn:
        assert await sources_db.get_source(conn, "rss:x") == state
        assert len(await sources_db.list_sources(conn)) == 1


