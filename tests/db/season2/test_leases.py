"""Named leases (db/season2/leases.py) on a real SQLite file."""

from __future__ import annotations

import datetime as dt

from db.connection import Database
from db.season2 import leases as leases_db

T0 = dt.datetime(2026, 3, 1, 12, 0, tzinfo=dt.UTC)



async def test_lease_is_written_for_one_holder(db: Database) -> None:
    async with db.transaction() as conn:
        await leases_db.put_lease(conn, "x", "a", T0, T0)
        await leases_db.put_lease(conn, "x", "b", T0 + dt.timedelta(seconds=5), T0 + dt.timedelta(seconds=1))
        lease = await leases_db.get_lease(conn, "x")
    assert lease is not None and lease.holder == "b"
    assert lease.acquired_at == T0 + dt.timedelta(seconds=1)


