"""How sure a headline's words say it is (bot/season2/sources/headline_strength.py, read through headline_parts.py)."""

from __future__ import annotations

import datetime as dt

from bot.season2.sources.headline_parts import read_headline
from tests.table import table

WRITTEN = dt.date(2027, 2, 16)


@table("headline", [
    "aouad s2 april 2 confirmed by my sources 🤫",
    "All of Us Are Dead season 2 premieres April 2, confirmed by my sources",
    "aouad 2 drops april 2 per my sources",
    "my sources: aouad s2 april 2",
    "aouad s2 premieres april 2 according to our sources",
])
def test_a_day_only_a_fans_own_sources_confirm_is_a_rumour(headline: str) -> None:
    assert {(r.milestone.value, r.confidence.value) for r in read_headline(headline, WRITTEN)} == {
        ("release_date_announced", "rumour")}


@table("headline", [
    "netflix confirmed nothing, my cat says aouad s2 april 2",
    "netflix said nothing yet but my magic 8 ball says aouad s2 april 2",
])
def test_netflix_saying_nothing_beside_a_pets_word_is_still_a_joke(headline: str) -> None:
    assert read_headline(headline, WRITTEN) == ()
