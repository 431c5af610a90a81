"""The season-2 vocabulary: milestones, confidence, claims, transitions and the status.

Plain frozen dataclasses; no I/O and nothing from discord. The rules that turn claims into a
status live in `bot.season2.rules`; db/season2 maps its rows onto the types here.
"""

from __future__ import annotations

import datetime as dt
import functools
import hashlib
import re
import unicodedata
import urllib.parse
from dataclasses import dataclass, field
from enum import StrEnum
from typing import Literal, get_args

from bot.show import NOTHING, Position

Origin = Literal["lore", "tvmaze", "rss", "moderator"]
ORIGINS: tuple[Origin, ...] = get_args(Origin)

TransitionKind = Literal[
    "milestone",
    "release_date_set",
    "release_date_changed",
    "release_date_withdrawn",
    "release_date_confirmed",  # the same date, now backed officially (it was only reported)
    "release_window",
    "part_dated",  # a later part's day (Part 2) set, or moved
    "part_date_withdrawn",  # Part 2's day gone while the season's stands: told where it was told
    "delayed",
    "cancelled",
]

#: Which announcements a subscribed channel wants: official only, official and reported, or all.
Level = Literal["official", "reported", "all"]
LEVELS: tuple[Level, ...] = get_args(Level)


class Milestone(StrEnum):
    """Where season 2 stands. Declaration order is the order of progress."""

    RUMOURED = "rumoured"
    RENEWED = "renewed"
    PRE_PRODUCTION = "pre_production"
    CASTING = "casting"
    FILMING = "filming"
    FILMING_WRAPPED = "filming_wrapped"
    POST_PRODUCTION = "post_production"
    TEASER = "teaser"
    TRAILER = "trailer"
    RELEASE_DATE_ANNOUNCED = "release_date_announced"
    RELEASED = "released"
    # Events rather than steps of progress:
    RELEASE_DATE_CHANGED = "release_date_changed"  # a change at the release_date_announced level
    RELEASE_WINDOW = "release_window"  # a span without its day ("the first half of 2027"), never a date
    DELAYED = "delayed"
    CANCELLED = "cancelled"
    PART_DATED = "part_dated"  # a later part's day (Part 2), never the season's release day

    @property
    def rank(self) -> int | None:
        """Position on the road to release; None for delayed and cancelled (not steps of progress)."""
        if self is Milestone.RELEASE_DATE_CHANGED:
            return _PROGRESS.index(Milestone.RELEASE_DATE_ANNOUNCED)
        if self in _PROGRESS:
            return _PROGRESS.index(self)
        return None

    @property
    def is_progress(self) -> bool:
        return self in _PROGRESS

    @property
    def label(self) -> str:
        return _LABELS[self]

    @classmethod
    def parse(cls, value: str) -> Milestone:
        """Accept 'filming wrapped', 'Filming-Wrapped', 'filming_wrapped', 'pre-production'..."""
        key = value.strip().lower().replace("-", "_").replace(" ", "_")
        aliases = {
            "rumored": "rumoured",
            "wrapped": "filming_wrapped",
            "production": "filming",
            "production_start": "filming",
            "release_date": "release_date_announced",
            "date_announced": "release_date_announced",
            "premiere_date": "release_date_announced",
            "canceled": "cancelled",
            "window": "release_window",
            "preproduction": "pre_production",
            "postproduction": "post_production",
        }
        key = aliases.get(key, key)
        try:
            return cls(key)
        except ValueError:
            raise ValueError(f"unknown milestone {value!r}") from None


_PROGRESS: tuple[Milestone, ...] = (
    Milestone.RUMOURED,
    Milestone.RENEWED,
    Milestone.PRE_PRODUCTION,
    Milestone.CASTING,
    Milestone.FILMING,
    Milestone.FILMING_WRAPPED,
    Milestone.POST_PRODUCTION,
    Milestone.TEASER,
    Milestone.TRAILER,
    Milestone.RELEASE_DATE_ANNOUNCED,
    Milestone.RELEASED,
)
PROGRESS_MILESTONES = _PROGRESS

_LABELS: dict[Milestone, str] = {
    Milestone.RUMOURED: "Rumoured",
    Milestone.RENEWED: "Renewed",
    Milestone.PRE_PRODUCTION: "Pre-production",
    Milestone.CASTING: "Casting",
    Milestone.FILMING: "Filming",
    Milestone.FILMING_WRAPPED: "Filming wrapped",
    Milestone.POST_PRODUCTION: "Post-production",
    Milestone.TEASER: "Teaser",
    Milestone.TRAILER: "Trailer",
    Milestone.RELEASE_DATE_ANNOUNCED: "Release date announced",
    Milestone.RELEASED: "Released",
    Milestone.RELEASE_DATE_CHANGED: "Release date changed",
    Milestone.RELEASE_WINDOW: "Release window",
    Milestone.DELAYED: "Delayed",
    Milestone.CANCELLED: "Cancelled",
    Milestone.PART_DATED: "Part 2 dated",
}


class Confidence(StrEnum):
    """How much a claim can be trusted: official > reported > rumour."""

    OFFICIAL = "official"
    REPORTED = "reported"
    RUMOUR = "rumour"

    @property
    def strength(self) -> int:
        return {"official": 3, "reported": 2, "rumour": 1}[self.value]

    @classmethod
    def parse(cls, value: str) -> Confidence:
        key = value.strip().lower()
        key = {"rumor": "rumour", "report": "reported", "unofficial": "reported"}.get(key, key)
        try:
            return cls(key)
        except ValueError:
            raise ValueError(f"unknown confidence {value!r} (official, reported or rumour)") from None

    def __ge__(self, other: object) -> bool:
        if not isinstance(other, Confidence):
            return NotImplemented
        return self.strength >= other.strength

    def __gt__(self, other: object) -> bool:
        if not isinstance(other, Confidence):
            return NotImplemented
        return self.strength > other.strength

    def __le__(self, other: object) -> bool:
        if not isinstance(other, Confidence):
            return NotImplemented
        return self.strength <= other.strength

    def __lt__(self, other: object) -> bool:
        if not isinstance(other, Confidence):
            return NotImplemented
        return self.strength < other.strength


class Standing(StrEnum):
    STANDING = "standing"
    REFUTED = "refuted"
    SUPERSEDED = "superseded"


# ---------------------------------------------------------------- dates that can be true

#: Season-2 news, a release date included, is dated in this century; 9999-12-31 ("TBA" on some
#: sites) or 0001-01-01 is a placeholder, never a date. Checked where dates enter (sources,
#: moderators' reports, timeline files), so nothing downstream meets a year it cannot draw.
EARLIEST_DAY = dt.date(2000, 1, 1)
LATEST_DAY = dt.date(2099, 12, 31)
#: A release date further ahead than this is not news about season 2.
RELEASE_HORIZON = dt.timedelta(days=10 * 366)


class DateOutOfRange(ValueError):
    """A date that cannot be meant (a placeholder, a typo of the year); the message says which."""


def check_day(day: dt.date, what: str = "date", *, latest: dt.date | None = None) -> dt.date:
    """`day` when it lies between 2000 and `latest` (default the end of 2099), else DateOutOfRange."""
    last = min(latest, LATEST_DAY) if latest is not None else LATEST_DAY
    if not EARLIEST_DAY <= day <= last:
        raise DateOutOfRange(f"the {what} {day.isoformat()} is out of range ({EARLIEST_DAY.isoformat()} to {last.isoformat()})")
    return day


def check_release(at: dt.datetime, now: dt.datetime | None = None) -> dt.datetime:
    """A release moment from 2000 on and, given `now`, at most RELEASE_HORIZON ahead of it."""
    latest = (now + RELEASE_HORIZON).date() if now is not None else None
    try:
        day = at.astimezone(dt.UTC).date()
    except OverflowError:  # "9999-12-31T23:00-05:00": past the calendar's end in UTC, a placeholder
        raise DateOutOfRange(f"the release date {at.isoformat()} is out of range") from None
    check_day(day, "release date", latest=latest)
    return at


def plausible_day(day: dt.date, today: dt.date) -> bool:
    """Whether a stored date is one a reader can be shown on a time axis around `today`."""
    return EARLIEST_DAY <= day <= min(LATEST_DAY, today + RELEASE_HORIZON)


@functools.lru_cache(maxsize=4096)  # every status computation asks again of the same sources
def normalise_publisher(publisher: str) -> str:
    """'www.Pinkvilla.com' and 'pinkvilla.com ' are the same publisher (independence check)."""
    text = " ".join(publisher.strip().lower().split())
    for prefix in ("https://", "http://"):
        if text.startswith(prefix):
            text = text[len(prefix) :]
    if "." in text and " " not in text:  # a domain: keep the name part ("www.pinkvilla.com" -> pinkvilla)
        labels = [label for label in text.split("/")[0].split(".") if label]
        while len(labels) > 1 and labels[-1] in _DOMAIN_SUFFIXES:
            labels.pop()
        text = labels[-1] if labels else text
    return "".join(ch for ch in text if ch.isalnum())


@functools.lru_cache(maxsize=4096)
def normalise_title(title: str, publisher: str = "") -> str:
    """Case, accents, punctuation and the publisher named after it do not matter (an aggregator's
    ' - Publisher', a copy's '(Publisher)' or 'via Publisher')."""
    text = unicodedata.normalize("NFKD", title)
    # a run of spaces as one first: the publisher's pattern tries each end of the title, each over the whole run
    text = " ".join("".join(ch for ch in text if not unicodedata.combining(ch)).lower().split())
    named = re.match(r"^(.+?)(?:\s+[-–—|]\s+|\s*\(|\s+via\s+)([^-–—|()]+?)\)?\s*$", text) if publisher else None
    if named and normalise_publisher(named.group(2)) == normalise_publisher(publisher):
        text = named.group(1)
    text = re.sub(r"[^\w\s]", " ", text)
    return " ".join(text.split())


def official_address(url: str | None) -> bool:
    """THE rule of who speaks for the show among the sources polled: a page on Netflix's own sites
    (its newsroom about.netflix.com, Tudum and the title pages on netflix.com) is official (an RSS
    item from Netflix itself: sources/rss.py). TVmaze (a database its users edit) and the press
    report. A moderator's report is official when the moderator says so (the studio and the cast
    speak for the show too: reports.py), whatever its address."""
    try:
        address = urllib.parse.urlsplit((url or "").strip())
        host = (address.hostname or "").lower()
    except ValueError:  # "http://[netflix.com/": no address
        return False
    return address.scheme.lower() in ("http", "https") and (host == "netflix.com" or host.endswith(".netflix.com"))


_DOMAIN_SUFFIXES = frozenset(
    "com net org co in kr uk us ph tv io news info jp au ca de fr es it asia biz me id sg my".split()
)


@dataclass(frozen=True)
class Source:
    publisher: str
    title: str = ""
    url: str | None = None
    date: dt.date | None = None

    @property
    def publisher_key(self) -> str:
        return normalise_publisher(self.publisher)

    @property
    def story(self) -> str:
        """Its headline, normalised: one article carried by several sites (syndicated, copied) is
        one story, however many publishers it reaches (`rules.backing` counts it once). '' for a
        title too short to be a headline ("Instagram post"): two of those are not one article."""
        story = normalise_title(self.title, self.publisher) if self.title else ""
        return story if len(story.split()) >= 4 else ""


@dataclass(frozen=True)
class Claim:
    """One statement about season 2 by one source, on one date.

    `id` is unique across origins (lore ids are prefixed 'lore:', RSS 'rss:', ...);
    `date` is when it was said; `date_precision` is 'month' for claims known only to the month
    (their `date` is then the first of that month). `release_at` carries a release date (UTC)
    for release_date_announced / release_date_changed / delayed claims; `release_window` the window
    a release_window (or delayed) claim gives instead, as its label. `spoils` is the position
    the claim's text gives away (a season-2 cast list can tell who survives season 1).
    `time_given` says whether the source gave the release's hour (a release "at 00:00 UTC" is an
    hour; "14 March" is a day, stored at its UTC midnight); left out, a time of day other than
    midnight UTC counts as given (what claims built without a reader, such as the lore pack's, mean).
    """

    id: str
    milestone: Milestone
    date: dt.date
    confidence: Confidence
    source: Source
    text: str
    standing: Standing = Standing.STANDING
    refuted_by: str | None = None
    superseded_by: str | None = None
    release_at: dt.datetime | None = None
    origin: Origin = "lore"
    date_precision: Literal["day", "month"] = "day"
    release_window: str | None = None
    spoils: Position = NOTHING
    recorded_at: dt.datetime | None = field(default=None, compare=False)  # None: not stored yet (newest)
    time_given: bool | None = None

    def __post_init__(self) -> None:
        if self.release_at is not None and self.release_at.tzinfo is None:
            raise ValueError(f"claim {self.id}: release_at must be timezone-aware (UTC)")
        if self.time_given is None:
            object.__setattr__(self, "time_given", self.release_at is not None and not at_midnight(self.release_at))
        elif self.release_at is None:
            object.__setattr__(self, "time_given", False)

    @property
    def key(self) -> tuple[Origin, str]:
        """What a claim is unique by: its origin and its normalised id (a source that says the
        same thing again is the same claim)."""
        return self.origin, self.id.strip().lower()

    @property
    def timed(self) -> bool:
        """Whether the claim's release date comes with the hour its source gave (`time_given`)."""
        return bool(self.time_given)

    @property
    def when(self) -> dt.datetime:
        """The claim's date as a UTC datetime (midnight)."""
        return dt.datetime(self.date.year, self.date.month, self.date.day, tzinfo=dt.UTC)

    @property
    def date_text(self) -> str:
        return self.date.strftime("%Y-%m") if self.date_precision == "month" else self.date.isoformat()


@dataclass(frozen=True)
class Settlement:
    """What settles a refuted claim: another claim's words, with who said them and when (a pack
    claim that is not itself a milestone, or a milestone claim)."""

    id: str
    text: str
    source: Source
    date_text: str
    spoils: Position = NOTHING

    @classmethod
    def of(cls, claim: Claim) -> Settlement:
        return cls(claim.id, claim.text, claim.source, claim.date_text, claim.spoils)


def strongest(claims: tuple[Claim, ...] | list[Claim]) -> Confidence:
    """The strongest confidence among claims (rumour when there are none)."""
    best = Confidence.RUMOUR
    for claim in claims:
        if claim.confidence.strength > best.strength:
            best = claim.confidence
    return best


def _iso(value: dt.datetime | None) -> str:
    return "" if value is None else value.astimezone(dt.UTC).isoformat()


def transition_id(
    kind: str,
    from_milestone: Milestone | None,
    to_milestone: Milestone,
    release_at_before: dt.datetime | None,
    release_at_after: dt.datetime | None,
    at: dt.datetime,
    window: str | None = None,
) -> str:
    """Deterministic: the same change computed twice (after a restart, a re-poll) has the same id."""
    parts = [
        kind,
        "" if from_milestone is None else from_milestone.value,
        to_milestone.value,
        _iso(release_at_before),
        _iso(release_at_after),
        _iso(at),
        *([window] if window else []),  # only a window's transitions carry one (older ids unchanged)
    ]
    return "t_" + hashlib.sha1("|".join(parts).encode("utf-8")).hexdigest()[:20]


@dataclass(frozen=True)
class Transition:
    """One change of the status, with the claims that caused it (and the release window it gives);
    `timed_before` and `timed_after` say whether each release date came with its hour."""

    id: str
    kind: TransitionKind
    from_milestone: Milestone | None
    to_milestone: Milestone
    release_at_before: dt.datetime | None
    release_at_after: dt.datetime | None
    at: dt.datetime
    claims: tuple[Claim, ...]
    confidence: Confidence
    window: str | None = None
    timed_before: bool = False
    timed_after: bool = False

    @classmethod
    def make(
        cls,
        kind: TransitionKind,
        from_milestone: Milestone | None,
        to_milestone: Milestone,
        release_at_before: dt.datetime | None,
        release_at_after: dt.datetime | None,
        at: dt.datetime,
        claims: tuple[Claim, ...],
        window: str | None = None,
    ) -> Transition:
        ordered = tuple(sorted(claims, key=lambda c: (-c.confidence.strength, c.date, c.id)))
        return cls(
            id=transition_id(kind, from_milestone, to_milestone, release_at_before, release_at_after, at, window),
            kind=kind,
            from_milestone=from_milestone,
            to_milestone=to_milestone,
            release_at_before=release_at_before,
            release_at_after=release_at_after,
            at=at,
            claims=ordered,
            confidence=strongest(claims),
            window=window,
        )

    @property
    def sources(self) -> tuple[Source, ...]:
        seen: dict[str, Source] = {}
        stories: set[str] = set()
        for claim in self.claims:
            if claim.source.story not in stories:  # a copy of a story shown is not another source
                seen.setdefault(claim.source.publisher_key, claim.source)
            stories.add(claim.source.story or claim.id)
        return tuple(seen.values())

    def summary(self) -> str:
        """A one-line plain-text description (the CLI and logs)."""
        before = "start" if self.from_milestone is None else self.from_milestone.label
        if self.kind == "milestone":
            what = f"{before} -> {self.to_milestone.label}"
        elif self.kind == "release_date_set":
            what = f"release date set: {_day(self.release_at_after, self.timed_after)}"
        elif self.kind == "release_date_changed":
            what = f"release date changed: {_day(self.release_at_before, self.timed_before)} -> {_day(self.release_at_after, self.timed_after)}"
        elif self.kind == "release_date_confirmed":
            what = f"release date confirmed: {_day(self.release_at_after, self.timed_after)}"
        elif self.kind == "release_date_withdrawn":
            what = f"release date withdrawn (was {_day(self.release_at_before, self.timed_before)})"
        elif self.kind == "delayed":
            what = "delayed" + (
                f" (release date {_day(self.release_at_before, self.timed_before)} -> {_day(self.release_at_after, self.timed_after)})"
                if self.release_at_before != self.release_at_after
                else ""
            ) + (f", now expected {self.window}" if self.window else "")
        elif self.kind == "part_dated":
            what = f"part 2 dated: {_day(self.release_at_after, self.timed_after)}"
        elif self.kind == "part_date_withdrawn":
            what = f"part 2's date withdrawn (was {_day(self.release_at_before, self.timed_before)})"
        elif self.kind == "release_window":
            what = f"release window: {self.window or 'unknown'} (no date yet)"
        else:
            what = f"{before} -> Cancelled"
        return what


def at_midnight(value: dt.datetime) -> bool:
    """Whether `value` is the start of its day in UTC: where a day given without a time is stored."""
    return value.astimezone(dt.UTC).time() == dt.time()


def _day(value: dt.datetime | None, timed: bool) -> str:
    if value is None:
        return "none"
    value = value.astimezone(dt.UTC)
    if not timed:  # a day without a time
        return value.date().isoformat()
    return value.strftime("%Y-%m-%d %H:%M UTC")


@dataclass(frozen=True)
class Status:
    """The current status and its provenance.

    `milestone` is None before any claim backs anything. `backing` are the claims that back the
    current milestone; `confidence` the strongest of them. `release_backing` back `release_at`.
    `refuted` are kept and shown as refuted; `rumours` are rumour-level claims (labelled);
    `pending` are reported claims ahead of the status still waiting for an independent second.
    `delayed` is set when a backed delay came after the last step of progress. `settled_by` are
    the claims that refute those in `refuted` (what settles them). `window` is the backed release
    window while no date stands (its label, never a date), backed by `window_backing` since
    `window_since`. `release_timed`: whether `release_at` comes with the hour a source gave (else it is a day).
    `behind`: what the status has gone past: the claims backing earlier steps (a trailer before the date) and the
    release dates it replaced (a date moved), so a reader can still say them.
    `part_at`: the backed day of season 2's later part (Part 2), after `release_at`, with its hour when `part_timed`.
    """

    milestone: Milestone | None
    since: dt.datetime | None
    release_at: dt.datetime | None
    release_timed: bool = False
    backing: tuple[Claim, ...] = ()
    refuted: tuple[Claim, ...] = ()
    rumours: tuple[Claim, ...] = ()
    pending: tuple[Claim, ...] = ()
    release_backing: tuple[Claim, ...] = ()
    release_since: dt.datetime | None = None
    delayed: bool = False
    delay_backing: tuple[Claim, ...] = field(default=())
    delayed_since: dt.datetime | None = None
    settled_by: tuple[Claim, ...] = field(default=())
    window: str | None = None
    window_backing: tuple[Claim, ...] = ()
    window_since: dt.datetime | None = None
    behind: tuple[Claim, ...] = ()
    part_at: dt.datetime | None = None
    part_timed: bool = False
    part_backing: tuple[Claim, ...] = ()

    @property
    def confidence(self) -> Confidence | None:
        return strongest(self.backing) if self.backing else None

    @classmethod
    def empty(cls) -> Status:
        return cls(milestone=None, since=None, release_at=None)


@dataclass(frozen=True)
class HistoryEntry:
    """A recorded transition; `baseline` ones were recorded without being announced."""

    seq: int
    transition: Transition
    baseline: bool
    recorded_at: dt.datetime


@dataclass(frozen=True)
class ReportRow:
    """Which server and moderator made a report (`/season2set report`), and when it was retracted."""

    claim_id: str
    guild_id: int
    user_id: int
    reported_at: dt.datetime
    retracted_at: dt.datetime | None
    retracted_by: int | None = None
