"""Posts that give the season's day with no verb (bot/season2/sources/headline_bare_posts.py, through
headline_parts.read_headline): the day then the season's name, and a fan's cheer after the news."""

from __future__ import annotations

import datetime as dt

import pytest

from bot.season2.model import Milestone
from bot.season2.sources.headline_parts import read_headline

THU_25_MAR = dt.date(2027, 3, 25)
MON_22_MAR = dt.date(2027, 3, 22)


@pytest.mark.parametrize(
    ("headline", "written", "release_at"),
    [
        ("Tomorrow. All of Us Are Dead Season 2. 🧟", THU_25_MAR, dt.datetime(2027, 3, 26, tzinfo=dt.UTC)),
        ("이번 주 금요일 오후 5시!! 지우학2!! 🧟", MON_22_MAR, dt.datetime(2027, 3, 26, 8, tzinfo=dt.UTC)),
        ("AOUAD S2 TONIGHT AT 1AM PT LETS GOOOO", THU_25_MAR, dt.datetime(2027, 3, 26, 8, tzinfo=dt.UTC)),
        # a calendar day cried out again and again, the name in brackets
        ("APRIL 16 APRIL 16 APRIL 16 (aouad s2) 🧟", MON_22_MAR, dt.datetime(2027, 4, 16, tzinfo=dt.UTC)),
        ("april 16!! all of us are dead season 2", MON_22_MAR, dt.datetime(2027, 4, 16, tzinfo=dt.UTC)),
        # the name then a Korean day from today and its hour, then a fan's feelings
        ("D-1 !!! 지우학2 내일 오후4시 ㅠㅠㅠ 학교 끝나자마자 달려간다", THU_25_MAR, dt.datetime(2027, 3, 26, 7, tzinfo=dt.UTC)),
    ],
)
def test_a_day_and_the_seasons_name_alone_is_its_release_day(headline: str, written: dt.date,
                                                              release_at: dt.datetime) -> None:
    assert [(c.milestone, c.release_at) for c in read_headline(headline, written)] == [
        (Milestone.RELEASE_DATE_ANNOUNCED, release_at)]


@pytest.mark.parametrize(
    "headline",
    [
        "Tomorrow. All of Us Are Dead Season 2 trailer. 🧟",  # the trailer's day
        "tomorrow. aouad s2 cast on running man!!",  # the cast's
        "내일!! 지우학2 제작발표회",  # an event's
        "April 16 aouad s2 trailer",  # the trailer's
        "지우학2 내일 오후4시 예고편 ㅠㅠ",  # the trailer's
    ],
)
def test_a_day_beside_something_else_of_the_season_is_not_its_release(headline: str) -> None:
    assert all(c.milestone is not Milestone.RELEASE_DATE_ANNOUNCED for c in read_headline(headline, THU_25_MAR))


@pytest.mark.parametrize("headline", [
    "All of Us Are Dead Season 2 is out now. Don't get bitten. 🧟",
    "aouad s2 is out now. don't watch it alone!!",
])
def test_a_closing_warning_to_the_reader_leaves_the_release(headline: str) -> None:
    assert [c.milestone for c in read_headline(headline, THU_25_MAR)] == [Milestone.RELEASED]


def test_a_closing_dont_believe_it_still_takes_the_news_back() -> None:
    assert read_headline("All of Us Are Dead Season 2 is out now. Don't believe it.", THU_25_MAR) == ()


@pytest.mark.parametrize("headline", [
    "aouad s2 drop times 🧟 🇬🇧 9am BST 🇩🇪 10am CEST 🇵🇭 4pm PHT — fri apr 16",
    "aouad s2 is 6pm AEST friday",  # its hour then its day, with no verb
])
def test_a_post_of_the_seasons_hours_and_day_is_its_release_moment(headline: str) -> None:
    assert [(c.milestone, c.release_at) for c in read_headline(headline, dt.date(2027, 4, 12))] == [
        (Milestone.RELEASE_DATE_ANNOUNCED, dt.datetime(2027, 4, 16, 8, tzinfo=dt.UTC))]


def test_a_trailers_drop_times_are_not_the_seasons() -> None:
    assert [c.release_at for c in read_headline("aouad s2 trailer drop times: 9am GMT — fri mar 26", MON_22_MAR)] == [None]
