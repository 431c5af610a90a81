"""A fan correcting an hour on the clock they first named, a year, a Spanish weekday, Part 2's 第二部, or mixing our season up
with another show (bot/season2/sources/self_corrections.py; s2wild100, the rest in bench/data/season2_wild99.yaml)."""

from __future__ import annotations

import datetime as dt

from bot.season2.sources.self_corrections import self_corrected
from tests.season2.sources.post_readings import readings
from tests.stall import read_at_once
from tests.table import table

WRITTEN = dt.date(2027, 2, 1)


def _readings(post: str, written: dt.date = WRITTEN) -> set[str]:
    return readings(post, written, hours=True)


@table("post", [
    "aouad 2 tayang 19 maret jam 16.00 WIB eh maksudnya jam 15.00 WIB",
    "aouad 2 march 19 4pm KST, no wait 5pm KST = 1am PT",
    "今学校2 3月19日18時配信、いや17時配信！",
])
def test_an_hour_corrected_on_the_clock_first_named_keeps_the_last_hour(post: str) -> None:
    assert _readings(post) == {"release_date_announced reported 2027-03-19 08:00"}


def test_an_hour_corrected_onto_an_aftershow_keeps_the_first_hour() -> None:
    assert _readings("aouad 2 march 19 4pm KST / 3pm PH, i mean 5pm KST / 4pm PH is the aftershow") == {
        "release_date_announced reported 2027-03-19 07:00"}


@table("post", [
    "aouad 2 drops march 19 2028, i mean 2027 lmao",
    "aouad 2 march 19 2026, i mean 2027",
    "Ngôi Trường Xác Sống 2 ra mắt 19/3/2026 à nhầm 2027",
    "Todos Nós Estamos Mortos 2 dia 19 de março de 2026, quer dizer, 2027",
    "มัธยมซอมบี้ 2 ฉาย 19 มีนาคม 2569 เอ้ย 2570",
])
def test_a_year_corrected_after_its_day_reads_the_last_year(post: str) -> None:
    assert _readings(post) == {"release_date_announced reported 2027-03-19"}


@table("post", [
    "Estamos Muertos 2 el 19 de marzo, digo, se estrena el 12 de marzo Sweet Home 3 jaja",
    "殭屍校園2 3月19日上線，不對，3月12日上線的是弒獄 3",
])
def test_a_correction_naming_another_show_keeps_the_seasons_day(post: str) -> None:
    assert _readings(post) == {"release_date_announced reported 2027-03-19"}


def test_a_correction_to_a_month_and_day_is_no_other_show() -> None:
    assert _readings("Estamos Muertos 2 parte 2: 2 de abril, digo, 9 de abril") == {"part_dated reported 2027-04-09"}


@table(("post", "expected"), [
    ("Estamos Muertos 2 la parte 2 llega el jueves 8 de abril, digo, el viernes 9", "part_dated reported 2027-04-09"),
    ("Estamos Muertos 2 se estrena el jueves 18 de marzo, digo, el viernes 19", "release_date_announced reported 2027-03-19"),
])
def test_a_spanish_weekday_and_bare_day_after_a_correction_give_the_day(post: str, expected: str) -> None:
    assert _readings(post) == {expected}


@table("post", ["僵尸校园2 第二部4月2日上线，不对，4月9日", "僵尸校园2 第二部4月9日上线"])
def test_di_er_bu_after_the_seasons_own_2_is_part_2(post: str) -> None:
    assert _readings(post) == {"part_dated reported 2027-04-09"}


@table("post", [
    "akala ko march 12 yung aouad 2, march 19 pala 😭",
    "akala ko aouad 2 march 12, march 19 pala",  # (was the 12th, the day only thought)
])
def test_a_day_thought_then_another_found_in_tagalog_reads_the_day_found(post: str) -> None:
    assert _readings(post) == {"release_date_announced reported 2027-03-19"}


def test_a_day_found_asked_about_in_tagalog_takes_nothing_back() -> None:
    assert "release_date_announced reported 2027-03-19" not in _readings("akala ko aouad 2 march 12, march 19 pala?")


@table("post", ["지우학2 3월 19일 오후 6시 공개 아니 오후 5시 공개", "aouad 2 march 19 5pm KST, i mean 5pm KST is 4pm for us in PH"])
def test_an_afternoon_hour_corrected_in_korean_keeps_the_last_hour(post: str) -> None:
    assert _readings(post) == {"release_date_announced reported 2027-03-19 08:00"}


def test_an_hour_corrected_onto_a_stage_greeting_takes_the_seasons_hour_back_never() -> None:
    assert "release_date_announced reported 2027-03-19 09:00" not in _readings("지우학2 3월 19일 오후 5시 공개 아니 오후 6시는 무대인사")


@table(("post", "expected"), [
    ("殭屍校園2 3月12日上線，不對，3月19日是星期5", "release_date_announced reported 2027-03-19"),
    ("殭屍校園2 3月12日上線，不對，3月19日是禮拜5", "release_date_announced reported 2027-03-19"),
    ("aouad 2 part 2 april 2, i mean april 9, Ep 7-12", "part_dated reported 2027-04-09"),
    ("aouad 2 march 12, i mean march 19, Pt 2 april 9", "release_date_announced reported 2027-03-19"),
])
def test_a_weekday_an_episode_or_a_part_after_a_correction_is_no_other_show(post: str, expected: str) -> None:
    assert _readings(post) == {expected}


@table(("post", "taken_back"), [
    ("aouad 2 part 2 april 2, i mean april 9 Eps 7 to 12", "part_dated reported 2027-04-02"),
    ("aouad 2 march 12, i mean march 19 Top 3 on netflix for sure", "release_date_announced reported 2027-03-12"),
    ("aouad 2 march 12, i mean march 19 Day 2 of the fan meet", "release_date_announced reported 2027-03-12"),
    ("aouad 2 march 12, i mean March 19 KST 5", "release_date_announced reported 2027-03-12"),
])
def test_a_count_or_a_clock_after_a_corrected_day_never_brings_the_first_day_back(post: str, taken_back: str) -> None:
    assert taken_back not in _readings(post)


def test_another_show_given_its_own_day_after_a_correction_keeps_the_corrected_day() -> None:
    assert _readings("aouad 2 march 12, i mean march 19, Squid Game 3 is the 12th") == {
        "release_date_announced reported 2027-03-19"}


def test_a_correction_onto_a_title_numbered_by_class_is_another_show() -> None:
    assert _readings("aouad 2 march 19, i mean march 12 thats Weak Hero Class 2") == {"release_date_announced reported 2027-03-19"}


@table("post", [
    "akala ko march 12 yung aouad 2, march 19 na pala",
    "akala ko march 12 yung aouad 2, yun pala march 19",
    "aouad 2 march 12, ay mali, 19 na pala",
    "aouad 2 march 12, ay mali, march 19 na pala",
])
def test_a_day_found_with_na_pala_or_yun_pala_in_tagalog_reads_the_day_found(post: str) -> None:
    assert _readings(post) == {"release_date_announced reported 2027-03-19"}


@table("post", ["akala ko march 12 yung aouad 2, yun pala march 19?", "aouad 2 march 12, ay mali, 19 na pala?"])
def test_a_day_found_asked_about_with_na_pala_or_yun_pala_is_never_read(post: str) -> None:
    assert "release_date_announced reported 2027-03-19" not in _readings(post)


def test_a_post_of_thousands_of_corrections_has_its_corrections_read_at_once() -> None:
    self_corrected("aouad 2 march 12, ay mali, 19 pala " * 3)  # (the patterns compiled first)
    with read_at_once():  # (was 1.1 s, growing as its square)
        self_corrected(("aouad 2 march 12, ay mali, 19 pala " * 300)[:8000])
