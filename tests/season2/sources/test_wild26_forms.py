"""Forms found by bench set wild26 (stop 39): numeric days in Korean posts ("4/9 공개", "4/2 공개였는데 4/9로 연기됨"), German
"am 09.04." (day first, its year left out), Vietnamese "ngày 9 tháng 4", "tháng 3/2027", "lên sóng" and "bị hoãn", French
"rendez-vous le 9 avril", a month and its year abroad ("Maret 2027", "marzo de 2027"), Indonesian forecasts (diprediksi),
Korean 나올듯 (a rumour), a day's release fallen through (4월 2일 공개 무산: put off, no cancellation), a summary's delay of a
premiere named by its day before the new day, Spanish "desmiente el estreno de …", a fan's throwback to old news, a Korean
day it was (공개였는데), a day said still to stand ("is still 4/23", "unaffected, still April 23"), and a fake's day named
unquoted ("the april 16 thing is FAKE, … still april 23").
Variants of the set's items, not the items themselves."""

from __future__ import annotations

import datetime as dt

from bot.season2.sources.headline_denials import denied_day
from bot.season2.sources.headline_parts import read_headline
from bot.season2.sources.rss import FeedItem, claims_from_items
from tests.table import table

WRITTEN = dt.date(2027, 1, 20)


def _read(headline: str, written: dt.date = WRITTEN) -> set[tuple[str, str, str | None]]:
    """Each reading as (milestone, confidence, its day or window's label)."""
    return {(r.milestone.value, r.confidence.value,
             r.release_at.date().isoformat() if r.release_at else (r.window.label if r.window else None))
            for r in read_headline(headline, written)}


@table("headline", [
    "지우학2 4/9 공개 확정",
    "지금 우리 학교는 시즌2 4/9 넷플릭스 공개!!",
    "All of Us Are Dead Staffel 2 erscheint am 09.04. bei Netflix",
    "Ngôi trường xác sống phần 2 lên sóng ngày 9 tháng 4",
    "All of Us Are Dead saison 2 : rendez-vous le 9 avril sur Netflix",
])
def test_a_day_written_the_way_its_language_writes_it_is_the_release_day(headline: str) -> None:
    assert _read(headline) == {("release_date_announced", "reported", "2027-04-09")}


@table("headline", [
    "지우학2 4/2 공개였는데 4/9로 연기됨",
    "지우학2 4/2 공개 예정이었는데 4/9로 밀림",
    "Ngôi trường xác sống 2 bị hoãn, ra mắt 9/4",
    "All of Us Are Dead Staffel 2 verschoben: jetzt am 09.04. statt 02.04.",
])
def test_a_delay_to_a_numeric_day_reads_the_new_day_never_the_old_one(headline: str) -> None:
    assert _read(headline) == {("delayed", "reported", "2027-04-09")}


def test_a_korean_day_it_was_then_another_day_is_a_delay_to_the_other_day() -> None:
    assert _read("지우학2 4/2 공개였는데 4/9로 바뀜") == {("delayed", "reported", "2027-04-09")}


@table("headline", ["지우학2 4월 2일 공개였는데 ㅠㅠ", "지우학2 4/2 공개 예정이었는데 결국 연기"])
def test_a_korean_day_it_was_is_never_announced(headline: str) -> None:
    assert ("release_date_announced", "reported", "2027-04-02") not in _read(headline, dt.date(2027, 3, 1))


def test_a_korean_day_written_with_a_stroke_is_month_first_even_when_both_read_as_months() -> None:
    assert _read("지우학2 3/4 공개 확정") == {("release_date_announced", "reported", "2027-03-04")}


@table("headline", ["지우학2 4월 2일 공개 무산", "지우학2 결국 연기… 4월 2일 공개 무산"])
def test_a_days_release_fallen_through_is_that_day_put_off_never_the_season_cancelled_nor_the_day_announced(
        headline: str) -> None:
    assert _read(headline) == {("delayed", "reported", None)}


def test_the_season_fallen_through_without_a_day_is_still_a_cancellation() -> None:
    assert _read("지우학2 공개 무산") == {("cancelled", "reported", None)}


@table("headline", [
    "All of Us Are Dead 2 llegaría en abril de 2027, según rumores",
    "지우학2 4월에 나올듯",
])
def test_a_month_said_as_how_it_looks_is_a_rumour_of_that_month(headline: str) -> None:
    assert _read(headline, dt.date(2026, 12, 3)) == {("release_window", "rumour", "April 2027")}


@table("headline", [
    "All of Us Are Dead Season 2 Diprediksi Tayang April 2027",
    "All of Us Are Dead season 2 diperkirakan rilis April 2027",
])
def test_an_indonesian_forecast_claims_nothing(headline: str) -> None:
    assert _read(headline, dt.date(2026, 12, 3)) == set()


def test_a_month_and_its_year_abroad_is_that_month_not_the_whole_year() -> None:
    assert _read("All of Us Are Dead Season 2 tayang April 2027", dt.date(2026, 12, 3)) == {
        ("release_window", "reported", "April 2027")}


@table("headline", [
    "throwback to when netflix said aouad s2 was coming april 2",
    "remember when aouad s2 was supposed to drop april 2 lol",
    "a year ago netflix said aouad s2 on april 2",
    "1 year ago today: aouad s2 set for april 2",
    "on this day last year netflix said aouad s2 april 2",
    '"aouad s2 drops april 2" — this tweet from january aged like milk',  # (an old post quoted, proven wrong, s2wild59)
])
def test_a_fans_throwback_to_old_news_announces_nothing(headline: str) -> None:
    assert _read(headline, dt.date(2027, 3, 20)) == set()


def test_a_summary_delaying_a_premiere_named_by_its_day_reads_the_new_day() -> None:
    item = FeedItem("'All of Us Are Dead' Season 2 Delayed by One Week", None, "variety.com", dt.date(2027, 3, 1), False,
                    summary="Netflix has pushed the zombie drama's April 2 premiere; it will now debut April 9.")
    claims, _ = claims_from_items([item], dt.date(2027, 3, 1))
    assert [(c.milestone.value, c.release_at.date() if c.release_at else None) for c in claims] == [
        ("delayed", dt.date(2027, 4, 9))]


def test_a_spanish_denial_of_the_premiere_on_a_day_takes_that_day_back() -> None:
    headline = "Netflix desmiente el estreno de All of Us Are Dead 2 el 9 de abril"
    assert _read(headline) == set()
    assert denied_day(headline, WRITTEN) == dt.date(2027, 4, 9)


@table("headline", [
    "aouad s2 is still 4/23",
    "not delayed btw, aouad s2 is still 4/23. ignore the june thing",
    "Sweet Home 4 delayed to April 30 — All of Us Are Dead 2 unaffected, still April 23",
])
def test_the_day_said_still_to_stand_is_the_release_day(headline: str) -> None:
    assert _read(headline, dt.date(2027, 3, 20)) == {("release_date_announced", "reported", "2027-04-23")}


def test_a_fans_still_with_something_else_after_the_day_announces_nothing() -> None:
    assert _read("aouad s2 is still april 9 in my heart", dt.date(2027, 3, 20)) == set()


@table("headline", [
    "the april 16 thing is FAKE, aouad s2 is still april 23 per netflix",
    "the april 16 aouad s2 rumour is fake. it's still april 23",
])
def test_a_fakes_day_named_unquoted_is_taken_back_beside_the_day_that_stands(headline: str) -> None:
    written = dt.date(2027, 3, 20)
    assert _read(headline, written) == {("release_date_announced", "reported", "2027-04-23")}
    item = FeedItem(headline, None, "x.com", written, False)
    claims, _ = claims_from_items([item], written)
    assert {(c.standing.value, c.release_at.date() if c.release_at else None) for c in claims} == {
        ("standing", dt.date(2027, 4, 23)), ("refuted", dt.date(2027, 4, 16))}


@table("headline", [
    "지우학2 4/9 공개 아님",
    "지우학2 4월 9일 공개 아니래",
    "지우학2 4월 9일 공개 아닙니다",
    "지금 우리 학교는 시즌2 4/9 공개 아니라고 함",
    "All of Us Are Dead saison 2 : pas de rendez-vous le 9 avril",
    "All of Us Are Dead saison 2 : aucun rendez-vous le 9 avril sur Netflix",
])
def test_a_day_said_not_to_be_the_release_is_never_announced(headline: str) -> None:
    assert not any(milestone == "release_date_announced" for milestone, _, _ in _read(headline))
