"""Season2Service (bot/season2/service.py): what a fan's /season2 remind does."""

from __future__ import annotations

import asyncio
import datetime as dt
from typing import Any

from bot.clock import ManualClock
from bot.season2.delivery.dispatcher import Dispatcher
from bot.season2.model import Milestone
from bot.season2.reports import moderator_claim
from bot.season2.service import Season2Service
from db.connection import Database
from tests.season2.delivery.helpers import T0, ScriptedTransport


async def _date_release_and_part_2(service: Season2Service) -> tuple[dt.datetime, dt.datetime]:
    """A moderator reports Netflix's official release date (T0 + 10 days) and Part 2's (T0 + 40 days), both at T0."""
    release, part_2 = T0 + dt.timedelta(days=10), T0 + dt.timedelta(days=40)
    for milestone, day in ((Milestone.RELEASE_DATE_ANNOUNCED, release), (Milestone.PART_DATED, part_2)):
        claim = moderator_claim(milestone=milestone, source_url=f"https://www.netflix.com/tudum/aouad-{milestone.value}",
                                date=T0.date(), official=True, now=T0, release_at=day)
        await service.report(claim, guild_id=1, user_id=77)
    return release, part_2


async def test_remind_without_a_choice_switches_the_fan_in_and_out(db: Database) -> None:
    clock = ManualClock(T0)
    service = Season2Service(db, clock, Dispatcher(db, clock, ScriptedTransport()))
    assert await service.toggle_optin(5, 1) is True
    assert await service.is_opted_in(5)
    assert await service.toggle_optin(5, 1) is False
    assert await service.toggle_optin(5, 1, on=False) is False
    assert await service.toggle_optin(5, 1, on=True) is True
    assert await service.is_opted_in(5)


async def test_a_second_delivery_of_the_same_press_changes_nothing(db: Database) -> None:
    """Keyed by the interaction: two copies of hyosan (or a replay) handling one press give one
    switch, and the second answer is the first one's, never its opposite."""
    clock = ManualClock(T0)
    service = Season2Service(db, clock, Dispatcher(db, clock, ScriptedTransport()))
    assert await service.toggle_optin(5, 1, key=1001) is True
    assert await service.toggle_optin(5, 1, key=1001) is True
    assert await service.is_opted_in(5)
    assert await service.toggle_optin(5, 1, key=1002) is False  # a new press switches again
    assert not await service.is_opted_in(5)


async def test_presses_handled_at_the_same_moment_end_as_the_last_answer_says(db: Database) -> None:
    clock = ManualClock(T0)
    service = Season2Service(db, clock, Dispatcher(db, clock, ScriptedTransport()))
    answers = await asyncio.gather(*(service.toggle_optin(5, 1, key=2000 + i % 6) for i in range(12)))
    assert answers[:6] == answers[6:]  # each press answered the same both times
    assert await service.is_opted_in(5) is answers[5]  # the last press's answer is the state


async def test_a_channel_set_up_in_the_week_after_part_2_came_out_is_told_once_that_it_is_out(db: Database) -> None:
    """review53d: a channel set up in the week after the release learns once that season 2 is out; after Part 2 came
    out it learnt nothing of Part 2 (only its at-release reminder ever posted it)."""
    from bot.season2.delivery.reminders import release_event_key
    from db import outbox as outbox_db

    clock = ManualClock(T0)
    service = Season2Service(db, clock, Dispatcher(db, clock, ScriptedTransport()))
    _, part_2 = await _date_release_and_part_2(service)
    clock.set(part_2 + dt.timedelta(days=2))
    await service.tracking.refresh()
    await service.reminders.tick()  # Part 2's countdown run out while no channel was set up
    assert service.status.part_at == part_2
    for _ in range(2):  # set up, then set up again: told once
        await service.subscribe(guild_id=2, channel_id=500, role_id=None, level="official", created_by=77)
    async with db.read() as conn:
        rows = await outbox_db.outbox_rows(conn, event_key=release_event_key(part_2, part=2))
    assert [row.target for row in rows] == ["channel:500"]


async def test_a_channel_set_up_while_part_2_is_dated_learns_its_date_once_and_no_older_news(db: Database) -> None:
    """rehearse60: a channel set up mid-week, Part 2 dated and to come, was told season 2 is out and nothing of Part 2
    until its countdown: it now gets the post that dated Part 2, once, and no older news (the season's own date)."""
    clock = ManualClock(T0)
    service = Season2Service(db, clock, Dispatcher(db, clock, ScriptedTransport()))
    await service.subscribe(guild_id=1, channel_id=500, role_id=None, level="official", created_by=77)
    release, part_2 = await _date_release_and_part_2(service)
    clock.set(release + dt.timedelta(days=2))
    await service.tracking.refresh()
    told = await _told_once_set_up_twice(db, service)
    assert [(news["kind"], news["release_at_after"]) for news in told] == [("part_dated", part_2.isoformat())], told


async def test_the_first_channel_set_up_after_netflix_dated_part_2_learns_its_date_before_the_countdown(db: Database) -> None:
    """rehearse67: no channel was set up when Netflix's Part 2 headline came, so no post of it was queued to repeat, and
    the first channel set up after it heard of Part 2 first from the 7-day countdown: it now gets that announcement."""
    clock = ManualClock(T0)
    service = Season2Service(db, clock, Dispatcher(db, clock, ScriptedTransport()))
    release, part_2 = await _date_release_and_part_2(service)
    clock.set(release + dt.timedelta(days=2))
    await service.tracking.refresh()
    told = await _told_once_set_up_twice(db, service)
    assert [(news["kind"], news["release_at_after"]) for news in told] == [("part_dated", part_2.isoformat())], told


async def test_a_channel_set_up_again_is_not_told_part_2s_date_twice_once_its_post_is_pruned(db: Database) -> None:
    """review60d: the first channel had Part 2's dated post when it came; set up again after that row was pruned (a later
    channel's copy of the same post still kept), it is not told again."""
    from db import outbox as outbox_db

    clock = ManualClock(T0)
    service = Season2Service(db, clock, Dispatcher(db, clock, ScriptedTransport()))
    await service.subscribe(guild_id=1, channel_id=500, role_id=None, level="official", created_by=77)
    await _date_release_and_part_2(service)
    await service.dispatcher.tick()
    await service.dispatcher.wait_idle(5)  # posted, both (a pass a kick started may still be sending)
    clock.set(T0 + dt.timedelta(days=12))
    await service.tracking.refresh()
    await service.subscribe(guild_id=2, channel_id=600, role_id=None, level="official", created_by=77)
    await service.prune(T0 + dt.timedelta(days=11))
    await service.subscribe(guild_id=1, channel_id=500, role_id=None, level="official", created_by=77, pings="all")
    async with db.read() as conn:
        told = [row for row in await outbox_db.outbox_rows(conn) if row.target == "channel:500" and row.kind == "announcement"]
    assert told == []


async def test_the_refusals_of_fifty_channels_are_read_in_one_query_each_channels_newest_post_deciding(
    db: Database,
) -> None:
    """`/season2set announce list` on a server with 50 channels turned off: each channel's recorded refusal is the
    error of its newest post when that one was refused (a post that reached it since: none), read in one query."""
    from db import outbox as outbox_db
    from tests.season2.test_tracking import Statements

    clock = ManualClock(T0)
    service = Season2Service(db, clock, Dispatcher(db, clock, ScriptedTransport()))
    channels = range(600, 650)
    async with db.transaction() as conn:
        for event in ("older", "newer"):
            for channel in channels:
                await outbox_db.insert_outbox(conn, event_key=f"{event}:{channel}", target=f"channel:{channel}",
                                              kind="announcement", nonce=f"{event}{channel}", payload="{}", now=T0)
        for row in await outbox_db.outbox_rows(conn):
            if row.event_key.startswith("newer") and row.target == "channel:649":  # reached it since: no refusal
                await outbox_db.mark_sent(conn, row.id, 1, T0)
            else:
                await outbox_db.mark_final(conn, row.id, "failed", f"403 50013 missing permissions: {row.event_key}")
    statements = Statements()
    await statements.attach(db)
    recorded = await service.refusal_recorded([*channels, 700])  # 700: never posted to
    assert recorded == {c: f"403 50013 missing permissions: newer:{c}" for c in channels if c != 649}
    assert statements.count(r"\bFROM season2_outbox\b") == 1


async def _told_once_set_up_twice(db: Database, service: Season2Service) -> list[dict[str, Any]]:
    """The announcements queued for channel 600 once it is set up, then set up again."""
    import json

    from db import outbox as outbox_db

    for _ in range(2):  # set up, then set up again: told once
        await service.subscribe(guild_id=2, channel_id=600, role_id=None, level="official", created_by=77)
    async with db.read() as conn:
        return [json.loads(row.payload) for row in await outbox_db.outbox_rows(conn)
                if row.target == "channel:600" and row.kind == "announcement"]
