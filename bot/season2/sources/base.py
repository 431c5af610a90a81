"""What every season-2 source gives tracking (bot/season2/tracking.py polls it): one fetch, turned into claims."""

from __future__ import annotations

import asyncio
import contextlib
import datetime as dt
import email.utils
import json
import math
from collections.abc import AsyncIterator, Mapping
from dataclasses import dataclass, field
from typing import Protocol

import aiohttp
import yarl

from bot.season2.model import Claim
from bot.season2.model.polling import SourceState
from bot.show import EpisodeInfo

MAX_BODY_BYTES = 2 * 1024 * 1024
MAX_REDIRECTS = 5
_REDIRECTS = frozenset({301, 302, 303, 307, 308})


class SourceError(Exception):
    """The source failed this time (HTTP error, timeout, garbage). Counted, never raised further.
    `retry_after`: how long the source itself asked to be left alone (a 429's or a 503's Retry-After):
    its next poll waits at least that long."""

    def __init__(self, message: str, *, retry_after: dt.timedelta | None = None) -> None:
        super().__init__(message)
        self.retry_after = retry_after


class SourceRefused(SourceError):
    """The source refused its address itself (401, 403, 404, 410): a setting for a moderator to fix,
    not a blip. Told to the servers at its first failure (its circuit opens at once), and tried again
    only after the cooldown, never retried blindly."""


def describe_failure(exc: BaseException) -> str:
    """A failed fetch as the source's health and the servers' notices tell it: "timed out", a SourceError's own words, else
    the exception's type and message."""
    if isinstance(exc, TimeoutError | asyncio.TimeoutError):
        return "timed out"
    text = str(exc) or type(exc).__name__
    return f"{type(exc).__name__}: {text}" if not isinstance(exc, SourceError) else text


def feed_snapshot(title: str) -> str | None:
    """What an RSS source keeps between polls: its feed's own title, the name `/season2 sources` gives it."""
    return json.dumps({"feed_title": title}) if title.strip() else None


def snapshot_title(snapshot: str | None) -> str | None:
    """The feed title `feed_snapshot` kept (None when none was, or the snapshot is another's)."""
    try:
        kept = json.loads(snapshot or "null")
    except ValueError:
        return None
    title = kept.get("feed_title") if isinstance(kept, dict) else None
    return title if isinstance(title, str) and title.strip() else None


@dataclass(frozen=True)
class SeenItem:
    key: str
    title: str
    publisher: str


@dataclass(frozen=True)
class FetchResult:
    """One successful fetch. `not_modified` is a 304: nothing else is meaningful then."""

    not_modified: bool = False
    claims: tuple[Claim, ...] = ()
    etag: str | None = None
    last_modified: str | None = None
    snapshot: str | None = None
    show_id: int | None = None
    seen: tuple[SeenItem, ...] = field(default=())
    changed: bool = False  # the source shows something it did not show last time
    #: The episodes of the seasons after the first, as the source lists them now (season ->
    #: episodes in order); None when not read this time (unchanged, or no later season listed).
    episodes: Mapping[int, tuple[EpisodeInfo, ...]] | None = None
    #: What a moderator should know of a fetch that answered (a feed read only in part), shown in
    #: `/season2 sources` until the next poll.
    note: str | None = None


class NewsSource(Protocol):
    source_id: str
    kind: str
    base_url: str
    min_interval: dt.timedelta

    async def fetch(
        self, http: aiohttp.ClientSession, state: SourceState, now: dt.datetime
    ) -> FetchResult: ...

    def claims_at(self, state: SourceState, now: dt.datetime) -> tuple[Claim, ...]:
        """What the source's last answer (`state`) says at `now`, without asking it again: the claims
        its next poll would give were it unchanged (TVmaze's listing: at the first episode's airstamp,
        season 2 aired), so the instant it lists comes at that instant, not at the next poll."""
        ...


async def read_at_most(response: aiohttp.ClientResponse, limit: int) -> tuple[bytes, bool]:
    """The body up to `limit` bytes, and whether there was more (never read)."""
    chunks: list[bytes] = []
    size = 0
    async for chunk in response.content.iter_chunked(65536):
        room = limit - size
        chunks.append(chunk[:room])
        size += min(room, len(chunk))
        if len(chunk) > room:
            return b"".join(chunks), True
    return b"".join(chunks), False


async def read_body(response: aiohttp.ClientResponse, limit: int = MAX_BODY_BYTES) -> bytes:
    """The body, refusing anything larger than `limit` (a runaway feed is garbage)."""
    body, more = await read_at_most(response, limit)
    if more:
        raise SourceError(f"body larger than {limit} bytes")
    return body


def asked_wait(value: str | None, sent: str | None) -> dt.timedelta | None:
    """A Retry-After header as a wait (seconds, or an HTTP date counted from the answer's own Date
    `sent`: the source's clock, not ours); None when there is none, or it is unreadable or already past.
    As asked: the schedule holds it to the backoff's cap ("wait until 2099" never stops a source for good)."""
    text = (value or "").strip()
    if text.isdecimal():  # (not isdigit: "²" is a digit int() refuses, and the status would be lost to its ValueError)
        seconds = int(text[:10])  # at most 300 years: a timedelta, never an OverflowError
        return dt.timedelta(seconds=seconds) if seconds > 0 else None
    try:
        wait = _http_date(text) - _http_date(sent or "")
    except (TypeError, ValueError, IndexError, OverflowError):
        return None
    return wait if wait > dt.timedelta(0) else None


def _http_date(text: str) -> dt.datetime:
    when = email.utils.parsedate_to_datetime(text)
    return when if when.tzinfo else when.replace(tzinfo=dt.UTC)


def answered(response: aiohttp.ClientResponse, said: str) -> SourceError:
    """A status a fetch cannot read, as the SourceError that says so, carrying the wait the source asked
    for (its Retry-After), said too: `/season2 sources` shows when it is tried again, and why."""
    wait = asked_wait(response.headers.get("Retry-After"), response.headers.get("Date"))
    if wait is None:
        return SourceError(said)
    return SourceError(f"{said} (it asks to wait {math.ceil(wait.total_seconds() / 60)} min)", retry_after=wait)


def conditional_headers(state: SourceState) -> dict[str, str]:
    headers: dict[str, str] = {}
    if state.etag:
        headers["If-None-Match"] = state.etag
    if state.last_modified:
        headers["If-Modified-Since"] = state.last_modified
    return headers


def same_host(origin: yarl.URL, target: yarl.URL) -> bool:
    """Whether `target` is on `origin`'s host: the same name and port, or http upgraded to https."""
    if target.scheme not in ("http", "https") or not target.host or not origin.host:
        return False
    if target.host.lower() != origin.host.lower():
        return False
    if target.port == origin.port:
        return True
    return origin.scheme == "http" and target.scheme == "https" and target.port == 443 and origin.port == 80


@contextlib.asynccontextmanager
async def get_on_host(
    http: aiohttp.ClientSession, url: str, *, headers: Mapping[str, str] | None = None
) -> AsyncIterator[aiohttp.ClientResponse]:
    """GET `url`, following at most MAX_REDIRECTS redirects, and only while they stay on its host.

    A source is trusted for its own host only: a feed that redirects elsewhere (an expired
    domain, a hijacked link) is a SourceError, counted like any other failure and shown in
    `/season2 sources`, and nothing from the other host is read or stored."""
    origin = yarl.URL(url)
    current = origin
    for _ in range(MAX_REDIRECTS + 1):
        response = await http.get(current, headers=dict(headers or {}), allow_redirects=False)
        if response.status not in _REDIRECTS:
            try:
                yield response
            finally:
                response.release()
            return
        location = response.headers.get("Location")
        response.release()
        if not location:
            raise SourceError(f"{current.host} answered {response.status} without saying where to")
        try:
            target = current.join(yarl.URL(location))
        except ValueError:
            raise SourceError(f"{current.host} redirected to an address that is not one") from None
        if not same_host(origin, target):
            raise SourceError(f"redirected from {origin.host} to another host ({target.host}); not followed")
        current = target
    raise SourceError(f"more than {MAX_REDIRECTS} redirects from {origin.host}")
