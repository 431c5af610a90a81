"""Parodies, satire and fakes claim nothing; a debunk that quotes a fake says what stands beside it
(bot/season2/sources/headline_fakes.py, read first by headline_parts.read_headline and the feed reader)."""

from __future__ import annotations

import datetime as dt

from bot.season2.sources.headline_denials import denied_day
from bot.season2.sources.headline_fakes import as_debunked
from bot.season2.sources.headline_parts import read_headline
from bot.season2.sources.rss import FeedItem, claims_from_items
from tests.table import table

WRITTEN = dt.date(2027, 3, 30)


def _readings(headline: str) -> set[str]:
    out = set()
    for found in read_headline(headline, WRITTEN):
        day = "" if found.release_at is None else " " + found.release_at.strftime("%Y-%m-%d")
        out.add(f"{found.milestone.value} {found.confidence.value}{day}")
    return out


@table("headline", [
    "Netflix Korea (parody): All of Us Are Dead Season 2 premieres April 9 at 4:20am",
    "netflix pushes aouad s2 to 3000 because the zombies unionised (satire)",
    "All of Us Are Dead Season 2 cancelled, Netflix confirms (satire)",
    "joke account: aouad s2 teaser tomorrow, trust",
    "지우학2 4월 9일 공개 확정 (만우절)",
    "aouad s2 trailer drops april 9 — it's a joke lol",
    "netflix pushed aouad s2 to june /j",  # a tone tag: joking
    "nobody: / netflix: all of us are dead season 2 delayed again",  # a meme
    "netflix kr be like: aouad s2 april 9 (trust)",
    "at this rate all of us are dead season 2 gets delayed to 2045 lmao",  # a year no delay reaches: hyperbole
    # April Fools named in other languages, owning up to no real day (s2wild40)
    "万愚节快乐！《僵尸校园2》4月9日上线",
    "Aprilscherz: All of Us Are Dead Staffel 2 startet am 9. April!",
    "All of Us Are Dead 2 estreia 9 de abril!! (mentira, 1º de abril)",
    # review46: a fan's poster copying Netflix's date card was read as the season's day (s2wild43's date cards)
    "All of Us Are Dead Season 2, March 12, only on Netflix — my concept poster",
    "made a fan poster: All of Us Are Dead Season 2, March 12, only on Netflix",
    "All of Us Are Dead Season 2 · March 12 · only on Netflix (my edit)",
])
def test_a_parody_or_satire_post_claims_nothing(headline: str) -> None:
    assert _readings(headline) == set()


@table(("headline", "expected"), [
    ("that 'aouad s2 delayed to june' screenshot is photoshopped, netflix still says april 9",
     {"release_date_announced reported 2027-04-09"}),
    ("the “all of us are dead season 2 cancelled” tweet is from a parody account. it's april 9",
     {"release_date_announced reported 2027-04-09"}),
    ("the 'april 2' aouad s2 tweet is fake, it's april 9", {"release_date_announced reported 2027-04-09"}),
    # a parody "acc", and "still" said after the day that stands
    ("the 'aouad s2 cancelled' post going around is from a parody acc. it's april 9 still",
     {"release_date_announced reported 2027-04-09"}),
    # what Netflix "literally just said", "already confirmed"
    ("the 'aouad s2 delayed to june' screenshot is edited. netflix kr literally just said april 9",
     {"release_date_announced reported 2027-04-09"}),
    ("that 'aouad s2 cancelled' tweet is fake, netflix already confirmed april 9", {"release_date_announced reported 2027-04-09"}),
    # an April Fools post owning up with the real day (s2wild38)
    ("BREAKING: AOUAD 2 moved to tomorrow!!! (april fools, it's still April 9)", {"release_date_announced reported 2027-04-09"}),
    ("AOUAD 2 delayed to 2028 😱 … April Fools! [real date: April 9]", {"release_date_announced reported 2027-04-09"}),
    ("지우학2 내일 공개 확정!! (만우절입니다 ㅋㅋ 진짜는 4월 9일)", {"release_date_announced reported 2027-04-09"}),
    ("Poisson d'avril 🐟 (la vraie date reste le 9 avril) AOUAD 2 sort demain", {"release_date_announced reported 2027-04-09"}),
    ("remember when everyone said 'aouad 2 april 2'? fake lol. it's april 9", {"release_date_announced reported 2027-04-09"}),
    ("aquele 'aouad 2 april 2' era fake, é 9 de abril", {"release_date_announced reported 2027-04-09"}),
])
def test_a_debunked_fake_is_read_as_what_stands(headline: str, expected: set[str]) -> None:
    assert _readings(headline) == expected


@table("headline", [
    "that 'aouad s2 cancelled' screenshot is photoshopped lol",
    "the 'All of Us Are Dead Season 2 delayed' poster is fan made",
])
def test_a_debunk_with_nothing_beside_it_claims_nothing(headline: str) -> None:
    assert _readings(headline) == set()


def test_a_satire_feed_item_posts_nothing_from_its_summary() -> None:
    item = FeedItem("BREAKING (satire): Netflix delays All of Us Are Dead Season 2", None, "x.com", WRITTEN,
                    summary="The zombie drama will now arrive on April 16.")
    claims, _ = claims_from_items([item], WRITTEN)
    assert claims == ()


@table(("headline", "day"), [
    ("the 'all of us are dead season 2 april 2' screenshot is photoshopped", dt.date(2027, 4, 2)),
    ("lol who made up the 'aouad s2 april 2' thing?? netflix never announced that", None),  # asks: takes nothing back
    ("whoever started the “aouad s2 april 2” rumour, netflix korea never said that", dt.date(2027, 4, 2)),
    ("is that 'aouad s2 april 2' poster fan made?", None),
    # the season named before the material, then a remark that names no day: nothing stands, the day is taken back
    ("that '4/2' aouad s2 poster going around is FAN MADE. look at the font. netflix hasn't announced anything",
     dt.date(2027, 4, 2)),
    ("the april 2 aouad s2 poster is fan made lol", dt.date(2027, 4, 2)),
    # called fake in fans' own words (s2wild81): after a question mark, "na kumalat/chika" (that spread), "itu" (that), "era";
    # never called true or "not fake"
    ("yung 'aouad 2 april 2' na chika, hindi totoo", dt.date(2027, 4, 2)),
    ("yang bilang 'aouad 2 tayang 2 april' itu hoax ya", dt.date(2027, 4, 2)),
    ("lo de 'Estamos Muertos 2 el 2 de abril' era falso", dt.date(2027, 4, 2)),
    ("yung 'aouad 2 april 2' na kumalat, totoo pala!!", None),
    ("remember 'aouad 2 april 2'? not fake after all", None),
])
def test_a_fake_with_nothing_standing_beside_it_takes_its_day_back(headline: str, day: dt.date | None) -> None:
    assert denied_day(headline, dt.date(2027, 3, 1)) == day


def test_a_korean_fan_calling_a_quoted_report_false_takes_its_day_back() -> None:
    assert denied_day("'지우학2 4월 2일 공개' 기사 오보래요", dt.date(2027, 3, 1)) == dt.date(2027, 4, 2)


def test_a_korean_fan_calling_a_days_poster_edited_takes_that_day_back() -> None:
    written = dt.date(2027, 3, 1)
    claims, _ = claims_from_items([FeedItem("지우학2 4월 2일 포스터 합성임 ㅋㅋ 속지마세요", None, "x.com", written)], written)
    assert [(c.standing.value, c.release_at.date() if c.release_at else None) for c in claims] == [("refuted", dt.date(2027, 4, 2))]


def test_a_fakes_day_called_out_beside_the_day_that_stands_is_taken_back_as_that_day_is_read() -> None:
    item = FeedItem("that 'netflix confirms aouad s2 drops april 9' screenshot is edited. it's still april 16", None,
                    "x.com", WRITTEN)
    claims, _ = claims_from_items([item], WRITTEN)
    assert {(c.standing.value, c.release_at.date() if c.release_at else None) for c in claims} == {
        ("refuted", dt.date(2027, 4, 9)), ("standing", dt.date(2027, 4, 16))}


def test_a_day_the_headline_itself_calls_a_rumour_is_taken_back_never_posted() -> None:
    written = dt.date(2027, 4, 20)
    item = FeedItem("'지우학2' 5월 7일 조기 공개설은 루머…넷플릭스 \"14일 그대로\"", None, "news.example.kr", written)
    claims, _ = claims_from_items([item], written)
    # the day Netflix says stands (its month carried from the part before) is posted beside it
    assert [(c.standing.value, c.release_at.date() if c.release_at else None) for c in claims] == [
        ("standing", dt.date(2027, 5, 14)), ("refuted", dt.date(2027, 5, 7))]


@table("headline", [
    "the 'aouad s2 april 2' poster going around is fan made lmao. it's april 30",
    "the 'aouad s2 april 2' poster is photoshopped lol it's april 30",
    "that 'aouad s2 april 2' tweet is fake smh, it's april 30",
    "the 'aouad s2 april 2' tweet is from a parody account btw. it's april 30",  # an aside, then what stands
    "that 'aouad s2 april 2' post is a parody account. it's april 30",  # (the account named without "from", s2wild59)
    "'aouad s2 april 2' was posted by a parody account. it's april 30",  # (who posted it, s2wild77)
])
def test_a_fans_laugh_after_the_verdict_leaves_what_stands(headline: str) -> None:
    assert as_debunked(headline) == "aouad s2 is april 30"
