"""Dates no one could mean, through the local Discord (issue 14, fault 9): a moderator's 9999-12-31
is refused with a clear answer, and one stored by an older version never breaks `/season2 timeline`."""

from __future__ import annotations

import datetime as dt
from collections.abc import AsyncIterator
from pathlib import Path

import pytest

from bot.clock import ManualClock
from bot.harness import Harness
from bot.season2.model import Claim, Confidence, Milestone, Source
from db.season2 import claims as claims_db

START = dt.datetime(2026, 3, 1, 12, 0, tzinfo=dt.UTC)


@pytest.fixture
async def h(tmp_path: Path) -> AsyncIterator[Harness]:
    async with Harness.start(tmp_path, clock=ManualClock(START), extensions=("cogs.meta", "cogs.season2")) as harness:
        yield harness


@pytest.mark.parametrize("release", ["9999-12-31", "+9999d", "1970-01-01"])
async def test_a_release_date_no_one_could_mean_is_refused_and_nothing_is_stored(h: Harness, release: str) -> None:
    reply = await h.discord.invoke(
        h.moderator, h.general, "season2set", "report", milestone="release_date_announced",
        source_url="https://www.netflix.com/tudum/aouad-s2", date="2026-02-28", official=True, release_date=release,
    )
    assert reply.ephemeral and "can't be right" in reply.text
    async with h.db.read() as conn:
        assert all(c.origin != "moderator" for c in await claims_db.load_claims(conn))


async def test_a_placeholder_release_date_stored_by_an_older_version_does_not_break_the_timeline(h: Harness) -> None:
    placeholder = Claim(
        id="tvmaze:s2:premiere:9999-12-31", milestone=Milestone.RELEASE_DATE_ANNOUNCED, date=dt.date(2026, 2, 1),
        confidence=Confidence.OFFICIAL, source=Source("Netflix"), text="old row",
        release_at=dt.datetime(9999, 12, 31, tzinfo=dt.UTC), origin="tvmaze",
    )
    async with h.db.transaction() as conn:
        await claims_db.insert_claims(conn, [placeholder], baseline=True, recorded_at=START)
    await h.restart()  # the status is computed from what is stored, the bad row included
    reply = await h.discord.invoke(h.fan, h.general, "season2", "timeline", timeout=15)
    assert reply.attachments and reply.attachments[0].filename == "season2-timeline.png"
    status = await h.discord.invoke(h.fan, h.general, "season2", "status")
    assert status.embed is not None
