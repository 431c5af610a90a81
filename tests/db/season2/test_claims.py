"""Season-2 claims (db/season2/claims.py) on a real SQLite file: idempotent inserts."""

from __future__ import annotations

from db.connection import Database
from db.season2 import claims as claims_db
from tests.season2.delivery.helpers import T0, claim


async def test_a_claim_is_stored_once(db: Database) -> None:
    async with db.transaction() as conn:
        assert await claims_db.insert_claims(conn, [claim()], baseline=False, recorded_at=T0) == 1
        assert await claims_db.insert_claims(conn, [claim()], baseline=False, recorded_at=T0) == 0
        assert await claims_db.count_claims(conn) == 1




async def test_many_claims_are_stored_in_one_call_and_those_already_there_are_left(db: Database) -> None:
    first, second = claim(publisher="Netflix"), claim(publisher="Variety")
    async with db.transaction() as conn:
        assert await claims_db.insert_claims(conn, [first], baseline=True, recorded_at=T0) == 1
        assert await claims_db.insert_claims(conn, [first, second], baseline=False, recorded_at=T0) == 1
        stored = {c.id: c for c in await claims_db.load_claims(conn)}
    assert set(stored) == {first.id, second.id}
    assert stored[first.id].recorded_at == T0
