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
from db.season2 import reminders as reminders_db
from db.season2 import transitions as transitions_db
from db.times import encode

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
        await conn.execute(
            "INSERT INTO season2_transitions (transition_id, kind, from_milestone, to_milestone, release_at_before,"
            " release_at_after, at, confidence, claim_ids, recorded_at) VALUES ('t_1', 'release_date_changed',"
            " 'release_date_announced', 'release_date_announced', ?, ?, ?, 'official', '[]', ?)",
            (ROWS["moderator:bare-day"], ROWS["moderator:9pm-chile"], T0, T0),
        )
        for offset_s, state in ((86400, "fired"), (3600, "scheduled")):
            due = dt.datetime(2027, 3, 13, 0, 0, 1, tzinfo=dt.UTC) - dt.timedelta(seconds=offset_s)
            await conn.execute(
                "INSERT INTO season2_reminders (release_at, offset_s, due_at, confidence, state, created_at, updated_at)"
                " VALUES (?, ?, ?, 'official', ?, ?, ?)",
                (ROWS["moderator:9pm-chile"], offset_s, encode(due), state, T0, T0),
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


async def test_a_recorded_change_keeps_which_of_its_dates_had_an_hour(before_024: Database) -> None:
    async with before_024.transaction() as conn:
        (entry,) = await transitions_db.load_history(conn)
    moved = entry.transition
    assert (moved.release_at_before, moved.timed_before) == (dt.datetime(2027, 3, 14, tzinfo=dt.UTC), False)
    assert (moved.release_at_after, moved.timed_after) == (dt.datetime(2027, 3, 13, tzinfo=dt.UTC), True)
    assert "2027-03-13 00:00 UTC" in moved.summary() and "2027-03-14 ->" in moved.summary()


async def test_a_reminder_still_to_come_counts_from_the_true_instant_and_a_sent_one_stays(before_024: Database) -> None:
    async with before_024.transaction() as conn:
        rows = {r.offset_s: r for r in await reminders_db.list_reminders(conn)}
    coming, sent = rows[3600], rows[86400]
    assert coming.release_at == dt.datetime(2027, 3, 13, tzinfo=dt.UTC) and coming.timed
    assert coming.due_at == dt.datetime(2027, 3, 12, 23, tzinfo=dt.UTC)
    assert sent.release_at == dt.datetime(2027, 3, 13, 0, 0, 1, tzinfo=dt.UTC) and sent.state == "fired"
