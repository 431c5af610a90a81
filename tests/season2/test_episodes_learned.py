"""Tracking grows the show's shape with the episode lists TVmaze gives, persists them so a restart
knows them, and follows a renumbering (bot/season2/tracking.py, db/show.py)."""

from __future__ import annotations

import datetime as dt

from bot.clock import ManualClock
from bot.sandbox.tvmaze import LocalTVmaze
from bot.season2.sources.tvmaze import TVmazeSource
from bot.season2.tracking import Tracking
from bot.show import Position, ShowShape
from bot.showstore import restore_show
from db import Database

HOUR = dt.timedelta(hours=1, minutes=1)


def tracker(db: Database, clock: ManualClock, tvmaze: LocalTVmaze, show: ShowShape) -> Tracking:
    return Tracking(db, clock, sources=[TVmazeSource(tvmaze.base_url, "All of Us Are Dead")], show=show)


async def test_season_two_episodes_grow_the_shape_on_the_first_poll(db: Database, clock: ManualClock) -> None:
    show = ShowShape.season_one()
    async with LocalTVmaze() as tvmaze:
        tvmaze.add_season(2, episode_order=8, premiere_date="2027-03-05")
        tvmaze.add_episodes(2, 8, names=["Homecoming"])
        tracking = tracker(db, clock, tvmaze, show)
        (outcome,) = await tracking.poll_now()
        await tracking.close()
    assert outcome.ok and outcome.baseline
    assert len(show.episodes_in(2)) == 8
    first = show.episode(Position(2, 1))
    assert first is not None and first.title == "Homecoming"
    assert first.airstamp == dt.datetime(2027, 3, 5, 8, tzinfo=dt.UTC)
    assert show.last_released(clock.now()) == Position(1, 12), "not out yet"
    assert show.last_released(dt.datetime(2027, 3, 6, tzinfo=dt.UTC)) == Position(2, 8)


async def test_a_restart_knows_what_was_learned(db: Database, clock: ManualClock) -> None:
    async with LocalTVmaze() as tvmaze:
        tvmaze.add_season(2, premiere_date="2027-03-05")
        tvmaze.add_episodes(2, 6)
        first = tracker(db, clock, tvmaze, ShowShape.season_one())
        await first.poll_now()
        await first.close()
    restarted = ShowShape.season_one()
    assert await restore_show(db, restarted) == 6
    assert [p for p in restarted.positions() if p.season == 2] == [Position(2, n) for n in range(1, 7)]


async def test_a_renumbering_replaces_the_season(db: Database, clock: ManualClock) -> None:
    show = ShowShape.season_one()
    async with LocalTVmaze() as tvmaze:
        tvmaze.add_season(2, premiere_date="2027-03-05")
        tvmaze.add_episodes(2, 8)
        tracking = tracker(db, clock, tvmaze, show)
        await tracking.poll_now()
        tvmaze.remove_episode(2, 8)
        clock.advance(HOUR)
        await tracking.poll_now()
        await tracking.close()
    assert len(show.episodes_in(2)) == 7 and not show.contains(Position(2, 8))
    restarted = ShowShape.season_one()
    await restore_show(db, restarted)
    assert len(restarted.episodes_in(2)) == 7


async def test_episodes_without_airstamps_then_published(db: Database, clock: ManualClock) -> None:
    show = ShowShape.season_one()
    async with LocalTVmaze() as tvmaze:
        tvmaze.add_season(2, episode_order=4)
        tvmaze.add_episodes(2, 4, dated=False)
        tracking = tracker(db, clock, tvmaze, show)
        await tracking.poll_now()
        assert len(show.episodes_in(2)) == 4
        assert all(e.airstamp is None for e in show.episodes_in(2))
        tvmaze.set_premiere(2, "2027-03-05")
        clock.advance(HOUR)
        await tracking.poll_now()
        await tracking.close()
    assert all(e.airstamp == dt.datetime(2027, 3, 5, 8, tzinfo=dt.UTC) for e in show.episodes_in(2))


async def test_season_two_absent_or_empty_changes_nothing(db: Database, clock: ManualClock) -> None:
    show = ShowShape.season_one()
    async with LocalTVmaze() as tvmaze:
        tracking = tracker(db, clock, tvmaze, show)
        await tracking.poll_now()
        assert show.seasons() == (1,)
        tvmaze.add_season(2)
        clock.advance(HOUR)
        await tracking.poll_now()
        await tracking.close()
    assert show.seasons() == (1,)
