"""THE status rules: pure functions from claims to a status and its transitions.

- A claim backs something when it is standing (not refuted, not superseded) and not a rumour.
- Something is backed by one official claim, or by two reported claims from different
  publishers (independent reports: one headline carried by several sites, syndicated or copied, is
  the report of the first to tell it), at least one of them from a source rather than a moderator's
  report (moderators' unofficial reports alone never back anything: they can neither move the
  status forward nor undo what a source backs). It becomes backed at the date of the first
  official claim or of the second independent report, whichever is earlier.
- The status is the furthest step of progress that is backed. A rumour never moves it. Claims
  about earlier steps never move it back, and a cancellation, a delay or a withdrawn release date
  only counts when its backing is at least as strong as what it would undo (a reported claim can
  never undo an official one; a cancellation undoes every step, so it is weighed against the
  strongest of them). A delay is backed by claims that say the same thing (two undated delays, or
  two giving the same new date).
- The release date is chosen among backed dates by the strength of their backing first, then by
  which was backed last (a newer date of the same strength replaces an older one; of two said on
  the same day, the one recorded last). A date given
  without a time takes the time of a claim that gives one for that day (the first episode's
  airstamp on TVmaze), so reminders and announcements fire at the premiere's moment.
- Once the clock passes the release moment (a date given without a time: midnight Pacific, when
  Netflix releases worldwide: `out_moment`), season 2 is out: computed with `now`, a release date
  that has passed makes the status released, as surely as the date is backed (since the release
  moment; a delay whose new date has passed is over). Tracking computes on its clock and computes
  again when the moment comes (a calendar job), so every reader sees "released" from then on.
- A release window ("the first half of 2027") is a span, never a date: while no date stands, the
  window backed most strongly, then most recently (official, or two independent reports), is the
  status's window; it moves no milestone and starts no countdown. A delay said after it leaves it
  behind (unless the delay gives the window itself).
- A date whose source has since given another day of its own (TVmaze moving the premiere) is no
  longer listed as backing the date that stands, once something else backs it (`_moved_dates`).
- Refuted claims are kept and listed as refuted. A news outlet's correction ("[CORRECTION]", "UPDATE:",
  "[정정]") supersedes that outlet's earlier claims about the same thing, up to its day (`apply_corrections`):
  the outlet counts once, for what it says now; other outlets' claims are untouched. A denial of a day
  takes it back: its outlet's own claims, rumours, and others only as surely as it is backed (`denials.py`);
  Netflix's own day, said no earlier than a rumour of another day or window, settles that rumour (`settle_rumours`).
- Replaying claims in date order (bot/season2/history.py) gives the transitions, each with its claims.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, replace

from bot.season2.denials import (
    DENIAL_MARK,
    apply_denials,
    correction_of,
    is_correction,
    said_on_day,
    settle_rumours,
    withdrawn,
)
from bot.season2.model import (
    PROGRESS_MILESTONES,
    Claim,
    Confidence,
    Milestone,
    Standing,
    Status,
    Transition,
    TransitionKind,
    strongest,
)
from bot.zones import NETFLIX_CLOCK

# Milestones whose claims say something about the release date.
_RELEASE_KINDS = (Milestone.RELEASE_DATE_ANNOUNCED, Milestone.RELEASE_DATE_CHANGED, Milestone.DELAYED)
# Milestones whose claims can give a release window instead of a date.
_WINDOW_KINDS = (Milestone.RELEASE_WINDOW, Milestone.DELAYED)


@dataclass(frozen=True)
class Backing:
    """Why something is backed: how strongly, since when, by which claims."""

    confidence: Confidence
    since: dt.datetime
    claims: tuple[Claim, ...]

    @property
    def strength(self) -> int:
        return self.confidence.strength


def claim_order(claim: Claim) -> tuple[dt.date, str]:
    return (claim.date, claim.id)


def backing(claims: Iterable[Claim]) -> Backing | None:
    """Official, or two independent reports; None when neither (rumours never count)."""
    usable = sorted(
        (c for c in claims if c.standing is Standing.STANDING and c.confidence is not Confidence.RUMOUR),
        key=claim_order,
    )
    if not usable:
        return None
    official_since: dt.datetime | None = None
    reported_since: dt.datetime | None = None
    publishers: set[str] = set()
    told_by: dict[str, str] = {}  # a story (its headline) -> the publisher who told it first
    sourced = False  # a report from a source, not only moderators' reports
    for claim in usable:
        if claim.confidence is Confidence.OFFICIAL and official_since is None:
            official_since = claim.when
        if claim.confidence is Confidence.REPORTED and reported_since is None:
            publisher = claim.source.publisher_key
            # the same headline on another site is a copy (syndicated), the first teller's report
            publishers.add(told_by.setdefault(claim.source.story, publisher) if claim.source.story else publisher)
            sourced = sourced or claim.origin != "moderator"
            if len(publishers) >= 2 and sourced:
                reported_since = claim.when
    candidates = [t for t in (official_since, reported_since) if t is not None]
    if not candidates:
        return None
    since = min(candidates)
    confidence = Confidence.OFFICIAL if official_since is not None else Confidence.REPORTED
    return Backing(confidence, since, tuple(usable))


def _backed(claims: list[Claim]) -> Confidence | None:
    found = backing(claims)
    return None if found is None else found.confidence


def _progress_group(milestone: Milestone, claims: Sequence[Claim]) -> list[Claim]:
    if milestone is Milestone.RELEASE_DATE_ANNOUNCED:
        return [
            c
            for c in claims
            if c.milestone in (Milestone.RELEASE_DATE_ANNOUNCED, Milestone.RELEASE_DATE_CHANGED)
            or (c.milestone is Milestone.DELAYED and c.release_at is not None)
        ]
    return [c for c in claims if c.milestone is milestone]


def out_moment(release_at: dt.datetime, timed: bool) -> dt.datetime:
    """When a release date means season 2 is out: its moment when a source gives the time (`timed`,
    00:00 UTC included), else the start of that day on Netflix's release clock (midnight Pacific),
    never midnight UTC, which is the evening before in the Americas and hours before anything is on
    Netflix anywhere."""
    if timed:
        return release_at
    day = release_at.astimezone(dt.UTC).date()
    return dt.datetime(day.year, day.month, day.day, tzinfo=NETFLIX_CLOCK).astimezone(dt.UTC)


def out_moment_of(status: Status) -> dt.datetime | None:
    """When `status`'s release date means season 2 is out (`out_moment`); None when it gives no date."""
    return None if status.release_at is None else out_moment(status.release_at, status.release_timed)


def released_by(status: Status, now: dt.datetime) -> dt.datetime | None:
    """`status`'s release date once season 2 is out by it at `now` (`out_moment_of` has passed), else None."""
    out = out_moment_of(status)
    return status.release_at if out is not None and out <= now else None


def part_out_by(status: Status, now: dt.datetime) -> bool:
    """Whether `status`'s later part (Part 2) is out at `now`: its `out_moment` has passed."""
    return status.part_at is not None and out_moment(status.part_at, status.part_timed) <= now


def countdown_over(status: Status, now: dt.datetime) -> bool:
    """Whether no countdown is left at `now`: season 2 is out and no later part of it is still to come."""
    return released_by(status, now) is not None and (status.part_at is None or part_out_by(status, now))


def came_out_at(status: Status) -> dt.datetime | None:
    """When season 2 came out, once `status` counts it out: its release date as given, else when it was
    counted out (`since`); None when neither is known."""
    return status.release_at or status.since


#: A claim not stored yet (a report being previewed or ingested) was heard after every stored one.
_UNSTORED = dt.datetime.max.replace(tzinfo=dt.UTC)


def _release_choice(claims: Sequence[Claim], kinds: Sequence[Milestone] = _RELEASE_KINDS) -> tuple[dt.datetime, bool, Backing] | None:
    """The release date with the strongest, then latest, backing, and whether its hour was given;
    None when no date is backed."""
    groups: dict[dt.date, list[Claim]] = {}
    for claim in claims:
        if claim.release_at is None or claim.milestone not in kinds:
            continue
        groups.setdefault(claim.release_at.astimezone(dt.UTC).date(), []).append(claim)
    best: tuple[tuple[int, dt.datetime, dt.datetime, dt.date], Claim, Backing] | None = None
    for day, group in groups.items():
        found = backing(group)
        if found is None:
            continue
        # The most precise time among the usable claims: strongest, then with a time, then newest.
        precise = max(
            found.claims,
            key=lambda c: (
                c.confidence.strength,
                c.timed,
                c.date,
                c.id,
            ),
        )
        assert precise.release_at is not None
        if found.confidence is Confidence.OFFICIAL:
            # An official restatement counts from its own date (A -> B -> A follows the newest word).
            latest = max(c.when for c in found.claims if c.confidence is Confidence.OFFICIAL)
            found = Backing(found.confidence, latest, found.claims)
        # Said on the same day with the same strength: the newest word wins (a same-day correction).
        # Only what was said on that day counts: an older statement recorded late undoes no correction.
        heard = max(
            (c.recorded_at or _UNSTORED for c in found.claims
             if c.confidence is found.confidence and c.when == found.since),
            default=_UNSTORED,
        )
        key = (found.strength, found.since, heard, day)
        if best is None or key > best[0]:
            best = (key, precise, found)
    if best is None:
        return None
    assert best[1].release_at is not None
    return (*_with_time(best[1].release_at.astimezone(dt.UTC), best[1].timed, claims, kinds), best[2])


def _window_choice(claims: Sequence[Claim]) -> tuple[str, Backing] | None:
    """The release window with the strongest, then latest, backing (claims that give a window and
    no date: release_window claims, and delays that say when instead); None when none is backed."""
    groups: dict[str, list[Claim]] = {}
    for claim in claims:
        if claim.release_window and claim.release_at is None and claim.milestone in _WINDOW_KINDS:
            groups.setdefault(_window_key(claim.release_window), []).append(claim)
    best: tuple[tuple[int, dt.datetime, dt.datetime, str], str, Backing] | None = None
    for key, group in groups.items():
        found = backing(group)
        if found is None:
            continue
        if found.confidence is Confidence.OFFICIAL:  # an official restatement counts from its own date
            found = Backing(found.confidence, max(c.when for c in found.claims if c.confidence is Confidence.OFFICIAL),
                            found.claims)
        heard = max((c.recorded_at or _UNSTORED for c in found.claims if c.when == found.since), default=_UNSTORED)
        label = max(found.claims, key=lambda c: (c.confidence.strength, c.date, c.id)).release_window or key
        rank = (found.strength, found.since, heard, key)
        if best is None or rank > best[0]:
            best = (rank, label, found)
    return None if best is None else (best[1], best[2])


#: How far a timed claim may be from a date given without a time and still give it its time: the
#: premiere "on 5 March" in Korea is 4 March 15:00 UTC as much as 5 March 08:00 UTC.
_SAME_DAY = (dt.timedelta(hours=-12), dt.timedelta(hours=36))


def _with_time(release_at: dt.datetime, timed: bool, claims: Sequence[Claim], kinds: Sequence[Milestone]) -> tuple[dt.datetime, bool]:
    """A date without a time takes the time a usable claim gives for that day (strongest, then
    newest); with whether it has its hour."""
    if timed:
        return release_at, True
    given = [
        c
        for c in claims
        if c.release_at is not None
        and c.milestone in kinds
        and c.standing is Standing.STANDING
        and c.confidence is not Confidence.RUMOUR
        and c.timed
        and _SAME_DAY[0] <= c.release_at - release_at < _SAME_DAY[1]
    ]
    if not given:
        return release_at, False
    chosen = max(given, key=lambda c: (c.confidence.strength, c.date, c.id))
    assert chosen.release_at is not None
    return chosen.release_at.astimezone(dt.UTC), True


def compute_status(claims: Iterable[Claim], now: dt.datetime | None = None) -> Status:
    """The status implied by a set of claims (their `standing` is taken as given), at `now` (None:
    whatever the time, so a release date never makes season 2 out by itself)."""
    # An outlet's correction takes the place of its own earlier word.
    every = apply_corrections(sorted(claims, key=claim_order))
    # A denial takes its day back as surely as it is backed (never listed as refuted itself); a
    # poll with no denial, and no rumour beside Netflix's word, never reads denials.py.
    if any(c.id.endswith(DENIAL_MARK) for c in every):
        every = apply_denials(every, _backed)
    # Netflix's later day settles a rumour of another: only a rumour said between two official claims can be
    # settled (official days), so a poll without one never reads denials.py (the season-2 walk's file count)
    said = sorted(c.date for c in every if c.confidence is Confidence.OFFICIAL and c.release_at is not None)
    if said and any(c.confidence is Confidence.RUMOUR and said[0] <= c.date < said[-1] for c in every):
        every = settle_rumours(every)
    standing = [c for c in every if c.standing is Standing.STANDING]
    refuted = tuple(c for c in every if c.standing is Standing.REFUTED and not c.id.endswith(DENIAL_MARK))
    by_id = {c.id: c for c in every}
    settled_by = tuple(dict.fromkeys(by_id[c.refuted_by] for c in refuted if c.refuted_by in by_id))
    rumours = tuple(c for c in standing if c.confidence is Confidence.RUMOUR)

    release = _release_choice(standing)
    release_at: dt.datetime | None = release[0] if release else None
    release_timed = release[1] if release else False
    release_backing: Backing | None = release[2] if release else None

    progress: tuple[Milestone, Backing] | None = None
    passed: list[Claim] = []  # what backs the steps gone past: "is there a trailer" once a date stands
    strongest_step = 0  # how strongly the best-backed step is backed (a reported step on an official one)
    for step in PROGRESS_MILESTONES:
        group = _progress_group(step, standing)
        if step is Milestone.RELEASE_DATE_ANNOUNCED:
            # Dated claims back this step only by agreeing on a date.
            found = release_backing or backing(c for c in group if c.release_at is None)
        else:
            found = backing(group)
        if found is not None:
            passed += progress[1].claims if progress else ()
            progress = (step, found)  # later milestones overwrite: the furthest wins
            strongest_step = max(strongest_step, found.strength)

    milestone: Milestone | None = progress[0] if progress else None
    current: Backing | None = progress[1] if progress else None

    cancel = backing(c for c in standing if c.milestone is Milestone.CANCELLED)
    # A cancellation undoes every step, so it must be as strong as the strongest of them: two
    # outlets saying "cancelled" never undo Netflix's own word that it is in production.
    cancelled = cancel is not None and (
        current is None or (cancel.strength >= strongest_step and cancel.since >= current.since)
    )

    # Only delays said since the current step count: an older one was about an older schedule (and,
    # backed from its first claim, would hide every delay after it).
    delays = [c for c in standing if c.milestone is Milestone.DELAYED and (current is None or c.when >= current.since)]
    delay = _delay_backing(delays)
    delayed = False
    if delay is not None:
        after_progress = current is None or delay.since >= current.since
        after_release = release_backing is None or delay.since >= release_backing.since
        delayed = after_progress and after_release
        # A backed delay without a new date withdraws an older date of no greater strength.
        undated = backing(c for c in delays if c.release_at is None)
        if (
            undated is not None
            and release_backing is not None
            and undated.since > release_backing.since
            and undated.strength >= release_backing.strength
        ):
            release_at, release_backing = None, None
            delayed = after_progress

    if cancelled:
        assert cancel is not None
        milestone, current = Milestone.CANCELLED, cancel
        release_at, release_backing = None, None
        delayed = False
    elif _out_by(release_at, release_timed, release_backing, milestone, now):
        assert release_at is not None and release_backing is not None
        milestone = Milestone.RELEASED
        current = Backing(release_backing.confidence, out_moment(release_at, release_timed), release_backing.claims)
        delayed = False
    elif _surer_by_its_date(release_at, release_timed, release_backing, progress, now):
        # "Out now" reported after the official hour passed corroborates it: the release stays as sure as
        # its date made it (one status, whichever is heard last), the reports listed beside it.
        assert release_at is not None and release_backing is not None and current is not None
        corroborating = tuple(c for c in current.claims if c not in release_backing.claims)
        current = Backing(release_backing.confidence, out_moment(release_at, release_timed),
                          release_backing.claims + corroborating)

    window = None
    if release_at is None and milestone not in (Milestone.CANCELLED, Milestone.RELEASED):
        window = _window_choice(standing)
        if window is not None and delayed and delay is not None and delay.since > window[1].since:
            window = None  # a delay announced after the window leaves it behind

    # a later part's day (Part 2) backed like any day, and only after the season's own day (never in its place)
    part = _release_choice(standing, (Milestone.PART_DATED,)) if release_at is not None and not cancelled else None
    part = part if part is not None and release_at is not None and part[0].date() > release_at.date() else None
    backing_claims = current.claims if current else ()
    backed_ids = {c.id for c in backing_claims}
    if release_backing:
        backed_ids |= {c.id for c in release_backing.claims}
    if window:
        backed_ids |= {c.id for c in window[1].claims}
    every_delay = _delay_backing([c for c in standing if c.milestone is Milestone.DELAYED])
    for event in (every_delay, cancel, part[2] if part else None):
        if event is not None:  # a backed event, however old, is not "waiting for a second report"
            backed_ids |= {c.id for c in event.claims}
    rank = milestone.rank if milestone is not None else None
    pending = tuple(
        c
        for c in standing
        if c.confidence is Confidence.REPORTED
        and c.id not in backed_ids
        and (rank is None or c.milestone.rank is None or c.milestone.rank >= rank)
    )
    moved = _moved_dates(standing)
    kept = {c.id for c in (release_backing.claims if release_backing else ())}
    replaced = [c for c in standing if c.release_at is not None and c.milestone in _RELEASE_KINDS
                and c.confidence is not Confidence.RUMOUR and c.id not in kept]  # a moved date's earlier days
    return Status(
        milestone=milestone,
        since=current.since if current else None,
        release_at=release_at,
        release_timed=release_at is not None and release_timed,
        backing=_listed(backing_claims, moved),
        refuted=refuted,
        rumours=rumours,
        pending=pending,
        release_backing=_listed(release_backing.claims, moved) if release_backing else (),
        release_since=release_backing.since if release_backing else None,
        delayed=delayed,
        delay_backing=delay.claims if (delay is not None and delayed) else (),
        delayed_since=delay.since if (delay is not None and delayed) else None,
        settled_by=settled_by,
        window=window[0] if window else None,
        window_backing=window[1].claims if window else (),
        window_since=window[1].since if window else None,
        behind=tuple(dict.fromkeys((*passed, *replaced))),
        part_at=part[0] if part else None, part_timed=bool(part and part[1]), part_backing=part[2].claims if part else (),
    )


def _moved_dates(standing: Sequence[Claim]) -> frozenset[str]:
    """The ids of release dates whose source has since given another day of its own (TVmaze moving
    the premiere): no longer that source's word, so not listed as backing (they still counted when
    the date was chosen; the date that stands is said by its other sources)."""
    newest: dict[str, Claim] = {}
    dated = [c for c in standing if c.release_at is not None and c.milestone in _RELEASE_KINDS]
    for claim in sorted(dated, key=lambda c: (c.date, c.recorded_at or _UNSTORED)):
        newest[claim.source.publisher_key] = claim
    return frozenset(
        c.id for c in dated
        if c.release_at is not None and (latest := newest[c.source.publisher_key].release_at) is not None
        and latest.astimezone(dt.UTC).date() != c.release_at.astimezone(dt.UTC).date()
    )


def _listed(claims: tuple[Claim, ...], moved: frozenset[str]) -> tuple[Claim, ...]:
    """`claims` without the dates their sources moved, unless nothing else backs it."""
    return tuple(c for c in claims if c.id not in moved) or claims


def _delay_backing(delays: Sequence[Claim]) -> Backing | None:
    """A delay is backed by claims that say the same thing: two undated delays ("delayed", a date
    withdrawn), or two that give the same new date. A delay to 2 April from one outlet and a
    withdrawn date from another are two stories, each told once: neither is backed."""
    groups: dict[dt.date | None, list[Claim]] = {}
    for claim in delays:
        groups.setdefault(claim.release_at.astimezone(dt.UTC).date() if claim.release_at else None, []).append(claim)
    found = [b for b in (backing(group) for group in groups.values()) if b is not None]
    if not found:
        return None
    return max(found, key=lambda b: (b.strength, b.since))


def _out_by(
    release_at: dt.datetime | None, timed: bool, backed: Backing | None, milestone: Milestone | None,
    now: dt.datetime | None,
) -> bool:
    """Whether the release moment has passed at `now` with season 2 not yet counted as released."""
    if now is None or release_at is None or backed is None or out_moment(release_at, timed) > now:
        return False
    return milestone is None or (milestone.rank or 0) < (Milestone.RELEASED.rank or 0)


def _surer_by_its_date(
    release_at: dt.datetime | None, timed: bool, backed: Backing | None,
    progress: tuple[Milestone, Backing] | None, now: dt.datetime | None,
) -> bool:
    """Whether season 2, counted as released by claims that it is out, is more surely out by its
    release date, whose moment has passed at `now`."""
    if progress is None or progress[0] is not Milestone.RELEASED or backed is None:
        return False
    if now is None or release_at is None or out_moment(release_at, timed) > now:
        return False
    return backed.strength > progress[1].strength


def _latest(*values: dt.datetime | None) -> dt.datetime:
    present = [v for v in values if v is not None]
    return max(present) if present else dt.datetime(1970, 1, 1, tzinfo=dt.UTC)


def diff(old: Status, new: Status) -> list[Transition]:
    """The transitions that take `old` to `new` (at most one per kind of change)."""
    out: list[Transition] = []
    to = new.milestone if new.milestone is not None else Milestone.RUMOURED
    if new.milestone is Milestone.CANCELLED:
        if old.milestone is not Milestone.CANCELLED:
            out.append(
                Transition.make(
                    "cancelled", old.milestone, to, old.release_at, None, _latest(new.since), new.backing
                )
            )
        return out

    release_changed = (old.release_at, old.release_timed) != (new.release_at, new.release_timed)
    newly_delayed = new.delayed and not old.delayed
    date_implies_milestone = new.milestone is Milestone.RELEASE_DATE_ANNOUNCED
    milestone_changed = old.milestone != new.milestone

    if milestone_changed and not (release_changed and date_implies_milestone):
        out.append(
            Transition.make("milestone", old.milestone, to, None, None, _latest(new.since), new.backing)
        )
    if newly_delayed:
        claims = tuple(dict.fromkeys(new.delay_backing + new.release_backing + new.window_backing))
        out.append(
            Transition.make(
                "delayed",
                old.milestone,
                to,
                old.release_at,
                new.release_at,
                _latest(new.delayed_since),
                claims,
                window=new.window,
            )
        )
    elif release_changed and not _confirmed(old, new):
        if new.release_at is None:
            out.append(withdrawn(old, new, to, _latest))  # what took it back, told where the date was
        else:
            kind: TransitionKind = (
                "release_date_set" if old.release_at is None else "release_date_changed"
            )
            out.append(
                Transition.make(
                    kind,
                    old.milestone,
                    to,
                    old.release_at,
                    new.release_at,
                    _latest(new.release_since),
                    new.release_backing,
                )
            )
    elif _confirmed(old, new):
        # The same date, only reported until now, is official: one post says so (channels that
        # take official news only hear of the date here, and their reminders start).
        out.append(
            Transition.make(
                "release_date_confirmed", old.milestone, to, old.release_at, new.release_at,
                _latest(new.release_since), new.release_backing,
            )
        )
    if not newly_delayed and new.window is not None and _window_key(new.window) != _window_key(old.window):
        out.append(
            Transition.make(
                "release_window", old.milestone, to, None, None, _latest(new.window_since), new.window_backing,
                window=new.window,
            )
        )
    if new.part_at is not None and (old.part_at is None or out_moment(new.part_at, new.part_timed)  # one post a moment
                                    != out_moment(old.part_at, old.part_timed)):  # (a day given the hour shown: none)
        out.append(Transition.make("part_dated", old.milestone, to, old.part_at, new.part_at,
                                   _latest(*(c.when for c in new.part_backing)), new.part_backing))
    elif old.part_at is not None and new.part_at is None and new.release_at is not None:  # the season's own day stands
        out.append(withdrawn(old, new, to, _latest, part=True))
    out.sort(key=lambda t: t.at)
    parts = ("part_dated", "part_date_withdrawn")
    return [replace(t, timed_before=(old.part_timed if t.kind in parts else old.release_timed) and t.release_at_before is not None,
                    timed_after=(new.part_timed if t.kind in parts else new.release_timed) and t.release_at_after is not None)
            for t in out]


def _confirmed(old: Status, new: Status) -> bool:
    """Whether the release date stands (unchanged, or its day given its hour) and its backing became official."""
    return (
        new.release_at is not None
        and old.release_at is not None
        # the same moment, or the reported day given its hour ("Feb. 12", then TVmaze's 08:00 UTC)
        and (new.release_at == old.release_at
             or (not old.release_timed and said_on_day(new.release_at, old.release_at.date())))
        and strongest(new.release_backing) is Confidence.OFFICIAL
        and strongest(old.release_backing) is not Confidence.OFFICIAL
        and bool(old.release_backing)
    )


def _window_key(window: str | None) -> str:
    return " ".join((window or "").casefold().split())


def apply_corrections(claims: Sequence[Claim]) -> list[Claim]:
    """`claims`, each standing claim of a news source that one of its outlet's later (or same-day)
    corrections about the same thing replaces marked superseded by that correction."""
    corrections = [c for c in claims if c.origin == "rss" and c.standing is Standing.STANDING
                   and is_correction(c.source.title or c.text)]
    if not corrections:
        return list(claims)
    out: list[Claim] = []
    for claim in claims:
        by = None
        if claim.origin == "rss" and claim.standing is Standing.STANDING:
            by = next((c for c in corrections if c.id != claim.id and c.date >= claim.date
                       and c.source.publisher_key == claim.source.publisher_key
                       and correction_of(c.milestone, claim.milestone)
                       and not (is_correction(claim.source.title or claim.text) and claim.date >= c.date)), None)
        out.append(claim if by is None else replace(claim, standing=Standing.SUPERSEDED, superseded_by=by.id))
    return out
