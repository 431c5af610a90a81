"""Forms found by bench set wild30 (stop 41): the release week's posts. Episode recaps and discussion threads (English,
Thai, Chinese) say the season is out; a Japanese 午後 hour, "4pm in Korea", "midnight tonight (PT)" and a Thai post's bare
hour keep their time; a leak denied beside the day that stands reads that day; the season out or counted down in Spanish,
Arabic, Vietnamese, Turkish and Portuguese words; a trailer post that gives the season's day after it; a fan calling a
day's rumour a lie takes that day back. Variants of the set's items, not the items themselves."""

from __future__ import annotations

import datetime as dt

from bot.season2.model import Standing
from bot.season2.sources.headline_parts import read_headline
from bot.season2.sources.rss import FeedItem, claims_from_items

ANNOUNCED = dt.date(2027, 2, 24)  # a Wednesday, weeks before the release
EVE = dt.date(2027, 4, 15)  # the Thursday before a Friday 16 April release
AFTER = dt.date(2027, 4, 18)


def _read(headline: str, written: dt.date = ANNOUNCED) -> set[tuple[str, str, str | None]]:
    """Each reading as (milestone, confidence, its moment in UTC)."""
    return {(r.milestone.value, r.confidence.value,
             r.release_at.astimezone(dt.UTC).strftime("%Y-%m-%d %H:%M") if r.release_at else None)
            for r in read_headline(headline, written)}


def _posted(title: str, written: dt.date) -> set[tuple[str, Standing, str | None]]:
    claims, _ = claims_from_items([FeedItem(title, None, "x.com", written, False)], written)
    return {(c.milestone.value, c.standing, c.release_at.astimezone(dt.UTC).strftime("%Y-%m-%d") if c.release_at else None)
            for c in claims}


def test_an_episode_recap_or_its_discussion_thread_says_the_season_is_out() -> None:
    assert _read("AOUAD Season 2 Episode 6 Recap: Nam-ra's Choice", AFTER) == {("released", "reported", None)}
    assert _read("All of Us Are Dead | Season 2 Episode 2 | Discussion", AFTER) == {("released", "reported", None)}


def test_a_recap_in_thai_or_chinese_says_the_season_is_out() -> None:
    assert _read("มัธยมซอมบี้ 2 สรุปตอนที่ 5", AFTER) == {("released", "reported", None)}
    assert _read("《僵尸校园2》第5集剧情整理", AFTER) == {("released", "reported", None)}


def test_a_recap_to_come_is_not_the_season_out() -> None:
    assert _read("AOUAD Season 2 Episode 1 recap will go up tomorrow", EVE) == set()


def test_a_japanese_afternoon_hour_is_kept() -> None:
    assert _read("今学シーズン2、4月16日午後4時より配信") == {("release_date_announced", "reported", "2027-04-16 07:00")}


def test_an_hour_in_korea_is_korea_time() -> None:
    assert _read("All of Us Are Dead season 2 premieres April 16 at 4pm in Seoul") == {
        ("release_date_announced", "reported", "2027-04-16 07:00")}


def test_an_hour_then_tonight_then_its_zone_keeps_the_zone() -> None:
    assert _read("aouad s2 arrives at 1am tonight (ET)", EVE) == {("release_date_announced", "reported", "2027-04-16 05:00")}


def test_a_thai_posts_bare_hour_is_on_thai_time() -> None:
    assert _read("มัธยมซอมบี้ 2 ฉาย 16 เม.ย. 14.00 น.") == {("release_date_announced", "reported", "2027-04-16 07:00")}


def test_a_leak_denied_beside_the_day_that_stands_reads_that_day() -> None:
    assert _read("Netflix denies All of Us Are Dead S2 leak rumours, April 16 date stands") == {
        ("release_date_announced", "reported", "2027-04-16 00:00")}
    assert _read("'지우학2' 유출설 사실 아냐…4월 16일 공개 변동 없다") == {("release_date_announced", "reported", "2027-04-16 00:00")}


def test_the_season_out_or_counted_down_in_other_languages() -> None:
    assert _read("Ya pueden ver Estamos Muertos temporada 2 en Netflix", AFTER) == {("released", "reported", None)}
    assert _read("Hepimiz Öldük 2. sezona son 3 gün!", dt.date(2027, 4, 13)) == {
        ("release_date_announced", "reported", "2027-04-16 00:00")}
    assert _read("Còn 5 ngày nữa là Ngôi trường xác sống 2 lên sóng", dt.date(2027, 4, 11)) == {
        ("release_date_announced", "reported", "2027-04-16 00:00")}


def test_an_arabic_day_set_as_the_release_date_is_read() -> None:
    assert _read("نتفليكس تحدد 16 أبريل موعدًا لعرض الموسم الثاني من All of Us Are Dead") == {
        ("release_date_announced", "reported", "2027-04-16 00:00")}


def test_a_trailer_post_gives_the_seasons_day_after_its_own_verb() -> None:
    assert _read("Trailer resmi Estamos Muertos 2 dirilis, tayang 16 April") == {
        ("trailer", "reported", None), ("release_date_announced", "reported", "2027-04-16 00:00")}


def test_a_trailers_own_day_stays_the_trailers() -> None:
    assert ("release_date_announced", "reported", "2027-03-25 00:00") not in _read("AOUAD S2 trailer drops March 25")


def test_a_days_rumour_called_a_lie_takes_that_day_back() -> None:
    assert _posted("지우학2 4월 9일 찌라시 결국 구라였네", dt.date(2027, 2, 11)) == {
        ("release_date_announced", Standing.REFUTED, "2027-04-09")}
    assert _posted("지우학2 4월 9일 찌라시 떴다", dt.date(2027, 2, 11)) == set()


def test_a_trailers_date_card_gives_the_seasons_day_and_the_trailer_is_out() -> None:
    assert _read("AOUAD S2 trailer ends with a date card: April 16", dt.date(2027, 3, 26)) == {
        ("trailer", "reported", None), ("release_date_announced", "reported", "2027-04-16 00:00")}


def test_the_season_then_all_episodes_at_once_beside_a_day_is_that_day() -> None:
    assert _read("April 16 at 4pm in Korea. AOUAD S2, all 8 episodes at once") == {
        ("release_date_announced", "reported", "2027-04-16 07:00")}


def test_all_episodes_at_once_with_no_day_says_nothing() -> None:
    assert _read("AOUAD S2: all 8 episodes at once, no weekly release") == set()


def test_the_seasons_week_then_a_weekday_is_that_days_release() -> None:
    assert _read("AOUAD S2 week!! friday 4pm KST", dt.date(2027, 4, 12)) == {
        ("release_date_announced", "reported", "2027-04-16 07:00")}
