"""A release day called off or put off in Indonesian chat ("batal tayang", "gak jadi tayang", "nggak tayang") or Vietnamese
("hoãn ra mắt ngày …"): that day is taken back, never announced (review38: each was read as the day announced); a
delay of a day's release ("delays April 9 premiere", "4월 9일 공개 연기") never names that day as the new one."""

from __future__ import annotations

import datetime as dt

from bot.season2.sources.headline_denials import denied_day
from bot.season2.sources.headline_parts import read_headline
from tests.table import table

WRITTEN = dt.date(2027, 1, 20)


@table("headline", [
    "All of Us Are Dead musim 2 batal tayang 9 April",
    "All of Us Are Dead musim 2 gak jadi tayang 9 April",
    "All of Us Are Dead musim 2 nggak rilis 9 April",
    "Ngôi trường xác sống phần 2 hoãn ra mắt ngày 9/4",
    # a Chinese day said not to be it, a Thai fake, a quoted post called a lie (s2wild86: each was read as the day)
    "僵尸校园2不是4月9日上线",
    "僵尸校园2 4月9日不上线",
    "มัธยมซอมบี้ 2 ฉาย 9 เม.ย. ข่าวปลอม",
    "that 'aouad 2 april 9' post was a lie",
])
def test_a_day_called_off_abroad_is_never_announced(headline: str) -> None:
    assert not read_headline(headline, WRITTEN)
    assert denied_day(headline, WRITTEN) == dt.date(2027, 4, 9)


@table("headline", [
    "All of Us Are Dead musim 2 tayang 9 April",
    "Ngôi trường xác sống phần 2 ra mắt ngày 9/4",
])
def test_the_same_day_said_plainly_is_still_announced(headline: str) -> None:
    assert [(r.milestone.value, r.release_at.date() if r.release_at else None) for r in read_headline(headline, WRITTEN)] == [
        ("release_date_announced", dt.date(2027, 4, 9))]


def _days(headline: str) -> set[tuple[str, dt.date | None]]:
    return {(r.milestone.value, r.release_at.date() if r.release_at else None) for r in read_headline(headline, WRITTEN)}


@table("headline", [
    "All of Us Are Dead Season 2 delays April 9 premiere",
    "Netflix delays All of Us Are Dead Season 2's April 9 premiere",
    "지우학2, 4월 9일 공개 연기",
    "「今、私たちの学校は…」シーズン2、4月9日配信延期",
])
def test_a_delay_of_the_days_release_never_announces_that_day_as_the_new_one(headline: str) -> None:
    assert _days(headline) == {("delayed", None)}  # (was: "delayed to April 9")


@table("headline", [
    "Netflix delays All of Us Are Dead Season 2's April 9 premiere to April 16",
    "지우학2, 4월 9일 공개 연기…4월 16일로",
    "지우학2, 4월 16일로 공개 연기",
])
def test_a_delay_of_the_days_release_to_another_day_names_the_new_day(headline: str) -> None:
    assert _days(headline) == {("delayed", dt.date(2027, 4, 16))}


@table("headline", ["「今、私たちの学校は…」シーズン2、4月9日配信はデマ", "「今、私たちの学校は…」シーズン2、4月9日配信のデマ"])
def test_a_japanese_days_release_called_a_hoax_is_never_announced(headline: str) -> None:
    assert not read_headline(headline, WRITTEN)  # (was: that day announced, as a rumour)


def test_a_vietnamese_not_this_day_but_that_one_reads_the_new_day_and_never_takes_it_back() -> None:
    # (was: 16/4 denied; then nothing; since wild31 the day set right by negation is read, as "sino el 18" is)
    assert _days("Ngôi trường xác sống phần 2 không phải ra mắt 9/4 mà là 16/4") == {("release_date_announced", dt.date(2027, 4, 16))}
    assert denied_day("Ngôi trường xác sống phần 2 không phải ra mắt 9/4 mà là 16/4", WRITTEN) != dt.date(2027, 4, 16)
    assert _days("Ngôi trường xác sống phần 2 ra mắt 16/4 chứ không phải 9/4") == {("release_date_announced", dt.date(2027, 4, 16))}


def test_a_thai_release_day_called_fake_news_is_never_announced() -> None:
    assert not read_headline("มัธยมซอมบี้ ซีซั่น 2 ฉาย 9 เม.ย. ข่าวปลอม", WRITTEN)
