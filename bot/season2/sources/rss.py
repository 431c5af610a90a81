"""RSS / Atom news feeds as a season-2 source.

Fetched with aiohttp (conditional GET); the body is parsed with feedparser in a thread (CPU work,
`parse_feed`, pure). Each headline about the show goes through `headlines.classify_headline`;
items are de-duplicated on `headlines.item_key` (normalised title + publisher).
"""

from __future__ import annotations

import asyncio
import datetime as dt
import hashlib
from dataclasses import dataclass
from typing import Any

import aiohttp
import feedparser

from bot.season2.model import Claim, Source, SourceState
from bot.season2.sources.base import FetchResult, SeenItem, SourceError, conditional_headers, read_body
from bot.season2.sources.headlines import classify_headline, item_key

DEFAULT_INTERVAL = dt.timedelta(minutes=10)


@dataclass(frozen=True)
class FeedItem:
    title: str
    link: str | None
    publisher: str
    published: dt.date | None


# ------------------------------------------------------------------ parsing (pure)


def parse_feed(body: bytes) -> tuple[str, list[FeedItem]]:
    """feedparser on bytes (CPU work: run in a thread). Raises SourceError on anything not a feed."""
    parsed: Any = feedparser.parse(body)
    if parsed.get("bozo") and not isinstance(
        parsed.get("bozo_exception"), feedparser.CharacterEncodingOverride
    ):
        raise SourceError(f"not a valid feed: {parsed.get('bozo_exception')}")
    if not parsed.get("version"):
        raise SourceError("not an RSS or Atom feed")
    feed_title = str(parsed.feed.get("title") or "")
    items: list[FeedItem] = []
    for entry in parsed.entries:
        title = " ".join(str(entry.get("title") or "").split())
        if not title:
            continue
        source = entry.get("source") or {}
        publisher = str(source.get("title") or entry.get("author") or feed_title or "unknown")
        stamp = entry.get("published_parsed") or entry.get("updated_parsed")
        published = dt.date(stamp.tm_year, stamp.tm_mon, stamp.tm_mday) if stamp else None
        link = entry.get("link")
        items.append(FeedItem(title, str(link) if link else None, publisher, published))
    return feed_title, items


def claims_from_items(items: list[FeedItem], today: dt.date) -> tuple[tuple[Claim, ...], tuple[SeenItem, ...]]:
    """The claims a feed's items make (headlines about the show that announce something), and
    every distinct item seen (dated no later than `today`)."""
    claims: list[Claim] = []
    seen: dict[str, SeenItem] = {}
    for item in items:
        key = item_key(item.title, item.publisher)
        if key in seen:
            continue
        seen[key] = SeenItem(key, item.title, item.publisher)
        found = classify_headline(item.title)
        if found is None:
            continue
        day = item.published if item.published and item.published <= today else today
        claims.append(
            Claim(
                id="rss:" + key,
                milestone=found.milestone,
                date=day,
                confidence=found.confidence,
                source=Source(publisher=item.publisher, title=item.title, url=item.link, date=day),
                text=item.title,
                release_at=found.release_at,
                origin="rss",
            )
        )
    return tuple(claims), tuple(seen.values())


# ------------------------------------------------------------------ fetching


class RSSSource:
    kind = "rss"

    def __init__(self, url: str) -> None:
        self.base_url = url
        self.source_id = "rss:" + hashlib.sha1(url.encode("utf-8")).hexdigest()[:12]
        self.min_interval = DEFAULT_INTERVAL

    async def fetch(self, http: aiohttp.ClientSession, state: SourceState, now: dt.datetime) -> FetchResult:
        async with http.get(self.base_url, headers=conditional_headers(state)) as response:
            if response.status == 304:
                return FetchResult(not_modified=True, etag=state.etag, last_modified=state.last_modified)
            if response.status != 200:
                raise SourceError(f"the feed answered {response.status}")
            body = await read_body(response)
            etag = response.headers.get("ETag")
            last_modified = response.headers.get("Last-Modified")
        _, items = await asyncio.to_thread(parse_feed, body)
        claims, seen = claims_from_items(items, now.astimezone(dt.UTC).date())
        return FetchResult(
            claims=claims,
            etag=etag,
            last_modified=last_modified,
            seen=seen,
        )
