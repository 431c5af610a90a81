"""Near-variants of stop 36's new headline rules that must post nothing (review36): a fans' wish said with the Spanish
or Portuguese subjunctive, Netflix's day given for a trailer after fans asked for theirs, and a lineup that is itself
only heard of ("라인업 떴다는데")."""

from __future__ import annotations

import datetime as dt

from bot.season2.sources.headline_denials import denied_day
from bot.season2.sources.headline_parts import read_headline
from tests.table import table

WRITTEN = dt.date(2027, 1, 20)


def _read(headline: str) -> set[tuple[str, str, dt.date | None, str | None]]:
    return {(r.milestone.value, r.confidence.value, None if r.release_at is None else r.release_at.date(),
             None if r.window is None else r.window.label) for r in read_headline(headline, WRITTEN)}


@table("headline", [
    "Fans piden que 'Estamos muertos 2' llegue el 30 de abril",
    "Ojalá que 'Estamos muertos 2' se estrene el 30 de abril",
    "Esperamos que Estamos muertos temporada 2 salga el 30 de abril",
    "Fãs pedem que All of Us Are Dead 2 chegue em 30 de abril",
])
def test_a_wish_for_a_day_in_spanish_or_portuguese_posts_no_release_date(headline: str) -> None:
    assert _read(headline) == set()


@table("headline", [
    "Netflix desmiente que 'Estamos muertos 2' llegue el 30 de abril",
    "Netflix niega que Estamos muertos 2 se estrene el 30 de abril",
    "Netflix desmente que All of Us Are Dead 2 chegue em 30 de abril",
])
def test_a_denial_of_a_day_in_spanish_or_portuguese_still_takes_it_back(headline: str) -> None:
    assert denied_day(headline, WRITTEN) == dt.date(2027, 4, 30)


def test_netflixs_day_for_a_trailer_after_fans_asked_for_theirs_is_no_release_date() -> None:
    headline = "fans want a may 7 release for all of us are dead season 2 but netflix only confirmed a may 14 trailer"
    assert not any(r[0] == "release_date_announced" for r in _read(headline))
    # Netflix's own answer about the season still reads
    assert _read("fans demand a may 7 release for aouad s2, netflix responds: 'set for may 14'") == {
        ("release_date_announced", "reported", dt.date(2027, 5, 14), None)}


@table("headline", ["라인업 떴다는데 지우학2 5월 공개래", "넷플 공지 떴대 지우학2 5월 공개래"])
def test_a_lineup_only_heard_of_keeps_a_fans_rae_a_rumour(headline: str) -> None:
    assert _read(headline) == {("release_window", "rumour", None, "May 2027")}


@table("headline", [
    "Updated 14/01/2027: All of Us Are Dead season 2 release date news",
    "Updated January 14, 2027: All of Us Are Dead season 2 release date news",
    "aouad s2 - 13/03/2027 is confirmed as the cast reading",
])
def test_an_update_stamp_or_a_day_confirmed_for_something_else_is_no_release_date(headline: str) -> None:
    assert not any(r[0] == "release_date_announced" for r in _read(headline))


def test_a_moderators_day_is_official_still_reads_and_a_stamp_leaves_the_news_after_it() -> None:
    assert _read("AOUAD S2: 14/05/2027 is official 🎉") == {("release_date_announced", "reported", dt.date(2027, 5, 14), None)}
    assert _read("Updated Jan 14: All of Us Are Dead season 2 premieres March 19") == {
        ("release_date_announced", "reported", dt.date(2027, 3, 19), None)}
