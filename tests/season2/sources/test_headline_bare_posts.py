"""Posts that give the season's day with no verb (bot/season2/sources/headline_bare_posts.py, through
headline_parts.read_headline): the day then the season's name, and a fan's cheer after the news."""

from __future__ import annotations

import datetime as dt

from bot.season2.model import Milestone
from bot.season2.sources.headline_parts import read_headline
from tests.table import table

THU_25_MAR = dt.date(2027, 3, 25)
MON_22_MAR = dt.date(2027, 3, 22)


@table(
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


@table(
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


@table("headline", [
    "All of Us Are Dead Season 2 is out now. Don't get bitten. 🧟",
    "aouad s2 is out now. don't watch it alone!!",
])
def test_a_closing_warning_to_the_reader_leaves_the_release(headline: str) -> None:
    assert [c.milestone for c in read_headline(headline, THU_25_MAR)] == [Milestone.RELEASED]


def test_a_closing_dont_believe_it_still_takes_the_news_back() -> None:
    assert read_headline("All of Us Are Dead Season 2 is out now. Don't believe it.", THU_25_MAR) == ()


@table("headline", [
    "aouad s2 drop times 🧟 🇬🇧 9am BST 🇩🇪 10am CEST 🇵🇭 4pm PHT — fri apr 16",
    "aouad s2 is 6pm AEST friday",  # its hour then its day, with no verb
    # its day then its hour, after a colon or a comma, then only "on Netflix" or a fan's "set your alarms" (s2wild45)
    "AOUAD 2: April 16 at 1am PT 🧟 set your alarms",
    "AOUAD 2 on April 16 at 08:00 UTC 🧟",
    "All of Us Are Dead 2, April 16, 4PM PH time sa Netflix! 🧟",
    "All of Us Are Dead saison 2 : le 16 avril à 10h, heure de Paris, sur Netflix",
])
def test_a_post_of_the_seasons_hours_and_day_is_its_release_moment(headline: str) -> None:
    assert [(c.milestone, c.release_at) for c in read_headline(headline, dt.date(2027, 4, 12))] == [
        (Milestone.RELEASE_DATE_ANNOUNCED, dt.datetime(2027, 4, 16, 8, tzinfo=dt.UTC))]


def test_a_trailers_drop_times_are_not_the_seasons() -> None:
    assert [c.release_at for c in read_headline("aouad s2 trailer drop times: 9am GMT — fri mar 26", MON_22_MAR)] == [None]


@table(
    ("headline", "written", "release_at"),
    [
        # the day, the name, then only a fan's plan or feeling
        ("NEXT FRIDAY. aouad s2. clear your schedules", dt.date(2027, 3, 19), dt.datetime(2027, 3, 26, tzinfo=dt.UTC)),
        # the name, then its day from today, then the fan's own news
        ("aouad s2 this friday and i have an exam on friday. pray for me", MON_22_MAR,
         dt.datetime(2027, 3, 26, tzinfo=dt.UTC)),
        ("AOUAD S2 TOMORROW 😭😭", THU_25_MAR, dt.datetime(2027, 3, 26, tzinfo=dt.UTC)),
        # its hour said as a word, with its zone by name: midnight PDT is 07:00 UTC
        ("aouad s2 this friday at midnight pacific. who's staying up", MON_22_MAR, dt.datetime(2027, 3, 26, 7, tzinfo=dt.UTC)),
        ("aouad s2 tomorrow at noon ET!! taking a long lunch", THU_25_MAR, dt.datetime(2027, 3, 26, 16, tzinfo=dt.UTC)),
        # Korean fans' count first, then the name
        ("D-30 지우학2 🧟 버틴다", dt.date(2027, 2, 24), dt.datetime(2027, 3, 26, tzinfo=dt.UTC)),
        # ... in English and Thai (s2wild59)
        ("D-7 aouad 2 🧟", dt.date(2027, 3, 19), dt.datetime(2027, 3, 26, tzinfo=dt.UTC)),
        ("อีก 7 วัน มัธยมซอมบี้ 2 🧟", dt.date(2027, 3, 19), dt.datetime(2027, 3, 26, tzinfo=dt.UTC)),
    ],
)
def test_a_fans_day_and_the_seasons_name_with_their_own_words_after_is_its_release_day(
        headline: str, written: dt.date, release_at: dt.datetime) -> None:
    found = read_headline(headline, written)
    assert [(c.milestone, c.release_at) for c in found] == [(Milestone.RELEASE_DATE_ANNOUNCED, release_at)]


@table(
    "headline",
    [
        "NEXT FRIDAY. aouad s2. jk it's delayed",  # taken back
        "NEXT FRIDAY. aouad s2. if netflix doesn't move it again",  # a condition
        "aouad s2 this friday?? is that real",  # asked
        "aouad s2 tomorrow if the rumours are right",  # hedged
        "aouad s2 this friday watch party in vc, bring snacks",  # the party's day
        "aouad s2 friday lol",  # a weekday alone
    ],
)
def test_a_fans_day_and_the_seasons_name_taken_back_asked_or_someone_elses_is_no_day(headline: str) -> None:
    assert [c for c in read_headline(headline, MON_22_MAR) if c.release_at is not None] == []
