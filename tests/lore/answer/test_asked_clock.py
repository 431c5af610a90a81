"""The release time said again in the zone a fan asks about ("what time does s2 drop in the uk / est / manila")."""

from __future__ import annotations

import datetime as dt

from bot.lore.answer.asked_clock import with_asked_clock
from bot.lore.answer.result import Answer, Part
from tests.table import table

# Friday 12 March 2027, 00:00 in Los Angeles: US summer time starts on the 14th, the UK's on the 28th
_RELEASE = dt.datetime(2027, 3, 12, 8, tzinfo=dt.UTC)
_SAID = "Season 2's release date is 12 March 2027, 08:00 UTC."


def _asked(question: str, lang: str = "en", release: dt.datetime = _RELEASE) -> list[str]:
    answer = Answer(question, True, [Part(_SAID, times=(release,)), Part("Earlier: post-production.", aside=True)])
    return [p.text for p in with_asked_clock(answer, question, lang).parts]


@table(("question", "said"), [
    ("what time does s2 drop in the uk", "That is Friday 12 March 2027, 08:00 GMT (UTC+0) in the UK."),
    ("what time does s2 come out est", "That is Friday 12 March 2027, 03:00 EST (UTC-5) in New York (US Eastern)."),
    ("what time will season 2 drop in manila", "That is Friday 12 March 2027, 16:00 UTC+8 in Manila."),
    ("what time does aouad s2 come out in sydney", "That is Friday 12 March 2027, 19:00 UTC+11 in Sydney."),
    ("what time does s2 release in india", "That is Friday 12 March 2027, 13:30 UTC+5:30 in India."),
    ("what time does s2 drop in gmt", "That is Friday 12 March 2027, 08:00 UTC+0 in GMT."),
    ("what time is s2 in hawaii", "That is Thursday 11 March 2027, 22:00 UTC-10 in Honolulu (Hawaii)."),
    ("what time does s2 come out in malaysia", "That is Friday 12 March 2027, 16:00 UTC+8 in Kuala Lumpur."),
    ("what time does s2 come out in indonesia", "That is Friday 12 March 2027, 15:00 UTC+7 in Jakarta (WIB)."),
    ("what time in mexico", "That is Friday 12 March 2027, 02:00 CST (UTC-6) in Mexico City."),
    ("what time does it drop in london ontario", "That is Friday 12 March 2027, 03:00 EST (UTC-5) in Toronto (Eastern)."),
    ("what time does s2 come out in chile", "That is Friday 12 March 2027, 05:00 UTC-3 in Santiago (Chile)."),
])
def test_a_release_hour_is_said_again_in_the_one_zone_asked_right_after_it(question: str, said: str) -> None:
    assert _asked(question)[:2] == [_SAID, said]


@table("question", ["what time does s2 drop for me", "what time does s2 come out in my country",
                    "what time does s2 drop in the uk or est",
                    "what time does s2 drop in new mexico",
                    "what time does s2 drop for us", "what time does it come out for us in europe",
                    "s2 tayang jam lima?", "quand est-ce que la saison 2 sort"])
def test_no_zone_or_several_adds_nothing_rather_than_a_guess(question: str) -> None:
    assert _asked(question) == [_SAID, "Earlier: post-production."]


@table(("question", "said"), [
    ("what time does it drop in the us", ["That is Friday 12 March 2027, 00:00 PST (UTC-8) in Los Angeles (US Pacific).",
                                          "That is Friday 12 March 2027, 03:00 EST (UTC-5) in New York (US Eastern)."]),
    ("what time does s2 drop in australia", ["That is Friday 12 March 2027, 19:00 UTC+11 in Sydney.",
                                             "That is Friday 12 March 2027, 16:00 UTC+8 in Perth."]),
    ("what time does s2 drop in canada", ["That is Friday 12 March 2027, 03:00 EST (UTC-5) in Toronto (Eastern).",
                                          "That is Friday 12 March 2027, 00:00 PST (UTC-8) in Vancouver (Pacific)."]),
])
def test_a_country_of_several_clocks_gets_its_main_ones_netflixs_midnight_pacific_first(question: str, said: list[str]) -> None:
    assert _asked(question)[1:3] == said


def test_the_zone_follows_that_days_clock_and_the_askers_language() -> None:
    assert _asked("jam berapa s2 tayang di london", "id", dt.datetime(2027, 4, 9, 7, tzinfo=dt.UTC))[1] == (
        "Di the UK: 9 April 2027 08:00 BST (UTC+1).")
