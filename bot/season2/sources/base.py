"""What every season-2 source gives the poller: one fetch, turned into claims."""

from __future__ import annotations

import datetime as dt
from collections.abc import Mapping
from dataclasses import dataclass, field
from typing import Protocol

import aiohttp

from bot.season2.model import Claim, SourceState
from bot.show import EpisodeInfo

MAX_BODY_BYTES = 2 * 1024 * 1024


class SourceError(Exception):
    """The source failed this time (HTTP error, timeout, garbage). Counted, never raised further."""


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


class NewsSource(Protocol):
    source_id: str
    kind: str
    base_url: str
    min_interval: dt.timedelta

    async def fetch(
        self, http: aiohttp.ClientSession, state: SourceState, now: dt.datetime
    ) -> FetchResult: ...


async def read_body(response: aiohttp.ClientResponse, limit: int = MAX_BODY_BYTES) -> bytes:
    """The body, refusing anything larger than `limit` (a runaway feed is garbage)."""
    chunks: list[bytes] = []
    size = 0
    async for chunk in response.content.iter_chunked(65536):
        size += len(chunk)
        if size > limit:
            raise SourceError(f"body larger than {limit} bytes")
        chunks.append(chunk)
    return b"".join(chunks)


def conditional_headers(state: SourceState) -> dict[str, str]:
    headers: dict[str, str] = {}
    if state.etag:
        headers["If-None-Match"] = state.etag
    if state.last_modified:
        headers["If-Modified-Since"] = state.last_modified
    return headers
