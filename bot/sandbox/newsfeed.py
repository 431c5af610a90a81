"""A local news feed (RSS 2.0 over HTTP on 127.0.0.1) for tests and the demo.

    async with LocalNewsFeed() as feed:
        feed.add_headline("All of Us Are Dead season 2 wraps filming", publisher="Pinkvilla")
        url = feed.feed_url

It honours If-None-Match / If-Modified-Since (real ETags: a hash of the body), and can be told
to misbehave once: serve garbage, hang, or answer 500. `requests` records what was asked.
"""

from __future__ import annotations

import asyncio
import datetime as dt
import email.utils
import hashlib
import html
import itertools
from collections.abc import Awaitable, Callable
from dataclasses import dataclass, field
from types import TracebackType
from typing import Literal

from aiohttp import web

Garbage = Literal["html", "truncated", "binary", "json"]


@dataclass(frozen=True)
class RecordedFetch:
    method: str
    path: str
    headers: dict[str, str]
    status: int


@dataclass
class _Misbehaviour:
    """What to do instead of answering normally, `times` more times."""

    kind: Literal["garbage", "hang", "status"]
    times: int
    garbage: Garbage = "html"
    status: int = 500


class LocalHttpServer:
    """An aiohttp server on 127.0.0.1:0 with one-shot failure injection (shared by the fakes)."""

    def __init__(self) -> None:
        self._runner: web.AppRunner | None = None
        self._port = 0
        self._faults: list[_Misbehaviour] = []
        self._closing = asyncio.Event()
        self.requests: list[RecordedFetch] = []

    # -- lifecycle

    def _routes(self, app: web.Application) -> None:
        raise NotImplementedError

    async def start(self) -> None:
        app = web.Application(middlewares=[self._middleware])
        self._routes(app)
        self._runner = web.AppRunner(app, handle_signals=False, access_log=None)
        await self._runner.setup()
        site = web.TCPSite(self._runner, "127.0.0.1", 0)
        await site.start()
        server = site._server
        assert server is not None
        sockets = getattr(server, "sockets", None) or []
        self._port = int(sockets[0].getsockname()[1])

    async def close(self) -> None:
        self._closing.set()
        if self._runner is not None:
            await self._runner.cleanup()
            self._runner = None

    @property
    def base_url(self) -> str:
        return f"http://127.0.0.1:{self._port}"

    # -- failure injection

    def serve_garbage(self, kind: Garbage = "html", times: int = 1) -> None:
        """The next `times` answers are 200 with a body that is not what the client expects."""
        self._faults.append(_Misbehaviour("garbage", times, garbage=kind))

    def hang(self, times: int = 1) -> None:
        """The next `times` requests never get an answer (until the server closes)."""
        self._faults.append(_Misbehaviour("hang", times))

    def fail(self, status: int = 500, times: int = 1) -> None:
        self._faults.append(_Misbehaviour("status", times, status=status))

    def _next_fault(self) -> _Misbehaviour | None:
        while self._faults:
            fault = self._faults[0]
            if fault.times <= 0:
                self._faults.pop(0)
                continue
            fault.times -= 1
            return fault
        return None

    @web.middleware
    async def _middleware(
        self,
        request: web.Request,
        handler: Callable[[web.Request], Awaitable[web.StreamResponse]],
    ) -> web.StreamResponse:
        fault = self._next_fault()
        response: web.StreamResponse
        if fault is None:
            response = await handler(request)
        elif fault.kind == "hang":
            await self._closing.wait()
            response = web.Response(status=503)
        elif fault.kind == "status":
            response = web.Response(status=fault.status, text="Internal Server Error")
        else:
            response = _garbage(fault.garbage)
        self.requests.append(
            RecordedFetch(request.method, request.path_qs, dict(request.headers), response.status)
        )
        return response


def _garbage(kind: Garbage) -> web.Response:
    if kind == "html":
        return web.Response(
            text="<!DOCTYPE html><html><head><title>Just a moment...</title></head>"
            "<body><p>Checking your browser</p></body></html>",
            content_type="text/html",
        )
    if kind == "truncated":
        return web.Response(
            text='<?xml version="1.0"?><rss version="2.0"><channel><title>News</title><item><title>All of',
            content_type="application/rss+xml",
        )
    if kind == "json":
        return web.Response(text='{"id": 1, "name": "All of', content_type="application/json")
    return web.Response(body=bytes(range(256)) * 4, content_type="application/octet-stream")


def conditional(request: web.Request, etag: str, last_modified: dt.datetime) -> bool:
    """True when the client already has this version (answer 304)."""
    if_none_match = request.headers.get("If-None-Match")
    if if_none_match is not None:
        tags = [t.strip() for t in if_none_match.split(",")]
        return etag in tags or "*" in tags
    since = request.headers.get("If-Modified-Since")
    if since:
        try:
            parsed = email.utils.parsedate_to_datetime(since)
        except (TypeError, ValueError):
            return False
        if parsed.tzinfo is None:
            parsed = parsed.replace(tzinfo=dt.UTC)
        return last_modified.replace(microsecond=0) <= parsed
    return False


def http_date(value: dt.datetime) -> str:
    return email.utils.format_datetime(value.astimezone(dt.UTC), usegmt=True)


def make_etag(body: bytes) -> str:
    return '"' + hashlib.sha1(body).hexdigest()[:16] + '"'


@dataclass
class Headline:
    title: str
    link: str
    published: dt.datetime
    publisher: str
    guid: str
    description: str = ""


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
        self._modified = dt.datetime.now(dt.UTC).replace(microsecond=0)

    async def __aenter__(self) -> LocalNewsFeed:
        await self.start()
        return self

    async def __aexit__(
        self, exc_type: type[BaseException] | None, exc: BaseException | None, tb: TracebackType | None
    ) -> None:
        await self.close()

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
    ) -> Headline:
        n = next(self._counter)
        headline = Headline(
            title=title,
            link=link or f"https://news.example/{n}",
            published=(published or dt.datetime.now(dt.UTC)).astimezone(dt.UTC),
            publisher=publisher or self.publisher,
            guid=f"local-{n}",
            description=description,
        )
        self.headlines.insert(0, headline)
        self._touch()
        return headline

    def remove_headline(self, title: str) -> None:
        self.headlines = [h for h in self.headlines if h.title != title]
        self._touch()

    def _touch(self) -> None:
        now = dt.datetime.now(dt.UTC).replace(microsecond=0)
        # Last-Modified has one-second resolution: make every change visible to If-Modified-Since.
        self._modified = max(now, self._modified + dt.timedelta(seconds=1))

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
                f'<source url="https://{html.escape(_slug(h.publisher))}.example">{html.escape(h.publisher)}</source>'
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
