"""Squid Game by its titles abroad ("El juego del calamar", Brazil's "Round 6", "Trò chơi con mực", 鱿鱼游戏, イカゲーム) is
another show: its day, and its trailer, are never our season's (bot/other_works.py, bot/season2/sources/other_titles.py;
fix104, the rest in bench/data/season2_wild102.yaml); ours said to come "too" ("…, y Estamos Muertos 2 también") on its day
is ours (s2wild104, bench/data/season2_wild103.yaml)."""

from __future__ import annotations

import datetime as dt

from bench.season2_blind import read_headline
from tests.table import table

UNDATED = dt.date(2027, 1, 20)  # before Netflix gave our season its day
DATED = dt.date(2027, 2, 1)


def _readings(post: str, written: dt.date = UNDATED) -> set[str]:
    return read_headline({"w": written, "p": "x.com", "t": post})


@table("post", [
    "Round 6: o trailer sai amanhã e a temporada estreia dia 19 de março, e Todos Nós Estamos Mortos 2 ainda sem data",
    "El juego del calamar 3: el tráiler sale mañana y la temporada se estrena el 19 de marzo; Estamos Muertos 2 aún sin fecha",
])
def test_squid_games_trailer_and_season_beside_ours_undated_read_nothing(post: str) -> None:
    assert _readings(post) == set()


def test_el_juego_del_calamar_3s_day_beside_ours_undated_reads_nothing() -> None:
    assert _readings("El juego del calamar 3 se estrena el 19 de marzo, y Estamos Muertos 2 aún sin fecha") == set()


@table("post", [
    "Round 6 temporada 3 estreia dia 26 de março, Todos Nós Estamos Mortos 2 dia 19 de março",
    "Estamos Muertos 2 el 19 de marzo y Round 6 temporada 3 el 26 de marzo",
    "El juego del calamar 3 aún sin fecha; Estamos Muertos 2 se estrena el 19 de marzo",
])
def test_our_own_day_beside_squid_game_abroad_is_read(post: str) -> None:
    assert _readings(post, DATED) == {"release_date_announced reported 2027-03-19"}


@table("post", [
    "El juego del calamar 3 se estrena el 19 de marzo, y Estamos Muertos 2 también",
    "Squid Game 3 drops March 19, and aouad 2 too!",
    "오징어 게임 3 3월 19일 공개, 지우학2도 같은 날",
])
def test_our_season_too_on_squid_games_day_is_read(post: str) -> None:
    assert _readings(post, DATED) == {"release_date_announced reported 2027-03-19"}


@table("post", [
    "El juego del calamar 3 se estrena el 19 de marzo, ¿y Estamos Muertos 2 también?",
    "squid game 3 drops march 19, aouad 2 too i hope 🙏",
])
def test_our_season_too_asked_or_wished_reads_nothing(post: str) -> None:
    assert _readings(post) == set()


@table("post", ["鱿鱼游戏3 3月26日上线，僵尸校园2 3月19日上线", "イカゲーム3は3月26日、今学校2は3月19日配信"])
def test_our_day_beside_squid_games_in_chinese_or_japanese_is_read_never_a_games_news(post: str) -> None:
    assert _readings(post, DATED) == {"release_date_announced reported 2027-03-19"}


@table("post", [
    "イカゲーム3は3月19日配信、今学校2も同じ日",
    "鱿鱼游戏3 3月19日上线，僵尸校园2也是同一天",
    "Squid Game 3 19 March, and aouad 2 too",
])
def test_our_season_on_the_same_day_as_squid_game_keeps_that_days_month(post: str) -> None:
    """review68a: the title read with its number ("イカゲーム3") lost the month after it: February 19th read."""
    assert _readings(post, DATED) == {"release_date_announced reported 2027-03-19"}


@table("post", [
    "squid game 3 drops march 19, i'm watching aouad 2 too",
    "squid game 3 drops march 19, i love aouad 2 too",
    "El juego del calamar 3 se estrena el 19 de marzo, ¡me encanta Estamos Muertos 2 también!",
    "El juego del calamar 3 se estrena el 19 de marzo y quiero Estamos Muertos 2 también",
    "Round 6 temporada 3 estreia dia 19 de março, e eu amo Todos Nós Estamos Mortos 2 também",
])
def test_a_fan_watching_or_loving_our_season_too_on_squid_games_day_reads_nothing(post: str) -> None:
    assert _readings(post, DATED) == set()
