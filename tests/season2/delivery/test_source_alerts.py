"""Source alerts: a circuit breaker opening (and closing) becomes one outbox row per server, once.

Circuit events from polling a local feed on a real database; the outbox rows on the real outbox
table. The Discord side is in tests/cogs/season2/test_source_alerts.py.
"""

from __future__ import annotations

import datetime as dt

from bot.clock import ManualClock
from bot.outbox import loads
from bot.sandbox.newsfeed import LocalNewsFeed
from bot.season2.delivery import posts
from bot.season2.model.delivery import OutboxEntry
from bot.season2.model.polling import CircuitEvent
from bot.season2.schedule import FAILURE_THRESHOLD
from bot.season2.sources.rss import RSSSource
from bot.season2.tracking import Tracking
from db import outbox as outbox_db
from db.connection import Database
from db.season2 import sources as sources_db
from db.season2 import subscriptions as subscriptions_db
from tests.season2.delivery.helpers import T0, subscribe

STEP = dt.timedelta(hours=3)


def _event(kind: str = "opened", opened_at: dt.datetime = T0, source_id: str = "rss:abc") -> CircuitEvent:
    return CircuitEvent(
        kind=kind,  # type: ignore[arg-type]
        source_id=source_id,
        source_kind="rss",
        base_url="http://127.0.0.1:1/feed.xml",
        opened_at=opened_at,
        at=opened_at,
        failures=5,
        last_error="not an RSS or Atom feed",
        last_success_at=None,
    )


async def _alert(db: Database, event: CircuitEvent) -> int:
    async with db.transaction() as conn:
        return await posts.enqueue_source_alert(conn, event, T0)


async def _rows(db: Database, prefix: str) -> list[OutboxEntry]:
    async with db.read() as conn:
        return [r for r in await outbox_db.outbox_rows(conn) if r.event_key.startswith(prefix)]


async def test_an_opened_circuit_queues_one_notice_per_server_for_its_moderators(db: Database) -> None:
    await subscribe(db, [101, 102], guild_id=1)
    await subscribe(db, [201], guild_id=2, level="all", role_id=7)
    assert await _alert(db, _event()) == 2
    rows = await _rows(db, "source-down:")
    # a notice for each server's moderators (never its news channel), naming who set up its first channel
    assert sorted(r.target for r in rows) == ["notice:1", "notice:2"]
    assert {r.kind for r in rows} == {"notice"}
    assert all("role_id" not in loads(r.payload) for r in rows)
    assert all(isinstance(loads(r.payload)["moderator_id"], int) for r in rows)


async def test_the_same_outage_is_queued_only_once(db: Database) -> None:
    await subscribe(db, [101], guild_id=1)
    await subscribe(db, [201], guild_id=2)
    assert await _alert(db, _event()) == 2
    assert await _alert(db, _event()) == 0
    assert len(await _rows(db, "source-down:")) == 2


async def test_a_new_outage_of_the_same_source_is_a_new_notice(db: Database) -> None:
    await subscribe(db, [101], guild_id=1)
    await _alert(db, _event())
    assert await _alert(db, _event(opened_at=T0 + dt.timedelta(days=2))) == 1


async def test_the_recovery_notice_goes_only_to_servers_that_were_warned(db: Database) -> None:
    await subscribe(db, [101], guild_id=1)
    await _alert(db, _event())
    await subscribe(db, [201], guild_id=2)  # subscribed during the outage: never warned
    assert await _alert(db, _event("closed")) == 1
    assert await _alert(db, _event("closed")) == 0
    (row,) = await _rows(db, "source-up:")
    assert row.target == "notice:1" and loads(row.payload)["type"] == "source_up"


async def test_disabled_subscriptions_get_no_source_notice(db: Database) -> None:
    (sub,) = await subscribe(db, [101], guild_id=1)
    async with db.transaction() as conn:
        await subscriptions_db.disable_subscription(conn, sub.id, "turned off", T0)
    assert await _alert(db, _event()) == 0


async def test_polling_reports_one_opening_per_outage_and_its_closing(db: Database, clock: ManualClock) -> None:
    await subscribe(db, [101], guild_id=1)
    async with LocalNewsFeed() as feed:
        feed.add_headline("Zombie films of the year, ranked", publisher="Soompi")
        source = RSSSource(feed.feed_url)
        tracking = Tracking(db, clock, sources=[source], user_agent="t")
        feed.serve_garbage("html", times=1000)
        for _ in range(9):  # opens after 5, then failed half-open trials re-open it
            await tracking.poll_due()
            clock.advance(STEP)
        assert len(await _rows(db, "source-down:")) == 1 and await _rows(db, "source-up:") == []
        feed.stop_misbehaving()
        for _ in range(2):
            await tracking.poll_due()
            clock.advance(STEP)
        await tracking.close()
    (down,) = await _rows(db, "source-down:")
    (up,) = await _rows(db, "source-up:")
    opened, closed = loads(down.payload), loads(up.payload)
    assert closed["type"] == "source_up" and closed["opened_at"] == opened["opened_at"]
    assert opened["last_error"] and opened["failures"] == FAILURE_THRESHOLD
    async with db.read() as conn:
        state = await sources_db.get_source(conn, source.source_id)
    assert state is not None and state.circuit_opened_at is None


async def test_a_feed_answering_404_is_told_to_the_servers_at_its_first_failure(db: Database, clock: ManualClock) -> None:
    await subscribe(db, [101], guild_id=1)
    async with LocalNewsFeed() as feed:
        tracking = Tracking(db, clock, sources=[RSSSource(feed.feed_url)], user_agent="t")
        feed.fail(404, times=1000)
        await tracking.poll_due()
        clock.advance(dt.timedelta(minutes=30))
        await tracking.poll_due()  # not retried blindly: the circuit waits its cooldown
        (health,) = await tracking.health()
        await tracking.close()
    (down,) = await _rows(db, "source-down:")
    assert "check the feed's address" in loads(down.payload)["last_error"]
    assert len(feed.requests) == 1 and health.state == "circuit_open"


async def test_a_feed_answering_503_is_a_blip_and_not_told_at_once(db: Database, clock: ManualClock) -> None:
    await subscribe(db, [101], guild_id=1)
    async with LocalNewsFeed() as feed:
        tracking = Tracking(db, clock, sources=[RSSSource(feed.feed_url)], user_agent="t")
        feed.fail(503, times=1)
        await tracking.poll_due()
        await tracking.close()
    assert await _rows(db, "source-down:") == []
