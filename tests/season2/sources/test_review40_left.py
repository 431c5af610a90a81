"""Readings the review at stop 40 left wrong, each a post every subscribed server would have been told of: a future word
after the season's name, a day called the old one, a Korean question without its "?", a countdown asked, a day of a
year already past."""

from __future__ import annotations

import datetime as dt

from bot.season2.model import Milestone
from bot.season2.sources.headline_parts import read_headline
from tests.table import table

WRITTEN = dt.date(2027, 3, 2)


@table("headline", [
    "it just dropped. aouad s2 soon",
    "trailer just dropped!! aouad s2 coming soon",
    "it's out! All of Us Are Dead temporada 2 pronto",
    "udah keluar trailernya, All of Us Are Dead season 2 segera",
    "떴다!! 지우학2 곧",
])
def test_a_future_word_after_the_seasons_name_says_it_is_not_out(headline: str) -> None:
    assert Milestone.RELEASED not in {r.milestone for r in read_headline(headline, WRITTEN)}


def test_the_season_said_out_without_a_future_word_is_still_released() -> None:
    assert [r.milestone for r in read_headline("All of Us Are Dead season 2 is out", WRITTEN)] == [Milestone.RELEASED]


@table("headline", [
    "AOUAD S2 date: March 12 was the old one",
    "AOUAD S2 March 12 was the original date",
    "AOUAD S2: April 2 is the previous date",
    "AOUAD S2 the old date was March 12",
    "AOUAD S2 original release date: March 12",
])
def test_a_day_called_the_old_one_announces_nothing(headline: str) -> None:
    assert not read_headline(headline, WRITTEN)


def test_the_same_day_given_plainly_is_still_announced() -> None:
    assert read_headline("AOUAD S2 date: March 12", WRITTEN)


@table("headline", [
    "'지우학2' 6월 11일 베일 벗나",
    "'지우학2' 6월 11일 공개하나요",
    "'지우학2' 6월 11일 공개할까",
    "'지우학2' 6월 11일 나올까요 ㅠㅠ",
    "'지우학2' 6월 11일 공개되니",
])
def test_a_korean_question_ending_without_its_mark_announces_nothing(headline: str) -> None:
    assert not read_headline(headline, WRITTEN)


@table("headline", [
    "'지우학2' 6월 11일 공개",
    "'지우학2' 6월 11일 넷플릭스에서 만나요",  # 만나요 "see you", no question
])
def test_a_korean_day_said_plainly_is_still_announced(headline: str) -> None:
    assert read_headline(headline, WRITTEN)


@table("headline", [
    "'지우학2' D-35?",
    "'지우학2' 공개 D-35?",
    "'지우학2'…공개 D-35?",
    "지금 우리 학교는 시즌2 D-35? 설마",
])
def test_a_countdown_asked_as_a_question_announces_nothing(headline: str) -> None:
    assert not read_headline(headline, WRITTEN)


@table("headline", [
    "AOUAD S2 April 23 2022, 12am PT",
    "AOUAD S2 premieres March 12, 2026",
    "All of Us Are Dead season 2 January 28, 2022",
    "AOUAD S2 drops 28 January 2022",
])
def test_a_day_of_a_year_already_past_is_never_the_coming_release(headline: str) -> None:
    assert not [r for r in read_headline(headline, WRITTEN) if r.release_at is not None and r.release_at.date() < WRITTEN]


def test_a_day_whose_year_is_still_ahead_is_announced() -> None:
    assert read_headline("AOUAD S2 April 23 2027, 12am PT", WRITTEN)
