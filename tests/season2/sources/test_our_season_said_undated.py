"""A post saying our season has no day yet ("aún sin fecha", "ainda sem data", "still no date yet", "wala pang date", "belum ada
tanggal") reads no day for it, whatever other show's day stands beside it; a later part with no day yet leaves the first
part's day read (bot/season2/sources/headline_strength.py `OURS_UNDATED`; fix104, the rest in bench/data/season2_wild102.yaml), and
so does its trailer, a dub or a fan meeting with no day yet beside the season's day (bot/season2/sources/things_undated.py;
s2wild104, bench/data/season2_wild103.yaml)."""

from __future__ import annotations

import datetime as dt

from bench.season2_blind import read_headline
from tests.stall import read_at_once
from tests.table import table

UNDATED = dt.date(2027, 1, 20)  # before Netflix gave our season its day
DATED = dt.date(2027, 2, 1)


def _readings(post: str, written: dt.date = UNDATED) -> set[str]:
    return read_headline({"w": written, "p": "x.com", "t": post})


@table("post", [
    "trigger 2 sa march 19 na, aouad 2 wala pang date",
    "Estamos Muertos 2 aún sin fecha, calamar 3 se estrena el 19 de marzo",
    "algo 3 se estrena el 19 de marzo, y Estamos Muertos 2 aún sin fecha",
    "Moving 2 march 19, aouad 2 still no date yet",
])
def test_another_day_beside_our_season_said_undated_reads_nothing(post: str) -> None:
    assert _readings(post) == set()


@table("post", [
    "aouad 2 part 1 march 19, part 2 no date yet",
    "Squid Game 3 still no date, but aouad 2 premieres March 19",
    # something of ours that is not the season undated: its trailer, a dub, a fan meeting (s2wild104)
    "aouad 2 trailer no date yet, but the show drops march 19",
    "Estamos Muertos 2: tráiler sin fecha, pero se estrena el 19 de marzo",
    "Todos Nós Estamos Mortos 2: dublagem sem data, estreia 19 de março",
    "지우학2 팬미팅 미정, 공개는 3월 19일",
    "僵尸校园2配音未定，3月19日上线",
    "มัธยมซอมบี้ 2 แฟนมีตยังไม่มีกำหนด แต่ซีรีส์ฉาย 19 มี.ค.",
])
def test_our_day_beside_another_thing_undated_is_read(post: str) -> None:
    assert _readings(post, DATED) == {"release_date_announced reported 2027-03-19"}


@table("post", ["aouad 2 trailer no date yet", "지우학2 예고편 일정 미정"])
def test_a_trailer_said_undated_reads_no_trailer(post: str) -> None:
    assert _readings(post, DATED) == set()


@table("post", [
    "aouad 2 " + "word " * 800, "aouad 2 trailer " + "still yet " * 400, "예고편 " * 900 + "미정", "Estamos Muertos 2 aún " * 180,
    "Round 6 y Estamos Muertos 2 aún sin fecha " * 95,
    # marks before Netflix's word (perf71: 1.8 to 2.4 s before, as the square of their count)
    "aouad 2 no date yet" + "?" * 4000 + " netflix said march 19", "aouad 2 no date yet" + "!" * 4000 + " netflix said march 19",
    "aouad 2 no date yet" + "." * 4000 + " netflix said march 19",
    # a long word after our season's name and its day (perf71: 1 to 1.3 s before; with "!" minutes)
    "今学校2 3月19日" + "だよ" * 2000, "今学校2 3月19日" + "😭" * 4000, "今学校2 3月19日" + "不对" * 2000, "今学校2 3月19日" + "也" * 4000,
    "今学校2 3月19日" + "!" * 4000,
    "今学校2 " * 1000,  # our title named a thousand times (perf71: 1.5 s before, as the square of its count)
    "no date yet" + " " * 4000,  # a run of spaces after the title (s2wild105: 0.44 s before, the publisher's pattern)
])
def test_long_posts_naming_our_season_are_read_at_once(post: str) -> None:
    _readings("aouad 2 no date yet? netflix said march 19 今学校2 3月19日だよ")  # (its patterns compiled first)
    with read_at_once():
        _readings(post)
