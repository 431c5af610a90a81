"""How far a fan has watched, told as a story, a scene, a plan or a group watch (bot/progress_told.py, for /progress)."""

from __future__ import annotations

from tests.bot.test_show import with_season_two
from tests.bot.test_watched import AFTER_SEASON_TWO, BLIND_11, _read, blind_figures
from tests.table import table


@table(("typed", "expected"), [
    ("my laptop died in the middle of ep 5", "S1E4"),
    ("my wifi cut out halfway through ep 9", "S1E8"),
    ("my mom walked in during ep 3 so i paused it", "S1E2"),
    ("my sister made me stop at 4", "S1E3"),
])
def test_an_episode_interrupted_saves_the_one_before_it(typed: str, expected: str) -> None:
    assert _read(typed) == expected


def test_someone_elses_place_is_not_read_as_an_interruption() -> None:
    assert _read("my sister is halfway through ep 9") == "refused"


@table(("typed", "expected"), [
    ("stayed up till 3am and finished ep 6", "S1E6"),
    ("binged till 4am, stopped after ep 10", "S1E10"),
    ("first night got through 3 eps", "S1E3"),
    ("been at it 3 days, just finished 7", "S1E7"),
    ("started it on friday, on 5 now", "S1E5"),
])
def test_when_or_how_long_the_fan_watched_says_nothing_of_how_far(typed: str, expected: str) -> None:
    assert _read(typed) == expected


def test_time_alone_is_asked_again() -> None:
    assert _read("2 hours in") == "refused"


@table(("typed", "expected"), [
    ("cried so hard at the end of ep 11", "S1E11"), ("couldn't sleep after ep 2 ngl", "S1E2"),
    ("took a break after ep 6, coming back to it now", "S1E6"),
])
def test_a_feeling_or_a_break_after_an_episode_means_it_was_finished(typed: str, expected: str) -> None:
    assert _read(typed) == expected


@table(("typed", "expected"), [
    ("never finished ep 1", "0"), ("not done with ep 1 yet", "0"), ("i didn't finish the last ep", "S1E11"),
])
def test_an_episode_begun_and_not_finished_saves_the_one_before(typed: str, expected: str) -> None:
    assert _read(typed) == expected


@table("typed", ["watched all but the last ep", "everything except the last ep",
                                   "everything but the finale"])
def test_all_but_the_finale_is_the_episode_before_it(typed: str) -> None:
    assert _read(typed) == "S1E11"


def test_all_but_the_finale_once_season_two_is_out_asks_which_season() -> None:
    assert _read("everything except the last ep", with_season_two(), AFTER_SEASON_TWO) == "refused"


@table(("typed", "expected"), [
    ("at the part where they fly the drone", "S1E4"),
    ("just past the music room", "S1E6"),
    ("just watched so-ju die", "S1E10"),
    ("just saw gwi-nam get his eye stabbed", "S1E4"),
    ("where eun-ji sets the office on fire", "S1E7"),
    ("at the bit where the rat bites hyeon-ju", "0"),
])
def test_a_scene_just_seen_is_partway_through_the_episode_the_fact_sheet_places_it_in(typed: str, expected: str) -> None:
    assert _read(typed) == expected


@table("typed", ["up to where the army shows up", "the part where the helicopter flies over",
                                   "up to the part where nam-ra gets bitten", "im at the broadcasting room scene"])
def test_a_scene_with_no_sure_episode_or_only_reached_is_asked_again(typed: str) -> None:
    assert _read(typed) == "refused"


@table(("typed", "expected"), [
    ("rewatching with my bf, we're on 6, i've seen all", "S1E12"),
    ("third time watching, currently ep 9 with my mom", "S1E12"),
    ("rewatching s1 while i wait for s2", "S1E12"),
])
def test_a_rewatch_with_company_means_the_season_was_seen(typed: str, expected: str) -> None:
    assert _read(typed) == expected


@table(("typed", "expected"), [
    ("my gf and i are on ep 8", "S1E8"), ("showed my friends ep 1 today, i've already seen the whole thing", "S1E12"),
    ("rewatched ep 4 cause i missed stuff, i'm on 7 tho", "S1E7"),
])
def test_a_group_watch_reads_the_writers_own_place(typed: str, expected: str) -> None:
    assert _read(typed) == expected


@table(("typed", "expected"), [
    ("counting the days till s2, season 1 all done", "S1E12"), ("done w s1, when does s2 drop", "S1E12"),
])
def test_season_two_awaited_beside_season_one_done_reads_season_one(typed: str, expected: str) -> None:
    assert _read(typed) == expected


@table(("typed", "expected"), [
    ("me dormí en el episodio 8", "S1E7"), ("dormi no meio do ep 3", "S1E2"), ("ketiduran pas episode 10", "S1E9"),
    ("nakatulog ako sa ep 7", "S1E6"), ("ngủ quên giữa tập 3", "S1E2"), ("7화 보다가 잠들었어", "S1E6"),
])
def test_falling_asleep_in_an_episode_in_other_languages_saves_the_one_before(typed: str, expected: str) -> None:
    assert _read(typed) == expected


@table(("typed", "expected"), [
    ("empiezo el 3 esta noche", "S1E2"), ("vou ver o último hoje", "S1E11"), ("nanti malam mau nonton eps 6", "S1E5"),
    ("오늘 밤에 9화 볼 거야", "S1E8"), ("baru mulai episode 1", "0"),
])
def test_an_episode_planned_in_other_languages_saves_the_one_before(typed: str, expected: str) -> None:
    assert _read(typed) == expected


@table(("typed", "expected"), [
    ("ya la vi toda, esperando la 2", "S1E12"), ("assistindo com minha irmã, estamos no 4", "S1E4"),
    ("no he pasado del 4", "S1E4"),
])
def test_spanish_and_portuguese_told_progress_is_read(typed: str, expected: str) -> None:
    assert _read(typed) == expected


def test_the_eleventh_blind_set_is_never_read_past_what_was_watched() -> None:
    # before season 2 (watched11): scored before any change (91/152, 0 later, 2 guessed), then tuned on: 143/152,
    # 0 later, 0 earlier, 0 guessed (see the file's head)
    figures = blind_figures(BLIND_11)
    assert figures["later"] == figures["guessed"] == figures["earlier"] == 0 and figures["right"] >= 143


@table("typed", ["just saw the drone trailer", "saw the library scene on tiktok",
                                   "just saw a tiktok of so-ju dying"])
def test_a_scene_seen_outside_the_show_is_asked_again(typed: str) -> None:
    assert _read(typed) == "refused"


def test_a_question_about_a_scene_is_asked_again() -> None:
    assert _read("where do they fly the drone") == "refused"
