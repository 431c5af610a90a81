"""Denials: a headline that only takes a release day back ("Netflix denies Feb. 12 release", "not on
Feb. 12 as previously reported", "2월 12일 공개 사실무근"; read by `sources/headline_denials.py`) is kept as a
claim of that day, refuted from the start (it never backs the day it denies), its id marked
`DENIAL_MARK`. `apply_denials` (in `rules.compute_status`) marks refuted, by the denial, the standing
claims of that day said no later than it:

- its own outlet's headlines: the outlet takes its word back (a report never Netflix's own word);
- a rumour, by any denial that is not itself a rumour;
- any other claim only as surely as the denials of that day are backed (`rules.backing`: Netflix's own
  word, or two independent reports): one outlet's report of a denial never undoes another outlet's
  report, and a report never undoes Netflix's own date.

A denial invents no date, and a day announced after its denial stands. A date withdrawn cites what took
it back (`withdrawal`), told where the date itself was told. An outlet's correction ("[Update] …", "정정") takes
its own earlier word back as a denial does (`is_correction`; `rules.apply_corrections` applies it). Pure functions.
"""

from __future__ import annotations

import datetime as dt
import re
import unicodedata
from collections.abc import Callable, Sequence
from dataclasses import replace

from bot.season2.model import Claim, Confidence, Milestone, Standing, Status, Transition, strongest
from bot.season2.windows import read_window
from bot.zones import KST, NETFLIX_CLOCK

#: The end of a denial's id (its headline's claim id, "rss:<key>", then this).
DENIAL_MARK = ":denies"
#: Claims that give a release day a denial can take back.
_DATED = (Milestone.RELEASE_DATE_ANNOUNCED, Milestone.RELEASE_DATE_CHANGED, Milestone.DELAYED)
#: Where a day is said for Netflix's releases: Korea ("2월 12일 0시" is 11 February 15:00 UTC), UTC, California
#: (its own clock, not UTC-8: midnight PT is 07:00 UTC under summer time, from mid-March).
_DAY_ZONES = (KST, dt.UTC, NETFLIX_CLOCK)

Backed = Callable[[list[Claim]], Confidence | None]


def is_denial(claim: Claim) -> bool:
    """Whether a claim is a denial of its release day (never a claim of it)."""
    return claim.id.endswith(DENIAL_MARK) and claim.release_at is not None


def said_on_day(moment: dt.datetime, day: dt.date) -> bool:
    """Whether `moment` falls on `day` where release days are said (Korea, UTC, California)."""
    return any(moment.astimezone(zone).date() == day for zone in _DAY_ZONES)


def apply_denials(claims: Sequence[Claim], backed: Backed) -> list[Claim]:
    """`claims`, each standing claim of a day that a denial takes back marked refuted by it. `backed`:
    how surely some claims are backed (`rules.backing`'s confidence), None when not at all."""
    denials = [c for c in claims if is_denial(c) and c.confidence is not Confidence.RUMOUR]
    if not denials:
        return list(claims)
    out: list[Claim] = []
    for claim in claims:
        by = _denied_by(claim, denials, backed) if claim.standing is Standing.STANDING else None
        out.append(claim if by is None else replace(claim, standing=Standing.REFUTED, refuted_by=by.id))
    return out


def settle_rumours(claims: Sequence[Claim]) -> list[Claim]:
    """`claims`, each standing rumour against Netflix's own day (a rumoured other day or window said after it:
    "reportedly delayed to April") marked refuted once Netflix says its day again after the rumour ("still 19
    March"). A rumour said before any official day is settled by the release instead (render_claims), and one
    after Netflix's last word stays a rumour: it may yet come true."""
    official = [c for c in claims if c.standing is Standing.STANDING and c.confidence is Confidence.OFFICIAL
                and c.release_at is not None and c.milestone in _DATED[:2]]
    out: list[Claim] = []
    for claim in claims:
        span = _rumoured_span(claim) if official and claim.standing is Standing.STANDING else None
        against = [c for c in official if span is not None and c.release_at is not None
                   and not any(span[0] <= c.release_at.astimezone(zone).date() <= span[1] for zone in _DAY_ZONES)]
        later = [c for c in against if c.date > claim.date]
        settled = bool(later) and any(c.date <= claim.date for c in against)
        out.append(replace(claim, standing=Standing.REFUTED, refuted_by=later[-1].id) if settled else claim)
    return out


def _rumoured_span(claim: Claim) -> tuple[dt.date, dt.date] | None:
    """The days a rumour of the release gives (its day, or its window's span); None for any other claim."""
    if claim.confidence is not Confidence.RUMOUR or claim.milestone not in (*_DATED, Milestone.RELEASE_WINDOW):
        return None
    if claim.release_at is not None:
        day = claim.release_at.astimezone(dt.UTC).date()
        return day, day
    window = read_window(claim.release_window, claim.date) if claim.release_window else None
    return (window.first, window.last) if window is not None else None


def _denied_by(claim: Claim, denials: list[Claim], backed: Backed) -> Claim | None:
    if claim.release_at is None or claim.milestone not in _DATED:
        return None
    said = claim.release_at
    its_day = [d for d in denials if d.date >= claim.date and d.release_at is not None
               and said_on_day(said, d.release_at.date())]
    if not its_day:
        return None
    own = [d for d in its_day if claim.origin == "rss" and d.source.publisher_key == claim.source.publisher_key
           and d.confidence.strength >= claim.confidence.strength]
    if own:
        return own[-1]
    if claim.confidence is Confidence.RUMOUR:
        return its_day[-1]
    sureness = backed([replace(d, standing=Standing.STANDING) for d in its_day])
    if sureness is not None and sureness.strength >= claim.confidence.strength:
        return its_day[-1]
    return None


def withdrawal(old: Status, new: Status, *, part: bool = False) -> tuple[tuple[Claim, ...], Confidence]:
    """What a release date withdrawn (`old`'s, gone in `new`) cites, and the level it is told at. A delay
    with no new date cites itself; a day taken back cites what took it back (the denial, the outlet's
    correction), not the reports it took back; else the date's own claims, which no longer back it. It
    is told at the level the date was told (`strongest` of its backing, when weaker): a channel that
    takes official news only never heard a reported day, so it hears nothing of Netflix denying it.
    `part`: Part 2's day withdrawn, the same way (the season's delay is no news of it)."""
    dated = old.part_backing if part else old.release_backing
    told = strongest(dated) if dated else None
    cited = () if part else new.delay_backing
    if not cited:
        backing = {c.id for c in dated}
        by = {c.refuted_by for c in new.refuted if c.id in backing}
        cited = tuple(c for c in new.settled_by if c.id in by) or dated
    level = strongest(cited)
    return cited, level if told is None or told.strength >= level.strength else told


# ------------------------------------------------------------------ corrections

def withdrawn(
    old: Status, new: Status, to: Milestone, latest: Callable[..., dt.datetime], *, part: bool = False
) -> Transition:
    """The transition of a date taken back (`rules.diff`): the season's own day (release_date_withdrawn, at the
    latest of the delay and the status) or its later part's (part_date_withdrawn, at the latest of what took it
    back), citing what took it back, as sure as that is told (`withdrawal`). `latest`: rules' latest moment."""
    claims, told = withdrawal(old, new, part=part)
    if part:
        return replace(Transition.make("part_date_withdrawn", old.milestone, to, old.part_at, None,
                                       latest(*(c.when for c in claims)), claims), confidence=told)
    return replace(Transition.make("release_date_withdrawn", old.milestone, to, old.release_at, None,
                                   latest(new.delayed_since, new.since), claims), confidence=told)


_MARK = r"correction|corrected|update|updated|정정|수정|업데이트"
#: A correction's or an update's marker at the start of a headline.
CORRECTION_MARK = re.compile(rf"^\s*(?:[\[(【]\s*(?:{_MARK})\s*[\])】]|(?:{_MARK})\s*[:\-–—])\s*", re.I)
#: Claims about the release itself: a correction of one corrects the others (a date becomes a window).
_RELEASE_NEWS = frozenset({Milestone.RELEASE_DATE_ANNOUNCED, Milestone.RELEASE_DATE_CHANGED, Milestone.RELEASE_WINDOW,
                      Milestone.DELAYED})


def is_correction(title: str) -> bool:
    """Whether a headline says it corrects or updates its outlet's earlier word."""
    return CORRECTION_MARK.match(" ".join(unicodedata.normalize("NFKC", title).split())) is not None


def correction_of(correcting: Milestone, corrected: Milestone) -> bool:
    """Whether a correction of `correcting` news corrects a claim of `corrected` (of the release, any of its forms)."""
    return corrected in (_RELEASE_NEWS if correcting in _RELEASE_NEWS else frozenset({correcting}))
