"""Season-2 questions typed without the words that say what they ask (bot/lore/answer/season2_asked.py)."""

from __future__ import annotations

from bot.lore.answer.season2_asked import season2_asked
from tests.table import table


@table(("clause", "window"), [("s2 h1 2027?", "h1 2027"), ("season 2 december 2026??", "december 2026"),
                                                ("s2 in 2027", "2027"), ("next season early 2027?", "early 2027"),
                                                ("s2 before april?", "april"), ("is s2 coming this spring", "this spring"),
                                                ("is 2027 official for s2", "2027")])
def test_season_two_and_a_window_asks_whether_it_comes_out_then(clause: str, window: str) -> None:
    assert season2_asked(clause) == f"is season 2 coming out in {window}?"


@table("clause", ["when is s2 expected", "when's season 2 due", "when is season 2 expected out"])
def test_expected_or_due_asks_when_it_comes_out(clause: str) -> None:
    assert season2_asked(clause) == "when will season 2 come out"


@table("clause", ["did netflix announce the release date", "have they set a release date yet",
                  "any news on the s2 release date??", "any update on the release date", "did they announce the date",
                  "has netflix given a date yet", "is there a date yet", "did they give a date for it yet"])
def test_a_release_date_announced_asks_whether_season_two_has_one(clause: str) -> None:
    assert season2_asked(clause) == "is there a release date for season 2 yet"


@table("clause", ["why isnt  ent0  in season 2", "why is  ent0  not in s2", "why won't ent0 be back for s2"])
def test_why_someone_is_not_in_season_two_asks_whether_they_are(clause: str) -> None:
    assert season2_asked(clause) == "is ent0 in season 2"


@table("clause", ["when did season 2 start filming", "who dies in episode 2", "is ent0 in season 2",
                                    "s2 cast 2025", "what happened in 2022", "is it final", "is it still season 2",
                                    "was it released on netflix", "did they move the school", "is there a date in ep 8",
                                    "was it released on january 28"])
def test_other_questions_are_left_as_typed(clause: str) -> None:
    assert season2_asked(clause) == clause


@table("clause", ["are they making a season 2", "r they making a s2", "will netflix make a sequel",
                                    "is netflix making season 2 or not"])
def test_making_a_season_two_asks_whether_there_is_one(clause: str) -> None:
    assert season2_asked(clause) == "will there be a season 2"


@table("clause", ["was season 2 made", "is s2 being made", "has season 2 been made yet"])
def test_season_two_being_made_asks_how_far_its_filming_has_come(clause: str) -> None:
    assert season2_asked(clause) == "has season 2 finished filming"


@table("clause", ["is s2 the last season", "will season 2 be the final one", "is season 2 the end of the show",
                  "will there be more seasons after s2", "huling season na ba ang s2", "s2 season terakhir?",
                  "season 2 last season ?"])
def test_the_last_season_asks_whether_more_seasons_come(clause: str) -> None:
    assert season2_asked(clause) == "will there be a season 3"


@table("clause", ["did netflix release a synopsis for s2", "is there a plot for season 2 yet"])
def test_a_synopsis_asked_for_is_season_twos_outline(clause: str) -> None:
    assert season2_asked(clause) == "what is season 2 about"


@table("clause", ["is s2 gonna be 12 eps again", "will season 2 have 12 episodes too"])
def test_an_episode_count_heard_asks_how_many_episodes_season_two_has(clause: str) -> None:
    assert season2_asked(clause) == "how many episodes does season 2 have"


@table("clause", ["will season 2 have a part 1 and part 2 like squid game", "will s2 come in two parts"])
def test_parts_ask_how_season_two_drops(clause: str) -> None:
    assert season2_asked(clause) == "will season 2 drop all at once"


@table("clause", ["is s2 on jtbc or netflix", "s2 on netflix?", "season 2 netflix ?", "s2 gonna be on netflix or smth else"])
def test_a_platform_asks_where_season_two_streams(clause: str) -> None:
    assert season2_asked(clause) == "where will season 2 stream"


@table("clause", ["s2 udah selesai syuting?", "tapos na ba ang shooting ng s2"])
def test_filming_over_abroad_asks_whether_season_two_finished_filming(clause: str) -> None:
    assert season2_asked(clause) == "has season 2 finished filming"


def test_what_netflix_has_shown_is_the_script_reading_video() -> None:
    assert season2_asked("what has netflix shown of s2 so far") == "what is the script reading video"


def test_where_season_one_ended_before_season_two_is_how_it_ends() -> None:
    assert season2_asked("remind me where season 1 ended before s2") == "how does season 1 end"


@table("clause", ["was s2 moved", "did it get rescheduled", "did they move it again", "was  the show  moved"])
def test_season_two_moved_asks_whether_its_release_date_changed(clause: str) -> None:
    assert season2_asked(clause) == "has the season 2 release date changed"


@table(("clause", "day"), [("was it released on march 23", "on march 23"), ("did s2 drop on the 23rd of march", "on the 23rd of march")])
def test_a_day_it_came_out_on_asks_whether_season_two_did(clause: str, day: str) -> None:
    assert season2_asked(clause) == f"did season 2 come out {day}"


def test_still_a_day_asks_whether_season_two_still_comes_out_then() -> None:
    assert season2_asked("is it still march 12") == "is season 2 still coming out on march 12"


@table("clause", ["is  the show  in netflix's {year} lineup", "is s2 on the netflix {year} slate?"])
def test_a_later_years_lineup_asks_whether_season_two_comes_out_that_year(clause: str) -> None:
    # a slate Netflix has not announced yet, by the year on the engine's clock (never the machine's)
    assert season2_asked(clause.format(year=2027), this_year=2026) == "is season 2 coming out in 2027?"


@table("this_year", [2027, 2028, None])
def test_this_years_or_an_earlier_lineup_is_left_as_typed(this_year: int | None) -> None:
    clause = "is s2 in netflix's 2027 lineup?"  # what a source said of that slate answers it; no clock, no reading
    assert season2_asked(clause, this_year=this_year) == clause


@table("clause", ["is s2 a movie", "will season 2 be a film"])
def test_season_two_a_movie_asks_what_the_show_is(clause: str) -> None:
    assert season2_asked(clause) == "is all of us are dead a movie or a show"


@table("clause", ["did they push it back", "has netflix postponed s2 again"])
def test_pushed_back_asks_whether_season_two_is_delayed(clause: str) -> None:
    assert season2_asked(clause) == "is season 2 delayed"
