"""Season-2 transitions (db/season2/transitions.py) on a real SQLite file: recorded once."""

from __future__ import annotations

from db.connection import Database
from db.season2 import claims as claims_db
from db.season2 import transitions as transitions_db
from tests.season2.delivery.helpers import T0, transition


async def test_a_transition_is_recorded_once(db: Database) -> None:
    step = transition()
    async with db.transaction() as conn:
        await claims_db.insert_claims(conn, step.claims[:1], baseline=False, recorded_at=T0)
        assert await transitions_db.insert_transition(conn, step, baseline=False, recorded_at=T0) is True
        assert await transitions_db.insert_transition(conn, step, baseline=False, recorded_at=T0) is False
        assert await transitions_db.transition_exists(conn, step.id)
