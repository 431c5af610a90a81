"""Migration 024 gives each season-2 claim whether its source gave the release's hour, on a database
written before it: a day stored at midnight UTC stays a day without an hour, an hour that lands on
00:00 UTC (stored a second past it until then) becomes that very instant with its hour given, and
every other time keeps its hour."""

from __future__ import annotations

import datetime as dt
from collections.abc import AsyncIterator
from pathlib import Path

import pytest

from bot.season2 import rules
from bot.season2.model import Claim
from db import Database
from db.connection import bundled_migrations
from db.season2 import claims as claims_db

T0 = "2026-03-01T12:00:00.000000Z"
ROWS = {  # claim id -> release_at as stored before 024
    "moderator:bare-day": "2027-03-14T00:00:00.000000Z",
    "moderator:9pm-chile": "2027-03-13T00:00:01.000000Z",
    "tvmaze:airstamp": "2027-03-14T08:00:00.000000Z",
    "rss:no-date": None,
}


@pytest.fixture
async def before_024(tmp_path: Path) -> AsyncIterator[Database]:
    database = await Database.open(tmp_path / "old.db", migrate=False)
    await database.migrate([m for m in bundled_migrations() if m.version < 24])
    async with database.transaction() as conn:
        for claim_id, release_at in ROWS.items():
            origin = claim_id.split(":")[0]
            await conn.execute(
                "INSERT INTO season2_claims (claim_id, origin, claim_key, milestone, claim_date, confidence,"
                " publisher, text, release_at, recorded_at) VALUES (?, ?, ?, ?, '2026-03-01', 'official', 'Netflix',"
                " 'said', ?, ?)",
                (claim_id, origin, claim_id, "release_date_announced" if release_at else "filming",
                 release_at, T0),
            )
    try:
        await database.migrate()
        yield database
    finally:
        await database.close()


async def _claims(database: Database) -> dict[str, Claim]:
    async with database.transaction() as conn:
        return {c.id: c for c in await claims_db.load_claims(conn)}


async def test_a_day_stored_at_midnight_stays_a_day_out_at_midnight_pacific(before_024: Database) -> None:
    claim = (await _claims(before_024))["moderator:bare-day"]
    assert claim.release_at == dt.datetime(2027, 3, 14, tzinfo=dt.UTC) and not claim.timed
    assert rules.out_moment(claim.release_at, claim.timed) == dt.datetime(2027, 3, 14, 8, tzinfo=dt.UTC)  # midnight PST


async def test_an_hour_kept_a_second_past_midnight_becomes_that_midnight_with_its_hour(before_024: Database) -> None:
    claim = (await _claims(before_024))["moderator:9pm-chile"]
    assert claim.release_at == dt.datetime(2027, 3, 13, tzinfo=dt.UTC) and claim.timed
    assert rules.out_moment(claim.release_at, claim.timed) == dt.datetime(2027, 3, 13, tzinfo=dt.UTC)


async def test_any_other_hour_is_kept_as_given(before_024: Database) -> None:
    claim = (await _claims(before_024))["tvmaze:airstamp"]
    assert claim.release_at == dt.datetime(2027, 3, 14, 8, tzinfo=dt.UTC) and claim.timed


async def test_a_claim_without_a_release_date_gives_no_hour(before_024: Database) -> None:
    claim = (await _claims(before_024))["rss:no-date"]
    assert claim.release_at is None and not claim.timed
