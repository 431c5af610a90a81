"""Headlines read as claims (bot/season2/sources/headlines.py): milestones, dates, dedupe keys."""

from __future__ import annotations

import datetime as dt

from bot.season2.model import Confidence, Milestone
from bot.season2.sources.headlines import classify_headline, parse_headline_date, years_named
from bot.season2.sources.rss import item_key
from tests.table import table


@table(
    ("headline", "milestone"),
    [
        ("All of Us Are Dead season 2 wraps filming after seven months", Milestone.FILMING_WRAPPED),
        ("Filming for All of Us Are Dead season 2 has wrapped", Milestone.FILMING_WRAPPED),
        ("Netflix drops the first trailer for All of Us Are Dead season 2", Milestone.TRAILER),
        ("All of Us Are Dead 2 teaser trailer shows a fallen Seoul", Milestone.TEASER),
        ("Netflix renews All of Us Are Dead for season 2", Milestone.RENEWED),
        ("All of Us Are Dead season 2 delayed again", Milestone.DELAYED),
        ("Netflix cancels All of Us Are Dead season 2", None),
        ("All of Us Are Dead season 2 cancelled by Netflix", Milestone.CANCELLED),
        ("All of Us Are Dead season 2 officially in production", Milestone.FILMING),
        ("Ahn Dong-goo joins All of Us Are Dead season 2", Milestone.CASTING),
        ("Kim Si-eun cast in All of Us Are Dead Season 2", Milestone.CASTING),
        ("the AOUAD 2 cast in Paris April 20-22", None),  # where the cast is (s2wild46), no one cast
        ("All of Us Are Dead season 2 premieres on January 15, 2027", Milestone.RELEASE_DATE_ANNOUNCED),
    ],
)
def test_headlines_map_to_milestones(headline: str, milestone: Milestone | None) -> None:
    found = classify_headline(headline)
    assert (found.milestone if found else None) is milestone


def test_a_release_date_headline_carries_the_date_in_utc() -> None:
    found = classify_headline("All of Us Are Dead season 2 release date set for 15 Jan 2027")
    assert found is not None and found.release_at == dt.datetime(2027, 1, 15, tzinfo=dt.UTC)


def test_release_date_speculation_without_a_date_is_no_claim() -> None:
    assert classify_headline("All of Us Are Dead season 2 release date, cast and plot") is None


def test_questions_are_no_claims() -> None:
    assert classify_headline("Has All of Us Are Dead season 2 finished filming?") is None


def test_headlines_about_other_shows_are_ignored() -> None:
    assert classify_headline("Squid Game season 3 trailer is here") is None


def test_rumour_headlines_are_rumours() -> None:
    found = classify_headline("Rumour: All of Us Are Dead season 2 trailer coming next week")
    assert found is not None and found.confidence is Confidence.RUMOUR


def test_dates_in_headlines_are_parsed() -> None:
    assert parse_headline_date("on Sept. 3rd, 2027") == dt.date(2027, 9, 3)
    assert parse_headline_date("2027-02-30") is None


def test_the_dedupe_key_ignores_case_punctuation_and_the_publisher_suffix() -> None:
    a = item_key("All of Us Are Dead Season 2 WRAPS filming! - Pinkvilla", "Pinkvilla")
    b = item_key("all of us are dead season 2 wraps filming", "www.pinkvilla.com")
    assert a == b
    assert a != item_key("all of us are dead season 2 wraps filming", "Collider")


# ---- news as it is really written: what a headline may and may not claim -------------------------

R, RUMOUR = Confidence.REPORTED, Confidence.RUMOUR
WRITTEN = dt.date(2026, 11, 20)
MARCH_5 = dt.datetime(2027, 3, 5, tzinfo=dt.UTC)


@table(
    "headline",
    [
        # the show, not its second season: actors' other work, season 1, a third season
        "All of Us Are Dead star Park Ji-hu joins new romance drama",
        "All of Us Are Dead actress Cho Yi-hyun's new drama delayed",
        "Lomon's new K-drama starts filming after All of Us Are Dead",
        "Yoo In-soo cast as villain in thriller from All of Us Are Dead director",
        "All of Us Are Dead is now streaming in 4K",
        "All of Us Are Dead renewed for season 3",
        "Netflix greenlights All of Us Are Dead third season",
        "Squid Game season 3 premieres June 27, 2025 as All of Us Are Dead season 2 fans wait",
        # questions, clickbait, speculation
        "All of Us Are Dead Season 2 CONFIRMED?!",
        "All of Us Are Dead season 2 release date CONFIRMED?! March 5, 2027",
        "All of Us Are Dead season 2 cancelled? Netflix responds",
        "All of Us Are Dead season 2 may premiere March 5, 2027",
        "All of Us Are Dead season 2 likely to premiere March 5, 2027",
        "All of Us Are Dead season 2 expected to arrive March 5, 2027",
        "'지금 우리 학교는' 시즌2, 2027년 3월 공개 전망",
        # denials, corrections, negations
        "Netflix denies All of Us Are Dead season 2 will premiere January 15, 2027",
        "Reports that All of Us Are Dead season 2 was cancelled are false",
        "Fake news: All of Us Are Dead season 2 cancelled",
        "No, All of Us Are Dead season 2 hasn't been cancelled",
        "All of Us Are Dead Season 2 Will Not Be Delayed",
        "All of Us Are Dead season 2 is not delayed, Netflix says",
        "Netflix clarifies All of Us Are Dead season 2 release date is March 5, 2027",
        "넷플릭스 측 '지금 우리 학교는' 시즌2 제작 취소 사실무근",
        "'지금 우리 학교는' 시즌2 공개일 미정",
        "All of Us Are Dead season 2 hits No. 1 on Netflix on March 8, 2027",
        "All of Us Are Dead Season 2: Release Date, Cast, Plot & Everything We Know",
        "All Of Us Are Dead S2 premieres 05/03/2027",  # 5 March or 3 May: no day is read
        # promotional material is not the season
        "All of Us Are Dead season 2 poster out now",
        "All of Us Are Dead season 2 first look photos have arrived",
        # fans' guesses, and a window said with a question
        "All of Us Are Dead season 2 release date: fans expect February",
        "Fans think All of Us Are Dead season 2 is coming in March 2027",
        "Is All of Us Are Dead season 2 coming out in 2027?",
        "All of Us Are Dead season 2 not coming in March, contrary to reports",
        # a month named for something else than the release
        "All of Us Are Dead season 2 filming scheduled for spring 2027",
        "All of Us Are Dead season 2 filming scheduled for March 5, 2027",
        "All of Us Are Dead season 2 press conference set for March 2027",
        # a wrap still to come has not happened
        "All of Us Are Dead season 2 production slated to wrap in February 2027",
        "All of Us Are Dead season 2 set to wrap filming next month",
        "'지금 우리 학교는' 시즌2 촬영 종료 예정",
    ],
)
def test_headlines_that_announce_nothing_about_season_2(headline: str) -> None:
    found = classify_headline(headline, WRITTEN)
    assert found is None, found


@table(
    ("headline", "milestone", "confidence", "release_at"),
    [
        ("All of Us Are Dead season 2 trailer out now", Milestone.TRAILER, R, None),
        ("Watch: All of Us Are Dead season 2 official trailer is here", Milestone.TRAILER, R, None),
        ("All of Us Are Dead season 2 teaser has dropped", Milestone.TEASER, R, None),
        ("All of Us Are Dead season 2 trailer premieres January 15, 2027", Milestone.TRAILER, R, None),
        ("Netflix releases All of Us Are Dead season 2 teaser; series premieres March 5, 2027",
         Milestone.RELEASE_DATE_ANNOUNCED, R, MARCH_5),
        ("All of Us Are Dead season 2 trailer reveals release date: March 5, 2027",
         Milestone.RELEASE_DATE_ANNOUNCED, R, MARCH_5),
        ("All of Us Are Dead Season 2 Is Now Streaming on Netflix", Milestone.RELEASED, R, None),
        ("it's out!!! aouad s2 is finally on netflix go go go", Milestone.RELEASED, R, None),
        ("All of Us Are Dead Season 2 is the No. 1 show on Netflix in 62 countries", Milestone.RELEASED, R, None),
        ("'All of Us Are Dead' Season 2 Hits No. 1 in 71 Countries in Its First Week", Milestone.RELEASED, R, None),
        ("All of Us Are Dead S2E1 Discussion Thread (spoilers)", Milestone.RELEASED, R, None),
        ("AOUAD Season 2 Episode 4 Discussion", Milestone.RELEASED, R, None),
        ("aouad s2 eps 1-6 done, no spoilers pls", Milestone.RELEASED, R, None),
        ("All of Us Are Dead season 2 premieres March 5 on Netflix", Milestone.RELEASE_DATE_ANNOUNCED, R, MARCH_5),
        ("All of Us Are Dead season 2 arrives 5th March", Milestone.RELEASE_DATE_ANNOUNCED, R, MARCH_5),
        ("Insider claims All of Us Are Dead season 2 premieres March 5, 2027",
         Milestone.RELEASE_DATE_ANNOUNCED, RUMOUR, MARCH_5),
        ("All of Us Are Dead season 2 allegedly set to stream from 5 March 2027",
         Milestone.RELEASE_DATE_ANNOUNCED, RUMOUR, MARCH_5),
        ("All of Us Are Dead season 2 leaked release date: March 5, 2027",
         Milestone.RELEASE_DATE_ANNOUNCED, RUMOUR, MARCH_5),
        ("'지금 우리 학교는' 시즌2, 2027년 3월 5일 공개 확정", Milestone.RELEASE_DATE_ANNOUNCED, R, MARCH_5),
        ("넷플릭스 '지금 우리 학교는' 시즌2 3월 5일 공개", Milestone.RELEASE_DATE_ANNOUNCED, R, MARCH_5),
        # a day set, compared with the guesses, is no guess
        ("'지금 우리 학교는' 시즌2 3월 5일 공개 확정…예상보다 빨라", Milestone.RELEASE_DATE_ANNOUNCED, R, MARCH_5),
        ("All of Us Are Dead season 2 premieres March 5, sooner than expected", Milestone.RELEASE_DATE_ANNOUNCED, R, MARCH_5),
        ("'지금 우리 학교는2' 크랭크업…7개월 촬영 마무리", Milestone.FILMING_WRAPPED, R, None),
        ("지금 우리 학교는 시즌2 공개 연기", Milestone.DELAYED, R, None),
        ("'지금 우리 학교는' 시즌2 티저 예고편 공개", Milestone.TEASER, R, None),
        ("All of Us Are Dead sequel wraps filming", Milestone.FILMING_WRAPPED, R, None),
        ("'All of Us Are Dead' 2 wraps filming in Gangwon", Milestone.FILMING_WRAPPED, R, None),
        ("“All of Us Are Dead” Season Two Begins Filming", Milestone.FILMING, R, None),
        ("It's official: All of Us Are Dead season 2 is coming March 5, 2027", Milestone.RELEASE_DATE_ANNOUNCED, R, MARCH_5),
        ("Mark your calendars! All of Us Are Dead season 2 hits Netflix on March 5",
         Milestone.RELEASE_DATE_ANNOUNCED, R, MARCH_5),
        ("All of Us Are Dead season 2 teaser lands ahead of March 5, 2027 debut", Milestone.TEASER, R, None),
    ],
)
def test_headlines_as_written_map_to_what_they_announce(
    headline: str, milestone: Milestone, confidence: Confidence, release_at: dt.datetime | None
) -> None:
    found = classify_headline(headline, WRITTEN)
    assert found is not None, headline
    assert (found.milestone, found.confidence, found.release_at) == (milestone, confidence, release_at)


def test_a_day_without_its_year_needs_the_day_it_was_written() -> None:
    assert parse_headline_date("premieres March 5 on Netflix") is None
    assert parse_headline_date("premieres March 5 on Netflix", dt.date(2027, 3, 5)) == dt.date(2027, 3, 5)
    # a day just past is that day (old news, or said where it was still the 5th), never next year's
    assert parse_headline_date("premieres March 5 on Netflix", dt.date(2027, 3, 6)) == dt.date(2027, 3, 5)
    assert parse_headline_date("premieres March 5 on Netflix", dt.date(2027, 6, 1)) == dt.date(2028, 3, 5)
    assert parse_headline_date("in March 2027", WRITTEN) is None  # a month is a window, not a day


def test_29_february_without_its_year_is_the_next_one_only_when_that_year_has_one() -> None:
    # Read as a day typed to /season2 without its year is (bot.season2.day_numbers.nearest_day).
    assert parse_headline_date("premieres Feb 29 on Netflix", dt.date(2027, 3, 5)) == dt.date(2028, 2, 29)
    assert parse_headline_date("2월 29일 공개", dt.date(2028, 1, 10)) == dt.date(2028, 2, 29)
    assert parse_headline_date("premieres Feb 29 on Netflix", dt.date(2026, 12, 2)) is None  # 2027 has none
    assert parse_headline_date("premieres 31st of April", WRITTEN) is None


@table(
    ("headline", "milestone", "confidence", "label"),
    [
        # a month, a season, a half or a year without its day: a window claim, never a date
        ("All of Us Are Dead season 2 coming in March 2027", Milestone.RELEASE_WINDOW, R, "March 2027"),
        ("all of us are dead season 2 coming march 2027", Milestone.RELEASE_WINDOW, R, "March 2027"),
        ("All of Us Are Dead Season 2 set to premiere this spring", Milestone.RELEASE_WINDOW, R, "spring 2027"),
        ("All Of Us Are Dead Season 2 Confirmed For Spring 2027 Release", Milestone.RELEASE_WINDOW, R, "spring 2027"),
        # "reportedly": the outlet relays someone else's word, so it is no independent second report
        ("All of Us Are Dead Season 2 reportedly arriving in the first half of 2027", Milestone.RELEASE_WINDOW, RUMOUR,
         "the first half of 2027"),
        ("All of Us Are Dead season 2 to release in Q1 2027, says insider", Milestone.RELEASE_WINDOW, RUMOUR, "Q1 2027"),
        ("All of Us Are Dead Season 2 Drops Late 2027", Milestone.RELEASE_WINDOW, R, "late 2027"),
        ("All of Us Are Dead season 2 arrives next month", Milestone.RELEASE_WINDOW, R, "January 2027"),
        ("All of Us Are Dead season 2 release set for end of March 2027", Milestone.RELEASE_WINDOW, R,
         "late March 2027"),
        ("'지금 우리 학교는' 시즌2, 2027년 상반기 공개", Milestone.RELEASE_WINDOW, R, "the first half of 2027"),
        ("Netflix drops All of Us Are Dead 2 teaser, confirms early 2027 premiere", Milestone.RELEASE_WINDOW, R,
         "early 2027"),
        # a delay says its new window; "from 2026 to 2027" is 2027
        ("All of Us Are Dead season 2 premiere pushed back to April 2027", Milestone.DELAYED, R, "April 2027"),
        ("All of Us Are Dead 2 release pushed from 2026 to 2027", Milestone.DELAYED, R, "2027"),
        ("All of Us Are Dead season 2 delayed to 2028", Milestone.DELAYED, R, "2028"),
        # a trailer's month is the trailer's
        ("All of Us Are Dead season 2 trailer coming March 2027", Milestone.TRAILER, R, None),
    ],
)
def test_a_window_without_its_day_is_a_window_claim(
    headline: str, milestone: Milestone, confidence: Confidence, label: str | None
) -> None:
    found = classify_headline(headline, dt.date(2026, 12, 1))
    assert found is not None, headline
    assert (found.milestone, found.confidence, found.release_at) == (milestone, confidence, None)
    assert (found.window.label if found.window else None) == label


@table(
    ("headline", "label"),
    [
        ("'지우학2' 3월 초 공개 유력…넷플릭스 상반기 첫 주자", "early March 2027"),
        ("'지금 우리 학교는2' 4월 공개…넷플릭스 상반기 라인업 중 최대 기대작", "April 2027"),
        ("All of Us Are Dead Season 2 March release leads Netflix's first half of 2027", "March 2027"),
    ],
)
def test_the_window_the_release_is_said_in_wins_over_a_slates_wider_one(headline: str, label: str) -> None:
    found = classify_headline(headline, dt.date(2027, 1, 5))
    assert found is not None and found.milestone is Milestone.RELEASE_WINDOW, headline
    assert found.window is not None and found.window.label == label


@table(
    ("headline", "day"),
    [
        ("All of Us Are Dead Season 2 March 2027 release confirmed", None),  # "Season 2" is no 2 March
        ("All of Us Are Dead season 2 premieres 2027.03.05", dt.date(2027, 3, 5)),  # as Korean outlets write it
    ],
)
def test_a_season_number_is_no_day_and_a_dotted_date_is_one(headline: str, day: dt.date | None) -> None:
    assert parse_headline_date(headline, dt.date(2026, 12, 1)) == day


def test_season_ones_day_said_as_history_is_not_the_release_day() -> None:
    headline = "All of Us Are Dead Season 2 arrives April 9, five years after Season 1's January 28, 2022 debut"
    found = classify_headline(headline, dt.date(2027, 2, 16))
    assert found is not None and found.release_at == dt.datetime(2027, 4, 9, tzinfo=dt.UTC)
    assert years_named(headline) == []  # no sign the news is old


def test_a_year_said_of_season_two_still_counts() -> None:
    assert years_named("Season 1 recap before All of Us Are Dead Season 2 is pushed to 2025") == [2025]


def test_dates_shuffled_with_ours_moved_to_a_day_is_a_change_to_it() -> None:
    found = classify_headline("Netflix Shakes Up Its Spring Dates: All of Us Are Dead Season 2 Now Moves to April 16",
                              dt.date(2027, 2, 16))
    assert found is not None and found.milestone is Milestone.RELEASE_DATE_CHANGED
    assert found.release_at == dt.datetime(2027, 4, 16, tzinfo=dt.UTC)


def test_dates_shuffled_with_ours_moved_to_a_rank_is_no_change() -> None:
    found = classify_headline("Netflix Shuffles Its Top 10 Dates: All of Us Are Dead Season 2 to No. 3", dt.date(2027, 2, 16))
    assert found is None or found.milestone is not Milestone.RELEASE_DATE_CHANGED


@table("headline", [
    "All of Us Are Dead Season 2 is out at 4am ET tomorrow",
    "all of us are dead season 2 is out tonight at midnight PT!!",
    "All of Us Are Dead Season 2 is out Friday",
    "aouad s2: it's out on friday",
])
def test_a_season_out_at_a_time_to_come_is_not_out_yet(headline: str) -> None:
    found = classify_headline(headline, dt.date(2027, 2, 11))
    assert found is None or found.milestone is not Milestone.RELEASED


@table("headline", [
    "All of Us Are Dead Season 2 is out now on Netflix",
    "'All of Us Are Dead' Season 2 Is Finally Here",
    "All of Us Are Dead Season 2 has finally dropped",
    "aouad s2 IT'S OUT 🧟",  # a fan's "it's out"
])
def test_a_season_out_now_is_released(headline: str) -> None:
    found = classify_headline(headline, dt.date(2027, 2, 12))
    assert found is not None and found.milestone is Milestone.RELEASED


@table("headline", [
    "finished all 8 episodes of aouad s2 in one night",
    "binged the whole of s2 of all of us are dead",
    "지우학2 정주행 완료 ㅠㅠ",
])
def test_a_fan_who_has_watched_the_whole_season_says_it_is_out(headline: str) -> None:
    found = classify_headline(headline, dt.date(2027, 2, 12))
    assert found is not None and found.milestone is Milestone.RELEASED


@table(("headline", "expected"), [
    ("All of Us Are Dead Season 2: all 8 episodes drop at once on March 19", dt.date(2027, 3, 19)),
    ("All of Us Are Dead Season 2 episodes 5-8 drop March 19", None),  # a part's episodes, not the season's day
])
def test_all_its_episodes_arriving_on_a_day_is_the_seasons_day(headline: str, expected: dt.date | None) -> None:
    found = classify_headline(headline, dt.date(2027, 2, 12))
    assert (found.release_at.date() if found is not None and found.release_at is not None else None) == expected


def test_an_explainers_topics_naming_the_release_day_give_that_day() -> None:
    found = classify_headline("All of Us Are Dead Season 2: Everything to Know About the Cast, Story and March 19 Release",
                              dt.date(2027, 2, 12))
    assert found is not None and found.release_at is not None and found.release_at.date() == dt.date(2027, 3, 19)


def test_fans_aouad_2_is_the_second_season() -> None:
    found = classify_headline("aouad 2 premieres mar 19", dt.date(2027, 2, 12))
    assert found is not None and found.release_at is not None and found.release_at.date() == dt.date(2027, 3, 19)


def test_having_watched_season_one_says_nothing_of_season_two() -> None:
    assert classify_headline("finished all 8 episodes of aouad s1, s2 next month", dt.date(2027, 2, 12)) is None


@table("headline", [
    "'지금 우리 학교는2' 티저 조회수 2000만 돌파…3월 19일 공개",
    "All of Us Are Dead Season 2 teaser passes 2025 views a minute",
])
def test_a_count_is_no_year(headline: str) -> None:
    assert years_named(headline) == []


@table("headline", [
    "'지우학2' 오늘(7일) 공개…5년 기다림 끝났다",
    "'지금 우리 학교는' 시즌2, 오늘 (7일) 공개",
])
def test_today_with_its_day_in_brackets_is_released_that_day(headline: str) -> None:
    found = classify_headline(headline, dt.date(2027, 5, 7))
    assert found is not None and found.milestone is Milestone.RELEASED


def test_today_with_its_day_in_brackets_and_an_hour_to_come_is_not_out_yet() -> None:
    found = classify_headline("'지우학2' 오늘(7일) 오후 4시 공개", dt.date(2027, 5, 7))
    assert found is not None and found.milestone is Milestone.RELEASE_DATE_ANNOUNCED


@table("headline", [
    "binged aouad s2 in one sitting",
    "just finished all of us are dead season 2 and im empty",
    "finished watching aouad s2 at 4am lol",
])
def test_a_fan_who_binged_or_finished_the_season_says_it_is_out(headline: str) -> None:
    found = classify_headline(headline, dt.date(2027, 5, 7))
    assert found is not None and found.milestone is Milestone.RELEASED


@table("headline", ["finished aouad s2 trailer 10 times", "Netflix finished AOUAD S2 filming",
                                      "director finished aouad s2 editing",
                                      "Lee Jae-kyu finished All of Us Are Dead season 2 post-production"])
def test_finishing_the_seasons_trailer_or_its_making_is_not_its_release(headline: str) -> None:
    found = classify_headline(headline, dt.date(2027, 2, 7))
    assert found is None or found.milestone is not Milestone.RELEASED


@table("headline", ["binged aouad s2 leaks", "finished all of us are dead season 2 fan fic lol",
                                      "just finished aouad s2 predictions video", "binged all of us are dead s2 theories",
                                      # review46: a fan's theory video "out now" was read as the season out
                                      "our AOUAD 2 theory video is out now"])
def test_a_thing_of_the_seasons_own_binged_or_finished_is_not_its_release(headline: str) -> None:
    """A fan's leaks, fan fiction or predictions of season 2 are read before it is out."""
    found = classify_headline(headline, dt.date(2027, 2, 7))
    assert found is None or found.milestone is not Milestone.RELEASED


def test_an_episode_thread_for_after_the_release_says_nothing_is_out() -> None:
    assert classify_headline("aouad S2E1 discussion thread (for after release)", dt.date(2027, 3, 5)) is None


def test_a_fans_own_eyes_are_no_hedge() -> None:
    found = classify_headline("binged aouad s2 in one sitting, my eyes hurt", dt.date(2027, 5, 7))
    assert found is not None and found.milestone is Milestone.RELEASED


def test_netflix_eyeing_a_day_is_still_a_guess() -> None:
    assert classify_headline("Netflix eyes April 30 for All of Us Are Dead season 2", dt.date(2027, 2, 7)) is None


@table("headline", [
    "AOUAD S2E1 discussion thread will go up at release",  # a thread to come
    "All of Us Are Dead Episode 3 Discussion (rewatch)",  # season 1's
    "aouad s2 eps 1-6 done filming",  # the shoot's
])
def test_an_episode_thread_to_come_of_season_one_or_of_the_shoot_says_nothing_is_out(headline: str) -> None:
    assert classify_headline(headline, dt.date(2027, 3, 5)) is None


@table("headline", [
    "guess the aouad 2 release date! closest guess wins a photocard 🎁 mine: april 9",
    "aouad s2 release date predictions thread. my guess is may 14",
    "place your bets: aouad season 2 on march 19?? i'm calling it",
])
def test_a_guessing_game_or_a_bet_on_the_day_announces_nothing(headline: str) -> None:
    assert classify_headline(headline, dt.date(2026, 12, 18)) is None


@table("headline", [
    "lomon's new drama is out now on disney+ and it's SO good, perfect while we wait for aouad 2",
    "the webtoon is out now, something to read while i wait for all of us are dead season 2",
])
def test_something_else_out_while_fans_wait_for_the_season_is_not_its_release(headline: str) -> None:
    found = classify_headline(headline, dt.date(2027, 1, 10))
    assert found is None or found.milestone is not Milestone.RELEASED


@table("headline", [
    "rewatched the aouad s1 trailer for the 100th time today. still no s2 trailer 😤",
    "season 1 trailer still hits different. no trailer for all of us are dead season 2 yet",
])
def test_season_ones_trailer_or_none_yet_is_no_trailer_out(headline: str) -> None:
    found = classify_headline(headline, dt.date(2027, 1, 30))
    assert found is None or found.milestone is not Milestone.TRAILER


def test_season_twos_trailer_beside_season_ones_is_still_read() -> None:
    found = classify_headline("the aouad s2 trailer is out and it's scarier than the s1 trailer", dt.date(2027, 3, 31))
    assert found is not None and found.milestone is Milestone.TRAILER


def test_a_fans_own_not_of_their_rewatch_is_no_denial() -> None:
    found = classify_headline("aouad s2 comes out this friday and i haven't rewatched s1 yet help", dt.date(2027, 4, 19))
    assert found is not None and found.milestone is Milestone.RELEASE_DATE_ANNOUNCED
    assert found.release_at == dt.datetime(2027, 4, 23, tzinfo=dt.UTC)


def test_aouad_2_is_the_season_as_dead_2_is() -> None:
    found = classify_headline("aouad 2 comes out this friday", dt.date(2027, 4, 19))
    assert found is not None and found.release_at == dt.datetime(2027, 4, 23, tzinfo=dt.UTC)


def test_see_you_all_on_a_day_is_netflixs_tagline_too() -> None:
    found = classify_headline("see you all on 4/23 🧟 all of us are dead season 2", dt.date(2027, 2, 18))
    assert found is not None and found.milestone is Milestone.RELEASE_DATE_ANNOUNCED
    assert found.release_at == dt.datetime(2027, 4, 23, tzinfo=dt.UTC)


@table("headline", [
    "Cho Yi-hyun's new drama premieres February 26; she returns in All of Us Are Dead season 2",
    "Lomon's next film arrives 3/12, a month before All of Us Are Dead season 2",
])
def test_a_cast_members_other_work_with_its_day_is_not_the_seasons_day(headline: str) -> None:
    found = classify_headline(headline, dt.date(2027, 1, 20))
    assert found is None or found.release_at is None


@table("headline", [
    "Netflix to reveal All of Us Are Dead season 2 premiere date on February 17",
    "the aouad s2 premiere date announcement comes out friday",
    "넷플릭스 '지우학2' 공개일 발표 D-3",
])
def test_the_day_the_release_date_is_to_be_revealed_is_not_the_release(headline: str) -> None:
    found = classify_headline(headline, dt.date(2027, 1, 20))
    assert found is None or found.release_at is None


def test_a_release_date_announcement_giving_its_day_is_read() -> None:
    found = classify_headline("All of Us Are Dead Season 2 Release Date Announcement: April 23", dt.date(2027, 1, 20))
    assert found is not None and found.release_at == dt.datetime(2027, 4, 23, tzinfo=dt.UTC)


def test_a_documentary_about_the_show_premiering_is_not_the_season() -> None:
    found = classify_headline("All of Us Are Dead season 2 documentary premieres January 28", dt.date(2027, 1, 20))
    assert found is None or found.release_at is None


@table("headline", [
    "'지우학2' 윤찬영, 3월 26일 입대…\"시즌2 공개 못 봐 아쉽다\"",  # his enlistment's day
    "All of Us Are Dead season 2 star's birthday is February 12 🎂",
    "aouad s2 merch drops march 5",
])
def test_a_persons_own_day_or_goods_on_sale_are_not_the_release(headline: str) -> None:
    found = classify_headline(headline, dt.date(2027, 1, 20))
    assert found is None or found.release_at is None


@table("headline", ["All of Us Are Dead season 2 premieres March 19, photo books to follow",
                     "All of Us Are Dead season 2 drops March 19 with a photo book and merch"])
def test_goods_named_after_the_seasons_own_day_leave_the_day_the_seasons(headline: str) -> None:
    found = classify_headline(headline, dt.date(2027, 1, 20))
    assert found is not None and found.release_at == dt.datetime(2027, 3, 19, tzinfo=dt.UTC)


@table("headline", ["aouad s2 fan event tickets out now", "All of Us Are Dead season 2 Blu-ray out now",
                                      "aouad season 2 game out now on mobile"])
def test_tickets_or_a_disc_out_now_are_not_the_season_out(headline: str) -> None:
    found = classify_headline(headline, dt.date(2027, 5, 20))
    assert found is None or found.milestone is not Milestone.RELEASED


def test_the_season_out_now_beside_a_watch_party_is_still_out() -> None:
    found = classify_headline("aouad s2 is out now!! watch party tonight", dt.date(2027, 4, 23))
    assert found is not None and found.milestone is Milestone.RELEASED


def test_a_korean_when_without_its_question_mark_still_asks() -> None:
    assert classify_headline("지우학2 예고편 언제 나와요 ㅠㅠ 벌써 2월인데", dt.date(2027, 2, 1)) is None


@table("headline", ["'지우학2' 촬영장 비하인드 1월 25일 공개", "지우학2 OST 1월 25일 공개 확정"])  # (the soundtrack's, s2wild69)
def test_a_korean_behind_the_scenes_video_or_soundtrack_with_its_day_is_not_the_release(headline: str) -> None:
    found = classify_headline(headline, dt.date(2027, 1, 20))
    assert found is None or found.release_at is None


@table("headline", [
    "my aouad s2 rewatch got delayed to friday lol",
    "All of Us Are Dead season 2 press tour pushed to April 20",
    "Netflix's price hike delayed to April; All of Us Are Dead season 2 still first half",
])
def test_a_rewatch_a_press_tour_or_a_price_change_put_off_is_no_delay_of_the_season(headline: str) -> None:
    found = classify_headline(headline, dt.date(2027, 1, 20))
    assert found is None or found.milestone is not Milestone.DELAYED


def test_a_blu_ray_release_day_is_not_the_seasons() -> None:
    found = classify_headline("All of Us Are Dead season 2 Blu-ray release confirmed for July 9", dt.date(2027, 5, 20))
    assert found is None or found.release_at is None
