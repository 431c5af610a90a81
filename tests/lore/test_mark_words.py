"""A channel's mark said in words to /spoilers (bot/lore/mark_words.py)."""

from __future__ import annotations

import datetime as dt

from bot.lore.mark_words import allowed_up_to, mark_in_words, whole_season
from bot.progress_parts import part_marked
from bot.show import EpisodeInfo, ShowShape
from tests.table import table


@table(("typed", "episode"), [
    ("S2E2 spoilers ok", "s2e2"), ("s2e2까지 스포 허용", "s2e2까지"), ("시즌2 2화까지 스포 가능", "시즌2 2화까지"),
    ("spoilers allowed up to s2e2", "s2e2"), ("spoilers ok thru ep 5", "ep 5"), ("스포 허용 5화까지", "5화까지"),
])
def test_spoilers_said_allowed_up_to_an_episode_give_that_episode(typed: str, episode: str) -> None:
    assert allowed_up_to(typed) == episode


@table("typed", ["no spoilers past ep 5", "스포 금지 5화까지", "spoilers ok", "s2e2", "ep 5 no spoilers"])
def test_anything_but_spoilers_allowed_beside_an_episode_gives_none(typed: str) -> None:
    assert allowed_up_to(typed) is None


# scen48: a new server's "#s1-spoilers" marked "full season 1" was "is not an episode"
@table(("typed", "season"), [
    ("full season 1", 1), ("entire s1", 1), ("full s1 spoilers", 1), ("s1 spoilers", 1), ("s1 spoilers ok", 1),
    ("season 1 spoilers allowed", 1), ("everything in season 1", 1), ("thru s1", 1), ("through season 1", 1),
    ("whole of season 1", 1), ("season 1 only", 1), ("full spoilers for season 1", 1), ("full season one", 1),
    ("first season spoilers", 1), ("s1 (all eps)", 1), ("시즌1 전체", 1), ("시즌1까지 스포 허용", 1), ("1기 전체 스포", 1),
    ("temporada 1 completa", 1), ("toda la temporada 1", 1), ("spoilers de la temporada 1", 1), ("full s2", 2),
])
def test_a_whole_season_said_as_a_mark_gives_that_season(typed: str, season: int) -> None:
    assert whole_season(typed) == season


# another number, a second season, a part of one, or spoilers said off: something else (asked again or read elsewhere)
@table("typed", ["season 1", "s1", "first season", "spoilers 12", "s1e12", "s1 ep 5 spoilers", "season 1 episode 5",
                 "no s1 spoilers", "sin spoilers de la temporada 1", "s1 spoilers off", "half of s1", "s1 and s2 spoilers",
                 "s1 only, no s2", "season 1 finale", "finished s1", "spoilers thru ep 6", "full spoilers",
                 # before season 2 or through it? (a mark past what was meant puts season 2 in the clear)
                 "spoilers until season 2", "up to s2", "spoilers till s2", "s2 spoilers up to"])
def test_anything_but_one_whole_season_gives_none(typed: str) -> None:
    assert whole_season(typed) is None


def _in_parts(now: dt.datetime) -> ShowShape:
    """Season 2 as TVmaze lists it in two parts, episodes 1-4 out at `now`, 5-8 three weeks later."""
    shape = ShowShape.season_one()
    shape.add_episodes(2, [EpisodeInfo(2, n, None, now - dt.timedelta(minutes=5) + dt.timedelta(weeks=3 * (n > 4)))
                           for n in range(1, 9)])
    return shape


# rehearse59: "#s2-part1" marked "S2 part 1" on release night was marked season 1, episode 12 ("in part 1" as a fan's
# progress is season 2 begun): a channel marked with a part discusses all of it, once the listing shows it out
@table(("typed", "marked"), [
    ("S2 part 1", "S2E4"), ("s2p1", "S2E4"), ("Season 2 Part 1 spoilers", "S2E4"), ("시즌2 파트1", "S2E4"),
    ("temporada 2 parte 1", "S2E4"), ("all of season 2 part one", "S2E4"),
    # review59c: said with any word a whole season is ("spoilers for s2 part 1" was read elsewhere, as S2E1)
    ("spoilers for s2 part 1", "S2E4"), ("s2 part 1 spoilers in this channel", "S2E4"), ("시즌2 파트1까지 스포 허용", "S2E4"),
    # a part not out, a part with no season (season 1's half?), an episode of a part, half of one: read elsewhere
    ("S2 part 2", None), ("part 1", None), ("s2 part 1 ep 2", None), ("half of s2 part 1", None),
    ("no spoilers in s2 part 1", None),
])
def test_a_season_part_said_as_a_mark_gives_its_last_episode_once_out(typed: str, marked: str | None) -> None:
    now = dt.datetime(2027, 3, 5, 8, 5, tzinfo=dt.UTC)
    found = part_marked(typed, _in_parts(now), now)
    assert (None if found is None else str(found)) == marked


# rehearse60: the week after the release, TVmaze listing season 2's first drop alone (Part 2 not dated yet, or dated by
# the news only), "S2 part 1" marked #s2-part1 at season 1's end ("spoiler-safe up to season 1, episode 12"): refused
# with why, never a mark the moderator did not mean; an episode, or a part the listing shows, marks as before
@table(("typed", "refused"), [("S2 part 1", True), ("시즌2 파트1", True), ("temporada 2 parte 1", True),
                              ("S2E3", False), ("S1E12", False)])
def test_a_part_the_listing_cannot_place_is_refused_as_a_mark_never_read_as_season_ones_end(typed: str, refused: bool) -> None:
    from bot.watched import read_watched
    from cogs.marks import part_mark_unread

    now = dt.datetime(2027, 3, 7, 3, tzinfo=dt.UTC)
    shape = ShowShape.season_one()
    shape.add_episodes(2, [EpisodeInfo(2, n, None, dt.datetime(2027, 3, 5, 8, tzinfo=dt.UTC)) for n in range(1, 5)])
    why = part_mark_unread(typed, read_watched(typed, shape, now=now).position, shape, now)
    assert (why is not None) is refused, why
    assert why is None or ("part 1 of season 2" in why and "like S2E4" in why), why
    assert part_mark_unread(typed, read_watched(typed, _in_parts(now), now=now).position, _in_parts(now), now) is None


# rehearse60: a bare "todo", "all", "전부" as a mark is all that is out, as "full spoilers" is; with other words, or a
# season beside it, it is read elsewhere
@table(("typed", "said"), [("todo", "latest"), ("all", "latest"), ("전부", "latest"), ("tudo", "latest"),
                           ("all here", "latest"), ("all of s1", None), ("all eps 1-5", None), ("todo s1", None)])
def test_a_bare_all_said_as_a_mark_is_all_that_is_out(typed: str, said: str | None) -> None:
    assert mark_in_words(typed) == said


# rehearse60: "S2E8" at Part 2's hour, TVmaze listing Part 1's four alone, said "There is no season 2, episode 8
# (season 2 has 4 episodes)": Part 2 is out but unlisted, mark again once listed; a listed episode or season 1, as before
@table(("typed", "unlisted_now", "refused"), [("S2E8", "Part 2", True), ("s2 ep 6", "Part 2", True), ("S2E3", "Part 2", False),
                                              ("S1E13", "Part 2", False), ("S2E8", "", False)])
def test_an_episode_of_part_two_before_its_listing_is_refused_saying_part_two_is_out(typed: str, unlisted_now: str,
                                                                                     refused: bool) -> None:
    from bot.show import Position, read_position
    from cogs.marks import unlisted_mark

    shape = ShowShape.season_one()
    shape.add_episodes(2, [EpisodeInfo(2, n, None, dt.datetime(2027, 3, 5, 8, tzinfo=dt.UTC)) for n in range(1, 5)])
    why = unlisted_mark(read_position(typed), shape, Position(2, 4), unlisted_now)
    assert (why is not None) is refused, why
    assert why is None or why.startswith("Part 2 is out, but its episodes are not listed yet, so \u201c"), why
