"""What the local outside sources (LocalNewsFeed, LocalTVmaze) share: an aiohttp server on
127.0.0.1:0 with failure injection, conditional GET, and a Last-Modified that moves on every change.

    server.serve_garbage("html", times=3)   # 200s whose body is not what the client expects
    server.hang()                            # no answer until the server closes
    server.fail(500)                         # an error status
    server.fail(429, retry_after="120")      # ... asking the client to wait (seconds, or an HTTP date)
    server.redirect("http://elsewhere/feed")   # a redirect (301/302/307/308) to any address
    server.stop_misbehaving()                # answer normally again
"""

from __future__ import annotations

import asyncio
import datetime as dt
import email.utils
import hashlib
from collections.abc import Awaitable, Callable
from dataclasses import dataclass
from types import TracebackType
from typing import Literal, Self

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

    kind: Literal["garbage", "hang", "status", "redirect"]
    times: int
    garbage: Garbage = "html"
    status: int = 500
    location: str = ""
    retry_after: str | None = None


class LocalHttpServer:
    """An aiohttp server on 127.0.0.1:0 with one-shot failure injection (shared by the fakes)."""

    def __init__(self) -> None:
        self._runner: web.AppRunner | None = None
        self._port = 0
        self._faults: list[_Misbehaviour] = []
        self._closing = asyncio.Event()
        self._modified = dt.datetime.now(dt.UTC).replace(microsecond=0)
        self.requests: list[RecordedFetch] = []

    async def __aenter__(self) -> Self:
        await self.start()
        return self

    async def __aexit__(
        self, exc_type: type[BaseException] | None, exc: BaseException | None, tb: TracebackType | None
    ) -> None:
        await self.close()

    def _touch(self) -> None:
        """The served documents changed: move Last-Modified (one-second resolution) forward."""
        now = dt.datetime.now(dt.UTC).replace(microsecond=0)
        self._modified = max(now, self._modified + dt.timedelta(seconds=1))

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

    def fail(self, status: int = 500, times: int = 1, *, retry_after: str | None = None) -> None:
        """The next `times` answers are `status`, with a Retry-After header when `retry_after` is given."""
        self._faults.append(_Misbehaviour("status", times, status=status, retry_after=retry_after))

    def redirect(self, location: str, status: int = 302, times: int = 1) -> None:
        """The next `times` answers are a redirect to `location` (absolute or relative)."""
        self._faults.append(_Misbehaviour("redirect", times, status=status, location=location))

    def stop_misbehaving(self) -> None:
        """Forget every fault still queued: answer normally from the next request on."""
        self._faults.clear()

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
            asked = {"Retry-After": fault.retry_after} if fault.retry_after is not None else None
            response = web.Response(status=fault.status, text="Internal Server Error", headers=asked)
        elif fault.kind == "redirect":
            response = web.Response(status=fault.status, headers={"Location": fault.location})
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
