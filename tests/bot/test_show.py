"""The show's shape (bot/show.py): positions, their order and codes, what people may type, and a
shape that grows when new episodes appear."""

from __future__ import annotations

import datetime as dt

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from bot.position_choices import position_choices
from bot.show import (
    NOTHING,
    EpisodeInfo,
    Position,
    PositionError,
    ShowShape,
    parse_position,
    read_position,
)
from tests.table import table

NOW = dt.datetime(2026, 3, 1, 12, 0, tzinfo=dt.UTC)
PREMIERE = dt.datetime(2027, 3, 5, 8, 0, tzinfo=dt.UTC)
positions = st.builds(Position, st.integers(1, 99), st.integers(1, 99))


def with_season_two(count: int = 8, first_airs: dt.datetime = PREMIERE) -> ShowShape:
    shape = ShowShape.season_one()
    shape.add_episodes(
        2, [EpisodeInfo(2, n, f"Title {n}", first_airs + dt.timedelta(weeks=n - 1), 60) for n in range(1, count + 1)]
    )
    return shape


# -- positions ---------------------------------------------------------------------------------------


def test_nothing_comes_before_every_episode_and_seasons_before_their_successors() -> None:
    ordered = [NOTHING, Position(1, 1), Position(1, 2), Position(1, 12), Position(2, 1), Position(2, 10), Position(3, 1)]
    assert sorted(reversed(ordered)) == ordered


@settings(max_examples=200, deadline=None)
@given(positions, positions)
def test_order_is_season_first_then_episode(a: Position, b: Position) -> None:
    assert (a < b) == ((a.season, a.episode) < (b.season, b.episode))
    assert NOTHING < a


@settings(max_examples=200, deadline=None)
@given(positions)
def test_a_code_reads_back_as_the_same_position(position: Position) -> None:
    assert Position.from_code(position.code) == position
    assert read_position(str(position)) == position


def test_a_position_prints_as_a_code_and_reads_in_a_sentence() -> None:
    assert str(Position(1, 7)) == "S1E7" and Position(1, 7).code == 107
    assert Position(1, 7).label == "season 1, episode 7" and Position(2, 3).heading == "Season 2, episode 3"
    assert (str(NOTHING), NOTHING.code, NOTHING.label) == ("0", 0, "nothing yet")


def test_nothing_is_false_and_every_episode_true() -> None:
    assert not NOTHING and Position(1, 1)


def test_legacy_numbers_are_season_one() -> None:
    assert Position.legacy(0) == NOTHING and Position.legacy(7) == Position(1, 7)


@table(("season", "episode"), [(0, 1), (1, 0), (100, 1), (1, 100), (-1, 3)])
def test_a_position_outside_what_a_code_holds_is_refused(season: int, episode: int) -> None:
    with pytest.raises(ValueError):
        Position(season, episode)


@table("code", [-1, 7, 100, 1300])
def test_a_code_that_is_no_position_is_refused(code: int) -> None:
    with pytest.raises(ValueError):
        Position.from_code(code)


# -- what people type ---------------------------------------------------------------------------


@table(
    ("typed", "expected"),
    [
        ("s2e3", Position(2, 3)),
        ("S02E03", Position(2, 3)),
        ("2x03", Position(2, 3)),
        ("season 2 episode 3", Position(2, 3)),
        ("Season 2, Episode 3", Position(2, 3)),
        ("season 2, ep 3", Position(2, 3)),
        ("s2 ep3", Position(2, 3)),
        ("S2 · Episode 3", Position(2, 3)),
        ("  s2e3  ", Position(2, 3)),
        ("ｓ２ｅ３", Position(2, 3)),  # full-width, as some keyboards type it
        ("시즌2 3화", Position(2, 3)),
        ("시즌 2 3화", Position(2, 3)),
        ("2기 3화", Position(2, 3)),
        ("7", Position(1, 7)),
        ("ep 7", Position(1, 7)),
        ("episode 7", Position(1, 7)),
        ("Ep. 7", Position(1, 7)),
        ("3화", Position(1, 3)),
        ("s1e12", Position(1, 12)),
        ("0", NOTHING),
        ("none", NOTHING),
        ("Nothing", NOTHING),
        ("not started", NOTHING),
        ("nothing yet", NOTHING),
        ("episode seven", Position(1, 7)),
        ("the 7th episode", Position(1, 7)),
        ("second episode", Position(1, 2)),
        ("season two episode three", Position(2, 3)),
        ("pilot", Position(1, 1)),
        ("first episode", Position(1, 1)),
        ("finished season 1", Position(1, 12)),
        ("season one done", Position(1, 12)),
        ("haven't started", NOTHING),
    ],
)
def test_every_accepted_spelling_reads(typed: str, expected: Position) -> None:
    assert parse_position(typed, with_season_two(), now=NOW) == expected


@table(
    ("typed", "expected"),
    [
        ("up to 6", Position(1, 6)),
        ("through ep 4", Position(1, 4)),
        ("watched 3", Position(1, 3)),
        ("I've watched up to episode 7", Position(1, 7)),
        ("up to and including s1e5", Position(1, 5)),
        ("seen 8", Position(1, 8)),
        ("finished episode 9", Position(1, 9)),
        ("until ep 10", Position(1, 10)),
        ("up to the finale", Position(1, 12)),
        ("watched it all", Position(1, 12)),
        ("im on ep 7", Position(1, 7)),
        ("at ep 3 rn", Position(1, 3)),
        ("s1e5 done", Position(1, 5)),
        ("ep 6 lol", Position(1, 6)),
        ("S1 E4 🧟", Position(1, 4)),
    ],
)
def test_a_lead_that_says_nothing_more_is_read_past(typed: str, expected: Position) -> None:
    assert parse_position(typed, with_season_two(), now=NOW) == expected


@table(
    ("typed", "expected"),
    [
        ("5화까지", Position(1, 5)),
        ("5화까지 봤어", Position(1, 5)),
        ("5화까지 봤어요!", Position(1, 5)),
        ("3화 시청 완료", Position(1, 3)),
        ("4화 보는 중", Position(1, 4)),
        ("1시즌 5화", Position(1, 5)),
        ("시즌 2 3화까지 봤습니다", Position(2, 3)),
        ("시즌2 에피소드 3", Position(2, 3)),
        ("에피소드 7", Position(1, 7)),
        ("7번째 에피소드", Position(1, 7)),
        ("다 봤어", Position(1, 12)),
        ("끝까지 봤음", Position(1, 12)),
        ("최신화까지", Position(1, 12)),
        ("마지막화", Position(1, 12)),
        ("첫 화 봤어", Position(1, 1)),
        ("아직 안 봤어", NOTHING),
    ],
)
def test_korean_as_fans_write_their_progress_reads(typed: str, expected: Position) -> None:
    assert parse_position(typed, with_season_two(), now=NOW) == expected


@table(
    ("typed", "expected"),
    [("s2 1화", Position(2, 1)), ("S2 3화까지 봤어", Position(2, 3)), ("season 2 3화", Position(2, 3)),
     ("s1 12화", Position(1, 12)), ("s2 에피소드 2", Position(2, 2)), ("s2 마지막화", Position(2, 8))],
)
def test_a_season_typed_in_english_with_its_episode_in_korean_reads_that_episode(typed: str, expected: Position) -> None:
    assert parse_position(typed, with_season_two(), now=PREMIERE + dt.timedelta(weeks=10)) == expected


@table("typed", ["시즌2", "2기", "시즌 2 보는 중"])
def test_a_season_said_in_korean_without_its_episode_is_asked_which_episode(typed: str) -> None:
    with pytest.raises(PositionError, match="Which episode of season 2"):
        parse_position(typed, with_season_two(), now=PREMIERE + dt.timedelta(weeks=10))


@table(("typed", "why"), [("13화까지 봤어", "no season 1, episode 13"), ("봤어", "is not an episode"),
                                            ("까지", "is not an episode"), ("바나나 봤어", "is not an episode")])
def test_korean_words_around_no_episode_are_still_refused_with_the_reason(typed: str, why: str) -> None:
    with pytest.raises(PositionError, match=why):
        parse_position(typed, with_season_two(), now=NOW)


@table(("typed", "why"), [("up to 13", "no season 1, episode 13"), ("watched banana", "is not an episode"),
                                            ("up to", "is not an episode"), ("on it", "is not an episode"),
                                            ("banana done", "is not an episode"), ("13 done", "no season 1, episode 13")])
def test_a_lead_before_no_episode_is_still_refused_with_the_reason(typed: str, why: str) -> None:
    with pytest.raises(PositionError, match=why):
        parse_position(typed, with_season_two(), now=NOW)


@table("word", ["all", "everything", "latest", "finished", "LATEST", "done", "caught up"])
def test_all_means_the_last_released_episode(word: str) -> None:
    shape = with_season_two()
    assert parse_position(word, shape, now=NOW) == Position(1, 12)
    assert parse_position(word, shape, now=PREMIERE + dt.timedelta(weeks=2, hours=1)) == Position(2, 3)


@table("typed", ["finished it", "I finished it!", "i've seen it all", "im done with it",
                                   "just binged the whole show", "watched everything already", "completed it"])
def test_all_said_in_chat_means_the_last_released_episode(typed: str) -> None:
    assert parse_position(typed, with_season_two(), now=NOW) == Position(1, 12)


@table("typed", ["watched it", "seen", "finished season"])
def test_a_half_said_all_is_asked_again(typed: str) -> None:
    with pytest.raises(PositionError):
        parse_position(typed, with_season_two(), now=NOW)


@table("typed", ["the last one", "last ep", "the ending", "final ep"])
def test_the_last_one_is_the_finale(typed: str) -> None:
    assert parse_position(typed, with_season_two(), now=NOW) == Position(1, 12)


def test_a_whole_season_reads_as_far_as_it_has_come_out() -> None:
    shape = with_season_two()
    later = PREMIERE + dt.timedelta(weeks=2, hours=1)
    assert parse_position("finished season 2", shape, now=later) == Position(2, 3)
    assert parse_position("all of season 1", shape, now=later) == Position(1, 12)


@table("typed", ["season 1", "s1", "season one"])
def test_a_bare_season_is_asked_again_never_read_as_all_of_it(typed: str) -> None:
    with pytest.raises(PositionError, match="Which episode of season 1"):
        parse_position(typed, with_season_two(), now=NOW)


def test_the_finale_is_season_ones_until_a_later_season_airs_then_asked_again() -> None:
    shape = with_season_two()
    assert parse_position("the finale", shape, now=NOW) == Position(1, 12)
    with pytest.raises(PositionError, match="Which season"):
        parse_position("the finale", shape, now=PREMIERE + dt.timedelta(weeks=2, hours=1))


@table("typed", ["second", "the second", "fifth"])
def test_an_ordinal_alone_is_not_an_episode(typed: str) -> None:
    with pytest.raises(PositionError):
        parse_position(typed, with_season_two(), now=NOW)


@table(
    ("typed", "why"),
    [
        ("13", "no season 1, episode 13"),
        ("S1E13", "no season 1, episode 13"),
        ("99", "no season 1, episode 99 (season 1 has 12"),  # the highest code names the episode typed, not a season
        ("s2e99", "no season 2, episode 99 (season 2 has 8"),
        ("s3e1", "season 3 is not known yet"),
        ("s2e9", "season 2 has 8 episodes"),
        ("s2e0", "is not an episode"),
        ("finished season 2", "Season 2 has not come out yet"),
        ("finished season 3", "Season 3 is not known yet"),
        ("banana", "is not an episode"),
        ("-1", "is not an episode"),
        ("1.5", "is not an episode"),
        ("", "is not an episode"),
        ("s2e3 and more", "is not an episode"),
    ],
)
def test_anything_else_is_refused_with_what_is_accepted_and_the_latest_episode(typed: str, why: str) -> None:
    with pytest.raises(PositionError) as refused:
        parse_position(typed, with_season_two(), now=NOW)
    message = refused.value.message
    assert why in message
    assert "latest episode is S1E12" in message


def test_a_season_two_position_is_refused_until_the_shape_knows_it() -> None:
    shape = ShowShape.season_one()
    with pytest.raises(PositionError, match="season 2 is not known yet"):
        parse_position("s2e1", shape, now=NOW)
    shape.add_episodes(2, [EpisodeInfo(2, 1)])
    assert parse_position("s2e1", shape, now=NOW) == Position(2, 1)


@table(("typed", "hours", "why"), [
    ("s2e3", 3, "Season 2, episode 3 is not listed yet: season 2 is out, but no source lists its episodes"),
    ("season 2 episode 3", 3, "season 2 is out, but no source lists its episodes"),
    ("finished season 2", 3, "Season 2 is out, but no source lists its episodes yet"),
    ("s2 finale", 3, "Season 2 is out, but no source lists its episodes yet"),
    # three days before the premiere that stands, nothing of season 2 is out (review44b)
    ("s2e3", -72, "Season 2 has not come out yet"),
    ("finished season 2", -72, "Season 2 has not come out yet"),
    ("s2 finale", -72, "Season 2 has not come out yet"),
])
def test_season_two_with_no_episodes_listed_is_said_out_only_once_its_premiere_has_passed(typed: str, hours: int, why: str) -> None:
    """scen44: on release day, with the bot's "Season 2 is out now" just posted, /progress s2e3
    answered "There is no season 2, episode 3 (season 2 is not known yet). The latest episode is S2E1";
    review44b: days before it, the same answer said "season 2 is out"."""
    shape = ShowShape.season_one()
    shape.set_premiere(2, PREMIERE)
    now = PREMIERE + dt.timedelta(hours=hours)
    with pytest.raises(PositionError) as refused:
        parse_position(typed, shape, now=now)
    assert why in refused.value.message and "not known" not in refused.value.message
    assert f"latest episode is {'S2E1' if hours > 0 else 'S1E12'}" in refused.value.message
    assert parse_position("season 2 premiere", shape, now=now) == Position(2, 1)


def test_nothing_can_be_refused_where_an_episode_is_needed() -> None:
    with pytest.raises(PositionError, match="Pick an episode"):
        parse_position("0", ShowShape.season_one(), now=NOW, allow_nothing=False)


def test_what_was_typed_is_echoed_inert() -> None:
    with pytest.raises(PositionError) as refused:
        parse_position("@everyone ||s9e9||", ShowShape.season_one(), now=NOW)
    assert "@everyone" not in refused.value.message.replace("@\u200beveryone", "")
    assert "||" not in refused.value.message


# -- the shape ---------------------------------------------------------------------------------------


def test_season_one_has_twelve_released_episodes() -> None:
    shape = ShowShape.season_one()
    assert shape.positions() == tuple(Position(1, n) for n in range(1, 13))
    assert shape.seasons() == (1,) and shape.last() == Position(1, 12)
    assert shape.last_released(NOW) == Position(1, 12)
    assert shape.contains(Position(1, 12)) and not shape.contains(Position(1, 13)) and not shape.contains(NOTHING)
    assert shape.allows(NOTHING) and not shape.allows(Position(2, 1))


def test_season_one_takes_titles_from_the_content_pack_where_it_has_them() -> None:
    shape = ShowShape.season_one({3: "The Broadcasting Room"})
    info = shape.episode(Position(1, 3))
    assert info is not None and info.title == "The Broadcasting Room"
    assert shape.episode(Position(1, 4)) is not None and shape.episode(Position(1, 4)).title is None  # type: ignore[union-attr]


def test_adding_a_season_grows_the_shape_and_adding_it_again_changes_nothing() -> None:
    shape = ShowShape.season_one()
    episodes = [EpisodeInfo(2, n) for n in range(1, 9)]
    assert shape.add_episodes(2, episodes) is True
    assert shape.add_episodes(2, list(reversed(episodes))) is False
    assert shape.seasons() == (1, 2) and shape.last() == Position(2, 8) and len(shape.positions()) == 20


def test_a_renumbering_replaces_the_seasons_list() -> None:
    shape = with_season_two(8)
    shape.add_episodes(2, [EpisodeInfo(2, n) for n in range(1, 7)])
    assert shape.episodes_in(2)[-1].position == Position(2, 6) and not shape.contains(Position(2, 8))


def test_an_empty_list_changes_nothing() -> None:
    shape = with_season_two()
    assert shape.add_episodes(2, []) is False and shape.last() == Position(2, 8)


@table(
    "episodes",
    [[EpisodeInfo(3, 1)], [EpisodeInfo(2, 1), EpisodeInfo(2, 1)], [EpisodeInfo(2, 0)], [EpisodeInfo(2, 100)]],
)
def test_a_list_that_cannot_be_a_season_is_refused_and_the_shape_is_kept(episodes: list[EpisodeInfo]) -> None:
    shape = ShowShape.season_one()
    with pytest.raises(ValueError):
        shape.add_episodes(2, episodes)
    assert shape.seasons() == (1,)


def test_the_last_released_episode_follows_the_air_times() -> None:
    shape = with_season_two()
    assert shape.last_released(PREMIERE - dt.timedelta(seconds=1)) == Position(1, 12)
    assert shape.last_released(PREMIERE) == Position(2, 1)
    assert shape.last_released(PREMIERE + dt.timedelta(weeks=30)) == Position(2, 8)


def test_the_last_released_episode_is_right_whichever_way_the_clock_goes_and_after_new_episodes() -> None:
    shape = with_season_two()
    later = PREMIERE + dt.timedelta(weeks=30)
    for now, expected in [(later, Position(2, 8)), (PREMIERE - dt.timedelta(seconds=1), Position(1, 12)),
                          (PREMIERE, Position(2, 1)), (PREMIERE, Position(2, 1)), (later, Position(2, 8))]:
        assert shape.last_released(now) == expected
    shape.add_episodes(3, [EpisodeInfo(3, 1, airstamp=PREMIERE + dt.timedelta(weeks=1))])
    assert shape.last_released(later) == Position(3, 1)


def test_an_episode_without_an_air_time_is_not_released() -> None:
    shape = ShowShape.season_one()
    shape.add_episodes(2, [EpisodeInfo(2, 1, airstamp=None)])
    assert shape.last_released(NOW + dt.timedelta(days=5000)) == Position(1, 12)


# -- autocomplete ------------------------------------------------------------------------------------


def test_autocomplete_offers_nothing_and_every_known_episode() -> None:
    choices = position_choices(ShowShape.season_one(), "", now=NOW)
    assert choices[0] == ("Nothing yet (0)", "0")
    assert [value for _, value in choices[1:]] == [f"S1E{n}" for n in range(1, 13)]
    assert ("Season 1, episode 7 (S1E7)", "S1E7") in choices


def test_autocomplete_grows_when_the_shape_grows() -> None:
    shape = ShowShape.season_one()
    assert not any(value.startswith("S2") for _, value in position_choices(shape, "", now=NOW))
    shape.add_episodes(2, [EpisodeInfo(2, n, f"Secret title {n}") for n in range(1, 4)])
    values = [value for _, value in position_choices(shape, "", now=NOW)]
    assert values[-3:] == ["S2E1", "S2E2", "S2E3"]
    assert [value for _, value in position_choices(shape, "s2", now=NOW)] == ["S2E1", "S2E2", "S2E3"]


def test_autocomplete_puts_what_was_typed_first_and_every_value_reads_back() -> None:
    shape = with_season_two()
    for typed in ("7", "2x03", "season 2 episode 3", "ep 12", "latest", "nothing"):
        choices = position_choices(shape, typed, now=NOW)
        assert choices and choices[0][1] == str(parse_position(typed, shape, now=NOW))
        for _, value in choices:
            parse_position(value, shape, now=NOW)


@table(("typed", "first"), [("2x", "S2E1"), ("2x0", "S2E1"), ("s2 ep", "S2E1"), ("시즌2", "S2E1"),
                                              ("시즌 2", "S2E1"), ("season 2 ep", "S2E1"), ("1x", "S1E1")])
def test_autocomplete_offers_a_seasons_episodes_while_it_is_being_typed(typed: str, first: str) -> None:
    """"2x0" or "시즌2" on the way to 2x03 / 시즌2 3화 offered nothing."""
    values = [value for _, value in position_choices(with_season_two(), typed, now=NOW)]
    assert values[0] == first and all(v.startswith(first[:2]) for v in values)


def test_autocomplete_never_shows_an_episode_title() -> None:
    shape = with_season_two()
    for typed in ("", "s2", "title", "2"):
        assert not any("Title" in name for name, _ in position_choices(shape, typed, now=NOW))


def test_autocomplete_keeps_within_discords_25_choices_and_keeps_the_latest() -> None:
    shape = with_season_two(16)
    choices = position_choices(shape, "", now=NOW)
    assert len(choices) == 25 and choices[0][1] == "0" and choices[-1][1] == "S2E16"


def test_autocomplete_for_an_episode_leaves_nothing_out() -> None:
    choices = position_choices(ShowShape.season_one(), "", now=NOW, allow_nothing=False)
    assert choices[0][1] == "S1E1" and all(value != "0" for _, value in choices)


@table(
    "typed",
    ["ep 3 s2", "e3 s2", "ep3 s2", "episode 3 of season 2", "the 3rd episode of season 2", "episode three of season two"],
)
def test_the_episode_typed_before_its_season_reads(typed: str) -> None:
    assert parse_position(typed, with_season_two(), now=NOW) == Position(2, 3)


@table(
    "typed",
    ["2nd season ep 3", "second season episode 3", "the second season, episode three", "2nd season e3",
     "episode 3 of the second season", "the 3rd episode of the 2nd season", "watched up to 2nd season ep 3"],
)
def test_the_season_typed_as_an_ordinal_before_the_word_season_reads(typed: str) -> None:
    assert parse_position(typed, with_season_two(), now=NOW) == Position(2, 3)


def test_a_seasons_finale_typed_with_an_ordinal_season_reads() -> None:
    assert parse_position("the 2nd season finale", with_season_two(), now=PREMIERE + dt.timedelta(weeks=8)) == (
        Position(2, 8))


@table("typed", ["s2 finale", "season 2 finale", "the season two finale", "last episode of season 2",
                                   "watched the s2 finale", "시즌2 마지막화", "2기 최종화", "시즌2 마지막화까지 봤어"])
def test_a_seasons_finale_is_its_last_episode_once_the_whole_season_is_out(typed: str) -> None:
    shape = with_season_two()
    assert parse_position(typed, shape, now=PREMIERE + dt.timedelta(weeks=8)) == Position(2, 8)
    with pytest.raises(PositionError, match="Season 2's finale is not out yet"):
        parse_position(typed, shape, now=PREMIERE + dt.timedelta(weeks=2, hours=1))


def test_a_seasons_premiere_and_season_ones_finale_read() -> None:
    shape = with_season_two()
    assert parse_position("season 2 premiere", shape, now=NOW) == Position(2, 1)
    assert parse_position("s1 finale", shape, now=PREMIERE + dt.timedelta(weeks=8)) == Position(1, 12)
    with pytest.raises(PositionError, match="Season 3 is not known yet"):
        parse_position("s3 finale", shape, now=NOW)


def test_autocomplete_offers_each_finale_out_when_finale_alone_is_asked_again() -> None:
    shape = with_season_two()
    after = PREMIERE + dt.timedelta(weeks=8)
    assert [v for _, v in position_choices(shape, "finale", now=after)] == ["S1E12", "S2E8"]
    assert [v for _, v in position_choices(shape, "the finale", now=PREMIERE + dt.timedelta(weeks=2, hours=1))] == ["S1E12"]


def test_a_later_seasons_title_spoils_its_episode_wherever_it_is_written() -> None:
    shape = ShowShape.season_one()
    shape.add_episodes(2, [EpisodeInfo(2, 1, "Six"), EpisodeInfo(2, 2, "The Death of Su-hyeok")])
    assert shape.title_spoils("Is THE DEATH of  Su-hyeok sad?") == Position(2, 2)
    assert shape.title_spoils("six zombies") == NOTHING  # one word: an everyday word, not a title named
    # rehearse59: "the bunker scene in ep 3 of s2" was taken down as giving away S2E5, "The Bunker"
    shape.add_episodes(2, [EpisodeInfo(2, 1, "Six"), EpisodeInfo(2, 2, "The Death of Su-hyeok"), EpisodeInfo(2, 3, "The Bunker")])
    assert shape.title_spoils("the bunker scene in ep 3") == NOTHING  # an article and one word: an everyday phrase
    assert shape.title_spoils("the death of su-hyeoks brother") == NOTHING  # whole words only
    shape.add_episodes(2, [EpisodeInfo(2, 1, "Six"), EpisodeInfo(2, 2, "Episode 2")])
    assert shape.title_spoils("the death of su-hyeok") == NOTHING  # the list changed


def test_a_title_listed_while_the_titles_are_read_spoils_from_the_next_read() -> None:
    # the guard reads a long message in a thread while the season-2 poll lists an episode on the loop (perf62): the titles
    # read from the listing before it are never kept as the new listing's
    shape = ShowShape.season_one()
    shape.add_episodes(2, [EpisodeInfo(2, 1, "Back to Hyosan")])

    class ListedMeanwhile(dict[int, tuple[EpisodeInfo, ...]]):
        def items(self):  # type: ignore[no-untyped-def]
            shape.add_episodes(2, [EpisodeInfo(2, 1, "Back to Hyosan"), EpisodeInfo(2, 2, "The Quarantine Zone")])
            return super().items()

    shape._seasons = ListedMeanwhile(shape._seasons)  # the listing swapped mid-read, as a thread would see it
    shape.title_spoils("anything")
    assert shape.title_spoils("the quarantine zone was wild") == Position(2, 2)


@table("typed", ["**S1E5**", "`S1E5`", "*ep 5*"])
def test_an_episode_pasted_with_markdown_is_read(typed: str) -> None:
    assert parse_position(typed, with_season_two(), now=NOW) == Position(1, 5)


def test_where_nothing_watched_is_no_answer_the_refusal_does_not_offer_it() -> None:
    with pytest.raises(PositionError) as refused:
        parse_position("banana", ShowShape.season_one(), now=NOW, allow_nothing=False)
    assert "0 for nothing" not in str(refused.value) and "S1E5" in str(refused.value)  # forms still offered, with an episode that is out


@table(("typed", "expected"), [("제3화", Position(1, 3)), ("제 5화까지 봤어요", Position(1, 5)),
                                                 ("시즌2 제4화", Position(2, 4))])
def test_an_episode_numbered_the_formal_korean_way_is_read(typed: str, expected: Position) -> None:
    assert parse_position(typed, with_season_two(), now=PREMIERE + dt.timedelta(weeks=10)) == expected


@table("typed", ["시즌1 끝까지", "시즌 1 전부", "시즌1 다", "1기 끝까지", "시즌1까지", "시즌1 완결까지", "시즌 1 전체"])
def test_a_whole_season_said_in_korean_reads_as_its_last_episode(typed: str) -> None:
    assert parse_position(typed, with_season_two(), now=NOW) == Position(1, 12)


@table("typed", ["없음", "없어", "아무것도"])
def test_nothing_said_in_korean_reads_as_nothing(typed: str) -> None:
    assert parse_position(typed, with_season_two(), now=NOW) == NOTHING


def test_a_card_reading_the_later_parts_while_part_2s_day_moves_reads_them_whole() -> None:
    # the /season2 status card is built in a worker thread (flaky67): a change swaps in new later parts, never edits
    # the ones a reader holds
    shape = with_season_two()
    first = dt.datetime(2027, 4, 2, 7, tzinfo=dt.UTC)
    shape.set_later_part(2, first)
    held = shape._later_parts
    shape.set_later_part(2, first + dt.timedelta(weeks=1))
    shape.set_later_part(3, first)
    shape.set_later_part(2, None)
    assert held == {2: first}
    assert shape.later_part(2) is None and shape.later_part(3) == first


def test_part_2_moved_earlier_counts_its_episodes_out_from_the_new_day() -> None:
    shape = with_season_two()
    shape.set_premiere(2, PREMIERE)
    shape.set_later_part(2, PREMIERE + dt.timedelta(weeks=6))
    asked = PREMIERE + dt.timedelta(weeks=5)
    assert shape.last_released(asked) == Position(2, 1)
    shape.set_later_part(2, PREMIERE + dt.timedelta(weeks=4))
    assert shape.last_released(asked) == Position(2, 6)
