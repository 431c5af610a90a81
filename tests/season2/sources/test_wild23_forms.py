"""Forms found by bench set wild23 (stop 36): Korean hearsay by name (카더라, 썰, 지인), a fan passing on Netflix's lineup
with 래, a rumoured delay "여름으로 밀린다", a fans' demanded day answered by Netflix's own, and a quoted day that is no
title. Variants of the set's items, not the items themselves."""

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
    "지우학2 3월 5일 공개라는 카더라가 있더라",
    "카더라통신: 지금 우리 학교는 시즌2 3월 5일 공개",
    "썰) 지우학2 3월 5일 공개 예정",
    "지인이 넷플 다니는데 지우학2 3월 5일 공개 예정이라고",
])
def test_korean_hearsay_by_name_is_a_rumour_of_its_day(headline: str) -> None:
    assert _read(headline) == {("release_date_announced", "rumour", dt.date(2027, 3, 5), None)}


def test_a_fan_passing_on_netflixs_lineup_with_rae_is_reported() -> None:
    assert _read("넷플 공식 발표 떴다 지우학2 3월 공개래") == {("release_window", "reported", None, "March 2027")}
    # without the lineup or notice named, 래 is hearsay
    assert _read("지우학2 3월 공개래") == {("release_window", "rumour", None, "March 2027")}


def test_a_rumoured_delay_pushed_to_a_season_keeps_its_window() -> None:
    assert _read("지라시) 지우학2 가을로 밀린다는 얘기") == {("delayed", "rumour", None, "fall 2027")}


@table("headline", [
    "All of Us Are Dead 2: fans demanded a March 5 drop, Netflix responds: 'set for March 12'",
    "aouad s2 - we begged for march 5 and netflix said march 12",
    "AOUAD S2: fans wanted March 5, Netflix went with March 12",
])
def test_the_day_fans_asked_for_is_not_the_day_netflix_gave(headline: str) -> None:
    assert _read(headline) == {("release_date_announced", "reported", dt.date(2027, 3, 12), None)}


def test_fans_asking_for_a_day_with_no_answer_still_reads_nothing() -> None:
    assert _read("aouad s2: fans demand a march 5 release #AOUAD2March5") == set()


@table("headline", [
    "Netflix adia All of Us Are Dead 2 para 4 de junho",
    "All of Us Are Dead season 2 diundur jadi 4 Juni",
])
def test_a_delay_in_portuguese_or_indonesian_reads_its_new_day(headline: str) -> None:
    assert _read(headline, dt.date(2027, 5, 1)) == {("delayed", "reported", dt.date(2027, 6, 4), None)}


def _claims(title: str, written: dt.date) -> set[tuple[str, str, dt.date | None, str | None]]:
    claims, _ = claims_from_items([FeedItem(title, None, "x.com", written, False)], written)
    return {(c.milestone.value, c.standing.value, None if c.release_at is None else c.release_at.date(), c.release_window)
            for c in claims}


def test_a_spanish_denial_takes_its_day_back() -> None:
    found = _claims("Netflix desmiente que 'Estamos muertos 2' llegue el 12 de marzo", WRITTEN)
    assert {(m, d) for m, _, d, _ in found} == {("release_date_announced", dt.date(2027, 3, 12))}
    assert {s for _, s, _, _ in found} == {"refuted"}


def test_a_day_denied_beside_a_season_that_stands_gives_both() -> None:
    found = _claims("넷플릭스 \"'지우학2' 3월 12일 공개설 사실무근…봄 공개 예정대로\"", WRITTEN)
    assert ("release_window", "standing", None, "spring 2027") in found
    assert ("release_date_announced", "refuted", dt.date(2027, 3, 12), None) in found


@table(("headline", "kind"), [
    ("[티저] 지금 우리 학교는 시즌2 | 3월 12일 넷플릭스 공개", "teaser"),
    ("[메인 예고편] 지금 우리 학교는 시즌2 | 3월 12일 공개", "trailer"),
    ("『今、私たちの学校は...』シーズン2、3月12日配信決定！ティザーも公開されました", "teaser"),
])
def test_material_out_as_a_videos_tag_or_beside_the_day_leaves_the_day_the_seasons(headline: str, kind: str) -> None:
    assert {(m, d) for m, _, d, _ in _read(headline)} == {("release_date_announced", dt.date(2027, 3, 12)), (kind, None)}


def test_a_tagged_videos_own_day_stays_the_materials() -> None:
    # the tag, then the trailer named again with its day: the trailer's day, not the season's
    assert {m for m, _, _, _ in _read("[예고편] 지금 우리 학교는 시즌2 예고편 2월 1일 공개")} == {"trailer"}


def test_indonesian_hearsay_with_no_official_word_yet_is_a_rumour_of_its_window() -> None:
    assert _read("katanya AOUAD season 2 tayang awal maret, belum ada kabar resmi") == {
        ("release_window", "rumour", None, "early March 2027")}


def test_a_report_the_streamer_has_yet_to_confirm_is_a_rumour() -> None:
    assert _read("All of Us Are Dead 2 Reportedly Locks In March Premiere, Netflix Yet To Confirm") == {
        ("release_window", "rumour", None, "March 2027")}


def test_the_shows_name_typed_in_a_hurry_is_still_the_show() -> None:
    assert _read("all of us are ded s2 release date is march 12!!") == {
        ("release_date_announced", "reported", dt.date(2027, 3, 12), None)}


@table("headline", [
    "[Mod] AOUAD S2: 12/03/2027 is official",  # (the 12th of March? the 3rd of December? read neither)
])
def test_a_day_by_numbers_that_reads_two_ways_is_not_read(headline: str) -> None:
    assert _read(headline) == set()


@table("headline", [
    "[Mod] AOUAD S2: 19/03/2027 is official. The other date going around was a fan campaign.",
    "All of Us Are Dead season 2 premieres 03/19/2027",
])
def test_a_day_by_numbers_that_reads_one_way_is_read(headline: str) -> None:
    assert _read(headline) == {("release_date_announced", "reported", dt.date(2027, 3, 19), None)}


def test_a_guess_on_a_reports_word_is_that_reports_rumour() -> None:
    assert _read("All of Us Are Dead Season 2: Netflix zombie drama could arrive March 12, claims report") == {
        ("release_date_announced", "rumour", dt.date(2027, 3, 12), None)}
    # the outlet's own "could" still asks
    assert _read("All of Us Are Dead Season 2: Netflix zombie drama could arrive March 12") == set()
