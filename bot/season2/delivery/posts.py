"""What season 2 queues in the one outbox (bot/outbox.py: a row per event and target, with its nonce, written in
the same transaction as the change that caused it, then sent by the dispatcher): its news for the subscribed channels,
its countdowns, its notices for moderators, its corrections.

A payload holds data, never finished text: show content in it is kept as parts that each know
what they spoil (a claim's text with its `spoils` position; headlines the spoiler lexicon reads),
and the transport renders the row when it sends it, for the audience it reads then (the channel's
spoiler mark at delivery: cogs/season2/audience.py), so a mark lowered while a row waits is obeyed.

Targets: 'channel:<id>' (a subscription), 'dm:<user id>' (a fan's reminder), 'notice:<guild id>'
(a notice for the server's moderators only, never its members: the channel they chose for notices,
else by DM to the moderator named in the payload, else the system channel only when members cannot
read it, else kept for the next moderator who uses /season2set: cogs/season2/transport.py and
cogs/season2/notices.py).

Source alerts (a source's circuit breaker opened, then closed again) are such notices, one per server
with an enabled season-2 subscription, naming the moderator who set up its first one (for the DM):
a feed failing is the moderators' to fix, and members reading the news channel have nothing to do
with it. The alert is a 'notice' row (never pings) keyed `source-down:<source>:<opened at>` /
`source-up:<source>:<opened at>`, so one outage warns each server once, restarts included. The
"back" notice goes to the servers that were warned.

Rumours (enqueue_rumours) go to channels at level `all` only, as 'announcement' rows of payload type
'rumour' (rendered as a rumour, never pinging), keyed `rumour:<what it says>` (a day, a window or a
milestone: `rumoured`), so a rumour told again in other words or in another feed is one row per channel;
and a rumour is only new when no stored claim told it before, so rows pruned or a restart never post it
twice. A rumour never becomes a transition: the status and the reminders stay as they are.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterable, Sequence
from typing import Any, Literal

import aiosqlite

from bot.outbox import channel_target, enqueue_notice, enqueue_one, loads
from bot.season2.denials import DENIAL_MARK
from bot.season2.model import Claim, Confidence, Milestone, Standing, Status, Transition
from bot.season2.model.delivery import OutboxEntry, Subscription
from bot.season2.model.polling import CircuitEvent
from bot.zones import KST
from db import outbox as outbox_db
from db import times
from db.season2 import subscriptions as subscriptions_db
from db.season2 import transitions as transitions_db


def level_admits(level: str, confidence: Confidence | str) -> bool:
    """official: official only; reported: official and reported; all: rumours too."""
    value = Confidence(confidence)
    if level == "official":
        return value is Confidence.OFFICIAL
    if level == "reported":
        return value in (Confidence.OFFICIAL, Confidence.REPORTED)
    return level == "all"


def _iso(value: dt.datetime | None) -> str | None:
    return None if value is None else value.astimezone(dt.UTC).isoformat()


def transition_payload(transition: Transition) -> dict[str, Any]:
    """Everything the announcement embed needs, as JSON-able data (rendered at send time)."""
    return {
        "type": "transition",
        "transition_id": transition.id,
        "kind": transition.kind,
        "from_milestone": None if transition.from_milestone is None else transition.from_milestone.value,
        "to_milestone": transition.to_milestone.value,
        "release_at_before": _iso(transition.release_at_before),
        "release_at_after": _iso(transition.release_at_after),
        "release_timed_before": transition.timed_before,
        "release_timed_after": transition.timed_after,
        "at": _iso(transition.at),
        "confidence": transition.confidence.value,
        "sources": [claim_payload(claim) for claim in _first_tellings(transition.claims)],
        **({"window": transition.window} if transition.window else {}),
    }


#: Transitions that tell a channel where a date now stands (Part 2's: `_PART_DATES`), and those that tell it where the
#: season's status stands (a step of progress, or its cancellation).
_SEASON_DATES = ("release_date_set", "release_date_changed", "release_date_withdrawn", "release_date_confirmed", "delayed")
_PART_DATES = ("part_dated", "part_date_withdrawn")
_STEPS = ("milestone", "cancelled")


def may_overtake(payload: dict[str, Any]) -> bool:
    """Whether an announcement tells a channel where the season's status, its date or Part 2's date now stands (only
    such a post can overtake another: `overtaken`)."""
    return payload.get("kind") in (*_SEASON_DATES, *_PART_DATES, *_STEPS)


def overtaken(sent: dict[str, Any], older: dict[str, Any]) -> bool:
    """Whether the announcement `older`, queued before `sent` but held back (Discord down), would now be stale news
    read after `sent`: a date (the season's, or Part 2's) said otherwise, or as surely no more, by a later post of the
    same one, or by the season being out (or cancelled); or a step of the season's status (“Season 2: filming wrapped”) after a
    later post of the season's that says where it stands since: a step (“From filming wrapped to trailer”), or a date
    of a step past it (“has a release date”; never a delay of the same step, which says nothing of it)."""
    kind, older_kind = sent.get("kind"), older.get("kind")
    if older_kind in _STEPS:
        return kind in _STEPS or (kind in _SEASON_DATES and _past(sent.get("to_milestone"), older.get("to_milestone")))
    if older_kind in _SEASON_DATES and sent.get("to_milestone") in (Milestone.RELEASED.value, Milestone.CANCELLED.value):
        return True  # "has a release date" read under "Season 2: released" (or "cancelled")
    dates = _PART_DATES if kind in _PART_DATES else _SEASON_DATES if kind in _SEASON_DATES else None
    if dates is None or older_kind not in dates:
        return False
    return (older.get("release_at_after"), older.get("confidence")) != (sent.get("release_at_after"), sent.get("confidence"))


def _rank(value: object) -> int | None:
    try:
        return Milestone(str(value)).rank
    except ValueError:  # none stated
        return None


def _past(later: object, step: object) -> bool:
    """Whether the status `later` is a step of progress past `step` (any step is past a cancellation)."""
    ahead, behind = _rank(later), _rank(step)
    return ahead is not None and (behind is None or ahead > behind)


def _first_tellings(claims: Iterable[Claim]) -> list[Claim]:
    """The claims, each story once: a copy of a headline shown (Yahoo's, MSN's) is not another source."""
    told: set[str] = set()
    kept: list[Claim] = []
    for claim in claims:
        story = claim.source.story
        if story and story in told:
            continue
        told.add(story)
        kept.append(claim)
    return kept


def claim_payload(claim: Claim) -> dict[str, Any]:
    """A claim as an announcement shows it: what was claimed, by whom, when, how sure, where."""
    return {
        "text": claim.text,
        "spoils": claim.spoils.code,
        "milestone": claim.milestone.value,
        "publisher": claim.source.publisher,
        "url": claim.source.url,
        "date": claim.date_text,
        "confidence": claim.confidence.value,
    }


TRANSITION_PREFIX = "transition:"


def transition_event_key(transition: Transition) -> str:
    return f"{TRANSITION_PREFIX}{transition.id}"


async def enqueue_to_subscriptions(
    conn: aiosqlite.Connection,
    *,
    event_key: str,
    kind: str,
    payload: dict[str, Any],
    now: dt.datetime,
    confidence: Confidence | None = None,
    guild_id: int | None = None,
    subscriptions: Iterable[Subscription] | None = None,
) -> int:
    """One row per enabled subscription (of `guild_id` if given) whose level admits `confidence`."""
    subs = (
        list(subscriptions)
        if subscriptions is not None
        else await subscriptions_db.list_subscriptions(conn, guild_id=guild_id)
    )
    added = 0
    for sub in subs:
        if not sub.enabled:
            continue
        if confidence is not None and not level_admits(sub.level, confidence):
            continue
        body = dict(payload, role_id=sub.role_id, level=sub.level, pings=sub.pings)
        if await _enqueue_to_subscription(conn, sub, event_key=event_key, kind=kind, payload=body, now=now):
            added += 1
    return added


async def _enqueue_to_subscription(
    conn: aiosqlite.Connection,
    sub: Subscription,
    *,
    event_key: str,
    kind: str,
    payload: dict[str, Any],
    now: dt.datetime,
) -> bool:
    return await enqueue_one(
        conn, event_key=event_key, target=channel_target(sub.channel_id), kind=kind, payload=payload,
        now=now, subscription_id=sub.id, guild_id=sub.guild_id,
    )


async def enqueue(conn: aiosqlite.Connection, transition: Transition, now: dt.datetime) -> int:
    """Queue the announcement of `transition` for every subscription that wants it.

    Call inside the transaction that records the transition (tracking's ingest).
    Returns the number of rows added (0 when this transition was queued before).
    """
    return await enqueue_to_subscriptions(
        conn,
        event_key=transition_event_key(transition),
        kind="announcement",
        payload=transition_payload(transition),
        now=now,
        confidence=transition.confidence,
    )


async def repeat_part_date(conn: aiosqlite.Connection, sub: Subscription, part_at: dt.datetime, now: dt.datetime) -> int:
    """A channel set up while Part 2 is dated and still to come learns that date once: the post that gave it (the
    same post, so never twice), no older news; none when no post gave `part_at` (rehearse60: a channel set up
    mid-week heard nothing of Part 2 until its countdown). No channel took that post when it came (none was set up
    yet, rehearse67): the announcement the transition that dated it would have made (a baseline one made none)."""
    row = await outbox_db.newest_announcement(conn, "part_dated")
    if row is not None and (payload := loads(row.payload)).get("release_at_after") == _iso(part_at):
        key, level = row.event_key, Confidence(payload["confidence"])
    else:
        given = next((entry.transition for entry in reversed(await transitions_db.load_history(conn))
                      if entry.transition.kind == "part_dated" and not entry.baseline), None)
        if given is None or given.release_at_after != part_at:
            return 0
        payload, key, level = transition_payload(given), transition_event_key(given), given.confidence
    return await enqueue_to_subscriptions(
        conn, event_key=key, kind="announcement", payload=payload, now=now, confidence=level, subscriptions=[sub],
    )


#: At most this many rumours are posted to one channel in any 24 hours (counted in the outbox, so a
#: restart does not reset it): a week of fan gossip in one feed is never a wall of posts. What is left
#: out is still listed as a rumour in /season2 status.
RUMOURS_PER_DAY = 3
RUMOUR_PREFIX = "rumour:"
_DATED = (Milestone.RELEASE_DATE_ANNOUNCED, Milestone.RELEASE_DATE_CHANGED, Milestone.DELAYED, Milestone.RELEASED)


def rumoured(claim: Claim) -> str:
    """What a claim says, as one piece of information: the day it gives season 2 (any time that day,
    whether announced, moved or delayed to it, on Netflix Korea's calendar), else the window it names, else its
    milestone. Two claims saying the same thing (the next poll, another feed, other words) are the same rumour."""
    if claim.release_at is not None and claim.milestone in _DATED:
        return f"date:{claim.release_at.astimezone(KST).date().isoformat()}"
    if claim.release_window:
        return "window:" + " ".join(claim.release_window.casefold().split())
    return f"milestone:{claim.milestone.value}"


def _already_known(status: Status) -> set[str]:
    """What the status already says (official or reported): a rumour repeating it is no news."""
    known: set[str] = set()
    if status.release_at is not None:
        known.add(f"date:{status.release_at.astimezone(KST).date().isoformat()}")
    if status.window:
        known.add("window:" + " ".join(status.window.casefold().split()))
    if status.milestone is not None:
        reached = status.milestone.rank
        known.update(f"milestone:{m.value}" for m in Milestone
                     if m is status.milestone or (reached is not None and m.is_progress and (m.rank or 0) <= reached))
    if status.delayed:
        known.add(f"milestone:{Milestone.DELAYED.value}")
    return known


def news_rumours(stored: Iterable[Claim], added: Iterable[Claim], status: Status) -> dict[str, list[Claim]]:
    """The rumours among `added` worth posting, by what they say (`rumoured`), in the order heard:
    standing after corrections and denials (`status.rumours`); not heard before (a stored rumour
    saying the same was posted, or left out, then: the outbox's rows are pruned, the claims are not);
    not what an official or reported claim already says, nor what the status stands at, nor when season 2
    comes out once it is out (cogs/season2/render.py lists those as settled by the release)."""
    fresh = {c.id for c in added if c.confidence is Confidence.RUMOUR}
    every = [*stored, *added]
    heard = {rumoured(c) for c in stored if c.confidence is Confidence.RUMOUR}
    backed = {rumoured(c) for c in every if c.confidence is not Confidence.RUMOUR and c.standing is Standing.STANDING}
    skip = heard | backed | _already_known(status)
    # once season 2 is out, a guess at when it comes out (a day, a window, a delay) is settled, never news
    out = status.milestone is Milestone.RELEASED
    found: dict[str, list[Claim]] = {}
    for claim in status.rumours:
        what = rumoured(claim)
        if out and (claim.milestone in _DATED or claim.milestone is Milestone.RELEASE_WINDOW):
            continue
        if claim.milestone is Milestone.PART_DATED:  # a rumoured Part 2 day never posts
            continue
        if claim.id in fresh and not claim.id.endswith(DENIAL_MARK) and what not in skip:  # a denial tells no day
            found.setdefault(what, []).append(claim)
    return found


def rumour_payload(what: str, claims: Sequence[Claim]) -> dict[str, Any]:
    """A rumour as a post shows it: what is rumoured (a day, a window or a milestone, never as news of
    it), and each telling with its source and link. It never pings: a rumour is not news."""
    first = claims[0]
    return {
        "type": "rumour",
        "kind": "rumour",
        "rumoured": what,
        "milestone": first.milestone.value,
        "release_at": _iso(first.release_at) if what.startswith("date:") else None,
        **({"window": first.release_window} if what.startswith("window:") else {}),
        "at": _iso(first.when),
        "confidence": Confidence.RUMOUR.value,
        "sources": [claim_payload(claim) for claim in _first_tellings(claims)],
    }


async def enqueue_rumours(
    conn: aiosqlite.Connection, stored: Sequence[Claim], added: Sequence[Claim], status: Status, now: dt.datetime
) -> int:
    """Queue each new rumour (news_rumours) once per channel at level `all`, keyed by what it says
    (`rumour:<what>`), at most RUMOURS_PER_DAY per channel a day. Never a transition: the status
    and the reminders do not move. Call inside the ingest's transaction. Returns the rows added."""
    found = news_rumours(stored, added, status)
    if not found:
        return 0
    added_rows = 0
    for sub in await subscriptions_db.list_subscriptions(conn):
        if not sub.enabled or sub.level != "all":
            continue
        target = channel_target(sub.channel_id)
        room = RUMOURS_PER_DAY - await outbox_db.count_recent(
            conn, target, RUMOUR_PREFIX, now - dt.timedelta(days=1))
        for what, claims in found.items():
            if room <= 0:
                break
            body = dict(rumour_payload(what, claims), role_id=None, level=sub.level)
            if await _enqueue_to_subscription(
                conn, sub, event_key=RUMOUR_PREFIX + what, kind="announcement", payload=body, now=now
            ):
                added_rows += 1
                room -= 1
    return added_rows


#: Why a subscription stopped when its channel or thread is gone (the list shows "off (channel deleted)").
CHANNEL_DELETED = "channel deleted"


async def enqueue_subscription_off(
    conn: aiosqlite.Connection, sub: Subscription, *, reason: str, now: dt.datetime,
    missing: Iterable[str] = (), channel_name: str | None = None, row_id: int | None = None,
) -> bool:
    """Tell the moderator who set `sub` up (by DM, else where notices go) that its announcements stopped.
    A deleted channel is told once per subscription, whether the deletion was seen as it happened or
    by a post's 404 after a restart, and however many posts were waiting (one key); a lost
    permission once per refused post that turned it off (`row_id`: it may be turned on and lost again)."""
    key = f"subscription-deleted:{sub.id}" if reason == CHANNEL_DELETED else f"subscription-disabled:{sub.id}:{row_id}"
    payload: dict[str, Any] = {
        "type": "subscription_disabled", "channel_id": sub.channel_id, "reason": reason, "missing": list(missing),
        "moderator_id": sub.created_by, "at": _iso(now),
    }
    # the name the deletion event gave, else the one last seen (deleted while I was offline, no event did)
    if channel_name := channel_name or sub.channel_name:
        payload["channel_name"] = channel_name
    return await enqueue_notice(conn, guild_id=sub.guild_id, event_key=key, payload=payload, now=now)


async def enqueue_test(
    conn: aiosqlite.Connection, *, guild_id: int, token: str, requested_by: int, now: dt.datetime
) -> int:
    """A test post to each of the guild's enabled subscriptions (token makes each test distinct)."""
    return await enqueue_to_subscriptions(
        conn,
        event_key=f"test:{guild_id}:{token}",
        kind="test",
        payload={"type": "test", "requested_by": requested_by, "at": _iso(now)},
        now=now,
        guild_id=guild_id,
    )


def source_alert_key(kind: Literal["down", "up"], source_id: str, opened_at: dt.datetime) -> str:
    return f"source-{kind}:{source_id}:{times.encode(opened_at)}"


def source_alert_payload(event: CircuitEvent) -> dict[str, Any]:
    return {
        "type": "source_down" if event.kind == "opened" else "source_up",
        "source_id": event.source_id,
        "source_kind": event.source_kind,
        "base_url": event.base_url,
        "opened_at": _iso(event.opened_at),
        "at": _iso(event.at),
        "failures": event.failures,
        "last_error": event.last_error,
        "last_success_at": _iso(event.last_success_at),
    }


def _first_per_guild(subs: Iterable[Subscription]) -> dict[int, Subscription]:
    """Each guild's first enabled subscription (lowest id): where its source alerts go."""
    chosen: dict[int, Subscription] = {}
    for sub in sorted(subs, key=lambda s: s.id):
        if sub.enabled:
            chosen.setdefault(sub.guild_id, sub)
    return chosen


async def enqueue_source_alert(conn: aiosqlite.Connection, event: CircuitEvent, now: dt.datetime) -> int:
    """Queue one warning per server with a season-2 subscription that a source is down (opened),
    or one 'back' notice per server that was warned (closed). Returns the rows added."""
    down_key = source_alert_key("down", event.source_id, event.opened_at)
    chosen = _first_per_guild(await subscriptions_db.list_subscriptions(conn))
    if event.kind == "opened":
        event_key = down_key
    else:
        event_key = source_alert_key("up", event.source_id, event.opened_at)
        warned = {row.guild_id for row in await outbox_db.outbox_rows(conn, event_key=down_key)}
        chosen = {guild: sub for guild, sub in chosen.items() if guild in warned}
    payload = source_alert_payload(event)
    added = 0
    for guild_id, sub in chosen.items():
        told = {**payload, "moderator_id": sub.created_by}
        if await enqueue_notice(conn, guild_id=guild_id, event_key=event_key, payload=told, now=now):
            added += 1
    return added


def _status_payload(status: Status) -> dict[str, Any]:
    return {
        "milestone": None if status.milestone is None else status.milestone.value,
        "release_at": _iso(status.release_at),
        "delayed": status.delayed,
        **({"window": status.window} if status.window else {}),
    }


async def enqueue_correction(
    conn: aiosqlite.Connection,
    claim: Claim,
    announced: list[str],
    status: Status,
    *,
    now: dt.datetime,
    key: str,
) -> int:
    """After a retracted report: one correction per channel that an announcement citing it reached
    (or is reaching); announcements not sent yet are skipped instead. Call inside the retraction's
    transaction. `key` names the report (its id and when it was made), so each retraction corrects
    once. A correction is a notice (it never pings). Returns the rows added."""
    reached: dict[str, OutboxEntry] = {}
    for transition_id in announced:
        event_key = f"transition:{transition_id}"
        await outbox_db.skip_open_rows(conn, "the report it cited was retracted", event_prefix=event_key)
        # and never re-sent where a refusal kept it back (a channel set again after it: service.subscribe)
        await outbox_db.retire_refused(conn, "the report it cited was retracted", event_prefix=event_key)
        for row in await outbox_db.outbox_rows(conn, event_key=event_key):
            if row.state in ("sent", "sending") and row.kind == "announcement":
                reached.setdefault(row.target, row)
    payload = {
        "type": "correction",
        "retracted": claim_payload(claim),
        "announced": announced,
        "status": _status_payload(status),
        "at": _iso(now),
    }
    added = 0
    for target, row in reached.items():
        if await enqueue_one(
            conn, event_key=f"correction:{key}", target=target, kind="notice", payload=payload, now=now,
            subscription_id=row.subscription_id, guild_id=row.guild_id,
        ):
            added += 1
    return added
