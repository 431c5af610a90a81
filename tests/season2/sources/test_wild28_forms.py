"""Forms found by bench set wild28 (stop 40): the season out in Italian, Polish, Turkish, Malay, Tagalog, Hinglish, Thai,
Chinese and Korean fans' words, delays to a day in Italian and Turkish, hours on India's, Taiwan's, Brasília's and
Thailand's clocks, a fan's zoned "tonight at midnight pacific", a day posted with its hours by zone, "it just dropped",
a day said to still stand after delay reports called false, a Korean countdown closing a headline, leaked material that
shows a day, a Polish fan-made poster, and closing questions to fans. Variants of the set's items, not the items
themselves."""

from __future__ import annotations

import datetime as dt

from bot.season2.model import Standing
from bot.season2.sources.headline_parts import read_headline
from bot.season2.sources.rss import FeedItem, claims_from_items
from tests.table import table

RELEASE_DAY = dt.date(2027, 5, 7)  # a Friday
EARLIER = dt.date(2027, 3, 2)  # a Tuesday


def _read(headline: str, written: dt.date = EARLIER) -> set[tuple[str, str, str | None]]:
    """Each reading as (milestone, confidence, its moment in UTC or window's label)."""
    return {(r.milestone.value, r.confidence.value,
             r.release_at.astimezone(dt.UTC).strftime("%Y-%m-%d %H:%M") if r.release_at
             else (r.window.label if r.window else None))
            for r in read_headline(headline, written)}


@table("headline", [
    "All of Us Are Dead stagione 2 è disponibile su Netflix",
    "Wszyscy jesteśmy martwi sezon 2 już dostępny!",
    "Hepimiz Öldük ikinci sezon Netflix'te yayında",
    "AOUAD S2 kini di Netflix, jom tengok",
    "All of Us Are Dead 2 aa gayi hai, raat bhar binge 🍿",
    "Labas na AOUAD 2!! tara nood",
    "All of Us Are Dead 2 สตรีมแล้ว",
])
def test_the_season_out_is_read_in_more_languages(headline: str) -> None:
    assert _read(headline, RELEASE_DAY) == {("released", "reported", None)}


@table("headline", [
    "All of Us Are Dead 2 è disponibile su Netflix dal 14 maggio",
    "Wszyscy jesteśmy martwi 2 dostępny od 14 maja",
    "Hepimiz Öldük 2. sezon 14 Mayıs'ta yayında",
])
def test_available_from_a_day_to_come_is_not_the_season_out(headline: str) -> None:
    assert all(milestone != "released" for milestone, _, _ in _read(headline, RELEASE_DAY))


@table("headline", [
    "All of Us Are Dead 2 slitta al 14 maggio",
    "All of Us Are Dead 2 rinviata a 14 maggio per gli effetti visivi",
    "Hepimiz Öldük 2. sezon 14 Mayıs'a ertelendi",
])
def test_an_italian_or_turkish_delay_to_a_day_is_a_delay_to_that_day(headline: str) -> None:
    assert _read(headline) == {("delayed", "reported", "2027-05-14 00:00")}


def test_an_ist_hour_in_a_hinglish_post_is_on_indias_clock() -> None:
    assert _read("All of Us Are Dead 2 14 May ko aa rahi hai, 12:30 PM IST") == {
        ("release_date_announced", "reported", "2027-05-14 07:00")}


def test_a_chinese_hour_on_taiwan_time_is_read_at_utc_plus_8() -> None:
    assert _read("《殭屍校園》第二季確定5月14日下午3點上線（台灣時間）") == {
        ("release_date_announced", "reported", "2027-05-14 07:00")}


def test_a_brasilia_hour_in_brackets_keeps_its_zone() -> None:
    assert _read("All of Us Are Dead 2 chega 14 de maio às 4h (horário de Brasília)") == {
        ("release_date_announced", "reported", "2027-05-14 07:00")}


def test_a_thai_hour_on_thai_time_this_friday_is_that_fridays_drop() -> None:
    assert _read("มัธยมซอมบี้ 2 ศุกร์นี้ 14.00 น. ตามเวลาไทย", dt.date(2027, 5, 4)) == {
        ("release_date_announced", "reported", "2027-05-07 07:00")}


@table("headline", ["《僵尸校园》第二季已上线", "《殭屍校園2》今天上線了"])
def test_a_chinese_post_saying_it_is_up_is_the_season_out(headline: str) -> None:
    assert _read(headline, RELEASE_DAY) == {("released", "reported", None)}


def test_a_chinese_rumour_of_the_first_half_is_that_window_as_a_rumour() -> None:
    assert _read("《殭屍校園》第二季據傳2027年上半年上線", dt.date(2026, 12, 10)) == {
        ("release_window", "rumour", "the first half of 2027")}


def test_tonight_with_a_zoned_midnight_is_the_drop_at_the_next_days_start() -> None:
    assert _read("aouad s2 tonight at midnight pacific!!", dt.date(2027, 5, 6)) == {
        ("release_date_announced", "reported", "2027-05-07 07:00")}


def test_tonight_alone_is_no_release_day() -> None:
    assert _read("aouad s2 tonight lol", dt.date(2027, 5, 6)) == set()


def test_a_day_posted_with_its_hours_by_zone_is_the_drop_at_the_first_hour() -> None:
    assert _read("All of Us Are Dead S2 May 14, 12am PT / 8am BST / 4pm KST") == {
        ("release_date_announced", "reported", "2027-05-14 07:00")}


def test_it_just_dropped_is_the_season_out() -> None:
    assert _read("IT JUST DROPPED!!! aouad s2 go go go", RELEASE_DAY) == {("released", "reported", None)}


def test_the_season_dropping_a_poster_is_not_the_season_out() -> None:
    assert _read("aouad s2 just dropped a new poster", RELEASE_DAY) == set()


def test_korean_fans_distribution_started_is_the_season_out() -> None:
    assert _read("지우학2 배포 시작됨 ㅠㅠ", RELEASE_DAY) == {("released", "reported", None)}


def test_distribution_starting_at_an_hour_to_come_is_not_the_season_out() -> None:
    assert all(milestone != "released" for milestone, _, _ in _read("지우학2 14일 오후 4시 배포 시작"))


def test_a_day_that_still_stands_after_delay_reports_called_false_is_that_day() -> None:
    assert _read("reports of an AOUAD S2 delay are false, may 14 still stands") == {
        ("release_date_announced", "reported", "2027-05-14 00:00")}


def test_a_korean_countdown_closing_a_trailer_headline_counts_to_the_release() -> None:
    assert _read("'지금 우리 학교는2' 2차 예고편 공개…D-10", dt.date(2027, 5, 4)) == {
        ("trailer", "reported", None), ("release_date_announced", "reported", "2027-05-14 00:00")}


def test_leaked_material_showing_a_day_is_a_rumour_of_that_day() -> None:
    assert _read("leaked AOUAD S2 screenshot shows May 14 on Netflix 👀") == {
        ("release_date_announced", "rumour", "2027-05-14 00:00")}


def test_a_polish_fan_made_poster_takes_its_day_back() -> None:
    item = FeedItem("Ten plakat z 14 maja dla Wszyscy jesteśmy martwi 2 to fejk", None, "x.com", EARLIER, False)
    claims, _ = claims_from_items([item], EARLIER)
    assert [(c.standing, c.release_at.date() if c.release_at else None) for c in claims] == [
        (Standing.REFUTED, dt.date(2027, 5, 14))]


def test_a_closing_question_for_the_release_date_leaves_the_teaser_out() -> None:
    assert _read("aouad s2 teaser is here!! release date when??") == {("teaser", "reported", None)}


def test_a_closing_question_for_the_release_date_after_a_day_claims_nothing() -> None:
    assert _read("aouad s2 may 14!! release date when??") == set()


def test_a_closing_question_to_fans_who_watched_it_leaves_the_season_out() -> None:
    assert _read("All of Us Are Dead Season 2 is out now! who's watched it already?", RELEASE_DAY) == {
        ("released", "reported", None)}
