"""python -m bench.board_plan: SQLite's query plan for the global trivia leaderboard (a check, not a test).

Runs `/trivia leaderboard scope:global`'s query (db.trivia.stats.global_leaderboard) on a freshly
migrated database, all time and since a day, and prints EXPLAIN QUERY PLAN for each: "SEARCH ...
USING INDEX trivia_results_by_time" for a period (migration 016); all time reads every result by
nature (each counts), so it says SCAN.
"""

from __future__ import annotations

import asyncio
import datetime as dt
import tempfile
from pathlib import Path

from db import Database
from db.trivia import stats


async def plans() -> dict[str, list[str]]:
    out: dict[str, list[str]] = {}
    with tempfile.TemporaryDirectory() as tmp:
        db = await Database.open(Path(tmp) / "plan.db")
        try:
            async with db.read() as conn:
                said: list[str] = []
                await conn.set_trace_callback(said.append)
                for label, since in (("all time", None), ("since a day", dt.datetime(2026, 3, 1, tzinfo=dt.UTC))):
                    said.clear()
                    await stats.global_leaderboard(conn, 1, since=since, sort="points")
                    sql = next(s for s in said if "FROM trivia_results" in s)
                    cursor = await conn.execute("EXPLAIN QUERY PLAN " + sql)
                    out[label] = [str(tuple(row)[-1]) for row in await cursor.fetchall()]
        finally:
            await db.close()
    return out


def main() -> None:
    for label, steps in asyncio.run(plans()).items():
        print(f"{label}:")
        for step in steps:
            print(f"    {step}")


if __name__ == "__main__":
    main()
