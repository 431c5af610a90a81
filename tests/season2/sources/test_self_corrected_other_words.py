"""A fan's correction ended by a laugh or a copula, between two relative days, towards no day at all, towards an event's day
only, of the platform or the hour; a day others said then the day "pala"; two runs of episodes after their days; "no, netflix
said"; a trailer's day then the season's own clause (bot/season2/sources/self_corrections.py and the readers nearby; s2wild102,
the rest in bench/data/season2_wild100.yaml)."""

from __future__ import annotations

import datetime as dt

from bot.season2.sources.self_corrections import self_corrected
from tests.season2.sources.post_readings import readings
from tests.stall import read_at_once
from tests.table import table

WRITTEN = dt.date(2027, 2, 1)


def _readings(post: str, written: dt.date = WRITTEN) -> set[str]:
    return readings(post, written)


@table("post", [
    "Estamos Muertos 2 llega el sábado 20 de marzo, digo, viernes 19 jaja",
    "Todos Nós Estamos Mortos 2 dia 12 de março, quer dizer, dia 19 kkkk",
])
def test_a_bare_day_given_before_a_laugh_in_spanish_or_portuguese_is_the_day_read(post: str) -> None:
    assert _readings(post) == {"release_date_announced reported 2027-03-19"}


@table("post", [
    "今学校2 3月12日配信…じゃなくて19日でした🙏",
    "今学校2 3月12日配信！いや19日です",
])
def test_a_japanese_bare_day_given_before_its_copula_keeps_the_release_verb(post: str) -> None:
    assert _readings(post) == {"release_date_announced reported 2027-03-19"}


@table("post", [
    "Estamos Muertos 2 se estrena mañana, digo, pasado mañana",
    "Todos Nós Estamos Mortos 2 estreia amanhã, quer dizer, depois de amanhã",
])
def test_tomorrow_corrected_to_the_day_after_reads_the_day_after(post: str) -> None:
    assert _readings(post, dt.date(2027, 3, 17)) == {"release_date_announced reported 2027-03-19"}


@table("post", [
    "网传僵尸校园2 3月12日上线，不对，官方还没定档",
    "aouad 2 march 12, i mean no date yet",
])
def test_a_day_taken_back_for_no_date_yet_reads_nothing(post: str) -> None:
    assert _readings(post, dt.date(2027, 1, 10)) == set()


def test_a_day_corrected_to_only_the_trailers_reads_the_trailer_alone() -> None:
    assert _readings("Ngôi Trường Xác Sống 2 ra mắt 19/3, à nhầm, 19/2 là trailer thôi") == {"trailer reported"}


def test_a_day_corrected_to_the_trailers_without_only_keeps_the_seasons_day() -> None:
    assert _readings("Ngôi Trường Xác Sống 2 ra mắt 19/3, à nhầm, 19/2 là trailer") == {
        "release_date_announced reported 2027-03-19"}


@table("post", [
    "sabi nila march 12 ang aouad 2 pero march 19 pala talaga",
    "aouad 2 12 march daw sabi ng tiktok, 19 march pala 😅",
])
def test_a_day_others_said_then_the_day_pala_reads_the_day_found(post: str) -> None:
    assert _readings(post) == {"release_date_announced reported 2027-03-19"}


def test_a_day_others_said_then_another_shows_pala_reads_nothing() -> None:
    assert _readings("sabi nila march 12 ang aouad 2, sweet home 3 pala") == set()


@table("post", [
    "aouad 2: march 19 Eps 1 to 6, april 9 Eps 7 to 12 🧟",
    "aouad 2 march 19 eps 1-6, april 9 eps 7-12",
])
def test_two_runs_of_episodes_each_after_its_day_are_the_two_parts(post: str) -> None:
    assert _readings(post) == {"release_date_announced reported 2027-03-19", "part_dated reported 2027-04-09"}


def test_two_runs_of_episodes_with_a_gap_between_them_are_no_parts() -> None:
    assert "part_dated reported 2027-04-09" not in _readings("aouad 2 march 19 eps 1-6, april 9 eps 8-12")


def test_a_day_said_with_daw_then_thousands_of_spaces_reads_at_once() -> None:
    with read_at_once():
        _readings("aouad 2 12 march daw" + " " * 4000 + "19 march pala")


def test_a_day_said_to_the_readers_with_guys_is_the_day_read() -> None:
    assert _readings("aouad 2 is march 19 guys") == {"release_date_announced reported 2027-03-19"}


@table("post", [
    "no, netflix said aouad 2 is march 19 guys... not march 12",
    "nope netflix confirmed aouad 2 drops march 19",
])
def test_no_then_what_netflix_said_is_netflixs_day_never_a_denial(post: str) -> None:
    assert _readings(post) == {"release_date_announced reported 2027-03-19"}


@table("post", [
    "aouad 2 drops march 19 on netflix, i mean not on tving lol",
    "aouad 2 march 19 confirmed, i mean the day is confirmed not the time",
])
def test_a_correction_of_the_platform_or_the_hour_leaves_the_day(post: str) -> None:
    assert _readings(post) == {"release_date_announced reported 2027-03-19"}


def test_not_on_a_day_is_left_to_the_denial_readers() -> None:
    assert self_corrected("aouad 2 is not on march 19") == "aouad 2 is not on march 19"


@table("post", [
    "o trailer de Todos Nós Estamos Mortos 2 sai amanhã e a temporada estreia dia 19 de março 🧟",
    "el tráiler de Estamos Muertos 2 sale mañana y la temporada se estrena el 19 de marzo",
])
def test_the_trailers_day_then_the_seasons_own_clause_reads_both(post: str) -> None:
    assert _readings(post, dt.date(2027, 2, 18)) == {"trailer reported", "release_date_announced reported 2027-03-19"}


@table("post", [
    "网传僵尸校园2 3月19日上线？官方定档了吗",
    "网传僵尸校园2 3月19日上线，官方定档了吗？",
])
def test_a_rumour_then_whether_it_is_official_asked_is_read_as_the_rumour(post: str) -> None:
    assert _readings(post, dt.date(2027, 1, 20)) == {"release_date_announced rumour 2027-03-19"}


def test_a_day_then_whether_it_is_official_asked_with_no_rumour_reads_nothing() -> None:
    assert _readings("僵尸校园2 3月19日上线，官方定档了吗？", dt.date(2027, 1, 20)) == set()
