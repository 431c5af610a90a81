"""A local news feed (RSS 2.0 over HTTP on 127.0.0.1) for tests and the demo.

    async with LocalNewsFeed() as feed:
        feed.add_headline("All of Us Are Dead season 2 wraps filming", publisher="Pinkvilla")
        url = feed.feed_url

It honours If-None-Match / If-Modified-Since (real ETags: a hash of the body), and can be told
to misbehave (bot/sandbox/faults.py): serve garbage, hang, or answer 500. `requests` records
what was asked.
"""

from __future__ import annotations

import datetime as dt
import html
import itertools
from dataclasses import dataclass, field

from aiohttp import web

from bot.sandbox.faults import (
    Garbage,
    LocalHttpServer,
    RecordedFetch,
    conditional,
    http_date,
    make_etag,
)

__all__ = [
    "Garbage",
    "Headline",
    "LocalHttpServer",
    "LocalNewsFeed",
    "RecordedFetch",
    "conditional",
    "http_date",
    "make_etag",
]


@dataclass
class Headline:
    title: str
    link: str
    published: dt.datetime
    publisher: str
    guid: str
    description: str = ""
    #: The <source url> (the publisher's site): "https://about.netflix.com" makes the item Netflix's own.
    source_url: str | None = None


@dataclass(eq=False)
class LocalNewsFeed(LocalHttpServer):
    """An RSS 2.0 feed of headlines, newest first. Aggregator-style: each item names its publisher
    in <source>, and `unstable_guids=True` gives items a new guid on every fetch."""

    title: str = "K-drama News (local)"
    publisher: str = "Local News"
    unstable_guids: bool = False
    headlines: list[Headline] = field(default_factory=list)

    def __post_init__(self) -> None:
        LocalHttpServer.__init__(self)
        self._counter = itertools.count(1)

    @property
    def feed_url(self) -> str:
        return self.base_url + "/feed.xml"

    def add_headline(
        self,
        title: str,
        link: str | None = None,
        published: dt.datetime | None = None,
        publisher: str | None = None,
        description: str = "",
        source_url: str | None = None,
    ) -> Headline:
        n = next(self._counter)
        headline = Headline(
            title=title,
            link=link or f"https://news.example/{n}",
            published=(published or dt.datetime.now(dt.UTC)).astimezone(dt.UTC),
            publisher=publisher or self.publisher,
            guid=f"local-{n}",
            description=description,
            source_url=source_url,
        )
        self.headlines.insert(0, headline)
        self._touch()
        return headline

    def remove_headline(self, title: str) -> None:
        self.headlines = [h for h in self.headlines if h.title != title]
        self._touch()

    def render(self) -> bytes:
        items = []
        for h in self.headlines:
            guid = f"{h.guid}-{next(self._counter)}" if self.unstable_guids else h.guid
            items.append(
                "<item>"
                f"<title>{html.escape(h.title)}</title>"
                f"<link>{html.escape(h.link)}</link>"
                f'<guid isPermaLink="false">{html.escape(guid)}</guid>'
                f"<pubDate>{http_date(h.published)}</pubDate>"
                f'<source url="{html.escape(h.source_url or f"https://{_slug(h.publisher)}.example")}">'
                f"{html.escape(h.publisher)}</source>"
                f"<description>{html.escape(h.description)}</description>"
                "</item>"
            )
        xml = (
            '<?xml version="1.0" encoding="UTF-8"?>\n<rss version="2.0"><channel>'
            f"<title>{html.escape(self.title)}</title><link>{self.base_url}/</link>"
            f"<description>Headlines for the demo</description>"
            f"<lastBuildDate>{http_date(self._modified)}</lastBuildDate>"
            + "".join(items)
            + "</channel></rss>"
        )
        return xml.encode("utf-8")

    def _routes(self, app: web.Application) -> None:
        app.router.add_get("/feed.xml", self._feed)

    async def _feed(self, request: web.Request) -> web.Response:
        body = self.render()
        stable = body if not self.unstable_guids else self._stable_body()
        etag = make_etag(stable)
        headers = {"ETag": etag, "Last-Modified": http_date(self._modified)}
        if conditional(request, etag, self._modified):
            return web.Response(status=304, headers=headers)
        return web.Response(body=body, headers=headers, content_type="application/rss+xml")

    def _stable_body(self) -> bytes:
        return "|".join(f"{h.title}|{h.publisher}|{h.link}" for h in self.headlines).encode()


def _slug(text: str) -> str:
    return "".join(ch for ch in text.lower() if ch.isalnum()) or "news"
