"""The outbox: fan-out by subscription level, one row per event and target, deterministic nonces."""

from __future__ import annotations

import datetime as dt

from bot.outbox import loads, nonce_for
from bot.season2.delivery import posts
from bot.season2.model import Confidence, Milestone
from db import outbox as outbox_db
from db.connection import Database
from db.season2 import subscriptions as subscriptions_db
from db.season2 import transitions as transitions_db
from tests.season2.delivery.helpers import T0, subscribe, transition


def test_nonce_is_deterministic_and_fits_discord() -> None:
    first = nonce_for("transition:t_1", "channel:5")
    assert first == nonce_for("transition:t_1", "channel:5")
    assert first != nonce_for("transition:t_1", "channel:6")
    assert len(first) <= 25


def test_levels_admit_confidence() -> None:
    assert posts.level_admits("official", Confidence.OFFICIAL)
    assert not posts.level_admits("official", Confidence.REPORTED)
    assert posts.level_admits("reported", Confidence.REPORTED)
    assert not posts.level_admits("reported", Confidence.RUMOUR)
    assert posts.level_admits("all", Confidence.RUMOUR)


async def test_enqueue_fans_out_to_subscriptions_whose_level_admits_it(db: Database) -> None:
    await subscribe(db, [10], level="official")
    await subscribe(db, [11], level="reported")
    await subscribe(db, [12], level="all")
    async with db.transaction() as conn:
        added = await posts.enqueue(conn, transition(confidence=Confidence.REPORTED), T0)
        rows = await outbox_db.outbox_rows(conn)
    assert added == 2
    assert sorted(r.target for r in rows) == ["channel:11", "channel:12"]


async def test_enqueueing_the_same_transition_twice_queues_it_once(db: Database) -> None:
    await subscribe(db, [10, 11])
    change = transition()
    async with db.transaction() as conn:
        assert await posts.enqueue(conn, change, T0) == 2
    async with db.transaction() as conn:
        assert await posts.enqueue(conn, change, T0) == 0
        assert len(await outbox_db.outbox_rows(conn)) == 2


async def test_disabled_subscriptions_get_nothing(db: Database) -> None:
    (sub,) = await subscribe(db, [10])
    async with db.transaction() as conn:
        await subscriptions_db.disable_subscription(conn, sub.id, "missing permissions", T0)
        assert await posts.enqueue(conn, transition(), T0) == 0


async def test_rows_roll_back_with_the_status_change(db: Database) -> None:
    await subscribe(db, [10])
    try:
        async with db.transaction() as conn:
            await posts.enqueue(conn, transition(), T0)
            raise RuntimeError("the status change failed")
    except RuntimeError:
        pass
    async with db.read() as conn:
        assert await outbox_db.outbox_rows(conn) == []


async def test_payload_names_the_change_its_sources_and_the_role(db: Database) -> None:
    await subscribe(db, [10], role_id=77)
    async with db.transaction() as conn:
        await posts.enqueue(conn, transition(), T0)
        (row,) = await outbox_db.outbox_rows(conn)
    payload = loads(row.payload)
    assert payload["to_milestone"] == "filming_wrapped"
    assert payload["from_milestone"] == "filming"
    assert payload["role_id"] == 77
    assert payload["sources"][0]["publisher"] == "Netflix"
    assert row.nonce == nonce_for(row.event_key, row.target)


async def test_a_channel_turned_on_again_after_a_refusal_gets_back_only_the_news_it_missed(db: Database) -> None:
    """`/season2set announce set` again after the fix a refusal told of: the announcements refused there (403)
    or skipped when that turned it off come back, once, pinging the role set now; a countdown whose moment
    passed, a rumour, news from before `since`, news whose report was retracted since, and what a moderator's
    own "off" skipped stay as they were."""
    (sub,) = await subscribe(db, [10], role_id=5)
    rows = [  # event, kind, final state, why, created
        ("transition:refused", "announcement", "failed", "403 50013 missing permissions: Send Messages", T0),
        ("transition:behind", "announcement", "skipped", "subscription disabled: missing permissions", T0),
        ("reminder:30d", "reminder", "skipped", "subscription disabled: missing permissions", T0),
        ("transition:old", "announcement", "failed", "403 50013 missing permissions", T0 - dt.timedelta(days=9)),
        ("transition:off", "announcement", "skipped", "announcements turned off", T0),
        ("transition:gone", "announcement", "failed", "404 10003 unknown channel", T0),
        ("transition:retracted", "announcement", "failed", "403 50013 missing permissions", T0),
        ("rumour:march", "announcement", "failed", "403 50013 missing permissions", T0),
    ]
    async with db.transaction() as conn:
        for key, kind, state, why, created in rows:
            await outbox_db.insert_outbox(conn, event_key=key, target="channel:10", kind=kind, nonce=key[-8:],
                                          payload='{"role_id": 5}', now=created, subscription_id=sub.id, guild_id=1)
            (row,) = await outbox_db.outbox_rows(conn, event_key=key)
            await outbox_db.mark_final(conn, row.id, state, why)
        assert await outbox_db.retire_refused(conn, "the report it cited was retracted", event_prefix="transition:retracted") == 1
        reopened = await outbox_db.reopen_refused(
            conn, sub.id, T0 - dt.timedelta(days=7), T0, role_id=None, pings="changes", admitted=["official"]
        )
        pending = {r.event_key: r for r in await outbox_db.outbox_rows(conn, state="pending")}
    assert reopened == 2
    assert sorted(pending) == ["transition:behind", "transition:refused"]
    assert all(loads(r.payload)["role_id"] is None for r in pending.values())  # the role deleted meanwhile


async def test_a_date_moved_while_a_channel_was_off_is_never_posted_late_as_news(db: Database) -> None:
    """A channel refused the official date, then turned off, never got the official move that followed: set
    again, it is not sent the old date as news (a later rumour its level does not take overtakes nothing)."""
    (sub,) = await subscribe(db, [10], role_id=5)
    march = transition("date", Milestone.RELEASE_DATE_ANNOUNCED, None, release_after=T0 + dt.timedelta(days=30))
    april = transition("date", Milestone.RELEASE_DATE_CHANGED, Milestone.RELEASE_DATE_ANNOUNCED,
                       release_before=march.release_at_after, release_after=T0 + dt.timedelta(days=60))
    async with db.transaction() as conn:
        await transitions_db.insert_transition(conn, march, baseline=False, recorded_at=T0)
        await posts.enqueue(conn, march, T0)
        (row,) = await outbox_db.outbox_rows(conn)
        await outbox_db.mark_final(conn, row.id, "failed", "403 50013 missing permissions: Send Messages")
        await subscriptions_db.disable_subscription(conn, sub.id, "missing permissions: Send Messages", T0)
        rumour = transition("date", Milestone.RELEASE_DATE_CHANGED, Milestone.RELEASE_DATE_ANNOUNCED,
                            confidence=Confidence.RUMOUR, release_after=T0 + dt.timedelta(days=90))
        await transitions_db.insert_transition(conn, rumour, baseline=False, recorded_at=T0)
        kept_back = dict(role_id=5, pings="changes", admitted=["official"])
        assert await outbox_db.reopen_refused(conn, sub.id, T0 - dt.timedelta(days=7), T0, **kept_back) == 1
        await outbox_db.mark_final(conn, row.id, "failed", "403 50013 missing permissions: Send Messages")
        assert await posts.enqueue(conn, april, T0) == 0  # the channel is off: it never hears of April
        await transitions_db.insert_transition(conn, april, baseline=False, recorded_at=T0)
        assert await outbox_db.reopen_refused(conn, sub.id, T0 - dt.timedelta(days=7), T0, **kept_back) == 0
