"""RSS feeds to claims (bot/season2/sources/rss.py) against LocalNewsFeed."""

from __future__ import annotations

import datetime as dt

import aiohttp
import pytest

from bot.clock import ManualClock
from bot.sandbox.newsfeed import LocalNewsFeed
from bot.season2.model import Confidence, Milestone
from bot.season2.model.polling import SourceState
from bot.season2.rules import compute_status
from bot.season2.sources.base import SourceError
from bot.season2.sources.rss import (
    MAX_ITEMS,
    FeedItem,
    RSSSource,
    claims_from_items,
    parse_feed,
    read_feed,
    whole_items,
)
from bot.show import NOTHING, Position
from tests.table import table


async def test_fetch_turns_headlines_into_reported_claims(clock: ManualClock) -> None:
    async with LocalNewsFeed() as feed, aiohttp.ClientSession() as http:
        feed.add_headline("All of Us Are Dead season 2 wraps filming", publisher="Pinkvilla",
                          published=dt.datetime(2026, 2, 19, tzinfo=dt.UTC))
        feed.add_headline("Ten zombie films to watch", publisher="Collider")
        source = RSSSource(feed.feed_url)
        result = await source.fetch(http, SourceState(source.source_id, "rss", feed.feed_url), clock.now())
    (claim,) = result.claims
    assert claim.milestone is Milestone.FILMING_WRAPPED
    assert claim.confidence is Confidence.REPORTED
    assert claim.source.publisher == "Pinkvilla"
    assert claim.date == dt.date(2026, 2, 19)
    assert len(result.seen) == 2
    assert result.etag


async def test_unstable_guids_do_not_change_claim_ids(clock: ManualClock) -> None:
    async with LocalNewsFeed(unstable_guids=True) as feed, aiohttp.ClientSession() as http:
        feed.add_headline("All of Us Are Dead season 2 wraps filming", publisher="Pinkvilla")
        source = RSSSource(feed.feed_url)
        state = SourceState(source.source_id, "rss", feed.feed_url)
        first = await source.fetch(http, state, clock.now())
        second = await source.fetch(http, state, clock.now())
    assert [c.id for c in first.claims] == [c.id for c in second.claims]


async def test_html_instead_of_a_feed_is_an_error(clock: ManualClock) -> None:
    async with LocalNewsFeed() as feed, aiohttp.ClientSession() as http:
        feed.serve_garbage("html")
        source = RSSSource(feed.feed_url)
        with pytest.raises(SourceError):
            await source.fetch(http, SourceState(source.source_id, "rss", feed.feed_url), clock.now())


async def test_a_truncated_feed_is_an_error(clock: ManualClock) -> None:
    async with LocalNewsFeed() as feed, aiohttp.ClientSession() as http:
        feed.serve_garbage("truncated")
        source = RSSSource(feed.feed_url)
        with pytest.raises(SourceError):
            await source.fetch(http, SourceState(source.source_id, "rss", feed.feed_url), clock.now())


# ---- feeds as outlets really publish them (pure: bytes to claims) ---------------------------------

TODAY = dt.date(2026, 11, 20)


def _rss(*items: str, title: str = "Soompi") -> bytes:
    return (
        '<?xml version="1.0"?><rss version="2.0" xmlns:dc="http://purl.org/dc/elements/1.1/"><channel>'
        f"<title>{title}</title>{''.join(items)}</channel></rss>"
    ).encode()


def _item(title: str, pub: str = "Fri, 20 Nov 2026 09:00:00 GMT", extra: str = "") -> str:
    return f"<item><title>{title}</title><pubDate>{pub}</pubDate>{extra}</item>"


def test_one_outlets_journalists_are_one_publisher_not_independent_reports() -> None:
    claims, _ = read_feed(_rss(
        _item("All of Us Are Dead season 2 trailer released", extra="<dc:creator>J. Kim</dc:creator>"),
        _item("Watch: Netflix drops All of Us Are Dead season 2 trailer", extra="<author>lp@soompi.com (L. Park)</author>"),
    ), TODAY)
    assert {c.source.publisher for c in claims} == {"Soompi"}
    assert compute_status(claims).milestone is None  # one outlet is one report


@table(
    "title",
    [
        "All of Us Are Dead season 2 production pushed to 2025",  # an old article resurfacing
        "Netflix delays All of Us Are Dead season 2 to 2025",
        "All of Us Are Dead season 2 premieres March 5, 2026",  # a premiere already past
        "2025 recap: All of Us Are Dead season 2 cast joins table read",
    ],
)
def test_dates_and_years_already_gone_announce_nothing(title: str) -> None:
    claims, seen = read_feed(_rss(_item(title)), TODAY)
    assert claims == () and len(seen) == 1


@table("title", [
    "RT @NetflixKR: All of Us Are Dead season 2 confirmed! (2022.06)",
    'RT @soompi: "All Of Us Are Dead 2" Wraps Filming (Feb 2025)',
    "All of Us Are Dead season 2 wraps filming (2026년 2월)",
    "All of Us Are Dead season 2 wraps filming (February 2025 report)",
    # ... or said to be old in words (s2wild59)
    'from last February: "All of Us Are Dead season 2 wraps filming"',
    "an article from last year: All of Us Are Dead 2 wraps filming",
    "작년 기사인데 지금 우리 학교는 시즌2 촬영 종료",
    "Noticia del año pasado: Estamos muertos 2 llega el 19 de diciembre",
    "一年前的新闻：《僵尸校园》第二季2026年12月上线",
    "Artikel vom letzten Jahr: All of Us Are Dead Staffel 2 kommt im Dezember 2026",
])
def test_news_re_shared_under_a_month_gone_announces_nothing(title: str) -> None:
    claims, seen = read_feed(_rss(_item(title)), TODAY)
    assert claims == () and len(seen) == 1


def test_a_year_gone_said_of_another_title_leaves_our_day_news() -> None:
    claims, _ = read_feed(_rss(_item("hellbound season 2 came out in 2024, All of Us Are Dead season 2 comes dec 4")), TODAY)
    assert [(c.milestone, c.release_at) for c in claims] == [
        (Milestone.RELEASE_DATE_ANNOUNCED, dt.datetime(2026, 12, 4, tzinfo=dt.UTC))]


def test_an_old_article_keeps_its_own_date_and_the_year_it_names() -> None:
    claims, _ = read_feed(_rss(_item("Netflix pushes All of Us Are Dead season 2 to 2025",
                                     pub="Thu, 23 May 2024 03:00:00 GMT")), TODAY)
    (claim,) = claims
    assert claim.milestone is Milestone.DELAYED and claim.date == dt.date(2024, 5, 23)


def test_a_feed_listed_oldest_first_is_read_newest_first() -> None:
    old = [_item(f"K-drama news roundup {n}", pub="Mon, 02 Jan 2023 09:00:00 GMT") for n in range(MAX_ITEMS + 50)]
    claims, seen = read_feed(_rss(*old, _item("All of Us Are Dead season 2 wraps filming")), TODAY)
    assert [c.milestone for c in claims] == [Milestone.FILMING_WRAPPED]
    assert len(seen) == MAX_ITEMS


def test_a_headline_the_spoiler_lexicon_cannot_read_is_tagged_as_season_1() -> None:
    claims, _ = read_feed(_rss(
        _item("'지금 우리 학교는' 시즌2 예고편, 죽은 줄 알았던 청산 귀환"),
        _item("All of Us Are Dead season 2 teaser is out now"),
    ), TODAY)
    spoils = {c.text[:3]: c.spoils for c in claims}
    assert spoils["'지금"] == Position(1, 12)
    assert spoils["All"] == NOTHING  # English is read by the lexicon when it is shown


def test_an_outlets_section_feeds_are_one_publisher() -> None:
    def feed(title: str, headline: str) -> bytes:
        return (f'<?xml version="1.0"?><rss version="2.0"><channel><title>{title}</title>'
                f"<link>https://www.soompi.com/</link>{_item(headline)}</channel></rss>").encode()

    main, _ = read_feed(feed("Soompi", "All of Us Are Dead season 2 trailer released"), TODAY)
    section, _ = read_feed(feed("Soompi » K-Drama", "Netflix drops All of Us Are Dead season 2 trailer"), TODAY)
    assert {c.source.publisher_key for c in (*main, *section)} == {"soompi"}
    assert compute_status([*main, *section]).milestone is None


@table(
    ("cut", "closing"),
    [
        (b'<?xml version="1.0"?><rss version="2.0"><channel><title>T</title><item><title>A</title></item>'
         b"<item><title>B</title></item><item><title>C", b"</channel></rss>"),
        (b'<feed xmlns="http://www.w3.org/2005/Atom"><title>T</title><entry><title>A</title></entry>'
         b"<entry><title>B</title></entry><entry><ti", b"</feed>"),
        (b'<rdf:RDF xmlns:rdf="http://www.w3.org/1999/02/22-rdf-syntax-ns#" xmlns="http://purl.org/rss/1.0/">'
         b'<channel rdf:about="x"><title>T</title></channel><item rdf:about="a"><title>A</title></item>'
         b'<item rdf:about="b"><title>B</title></item><item', b"</rdf:RDF>"),
    ],
)
def test_a_feed_cut_short_is_read_to_its_last_whole_item(cut: bytes, closing: bytes) -> None:
    whole = whole_items(cut)
    assert whole is not None and whole.endswith(closing)
    _, items = parse_feed(whole)
    assert [item.title for item in items] == ["A", "B"]


def test_a_feed_cut_before_its_first_item_ends_has_none() -> None:
    assert whole_items(b'<rss version="2.0"><channel><item><title>' + b"z" * 100) is None


def test_someone_elses_drama_out_now_is_not_the_season_out() -> None:
    day = dt.date(2027, 1, 20)
    title = "Yoon Chan-young's drama 'Blue Hour' out now, All of Us Are Dead season 2 next"
    claims, _ = claims_from_items([FeedItem(title, None, "x.com", day)], day)
    assert not any(c.milestone is Milestone.RELEASED for c in claims)


def test_a_cast_members_new_korean_drama_with_its_day_is_not_the_release() -> None:
    day = dt.date(2027, 1, 20)
    claims, _ = claims_from_items([FeedItem("'지금 우리 학교는2' 출연 로몬 신작 드라마 2월 26일 첫 방송", None, "news1.kr", day)], day)
    assert not any(c.release_at is not None for c in claims)
