"""The season-2 timeline as a PNG (Pillow): milestones on a time axis.

Official, reported and rumoured claims are drawn distinctly (colour AND marker shape, with a
legend), refuted claims are crossed out, the status is a step line through the transitions and
a known release date is a dashed vertical line. 1200 x 500 by default (Discord shows it whole).
CPU work: call it through asyncio.to_thread.
"""

from __future__ import annotations

import datetime as dt
import io
from collections.abc import Sequence
from dataclasses import dataclass
from functools import cache
from typing import TYPE_CHECKING, TypeAlias

if TYPE_CHECKING:
    from PIL import ImageDraw, ImageFont

from bot.season2.model import (
    PROGRESS_MILESTONES,
    Claim,
    Confidence,
    Milestone,
    Standing,
    Transition,
    plausible_day,
)

SCALE = 2  # drawn at twice the size, then downsampled: smooth edges

BACKGROUND = (43, 45, 49)
PANEL = (49, 51, 56)
GRID = (78, 80, 88)
TEXT = (235, 236, 240)
MUTED = (160, 163, 171)
OFFICIAL = (87, 242, 135)  # green, filled circle
REPORTED = (88, 166, 255)  # blue, filled diamond
RUMOUR = (254, 200, 60)  # amber, hollow square
REFUTED = (237, 66, 69)  # red cross
STATUS = (255, 255, 255)
RELEASE = (235, 69, 158)

# One row per milestone, in the model's progress order, then the two that are not progress.
_ROWS: tuple[Milestone, ...] = (*PROGRESS_MILESTONES, Milestone.DELAYED, Milestone.CANCELLED)
_ALWAYS = frozenset(m for m in _ROWS if m.is_progress and m is not Milestone.RUMOURED)

_FONT_FILES = (
    "DejaVuSans.ttf",
    "/usr/share/fonts/truetype/dejavu/DejaVuSans.ttf",
    "/usr/share/fonts/dejavu/DejaVuSans.ttf",
    "Arial.ttf",
)
_BOLD_FILES = (
    "DejaVuSans-Bold.ttf",
    "/usr/share/fonts/truetype/dejavu/DejaVuSans-Bold.ttf",
    "/usr/share/fonts/dejavu/DejaVuSans-Bold.ttf",
    "Arial Bold.ttf",
)

Font: TypeAlias = "ImageFont.FreeTypeFont | ImageFont.ImageFont"


@cache
def _font(size: int, bold: bool = False) -> Font:
    from PIL import ImageFont

    for name in _BOLD_FILES if bold else _FONT_FILES:
        try:
            return ImageFont.truetype(name, size)
        except OSError:
            continue
    return ImageFont.load_default(size=size)


def _row_of(milestone: Milestone) -> Milestone:
    """A changed date and a release window are drawn on the release date's row."""
    if milestone in (Milestone.RELEASE_DATE_CHANGED, Milestone.RELEASE_WINDOW):
        return Milestone.RELEASE_DATE_ANNOUNCED
    return milestone


@dataclass(frozen=True)
class _Axis:
    start: dt.date
    end: dt.date
    left: float
    right: float

    def x(self, day: dt.date) -> float:
        span = max(1, (self.end - self.start).days)
        return self.left + (self.right - self.left) * (day - self.start).days / span


def _text_width(draw: ImageDraw.ImageDraw, text: str, font: Font) -> float:
    box = draw.textbbox((0, 0), text, font=font)
    return float(box[2] - box[0])


def _marker(draw: ImageDraw.ImageDraw, x: float, y: float, confidence: Confidence, r: float, faded: bool) -> None:
    def tone(colour: tuple[int, int, int]) -> tuple[int, int, int]:
        if not faded:
            return colour
        return tuple((c + b) // 2 for c, b in zip(colour, PANEL, strict=True))  # type: ignore[return-value]

    if confidence is Confidence.OFFICIAL:
        draw.ellipse((x - r, y - r, x + r, y + r), fill=tone(OFFICIAL), outline=tone(BACKGROUND), width=SCALE)
    elif confidence is Confidence.REPORTED:
        d = r * 1.25
        draw.polygon([(x, y - d), (x + d, y), (x, y + d), (x - d, y)], fill=tone(REPORTED), outline=tone(BACKGROUND))
    else:
        s = r * 0.9
        draw.rectangle((x - s, y - s, x + s, y + s), outline=tone(RUMOUR), width=3 * SCALE)


def _cross(draw: ImageDraw.ImageDraw, x: float, y: float, r: float) -> None:
    c = r * 1.35
    draw.line((x - c, y - c, x + c, y + c), fill=REFUTED, width=3 * SCALE)
    draw.line((x - c, y + c, x + c, y - c), fill=REFUTED, width=3 * SCALE)


def _dashed_vline(draw: ImageDraw.ImageDraw, x: float, top: float, bottom: float, colour: tuple[int, int, int]) -> None:
    y = top
    while y < bottom:
        draw.line((x, y, x, min(bottom, y + 8 * SCALE)), fill=colour, width=2 * SCALE)
        y += 14 * SCALE


def render_timeline_png(
    claims: Sequence[Claim],
    transitions: Sequence[Transition] = (),
    *,
    now: dt.datetime,
    release_at: dt.datetime | None = None,
    title: str = "All of Us Are Dead · Season 2 timeline",
    subtitle: str | None = None,
    width: int = 1200,
    height: int = 500,
) -> bytes:
    """The timeline as PNG bytes."""
    # Pillow is imported here, on the first drawing: every start of `hyosan run` imported it for
    # a command few use (20 ms of CPU a start).
    from PIL import Image, ImageDraw

    W, H = width * SCALE, height * SCALE
    image = Image.new("RGB", (W, H), BACKGROUND)
    draw = ImageDraw.Draw(image)
    title_font, label_font, small_font = _font(22 * SCALE, bold=True), _font(14 * SCALE), _font(12 * SCALE)

    used = {_row_of(c.milestone) for c in claims} | {_row_of(t.to_milestone) for t in transitions}
    rows = [m for m in _ROWS if m in _ALWAYS or m in used]
    today = now.date()  # the bot's clock: the demo's `advance` moves the picture's today
    # Dates no reader could mean (a 9999-12-31 placeholder stored before dates were checked) are
    # left off the axis and not drawn, so one bad row never breaks the picture.
    claims = [c for c in claims if plausible_day(c.date, today)]
    transitions = [t for t in transitions if plausible_day(t.at.date(), today)]
    if release_at is not None and not plausible_day(release_at.date(), today):
        release_at = None
    days = [c.date for c in claims] + [t.at.date() for t in transitions]
    if release_at is not None:
        days.append(release_at.date())
    start = min(days) if days else today - dt.timedelta(days=365)
    end = max([*days, today]) if days else today
    start = dt.date(start.year, 1, 1)
    end = end + dt.timedelta(days=100)  # room for labels right of the newest point
    end = dt.date(end.year + (1 if end.month > 6 else 0), 7 if end.month <= 6 else 1, 1)

    # Layout
    pad = 24 * SCALE
    label_w = max(_text_width(draw, m.label, label_font) for m in rows) + 18 * SCALE
    top = 74 * SCALE
    legend_h = 34 * SCALE
    axis_h = 26 * SCALE
    bottom = H - pad - legend_h - axis_h
    left, right = pad + label_w, W - pad
    axis = _Axis(start, end, left + 10 * SCALE, right - 10 * SCALE)
    row_h = (bottom - top) / len(rows)
    row_y = {m: top + row_h * (i + 0.5) for i, m in enumerate(reversed(rows))}

    # Title and subtitle
    draw.text((pad, 16 * SCALE), title, font=title_font, fill=TEXT)
    if subtitle:
        draw.text((pad, 46 * SCALE), subtitle, font=label_font, fill=MUTED)

    # Panel, rows and year grid
    draw.rounded_rectangle((left, top, right, bottom), radius=8 * SCALE, fill=PANEL)
    for milestone, y in row_y.items():
        draw.line((left + 4 * SCALE, y, right - 4 * SCALE, y), fill=(60, 62, 69), width=1 * SCALE)
        text_w = _text_width(draw, milestone.label, label_font)
        draw.text((left - 10 * SCALE - text_w, y - 9 * SCALE), milestone.label, font=label_font, fill=TEXT)
    for year in range(start.year, end.year + 1):
        for month in (1, 7):
            day = dt.date(year, month, 1)
            if not (start <= day <= end):
                continue
            x = axis.x(day)
            draw.line((x, top, x, bottom), fill=GRID if month == 1 else (62, 64, 71), width=SCALE)
            if month == 1:
                label = str(year)
                draw.text((x - _text_width(draw, label, label_font) / 2, bottom + 6 * SCALE), label,
                          font=label_font, fill=MUTED)

    # Today
    if start <= today <= end:
        x = axis.x(today)
        draw.line((x, top, x, bottom), fill=(120, 122, 130), width=SCALE)
        draw.text((x + 4 * SCALE, top + 4 * SCALE), "today", font=small_font, fill=MUTED)

    # Status step line through the milestone transitions
    steps = [t for t in transitions if t.to_milestone in row_y and t.kind in ("milestone", "cancelled", "release_date_set")]
    steps.sort(key=lambda t: t.at)
    points: list[tuple[float, float]] = []
    for t in steps:
        x, y = axis.x(t.at.date()), row_y[_row_of(t.to_milestone)]
        if points:
            points.append((x, points[-1][1]))
        points.append((x, y))
    if points:
        points.append((axis.x(min(end, max(today, steps[-1].at.date()))), points[-1][1]))
        draw.line(points, fill=STATUS, width=3 * SCALE, joint="curve")

    # Release date
    if release_at is not None and start <= release_at.date() <= end:
        x = axis.x(release_at.date())
        _dashed_vline(draw, x, top, bottom, RELEASE)
        label = "release " + release_at.date().isoformat()
        label_w = _text_width(draw, label, small_font)
        lx = x + 6 * SCALE if x + 6 * SCALE + label_w < right - 4 * SCALE else x - 6 * SCALE - label_w
        draw.text((lx, bottom - 18 * SCALE), label, font=small_font, fill=RELEASE)

    # Claims: grouped per (row, day, confidence, refuted); the count is shown when > 1
    groups: dict[tuple[Milestone, dt.date, Confidence, bool, bool], int] = {}
    for claim in claims:
        key = (_row_of(claim.milestone), claim.date, claim.confidence,
               claim.standing is Standing.REFUTED, claim.standing is Standing.SUPERSEDED)
        groups[key] = groups.get(key, 0) + 1
    order = {Confidence.RUMOUR: 0, Confidence.REPORTED: 1, Confidence.OFFICIAL: 2}
    r = 7 * SCALE
    offset = {Confidence.OFFICIAL: 0.0, Confidence.REPORTED: -0.22, Confidence.RUMOUR: 0.22}
    for (milestone, day, confidence, refuted, superseded), count in sorted(
        groups.items(), key=lambda kv: (order[kv[0][2]], kv[0][1])
    ):
        if milestone not in row_y:
            continue
        x = axis.x(day)
        y = row_y[milestone] + offset[confidence] * row_h
        _marker(draw, x, y, confidence, r, faded=refuted or superseded)
        if refuted:
            _cross(draw, x, y, r)
        if count > 1:
            draw.text((x + r + 2 * SCALE, y - r - 6 * SCALE), f"×{count}", font=small_font, fill=MUTED)

    # Legend
    ly = H - pad - legend_h / 2
    lx = float(pad)
    entries: list[tuple[str, Confidence, bool]] = [
        ("official", Confidence.OFFICIAL, False),
        ("reported", Confidence.REPORTED, False),
        ("rumour", Confidence.RUMOUR, False),
        ("refuted", Confidence.RUMOUR, True),
    ]
    for label, confidence, refuted in entries:
        _marker(draw, lx + r, ly, confidence, r, faded=refuted)
        if refuted:
            _cross(draw, lx + r, ly, r)
        draw.text((lx + 2 * r + 8 * SCALE, ly - 9 * SCALE), label, font=label_font, fill=TEXT)
        lx += 2 * r + 8 * SCALE + _text_width(draw, label, label_font) + 26 * SCALE
    draw.line((lx, ly, lx + 28 * SCALE, ly), fill=STATUS, width=3 * SCALE)
    draw.text((lx + 36 * SCALE, ly - 9 * SCALE), "status", font=label_font, fill=TEXT)
    lx += 36 * SCALE + _text_width(draw, "status", label_font) + 26 * SCALE
    _dashed_vline(draw, lx + 6 * SCALE, ly - 10 * SCALE, ly + 10 * SCALE, RELEASE)
    draw.text((lx + 16 * SCALE, ly - 9 * SCALE), "release date", font=label_font, fill=TEXT)

    final = image.resize((width, height), Image.Resampling.LANCZOS)
    out = io.BytesIO()
    final.save(out, format="PNG", optimize=True)
    return out.getvalue()
