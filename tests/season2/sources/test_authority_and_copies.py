"""Who speaks for the show, and when two headlines are one report (bot/season2/model `official_address`,
`Source.story`; sources/headlines.py `syndicated_from`; rules.py `backing`): an item from Netflix itself
is official; one article carried by Yahoo, MSN or an aggregator is its outlet's one report."""

from __future__ import annotations

import datetime as dt

from bot.season2.model import Claim, Confidence, Milestone, Source, official_address
from bot.season2.rules import backing
from bot.season2.sources.rss import read_feed, syndicated_from
from tests.table import table

TODAY = dt.date(2026, 12, 2)
SETS = "'All of Us Are Dead' Season 2 Sets January 29 Premiere Date on Netflix"


def _item(title: str, link: str, source: str | None = None, href: str | None = None) -> str:
    named = f'<source url="{href}">{source}</source>' if source else ""
    return (f"<item><title>{title}</title><link>{link}</link>"
            f"<pubDate>Wed, 02 Dec 2026 09:00:00 GMT</pubDate>{named}</item>")


def _feed(site: str, *items: str) -> bytes:
    return (f'<?xml version="1.0"?><rss version="2.0"><channel><title>Feed</title><link>{site}</link>'
            + "".join(items) + "</channel></rss>").encode()


@table(
    ("url", "official"),
    [
        ("https://www.netflix.com/tudum/articles/all-of-us-are-dead-season-2", True),
        ("https://about.netflix.com/en/news/netflix-korea-2027", True),
        ("http://netflix.com/title/81237994", True),
        ("https://netflix.com.fan-news.example/tudum", False),
        ("https://notnetflix.com/tudum", False),
        ("https://variety.com/2026/tv/news/netflix-com-tudum", False),
        ("javascript://netflix.com", False),
        ("http://[netflix.com/", False),
        (None, False),
    ],
)
def test_only_netflixs_own_sites_speak_for_the_show(url: str | None, official: bool) -> None:
    assert official_address(url) is official


@table(
    ("body", "confidence"),
    [
        # Netflix's own feed (Tudum, the newsroom), its item on its own site
        (_feed("https://www.netflix.com/tudum", _item("All of Us Are Dead Season 2 Is Coming January 29, 2027",
                                                      "https://www.netflix.com/tudum/articles/aouad-2")), "official"),
        (_feed("https://about.netflix.com/en/newsroom", _item("All of Us Are Dead season 2 premieres January 29, 2027",
                                                              "https://about.netflix.com/en/news/aouad-2")), "official"),
        # an aggregator's item whose <source> is Netflix's site
        (_feed("https://news.google.com/", _item("All of Us Are Dead Season 2 Is Coming January 29, 2027 - Netflix Tudum",
                                                 "https://news.google.com/rss/articles/a4", "Netflix Tudum",
                                                 "https://www.netflix.com/tudum")), "official"),
        # a fan blog linking to Tudum, an outlet quoting Netflix, a feed naming Netflix's site for a link elsewhere
        (_feed("https://fanblog.example/", _item("All of Us Are Dead Season 2 premieres January 29, 2027",
                                                 "https://www.netflix.com/tudum/articles/x")), "reported"),
        (_feed("https://news.google.com/", _item("Netflix confirms All of Us Are Dead season 2 premieres January 29, 2027",
                                                 "https://news.google.com/rss/articles/a1", "Variety",
                                                 "https://variety.com")), "reported"),
        (_feed("https://www.netflix.com/tudum", _item("All of Us Are Dead season 2 premieres January 29, 2027",
                                                      "https://fanblog.example/x")), "reported"),
        # Netflix's feed passing on a rumour stays a rumour
        (_feed("https://www.netflix.com/tudum", _item("Rumour: All of Us Are Dead season 2 premieres January 29, 2027",
                                                      "https://www.netflix.com/tudum/articles/r")), "rumour"),
    ],
)
def test_a_headline_is_official_only_when_netflix_itself_published_it(body: bytes, confidence: str) -> None:
    (claim,), _ = read_feed(body, TODAY)
    assert claim.milestone is Milestone.RELEASE_DATE_ANNOUNCED and claim.confidence.value == confidence


@table(
    ("title", "publisher", "outlet"),
    [
        (f"{SETS} - Variety", "Yahoo Entertainment", "Variety"),
        (f"{SETS} | Variety", "yahoo.com", "Variety"),
        (f"{SETS} (Deadline)", "MSN", "Deadline"),
        (f"{SETS} via Soompi", "NewsBreak", "Soompi"),
        (f"{SETS} - Yahoo Entertainment", "Yahoo Entertainment", None),  # its own name, no outlet
        (f"{SETS} - Pinkvilla", "Soompi", None),  # an outlet is not a syndicator
        (SETS, "MSN", None),
        (f"{SETS} - Everything we know about the season that fans waited for", "MSN", None),  # not a name
    ],
)
def test_a_syndicators_copy_naming_its_outlet_is_that_outlets(title: str, publisher: str, outlet: str | None) -> None:
    assert syndicated_from(title, publisher) == outlet


def _report(cid: str, publisher: str, title: str, day: int = 2) -> Claim:
    return Claim(id=cid, milestone=Milestone.RELEASE_DATE_ANNOUNCED, date=dt.date(2026, 12, day),
                 confidence=Confidence.REPORTED, source=Source(publisher=publisher, title=title), text=title,
                 origin="rss", release_at=dt.datetime(2027, 1, 29, tzinfo=dt.UTC))


def test_one_headline_on_several_sites_is_one_report_and_a_second_outlets_own_backs_it() -> None:
    copies = [_report("v", "Variety", SETS), _report("y", "Yahoo Entertainment", f"{SETS} - Yahoo Entertainment", 3),
              _report("m", "MSN", SETS.upper(), 3), _report("a", "Apple News", f"“{SETS}”", 4)]
    assert backing(copies) is None
    own = _report("g", "The Guardian", "All of Us Are Dead season 2 gets release date: 29 January 2027", 5)
    backed = backing([*copies, own])
    assert backed is not None and backed.since.date() == dt.date(2026, 12, 5)


def test_short_titles_two_outlets_share_are_not_one_article() -> None:
    assert backing([_report("a", "Soompi", "News"), _report("b", "Pinkvilla", "News")]) is not None


def test_syndicated_copies_in_one_aggregator_feed_back_nothing_alone() -> None:
    body = _feed("https://news.google.com/",
                 _item(f"{SETS} - Variety", "https://news.google.com/rss/articles/a1", "Variety", "https://variety.com"),
                 _item(f"{SETS} - Yahoo Entertainment", "https://news.google.com/rss/articles/a2", "Yahoo Entertainment",
                       "https://www.yahoo.com"),
                 _item(f"{SETS} - MSN", "https://news.google.com/rss/articles/a3", "MSN", "https://www.msn.com"))
    claims, seen = read_feed(body, TODAY)
    assert len(claims) == 3 and len(seen) == 3
    assert backing(claims) is None
