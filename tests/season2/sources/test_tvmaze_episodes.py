"""The episode list TVmaze gives for the seasons after the first (bot/season2/sources/tvmaze.py),
read from a local TVmaze with TVmaze's own payloads: season 2 absent, announced with no episodes,
episodes with null airstamps, episodes published, a renumbering."""

from __future__ import annotations

import datetime as dt

import aiohttp
import pytest

from bot.clock import ManualClock
from bot.sandbox.tvmaze import LocalTVmaze
from bot.season2.model.polling import SourceState
from bot.season2.sources.base import FetchResult, SourceError
from bot.season2.sources.tvmaze import TVmazeSource, later_part, parse_episodes
from bot.show import EpisodeInfo

QUERY = "All of Us Are Dead"
PREMIERE = dt.datetime(2027, 3, 5, 8, tzinfo=dt.UTC)


def fresh(source: TVmazeSource) -> SourceState:
    return SourceState(source.source_id, "tvmaze", source.base_url)


def after(state: SourceState, result: FetchResult) -> SourceState:
    """The state a poll leaves, as tracking stores it."""
    return SourceState(
        state.source_id, "tvmaze", state.base_url, show_id=result.show_id, etag=result.etag,
        last_modified=result.last_modified, snapshot=result.snapshot,
    )


async def fetch(tvmaze: LocalTVmaze, clock: ManualClock, state: SourceState | None = None) -> tuple[FetchResult, SourceState]:
    source = TVmazeSource(tvmaze.base_url, QUERY)
    state = state or fresh(source)
    async with aiohttp.ClientSession() as http:
        result = await source.fetch(http, state, clock.now())
    return result, after(state, result)


async def test_without_season_two_no_episode_list_is_read(clock: ManualClock) -> None:
    async with LocalTVmaze() as tvmaze:
        result, _ = await fetch(tvmaze, clock)
        assert result.episodes is None
        assert not any(r.path.endswith("/episodes") for r in tvmaze.requests)


async def test_season_two_announced_without_episodes_adds_none(clock: ManualClock) -> None:
    async with LocalTVmaze() as tvmaze:
        tvmaze.add_season(2)
        result, _ = await fetch(tvmaze, clock)
    assert result.episodes == {}


async def test_episodes_listed_without_airstamps_are_known_but_not_dated(clock: ManualClock) -> None:
    async with LocalTVmaze() as tvmaze:
        tvmaze.add_season(2, episode_order=8)
        tvmaze.add_episodes(2, 8, dated=False, runtime=None)
        result, _ = await fetch(tvmaze, clock)
    assert result.episodes is not None
    season = result.episodes[2]
    assert [e.number for e in season] == list(range(1, 9))
    assert all(e.airstamp is None and e.runtime is None for e in season)
    assert all(e.title is None for e in season), "placeholder names are not titles"
    assert all(c.release_at is None for c in result.claims)


async def test_published_episodes_carry_title_airstamp_and_runtime(clock: ManualClock) -> None:
    async with LocalTVmaze() as tvmaze:
        tvmaze.add_season(2, episode_order=3, premiere_date="2027-03-05")
        tvmaze.add_episodes(2, 3, names=["The Return", "TBA", "Episode 3"], runtime=58)
        result, _ = await fetch(tvmaze, clock)
    assert result.episodes is not None
    first, second, third = result.episodes[2]
    assert first == EpisodeInfo(2, 1, "The Return", PREMIERE, 58)
    assert second.title is None and third.title is None
    (dated,) = [c for c in result.claims if c.release_at is not None]
    assert dated.release_at == PREMIERE, "the premiere is the first episode's airstamp"


async def test_a_later_airstamp_moves_the_premiere_moment(clock: ManualClock) -> None:
    async with LocalTVmaze() as tvmaze:
        tvmaze.add_season(2, premiere_date="2027-03-05")
        tvmaze.add_episodes(2, 2, dated=False)
        first, state = await fetch(tvmaze, clock)
        assert [c.release_at for c in first.claims if c.release_at] == [dt.datetime(2027, 3, 5, tzinfo=dt.UTC)]
        tvmaze.set_episode(2, 1, airstamp="2027-03-05T08:00:00+00:00")
        second, _ = await fetch(tvmaze, clock, state)
    assert [c.release_at for c in second.claims if c.release_at] == [PREMIERE]
    assert second.changed


async def test_a_renumbering_gives_the_whole_new_list(clock: ManualClock) -> None:
    async with LocalTVmaze() as tvmaze:
        tvmaze.add_season(2, episode_order=8, premiere_date="2027-03-05")
        tvmaze.add_episodes(2, 8, names=[f"Part {i}" for i in range(1, 9)])
        _, state = await fetch(tvmaze, clock)
        tvmaze.remove_episode(2, 4)  # two parts merged: 5..8 become 4..7
        result, _ = await fetch(tvmaze, clock, state)
    assert result.episodes is not None
    assert [(e.number, e.title) for e in result.episodes[2]] == [
        (1, "Part 1"), (2, "Part 2"), (3, "Part 3"), (4, "Part 5"), (5, "Part 6"), (6, "Part 7"), (7, "Part 8"),
    ]


async def test_an_unchanged_list_is_asked_for_conditionally_and_not_read_again(clock: ManualClock) -> None:
    async with LocalTVmaze() as tvmaze:
        tvmaze.add_season(2, premiere_date="2027-03-05")
        tvmaze.add_episodes(2, 4)
        _, state = await fetch(tvmaze, clock)
        again, _ = await fetch(tvmaze, clock, state)
        statuses = [r.status for r in tvmaze.requests if r.path.endswith(("/seasons", "/episodes"))]
    assert again.not_modified and again.episodes is None
    assert statuses[-2:] == [304, 304]


async def test_an_episode_change_alone_is_seen_though_the_seasons_answer_304(clock: ManualClock) -> None:
    async with LocalTVmaze() as tvmaze:
        tvmaze.add_season(2, premiere_date="2027-03-05")
        tvmaze.add_episodes(2, 2)
        _, state = await fetch(tvmaze, clock)
        tvmaze.set_episode(2, 2, name="Halfbies")
        result, _ = await fetch(tvmaze, clock, state)
    assert result.episodes is not None and result.episodes[2][1].title == "Halfbies"


def test_specials_and_malformed_entries_are_left_out() -> None:
    listed = parse_episodes([
        {"season": 2, "number": 1, "name": "One", "airstamp": "2027-03-05T08:00:00+00:00", "runtime": 60},
        {"season": 2, "number": None, "name": "Behind the scenes", "type": "significant_special"},
        {"season": 2, "number": 1, "name": "Duplicate"},
        {"season": 2, "number": 2, "name": 7, "airstamp": "not a time", "runtime": "long"},
        {"season": 1, "number": 3, "name": "Season one is bundled"},
        {"season": True, "number": 4},
        "junk",
    ])
    assert listed == {2: (EpisodeInfo(2, 1, "One", PREMIERE, 60), EpisodeInfo(2, 2, None, None, None))}


def test_a_season_listed_longer_than_twice_the_first_is_a_bad_answer() -> None:
    with pytest.raises(SourceError, match="episode 99 of season 2"):  # 99 room threads on a server that has them
        parse_episodes([{"season": 2, "number": n, "name": None} for n in (1, 2, 99)])


async def test_a_special_in_the_list_is_not_an_episode(clock: ManualClock) -> None:
    async with LocalTVmaze() as tvmaze:
        tvmaze.add_season(2, premiere_date="2027-03-05")
        tvmaze.add_episodes(2, 2)
        tvmaze.add_special(2, "Behind the scenes", airstamp="2027-03-01T08:00:00+00:00")
        result, _ = await fetch(tvmaze, clock)
    assert result.episodes is not None and [e.number for e in result.episodes[2]] == [1, 2]


def _listed(*days: str | None) -> tuple[EpisodeInfo, ...]:
    """Season 2's episodes in order, each aired on its day (None: not dated yet)."""
    return tuple(EpisodeInfo(2, n, None, None if d is None else dt.datetime.fromisoformat(f"{d}T07:00:00+00:00"))
                 for n, d in enumerate(days, 1))


_P1, _P2 = "2027-03-12", "2027-04-09"


#: Netflix's split ("Part 1" then "Part 2" weeks later) is two days of two episodes or more; one day is all at once,
#: and weekly episodes, a premiere then weekly ones, or a listing not fully dated are no second part.
@pytest.mark.parametrize(("listed", "found"), [
    pytest.param(_listed(_P1, _P1, _P1, _P1, _P2, _P2, _P2, _P2), (5, dt.datetime(2027, 4, 9, 7, tzinfo=dt.UTC)), id="4+4"),
    pytest.param(_listed(_P1, _P1, _P1, _P1, _P1, _P1, _P1, _P2, _P2), (8, dt.datetime(2027, 4, 9, 7, tzinfo=dt.UTC)),
                 id="7+2"),
    pytest.param(_listed(_P1, _P1, _P1), None, id="all-at-once"),
    pytest.param(_listed("2027-03-12", "2027-03-19", "2027-03-26", "2027-04-02"), None, id="weekly"),
    pytest.param(_listed(_P1, _P1, "2027-03-19", "2027-03-26"), None, id="premiere-then-weekly"),
    pytest.param(_listed(_P1, _P1, _P1, _P2), None, id="one-episode-later"),
    pytest.param(_listed(_P1, _P1, _P2, _P2, "2027-05-07", "2027-05-07"), None, id="three-days"),
    pytest.param(_listed(_P1, _P1, _P2, None), None, id="not-all-dated"),
])
def test_a_second_batch_is_read_only_from_a_listing_split_in_two(
    listed: tuple[EpisodeInfo, ...], found: tuple[int, dt.datetime] | None,
) -> None:
    assert later_part(listed) == found
