"""Forms found by bench set wild33 (stop 42), which hunted wrong readings in the forms wild32 taught: a delay by a week
in French, Thai, Arabic, Hindi and Japanese (1週間延期で) with its new day; countdowns in weeks (2주 남았다, 还有一周, mancano due
settimane); Japanese 今春 and 上半期, a slate's "first half of the year"; a German day set right by "sondern"; Vietnamese
"14h ngày 2/7" and the denial "bác tin"; Tagalog "palabas na" after a trailer with a day, "sunod na … sa July 2",
"palabas na bukas" with the Philippines' clock; the season's day standing after another thing was put off or beside a
leak denied; and what claims nothing: a filming wrap recalled ("올봄에 촬영 끝났는데 아직도 …"), another work's shoot, a trailer
waited for, another show's delay by a week, a rewatch put off a week.
Variants of the set's items, not the items themselves: each row is a post, the day it was written, and what it claims
as (milestone, standing, moment in UTC)."""

from __future__ import annotations

import datetime as dt

from bot.season2.model import Standing
from bot.season2.sources.rss import FeedItem, claims_from_items
from tests.table import table

RUMOUR_WEEK = dt.date(2027, 3, 9)
SLATE_DAY = dt.date(2027, 1, 12)
LATE_JUNE = dt.date(2027, 6, 18)  # two weeks before a Friday 2 July release
EVE = dt.date(2027, 7, 1)
IN_DECEMBER = dt.date(2026, 12, 4)
ON_JULY_2 = ("release_date_announced", Standing.STANDING, "2027-07-02 00:00")
DELAYED_TO_JULY_9 = {("delayed", Standing.STANDING, "2027-07-09 00:00")}
AT_MIDNIGHT_PT = "2027-07-02 07:00"
WINDOW = {("release_window", Standing.STANDING, None)}


def _posted(title: str, written: dt.date) -> set[tuple[str, Standing, str | None]]:
    """Each claim a post makes as (milestone, standing, its moment in UTC)."""
    claims, _ = claims_from_items([FeedItem(title, None, "x.com", written, False)], written)
    return {(c.milestone.value, c.standing, c.release_at.astimezone(dt.UTC).strftime("%Y-%m-%d %H:%M") if c.release_at else None)
            for c in claims}


@table(("title", "written", "claims"), [
    # put off a week, with the new day
    ("All of Us Are Dead saison 2 repoussée d'une semaine, au 9 juillet", RUMOUR_WEEK, DELAYED_TO_JULY_9),
    ("มัธยมซอมบี้ 2 เลื่อนฉายไป 1 สัปดาห์ เป็น 9 กรกฎาคม", RUMOUR_WEEK, DELAYED_TO_JULY_9),
    ("تأجيل الموسم الثاني من All of Us Are Dead أسبوعًا إلى 9 يوليو", RUMOUR_WEEK, DELAYED_TO_JULY_9),
    ("All of Us Are Dead सीज़न 2 एक हफ्ते टला, अब 9 जुलाई को रिलीज़", RUMOUR_WEEK, DELAYED_TO_JULY_9),
    ("今学2、1週間延期で7月9日配信に", RUMOUR_WEEK, DELAYED_TO_JULY_9),
    ("AOUAD 2 got delayed a week and honestly? fine", RUMOUR_WEEK, {("delayed", Standing.STANDING, None)}),  # an aside answered
    # counted down in weeks or days
    ("지우학2 공개까지 2주 남았다", LATE_JUNE, {ON_JULY_2}),
    ("还有两周！《僵尸校园》第二季", LATE_JUNE, {ON_JULY_2}),
    ("Mancano due settimane a All of Us Are Dead 2", LATE_JUNE, {ON_JULY_2}),
    # a window: this spring in Japanese, a half in Japanese, the first half of the year a slate names
    ("『今、私たちの学校は...』シーズン2、今春配信決定", SLATE_DAY, WINDOW),
    ("今学2、上半期配信予定", SLATE_DAY, WINDOW),
    ("Netflix 2027: All of Us Are Dead Season 2 Lands in the First Half of the Year", IN_DECEMBER, WINDOW),
    # the day, set right by "sondern", by a Vietnamese clock, by Tagalog words
    ("All of Us Are Dead Staffel 2 startet nicht am 25., sondern am 2. Juli", RUMOUR_WEEK, {ON_JULY_2}),
    ("Ngôi trường xác sống 2 ra mắt 14h ngày 2/7", RUMOUR_WEEK, {("release_date_announced", Standing.STANDING, AT_MIDNIGHT_PT)}),
    ("Teaser ng All of Us Are Dead 2 palabas na!! July 2 na!!", RUMOUR_WEEK, {ON_JULY_2, ("teaser", Standing.STANDING, None)}),
    ("Labas na ang Sweet Home 3 trailer, sunod na AOUAD 2 sa July 2", RUMOUR_WEEK, {ON_JULY_2}),
    ("palabas na bukas ang AOUAD 2!! 3pm dito sa Pinas", EVE, {("release_date_announced", Standing.STANDING, AT_MIDNIGHT_PT)}),
    ("the Busan fan screening got delayed a week, AOUAD S2 is still July 2", RUMOUR_WEEK, {ON_JULY_2}),
    # a leak denied ahead of the day: that day stands
    ("Netflix denies All of Us Are Dead 2 leaked ahead of its July 2 premiere", EVE, {ON_JULY_2}),
    # a rumoured day taken back in Vietnamese; a rumour passed on by someone at a dubbing studio
    ("Netflix bác tin Ngôi trường xác sống 2 ra mắt ngày 2/7", RUMOUR_WEEK,
     {("release_date_announced", Standing.REFUTED, "2027-07-02 00:00")}),
    ("rumor: AOUAD 2 on july 2?? my friend works at a subtitle company", RUMOUR_WEEK,
     {("release_date_announced", Standing.STANDING, "2027-07-02 00:00")}),
    # no claim: a wrap recalled, another work's shoot, a trailer waited for, a leak denied before the day, other things put off
    ("지우학2 작년에 촬영 끝났는데 아직도 공개일 없음", RUMOUR_WEEK, set()),
    ("Park Ji-hu's next movie starts filming in August, after AOUAD 2", RUMOUR_WEEK, set()),
    ("two weeks waiting for the AOUAD S2 trailer and nothing", RUMOUR_WEEK, set()),
    ("Kingdom Staffel 3 um eine Woche verschoben", RUMOUR_WEEK, set()),
    ("시험 때문에 지우학2 정주행 일주일 미뤘다", RUMOUR_WEEK, set()),
])
def test_a_wild33_form_claims_what_it_says(title: str, written: dt.date, claims: set[tuple[str, Standing, str | None]]) -> None:
    assert _posted(title, written) == claims
