"""Japanese and Chinese posts about the show (bot/season2/sources/headline_cjk.py, read through headline_parts.py): their
own words for how sure they are keep their strength."""

from __future__ import annotations

import datetime as dt

from bot.season2.sources.headline_parts import read_headline
from tests.table import table

WRITTEN = dt.date(2027, 2, 26)


@table("headline", [
    "《僵尸校园》第二季传改档4月2日",  # 传: said to have been moved
    "据传《僵尸校园》第二季改档4月2日",  # 据传: reportedly
    "网传《僵尸校园》第二季改档4月2日",  # 网传: going round online
    "《僵尸校园》第二季或将4月2日上线",  # 或将: may go up on
    "曝《僵尸校园》第二季4月2日上线",  # 曝: leaked
    "传闻《僵尸校园》第二季明年3月上线，知情人士透露",  # 传闻 with next year's month (scen43: read as nothing)
    "网飞未回应延期传闻，粉丝仍在等《僵尸校园2》4月2日上线",  # 未回应: Netflix has not answered it (review45)
])
def test_a_chinese_post_only_said_or_leaked_is_a_rumour(headline: str) -> None:
    assert {r.confidence.value for r in read_headline(headline, WRITTEN)} == {"rumour"}


def test_a_chinese_day_written_right_after_the_season_is_read() -> None:
    # 第二季4月2日上线: "season 2, up on April 2", the day glued to the season's number
    assert [(r.milestone.value, r.release_at) for r in read_headline("《僵尸校园》第二季4月2日上线", WRITTEN)] == [
        ("release_date_announced", dt.datetime(2027, 4, 2, tzinfo=dt.UTC))]

