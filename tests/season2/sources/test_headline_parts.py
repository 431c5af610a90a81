"""A headline read part by part (bot/season2/sources/headline_parts.py): each thing it says at its own
strength, corrections read as what they say now."""

from __future__ import annotations

import datetime as dt

from bot.season2.denials import is_correction
from bot.season2.model import Confidence, Milestone
from bot.season2.sources.headline_parts import read_headline
from bot.season2.sources.rss import FeedItem, claims_from_items, parse_feed
from tests.table import table

WRITTEN = dt.date(2027, 1, 20)
FEB_12, FEB_19 = dt.datetime(2027, 2, 12, tzinfo=dt.UTC), dt.datetime(2027, 2, 19, tzinfo=dt.UTC)
R, RUMOUR = Confidence.REPORTED, Confidence.RUMOUR
DATE, TRAILER, TEASER = Milestone.RELEASE_DATE_ANNOUNCED, Milestone.TRAILER, Milestone.TEASER


def _read(headline: str) -> list[tuple[Milestone, Confidence, dt.datetime | None]]:
    return [(c.milestone, c.confidence, c.release_at) for c in read_headline(headline, WRITTEN)]


def test_a_hedged_part_is_a_rumour_beside_what_the_headline_reports() -> None:
    assert _read("All of Us Are Dead Season 2 trailer drops; series reportedly premieres Feb. 12") == [
        (TRAILER, R, None), (DATE, RUMOUR, FEB_12)]


def test_each_part_says_its_own_milestone() -> None:
    assert _read("All of Us Are Dead Season 2 teaser is out; premiere set for Feb. 12") == [
        (TEASER, R, None), (DATE, R, FEB_12)]


def test_a_part_that_only_hedges_makes_the_rest_a_rumour() -> None:
    assert _read("지금 우리 학교는 시즌2, 2월 12일 공개…넷플릭스 \"확인 불가\"") == [(DATE, RUMOUR, FEB_12)]


@table("headline", [
    "All of Us Are Dead Season 2 reportedly premieres Feb. 12",
    "'All of Us Are Dead' Season 2 premieres Feb. 12, report says",
    "All of Us Are Dead Season 2 premieres Feb. 12 — at least according to a leaked Netflix listing",
])
def test_someone_elses_word_relayed_is_a_rumour(headline: str) -> None:
    assert _read(headline) == [(DATE, RUMOUR, FEB_12)]


def test_a_trailer_ahead_of_its_premiere_gives_the_premiere_date_too() -> None:
    assert _read("'All of Us Are Dead' Season 2 trailer out now ahead of Feb. 12 premiere") == [
        (TRAILER, R, None), (DATE, R, FEB_12)]


@table("headline", [
    "[CORRECTION] All of Us Are Dead Season 2 premieres Feb. 19, not Feb. 12",
    "Update: 'All of Us Are Dead' Season 2 now premieres Feb. 19 (not Feb. 12 as reported)",
    "[정정] 지금 우리 학교는 시즌2 공개일 2월 19일",
    # no comma, a bare day, an apology after (s2wild59)
    "correction: aouad 2 is feb 19 not feb 12 sorry",
    "correction: aouad 2 is feb 19 not 12, my bad",
])
def test_a_correction_says_the_day_it_gives_now(headline: str) -> None:
    assert is_correction(headline)
    assert _read(headline) == [(DATE, R, FEB_19)]


@table("headline", [
    "All of Us Are Dead Season 2 is not premiering Feb. 12 as reported",
    "All of Us Are Dead Season 2 trailer drops; could it premiere Feb. 12?",
    "지금 우리 학교는 시즌2 2월 12일 공개 루머…넷플릭스 측 '확정된 바 없어'",
])
def test_a_denial_or_a_question_anywhere_claims_nothing(headline: str) -> None:
    assert _read(headline) == []


def test_an_update_of_an_unrelated_word_is_no_correction() -> None:
    assert not is_correction("All of Us Are Dead Season 2 premieres Feb. 12, update coming soon")


def test_a_feed_item_saying_two_things_makes_two_claims() -> None:
    item = FeedItem("All of Us Are Dead Season 2 trailer drops; series reportedly premieres Feb. 12", None,
                    "collider.com", WRITTEN)
    claims, _ = claims_from_items([item], WRITTEN)
    assert [(c.milestone, c.confidence) for c in claims] == [(TRAILER, R), (DATE, RUMOUR)]
    assert len({c.id for c in claims}) == 2


def test_a_teaser_out_beside_a_release_window_is_its_own_claim() -> None:
    found = read_headline('Watch: "All Of Us Are Dead 2" Unveils Teaser And Confirms February Premiere', WRITTEN)
    assert [(c.milestone, c.window.label if c.window else None) for c in found] == [
        (Milestone.RELEASE_WINDOW, "February 2027"), (TEASER, None)]


def test_a_premiere_date_beside_a_teaser_is_read_too() -> None:
    assert _read("'All of Us Are Dead' Season 2 Gets Feb. 12 Netflix Premiere, First Teaser") == [
        (TEASER, R, None), (DATE, R, FEB_12)]


@table(("headline", "expected"), [
    # the material the news comes "with" is out beside it
    ("All Of Us Are Dead 2 Confirms Feb. 12 Premiere Date With Chilling Teaser", [(TEASER, R, None), (DATE, R, FEB_12)]),
    ("'All of Us Are Dead' Season 2 Sets Feb. 12 Premiere With First Trailer", [(TRAILER, R, None), (DATE, R, FEB_12)]),
    # one still to come is not
    ("All Of Us Are Dead 2 Confirms Feb. 12 Premiere Date, With Teaser Coming Next Week", [(DATE, R, FEB_12)]),
])
def test_a_teaser_or_trailer_the_news_comes_with_is_its_own_claim(
        headline: str, expected: list[tuple[Milestone, Confidence, dt.datetime | None]]) -> None:
    assert sorted(_read(headline), key=str) == sorted(expected, key=str)


@table(("headline", "expected"), [
    # a day alone after the trailer, teaser or poster cried out (s2wild61): the season's, at the strength it is said
    ("the aouad 2 teaser is live!!! FEB 12!!!", [(TEASER, R, None), (DATE, R, FEB_12)]),
    ("live na yung teaser ng AOUAD 2!! Feb 12 na daw", [(TEASER, RUMOUR, None), (DATE, RUMOUR, FEB_12)]),
    ("All of Us Are Dead Season 2. Part 1, February 12. Watch the teaser now.", [(TEASER, R, None), (DATE, R, FEB_12)]),
    ("《僵尸校园》第二季定档预告发布，2月12日上线", [(TRAILER, R, None), (DATE, R, FEB_12)]),
    ("《僵尸校园2》预告上线了！2月12日见", [(TRAILER, R, None), (DATE, R, FEB_12)]),
    ("the aouad 2 poster is up!! Feb 12!!", [(DATE, R, FEB_12)]),
    # never the day it is written (the trailer's own), nor a day after a trailer still to come
    ("AOUAD 2 trailer is out! Jan 20 🧟", [(TRAILER, R, None)]),
    ("AOUAD 2 trailer coming soon!! Feb 12", [(TRAILER, R, None)]),
])
def test_a_day_cried_after_the_trailer_out_is_the_seasons(
        headline: str, expected: list[tuple[Milestone, Confidence, dt.datetime | None]]) -> None:
    assert sorted(_read(headline), key=str) == sorted(expected, key=str)


def test_a_response_to_rumours_claims_nothing() -> None:
    assert _read("Netflix Korea responds to All of Us Are Dead Season 2 delay rumours: 'Nothing decided'") == []


def test_a_korean_today_is_koreas_day_when_it_was_published() -> None:
    # 07:00 in Seoul on 12 February is still 11 February in UTC: 오늘 is the 12th.
    published = dt.datetime(2027, 2, 11, 22, 0, tzinfo=dt.UTC)
    item = FeedItem("지금 우리 학교는 시즌2, 오늘 오후 5시 공개", None, "mk.co.kr", published.date(),
                    published_at=published)
    (claim,), _ = claims_from_items([item], published.date())
    assert claim.release_at == dt.datetime(2027, 2, 12, 8, 0, tzinfo=dt.UTC)
    assert claim.date == dt.date(2027, 2, 12)  # dated as the Seoul outlet dates it, never the 11th in UTC


def test_a_feed_items_publication_time_is_kept() -> None:
    body = (b'<?xml version="1.0"?><rss version="2.0"><channel><title>N</title><link>https://n.example/</link>'
            b"<item><title>t</title><pubDate>Thu, 11 Feb 2027 22:00:00 GMT</pubDate></item></channel></rss>")
    (item,) = parse_feed(body)[1]
    assert item.published_at == dt.datetime(2027, 2, 11, 22, 0, tzinfo=dt.UTC)


def test_a_trailers_own_day_and_time_are_not_the_premieres() -> None:
    assert _read("All of Us Are Dead Season 2 teaser drops Jan. 20, release in February") == [(TEASER, R, None)]
    assert _read("All of Us Are Dead Season 2 trailer drops at 5 p.m. KST ahead of Feb. 12 premiere") == [
        (TRAILER, R, None), (DATE, R, FEB_12)]


def test_a_korean_teaser_ahead_of_the_release_gives_its_day_too() -> None:
    found = read_headline("'지금 우리 학교는' 시즌2 12일 공개 앞두고 티저 공개", dt.date(2027, 2, 10))
    assert [(c.milestone, c.release_at) for c in found] == [(TEASER, None), (DATE, FEB_12)]


@table(("headline", "dated"), [
    ("'지우학2' 메인 예고편 공개…2월 12일 대학 캠퍼스 좀비 습격", True),  # the day opening the season's premise
    ("'지우학2' 메인 예고편 공개…2월 12일 팬들과 만남", False),  # an event's day
    ("'지우학2' 메인 예고편 공개…2월 12일 제작발표회", False),
])
def test_a_korean_trailer_story_with_a_day_opening_its_premise_gives_the_release_day(headline: str, dated: bool) -> None:
    found = read_headline(headline, dt.date(2027, 2, 10))
    expected = [(TRAILER, None), (DATE, FEB_12)] if dated else [(TRAILER, None)]
    assert [(c.milestone, c.release_at) for c in found] == expected


def test_a_korean_correction_gives_its_new_day_not_the_one_it_sets_aside() -> None:
    written = dt.date(2027, 2, 10)
    for headline in ("[정정] '지금 우리 학교는' 시즌2 2월 12일 공개 아냐…19일 공개",
                     "[정정] '지금 우리 학교는' 시즌2 2월 12일 아닌 19일 공개",
                     "[정정] '지금 우리 학교는' 시즌2, 12일이 아니라 19일 공개"):
        assert [(c.milestone, c.release_at) for c in read_headline(headline, written)] == [(DATE, FEB_19)], headline


def test_a_korean_day_said_not_to_be_the_release_claims_nothing() -> None:
    assert read_headline("'지금 우리 학교는' 시즌2 2월 12일 공개 아냐", dt.date(2027, 2, 10)) == ()


@table(("headline", "day"), [
    ("넷플릭스, 3월 한국 시리즈 공개…'스위트홈3' 12일·'지금 우리 학교는2' 19일", dt.date(2027, 3, 19)),
    ("넷플릭스 3월 공개작…'지금 우리 학교는2'(19일)·'스위트홈3'(26일)", dt.date(2027, 3, 19)),
    ("넷플릭스 4월 라인업…'지금 우리 학교는2' 4월 9일 공개", dt.date(2027, 4, 9)),
])
def test_a_lineups_month_beside_the_seasons_day_is_that_day_not_a_window(headline: str, day: dt.date) -> None:
    written = dt.date(2027, 2, 17)
    claims, _ = claims_from_items([FeedItem(headline, None, "yna.co.kr", written)], written)
    assert [(c.milestone, c.release_at.date() if c.release_at else None) for c in claims] == [(DATE, day)]


@table(("headline", "confidence"), [
    ("aouad s2 is NOT feb 12, netflix just confirmed feb 19 🙏", Confidence.REPORTED),
    ("all of us are dead season 2 isn't feb 12, it's feb 19", Confidence.REPORTED),
    ("aouad s2 is not feb 12, rumour says feb 19", Confidence.RUMOUR),  # the words between still hedge
])
def test_a_fans_correction_to_another_day_gives_that_day(headline: str, confidence: Confidence) -> None:
    assert _read(headline) == [(Milestone.RELEASE_DATE_ANNOUNCED, confidence, dt.datetime(2027, 2, 19, tzinfo=dt.UTC))]


def test_the_season_said_not_to_be_a_day_gives_no_other() -> None:
    assert _read("aouad s2 is not feb 12") == []


def test_a_trailers_day_before_the_premieres_own_day_is_the_trailers() -> None:
    assert _read("aouad s2 trailer out feb 5, premiere still feb 12") == [(TRAILER, R, None), (DATE, R, FEB_12)]


@table(("headline", "seasons_day"), [
    ("aouad 2 ost vol 1 — it's out tomorrow", False),  # the OST's day
    ("AOUAD 2 trailer — it drops tomorrow", False),
    ("aouad s2 official poster; its out tomorrow", False),
    ("all of us are dead 2 webtoon — it starts tomorrow", False),
    ("aouad 2 merch — it'll be out tomorrow", False),
    ("aouad 2 fan meeting... it is tomorrow", False),
    ("aouad 2 — it's out tomorrow!!", True),  # "it" is the season itself
    ("aouad 2 trailer out now — it premieres tomorrow", True),  # premiering is the season's
])
def test_a_part_whose_subject_is_only_it_is_about_the_part_before(headline: str, seasons_day: bool) -> None:
    tomorrow = dt.datetime(2027, 1, 21, tzinfo=dt.UTC)
    assert any(m is DATE and at == tomorrow for m, _, at in _read(headline)) is seasons_day
