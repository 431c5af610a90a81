"""Season 2 in the demo: a local news feed the bot polls, and the console step `feed`.

    feed "Netflix shares the season 2 teaser" publisher:"Soompi"

adds a headline to the local feed (publisher optional) and makes the bot poll its sources at
once, so the newcomer sees a reported milestone move the status (it takes two publishers) and
the announcement arrive. `advance` (generic) then shows countdown reminders arriving.
"""

from __future__ import annotations

import contextlib
import shlex
from typing import TYPE_CHECKING, Any

from bot.demo.console import TourFailure, register_command
from bot.sandbox.newsfeed import LocalNewsFeed

if TYPE_CHECKING:
    from bot.demo.console import DemoConsole

_feed: LocalNewsFeed | None = None


async def demo_setup(stack: contextlib.AsyncExitStack) -> dict[str, Any]:
    """Start the local news feed before the bot and point the bot's RSS setting at it."""
    global _feed
    _feed = await stack.enter_async_context(LocalNewsFeed(title="K-drama News (demo)", publisher="Demo News"))
    return {"rss_feeds": (_feed.feed_url,)}


def parse_feed_args(rest: str) -> tuple[str, str | None]:
    """`"headline" publisher:"Name"` -> (headline, publisher or None)."""
    try:
        words = shlex.split(rest)
    except ValueError as exc:
        raise TourFailure(f"feed: {exc}") from None
    headline_words: list[str] = []
    publisher: str | None = None
    for word in words:
        if word.startswith("publisher:"):
            publisher = word.removeprefix("publisher:").strip() or None
        else:
            headline_words.append(word)
    headline = " ".join(headline_words).strip()
    if not headline:
        raise TourFailure('feed needs a headline, e.g. feed "Season 2 teaser is out" publisher:"Soompi"')
    return headline, publisher


async def feed(console: DemoConsole, rest: str) -> None:
    if _feed is None:
        raise TourFailure("the demo news feed is not running")
    headline, publisher = parse_feed_args(rest)
    _feed.add_headline(headline, publisher=publisher)
    print(f"  [news] {publisher or _feed.publisher}: {headline}")
    cog: Any = console.harness.bot.get_cog("Season2")
    if cog is None or cog.service is None:
        raise TourFailure("the season 2 feature is not loaded")
    await cog.service.tracking.poll_now()  # "check now": what it queues is sent at once
    await console.settle_outbox()


register_command("feed", feed, 'add a headline to the local news feed and poll it: feed "text" publisher:"Name"')
