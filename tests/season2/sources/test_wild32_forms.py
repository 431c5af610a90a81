"""Forms found by bench set wild32 (stop 42), Netflix's slates to a release day moved a week: a denial with a hearsay
ending (…라는 보도는 사실무근, 아니래), a Japanese one after a comma, a Chinese rumour answered "网飞：假的"; Netflix's "Now
Premiering" update is a date change; a delay by a week in Italian and Russian, with its new day; a delay beside the day
one had is no new day; an hour set right by negation (German "sondern", Portuguese "não à meia-noite"); Vietnamese "14h
chiều mai"; Tagalog "palabas na"; 올여름; a listing's first episode and its airdate; a delay asked about, answered with the
day that stands; a poster post whose season's day follows a colon; a Chinese trailer put out after the day ("，网飞发布正式预告"); a cast member's "fans will meet … next year".
Variants of the set's items, not the items themselves: each row is a post, the day it was written, and what it claims
as (milestone, standing, moment in UTC)."""

from __future__ import annotations

import datetime as dt

from bot.season2.model import Standing
from bot.season2.sources.rss import FeedItem, claims_from_items
from tests.table import table

RUMOUR_WEEK = dt.date(2027, 3, 9)
WEDNESDAY = dt.date(2027, 6, 30)  # before a Friday 2 July release
EVE = dt.date(2027, 7, 1)
OUT = dt.date(2027, 7, 2)
DENIED = ("release_date_announced", Standing.REFUTED, "2027-07-02 00:00")
AT_MIDNIGHT_PT = "2027-07-02 07:00"


def _posted(title: str, written: dt.date) -> set[tuple[str, Standing, str | None]]:
    """Each claim a post makes as (milestone, standing, its moment in UTC)."""
    claims, _ = claims_from_items([FeedItem(title, None, "x.com", written, False)], written)
    return {(c.milestone.value, c.standing, c.release_at.astimezone(dt.UTC).strftime("%Y-%m-%d %H:%M") if c.release_at else None)
            for c in claims}


@table(("title", "written", "claims"), [
    # a day taken back: a Korean report called groundless with its quotative ending, Japanese after a comma, Chinese answered
    ("넷플릭스 \"'지우학2' 7월 2일 공개라는 보도는 사실무근\"", RUMOUR_WEEK, {DENIED}),
    ("今学2の7月2日配信説、Netflixは「事実ではない」と否定", RUMOUR_WEEK, {DENIED}),
    ("今学2の7月2日配信説、ネトフリが否定", RUMOUR_WEEK, {DENIED}),
    ("网传《僵尸校园》第二季7月2日上线？网飞：假的", RUMOUR_WEEK, {DENIED}),
    ("지우학2 7월 2일 공개설, 넷플릭스 부인", RUMOUR_WEEK, {DENIED}),
    # (wild35, stop 43: a reply denying the very day the post it quotes gave)
    ("\"AOUAD 2 July 2!!\" — reply: Netflix already denied July 2, there's no date yet", RUMOUR_WEEK, {DENIED}),
    # (wild36, stop 43: an outlet setting its own report of the day right)
    ("[정정] 본지는 '지우학2' 7월 2일 공개로 보도했으나 사실이 아니어서 바로잡습니다", RUMOUR_WEEK, {DENIED}),
    ("지우학2 7월 2일 공개 아니래 넷플 측은 미정이라고", RUMOUR_WEEK, {DENIED}),  # a denial passed on (아니래: they say it is not)
    # (but a denial the fan takes back later in the post is no denial: the later "맞대", they say it is, stands)
    ("지우학2 7월 2일 공개 아니래. 다시 맞대", RUMOUR_WEEK, {("release_date_announced", Standing.STANDING, "2027-07-02 00:00")}),
    ("지우학2 7월 2일 공개 아니래 … 맞대요", RUMOUR_WEEK, {("release_date_announced", Standing.STANDING, "2027-07-02 00:00")}),
    # a date changed or put off, with its new day or none
    ("An Update on All of Us Are Dead Season 2: Now Premiering July 9", RUMOUR_WEEK,
     {("release_date_changed", Standing.STANDING, "2027-07-09 00:00")}),
    ("All of Us Are Dead S02E01 airdate changed to 2027-07-09", RUMOUR_WEEK,
     {("release_date_changed", Standing.STANDING, "2027-07-09 00:00")}),
    ("AOUAD 2 delayed a week. i had July 2 in my calendar", RUMOUR_WEEK, {("delayed", Standing.STANDING, None)}),
    ("All of Us Are Dead 2 rinviato di una settimana, esce il 9 luglio", RUMOUR_WEEK,
     {("delayed", Standing.STANDING, "2027-07-09 00:00")}),
    ("Второй сезон «Мы все мертвы» отложили на неделю — теперь 9 июля", RUMOUR_WEEK,
     {("delayed", Standing.STANDING, "2027-07-09 00:00")}),
    ("'지우학2' 또 연기? 넷플릭스 \"7월 2일 공개 변동 없다\"", RUMOUR_WEEK,
     {("release_date_announced", Standing.STANDING, "2027-07-02 00:00")}),
    # the day and hour by a local clock, a negated hour dropped
    ("All of Us Are Dead Staffel 2 startet nicht um Mitternacht, sondern am Freitag um 9 Uhr", WEDNESDAY,
     {("release_date_announced", Standing.STANDING, AT_MIDNIGHT_PT)}),
    ("All of Us Are Dead 2 chega amanhã às 4h no Brasil, não à meia-noite", EVE,
     {("release_date_announced", Standing.STANDING, AT_MIDNIGHT_PT)}),
    ("Ngôi trường xác sống 2 ra mắt 14h chiều mai", EVE, {("release_date_announced", Standing.STANDING, AT_MIDNIGHT_PT)}),
    ("Poster resmi All of Us Are Dead 2: tayang 2 Juli di Netflix", RUMOUR_WEEK,
     {("release_date_announced", Standing.STANDING, "2027-07-02 00:00")}),
    ("《僵尸校园》第二季定档7月2日，网飞发布正式预告", RUMOUR_WEEK,
     {("release_date_announced", Standing.STANDING, "2027-07-02 00:00"), ("trailer", Standing.STANDING, None)}),
    # a window, and the season out
    ("지우학2 올여름 공개", RUMOUR_WEEK, {("release_window", Standing.STANDING, None)}),
    ("Lee Jae-kyoo says fans will meet 'All of Us Are Dead 2' this summer", RUMOUR_WEEK,
     {("release_window", Standing.STANDING, None)}),
    ("All of Us Are Dead S2 palabas na sa Netflix!!", OUT, {("released", Standing.STANDING, None)}),
    # (but "palabas na sa Netflix" with the day it starts after it is that day to come, never the season out)
    ("All of Us Are Dead 2 palabas na sa Netflix simula July 2", RUMOUR_WEEK, set()),
    ("All of Us Are Dead 2 palabas na sa Netflix bukas!", EVE, set()),
    # (and a fan's "we could see it next year" is a guess, no window)
    ("we could see All of Us Are Dead 2 in 2028 at the earliest", RUMOUR_WEEK, set()),
    # no claim: the cast met at an event is no release
    ("fans will meet the AOUAD 2 cast at the fan meeting", RUMOUR_WEEK, set()),
])
def test_a_wild32_form_claims_what_it_says(title: str, written: dt.date, claims: set[tuple[str, Standing, str | None]]) -> None:
    assert _posted(title, written) == claims
