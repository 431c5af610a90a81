"""RSS / Atom news feeds as a season-2 source.

Fetched with aiohttp (conditional GET, redirects only on the feed's own host, see
`sources.base.get_on_host`); the body is parsed with feedparser and its headlines classified in a
thread (CPU work: `read_feed`, pure), so a hostile feed never stalls the event loop. Every field
is cut where it enters (titles, links, publishers; summaries are never read), so a 1 MB title is
one 300-character title from then on. Each headline about the show goes through
`headline_parts.read_headline` (one claim per thing it says); items are de-duplicated on `item_key` (normalised title
+ publisher). An item from Netflix itself is official (`model.official_address`, the one rule of
who speaks for the show); a syndicator's copy naming its outlet is that outlet's
(`syndicated_from`). Dates from the feed are range-checked: a pubDate in year 9999 is no date, and a
release date in a headline more than ten years off is not taken. A feed larger than `MAX_FEED_BYTES`
(an archive of years) is read to that size and no further, and its whole items up to there are read
(`whole_items`: feeds list their newest first); the poll says so in `/season2 sources`, and a feed
whose first bytes hold no whole item fails saying why.
"""

from __future__ import annotations

import asyncio
import datetime as dt
import hashlib
import re
import unicodedata
import urllib.parse
from dataclasses import dataclass
from typing import Any

import aiohttp
import feedparser

from bot.lazy_re import compile_later
from bot.season2.denials import DENIAL_MARK
from bot.season2.model import (
    EARLIEST_DAY,
    Claim,
    Confidence,
    Milestone,
    Source,
    Standing,
    check_release,
    normalise_publisher,
    normalise_title,
    official_address,
)
from bot.season2.model.polling import SourceState
from bot.season2.sources.base import (
    MAX_BODY_BYTES,
    FetchResult,
    SeenItem,
    SourceError,
    SourceRefused,
    answered,
    conditional_headers,
    feed_snapshot,
    get_on_host,
    read_at_most,
)
from bot.season2.sources.headline_dates import months_stamped, told_as_old, years_named
from bot.season2.sources.headline_denials import denied_day
from bot.season2.sources.headline_fakes import as_debunked, debunked_claim, faked_day, spoofed
from bot.season2.sources.headlines import Classified
from bot.season2.sources.other_titles import lines_as_list, ours_only
from bot.season2.sources.outlet_zones import feed_zones, home_zones
from bot.season2.sources.self_corrections import year_corrected
from bot.season2.sources.show_feeds import fan_server, show_feed, with_show_named
from bot.season2.sources.summaries import (
    completed,
    dated,
    denied_in_summary,
    read_summary,
    summary_text,
    timed,
)
from bot.season2.sources.written_day import read_as_written, said_on, stamp_offset
from bot.show import NOTHING, ShowShape
from bot.urls import host_of

DEFAULT_INTERVAL = dt.timedelta(minutes=10)
#: What is kept of each item (Discord shows an embed title of 256 and a field of 1024).
MAX_TITLE = 300
MAX_PUBLISHER = 100
MAX_LINK = 2000
#: Items read per fetch (a feed of thousands is cut, newest first as feeds list them).
MAX_ITEMS = 200
#: Bytes read of a feed; a longer one is read up to its last whole item within them.
MAX_FEED_BYTES = MAX_BODY_BYTES


@dataclass(frozen=True)
class FeedItem:
    title: str
    link: str | None
    publisher: str
    published: dt.date | None
    #: From Netflix itself (`model.official_address`): its link and who published it are Netflix's.
    official: bool = False
    #: When it was published, on its writer's clock when the stamp names one (else in UTC): its "today"
    #: is that day (`written_day.said_on`).
    published_at: dt.datetime | None = None
    #: The clocks the feed's other stamps name, for an item stamped in UTC (`outlet_zones.feed_zones`).
    zones: tuple[dt.tzinfo, ...] = ()
    #: Its summary as plain text (`summaries.summary_text`): read only for the day its title leaves out.
    summary: str | None = None
    #: From a feed about the show itself (its subreddit: `show_feeds.show_feed`): "S2" alone is our season.
    show_feed: bool = False


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
    feed_title = _cut(parsed.feed.get("title"), MAX_PUBLISHER)
    # The site the feed belongs to names its items' publisher: one outlet's section feeds
    # ("Soompi", "Soompi » K-Drama") are one publisher, not independent reports.
    site = _site(parsed.feed.get("link")) or feed_title
    items: list[FeedItem] = []
    # Newest first whatever order the feed lists them in (some list oldest first: cut as they come,
    # a long archive would hide every new item); undated items keep their place after the dated.
    entries = sorted(((_published(e), e) for e in parsed.entries), key=lambda pair: pair[0], reverse=True)
    # One outlet's feed whose stamps name its clock says where an item of it stamped in UTC was written;
    # an aggregator's (items with a <source>) says nothing of each outlet's.
    own = [e for _, e in entries[:MAX_ITEMS] if not e.get("source")]
    ours = show_feed(parsed.feed.get("title"), parsed.feed.get("link"))  # r/AllOfUsAreDead: "S2" alone is ours
    clocks = feed_zones([stamp_offset(parsed.feed.get("updated") or parsed.feed.get("published"))]
                        + [stamp_offset(e.get("published") or e.get("updated")) for e in own])
    for published, entry in entries[:MAX_ITEMS]:
        title = _cut(lines_as_list(str(entry.get("title") or "")[: MAX_TITLE * 4]), MAX_TITLE)  # a list by lines stays a list
        if not title:
            continue
        # Who published it: an aggregator's <source>, else the feed's site. Never the item's author:
        # two journalists of one outlet are one publisher, not two independent reports.
        source = entry.get("source") or {}
        publisher = _cut(source.get("title") or site, MAX_PUBLISHER) or "unknown"
        publisher = syndicated_from(title, publisher) or publisher  # Yahoo's copy of Variety's is Variety's
        link = _link(entry.get("link"))
        # Netflix's own: an aggregator's item whose <source> is Netflix's site, or an item on Netflix's
        # site in a feed whose site is Netflix's
        official = official_address(source.get("href")) if source else (
            official_address(parsed.feed.get("link")) and official_address(link))
        clock = stamp_offset(entry.get("published") or entry.get("updated"))  # the writer's, for "tomorrow"
        items.append(FeedItem(title, link, publisher, _day(published), official, _moment(published, clock),
                              () if source else clocks, summary_text(entry.get("summary")), ours and not source))
    return feed_title, items


def _cut(value: object, limit: int) -> str:
    """Whitespace collapsed, at most `limit` characters (the rest of a runaway field is dropped
    before any other work looks at it)."""
    text = " ".join(str(value or "")[: limit * 4].split())
    return text if len(text) <= limit else text[: limit - 1].rstrip() + "…"


def _site(value: object) -> str:
    """A feed's site as its host without 'www.' ('https://www.soompi.com/' -> 'soompi.com'); ''
    when the feed names none (or a local address, which names no outlet)."""
    link = _link(value)
    host = host_of(link) if link else ""
    if not host or "." not in host or host.replace(".", "").isdigit():
        return ""
    return _cut(host, MAX_PUBLISHER)


def _link(value: object) -> str | None:
    link = str(value or "").strip()
    if not link.startswith(("http://", "https://")) or len(link) > MAX_LINK or any(c.isspace() for c in link):
        return None
    return link


def _published(entry: Any) -> tuple[int, ...]:
    """When an item says it was published (else updated): (year, month, day, hour, minute, second),
    or () when it says nothing readable."""
    stamp = entry.get("published_parsed") or entry.get("updated_parsed")
    try:
        return tuple(stamp[:6]) if stamp else ()
    except TypeError:
        return ()


def _day(published: tuple[int, ...]) -> dt.date | None:
    """An item's date (its `_published` time), when it has one that can be true (a year-9999 pubDate is none)."""
    try:
        day = dt.date(*published[:3])
    except (TypeError, ValueError):
        return None
    return day if day >= EARLIEST_DAY else None


def _moment(published: tuple[int, ...], clock: dt.timezone | None = None) -> dt.datetime | None:
    """An item's publication time (feedparser's times are UTC), on the writer's `clock` when its stamp
    names one, when it has a whole one."""
    try:
        year, month, day, hour, minute, second = published[:6]
        at = dt.datetime(year, month, day, hour, minute, second, tzinfo=dt.UTC)
    except (TypeError, ValueError):  # () or a partial stamp: no time
        return None
    if at.date() < EARLIEST_DAY:
        return None
    return at.astimezone(clock) if clock is not None else at


def _midnight(day: dt.date) -> dt.datetime:
    return dt.datetime(day.year, day.month, day.day, tzinfo=dt.UTC)


_ITEM_END = re.compile(rb"</(?:[\w-]+:)?(?:item|entry)\s*>", re.I)


def whole_items(body: bytes) -> bytes | None:
    """The start of a feed cut short, up to its last whole item and closed again (RSS 2.0, RSS 1.0 or
    Atom), or None when it holds no whole item."""
    ends = list(_ITEM_END.finditer(body))
    if not ends:
        return None
    head = body[: ends[-1].end()]
    if re.search(rb"<(?:[\w-]+:)?rdf\b", head[:4096], re.I):
        return head + b"</rdf:RDF>"
    if re.search(rb"<(?:[\w-]+:)?feed\b", head[:4096], re.I):
        return head + b"</feed>"
    return head + b"</channel></rss>"


def _taken_back(day: dt.date) -> Classified:
    """The reading of a release day a headline takes back (its claim is refuted from the start)."""
    return Classified(Milestone.RELEASE_DATE_ANNOUNCED, Confidence.REPORTED, _midnight(day))


def read_feed(body: bytes, today: dt.date) -> tuple[tuple[Claim, ...], tuple[SeenItem, ...]]:
    """Bytes to claims and seen items: the whole CPU side of a fetch (run it in a thread)."""
    return read_titled_feed(body, today)[1:]


def read_titled_feed(body: bytes, today: dt.date) -> tuple[str, tuple[Claim, ...], tuple[SeenItem, ...]]:
    """`read_feed`, with the feed's own title first (the source's name in `/season2 sources`)."""
    title, items = parse_feed(body)
    return (title, *claims_from_items(items, today))


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
        if spoofed(as_debunked(item.title)) and debunked_claim(item.title) is None:
            continue  # a parody's or a satire's post: neither its summary nor a day it "denies" is news (a day's
            # poster called fake, "3월 12일 포스터 합성임", takes that day back)
        day = item.published if item.published and item.published <= today else today
        zones = item.zones or home_zones(item.publisher)  # where a stamp in UTC was written, when known
        # "[MOD] S2 is now March 26" in the show's subreddit, "@everyone S2 drops tomorrow" in a fan server
        title = with_show_named(item.title) if item.show_feed or fan_server(item.publisher) else item.title
        written = said_on(title, item.published_at, day, zones)
        readings, denial = read_as_written(title, item.published_at, day, zones), ""
        if not dated(readings):  # "Netflix confirms return of ... season 2": its summary may say when
            readings = completed(readings, read_summary(title, item.summary, item.published_at, day, zones))
        elif item.summary:  # "'지우학2' 4월 23일 공개": its summary may say at what hour
            readings = timed(readings, read_summary(title, item.summary, item.published_at, day, zones))
        denied = denied_day(title, written)  # a day the headline itself takes back
        if not readings and (gone := denied or denied_in_summary(title, item.summary, written)) is not None:
            # it takes a day back: a claim of that day refuted from the start (rules.py: denials)
            readings, denial = (_taken_back(gone),), DENIAL_MARK
        said_denied = None
        if readings and not denial and denied is not None and any(r.release_at is not None or r.window is not None
                                                                  for r in readings):
            # "'5월 7일 조기 공개설은 루머'": the day the headline itself calls untrue is taken back, never read as news
            # ("4월 30일 공개설 사실무근…봄 공개 목표": the 30th taken back beside the window that stands)
            readings = tuple(r for r in readings if r.release_at is None or r.release_at.date() != denied)
            said_denied = _taken_back(denied)
        said = [(found, denial) for found in readings]
        if said_denied is not None:
            said.append((said_denied, DENIAL_MARK))
        if readings and (faked := faked_day(title, written)) is not None and all(
                r.release_at is None or r.release_at.date() != faked for r in readings):
            # "that 'aouad s2 drops april 9' screenshot is edited. it's still april 16": April 9 taken back beside it
            said.append((_taken_back(faked), DENIAL_MARK))
        for n, (found, denial) in enumerate(said):
            if not _release_in_range(found.release_at, today) or not _news_when_written(item.title, found.release_at, day):
                continue
            claims.append(
                Claim(
                    # a second thing the headline says is its own claim ("trailer; premiere reportedly Feb. 12")
                    id="rss:" + key + ("" if n == 0 else ":" + found.milestone.value) + denial,
                    milestone=found.milestone,
                    # the day the source published it, as it dates it (`written`), never the day in UTC: a claim's
                    # date is a day every reader is shown alike ("announced on 14 January"), and Netflix Korea's
                    # 2 a.m. release of the 14th is the 13th in UTC only
                    date=written,
                    confidence=Confidence.OFFICIAL if item.official and found.confidence is Confidence.REPORTED
                    else found.confidence,
                    source=Source(publisher=item.publisher, title=item.title, url=item.link, date=written),
                    text=item.title,
                    standing=Standing.REFUTED if denial else Standing.STANDING,
                    release_at=found.release_at,
                    time_given=found.time_given,
                    release_window=None if found.window is None else found.window.label,
                    origin="rss",
                    spoils=_SEASON_ONE_END if unreadable_script(item.title) else NOTHING,
                )
            )
    return tuple(claims), tuple(seen.values())


#: What a headline the spoiler lexicon cannot read may give away: all of season 1 ("죽은 줄 알았던
#: 청산 귀환", Cheong-san thought dead returns, reads as nothing to a lexicon of romanised names).
_SEASON_ONE_END = ShowShape.season_one().episodes_in(1)[-1].position


def unreadable_script(text: str) -> bool:
    """Whether a headline has letters outside the Latin script (Hangul, kana, Thai ...): the
    lexicon reads romanised names only, so such a headline is hidden wherever season 1 is not
    in the clear."""
    return any(ch.isalpha() and not unicodedata.name(ch, "").startswith("LATIN") for ch in text)


def _news_when_written(title: str, release_at: dt.datetime | None, day: dt.date) -> bool:
    """Whether a headline's dates are news on the day it is dated: a premiere date already past
    ("Squid Game season 3 premiered June 27, 2025") or a year already gone ("pushed to 2025",
    an old article resurfacing undated) announces nothing now."""
    if release_at is not None and release_at.date() < day:
        return False
    # (a year said of another title is no sign of an old article: "hellbound season 2 came out in 2024, aouad season 2 comes
    # feb 26", s2wild57)
    # (a month stamped in brackets, as a retweet dates the news it repeats, "… renewed (2022.06)", "… Wraps Filming (Feb 2026)",
    # is news of then, s2wild58)
    # (... and news said in words to be old, "from last February: … wraps filming", "2년 전 기사", s2wild59)
    ours = ours_only(year_corrected(title))  # (a year taken back is no sign of one: "march 19 2026, i mean 2027", s2wild100)
    return not told_as_old(title) and all(year >= day.year for year in years_named(ours)) and all(stamp >= (day.year, day.month) for stamp in months_stamped(ours))


def _release_in_range(release_at: dt.datetime | None, today: dt.date) -> bool:
    if release_at is None:
        return True
    try:
        check_release(release_at, dt.datetime(today.year, today.month, today.day, tzinfo=dt.UTC))
    except ValueError:
        return False
    return True


# ------------------------------------------------------------------ fetching


_STATUS_HINTS = {
    404: " (not found: check the feed's address)", 410: " (gone: the site removed this feed)",
    401: " (it needs a login: not a public feed)", 403: " (refused: the site blocks this bot)",
}


class RSSSource:
    kind = "rss"

    def __init__(self, url: str, max_bytes: int = MAX_FEED_BYTES) -> None:
        self.base_url = url
        self.max_bytes = max_bytes
        self.source_id = "rss:" + hashlib.sha1(url.encode("utf-8")).hexdigest()[:12]
        self.min_interval = DEFAULT_INTERVAL

    def claims_at(self, state: SourceState, now: dt.datetime) -> tuple[Claim, ...]:
        """Nothing: a headline says what it says when it is read; the clock never adds to it."""
        return ()

    async def fetch(self, http: aiohttp.ClientSession, state: SourceState, now: dt.datetime) -> FetchResult:
        try:
            address = urllib.parse.urlsplit(self.base_url.strip())
            readable = address.scheme.lower() in ("http", "https") and bool(address.hostname)
            address.port  # noqa: B018 - raises on a port out of range
        except ValueError:  # "http://[abc/feed": an unclosed bracket, a bad port
            readable = False
        if not readable:
            # A typo in rss_feeds: said in words /season2 sources shows, not as aiohttp's exception.
            raise SourceRefused("not a feed address: rss_feeds entries start with http:// or https://")
        async with get_on_host(http, self.base_url, headers=conditional_headers(state)) as response:
            if response.status == 304:
                return FetchResult(not_modified=True, etag=state.etag, last_modified=state.last_modified)
            if response.status in _STATUS_HINTS:  # the address or the site's rules: a setting to fix
                raise SourceRefused(f"the feed answered {response.status}{_STATUS_HINTS[response.status]}")
            if response.status != 200:
                raise answered(response, f"the feed answered {response.status}")
            body, cut = await read_at_most(response, self.max_bytes)
            etag = response.headers.get("ETag")
            last_modified = response.headers.get("Last-Modified")
        note = None
        if cut:
            size = f"{self.max_bytes // (1024 * 1024)} MB" if self.max_bytes >= 1024 * 1024 else f"{self.max_bytes} bytes"
            whole = whole_items(body)
            if whole is None:
                raise SourceError(f"the feed is larger than {size} and its first {size} hold no whole item: "
                                  "use a shorter feed (a category's, or one with fewer items)")
            body = whole
        title, claims, seen = await asyncio.to_thread(read_titled_feed, body, now.astimezone(dt.UTC).date())
        if cut:
            note = (f"the feed is larger than {size}: only its first {size} were read ({len(seen)} headlines, "
                    "the newest if it lists them first); a shorter feed (a category's) reads every item")
        return FetchResult(
            claims=claims,
            etag=etag,
            last_modified=last_modified,
            seen=seen,
            note=note,
            snapshot=feed_snapshot(title),
        )


# ------------------------------------------------------------------ de-duplication


#: Sites that carry other outlets' articles as they are (a copy is its outlet's report, not theirs).
_SYNDICATORS = ("yahoo", "msn", "aol", "newsbreak", "flipboard", "smartnews", "inkl", "groundnews", "newsnow",
                "headtopics", "pressreader", "newsnowuk", "microsoftstart")
#: The outlet a copy names after its headline: "... - Variety", "... | Variety", "... (Variety)", "... via Variety".
_NAMED_OUTLET = compile_later(r"^(.+?)(?:\s+[-–—|]\s+|\s+\(|\s+via\s+)([^-–—|()]{2,40}?)\)?\s*$", re.I)


def syndicated_from(title: str, publisher: str) -> str | None:
    """The outlet a syndicator's copy names as its own (Yahoo's, MSN's "... - Variety"), else None."""
    if not normalise_publisher(publisher).startswith(_SYNDICATORS):
        return None
    m = _NAMED_OUTLET.match(title.strip())
    if m is None or len(m.group(2).split()) > 5:
        return None
    named = normalise_publisher(m.group(2))
    return None if not named or named.startswith(_SYNDICATORS) else m.group(2).strip()


def item_key(title: str, publisher: str) -> str:
    basis = normalise_title(title, publisher) + "|" + normalise_publisher(publisher)
    return hashlib.sha1(basis.encode("utf-8")).hexdigest()[:24]
