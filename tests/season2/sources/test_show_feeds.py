"""The show's own feed (its subreddit): "S2" alone is our season there, and nowhere else
(bot/season2/sources/show_feeds.py, read by rss.py)."""

from __future__ import annotations

import datetime as dt

from bot.season2.sources.rss import read_feed
from bot.season2.sources.show_feeds import show_feed, with_show_named
from tests.table import table

TODAY = dt.date(2027, 3, 2)


def _feed(title: str, link: str, item: str) -> bytes:
    return (f'<?xml version="1.0"?><rss version="2.0"><channel><title>{title}</title><link>{link}</link>'
            f"<item><title>{item}</title><pubDate>Tue, 02 Mar 2027 09:00:00 GMT</pubDate></item></channel></rss>").encode()


def _readings(feed: bytes) -> set[str]:
    claims, _ = read_feed(feed, TODAY)
    return {f"{c.milestone.value} {c.release_at.date() if c.release_at else ''}".strip() for c in claims}


def test_a_moderators_post_in_the_shows_subreddit_names_our_season() -> None:
    feed = _feed("All of Us Are Dead", "https://www.reddit.com/r/AllOfUsAreDead/",
                 "[MOD] Release date change: S2 is now April 9. Old thread locked")
    assert _readings(feed) == {"release_date_changed 2027-04-09"}


@table(("title", "link"), [
    ('"All of Us Are Dead" - Google News', "https://news.google.com/search?q=all+of+us+are+dead"),
    ("r/kdrama", "https://www.reddit.com/r/kdrama/"),
])
def test_season_2_alone_in_any_other_feed_is_no_ones(title: str, link: str) -> None:
    assert _readings(_feed(title, link, "Reminder: S2 drops April 9 at 5pm KST")) == set()


@table(("title", "link", "expected"), [
    ("All of Us Are Dead", "https://www.reddit.com/r/AllOfUsAreDead/", True),
    ("r/AllOfUsAreDead", None, True),
    ('"All of Us Are Dead" - Google News', None, False),
])
def test_the_shows_own_feed_is_told_by_its_title_or_address(title: str, link: str | None, expected: bool) -> None:
    assert show_feed(title, link) is expected


@table(("title", "named"), [
    ("Reminder: S2 drops April 9", "Reminder: All of Us Are Dead Season 2 drops April 9"),
    ("Squid Game S2 drops April 9", "Squid Game S2 drops April 9"),  # another title's season
    ("aouad s2 drops April 9", "aouad s2 drops April 9"),  # named already
])
def test_the_show_is_named_only_where_the_season_stands_alone(title: str, named: str) -> None:
    assert with_show_named(title) == named
