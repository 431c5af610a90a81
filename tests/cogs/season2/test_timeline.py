"""The timeline picture (cogs/season2/timeline.py)."""

from __future__ import annotations

import datetime as dt
import io

from PIL import Image

from bot.season2.history import history
from bot.season2.model import Claim, Confidence, Milestone, Source, Standing
from cogs.season2.timeline import OFFICIAL, REFUTED, RELEASE, REPORTED, RUMOUR, render_timeline_png

NOW = dt.datetime(2026, 3, 1, tzinfo=dt.UTC)


def claim(cid: str, milestone: Milestone, day: str, confidence: Confidence, publisher: str = "Netflix",
          standing: Standing = Standing.STANDING, release_at: dt.datetime | None = None) -> Claim:
    return Claim(cid, milestone, dt.date.fromisoformat(day), confidence, Source(publisher), "t",
                 standing=standing, release_at=release_at)


CLAIMS = [
    claim("n", Milestone.RENEWED, "2022-06-06", Confidence.OFFICIAL),
    claim("r", Milestone.FILMING, "2022-09-01", Confidence.RUMOUR, "Fan", Standing.REFUTED),
    claim("c", Milestone.CASTING, "2025-06-01", Confidence.RUMOUR, "Gossip"),
    claim("w1", Milestone.FILMING_WRAPPED, "2026-02-18", Confidence.REPORTED, "NewsX"),
    claim("w2", Milestone.FILMING_WRAPPED, "2026-02-19", Confidence.REPORTED, "India TV"),
    claim("d", Milestone.RELEASE_DATE_ANNOUNCED, "2026-02-20", Confidence.OFFICIAL,
          release_at=dt.datetime(2026, 11, 6, 8, tzinfo=dt.UTC)),
]


def _png() -> Image.Image:
    data = render_timeline_png(CLAIMS, history(CLAIMS), release_at=dt.datetime(2026, 11, 6, tzinfo=dt.UTC), now=NOW)
    assert data.startswith(b"\x89PNG\r\n\x1a\n")
    return Image.open(io.BytesIO(data)).convert("RGB")


def _has_colour(image: Image.Image, colour: tuple[int, int, int], tolerance: int = 12) -> bool:
    colours = image.getcolors(maxcolors=1 << 20) or []
    return any(
        all(abs(a - b) <= tolerance for a, b in zip(pixel, colour, strict=True))
        for _, pixel in colours
    )


def test_the_picture_is_a_png_at_discord_size() -> None:
    assert _png().size == (1200, 500)


def test_official_reported_rumoured_refuted_and_release_are_drawn_distinctly() -> None:
    image = _png()
    for colour in (OFFICIAL, REPORTED, RUMOUR, REFUTED, RELEASE):
        assert _has_colour(image, colour), colour


def test_no_claims_still_gives_a_picture() -> None:
    data = render_timeline_png([], now=NOW, width=800, height=400)
    assert Image.open(io.BytesIO(data)).size == (800, 400)


def test_a_placeholder_date_stored_long_ago_does_not_break_the_picture() -> None:
    placeholder = dt.datetime(9999, 12, 31, tzinfo=dt.UTC)
    bad = [*CLAIMS, claim("tba", Milestone.RELEASE_DATE_ANNOUNCED, "2026-02-21", Confidence.REPORTED, "TVmaze",
                          release_at=placeholder)]
    data = render_timeline_png(bad, history(bad), release_at=placeholder, now=NOW)
    assert Image.open(io.BytesIO(data)).size == (1200, 500)
