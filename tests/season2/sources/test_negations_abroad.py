"""A post abroad that says the season is NOT out or dated, or asks whether it is, announces nothing (review40): the
negations and questions of the languages whose "out" and "premieres" words the readers learned at stop 40."""

from __future__ import annotations

import datetime as dt

from bot.season2.sources.headline_parts import read_headline
from tests.table import table

WRITTEN = dt.date(2027, 3, 2)


@table("headline", [
    "All of Us Are Dead stagione 2 non è disponibile su Netflix",  # Italian: is not available
    "All of Us Are Dead stagione 2 non slitta al 7 maggio",  # Italian: is not put off to
    "Wszyscy jesteśmy martwi sezon 2 nie jest dostępny",  # Polish: is not available
    "Hepimiz Öldük ikinci sezon Netflix'te yayında değil",  # Turkish: is not on Netflix
    "All of Us Are Dead 2 abhi nahi aa gayi",  # Hinglish: has not come yet
    "مسلسل All of Us Are Dead الموسم الثاني لن يعرض في 14 مايو 2027",  # Arabic: will not be shown on
    "هل سيعرض All of Us Are Dead الموسم الثاني في 14 مايو؟",  # Arabic: will it be shown on …?
    "All of Us Are Dead 2 ดูได้แล้วหรือยัง",  # Thai: can it be watched yet?
    "All of Us Are Dead 2 เข้าฉาย 14 พฤษภาคม 2570 ไหม",  # Thai: does it come out on …?
])
def test_a_negated_or_asked_post_abroad_announces_nothing(headline: str) -> None:
    assert not read_headline(headline, WRITTEN)


@table("headline", [
    "All of Us Are Dead stagione 2 è disponibile su Netflix",
    "Wszyscy jesteśmy martwi sezon 2 już dostępny!",
    "Hepimiz Öldük ikinci sezon Netflix'te yayında",
    "All of Us Are Dead 2 ดูได้แล้ววันนี้",
    "مسلسل All of Us Are Dead الموسم الثاني سيعرض في 14 مايو 2027",
])
def test_the_same_post_said_plainly_still_announces(headline: str) -> None:
    assert read_headline(headline, WRITTEN)


@table("headline", [
    "僵尸校园2 今天上线了吗",  # Chinese: is it up today? (吗 asks, no question mark)
    "僵尸校园2 已上线嗎",  # Chinese: is it up?
    "今学2 6月11日配信開始ですか",  # Japanese: does it start on June 11?
])
def test_a_chinese_or_japanese_question_without_its_mark_announces_nothing(headline: str) -> None:
    assert not read_headline(headline, WRITTEN)


def test_a_korean_post_saying_the_upload_has_not_started_announces_nothing() -> None:
    assert not read_headline("'지우학2' 배포 시작 안 됨", WRITTEN)
    assert read_headline("'지우학2' 배포 시작됨", WRITTEN)


def test_a_day_posted_with_its_hours_by_zone_and_a_question_mark_announces_nothing() -> None:
    assert not read_headline("AOUAD S2 April 23, 12am PT / 3am ET / 8am BST?", WRITTEN)
    assert read_headline("AOUAD S2 April 23, 12am PT / 3am ET / 8am BST", WRITTEN)
