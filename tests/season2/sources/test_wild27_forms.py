"""Forms found by bench set wild27 (stop 40): a quarter written abroad ("Kuartal II 2027", "segundo trimestre", "ไตรมาส 2"),
a premiere brought forward abroad (adelanta, antecipada, avancée, dimajukan, "eine Woche früher", เลื่อนเร็วขึ้น, 前倒し),
posts in Arabic, a Japanese day's 配信開始 (to come, not out), Korean time counted since the wrap (a recollection), hearsay
said without its "i" ("heard …", "a friend of a friend"), a fan's own call ("calling it now"), the season's "date is
official: <day>", Korean "6.11(금)", Vietnamese "chốt lịch" and "tháng 6 năm nay", German "am 11. Juni" and "im Juni",
Thai "เข้าฉาย", Portuguese "está no ar", Spanish "T2" and "El viernes se estrena". Variants of the set's items, not the
items themselves."""

from __future__ import annotations

import datetime as dt

from bot.season2.sources.headline_parts import read_headline
from tests.table import table

WRITTEN = dt.date(2027, 1, 20)  # a Wednesday


def _read(headline: str, written: dt.date = WRITTEN) -> set[tuple[str, str, str | None]]:
    """Each reading as (milestone, confidence, its day or window's label)."""
    return {(r.milestone.value, r.confidence.value,
             r.release_at.date().isoformat() if r.release_at else (r.window.label if r.window else None))
            for r in read_headline(headline, written)}


@table("headline", [
    "All of Us Are Dead 2 Tayang Kuartal II 2027",
    "All of Us Are Dead 2 llega en el segundo trimestre de 2027",
    "All of Us Are Dead Staffel 2 startet im zweiten Quartal 2027",
    "All of Us Are Dead 2 ฉายไตรมาส 2 ปี 2570",
])
def test_a_quarter_written_abroad_is_that_quarter_not_its_whole_year(headline: str) -> None:
    assert _read(headline) == {("release_window", "reported", "Q2 2027")}


@table("headline", [
    "Estamos Muertos 2 se adelanta al 2 de abril",
    "All of Us Are Dead 2 antecipa a estreia para 2 de abril",
    "All of Us Are Dead saison 2 est avancée au 2 avril",
    "All of Us Are Dead 2 dimajukan ke 2 April",
    "All of Us Are Dead Staffel 2 startet eine Woche früher: neuer Starttermin 02.04.",
    "All of Us Are Dead 2 เลื่อนเร็วขึ้นเป็น 2 เม.ย.",
    "今学2、配信日が4月9日から4月2日に前倒し",
])
def test_a_premiere_brought_forward_abroad_is_the_release_day_changed_to_the_new_day(headline: str) -> None:
    assert _read(headline) == {("release_date_changed", "reported", "2027-04-02")}


def test_an_arabic_post_of_the_season_and_its_day_is_the_release_day() -> None:
    assert _read("رسميًا: الموسم الثاني من All of Us Are Dead يعرض في 9 أبريل") == {
        ("release_date_announced", "reported", "2027-04-09")}


def test_an_arabic_post_of_the_first_half_is_that_window() -> None:
    assert _read("مسلسل All of Us Are Dead الموسم الثاني سيعرض في النصف الأول من 2027") == {
        ("release_window", "reported", "the first half of 2027")}


def test_a_japanese_day_then_streaming_starts_is_a_day_to_come_not_the_release() -> None:
    assert _read("『今、私たちの学校は…』シーズン2 4/9(金)より配信開始") == {("release_date_announced", "reported", "2027-04-09")}


def test_a_japanese_post_by_the_fans_short_name_is_read() -> None:
    assert _read("今学2明日配信") == {("release_date_announced", "reported", "2027-01-21")}


@table("headline", ["지우학2 촬영 끝난 지 11개월째… 소식 없음", "지우학2 크랭크업한 지 1년 됐네"])
def test_time_counted_since_the_wrap_in_korean_is_no_wrap_news(headline: str) -> None:
    assert _read(headline) == set()


@table("headline", [
    "heard aouad s2 is april 9",
    "aouad s2 is april 9 according to a friend of a friend",
])
def test_hearsay_without_its_i_is_a_rumour_of_that_day(headline: str) -> None:
    assert _read(headline) == {("release_date_announced", "rumour", "2027-04-09")}


@table("headline", ["calling it now: aouad s2 drops april 9", "mark my words, aouad s2 on april 9"])
def test_a_fans_own_call_of_a_day_claims_nothing(headline: str) -> None:
    assert _read(headline) == set()


@table("headline", ["AOUAD S2 date is official now: Fri 9 April", "aouad s2 date: april 9"])
def test_the_seasons_date_said_then_a_day_is_the_release_day(headline: str) -> None:
    assert _read(headline) == {("release_date_announced", "reported", "2027-04-09")}


def test_the_date_of_something_else_then_a_day_is_no_release_day() -> None:
    assert _read("aouad s2 filming date: april 9") == set()


def test_a_korean_dotted_day_before_its_weekday_is_that_day() -> None:
    assert _read("지우학2 공개일 4.9(금)") == {("release_date_announced", "reported", "2027-04-09")}


@table("headline", [
    "Ngôi trường xác sống 2 chốt lịch 9.4 trên Netflix",
    "All of Us Are Dead 2 am 9. April auf Netflix",
    "All of Us Are Dead 2 เข้าฉาย 9 เม.ย. ทาง Netflix",
    "Estamos Muertos T2 ya tiene fecha: 09/04",
])
def test_a_day_set_in_the_words_of_vietnamese_german_thai_and_spanish_fans_is_the_release_day(headline: str) -> None:
    assert _read(headline) == {("release_date_announced", "reported", "2027-04-09")}


@table("headline", ["Ngôi trường xác sống 2 xác nhận lên sóng tháng 4 năm nay",
                                      "All of Us Are Dead: Staffel 2 kommt im April"])
def test_a_month_this_year_abroad_is_that_month(headline: str) -> None:
    assert _read(headline) == {("release_window", "reported", "April 2027")}


def test_a_spanish_el_viernes_is_the_coming_friday() -> None:
    assert _read("El viernes se estrena Estamos Muertos 2") == {("release_date_announced", "reported", "2027-01-22")}


@table("headline", ["JÁ ESTÁ NO AR! All of Us Are Dead 2 na Netflix",
                                      "All of Us Are Dead 2 ดูได้แล้ววันนี้ทาง Netflix"])
def test_on_air_now_in_portuguese_and_thai_is_the_release(headline: str) -> None:
    assert _read(headline) == {("released", "reported", None)}


@table("headline", ["'지금 우리 학교는' 시즌2, 4월 9일 베일 벗는다", "지우학2 4월 9일 베일"])
def test_the_season_unveiled_on_a_day_in_korean_press_words_is_its_release_day(headline: str) -> None:
    assert _read(headline) == {("release_date_announced", "reported", "2027-04-09")}


def test_the_season_unveiled_in_a_window_in_korean_press_words_is_that_window() -> None:
    assert _read("'지금 우리 학교는2' 올해 상반기 베일") == {("release_window", "reported", "the first half of 2027")}


def test_a_taglish_day_for_the_season_is_its_release_day() -> None:
    assert _read("OMG April 9 na ang AOUAD 2!!!") == {("release_date_announced", "reported", "2027-04-09")}


def test_a_taglish_count_of_weeks_left_is_the_day_that_many_weeks_from_the_post() -> None:
    assert _read("11 weeks na lang AOUAD 2 na!!!") == {("release_date_announced", "reported", "2027-04-07")}
