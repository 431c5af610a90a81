"""TVmaze as a season-2 source, and where hyosan learns the show's later seasons' episodes.

The show id is resolved once with /singlesearch/shows?q=... and stored. Each poll asks for
/shows/{id}/seasons and, once a season after the first is listed, /shows/{id}/episodes, each
conditionally (ETag / Last-Modified; the episodes' validator rides in the snapshot).
Signals: season 2 appearing, its episode order being set, its premiere date being set, changed
or removed (a removal counts once a second poll still shows no date: TVmaze is edited by hand, and
a date cleared by mistake is put back within the hour), its first episode having aired. TVmaze aggregates other people's news, so its
claims are 'reported' (a second, independent publisher is needed to move the status). Claims
are derived from what TVmaze shows and keyed by their value, so a re-poll adds nothing new.

The episode list (season, number, name, airstamp, runtime) of every season after the first is
handed to tracking as `FetchResult.episodes`, which grows the show's shape (bot/show.py) with it:
episodes with a null airstamp are known but not out; specials (no number) are left out; a
placeholder name ("TBA", "Episode 3") is no title. The first episode's airstamp is the premiere's
moment, so the release date (and the reminders and announcements built on it) carry its time, when
TVmaze gives its hour ("airtime"): without one the airstamp is TVmaze's stand-in (noon UTC for a
streaming service's show, e.g. "airtime": "", "airstamp": "…T12:00:00+00:00"), and the premiere is its day.
A season listed in two batches ("Part 1" on one day, "Part 2" weeks later: `later_part`) gives its second batch's day
as a `PART_DATED` claim, never as the season's release (rules.compute_status keeps it as `Status.part_at`).
"""

from __future__ import annotations

import datetime as dt
import json
import re
from typing import Any
from urllib.parse import quote

import aiohttp

from bot.season2.model import Claim, Confidence, Milestone, Source, at_midnight, check_release
from bot.season2.model.polling import SourceState
from bot.season2.sources.base import (
    FetchResult,
    SourceError,
    answered,
    conditional_headers,
    get_on_host,
    read_body,
)
from bot.show import SEASON_ONE_EPISODES, TRACKED_SEASON, EpisodeInfo

MIN_INTERVAL = dt.timedelta(minutes=60)  # TVmaze caches responses for up to an hour
PUBLISHER = "TVmaze"
SEASON = TRACKED_SEASON  # the season TVmaze is asked about
# TVmaze's fields are free data. Season 1 ran twelve episodes; a later season listed past twice that is a bad answer
# (a server with episode rooms would get a thread for each), no season to announce.
MAX_SEASON_EPISODES = 2 * SEASON_ONE_EPISODES
MAX_SHOW_ID = 2**31 - 1  # TVmaze's ids are in the tens of thousands; past this, garbage
MAX_RUNTIME = 600  # minutes: an episode of ten hours, or of -5 minutes, is no runtime


class TVmazeSource:
    kind = "tvmaze"

    def __init__(self, base_url: str, show_query: str, *, interval: dt.timedelta = MIN_INTERVAL) -> None:
        self.base_url = base_url.rstrip("/")
        self.show_query = show_query
        self.source_id = "tvmaze"
        self.min_interval = max(interval, MIN_INTERVAL)
        self._show_id: int | None = None

    async def _get_json(
        self, http: aiohttp.ClientSession, path: str, headers: dict[str, str] | None = None
    ) -> tuple[int, Any, aiohttp.typedefs.LooseHeaders]:
        async with get_on_host(http, self.base_url + path, headers=headers) as response:
            if response.status == 304:
                return 304, None, response.headers
            if response.status == 404:
                return 404, None, response.headers
            if response.status != 200:
                raise answered(response, f"TVmaze answered {response.status} for {path}")
            body = await read_body(response)
            try:
                document = json.loads(body.decode("utf-8"))
            except (UnicodeDecodeError, json.JSONDecodeError):
                raise SourceError(f"TVmaze sent something that is not JSON for {path}") from None
            return 200, document, response.headers

    async def resolve_show_id(self, http: aiohttp.ClientSession) -> int:
        status, document, _ = await self._get_json(http, f"/singlesearch/shows?q={quote(self.show_query)}")
        if status == 404:
            raise SourceError(f"TVmaze knows no show called {self.show_query!r}")
        show_id = _whole(document.get("id")) if isinstance(document, dict) else None
        if show_id is None or not 0 < show_id <= MAX_SHOW_ID:  # true, -5, 10**30: no id (nor a row SQLite can store)
            raise SourceError("TVmaze's show search answer has no id")
        return show_id

    async def fetch(self, http: aiohttp.ClientSession, state: SourceState, now: dt.datetime) -> FetchResult:
        show_id = state.show_id or self._show_id
        if show_id is None:
            show_id = await self.resolve_show_id(http)
        self._show_id = show_id
        previous = _load(state.snapshot)
        status, seasons, headers = await self._get_json(
            http, f"/shows/{show_id}/seasons", conditional_headers(state)
        )
        if status == 404:
            raise SourceError(f"TVmaze has no show {show_id} any more")
        if status == 304:
            if previous is None:
                raise SourceError("TVmaze answered 304 to a first request")
            facts = {key: previous.get(key) for key in _SEASON_KEYS}
            later_seasons = bool(previous.get("later_seasons", previous.get("listed")))
        else:
            season = _find_season(seasons, SEASON)
            facts = {
                "listed": season is not None,
                "episodeOrder": None if season is None else _whole(season.get("episodeOrder")),
                "premiereDate": None if season is None else _date_text(season.get("premiereDate")),
            }
            later_seasons = any(
                isinstance(s, dict) and isinstance(s.get("number"), int) and s["number"] > 1 for s in seasons
            )
        episodes: dict[int, tuple[EpisodeInfo, ...]] | None = None
        episodes_etag = (previous or {}).get("episodes_etag")
        airstamp = (previous or {}).get("airstamp") if status == 304 else None
        part = (previous or {}).get("part") if status == 304 else None
        if later_seasons:
            wanted = {"If-None-Match": str(episodes_etag)} if episodes_etag else {}
            e_status, listed, e_headers = await self._get_json(http, f"/shows/{show_id}/episodes", wanted)
            if e_status == 200:
                episodes = parse_episodes(listed)
                episodes_etag = _header(e_headers, "ETag")
                first = next((e for e in episodes.get(SEASON, ()) if e.number == 1), None)
                timed = first is not None and first.airstamp is not None and _hour_listed(listed)
                airstamp = first.airstamp.isoformat() if timed and first is not None and first.airstamp else None
                later = later_part(episodes.get(SEASON, ()))
                part = [later[0], later[1].isoformat(), _hour_listed(listed, later[0])] if later else None
            elif e_status == 304:
                airstamp, part = (previous or {}).get("airstamp"), (previous or {}).get("part")
        listed_now = facts.get("listed")
        snapshot = dict(facts, airstamp=airstamp if listed_now else None, part=part if listed_now else None)
        kept = {key: (previous or {}).get(key) for key in snapshot}
        changed = previous is None or kept != snapshot
        if status == 304 and episodes is None and not changed:
            # Unchanged; still re-derive from the last snapshot (a premiere date may have passed).
            return FetchResult(
                not_modified=True,
                claims=tuple(self.claims_for(previous, previous, now)) if previous else (),
                show_id=show_id,
                etag=state.etag,
                last_modified=state.last_modified,
                snapshot=state.snapshot,
            )
        claims = self.claims_for(snapshot, previous, now)
        stored = dict(
            snapshot, later_seasons=later_seasons, episodes_etag=episodes_etag,
            premiere_gone=premiere_gone(snapshot, previous),
        )
        return FetchResult(
            claims=tuple(claims),
            etag=state.etag if status == 304 else _header(headers, "ETag"),
            last_modified=state.last_modified if status == 304 else _header(headers, "Last-Modified"),
            snapshot=json.dumps(stored, sort_keys=True),
            show_id=show_id,
            changed=changed or bool(episodes),
            episodes=episodes,
        )

    def claims_at(self, state: SourceState, now: dt.datetime) -> tuple[Claim, ...]:
        """What the clock alone adds to the listing last read (as a poll answered 304 re-derives it): once the
        first episode's airstamp passed, TVmaze's word that season 2 premiered, the claim its next poll
        brings. Nothing else: what waits for a later poll (a premiere gone for good) waits for it."""
        snapshot = _load(state.snapshot)
        self._show_id = self._show_id or state.show_id  # the stored state's, for the listing's address (a poll sets it itself)
        listed = self.claims_for(snapshot, snapshot, now) if snapshot else []
        return tuple(c for c in listed if c.milestone is Milestone.RELEASED)

    def claims_for(
        self, snapshot: dict[str, Any], previous: dict[str, Any] | None, now: dt.datetime
    ) -> list[Claim]:
        """Claims for what TVmaze shows now (ids are keyed by value: re-deriving adds nothing)."""
        url = f"{self.base_url}/shows/{self._show_id}/seasons" if self._show_id else self.base_url
        return claims_from_snapshot(snapshot, previous, now, show_query=self.show_query, url=url)


# ------------------------------------------------------------------ parsing (pure)


def claims_from_snapshot(
    snapshot: dict[str, Any], previous: dict[str, Any] | None, now: dt.datetime, *, show_query: str, url: str
) -> list[Claim]:
    """Claims for what TVmaze shows now (`snapshot`), given what it showed before (`previous`)."""
    if not snapshot.get("listed"):
        return []
    day = now.astimezone(dt.UTC).date()
    source = Source(publisher=PUBLISHER, title=f"TVmaze: {show_query}, season {SEASON}", url=url, date=day)

    def make(key: str, milestone: Milestone, text: str, release_at: dt.datetime | None = None,
             timed: bool = False) -> Claim:
        return Claim(
            id=f"tvmaze:s{SEASON}:{key}",
            milestone=milestone,
            date=day,
            confidence=Confidence.REPORTED,
            source=source,
            text=text,
            release_at=release_at,
            time_given=timed,
            origin="tvmaze",
        )

    out = [make("listed", Milestone.RENEWED, f"TVmaze lists season {SEASON}.")]
    order = snapshot.get("episodeOrder")
    if isinstance(order, int) and 0 < order <= MAX_SEASON_EPISODES:
        out.append(
            make(f"episode-order:{order}", Milestone.RENEWED, f"TVmaze lists {order} episodes for season {SEASON}.")
        )
    # A premiere date that cannot be meant (9999-12-31 is "to be announced" on some sites) is no date.
    premiere = _plausible_premiere(snapshot.get("premiereDate"), now)
    before = _plausible_premiere((previous or {}).get("premiereDate"), now)
    if premiere:
        release_at, timed = _release_at(premiere, snapshot.get("airstamp"))
        changed = bool(before) and before != premiere
        out.append(
            make(
                # an airstamp at 00:00 UTC is another word than the day alone (other ids unchanged)
                f"premiere:{release_at.isoformat()}" + (":airstamp" if timed and at_midnight(release_at) else ""),
                Milestone.RELEASE_DATE_CHANGED if changed else Milestone.RELEASE_DATE_ANNOUNCED,
                f"TVmaze gives {premiere} as the premiere of season {SEASON}"
                + (f" (it said {before} before)." if changed else "."),
                release_at,
                timed,
            )
        )
        if release_at <= now:
            out.append(make("released", Milestone.RELEASED, f"Season {SEASON} premiered on {premiere}."))
        part = snapshot.get("part")
        if isinstance(part, list) and len(part) == 3 and (at := _airstamp(part[1])) is not None:
            # without its hour the airstamp is TVmaze's stand-in: the part's day alone, as the premiere's
            at = at if part[2] is True else _release_at(at.date().isoformat(), None)[0]
            out.append(make(f"part:{at.isoformat()}", Milestone.PART_DATED,
                            f"TVmaze lists season {SEASON} in two parts: the second, from episode {part[0]}, "
                            f"on {at.date().isoformat()}.", at, part[2] is True))
    elif not before and (gone := _plausible_premiere((previous or {}).get("premiere_gone"), now)):
        # Still no date a poll (an hour or more) after it went: not an editor's slip put back.
        out.append(
            make(
                f"premiere-removed:{gone}",
                Milestone.DELAYED,
                f"TVmaze no longer gives a premiere date for season {SEASON} (it said {gone}).",
            )
        )
    return out


def premiere_gone(snapshot: dict[str, Any], previous: dict[str, Any] | None) -> str | None:
    """The premiere date TVmaze showed before and shows no more (kept while it stays gone)."""
    if snapshot.get("premiereDate") or not snapshot.get("listed"):
        return None
    before = previous or {}
    gone = before.get("premiereDate") or before.get("premiere_gone")
    return gone if isinstance(gone, str) else None


_SEASON_KEYS = ("listed", "episodeOrder", "premiereDate")
#: Names TVmaze gives episodes before they have one.
_PLACEHOLDER = re.compile(r"^(?:tba|tbd|tbc|episode\s*#?\s*\d{1,3}|ep\.?\s*\d{1,3}|\d{1,3}화)$", re.I)
MAX_TITLE = 200


def parse_episodes(document: Any) -> dict[int, tuple[EpisodeInfo, ...]]:
    """Every numbered episode of the seasons after the first, by season, from /shows/{id}/episodes.
    Specials (no number) and malformed entries are left out; a season listing a number twice
    keeps the first. A season listed past MAX_SEASON_EPISODES is a bad answer (SourceError)."""
    if not isinstance(document, list):
        raise SourceError("TVmaze episodes: expected a list")
    found: dict[int, dict[int, EpisodeInfo]] = {}
    for entry in document:
        if not isinstance(entry, dict):
            continue
        season, number = _whole(entry.get("season")), _whole(entry.get("number"))
        if season is None or number is None or not 2 <= season <= 99 or not 1 <= number <= 99:
            continue
        found.setdefault(season, {}).setdefault(
            number,
            EpisodeInfo(
                season, number, _title(entry.get("name")), _airstamp(entry.get("airstamp")),
                _minutes(entry.get("runtime")),
            ),
        )
    for season, by_number in found.items():
        if max(by_number) > MAX_SEASON_EPISODES:
            raise SourceError(f"TVmaze lists episode {max(by_number)} of season {season}: no season runs that long")
    return {season: tuple(by_number[n] for n in sorted(by_number)) for season, by_number in sorted(found.items())}


def later_part(listed: tuple[EpisodeInfo, ...]) -> tuple[int, dt.datetime] | None:
    """Season 2's second batch as TVmaze lists it: its first episode's number and airstamp, when every episode is
    dated and they fall on exactly two days, each with two episodes or more (Netflix's "Part 1" and "Part 2").
    None otherwise: one day is all at once, and weekly episodes or a premiere then weekly ones are no second part."""
    days: dict[dt.date, list[EpisodeInfo]] = {}
    for info in listed:
        if info.airstamp is None:
            return None
        days.setdefault(info.airstamp.astimezone(dt.UTC).date(), []).append(info)
    if len(days) != 2 or any(len(batch) < 2 for batch in days.values()):
        return None
    second = days[max(days)][0]
    assert second.airstamp is not None
    return second.number, second.airstamp


def _hour_listed(document: Any, number: int = 1) -> bool:
    """Whether season 2's episode `number` (its first: the premiere) has its hour on TVmaze: an empty "airtime" is
    a day whose hour nobody gave, its airstamp TVmaze's stand-in (noon UTC for a streaming service's show), no hour
    of the release (a listing without the field is taken at its airstamp's word)."""
    for entry in document if isinstance(document, list) else ():
        if isinstance(entry, dict) and entry.get("season") == SEASON and entry.get("number") == number:
            airtime = entry.get("airtime", "unsaid")
            return isinstance(airtime, str) and bool(airtime.strip())
    return False


def _whole(value: Any) -> int | None:
    """`value` when it is a whole number (JSON's true is none)."""
    return value if isinstance(value, int) and not isinstance(value, bool) else None


def _title(value: Any) -> str | None:
    if not isinstance(value, str):
        return None
    text = " ".join(value.split())[:MAX_TITLE]
    return None if not text or _PLACEHOLDER.match(text) else text


def _airstamp(value: Any) -> dt.datetime | None:
    """An episode's airstamp in UTC; None when it has none, or none that can be true (a placeholder of 1900 or
    9999 would list season 2 as aired, or as never to air; one at the calendar's edge overflows in UTC)."""
    if not isinstance(value, str) or not value:
        return None
    try:
        moment = dt.datetime.fromisoformat(value.replace("Z", "+00:00"))
        return check_release(moment).astimezone(dt.UTC) if moment.tzinfo is not None else None
    except ValueError:  # not a time, or none that can be true (model.DateOutOfRange)
        return None
def _plausible_premiere(value: Any, now: dt.datetime) -> str | None:
    if not isinstance(value, str):
        return None
    try:
        check_release(dt.datetime.fromisoformat(value).replace(tzinfo=dt.UTC), now)
    except ValueError:
        return None
    return value


def _find_season(document: Any, number: int) -> dict[str, Any] | None:
    if not isinstance(document, list):
        raise SourceError("TVmaze seasons: expected a list")
    for season in document:
        if not isinstance(season, dict) or not isinstance(season.get("number"), int | None):
            raise SourceError("TVmaze seasons: malformed season")
        if season.get("number") == number:
            return season
    return None


def _release_at(premiere: str, airstamp: str | None) -> tuple[dt.datetime, bool]:
    """The premiere's moment: the first episode's airstamp (its hour given, 00:00 UTC too) when it
    is about that day, else the day alone."""
    day = dt.date.fromisoformat(premiere)
    if airstamp:
        try:
            moment = dt.datetime.fromisoformat(airstamp.replace("Z", "+00:00"))
            if moment.tzinfo is not None:
                moment = moment.astimezone(dt.UTC)
                if abs((moment.date() - day).days) <= 1:
                    return moment, True
        except (ValueError, OverflowError):
            pass
    return dt.datetime(day.year, day.month, day.day, tzinfo=dt.UTC), False


def _date_text(value: Any) -> str | None:
    if not value:
        return None
    try:
        return dt.date.fromisoformat(str(value)[:10]).isoformat()
    except ValueError:
        raise SourceError(f"TVmaze seasons: premiereDate {value!r} is not a date") from None


def _minutes(value: Any) -> int | None:
    """An episode's runtime in minutes, when it is one that can be true (`MAX_RUNTIME`)."""
    minutes = _whole(value)
    return minutes if minutes is not None and 0 < minutes <= MAX_RUNTIME else None


def _header(headers: Any, name: str) -> str | None:
    value = headers.get(name) if headers is not None else None
    return None if value is None else str(value)


def _load(snapshot: str | None) -> dict[str, Any] | None:
    if not snapshot:
        return None
    try:
        value = json.loads(snapshot)
    except json.JSONDecodeError:
        return None
    return value if isinstance(value, dict) else None
