"""A headline that only takes a day back ("not on Feb. 12 as previously reported", "Netflix denies Feb.
12 release", "2월 12일 공개 사실무근") names the day it denies, and no new one
(bot/season2/sources/headline_denials.py)."""

from __future__ import annotations

import datetime as dt

from bot.season2.model import Milestone, Standing
from bot.season2.sources.headline_denials import denied_day
from bot.season2.sources.rss import FeedItem, claims_from_items
from tests.table import table

WRITTEN = dt.date(2027, 2, 1)
FEB_12 = dt.date(2027, 2, 12)


@table("headline", [
    "[CORRECTION] All of Us Are Dead Season 2 not on Feb. 12 as previously reported",
    "Netflix denies All of Us Are Dead Season 2 Feb. 12 release",
    "All of Us Are Dead Season 2 won't premiere on Feb. 12 after all",
    "All of Us Are Dead Season 2 is no longer premiering Feb. 12",
    "All of Us Are Dead Season 2 release date of Feb. 12 was false, Netflix says",
    "Netflix shoots down All of Us Are Dead Season 2 February 12 premiere report",
    "'지금 우리 학교는' 시즌2 2월 12일 공개 사실무근",
    "'지금 우리 학교는' 시즌2 12일 공개설 부인",
    "[정정] '지금 우리 학교는' 시즌2 2월 12일 공개 아냐",
    "넷플릭스, '지금 우리 학교는' 시즌2 2월 12일 공개 보도 부인",
    "'지금 우리 학교는' 시즌2 측 \"2월 12일 공개 확정 아냐\"",
    # (s2wild38: the season said not to be a day; a Japanese day quoted 「」 then called untrue; Chinese online talk called untrue)
    "Netflix says All of Us Are Dead Season 2 is not Feb. 12",
    "『今、私たちの学校は』シーズン2の「2月12日配信」という情報は事実ではありません。",
    "『今、私たちの学校は...』シーズン2の「2月12日配信」は事実ではありません。",  # (s2wild41) no という情報 between
    "「2月12日配信」はデマです！Netflix公式が否定しました #今私2",
    "网传《僵尸校园2》2月12日上线消息不实，网飞方面已辟谣",
    "Netflix denies AOUAD 2 Part 1 Feb. 12 date",  # (s2wild63) the first part's day is the season's
    "网传僵尸校园2 2月12日上线，假的，官方还没公布",  # (s2wild93) a bare 假的 in its own clause after the online talk
    "网传《僵尸校园2》2月12日上线，消息不属实",  # (s2wild93, was no reading: test_wild34_forms' row) the word of it untrue
])
def test_a_day_taken_back_is_read(headline: str) -> None:
    assert denied_day(headline, WRITTEN) == FEB_12


@table("headline", [
    "All of Us Are Dead Season 2 is not delayed, still premieres Feb. 12",
    "Netflix denies All of Us Are Dead Season 2 delay rumours; premiere stays Feb. 12",
    "All of Us Are Dead Season 2 premieres Feb. 19, not Feb. 12",
    "Will All of Us Are Dead Season 2 not premiere on Feb. 12?",
    "All of Us Are Dead Season 2 trailer not out Feb. 12 as planned",
    "All of Us Are Dead star denies Feb. 12 wedding rumours",
    "All of Us Are Dead Season 2 reportedly not on Feb. 12",
    "'지금 우리 학교는' 시즌2 공개일 미정",
    "'지금 우리 학교는' 시즌2 2월 12일 공개 아직 확정 안 돼",  # not yet: a rumour's word, no denial
    # review50b: a falsehood negated affirms ("not a lie"), never denies the day after it
    "aouad 2 moved to feb, not a lie. new date feb 12",
    "aouad s2 is not a joke, Feb. 12 it is",
    # s2wild63: a later part's day denied takes back neither the season's day nor the part's
    "Netflix denies AOUAD 2 Part 2 Feb. 12 date", "넷플릭스 측 \"지금 우리 학교는2 파트2 2월 12일 공개 사실무근\"",
    "Netflix denies the Feb. 12 Part 2 date for AOUAD 2",  # (s2wild64) the part's day said before its label
    "no, part 2 of aouad 2 is NOT feb. 12", "fake: aouad 2 part 2 feb 12 ❌",  # (s2wild68) a fan's no to a Part 2 day
    "nope, part 2 of all of us are dead 2 is not on feb. 12, that's fake",
    # s2wild74: Netflix's day unconfirmed is no denial unless what gave it is called false, of ours
    "netflix hasn't confirmed feb 12 for aouad 2 yet", "netflix never confirmed feb 12 for kingdom 3, that poster is fake",
])
def test_a_headline_that_takes_no_release_day_back_denies_none(headline: str) -> None:
    assert denied_day(headline, WRITTEN) is None


def test_a_denial_in_a_feed_is_a_claim_kept_refuted_that_gives_no_date() -> None:
    item = FeedItem("Netflix denies All of Us Are Dead Season 2 Feb. 12 release", None, "variety.com", WRITTEN)
    (claim,), _ = claims_from_items([item], WRITTEN)
    assert claim.milestone is Milestone.RELEASE_DATE_ANNOUNCED
    assert claim.standing is Standing.REFUTED  # never counts for the day it denies
    assert claim.release_at is not None and claim.release_at.date() == FEB_12


@table("headline", [
    "All of Us Are Dead Season 2's reported Feb. 12 premiere date is wrong",
    "All of Us Are Dead Season 2 Feb. 12 release listing was inaccurate",
    "Netflix itinanggi ang Feb 12 na release ng AOUAD 2",  # (Tagalog: denied, s2wild58)
    "netflix never confirmed feb 12 for aouad 2, that poster is fake",  # (s2wild74: unconfirmed and called fake)
    "netflix did NOT confirm feb 12 for aouad 2, stop spreading it",
])
def test_a_day_called_wrong_is_denied_never_reported(headline: str) -> None:
    item = FeedItem(headline, None, "cbr.com", WRITTEN)
    (claim,), _ = claims_from_items([item], WRITTEN)
    assert claim.standing is Standing.REFUTED and claim.release_at is not None and claim.release_at.date() == FEB_12


@table("headline", [
    "Netflix denies All of Us Are Dead Season 2 12 February 2027 release",
    "All of Us Are Dead Season 2 Feb. 12 release listing was inaccurate",
    "Netflix denies All of Us Are Dead Season 2 February 12 release",
])
def test_the_seasons_number_and_the_year_are_not_the_day(headline: str) -> None:
    assert denied_day(headline, WRITTEN) == FEB_12


@table(("headline", "day"), [
    ("the 2/19 aouad s2 date is NOT real", dt.date(2027, 2, 19)),  # plain order
    ("aouad s2 coming out 2/12 was fake news btw", dt.date(2027, 2, 12)),  # 12 Feb near, 2 Dec not
])
def test_a_fans_slashed_day_is_denied_when_one_reading_is_near(headline: str, day: dt.date) -> None:
    assert denied_day(headline, WRITTEN) == day


def test_a_slashed_day_both_of_whose_readings_are_far_is_not_denied() -> None:
    assert denied_day("the 5/6 aouad s2 date is fake", WRITTEN) is None  # 6 May or 5 June: both months off


@table("headline", [
    "'지금 우리 학교는2' 2월 12일 공개? 넷플릭스 \"사실 아냐\"",
    "All of Us Are Dead Season 2 premieres Feb. 12? Netflix says it's not true",
    # talk of the day named as such, then Netflix's no after a comma, a colon, a "but" (s2wild57)
    "rumour said aouad 2 on feb 12, netflix korea says no 🙃",
    "'지금 우리 학교는2' 2월 12일 공개설…넷플릭스 \"사실 아냐\"",
    "网传《僵尸校园2》2月12日上线，网飞辟谣：不实",
    "Se rumoreaba el 12 de febrero para Estamos muertos 2, pero Netflix lo desmiente",
    "Boato de Estamos Mortos 2 em 12 de fevereiro? A Netflix disse que não",
    "Rumor AOUAD 2 rilis 12 Februari dibantah Netflix",
    "Gerücht: All of Us Are Dead 2 am 12. Februar? Netflix sagt nein",
    "Voce: Non siamo più vivi 2 il 12 febbraio. Netflix: no",
    "rumour said aouad 2 on feb 12, netflix says no, it's kingdom 3's week",  # (a tail naming no day of its own)
])
def test_a_day_asked_about_and_answered_no_is_taken_back(headline: str) -> None:
    assert denied_day(headline, WRITTEN) == FEB_12


@table("headline", [
    "All of Us Are Dead Season 2 premieres Feb. 12? No way!!",
    "All of Us Are Dead Season 2 trailer Feb. 12? Netflix says no",  # the trailer's day
    "All of Us Are Dead Season 2 premieres Feb. 12? No, Feb. 19",
    "rumour says aouad 2 feb 12, netflix says no comment",  # (no answer)
    "rumour said aouad 2 on feb 12, netflix says feb 19",  # (a new day)
])
def test_a_question_not_answered_no_about_the_release_takes_nothing_back(headline: str) -> None:
    assert denied_day(headline, WRITTEN) is None


def test_an_earlier_versions_day_noted_by_the_outlet_is_taken_back() -> None:
    headline = ("[CORRECTION] An earlier version of this story said All of Us Are Dead Season 2 arrives Feb. 19; "
                "the date has not been announced")
    assert denied_day(headline, WRITTEN) == dt.date(2027, 2, 19)


def test_an_earlier_versions_day_beside_the_new_one_is_no_denial_alone() -> None:
    headline = "An earlier version of this article said All of Us Are Dead Season 2 arrives Feb. 19; it arrives Feb. 26"
    assert denied_day(headline, WRITTEN) is None


def test_a_denial_followed_by_an_explainer_tail_still_takes_its_day_back() -> None:
    headline = "No, All of Us Are Dead Season 2 Won't Premiere April 2: Here's Why the Rumour Spread"
    assert denied_day(headline, dt.date(2027, 3, 1)) == dt.date(2027, 4, 2)


_STANDING_AFTER_A_DENIAL = [
    "넷플릭스 측 \"'지우학2' 4월 23일 조기 공개? 사실무근…30일 그대로\"",
    "'지우학2' 4월 23일 조기 공개 사실무근…예정대로 30일 공개",
]


@table("headline", _STANDING_AFTER_A_DENIAL)
def test_a_day_denied_before_the_day_that_stands_is_taken_back(headline: str) -> None:
    assert denied_day(headline, dt.date(2027, 3, 11)) == dt.date(2027, 4, 23)


@table("headline", _STANDING_AFTER_A_DENIAL)
def test_the_day_that_stands_after_a_denial_is_read_as_the_release_day(headline: str) -> None:
    written = dt.date(2027, 3, 11)
    claims, _ = claims_from_items([FeedItem(headline, None, "sportschosun.com", written)], written)
    standing = [(c.milestone, c.release_at.date()) for c in claims if c.standing is Standing.STANDING and c.release_at]
    assert standing == [(Milestone.RELEASE_DATE_ANNOUNCED, dt.date(2027, 4, 30))]


def test_a_day_denied_with_nothing_said_to_stand_reads_no_release_day() -> None:
    written = dt.date(2027, 3, 11)
    claims, _ = claims_from_items([FeedItem("'지우학2' 4월 23일 조기 공개? 사실무근…30일 발표", None, "x.kr", written)], written)
    assert not [c for c in claims if c.standing is Standing.STANDING]
