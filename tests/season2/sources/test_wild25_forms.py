"""Forms found by bench set wild25 (stop 38): Indonesian leaks and denials (bocoran, disebut, bantah kabar), Vietnamese
(được đồn, ra mắt, ấn định ngày ra mắt) and Tagalog (mapapanood sa, Kumpirmado na, daw) posts, German "kommt am" and
day-first dates with their year (14.05.2027, 23/4/2027), a Thai Buddhist year (2570), French "débarque", a day given as
the release date at an event ("Gets May 14 Premiere Date at … Tudum Event"), a Korean day's release then its teaser in a
clause of its own, a leaked paper called untrue (공개 문건, 사실 아냐), "Netflix hasn't said a word yet" (a rumour), seasons of
the year abroad (im Frühjahr, en été, 2027年春), the Japanese press's "…配信か" (a rumour), and a closing question to fellow
fans ("who else finished already??") that asks nothing of the news.
Variants of the set's items, not the items themselves."""

from __future__ import annotations

import datetime as dt

from bot.season2.sources.headline_denials import denied_day
from bot.season2.sources.headline_parts import read_headline
from tests.table import table

WRITTEN = dt.date(2027, 1, 20)


def _read(headline: str, written: dt.date = WRITTEN) -> set[tuple[str, str, dt.date | None]]:
    return {(r.milestone.value, r.confidence.value, None if r.release_at is None else r.release_at.date())
            for r in read_headline(headline, written)}


@table("headline", [
    "Bocoran jadwal Netflix: All of Us Are Dead musim 2 tayang 9 April",
    "All of Us Are Dead season 2 disebut-sebut rilis 9 April 2027",
    "Ngôi trường xác sống mùa 2 được đồn là sẽ ra mắt ngày 9/4/2027",
    "All of Us Are Dead season 2, ipapalabas daw sa Abril 9",
    "All of Us Are Dead S2 drops April 9 — Netflix hasn't confirmed anything yet",
])
def test_a_leak_or_hearsay_abroad_is_a_rumour_never_a_report(headline: str) -> None:
    assert _read(headline) == {("release_date_announced", "rumour", dt.date(2027, 4, 9))}


@table("headline", [
    "Netflix membantah kabar All of Us Are Dead musim 2 tayang 9 April",
    "Netflix bantah rumor All of Us Are Dead season 2 rilis 9 April",
])
def test_an_indonesian_denial_takes_the_day_back(headline: str) -> None:
    assert _read(headline) == set()
    assert denied_day(headline, WRITTEN) == dt.date(2027, 4, 9)


@table("headline", [
    "All of Us Are Dead Staffel 2 kommt am 09.04.2027 zu Netflix",
    "All of Us Are Dead saison 2 débarque le 9 avril sur Netflix",
    "Ngôi trường xác sống phần 2 chính thức ấn định ngày ra mắt 9/4",
    "Kumpirmado na: All of Us Are Dead season 2 mapapanood na sa Abril 9",
    "All of Us Are Dead ซีซั่น 2 เตรียมฉาย 9 เมษายน 2570 ทาง Netflix",
    "'All of Us Are Dead' Season 2 Sets April 9 Release Date at Netflix Fan Event",
    "지우학2 4월 9일 공개 확정! 메인 예고편도",
])
def test_the_release_day_in_more_languages_and_beside_an_event_is_read(headline: str) -> None:
    assert ("release_date_announced", "reported", dt.date(2027, 4, 9)) in _read(headline)


def test_a_tagalog_not_yet_is_no_report() -> None:
    assert _read("Hindi pa kumpirmado: All of Us Are Dead season 2 sa Abril 9?") == set()


def test_a_day_for_an_event_itself_stays_the_events() -> None:
    assert _read("All of Us Are Dead Season 2 April 9 premiere event announced") == set()


def test_a_leaked_paper_called_untrue_in_korean_takes_its_day_back() -> None:
    headline = "넷플릭스 \"'지우학2' 4월 9일 공개 일정표, 사실 아냐\""
    assert _read(headline) == set()
    assert denied_day(headline, WRITTEN) == dt.date(2027, 4, 9)


@table(("headline", "window"), [
    ("All of Us Are Dead Staffel 2 startet im Frühjahr 2027", "spring 2027"),
    ("All of Us Are Dead temporada 2 llega en verano de 2027", "summer 2027"),
    ("All of Us Are Dead saison 2 sortira en été 2027", "summer 2027"),
    ("『今、私たちの学校は…』シーズン2、2027年春に配信決定", "spring 2027"),
])
def test_a_season_of_the_year_abroad_is_its_window(headline: str, window: str) -> None:
    assert {(r.milestone.value, r.confidence.value, None if r.window is None else r.window.label)
            for r in read_headline(headline, WRITTEN)} == {("release_window", "reported", window)}


def test_the_japanese_press_ending_ka_is_a_rumour() -> None:
    assert {(r.confidence.value, None if r.window is None else r.window.label)
            for r in read_headline("『今、私たちの学校は…』シーズン2、2027年夏に配信か", WRITTEN)} == {("rumour", "summer 2027")}


def test_french_has_been_is_no_summer() -> None:
    assert _read("All of Us Are Dead saison 2 a été repoussée au 18 juin") == {("delayed", "reported", dt.date(2027, 6, 18))}


@table(("headline", "written", "expected"), [
    ("all of us are dead s2 drops friday! who's watching it live?", dt.date(2027, 4, 7),
     {("release_date_announced", "reported", dt.date(2027, 4, 9))}),
    ("aouad 2 is finally out. who else is binging tonight??", dt.date(2027, 4, 9), {("released", "reported", None)}),
])
def test_a_closing_question_to_fellow_fans_asks_nothing_of_the_news(
        headline: str, written: dt.date, expected: set[tuple[str, str, dt.date | None]]) -> None:
    assert _read(headline, written) == expected


@table("headline", [
    "aouad 2 on april 9. who else heard this?",  # hearsay asked about, not chat
    "aouad 2 drops april 9?? anyone doing a watch party?",  # the news itself asked
])
def test_a_question_about_the_news_still_reads_nothing(headline: str) -> None:
    assert _read(headline) == set()


@table("headline", [
    "Netflix bác bỏ tin Ngôi trường xác sống phần 2 ra mắt ngày 9/4",
    "Ngôi trường xác sống phần 2 có thể ra mắt ngày 9/4",
    "Ngôi trường xác sống phần 2 sẽ không ra mắt ngày 9/4",
    "Baka mapapanood na ang All of Us Are Dead season 2 sa Abril 9",
    "All of Us Are Dead Staffel 2 kommt vielleicht am 09.04.2027",
    "All of Us Are Dead ซีซั่น 2 ไม่ได้ฉาย 9 เมษายน",
    "All of Us Are Dead ซีซั่น 2 อาจฉาย 9 เมษายน 2570",
])
def test_a_denial_guess_or_negation_in_vietnamese_tagalog_german_or_thai_is_no_report(headline: str) -> None:
    assert not any(confidence == "reported" for _, confidence, _ in _read(headline))


@table("headline", [
    "Tin đồn: Ngôi trường xác sống phần 2 ra mắt ngày 9/4",
    "Tsismis: mapapanood na ang All of Us Are Dead season 2 sa Abril 9",
    "All of Us Are Dead Staffel 2 soll am 9. April starten, heißt es",
])
def test_hearsay_in_vietnamese_tagalog_and_german_is_at_most_a_rumour(headline: str) -> None:
    assert _read(headline) <= {("release_date_announced", "rumour", dt.date(2027, 4, 9))}


def test_a_korean_release_day_beside_a_warning_of_fakes_is_not_taken_back() -> None:
    assert denied_day("지우학2 4월 9일 공개, 가짜 뉴스 주의", WRITTEN) is None


@table("headline", ["シーズン2は4月9日配信なのか 今私たちの学校は", "今私たちの学校は シーズン2は4月9日配信ですか"])
def test_a_japanese_question_ending_reads_nothing(headline: str) -> None:
    assert _read(headline) == set()


@table("headline", [
    "É falso que a 2ª temporada de All of Us Are Dead estreia em 9 de abril",
    "Hoaks: All of Us Are Dead season 2 tayang 9 April",
    "Intox : All of Us Are Dead saison 2 débarque le 9 avril ? Non",
    "Ngôi trường xác sống phần 2 ra mắt ngày 9/4 là tin giả",
])
def test_a_day_called_fake_abroad_is_never_announced(headline: str) -> None:
    assert not any(milestone == "release_date_announced" for milestone, _, _ in _read(headline))
