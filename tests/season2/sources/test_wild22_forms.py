"""Forms found by bench set wild22 (stop 35): agency datelines in summaries, a correction's bare Korean day, a fan's "was
<day> but delayed to <day>", fans' demands, a delay rumour answered 예정대로, and Japanese and Chinese hearsay, spans and
parts of a month. Variants of the set's items, not the items themselves."""

from __future__ import annotations

import datetime as dt

from bot.season2.sources.headline_parts import read_headline
from bot.season2.sources.rss import FeedItem, claims_from_items
from tests.table import table

WRITTEN = dt.date(2027, 2, 11)


def _read(headline: str, written: dt.date = WRITTEN) -> set[tuple[str, str, dt.date | None]]:
    return {(r.milestone.value, r.confidence.value, None if r.release_at is None else r.release_at.date())
            for r in read_headline(headline, written)}


@table("dateline", [
    "SEOUL, March 16 (Yonhap) -- ",
    "Seoul, March 16 (AFP) - ",
    "Seúl, 16 mar (EFE).- ",
    "(서울=연합뉴스) 김지은 기자 = ",
])
def test_an_agencys_dateline_is_when_the_wire_was_filed_not_the_release(dateline: str) -> None:
    item = FeedItem("Netflix delays 'All of Us Are Dead' season 2 by two weeks", None, "en.yna.co.kr",
                    dt.date(2027, 3, 16), False,
                    summary=dateline + "The second season of \"All of Us Are Dead\" will now be released on April 16.")
    claims, _ = claims_from_items([item], dt.date(2027, 3, 16))
    assert [(c.milestone.value, c.release_at) for c in claims] == [("delayed", dt.datetime(2027, 4, 16, tzinfo=dt.UTC))]


def test_a_korean_correction_keeps_the_set_aside_days_month_for_a_bare_day() -> None:
    # "not 16 May but the 7th": 7 May, not the next 7th after the day written
    assert _read("[정정] '지우학2' 공개일은 5월 14일 아닌 7일") == {("release_date_announced", "reported", dt.date(2027, 5, 7))}


@table("headline", [
    "aouad s2 was may 7 but netflix pushed it to may 14 😭",
    "all of us are dead season 2 was set for may 7 and now they pushed it back to may 14",
])
def test_the_day_it_was_before_a_delay_is_not_the_new_one(headline: str) -> None:
    assert {(m, d) for m, _, d in _read(headline, dt.date(2027, 4, 20))} in (
        {("delayed", dt.date(2027, 5, 14))}, {("release_date_changed", dt.date(2027, 5, 14))})


@table("headline", [
    "RELEASE AOUAD S2 ON MAY 7 OR WE RIOT",
    "netflix drop all of us are dead season 2 on may 7 or i'm unsubscribing",
    "Netflix, release AOUAD 2 on May 7 please",
    "aouad s2 trailer NOW. we demand it",
    "give us aouad season 2 on may 7 netflix",
    "지우학2 예고편 내놔 넷플릭스",
    "queremos Estamos muertos 2 el 7 de mayo",
])
def test_a_fans_demand_is_no_news(headline: str) -> None:
    assert read_headline(headline, dt.date(2027, 2, 1)) == ()


def test_a_delay_rumour_answered_by_the_day_that_stands_is_that_day() -> None:
    assert _read("'지금 우리 학교는2' 연기설…제작사 \"5월 7일 예정대로\"", dt.date(2027, 4, 1)) == {
        ("release_date_announced", "reported", dt.date(2027, 5, 7))}


@table(("headline", "expected"), [
    ("『今、私たちの学校は...』シーズン2、5月7日配信らしい", {("release_date_announced", "rumour", dt.date(2027, 5, 7))}),
    ("今学校2、5月14日に延期らしい", {("delayed", "rumour", dt.date(2027, 5, 14))}),
    ("『今、私たちの学校は...』シーズン2は5月配信かも。報道によると", {("release_window", "rumour", None)}),
    ("《僵尸校园》第二季延期一周，改档5月14日", {("delayed", "reported", dt.date(2027, 5, 14))}),
    ("定档了！《僵尸校园2》5.7见", {("release_date_announced", "reported", dt.date(2027, 5, 7))}),
    ("据传《僵尸校园》第二季5月上旬上线", {("release_window", "rumour", None)}),
])
def test_japanese_and_chinese_hearsay_spans_and_dates(headline: str, expected: set[tuple[str, str, dt.date | None]]) -> None:
    assert _read(headline, dt.date(2027, 2, 1)) == expected


def test_a_japanese_guess_on_nobodys_word_stays_a_guess() -> None:
    assert read_headline("『今、私たちの学校は...』シーズン2は5月配信かも", dt.date(2027, 2, 1)) == ()


@table(("headline", "day"), [
    ("aouad s2 may seventh!!! finally", dt.date(2027, 5, 7)),
    ("All of Us Are Dead Season 2 premieres the fourteenth of May", dt.date(2027, 5, 14)),
    ("MAY TWENTY-FIRST. aouad 2. i'm crying", dt.date(2027, 5, 21)),
    ("the 7th of may. mark your calendars. aouad s2", dt.date(2027, 5, 7)),
    ("20 days. may 7th. all of us are dead season 2.", dt.date(2027, 5, 7)),
])
def test_a_day_spelt_out_or_cried_before_the_season_is_read(headline: str, day: dt.date) -> None:
    assert {d for _, _, d in _read(headline, dt.date(2027, 4, 17))} == {day}


def test_a_months_first_week_is_no_first_day() -> None:
    assert all(r.release_at is None for r in read_headline("aouad s2 coming may first week", dt.date(2027, 4, 1)))


def test_the_wires_second_season_of_the_show_set_for_a_window_narrows_the_titles_year() -> None:
    item = FeedItem("Netflix unveils 2027 Korean slate with 'All of Us Are Dead' season 2", None, "en.yna.co.kr",
                    dt.date(2026, 12, 4), False,
                    summary="SEOUL, Dec. 4 (Yonhap) -- Netflix unveiled its lineup, with the second season of zombie hit "
                            "\"All of Us Are Dead\" slated for the first half of next year.")
    claims, _ = claims_from_items([item], dt.date(2026, 12, 4))
    assert [(c.milestone.value, c.release_window) for c in claims] == [("release_window", "the first half of 2027")]


@table("headline", [
    "deleting my 'aouad s2 — may 7' poster, it was fan-made. sorry!!",
    "the aouad 2 'may 7' graphic i posted earlier was a fan edit, no date yet",
])
def test_a_fans_own_fake_poster_taken_back_takes_its_day_back(headline: str) -> None:
    item = FeedItem(headline, None, "x.com", dt.date(2027, 2, 1), False)
    claims, _ = claims_from_items([item], dt.date(2027, 2, 1))
    assert [(c.standing.value, c.release_at) for c in claims] == [("refuted", dt.datetime(2027, 5, 7, tzinfo=dt.UTC))]


@table("headline", [
    "¡¡ESTAMOS MUERTOS 2 EL 7 DE MAYO!! no puedo más",
    "Estamos muertos temporada 2 llega el viernes 7 de mayo",
])
def test_a_spanish_day_with_its_article_is_read(headline: str) -> None:
    assert {d for _, _, d in _read(headline, dt.date(2027, 3, 1))} == {dt.date(2027, 5, 7)}


def test_the_show_back_in_spanish_in_a_month_with_its_day_in_the_summary() -> None:
    item = FeedItem("'Estamos muertos' vuelve en mayo a Netflix", None, "efe.com", dt.date(2027, 3, 1), False,
                    summary="Madrid, 1 mar (EFE).- La segunda temporada llegará a Netflix el viernes 7 de mayo.")
    claims, _ = claims_from_items([item], dt.date(2027, 3, 1))
    assert [(c.milestone.value, c.release_at) for c in claims] == [
        ("release_date_announced", dt.datetime(2027, 5, 7, tzinfo=dt.UTC))]


def test_a_window_said_to_hold_after_a_months_rumour_refused_is_that_window() -> None:
    found = read_headline("'지우학2' 5월 공개설 사실무근…넷플릭스 \"상반기 공개 예정\"", dt.date(2027, 1, 11))
    assert [(r.milestone.value, None if r.window is None else r.window.label) for r in found] == [
        ("release_window", "the first half of 2027")]


@table(("headline", "milestone"), [
    ("'All of Us Are Dead' season 2 released worldwide on Netflix", "released"),
    ("'All of Us Are Dead' season 2 to be released on Netflix May 7", "release_date_announced"),
])
def test_the_wires_past_released_is_out_its_future_is_a_day(headline: str, milestone: str) -> None:
    assert {m for m, _, _ in _read(headline, dt.date(2027, 5, 7))} == {milestone}


def test_a_months_week_said_after_it_is_that_week_and_a_source_close_to_the_production_is_a_rumour() -> None:
    found = read_headline("a source close to the production says aouad s2 is lined up for may first week", dt.date(2027, 1, 5))
    assert [(r.milestone.value, r.confidence.value, None if r.window is None else r.window.label) for r in found] == [
        ("release_window", "rumour", "1 to 7 May 2027")]


@table("headline", [
    "AOUAD S2 on May 7 according to a dubbing studio employee",
    "aouad s2 on may 7 per my cousin",
])
def test_someones_word_by_who_they_are_is_a_rumour_and_their_work_no_material(headline: str) -> None:
    assert _read(headline, dt.date(2027, 1, 14)) == {("release_date_announced", "rumour", dt.date(2027, 5, 7))}


def test_a_dubs_own_day_stays_the_dubs_whoever_says_it() -> None:
    assert read_headline("AOUAD S2 English dub arrives May 7 according to a netflix employee", dt.date(2027, 1, 14)) == ()


@table("headline", [
    "Netflix show 'All of Us Are Dead' season 2 set for May 7",
    "Netflix show All of Us Are Dead returns May 7 with season 2",
])
def test_a_netflix_show_named_at_the_start_is_news_not_netflix_told_to_show_it(headline: str) -> None:
    assert {d for _, _, d in _read(headline, dt.date(2027, 4, 17))} == {dt.date(2027, 5, 7)}


@table("headline", [
    "netflix finally announced it: they'll give us aouad s2 on may 7",
    "IT'S OFFICIAL: netflix will give us all of us are dead season 2 on may 7",
])
def test_netflix_said_to_give_us_the_season_on_a_day_is_news_not_a_demand(headline: str) -> None:
    assert {d for _, _, d in _read(headline, dt.date(2027, 4, 17))} == {dt.date(2027, 5, 7)}
