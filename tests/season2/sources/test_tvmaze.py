"""TVmaze signals (bot/season2/sources/tvmaze.py) against LocalTVmaze."""

from __future__ import annotations

import datetime as dt
import json

import aiohttp
import pytest

from bot.clock import ManualClock
from bot.sandbox.tvmaze import SHOW_ID, LocalTVmaze
from bot.season2.model import Confidence, Milestone
from bot.season2.model.polling import SourceState
from bot.season2.sources.base import SourceError
from bot.season2.sources.tvmaze import TVmazeSource
from tests.table import table


def fresh(source: TVmazeSource) -> SourceState:
    return SourceState(source.source_id, "tvmaze", source.base_url)


async def test_the_show_id_is_resolved_by_name() -> None:
    async with LocalTVmaze() as tvmaze, aiohttp.ClientSession() as http:
        source = TVmazeSource(tvmaze.base_url, "all of us are dead")
        assert await source.resolve_show_id(http) == SHOW_ID


async def test_an_unknown_show_is_an_error() -> None:
    async with LocalTVmaze() as tvmaze, aiohttp.ClientSession() as http:
        source = TVmazeSource(tvmaze.base_url, "Squid Game")
        with pytest.raises(SourceError):
            await source.resolve_show_id(http)


async def test_no_season_two_means_no_claims(clock: ManualClock) -> None:
    async with LocalTVmaze() as tvmaze, aiohttp.ClientSession() as http:
        source = TVmazeSource(tvmaze.base_url, "All of Us Are Dead")
        result = await source.fetch(http, fresh(source), clock.now())
    assert result.claims == ()
    assert result.show_id == SHOW_ID


async def test_season_two_appearing_is_a_reported_renewal(clock: ManualClock) -> None:
    async with LocalTVmaze() as tvmaze, aiohttp.ClientSession() as http:
        tvmaze.add_season(2)
        source = TVmazeSource(tvmaze.base_url, "All of Us Are Dead")
        result = await source.fetch(http, fresh(source), clock.now())
    (claim,) = result.claims
    assert claim.milestone is Milestone.RENEWED
    assert claim.confidence is Confidence.REPORTED
    assert claim.source.publisher == "TVmaze"


async def test_a_premiere_date_uses_the_episode_airstamp_in_utc(clock: ManualClock) -> None:
    async with LocalTVmaze() as tvmaze, aiohttp.ClientSession() as http:
        tvmaze.add_season(2, episode_order=8, premiere_date="2027-01-15")
        tvmaze.add_episodes(2, 8, airstamp="2027-01-15T08:00:00+00:00")
        source = TVmazeSource(tvmaze.base_url, "All of Us Are Dead")
        result = await source.fetch(http, fresh(source), clock.now())
    dated = [c for c in result.claims if c.release_at is not None]
    assert [c.milestone for c in dated] == [Milestone.RELEASE_DATE_ANNOUNCED]
    assert dated[0].release_at == dt.datetime(2027, 1, 15, 8, tzinfo=dt.UTC)
    assert any("8 episodes" in c.text for c in result.claims)


#: The first episode's airstamp gives the premiere its hour, 00:00 UTC too; without one it is the day alone, and so
#: it is when TVmaze lists no airtime: its airstamp is then TVmaze's stand-in (noon UTC for a Netflix show), no hour.
@table(("airstamp", "airtime", "release_at", "time_given"), [
    ("2027-01-15T08:00:00+00:00", None, dt.datetime(2027, 1, 15, 8, tzinfo=dt.UTC), True),
    ("2027-01-15T00:00:00+00:00", None, dt.datetime(2027, 1, 15, tzinfo=dt.UTC), True),
    ("2027-01-15T09:00:00+09:00", None, dt.datetime(2027, 1, 15, tzinfo=dt.UTC), True),
    (None, None, dt.datetime(2027, 1, 15, tzinfo=dt.UTC), False),
    ("2027-01-15T12:00:00+00:00", "", dt.datetime(2027, 1, 15, tzinfo=dt.UTC), False),
])
async def test_a_premiere_says_whether_an_airstamp_gave_its_hour(
    clock: ManualClock, airstamp: str | None, airtime: str | None, release_at: dt.datetime, time_given: bool
) -> None:
    async with LocalTVmaze() as tvmaze, aiohttp.ClientSession() as http:
        tvmaze.add_season(2, episode_order=8, premiere_date="2027-01-15")
        if airstamp is not None:
            tvmaze.add_episodes(2, 8, airstamp=airstamp, airtime=airtime)
        source = TVmazeSource(tvmaze.base_url, "All of Us Are Dead")
        result = await source.fetch(http, fresh(source), clock.now())
    (dated,) = [c for c in result.claims if c.release_at is not None]
    assert (dated.release_at, dated.timed) == (release_at, time_given)


async def test_a_listing_in_two_parts_gives_part_2s_day_apart_from_the_seasons_and_keeps_it_on_304(
    clock: ManualClock,
) -> None:
    async with LocalTVmaze() as tvmaze, aiohttp.ClientSession() as http:
        tvmaze.add_season(2, episode_order=8, premiere_date="2027-03-12")
        tvmaze.add_episodes(2, 4, airstamp="2027-03-12T07:00:00+00:00")
        tvmaze.add_episodes(2, 4, airstamp="2027-04-09T07:00:00+00:00")
        source = TVmazeSource(tvmaze.base_url, "All of Us Are Dead")
        result = await source.fetch(http, fresh(source), clock.now())
        state = SourceState(source.source_id, "tvmaze", source.base_url, show_id=result.show_id, etag=result.etag,
                            last_modified=result.last_modified, snapshot=result.snapshot)
        again = await source.fetch(http, state, clock.now())
    for claims in (result.claims, again.claims):
        dated = {c.milestone: (c.release_at, c.timed) for c in claims if c.release_at is not None}
        assert dated == {
            Milestone.RELEASE_DATE_ANNOUNCED: (dt.datetime(2027, 3, 12, 7, tzinfo=dt.UTC), True),
            Milestone.PART_DATED: (dt.datetime(2027, 4, 9, 7, tzinfo=dt.UTC), True),
        }
    (part,) = [c for c in result.claims if c.milestone is Milestone.PART_DATED]
    assert part.confidence is Confidence.REPORTED and "from episode 5" in part.text


async def test_a_changed_premiere_is_a_release_date_change(clock: ManualClock) -> None:
    async with LocalTVmaze() as tvmaze, aiohttp.ClientSession() as http:
        tvmaze.add_season(2, premiere_date="2027-01-15")
        source = TVmazeSource(tvmaze.base_url, "All of Us Are Dead")
        first = await source.fetch(http, fresh(source), clock.now())
        tvmaze.set_premiere(2, "2027-03-05")
        state = fresh(source)
        state = SourceState(state.source_id, "tvmaze", source.base_url, show_id=first.show_id,
                            snapshot=first.snapshot)
        second = await source.fetch(http, state, clock.now())
    changed = [c for c in second.claims if c.milestone is Milestone.RELEASE_DATE_CHANGED]
    assert changed and changed[0].release_at == dt.datetime(2027, 3, 5, tzinfo=dt.UTC)


async def test_an_unchanged_show_answers_304(clock: ManualClock) -> None:
    async with LocalTVmaze() as tvmaze, aiohttp.ClientSession() as http:
        source = TVmazeSource(tvmaze.base_url, "All of Us Are Dead")
        first = await source.fetch(http, fresh(source), clock.now())
        state = SourceState(source.source_id, "tvmaze", source.base_url, show_id=first.show_id,
                            etag=first.etag, last_modified=first.last_modified, snapshot=first.snapshot)
        second = await source.fetch(http, state, clock.now())
        assert tvmaze.requests[-1].headers.get("If-None-Match") == first.etag
    assert second.not_modified
    assert json.loads(first.snapshot or "{}")["listed"] is False


async def test_invalid_json_is_an_error(clock: ManualClock) -> None:
    async with LocalTVmaze() as tvmaze, aiohttp.ClientSession() as http:
        tvmaze.serve_garbage("json")
        source = TVmazeSource(tvmaze.base_url, "All of Us Are Dead")
        with pytest.raises(SourceError):
            await source.fetch(http, fresh(source), clock.now())


async def test_a_premiere_date_cleared_for_one_poll_is_no_delay_but_one_that_stays_gone_is(clock: ManualClock) -> None:
    async with LocalTVmaze() as tvmaze, aiohttp.ClientSession() as http:
        source = TVmazeSource(tvmaze.base_url, "All of Us Are Dead")
        tvmaze.add_season(2, episode_order=8, premiere_date="2027-03-05")
        state = fresh(source)
        delays: list[list[str]] = []
        for premiere in ("2027-03-05", None, "2027-03-05", None, None, None):
            tvmaze.set_premiere(2, premiere)
            result = await source.fetch(http, state, clock.now())
            state = SourceState(source.source_id, "tvmaze", source.base_url, show_id=result.show_id, etag=result.etag,
                                last_modified=result.last_modified, snapshot=result.snapshot or state.snapshot)
            delays.append([c.id for c in result.claims if c.milestone is Milestone.DELAYED])
            clock.advance(dt.timedelta(hours=1))
    removed = ["tvmaze:s2:premiere-removed:2027-03-05"]
    assert delays[:4] == [[], [], [], []]  # cleared for an hour and put back: nothing
    assert delays[4:] == [removed, removed]  # still gone a poll later: one claim, the same on re-polls
