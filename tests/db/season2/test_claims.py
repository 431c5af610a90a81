"""Season-2 claims (db/season2/claims.py) on a real SQLite file: idempotent inserts."""

from __future__ import annotations

from db.connection import Database
from db.season2 import claims as claims_db
from tests.season2.delivery.helpers import T0, claim


async def test_a_claim_is_stored_once(db: Database) -> None:
    async with db.transaction() as conn:
        assert await claims_db.insert_claim(conn, claim(), baseline=False, recorded_at=T0) is True
        assert await claims_db.insert_claim(conn, claim(), baseline=False, recorded_at=T0) is False
        assert await claims_db.count_claims(conn) == 1


