"""Forms found by bench set wild24 (stop 37): German, French and Indonesian hearsay (Gerücht, angeblich, Rumeur, kabarnya …
belum ada konfirmasi), "no desmiente que" (no denial: the report stands, a rumour) beside "ni confirma ni desmiente"
(nothing), the season named in Indonesian (Musim 2) and Thai (ซีซั่น 2, months in full), Spanish "confirma estreno para
el …" and "ya tiene fecha", French "repoussée au …", and a title setting a month's premiere whose summary gives the day.
Variants of the set's items, not the items themselves."""

from __future__ import annotations

import datetime as dt

from bot.season2.sources.headline_parts import read_headline
from bot.season2.sources.rss import FeedItem, claims_from_items
from tests.table import table

WRITTEN = dt.date(2027, 1, 20)


def _read(headline: str, written: dt.date = WRITTEN) -> set[tuple[str, str, dt.date | None, str | None]]:
    return {(r.milestone.value, r.confidence.value, None if r.release_at is None else r.release_at.date(),
             None if r.window is None else r.window.label) for r in read_headline(headline, written)}


@table("headline", [
    "Gerücht: Staffel 2 von All of Us Are Dead erscheint am 9. April",
    "All of Us Are Dead Staffel 2 startet angeblich am 9. April",
    "Kabarnya All of Us Are Dead musim 2 tayang 9 April, belum ada konfirmasi",
])
def test_hearsay_in_german_and_indonesian_is_a_rumour_of_its_day(headline: str) -> None:
    assert _read(headline) == {("release_date_announced", "rumour", dt.date(2027, 4, 9), None)}


def test_a_french_rumour_that_only_could_happen_reads_nothing() -> None:
    assert _read("Rumeur : All of Us Are Dead saison 2 pourrait sortir le 9 avril") == set()


def test_not_denying_a_report_leaves_it_a_rumour() -> None:
    assert _read("Netflix no desmiente que la temporada 2 de All of Us Are Dead se estrene en abril") == {
        ("release_window", "rumour", None, "April 2027")}
    assert _read("Netflix não desmente que a 2ª temporada de All of Us Are Dead estreie em abril") == {
        ("release_window", "rumour", None, "April 2027")}
    # a denial still denies, and neither confirming nor denying says nothing
    assert _read("Netflix desmiente que la temporada 2 de All of Us Are Dead se estrene en abril") == set()
    assert _read("Netflix ni confirma ni desmiente el estreno de la temporada 2 de All of Us Are Dead") == set()


@table("headline", [
    "All of Us Are Dead Musim 2 resmi tayang 9 April 2027",
    "All of Us Are Dead ซีซั่น 2 ฉาย 9 เมษายน 2027",
    "Temporada 2 de All of Us Are Dead: Netflix confirma estreno para el 9 de abril",
    "La temporada 2 de All of Us Are Dead ya tiene fecha: 9 de abril",
])
def test_the_day_in_indonesian_thai_and_spanish_is_read(headline: str) -> None:
    assert _read(headline) == {("release_date_announced", "reported", dt.date(2027, 4, 9), None)}


def test_a_french_delay_reads_its_new_day() -> None:
    assert _read("All of Us Are Dead saison 2 reportée au 16 avril", dt.date(2027, 3, 1)) == {
        ("delayed", "reported", dt.date(2027, 4, 16), None)}


def test_a_month_premiere_in_the_title_takes_its_day_from_the_summary() -> None:
    item = FeedItem("'All of Us Are Dead' Season 2 Sets April Premiere, Drops Poster", None, "variety.com", WRITTEN, False,
                    summary="The zombie series returns Friday, April 9.")
    claims, _ = claims_from_items([item], WRITTEN)
    assert {(c.milestone.value, c.release_at.date() if c.release_at else None) for c in claims} == {
        ("release_date_announced", dt.date(2027, 4, 9))}
    # a premiere party's summary gives the party's day, never the release's
    party = FeedItem("'All of Us Are Dead' Season 2 Sets April Premiere Party in Seoul", None, "variety.com", WRITTEN, False,
                     summary="The party is held Friday, April 9.")
    assert all(c.release_at is None for c in claims_from_items([party], WRITTEN)[0])


def test_japanese_fans_short_name_in_brackets_is_the_show() -> None:
    assert _read("「今学校」シーズン2、4月16日に配信延期…", dt.date(2027, 3, 1)) == {
        ("delayed", "reported", dt.date(2027, 4, 16), None)}


def test_the_day_after_tomorrow_and_a_premiere_said_to_be_then() -> None:
    written = dt.date(2027, 4, 7)
    assert _read("all of us are dead s2 premieres the day after tomorrow", written) == {
        ("release_date_announced", "reported", dt.date(2027, 4, 9), None)}
    assert _read("the aouad s2 premiere is tomorrow!!", written) == {
        ("release_date_announced", "reported", dt.date(2027, 4, 8), None)}
    # a premiere party said to be then is the party's day
    assert _read("the aouad s2 premiere party is tomorrow", written) == set()


def test_the_shows_name_typed_in_a_hurry_and_eyed_for_a_window() -> None:
    assert _read("All Of Us Are Deadd season 2 delayed to April 16", dt.date(2027, 3, 1)) == {
        ("delayed", "reported", dt.date(2027, 4, 16), None)}
    assert _read("all of us r dead season 2 premieres april 9") == {
        ("release_date_announced", "reported", dt.date(2027, 4, 9), None)}
    assert _read("All of Us Are Dead Season 2 eyed for first half of 2027", dt.date(2026, 12, 2)) == {
        ("release_window", "reported", None, "the first half of 2027")}
    # eyed for anything but a time is no release news
    assert _read("All of Us Are Dead Season 2 star eyed for new drama") == set()


def test_a_korean_delay_said_with_its_reason() -> None:
    assert _read("[지라시] 지우학2 VFX 때문에 또 밀린다는 얘기") == {("delayed", "rumour", None, None)}
    assert _read("'지금 우리 학교는2' 후반 작업 탓에 연기됐다") == {("delayed", "reported", None, None)}
    # 연기 after a reason may be acting: no delay
    assert _read("지우학2 온조 때문에 연기 공부 중") == set()


def test_french_will_not_come_out_on_a_day_is_never_that_release_date() -> None:
    # "ne sortira pas le 9 avril": the day taken back, never announced as the release
    assert ("release_date_announced", "reported", dt.date(2027, 4, 9), None) not in _read(
        "All of Us Are Dead saison 2 ne sortira pas le 9 avril")
