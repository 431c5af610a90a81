"""Numbers and words in fans' posts that look like a day or a window and are none (s2fix39): "24/7" (all the time), scores
("10/10 would watch", "5/5 stars", "평점 9/10"), shares and how far one has watched ("1/2 of the cast", "3/4 episodes"),
a weekday beside a numeric day (the day's own, never this week's), Korean's 봄 ending a sentence (보다's "watched", no spring)
and English's fall and spring as verbs; and a day a release had, then put off ("4월 2일 공개였는데 결국 연기", "공개라더니",
"was supposed to drop april 2… delayed again"): that day put off, never announced. Each reading is what every subscribed
server would be told."""

from __future__ import annotations

import datetime as dt

from bot.season2.sources.rss import FeedItem, claims_from_items
from tests.table import table

WRITTEN = dt.date(2027, 3, 1)  # a Monday


def _told(title: str, written: dt.date = WRITTEN) -> set[tuple[str, str | None]]:
    """What a post read from a feed announces: each claim as (milestone, its day or window)."""
    claims, _ = claims_from_items([FeedItem(title, None, "x.com", written)], written)
    return {(c.milestone.value, c.release_at.date().isoformat() if c.release_at else c.release_window) for c in claims}


@table("post", [
    "지우학2 공개 24/7 기다리는중",
    "All of Us Are Dead season 2 release: I check 24/7",
    "aouad s2 release thinking about it 24/7",
    "aouad s2 premieres 24x7",
    "all of us are dead season 2 comes out and i'm refreshing netflix 24/7/365",
])
def test_round_the_clock_is_never_a_day(post: str) -> None:
    assert _told(post) == set()


def test_round_the_clock_beside_the_day_leaves_the_day_alone() -> None:
    assert _told("aouad s2 comes out may 7, i'll be watching 24/7") == {("release_date_announced", "2027-05-07")}


def test_a_day_with_its_year_that_reads_24_7_is_still_a_day() -> None:
    assert _told("aouad s2 release date: 24/7/2027") == {("release_date_announced", "2027-07-24")}


@table("post", [
    "aouad s2 premiere 10/10 would watch again",
    "aouad s2 release 5/5 stars",
    "aouad s2 release 4/5 stars from me",
    "지우학2 공개 평점 9/10",
    "지우학2 공개 별점 4/5",
    "지우학2 공개 9/10점",
])
def test_a_score_is_never_a_day(post: str) -> None:
    assert _told(post) == set()


def test_a_score_beside_the_day_leaves_the_day_alone() -> None:
    assert _told("aouad s2 teaser: 10/10, premiere 3/19") >= {("release_date_announced", "2027-03-19")}
    assert _told("aouad s2 is 9/10 for me, premieres 3/5") == set()  # 3 May or 5 March: still asked, never guessed


@table("post", [
    "aouad s2 release, 1/2 of the cast returns",
    "aouad s2 premiere: 3/4 of the cast back",
    "aouad s2: watched 3/4 episodes already",
    "aouad s2: watched 3/4 already",
])
def test_a_share_or_how_far_one_has_watched_is_never_a_day(post: str) -> None:
    assert _told(post, dt.date(2027, 1, 10)) == set()


def test_a_plain_day_with_a_stroke_is_still_read() -> None:
    assert _told("aouad s2 premieres 2/14", dt.date(2027, 1, 10)) == {("release_date_announced", "2027-02-14")}
    assert _told("지우학2 14/2 공개", dt.date(2027, 1, 10)) == {("release_date_announced", "2027-02-14")}


@table("post", ["aouad s2 premieres friday 3/5", "aouad s2 premieres 3/5 (friday)"])
def test_a_weekday_beside_a_numeric_day_is_that_days_own_never_this_weeks(post: str) -> None:
    # written Sunday 10 January: 5 March 2027 is a Friday, 3 May a Monday (never Friday 15 January)
    assert _told(post, dt.date(2027, 1, 10)) == {("release_date_announced", "2027-03-05")}


def test_a_weekday_that_neither_order_of_a_numeric_day_falls_on_gives_no_day() -> None:
    assert _told("aouad s2 drops friday 3/6", dt.date(2027, 3, 4)) == set()


@table("post", [
    "지우학2 9일 공개였는데 오늘 봄",
    "지우학2 다 봄ㅋㅋ",
    "지우학2 공개 당일 다 봄",
    "지우학2 어제 공개돼서 밤새 봄 진짜 재밌음",
    "지우학2 공개였는데 정주행 해봄",
])
def test_korean_bom_ending_a_sentence_is_watched_never_spring(post: str) -> None:
    assert not any(milestone == "release_window" for milestone, _ in _told(post))


@table(("post", "window"), [
    ("지우학2 봄 공개", "spring 2027"),
    ("지우학2 봄에 공개", "spring 2027"),
    ("지우학2 2027년 봄 공개", "spring 2027"),
    ("지우학2 내년 봄 공개", "spring 2028"),
    ("지우학2 내년봄 공개", "spring 2028"),
    ("지우학2 공개는 봄", "spring 2027"),
    ("지우학2 공개 시기는 내년 봄", "spring 2028"),
    ("지우학2 여름 공개 확정", "summer 2027"),
])
def test_a_korean_season_said_as_a_time_is_still_a_window(post: str, window: str) -> None:
    assert _told(post) == {("release_window", window)}


@table("post", [
    "aouad s2 release: fans fall in love all over again",
    "aouad s2 release date plans fall apart",
    "aouad s2 release making me spring out of bed",
])
def test_english_fall_and_spring_said_as_verbs_are_no_window(post: str) -> None:
    assert _told(post) == set()


@table(("post", "window"), [
    ("aouad s2 premieres this fall", "fall 2027"),
    ("aouad s2 premieres in the spring", "spring 2027"),
    ("aouad s2 coming this fall on the netflix app", "fall 2027"),
])
def test_english_fall_and_spring_said_as_times_are_still_windows(post: str, window: str) -> None:
    assert _told(post) == {("release_window", window)}


@table("post", [
    "지우학2 4월 2일 공개였는데 결국 연기",
    "지우학2 4월 2일 공개였는데 결국 연기됨 ㅠㅠ",
    "지우학2 4월 2일 공개 예정이었지만 결국 연기됐다",
    "지우학2 4월 2일 공개라더니 결국 연기",
    "지우학2 4월 2일 공개한다더니 연기됨 ㅠ",
    "지우학2 원래 4월 2일 공개였는데 밀림",
    "aouad s2 was meant to drop april 2... delayed again",
    "aouad s2 was supposed to drop april 2... delayed again",
])
def test_a_day_it_had_then_put_off_is_a_delay_with_no_new_day(post: str) -> None:
    assert _told(post) == {("delayed", None)}


def test_a_day_it_had_then_put_off_to_another_is_a_delay_to_the_other() -> None:
    assert _told("지우학2 4월 2일 공개였는데 결국 연기… 9일 공개") == {("delayed", "2027-04-09")}
    assert _told("aouad s2 was supposed to drop april 2, now it's april 9") == {("delayed", "2027-04-09")}


def test_acting_praised_after_the_day_it_had_is_no_delay() -> None:
    assert _told("지우학2 4월 2일 공개였는데 연기 미쳤다") == set()


@table("post", ["aouad s2 was supposed to drop april 2", "aouad s2 was going to come out april 2 but nope"])
def test_a_day_it_was_meant_to_have_is_never_announced(post: str) -> None:
    assert _told(post) == set()


def test_a_day_set_in_reported_speech_is_still_announced() -> None:
    assert _told("Netflix said All of Us Are Dead season 2 was set to premiere April 2") == {
        ("release_date_announced", "2027-04-02")}


@table("post", [
    "aouad s2 premiere hype 10/10",
    "지우학2 공개 D-30 ㄷㄷ 기대 10/10",
])
def test_a_score_of_hype_is_never_a_day(post: str) -> None:
    assert not any(day == "2027-10-10" for _, day in _told(post, dt.date(2027, 1, 10)))


@table("post", [
    "4월 2일 공개 예정이던 '지우학2', 결국 연기",
    "4월 2일 공개 예정이었던 '지우학2' 결국 공개 연기",
    "오는 4월 2일 공개될 예정이던 '지금 우리 학교는' 시즌2가 연기됐다",
])
def test_the_press_naming_the_season_by_the_day_it_had_then_put_off_is_a_delay_with_no_new_day(post: str) -> None:
    assert _told(post) == {("delayed", None)}


def test_the_day_it_had_that_stands_as_planned_is_still_the_day() -> None:
    assert _told("4월 2일 공개 예정이던 '지우학2', 예정대로 공개 확정") == {("release_date_announced", "2027-04-02")}


def test_the_day_it_had_changed_to_another_is_a_change_to_the_other() -> None:
    assert _told("4월 2일 공개 예정이던 지우학2, 공개일 4월 9일로 변경") == {("release_date_changed", "2027-04-09")}


@table("post", ["지우학2가 연기될 수도 있다", "지우학2가 연기됐다는 건 루머", "지우학2가 연기된다면 슬플듯"])
def test_a_delay_only_supposed_or_called_a_rumour_is_no_delay(post: str) -> None:
    assert ("delayed", None) not in _told(post)


@table("post", [
    "지우학2 4월 2일 공개 취소됨",
    "지우학2 4월 2일 공개 물 건너감",
    "aouad s2 april 2 release is off",
    "aouad s2 april 2 premiere scrapped, new date TBA",
])
def test_a_days_release_called_off_is_that_day_put_off_never_announced_nor_the_season_cancelled(post: str) -> None:
    assert _told(post) == {("delayed", None)}


@table("post", [
    "지우학2 공개 연기…새 공개일 미정",
    "지우학2 결국 연기…새 공개일 미정",
    "aouad s2 delayed, new date not announced yet",
])
def test_a_delay_whose_new_day_is_still_unset_is_still_a_delay(post: str) -> None:
    assert _told(post) == {("delayed", None)}


def test_a_release_day_said_unset_without_a_delay_still_announces_nothing() -> None:
    assert _told('지우학2 3월 공개 보도…넷플릭스 "공개일 미정"') == set()


@table("post", [
    "aouad s2 premieres March 5-7",
    "aouad s2 premieres between March 5 and March 7",
    "지우학2 3월 5일~7일 공개",
    "지우학2 3/5~3/7 공개",
    "지우학2 3/5~7 공개",
    "aouad season 2 premieres March 5 to 7",
    "aouad season 2 premieres from March 5 to March 7",
    "지우학2 3월 5일부터 7일까지 공개",
])
def test_a_span_of_days_is_never_its_first_day_only_its_month(post: str) -> None:
    assert _told(post, dt.date(2027, 1, 10)) == {("release_window", "March 2027")}


def test_a_span_of_days_with_the_month_after_is_never_its_first_day() -> None:
    assert _told("aouad season 2 premieres 5 to 7 March", dt.date(2027, 1, 10)) == {("release_window", "5 to 7 March 2027")}


def test_a_premiere_moved_from_one_day_to_another_is_a_move_not_a_span() -> None:
    assert _told("aouad season 2 premiere moved from March 19 to March 26") == {("release_date_changed", "2027-03-26")}


def test_two_days_joined_by_and_without_between_are_no_span() -> None:
    assert ("release_window", "March 2027") not in _told("aouad s2 premieres March 5 and 2 more shows on March 7",
                                                         dt.date(2027, 1, 10))


@table("post", ["aouad s2 premieres March 5, 24 hours from now", "aouad s2 premieres March 5, 3 hours to go"])
def test_a_count_of_hours_after_a_day_is_no_year_and_leaves_the_day(post: str) -> None:
    assert _told(post, dt.date(2027, 3, 4)) == {("release_date_announced", "2027-03-05")}


def test_a_day_then_two_bare_digits_may_be_its_year_and_gives_no_day() -> None:
    assert _told("aouad s2 premieres Mar 19, 27", dt.date(2027, 3, 4)) == {("release_window", "March 2027")}
