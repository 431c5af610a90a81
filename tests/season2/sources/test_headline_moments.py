"""A headline's release moment (bot/season2/sources/headline_moments.py, through classify_headline):
the day in the forms outlets write, the time kept with its zone, nothing guessed."""

from __future__ import annotations

import datetime as dt

from bot.season2.model import Milestone
from bot.season2.sources.headline_moments import with_place_zones
from bot.season2.sources.headline_parts import read_headline
from bot.season2.sources.headlines import classify_headline
from tests.table import table

SAT_6_FEB, TUE_9_FEB, WED_10_FEB, FRI_12_FEB = (dt.date(2027, 2, d) for d in (6, 9, 10, 12))


def _at(day: int, hour: int = 0, minute: int = 0) -> dt.datetime:
    return dt.datetime(2027, 2, day, hour, minute, tzinfo=dt.UTC)


@table(
    ("headline", "written", "release_at"),
    [
        ("'All Of Us Are Dead' Season 2 Premieres Feb. 12 At 5 P.M. KST", SAT_6_FEB, _at(12, 8)),
        ("All of Us Are Dead Season 2 premieres tomorrow at noon KST", dt.date(2027, 2, 11), _at(12, 3)),
        ("All of Us Are Dead Season 2 hits Netflix Feb. 12 at 3 a.m. ET", SAT_6_FEB, _at(12, 8)),
        ("All of Us Are Dead Season 2 drops Feb. 12 at 12 a.m. Pacific", SAT_6_FEB, _at(12, 8)),
        ("All of Us Are Dead Season 2 will premiere 12 Feb at 5.30pm KST", SAT_6_FEB, _at(12, 8, 30)),
        ("'지금 우리 학교는' 시즌2, 2월 12일 오후 5시 공개 확정", SAT_6_FEB, _at(12, 8)),
        ("지금 우리 학교는 시즌2 12일 밤 9시 공개", WED_10_FEB, _at(12, 12)),
        # the hour, then how it comes out ("전 세계 동시": worldwide at once), then 공개
        ("'지금 우리 학교는2' 12일 오후 5시 전 세계 동시 공개", WED_10_FEB, _at(12, 8)),
        ("지우학2 12일 오후 5시 30분 넷플릭스 단독 공개", WED_10_FEB, _at(12, 8, 30)),
        ("'지우학2' 12일 오후 5시 넷플릭스 통해 전 세계 공개", WED_10_FEB, _at(12, 8)),
    ],
)
def test_a_time_with_its_zone_is_kept_as_that_moment(headline: str, written: dt.date, release_at: dt.datetime) -> None:
    found = classify_headline(headline, written)
    assert found is not None and found.milestone is Milestone.RELEASE_DATE_ANNOUNCED
    assert found.release_at == release_at


@table(
    ("headline", "written", "day"),
    [
        ("All of Us Are Dead Season 2 arrives on Netflix next Friday", SAT_6_FEB, 12),
        ("All of Us Are Dead Season 2 lands this Friday", TUE_9_FEB, 12),
        ("All of Us Are Dead Season 2 drops 2/19 on Netflix", SAT_6_FEB, 19),
        ("지금 우리 학교는 시즌2, 12일 넷플릭스 공개", SAT_6_FEB, 12),
        ("지금 우리 학교는 시즌2, 다음 달 12일 공개", dt.date(2027, 1, 14), 12),
        ("'지금 우리 학교는' 시즌2 모레 공개", WED_10_FEB, 12),
        ("지금 우리 학교는 시즌2 이번 주 금요일 공개", WED_10_FEB, 12),
    ],
)
def test_a_day_said_from_the_day_it_was_written_is_read(headline: str, written: dt.date, day: int) -> None:
    found = classify_headline(headline, written)
    assert found is not None and found.release_at == _at(day)


@table(
    ("headline", "written"),
    [
        ("All of Us Are Dead Season 2 premieres 2/12 on Netflix", SAT_6_FEB),  # 12 February or 2 December?
        ("All of Us Are Dead Season 2 arrives on Netflix next Friday", TUE_9_FEB),  # this week's or the next?
    ],
)
def test_a_day_that_could_be_two_is_not_read(headline: str, written: dt.date) -> None:
    assert classify_headline(headline, written) is None


def test_a_time_without_its_zone_or_two_that_disagree_leave_the_day_alone() -> None:
    for headline in ("All of Us Are Dead Season 2 premieres Feb. 12 at 5pm",
                     "All of Us Are Dead Season 2 premieres Feb. 12 at 5 p.m. KST (1 a.m. PT)"):
        found = classify_headline(headline, SAT_6_FEB)
        assert found is not None and found.release_at == _at(12), headline


def test_premieres_today_is_a_release_date_not_a_release() -> None:
    # Said in the morning, hours before the premiere: season 2 is out only when its moment comes.
    found = classify_headline("All of Us Are Dead Season 2 premieres today at 5 p.m. KST", FRI_12_FEB)
    assert found is not None
    assert (found.milestone, found.release_at) == (Milestone.RELEASE_DATE_ANNOUNCED, _at(12, 8))


@table(
    "headline",
    [
        "Netflix announces All of Us Are Dead Season 2 release date today",
        "Netflix to reveal All of Us Are Dead Season 2 release date next Friday",
        "All of Us Are Dead Season 2 premiere date to be announced tomorrow",
        "지금 우리 학교는 시즌2 공개일 내일 발표",
    ],
)
def test_the_day_a_release_date_is_revealed_is_not_the_release_date(headline: str) -> None:
    found = classify_headline(headline, SAT_6_FEB)
    assert found is None or found.release_at is None, found


def test_a_korean_day_of_another_event_is_not_the_release() -> None:
    found = classify_headline("지금 우리 학교는 시즌2 12일 제작발표회", SAT_6_FEB)
    assert found is None or found.release_at is None, found


def test_the_day_beside_the_release_is_read_past_another_events_day() -> None:
    found = classify_headline("지금 우리 학교는 시즌2 제작발표회 오늘 개최…12일 공개", TUE_9_FEB)
    assert found is not None and found.release_at == _at(12)


def test_a_premiere_events_weekday_is_not_the_release() -> None:
    found = classify_headline("All of Us Are Dead season 2 premiere event held Tuesday in Seoul", TUE_9_FEB)
    assert found is None or found.release_at is None, found


def test_a_weekday_alone_after_a_release_verb_is_the_next_one() -> None:
    found = classify_headline("All of Us Are Dead Season 2 premieres Friday at 8am GMT", TUE_9_FEB)
    assert found is not None and found.release_at == _at(12, 8)


def test_a_korean_hour_on_the_24_hour_clock_is_koreas() -> None:
    found = classify_headline("지금 우리 학교는 시즌2, 12일 0시 공개", WED_10_FEB)
    assert found is not None and found.release_at == dt.datetime(2027, 2, 11, 15, 0, tzinfo=dt.UTC)


def test_a_korean_release_date_named_before_its_day_is_read() -> None:
    found = classify_headline("지금 우리 학교는 시즌2 공개일 변경…내달 19일", dt.date(2027, 1, 19))
    assert found is not None and found.release_at == _at(19)


@table(
    ("headline", "release_at"),
    [
        ("All of Us Are Dead Season 2 drops at 5 p.m. KST Friday", _at(12, 8)),
        ("지금 우리 학교는 시즌2 공개 D-2", _at(12)),  # Korean news counts down to the release
        ("지금 우리 학교는 시즌2 공개 D-day", _at(10)),
    ],
)
def test_a_time_before_its_weekday_and_a_countdown_are_read(headline: str, release_at: dt.datetime) -> None:
    found = classify_headline(headline, WED_10_FEB)
    assert found is not None and found.release_at == release_at


def test_a_countdown_without_the_release_named_is_no_release_date() -> None:
    assert classify_headline("All of Us Are Dead Season 2 D-2: cast sends message", WED_10_FEB) is None


@table("headline", [
    "All of Us Are Dead Season 2 premieres Feb. 12 at midnight PT",
    "All of Us Are Dead Season 2 arrives on Netflix Feb. 12 at midnight Pacific time",
])
def test_midnight_pacific_is_the_start_of_that_day_there(headline: str) -> None:
    found = classify_headline(headline, SAT_6_FEB)
    assert found is not None and found.release_at == _at(12, 8)


@table("headline", [
    "All of Us Are Dead Season 2 premieres tonight at midnight PT",
    "all of us are dead season 2 drops tonight at 12 a.m. Pacific",
])
def test_midnight_tonight_is_the_start_of_the_next_day(headline: str) -> None:
    found = classify_headline(headline, dt.date(2027, 2, 11))
    assert found is not None and found.release_at == _at(12, 8)  # 00:00 PST on the 12th


def test_a_small_hour_tonight_is_the_next_days() -> None:
    found = classify_headline("All of Us Are Dead Season 2 arrives tonight at 1 a.m. ET", dt.date(2027, 2, 11))
    assert found is not None and found.release_at == _at(12, 6)  # 01:00 EST on the 12th


def test_an_evening_hour_tonight_is_that_days() -> None:
    found = classify_headline("All of Us Are Dead Season 2 premieres tonight at 9 p.m. KST", dt.date(2027, 2, 11))
    assert found is not None and found.release_at == _at(11, 12)


@table("headline", [
    "넷플릭스 2월 공개작…'지금 우리 학교는2' 12일 공개",
    "2월 넷플릭스 라인업, 「지금 우리 학교는2」 12일 공개",
])
def test_a_month_named_once_carries_to_the_bare_day_after_it(headline: str) -> None:
    found = classify_headline(headline, dt.date(2027, 1, 20))
    assert found is not None and found.release_at == _at(12)


def test_a_month_named_for_something_past_does_not_carry() -> None:
    found = classify_headline("작년 4월 촬영 마친 '지금 우리 학교는2', 12일 공개", dt.date(2027, 2, 6))
    assert found is not None and found.release_at == _at(12)


@table(("headline", "written", "release_at"), [
    ("reminder: aouad s2 is out at 1am PT tonight 🧟", dt.date(2027, 3, 18), dt.datetime(2027, 3, 19, 8, tzinfo=dt.UTC)),
    ("all of us are dead season 2 is out on friday!!", dt.date(2027, 3, 17), dt.datetime(2027, 3, 19, tzinfo=dt.UTC)),
])
def test_a_season_out_at_a_time_to_come_is_that_release_date(headline: str, written: dt.date,
                                                              release_at: dt.datetime) -> None:
    found = classify_headline(headline, written)
    assert found is not None
    assert (found.milestone, found.release_at) == (Milestone.RELEASE_DATE_ANNOUNCED, release_at)


def test_a_season_on_netflix_from_a_day_is_that_release_date() -> None:
    found = classify_headline("All of Us Are Dead series 2 will be on Netflix from 19/3 at 8am GMT", dt.date(2027, 2, 17))
    assert found is not None
    assert (found.milestone, found.release_at) == (Milestone.RELEASE_DATE_ANNOUNCED, dt.datetime(2027, 3, 19, 8, tzinfo=dt.UTC))


def test_a_season_streaming_from_a_day_to_come_is_not_out_yet() -> None:
    found = classify_headline("All of Us Are Dead Season 2 is streaming on Netflix from March 19", dt.date(2027, 2, 17))
    assert found is not None
    assert (found.milestone, found.release_at) == (Milestone.RELEASE_DATE_ANNOUNCED, dt.datetime(2027, 3, 19, tzinfo=dt.UTC))


@table("headline", [
    "All of Us Are Dead Season 2 merch available from March 1",
    "the AOUAD S2 cast will be on Netflix on March 5 for a live Q&A",
])
def test_something_else_on_netflix_from_a_day_is_not_the_release(headline: str) -> None:
    found = classify_headline(headline, dt.date(2027, 2, 17))
    assert found is None or found.release_at is None


@table("headline", [
    "all of us are dead season 2 is out at midnight",
    "All of Us Are Dead Season 2 is here March 19",
    "aouad s2 is finally on netflix march 19",
    "aouad s2 is now on netflix 3/19",
])
def test_a_season_here_or_out_at_a_moment_to_come_is_not_out_now(headline: str) -> None:
    found = classify_headline(headline, dt.date(2027, 2, 17))
    assert found is None or found.milestone is not Milestone.RELEASED


def test_a_post_opening_with_a_month_and_a_colon_gives_its_bare_days_that_month() -> None:
    found = read_headline("march is stacked: trigger 2 on the 12th, weak hero 3 on the 5th, aouad s2 on the 19th", WED_10_FEB)
    assert [c.release_at for c in found] == [dt.datetime(2027, 3, 19, tzinfo=dt.UTC)]


def test_a_bare_day_beside_a_month_named_alone_is_not_guessed_from_today() -> None:
    assert all(c.release_at is None for c in read_headline("april is horror month fr, aouad s2 on the 16th", WED_10_FEB))


@table(
    ("headline", "release_at"),
    [
        ("All of Us Are Dead Season 2 release time in India: 1:30 PM IST on Feb. 12", _at(12, 8)),
        ("🇲🇽 All of Us Are Dead Season 2 drops Feb. 12 at 2am CST", _at(12, 8)),
        ("All of Us Are Dead Season 2 premieres Feb. 12 at 4 p.m. GMT+8", _at(12, 8)),
        # a shared zone with no place named beside it: the day alone, its hour never guessed
        ("All of Us Are Dead Season 2 release time: 1:30 PM IST on Feb. 12", _at(12)),
    ],
)
def test_a_shared_zone_is_read_for_the_place_named_beside_it(headline: str, release_at: dt.datetime) -> None:
    found = classify_headline(headline, SAT_6_FEB)
    assert found is not None and found.release_at == release_at


@table(("said", "zone"), [
    ("AOUAD S2 TOMORROW 3PM PH TIME", "3PM PHT"),
    ("aouad s2 tomorrow 3pm manila time", "3pm PHT"),
    ("aouad s2 tomorrow 4pm korean time", "4pm KST"),
    ("aouad s2 friday 16:00 (Tokyo time)", "16:00 JST"),
    # the US coasts by name: their zones, whose clocks change
    ("aouad s2 drops TONIGHT 11pm pacific", "11pm PT"),
    ("aouad s2 friday 2am Eastern time", "2am ET"),
])
def test_an_hours_place_time_is_that_places_zone(said: str, zone: str) -> None:
    assert zone in with_place_zones(said)


def test_a_place_whose_clocks_change_keeps_its_words() -> None:
    assert with_place_zones("aouad s2 tomorrow 8am uk time") == "aouad s2 tomorrow 8am uk time"


@table(("headline", "expected"), [
    # a weekday beside a slashed day months ahead is the weekday that day falls on, not the coming one
    ("aouad s2 drops friday 4/16", dt.date(2027, 4, 16)),
    ("aouad s2 drops 12am PDT friday 4/16", dt.date(2027, 4, 16)),
    # a weekday or "tomorrow" the slashed day does not fall on: two days, neither read
    ("aouad s2 drops thursday 4/16", None),
    ("aouad s2 drops tomorrow (4/16)", None),
    # the two agree
    ("aouad s2 drops tomorrow (1/7)", dt.date(2027, 1, 7)),
])
def test_a_weekday_beside_a_slashed_day_must_agree_with_it(headline: str, expected: dt.date | None) -> None:
    found = classify_headline(headline, dt.date(2027, 1, 6))
    assert (found.release_at.date() if found and found.release_at else None) == expected


@table("headline", [
    "aouad 2 unlocks 12am PDT friday 4/16, setting 3 alarms",
    "east coast: aouad 2 unlocks 3am EDT friday",  # (a weekday alone after the hour, s2wild59)
])
def test_a_fans_unlocks_gives_the_release_and_its_hour(headline: str) -> None:
    found = classify_headline(headline, dt.date(2027, 4, 14))
    assert found is not None and found.milestone is Milestone.RELEASE_DATE_ANNOUNCED
    assert found.release_at == dt.datetime(2027, 4, 16, 7, 0, tzinfo=dt.UTC)


@table(("headline", "written"), [
    # 5 March passed three months ago, 3 May one month ago: neither is to come, never 5 March next year
    ("aouad s2 premieres 3/5!!", dt.date(2027, 6, 1)),
    # 4 February long past, 2 April just past: no day next February
    ("aouad s2 premieres 2/4!!", dt.date(2027, 4, 10)),
])
def test_a_slashed_day_whose_two_readings_have_both_passed_is_no_day(headline: str, written: dt.date) -> None:
    assert read_headline(headline, written) == ()
