"""The rows of season-2 delivery: subscriptions, outbox entries, countdown reminders, leases
(db/season2 maps its rows onto these)."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass
from typing import Literal, get_args

#: Whom a subscription's posts ping (its moderator chooses at `announce set`): `changes` the news and
#: the release post, not the countdown before it (the default, and the only rule before migration
#: 025); `all` the countdown as well; `none` nothing.
Pings = Literal["changes", "all", "none"]
PINGS: tuple[Pings, ...] = get_args(Pings)
#: Why a subscription stopped when Discord refused its channel (403); the rows skipped then are
#: "subscription disabled: missing permissions" (`SKIPPED_REFUSED`), re-sent when it is set again.
MISSING_PERMISSIONS = "missing permissions"
SKIPPED_REFUSED = f"subscription disabled: {MISSING_PERMISSIONS}"


@dataclass(frozen=True)
class Subscription:
    """A channel that gets season-2 announcements (and reminders), pinging `role_id` if set for the
    posts its `pings` choice names (cogs/season2/render_posts.pings_role)."""

    id: int
    guild_id: int
    channel_id: int
    role_id: int | None
    level: str
    created_by: int
    enabled: bool
    disabled_reason: str | None
    created_at: dt.datetime
    #: the name the channel was last seen under (set up, renamed, seen at start): a deleted
    #: channel's mention shows none, so its moderator is told this one; plain text, shown escaped
    channel_name: str | None = None
    pings: Pings = "changes"

    @property
    def refused(self) -> bool:
        """Whether it is off because Discord refused its channel (fixed by permissions, then `announce set`)."""
        return not self.enabled and (self.disabled_reason or "").startswith(MISSING_PERMISSIONS)


@dataclass(frozen=True)
class OutboxEntry:
    """One message waiting in (or done with) the outbox: an event for one target.

    `target` is 'channel:<id>', 'dm:<user id>' or 'notice:<guild id>'; `state` pending, sending
    (claimed by `claimed_by`), sent, failed or skipped; `payload` the JSON the message is rendered
    from at send time; `nonce` is the same for the same event and target. `attempted_at` is when
    the latest send attempt began; a row just claimed also carries `previous_attempt_at`, when the
    attempt before this one began (None: this is the first, or it was never recorded).
    """

    id: int
    event_key: str
    target: str
    kind: str
    subscription_id: int | None
    guild_id: int | None
    state: str
    attempts: int
    next_attempt_at: dt.datetime
    nonce: str
    payload: str
    message_id: int | None
    last_error: str | None
    claimed_by: str | None
    created_at: dt.datetime
    sent_at: dt.datetime | None
    attempted_at: dt.datetime | None = None
    previous_attempt_at: dt.datetime | None = None


@dataclass(frozen=True)
class Reminder:
    """A countdown reminder `offset_s` seconds before `release_at` (scheduled, fired, skipped, cancelled)."""

    id: int
    release_at: dt.datetime
    offset_s: int
    due_at: dt.datetime
    confidence: str
    state: str
    reason: str | None
    part: int = 1  # 2: the countdown to a season's later part (Status.part_at)
    channels: bool = True  # False: to fans who asked by DM only (Part 2's day TVmaze alone lists: no day stands)

    @property
    def out_at(self) -> dt.datetime:
        """When season 2 is out by this reminder's schedule (its due time is counted back from it)."""
        return self.due_at + dt.timedelta(seconds=self.offset_s)

    @property
    def timed(self) -> bool:
        """Whether its release date came with its hour: then it is out at that very moment."""
        return self.out_at == self.release_at


@dataclass(frozen=True)
class LeaseRecord:
    """Who holds a named lease, until when."""

    name: str
    holder: str
    expires_at: dt.datetime
    acquired_at: dt.datetime
