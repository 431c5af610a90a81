"""A delay's new day is the one after "to" (before 로 / に), in every language; words that say how a day looks or is
said (wohl, dicen que, 説, 듯, 것으로 보인다, "appears to") make it a rumour with its day kept; a forecast ("could",
"expected", 전망) still claims nothing."""

from __future__ import annotations

import datetime as dt

from bot.season2.model import Confidence, Milestone
from bot.season2.sources.headline_parts import read_headline
from tests.table import table

WRITTEN = dt.date(2027, 3, 1)


def _one(title: str) -> tuple[Milestone, Confidence, dt.date | None]:
    (reading,) = read_headline(title, WRITTEN)
    return reading.milestone, reading.confidence, reading.release_at.date() if reading.release_at else None


@table("title", [
    "『今、私たちの学校は...』シーズン2、5月14日配信、5月21日に延期",
    "今私たちの学校は シーズン2 5月14日配信が5月21日に延期",
    "今、私たちの学校は シーズン2 5月14日から5月21日に配信延期",
    "지금 우리 학교는 시즌2, 5월 14일 공개, 5월 21일로 연기",
    "지금 우리 학교는 시즌2 5월 14일 공개에서 5월 21일로 연기",
    "지금 우리 학교는 시즌2 5월 14일로 예정됐던 공개 5월 21일로 연기",
    "All of Us Are Dead Season 2 May 14 premiere pushed to May 21",
    "All of Us Are Dead season 2's May 14 release delayed to May 21",
    "all of us are dead s2 may 14 release got pushed to may 21 😭",
    "All of Us Are Dead Season 2 delayed from May 14 to May 21",
    "All of Us Are Dead Temporada 2: estreno del 14 de mayo se retrasa al 21 de mayo",
    "Estamos muertos temporada 2 llega el 14 de mayo, se retrasa al 21 de mayo",
    "All of Us Are Dead temporada 2: estreia de 14 de maio adiada para 21 de maio",
    "All of Us Are Dead saison 2 : la sortie du 14 mai repoussée au 21 mai",
    "All of Us Are Dead Season 2 premiere May 14, but pushed to May 21 now",
])
def test_a_delay_from_one_day_to_another_gives_the_new_day(title: str) -> None:
    assert _one(title) == (Milestone.DELAYED, Confidence.REPORTED, dt.date(2027, 5, 21))


def test_a_delay_of_a_days_release_without_a_new_day_gives_none() -> None:
    assert _one("All of Us Are Dead Season 2 delays May 14 premiere") == (Milestone.DELAYED, Confidence.REPORTED, None)


@table("title", [
    "All of Us Are Dead Staffel 2 startet wohl am 14. Mai",
    "All of Us Are Dead Staffel 2 startet angeblich am 14. Mai",
    "All of Us Are Dead temporada 2: dicen que llega el 14 de mayo",
    "Estamos muertos 2 el 14 de mayo, eso dicen en reddit",  # (the hearsay after the day, s2wild59)
    "¿¿Estamos Muertos 2 el 14 de mayo?? eso dicen en tiktok",  # (asked in disbelief, then the hearsay, s2wild60)
    "Estamos Mortos 2 dia 14 de maio, é o que dizem",
    "aouad 2 drops may 14, or so they say",
    "All of Us Are Dead temporada 2: parece que llega el 14 de mayo",
    "All of Us Are Dead temporada 2 ao que parece chega em 14 de maio",
    "今、私たちの学校は シーズン2 5月14日配信説",
    "今、私たちの学校は シーズン2 5月14日配信らしい",
    "今、私たちの学校は シーズン2 5月14日配信か",
    "지금 우리 학교는 시즌2 5월 14일 공개할 듯",
    "지금 우리 학교는 시즌2 5월 14일 공개될 듯하다",
    "지금 우리 학교는 시즌2 5월 14일 공개하는 것으로 보인다",
    "지금 우리 학교는 시즌2 5월 14일 공개 유력",
    "All of Us Are Dead Season 2 appears set to premiere May 14",
    "All of Us Are Dead Season 2 seems to be coming May 14",
    "All of Us Are Dead temporada 2: dizem que chega em 14 de maio",
    "aouad saison 2 sortira apparemment le 14 mai",
    "All of Us Are Dead Staffel 2: Starttermin ist wohl der 14. Mai",
    "지우학2 5월 14일 공개 예정인 듯",
])
def test_a_day_said_as_it_looks_or_is_said_is_a_rumour_with_its_day(title: str) -> None:
    assert _one(title) == (Milestone.RELEASE_DATE_ANNOUNCED, Confidence.RUMOUR, dt.date(2027, 5, 14))


def test_a_window_said_with_wohl_is_a_rumoured_window() -> None:
    (reading,) = read_headline("All of Us Are Dead Staffel 2 kommt wohl im Sommer", WRITTEN)
    assert (reading.milestone, reading.confidence) == (Milestone.RELEASE_WINDOW, Confidence.RUMOUR)
    assert reading.window is not None and reading.window.label == "summer 2027"


def test_without_a_hedge_the_same_day_is_reported() -> None:
    assert _one("All of Us Are Dead Staffel 2 startet am 14. Mai")[1] is Confidence.REPORTED


@table("title", [
    "지금 우리 학교는 시즌2 5월 14일 공개 전망",
    "All of Us Are Dead Season 2 could premiere May 14",
    "All of Us Are Dead Season 2 expected to premiere May 14",
    "All of Us Are Dead Season 2 likely to premiere May 14",
    "지금 우리 학교는 시즌2 5월 14일 공개될 듯한 분위기",  # "an air as if": no hedge of a day said
    "All of Us Are Dead Staffel 2 kommt wohl kaum im Mai",  # hardly in May
    "今、私たちの学校は シーズン2 5月14日配信説はデマ",  # the theory called false
])
def test_a_forecast_a_likeness_or_a_denied_theory_claims_nothing(title: str) -> None:
    assert [r for r in read_headline(title, WRITTEN) if r.release_at is not None or r.window is not None] == []
