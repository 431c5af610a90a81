"""A local TVmaze (TVmaze-shaped JSON on 127.0.0.1) for tests and the demo.

    async with LocalTVmaze() as tvmaze:
        tvmaze.add_season(2, episode_order=12, premiere_date="2027-01-15")

Serves /singlesearch/shows?q=, /shows/{id}, /shows/{id}/seasons and /shows/{id}/episodes with
the fields TVmaze uses (ids, names, premiered, status, airstamps in UTC, _links ...), ETags on
every JSON answer, and the failure injection of bot/sandbox/faults.py.
"""

from __future__ import annotations

import json
from typing import Any

from aiohttp import web

from bot.sandbox.faults import LocalHttpServer, conditional, http_date, make_etag

SHOW_ID = 53287
SHOW_NAME = "All of Us Are Dead"
_S1_PREMIERE = "2022-01-28"
_RELEASE_HOUR_UTC = 8  # Netflix K-dramas drop at 17:00 KST


def _airtime(stamp: str | None) -> str:
    """TVmaze's "airtime" for an airstamp whose hour was given (this network's clock is UTC)."""
    return stamp[11:16] if stamp else ""


class LocalTVmaze(LocalHttpServer):
    def __init__(self, show_id: int = SHOW_ID, name: str = SHOW_NAME) -> None:
        super().__init__()
        self.show_id = show_id
        self.name = name
        self.status = "Running"
        self._seasons: dict[int, dict[str, Any]] = {}
        self._episodes: list[dict[str, Any]] = []
        self._next_season_id = 130000
        self._next_episode_id = 2260000
        self.add_season(1, episode_order=12, premiere_date=_S1_PREMIERE, end_date=_S1_PREMIERE)
        self.add_episodes(1, 12, airstamp=f"{_S1_PREMIERE}T{_RELEASE_HOUR_UTC:02d}:00:00+00:00")

    # -- control

    def add_season(
        self,
        number: int,
        episode_order: int | None = None,
        premiere_date: str | None = None,
        end_date: str | None = None,
    ) -> dict[str, Any]:
        season_id = self._next_season_id
        self._next_season_id += 1
        season: dict[str, Any] = {
            "id": season_id,
            "url": f"https://www.tvmaze.com/seasons/{season_id}/all-of-us-are-dead-season-{number}",
            "number": number,
            "name": "",
            "episodeOrder": episode_order,
            "premiereDate": premiere_date,
            "endDate": end_date,
            "network": None,
            "webChannel": _netflix(),
            "image": None,
            "summary": None,
            "_links": {"self": {"href": f"https://api.tvmaze.com/seasons/{season_id}"}},
        }
        self._seasons[number] = season
        self._touch()
        return season

    def set_episode_order(self, number: int, episode_order: int | None) -> None:
        self._seasons[number]["episodeOrder"] = episode_order
        self._touch()

    def set_premiere(self, number: int, premiere_date: str | None, airstamp: str | None = None) -> None:
        """Set (or clear, with None) a season's premiere date; its episodes move with it."""
        season = self._seasons[number]
        season["premiereDate"] = premiere_date
        if premiere_date is None:
            self._episodes = [e for e in self._episodes if e["season"] != number]
        else:
            stamp = airstamp or f"{premiere_date}T{_RELEASE_HOUR_UTC:02d}:00:00+00:00"
            for episode in self._episodes:
                if episode["season"] == number:
                    episode["airdate"] = premiere_date
                    episode["airstamp"], episode["airtime"] = stamp, _airtime(stamp)
        self._touch()

    def add_episodes(
        self,
        number: int,
        count: int,
        airstamp: str | None = None,
        *,
        names: list[str] | None = None,
        runtime: int | None = 60,
        dated: bool = True,
        airtime: str | None = None,
    ) -> None:
        """Episodes of a season (TVmaze lists announced episodes, airstamp in UTC). Without an
        airstamp they air at the season's premiere, if it has one; `dated=False` lists them with a
        null airstamp (TVmaze's way for episodes announced without a date). `airtime`: the hour as
        TVmaze's editors gave it (the airstamp's, by default); "" lists a day whose hour nobody gave,
        the airstamp then TVmaze's stand-in (noon UTC for a streaming service's show)."""
        existing = sum(1 for e in self._episodes if e["season"] == number)
        season = self._seasons[number]
        stamp = airstamp
        if stamp is None and season["premiereDate"] and dated:
            stamp = f"{season['premiereDate']}T{_RELEASE_HOUR_UTC:02d}:00:00+00:00"
        for offset, i in enumerate(range(existing + 1, existing + count + 1)):
            episode_id = self._next_episode_id
            self._next_episode_id += 1
            name = names[offset] if names is not None and offset < len(names) else f"Episode {i}"
            self._episodes.append(
                {
                    "id": episode_id,
                    "url": f"https://www.tvmaze.com/episodes/{episode_id}/all-of-us-are-dead-{number}x{i:02d}-episode-{i}",
                    "name": name,
                    "season": number,
                    "number": i,
                    "type": "regular",
                    "airdate": stamp[:10] if stamp else "",
                    "airtime": _airtime(stamp) if airtime is None else airtime,
                    "airstamp": stamp,
                    "runtime": runtime,
                    "rating": {"average": None},
                    "image": None,
                    "summary": None,
                    "_links": {"self": {"href": f"https://api.tvmaze.com/episodes/{episode_id}"}},
                }
            )
        self._touch()

    def set_episode(self, season: int, number: int, **fields: Any) -> None:
        """Change one episode's fields as TVmaze would (name, airstamp, runtime ...); an airstamp
        moves its airdate with it."""
        for episode in self._episodes:
            if episode["season"] == season and episode["number"] == number:
                episode.update(fields)
                if "airstamp" in fields:
                    stamp = fields["airstamp"]
                    episode["airdate"] = stamp[:10] if stamp else ""
                    episode.setdefault("airtime", "")
                    if "airtime" not in fields:
                        episode["airtime"] = _airtime(stamp)
                self._touch()
                return
        raise KeyError(f"no episode {season}x{number}")

    def add_special(self, season: int, name: str, airstamp: str | None = None) -> None:
        """A special: TVmaze lists it in the season with no number (type significant_special)."""
        episode_id = self._next_episode_id
        self._next_episode_id += 1
        self._episodes.append(
            {
                "id": episode_id, "url": f"https://www.tvmaze.com/episodes/{episode_id}/special",
                "name": name, "season": season, "number": None, "type": "significant_special",
                "airdate": airstamp[:10] if airstamp else "", "airtime": _airtime(airstamp), "airstamp": airstamp,
                "runtime": 20, "rating": {"average": None}, "image": None, "summary": None,
                "_links": {"self": {"href": f"https://api.tvmaze.com/episodes/{episode_id}"}},
            }
        )
        self._touch()

    def remove_episode(self, season: int, number: int, *, renumber: bool = True) -> None:
        """Drop an episode (a listing error fixed); the later ones move up a number, as when TVmaze
        merges two parts into one."""
        self._episodes = [e for e in self._episodes if not (e["season"] == season and e["number"] == number)]
        if renumber:
            for episode in self._episodes:
                if episode["season"] == season and isinstance(episode["number"], int) and episode["number"] > number:
                    episode["number"] -= 1
        self._touch()

    # -- documents

    def show(self) -> dict[str, Any]:
        return {
            "id": self.show_id,
            "url": f"https://www.tvmaze.com/shows/{self.show_id}/all-of-us-are-dead",
            "name": self.name,
            "type": "Scripted",
            "language": "Korean",
            "genres": ["Drama", "Horror", "Thriller"],
            "status": self.status,
            "runtime": None,
            "averageRuntime": 62,
            "premiered": _S1_PREMIERE,
            "ended": None,
            "officialSite": "https://www.netflix.com/title/81237994",
            "schedule": {"time": "", "days": []},
            "rating": {"average": 7.6},
            "weight": 97,
            "network": None,
            "webChannel": _netflix(),
            "dvdCountry": None,
            "externals": {"tvrage": None, "thetvdb": 393554, "imdb": "tt14169960"},
            "image": None,
            "summary": "<p>A high school becomes ground zero for a zombie outbreak.</p>",
            "updated": int(self._modified.timestamp()),
            "_links": {"self": {"href": f"https://api.tvmaze.com/shows/{self.show_id}"}},
        }

    def seasons(self) -> list[dict[str, Any]]:
        return [self._seasons[n] for n in sorted(self._seasons)]

    def episodes(self) -> list[dict[str, Any]]:
        """In air order, as TVmaze lists them (specials, numbered None, after their season's episodes)."""
        return sorted(self._episodes, key=lambda e: (e["season"], e["number"] is None, e["number"] or 0))

    # -- HTTP

    def _routes(self, app: web.Application) -> None:
        app.router.add_get("/singlesearch/shows", self._singlesearch)
        app.router.add_get("/shows/{id}", self._show)
        app.router.add_get("/shows/{id}/seasons", self._seasons_route)
        app.router.add_get("/shows/{id}/episodes", self._episodes_route)

    def _json(self, request: web.Request, document: Any) -> web.Response:
        body = json.dumps(document).encode("utf-8")
        etag = make_etag(body)
        headers = {
            "ETag": etag,
            "Last-Modified": http_date(self._modified),
            "Cache-Control": "public, max-age=3600",
        }
        if conditional(request, etag, self._modified):
            return web.Response(status=304, headers=headers)
        return web.Response(body=body, headers=headers, content_type="application/json")

    async def _singlesearch(self, request: web.Request) -> web.Response:
        query = request.query.get("q", "").strip().lower()
        if not query or query not in self.name.lower():
            return web.json_response(
                {"name": "Not Found", "message": "", "code": 0, "status": 404}, status=404
            )
        return self._json(request, self.show())

    def _known(self, request: web.Request) -> bool:
        return request.match_info.get("id") == str(self.show_id)

    async def _show(self, request: web.Request) -> web.Response:
        if not self._known(request):
            return web.json_response({"name": "Not Found", "status": 404}, status=404)
        return self._json(request, self.show())

    async def _seasons_route(self, request: web.Request) -> web.Response:
        if not self._known(request):
            return web.json_response({"name": "Not Found", "status": 404}, status=404)
        return self._json(request, self.seasons())

    async def _episodes_route(self, request: web.Request) -> web.Response:
        if not self._known(request):
            return web.json_response({"name": "Not Found", "status": 404}, status=404)
        return self._json(request, self.episodes())


def _netflix() -> dict[str, Any]:
    return {
        "id": 1,
        "name": "Netflix",
        "country": None,
        "officialSite": "https://www.netflix.com/",
    }
