"""Delays read from headlines (bot/season2/sources/headlines.py, headline_parts.py): English and Korean say
a release is pushed later, with its new day, its new window or none; a date merely changed or moved up is
a change of the release date to the new day (never the day it moves from), and Korean 연기 that means acting (연기력, 연기 변신, 연기 호평) is no delay."""

from __future__ import annotations

import datetime as dt

from bot.season2.model import Milestone
from bot.season2.sources.headline_denials import denied_day
from bot.season2.sources.headline_parts import read_headline
from tests.table import table

WRITTEN = dt.date(2027, 3, 1)
MARCH_26 = dt.date(2027, 3, 26)
KO = "'지금 우리 학교는' 시즌2"
EN = "All of Us Are Dead season 2"
DELAYED, DATED, CHANGED = Milestone.DELAYED, Milestone.RELEASE_DATE_ANNOUNCED, Milestone.RELEASE_DATE_CHANGED


@table(
    ("headline", "milestone", "day"),
    [
        # Korean: a delay to a new day, said every way the press says it
        (f"{KO} 공개 3월 26일로 연기", DELAYED, MARCH_26),
        (f"{KO}, 3월 26일로 공개 연기", DELAYED, MARCH_26),
        (f"{KO} 공개 3월 26일로 연기돼", DELAYED, MARCH_26),
        (f"{KO} 공개일 3월 26일로 연기됐다", DELAYED, MARCH_26),
        (f"{KO} 3월 26일로 미뤄졌다", DELAYED, MARCH_26),
        (f"{KO} 공개 3월 26일로 미뤄져", DELAYED, MARCH_26),
        (f"{KO} 공개 3월 26일로 늦춰져", DELAYED, MARCH_26),
        (f"{KO} 공개 일정 또 연기…3월 26일 공개", DELAYED, MARCH_26),
        # the season's name, then "in the end put off" as the whole news, its new day in the next part
        ("'지우학2' 결국 연기…3월 26일 오후 5시 공개", DELAYED, MARCH_26),
        (f"{KO} 끝내 연기됐다", DELAYED, None),
        ("'지금 우리 학교는2' 결국 또 연기", DELAYED, None),
        # Korean: a delay without its new day
        (f"{KO} 공개 연기", DELAYED, None),
        (f"{KO} 공개 연기됐다", DELAYED, None),
        (f"{KO} 공개 늦춰져", DELAYED, None),
        (f"{KO} 공개 일정 미뤄졌다", DELAYED, None),
        (f"{KO} 공개 2주 밀린다", DELAYED, None),  # 밀리다, 미루다: pushed back, as 미뤄
        (f"{KO} 공개 3월 26일로 밀려", DELAYED, MARCH_26),
        (f"{KO} 공개 일주일 미룬다", DELAYED, None),
        # a changed day says no later or earlier: a change of the release date, as English "moved to"
        (f"{KO} 공개일 3월 26일로 변경", CHANGED, MARCH_26),
        (f"{KO} 공개 3월 26일로 변경돼", CHANGED, MARCH_26),
        (f"{KO} 공개 일정 변경…3월 26일 공개", CHANGED, MARCH_26),
        (f"{KO} 3월 12일→26일 공개 변경", CHANGED, MARCH_26),
        (f"{EN} release moved to March 26", CHANGED, MARCH_26),
        (f"{EN} shifted to March 26", CHANGED, MARCH_26),
        (f"{EN} release moved up to March 26", CHANGED, MARCH_26),
        ("Netflix moves 'All of Us Are Dead' Season 2 to March 26", CHANGED, MARCH_26),
        ("they moved aouad 2 to 3/26 😭 at least it's just a week", CHANGED, MARCH_26),  # a fan's short name
        ("netflix moved aouad s2 to march 26", CHANGED, MARCH_26),
        (f"{EN} premiere moves from March 12 to March 26", CHANGED, MARCH_26),
        (f"Netflix reschedules {EN} for March 26", CHANGED, MARCH_26),
        (f"{EN} gets new release date: March 26", CHANGED, MARCH_26),
        (f"A new date for {EN}: March 26", CHANGED, MARCH_26),  # a new date replaces the one it had
        (f"{EN} gets a new date: March 26", CHANGED, MARCH_26),
        (f"{EN} pushed from March 12 to March 26", DELAYED, MARCH_26),
        (f"{KO} 공개 3월 12일에서 26일로 연기", DELAYED, MARCH_26),
        # English delays
        (f"{EN} pushed to March 26", DELAYED, MARCH_26),
        (f"{EN} postponed to March 26", DELAYED, MARCH_26),
        (f"{EN} delayed to March 26", DELAYED, MARCH_26),
        (f"{EN} premiere pushed back to March 26", DELAYED, MARCH_26),
        (f"{EN} release bumped to March 26", DELAYED, MARCH_26),
        (f"{EN} slides to March 26", DELAYED, MARCH_26),
        (f"{EN} slips to March 26", DELAYED, MARCH_26),
        (f"{EN} shifted back to March 26", DELAYED, MARCH_26),
        (f"{EN} now arrives March 26 instead of March 12", DELAYED, MARCH_26),
        (f"{EN} won't arrive until March 26", DELAYED, MARCH_26),
        (f"{EN} delayed again", DELAYED, None),
        (f"{EN} got pushed a week :( new date march 26", DELAYED, MARCH_26),
        (f"{EN} pushed by two weeks", DELAYED, None),
        # moved earlier is no delay
        (f"{EN} now arrives March 26 instead of April 2", DATED, MARCH_26),
    ],
)
def test_a_delay_headline_reads_as_a_delay_with_its_new_day(
    headline: str, milestone: Milestone, day: dt.date | None
) -> None:
    found = read_headline(headline, WRITTEN)
    assert [(c.milestone, c.release_at.date() if c.release_at else None) for c in found] == [(milestone, day)]


@table(
    "headline",
    [
        f"{KO} 배우들의 연기 호평",
        f"{KO} 윤찬영 연기력 물올랐다",
        f"{KO} 조이현 연기 변신",
        f"{KO} 결국 연기 변신 성공",
        "'지우학2' 박지후 결국 연기 호평 받았다",
        f"{KO} 박지후, 진심을 담은 눈빛으로 연기했다",
        f"{KO} 공개 연기 아냐",
        f"{KO} 예고편 공개…배우들 연기 호평",
        f"{KO} 공개 앞두고 배우들 연기 열정",
        f"MBC 방송 연기대상 {KO} 윤찬영 수상",
        f"Netflix won't confirm {EN} date until the trailer drops",
        f"{EN} slips to No. 3 in Netflix Top 10",
        f"{KO} 글로벌 TOP10 2위로 밀려",  # a chart's place
        f"{EN} premiere pushes to No. 1",
        f"Netflix bumps {EN} to top of homepage",
    ],
)
def test_acting_chart_moves_and_denied_delays_are_no_delay(headline: str) -> None:
    assert all(c.milestone is not DELAYED for c in read_headline(headline, WRITTEN))


def test_a_released_day_beside_praise_for_the_acting_stays_the_release_date() -> None:
    found = read_headline(f"{KO} 3월 26일 공개…배우들의 연기 호평", WRITTEN)
    assert [(c.milestone, c.release_at.date() if c.release_at else None) for c in found] == [(DATED, MARCH_26)]


@table(
    ("headline", "label"),
    [
        (f"{KO} 공개 2027년 하반기로 연기", "the second half of 2027"),
        (f"{KO}, 결국 내년으로 연기", "2028"),
        (f"{KO} 공개 2026년에서 2027년으로 연기", "2027"),
        (f"{EN} won't be out until 2028", "2028"),
        (f"{EN} premiere slips into 2028", "2028"),
        (f"{EN} pushed to the second half of 2027", "the second half of 2027"),
    ],
)
def test_a_delay_into_a_window_names_that_window(headline: str, label: str) -> None:
    found = read_headline(headline, WRITTEN)
    assert [(c.milestone, c.window.label if c.window else None) for c in found] == [(DELAYED, label)]


def test_not_arriving_until_a_day_denies_no_day() -> None:
    assert denied_day(f"{EN} won't arrive until March 26", WRITTEN) is None


@table(
    "headline",
    [
        f"{KO} 제작발표회 3월 26일로 연기",
        f"{KO} 팬미팅 3월 26일로 연기",
        f"{EN} fan event postponed to March 26",
        f"{KO} 예고편 공개 연기",
        f"{EN} trailer delayed to March 26",
        f"{EN} filming moved to March 26",
        f"{EN} table read moved to March 26",
        "they moved the aouad s2 watch party to March 26",
        f"{KO} 촬영 일정 변경",
        f"{KO} 제작발표회 일정 3월 26일로 변경",
        f"{KO} 공개일 변경 없다",
    ],
)
def test_an_event_or_trailer_put_off_is_no_claim_about_the_season(headline: str) -> None:
    assert read_headline(headline, WRITTEN) == ()


@table(
    "headline",
    [
        "AOUAD 2 delayed in India by 2 hours due to a server issue 😭",  # (s2wild60)
        "All of Us Are Dead 2 delayed in the Philippines, Netflix says it's a glitch",
        "AOUAD 2 delayed 2 hours, servers down",
        "aouad 2 is 30 minutes late for PH users??",
        "Estamos Muertos 2 retrasada en México por una falla",
        "Netflix delays AOUAD 2 by an hour in some regions",
        "지우학2 공개 지연… 넷플릭스 서버 폭주",  # (the servers swamped)
        "AOUAD 2 delayed, servers down lol",
    ],
)
def test_a_slip_of_hours_or_in_one_country_on_the_day_is_no_delay_of_the_season(headline: str) -> None:
    assert read_headline(headline, dt.date(2027, 3, 12)) == ()


def test_a_trailer_beside_a_delayed_premiere_gives_both() -> None:
    found = read_headline(f"{EN} trailer drops; premiere delayed to March 26", WRITTEN)
    assert [(c.milestone, c.release_at.date() if c.release_at else None) for c in found] == [
        (Milestone.TRAILER, None), (DELAYED, MARCH_26)]


@table(
    ("headline", "milestone", "day"),
    [
        (f"{KO} 공개 3월 26일로 일주일 연기", DELAYED, MARCH_26),  # its new day, then the span
        (f"{EN} will now arrive one week later, on March 26", DELAYED, MARCH_26),
        (f"{KO} 공개 일주일 앞당겨…3월 12일 공개", CHANGED, dt.date(2027, 3, 12)),  # brought forward
        (f"{EN} moved up a week to March 12", CHANGED, dt.date(2027, 3, 12)),
        # (s2wild41) the span between the season and its day, or a fan's cry before the day
        ("Netflix Moves Up 'All of Us Are Dead' Season 2 a Week to March 12", CHANGED, dt.date(2027, 3, 12)),
        ("AOUAD 2 got moved up a week!! March 12", CHANGED, dt.date(2027, 3, 12)),
        (f"{EN}, set one year later, premieres March 19", DATED, dt.date(2027, 3, 19)),  # the story's time, no delay
    ],
)
def test_a_move_by_a_span_keeps_its_new_day(headline: str, milestone: Milestone, day: dt.date) -> None:
    (found,) = read_headline(headline, WRITTEN)
    assert found.release_at is not None
    assert (found.milestone, found.release_at.date()) == (milestone, day)


@table("headline", [
    f"{EN} dub delayed to April",
    f"{EN} English dub arrives March 26",
    "'지금 우리 학교는2' 영어 더빙 26일 공개",
    f"{EN} Hindi dub release date: March 26",  # (the dub's own "release date", s2wild60)
])
def test_a_dubs_day_is_not_the_seasons(headline: str) -> None:
    assert read_headline(headline, WRITTEN) == ()


def test_the_season_arriving_with_its_dub_keeps_its_day() -> None:
    (found,) = read_headline(f"{EN} arrives March 19 with English dub", WRITTEN)
    assert found.release_at is not None and found.release_at.date() == dt.date(2027, 3, 19)


@table(("headline", "expected"), [
    (f"{KO} 예정대로 19일 공개…연기설 일축", (DATED, dt.date(2027, 3, 19), "reported")),  # the delay rumour dismissed
    ("지우학2 일주일 미뤄졌대 26일에 나온대", (DELAYED, MARCH_26, "rumour")),  # a fan's hearsay of a delay by a span
])
def test_korean_delay_talk_is_read_at_its_strength(headline: str, expected: tuple[Milestone, dt.date, str]) -> None:
    (found,) = read_headline(headline, WRITTEN)
    assert found.release_at is not None
    assert (found.milestone, found.release_at.date(), found.confidence.value) == expected


def test_a_delay_forecast_as_unavoidable_is_no_delay_yet() -> None:
    assert read_headline(f"{KO} 공개 연기 불가피", WRITTEN) == ()


@table(("headline", "milestone", "day"), [
    (f"{EN} premieres March 26 (originally March 19)", DELAYED, MARCH_26),  # the day it had before, then a later one
    (f"{EN} premieres March 12 (previously set for March 19)", DATED, dt.date(2027, 3, 12)),  # earlier: no delay
])
def test_the_day_a_release_had_before_in_brackets_makes_a_later_day_a_delay(headline: str, milestone: Milestone,
                                                                            day: dt.date) -> None:
    (found,) = read_headline(headline, WRITTEN)
    assert found.release_at is not None
    assert (found.milestone, found.release_at.date()) == (milestone, day)


@table(("headline", "day"), [
    # a moderator's paste: the delay, its new day, then a sentence on the server's event
    (f"**UPDATE** {EN} has been delayed one week — new release: **April 2**. Watch party moved too.", dt.date(2027, 4, 2)),
    (f"{EN} postponed to April 2. Our fan event is postponed as well!", dt.date(2027, 4, 2)),
    # the only day given is the event's: the delay keeps no day
    (f"{EN} delayed. Watch party moved to April 2.", None),
])
def test_an_event_in_a_sentence_of_its_own_leaves_the_seasons_delay(headline: str, day: dt.date | None) -> None:
    found = read_headline(headline, WRITTEN)
    assert [r.milestone for r in found] == [DELAYED]
    assert (found[0].release_at.date() if found[0].release_at else None) == day


def test_a_delay_said_of_an_event_is_still_the_events() -> None:
    assert read_headline(f"{EN} watch party postponed to April 2", WRITTEN) == ()


@table(("headline", "day"), [
    (f"{KO} 공개 연기 가닥…넷플릭스 내부 검토", None),  # what was settled, still weighed inside: a rumour
    (f"{KO} 4월 2일로 공개 연기…제작사 측 논의 중", dt.date(2027, 4, 2)),
    (f"{EN} pushed to April 2 — Netflix still weighing it", dt.date(2027, 4, 2)),
    (f"{KO} 4월 2일로 공개 연기 가닥…넷플릭스 \"확정 아냐\"", dt.date(2027, 4, 2)),  # not final yet: no denial of it
])
def test_a_delay_still_weighed_in_a_part_of_its_own_is_a_rumour(headline: str, day: dt.date | None) -> None:
    (found,) = read_headline(headline, WRITTEN)
    assert (found.milestone, found.confidence.value) == (DELAYED, "rumour")
    assert (found.release_at.date() if found.release_at else None) == day


def test_a_day_said_not_confirmed_in_its_own_words_is_still_taken_back() -> None:
    assert [c.milestone for c in read_headline(f"{KO} 측 \"3월 12일 공개 확정 아냐\"", WRITTEN)] == []


def test_a_delay_only_considered_is_no_delay() -> None:
    assert read_headline(f"{KO} 공개 연기 검토", WRITTEN) == ()


@table(
    ("headline", "milestone", "day"),
    [
        (f"{KO} 공개 26일로 순연", DELAYED, MARCH_26),  # the month left unsaid: this month's 26th
        ("넷플릭스 '지우학2' 공개 26일로 2주 미뤄", DELAYED, MARCH_26),
        (f"{KO} 공개 12일로 앞당겨", CHANGED, dt.date(2027, 3, 12)),
        (f"Update: {EN} will now debut Friday, March 26", CHANGED, MARCH_26),
        (f"{EN}: the series will now arrive on March 12", CHANGED, dt.date(2027, 3, 12)),
    ],
)
def test_a_release_moved_to_a_bare_day_or_that_will_now_come_keeps_its_new_day(headline: str, milestone: Milestone,
                                                                                  day: dt.date) -> None:
    (found,) = read_headline(headline, WRITTEN)
    assert found.release_at is not None
    assert (found.milestone, found.release_at.date()) == (milestone, day)


def test_filming_moved_to_a_bare_day_gives_the_release_no_day() -> None:
    (found,) = read_headline(f"{KO} 촬영 26일로 연기", WRITTEN)
    assert found.release_at is None


def test_filming_moved_to_a_month_and_day_gives_the_release_no_day() -> None:
    # "촬영 3월 26일로 연기": the shoot's new day, never announced as the release's
    (found,) = read_headline(f"{KO} 촬영 3월 26일로 연기", WRITTEN)
    assert found.release_at is None


@table(("headline", "milestone"), [
    ("they pushed aouad s2 to the 26th 😭", DELAYED),
    ("aouad s2 moved to the 26th", CHANGED),
])
def test_a_move_to_a_bare_ordinal_day_keeps_that_day(headline: str, milestone: Milestone) -> None:
    (found,) = read_headline(headline, WRITTEN)
    assert found.release_at is not None
    assert (found.milestone, found.release_at.date()) == (milestone, MARCH_26)


def test_a_korean_trailers_day_confirmed_is_not_the_seasons() -> None:
    assert all(found.release_at is None for found in read_headline("'지금 우리 학교는2' 예고편 3월 5일 공개 확정", WRITTEN))


@table(("headline", "day"), [
    ("aouad s2 delayed by a week, now the 26th", MARCH_26),
    (f"{EN} slips a week to March 26", MARCH_26),
    ("aouad s2 is now march 26 (was march 19)", MARCH_26),
])
def test_a_delay_said_with_its_span_or_the_day_it_was_keeps_its_new_day(headline: str, day: dt.date) -> None:
    (found,) = read_headline(headline, WRITTEN)
    assert found.release_at is not None
    assert (found.milestone, found.release_at.date()) == (DELAYED, day)


@table("headline", [
    f"{EN} bumped up to March 12",
    f"Netflix bumps {EN} up to March 12",
    f"{EN} premiere brought forward to March 12",
    f"Good news: {EN} arrives a week early, on March 12",
    f"{KO} 공개일 3월 12일로 당겨져",
    f"{KO} 새 공개일은 3월 12일",
])
def test_a_release_brought_earlier_is_a_change_to_its_new_day(headline: str) -> None:
    (found,) = read_headline(headline, WRITTEN)
    assert found.release_at is not None
    assert (found.milestone, found.release_at.date()) == (CHANGED, dt.date(2027, 3, 12))


def test_filming_brought_forward_gives_the_release_no_day() -> None:
    assert all(found.release_at is None for found in read_headline(f"{EN} filming brought forward to March 3", WRITTEN))


@table("headline", [
    f"{EN} March 19 premiere delayed",
    "netflix really said aouad s2 march 19 and then delayed it lol classic",
])
def test_an_english_day_before_the_delay_is_the_day_it_had_not_its_new_one(headline: str) -> None:
    (found,) = read_headline(headline, WRITTEN)
    assert (found.milestone, found.release_at) == (DELAYED, None)


@table("headline", [
    f"{KO} 공개 일주일 연기…3월 26일로 변경",
    f"{KO} 공개 연기…공개일 3월 26일로 변경",
    f"{EN} delayed one week; release date changed to March 26",
])
def test_a_delay_then_its_change_to_a_day_is_one_delay_to_that_day(headline: str) -> None:
    found = read_headline(headline, WRITTEN)
    assert [(r.milestone, r.release_at.date() if r.release_at else None) for r in found] == [(DELAYED, MARCH_26)]


@table("headline", [
    f"netflix moves {EN} up to March 26",
    f"Netflix is moving {EN} up to March 26",
    f"Netflix brings {EN} forward to March 26",
])
def test_the_season_moved_or_brought_up_to_a_day_is_a_change_to_it(headline: str) -> None:
    found = read_headline(headline, WRITTEN)
    assert [(r.milestone, r.release_at.date() if r.release_at else None) for r in found] == [(CHANGED, MARCH_26)]


def test_the_seasons_teaser_moved_up_to_a_day_is_no_change_of_the_release() -> None:
    found = read_headline(f"netflix moved the {EN} teaser up to March 26", WRITTEN)
    assert all(r.milestone is not CHANGED for r in found)


@table("headline", [f"{KO}, 3월 26일로 연기설", f"{KO} 3월 26일로 공개 연기설", f"{KO} 공개 3월 26일로 연기설 제기"])
def test_a_delay_said_as_talk_of_one_in_korean_is_a_rumour(headline: str) -> None:
    from bot.season2.model import Confidence
    from bot.season2.sources.headlines import classify_headline

    read = classify_headline(headline, WRITTEN)
    assert read is not None and read.milestone is DELAYED and read.confidence is Confidence.RUMOUR


@table("headline", [
    "지우학2 또 연기설 돌던데 이번엔 4월이래",  # the season's name, then 연기설 (a rumoured delay) going round
    "'지우학2' 연기설 솔솔",
])
def test_a_delay_rumour_named_after_the_season_is_a_rumoured_delay(headline: str) -> None:
    assert [(r.milestone, r.confidence.value) for r in read_headline(headline, WRITTEN)] == [(Milestone.DELAYED, "rumour")]


def test_a_delay_rumour_brushed_aside_is_no_delay() -> None:
    assert read_headline("지우학2 연기설 사실무근", WRITTEN) == ()


@table("headline", [
    "the delay rumor was true 😭 aouad 2 is march 26 now",
    "it wasn't fake, aouad 2 really got pushed to march 26",
    "Estamos Mortos 2 adiada para 26 de março, não era fake 😭",
    "지우학2 연기설 사실이었네… 3월 26일로 연기",
    "《僵尸校园2》推迟到3月26日是真的，官方刚发公告",
])
def test_a_delay_rumour_said_true_is_a_reported_delay_to_its_day(headline: str) -> None:
    assert [(r.milestone, r.confidence.value, r.release_at.date() if r.release_at else None)
            for r in read_headline(headline, WRITTEN)] == [(DELAYED, "reported", MARCH_26)]


@table("headline", ["was the aouad 2 delay rumor true? march 26??", "《僵尸校园2》推迟到3月26日是真的吗"])
def test_a_delay_rumour_asked_about_is_no_reported_delay(headline: str) -> None:
    assert all(r.confidence.value != "reported" for r in read_headline(headline, WRITTEN))
