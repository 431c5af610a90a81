"""Fans' question marks that ask nothing (bot/season2/sources/headline_hearsay.py, read through headline_parts.py):
hearsay passed on with doubt is its rumour, excitement after the season's day is that day; a real question
still claims nothing."""

from __future__ import annotations

import datetime as dt

from bot.season2.sources.headline_parts import read_headline
from tests.table import table

WRITTEN = dt.date(2027, 2, 16)


def _readings(headline: str) -> set[str]:
    out = set()
    for found in read_headline(headline, WRITTEN):
        day = "" if found.release_at is None else " " + found.release_at.date().isoformat()
        out.add(f"{found.milestone.value} {found.confidence.value}{day}")
    return out


@table("headline", [
    "hearing aouad s2 might be april 2?? take it with a grain of salt",
    "i'm hearing all of us are dead season 2 could be april 2?",
    "지우학2 4월 2일에 나온다며?? 기대된다",
])
def test_hearsay_passed_on_with_doubt_is_its_rumour(headline: str) -> None:
    assert _readings(headline) == {"release_date_announced rumour 2027-04-02"}


@table("headline", [
    "hearing aouad s2 might be april 2?? is it true",
    "지우학2 4월 2일에 나온다며? 진짜야?",
    "hearing aouad s2 might be delayed?? ugh",  # a guess of no day
    "aouad s2 on april 2?? anyone know",
    "aouad s2 on april 2??",
    "NETFLIX DELAYED AOUAD S2 AGAIN??? i'm so done",
    "aouad s2 april 2?? lol no",  # disbelief
    "aouad s2 on april 2?? i doubt it",
    "aouad s2 april 2?!?! is that real",
])
def test_a_question_of_whether_it_is_so_still_claims_nothing(headline: str) -> None:
    assert _readings(headline) == set()


@table("headline", [
    "kingdom 3 on march 26 AND aouad s2 on april 2?? netflix is spoiling us",
    "aouad s2 april 2nd?!?! i'm crying",  # marks repeated
])
def test_excitement_after_the_seasons_day_is_that_day(headline: str) -> None:
    assert _readings(headline) == {"release_date_announced reported 2027-04-02"}


def _windows(headline: str) -> set[str]:
    return {f"{f.milestone.value} {f.confidence.value} {f.window.label if f.window else f.release_at}"
            for f in read_headline(headline, WRITTEN)}


@table("headline", [
    "squid game prequel in june and aouad s2 in may?? 2027 is stacked",
    "aouad s2 in may?? i need it",
    "aouad s2 in may per netflix 👀",  # (its source after it)
])
def test_excitement_after_the_seasons_month_is_that_month(headline: str) -> None:
    assert _windows(headline) == {"release_window reported May 2027"}


@table("headline", ["aouad s2 in may?? really?", "aouad s2 in may?"])
def test_a_month_asked_about_claims_nothing(headline: str) -> None:
    assert _windows(headline) == set()


@table(("headline", "expected"), [
    ("sources say aouad s2 drops april 2?? i'm not ready", {"release_date_announced rumour 2027-04-02"}),
    ("all of us are dead season 2 premieres april 2 and i am so not ok 😭", {"release_date_announced reported 2027-04-02"}),
    ("AOUAD S2 ARRIVES APRIL 2 NOT ME CRYING", {"release_date_announced reported 2027-04-02"}),
    ("aouad s2 premieres april 2, i literally can't wait", {"release_date_announced reported 2027-04-02"}),
    ("aouad s2 drops april 2 🧟 not sleeping", {"release_date_announced reported 2027-04-02"}),
    ("aouad s2 premieres april 2, no sleep tonight", {"release_date_announced reported 2027-04-02"}),
    ("aouad s2 april 2, don't quote me on this", {"release_date_announced rumour 2027-04-02"}),  # a hedge, no denial
])
def test_a_fans_negated_feelings_deny_nothing(headline: str, expected: set[str]) -> None:
    assert _readings(headline) == expected


def test_a_negation_of_the_season_still_denies() -> None:
    assert _readings("aouad s2 is not coming april 2, i'm not ready for more waiting") == set()


@table(("headline", "expected"), [
    ("aouad 2 teaser just dropped and i've watched it 14 times. still no date??", {"teaser reported"}),
    ("aouad s2 trailer out, no release date yet?!", {"trailer reported"}),
    ("THE AOUAD 2 TEASER IS HERE but still no date?? netflix pls", {"teaser reported"}),  # (an appeal after the sigh)
    ("AOUAD 2 on March 5?? netflix pls", set()),  # (a day asked is still asked)
    ("aouad s2 still no date??", set()),  # the sigh alone claims nothing
    ("aouad s2 teaser out. still no date?? or is april 2 real", set()),  # then a question
])
def test_a_closing_sigh_that_there_is_still_no_date_asks_nothing(headline: str, expected: set[str]) -> None:
    assert _readings(headline) == expected


@table("headline", [
    "aouad s2 on march 19?? source",  # asks where it comes from
    "aouad s2 on march 19?? proof",
    "aouad s2 on march 19?? lies",  # disbelief
    "aouad s2 on march 19?? as if",
    "aouad s2 on march 19?? since when",
    "aouad s2 in may?? i thought june",  # what the fan believed, no news of june either
    "¿¿Estamos Muertos 2 el 19 de marzo?? no creo",  # (Spanish disbelief: only hearsay after the marks is a rumour, s2wild60)
    "¿¿Estamos Muertos 2 el 19 de marzo??",
])
def test_a_day_or_month_doubted_or_asked_for_its_source_after_the_marks_claims_nothing(headline: str) -> None:
    assert _readings(headline) == set()
