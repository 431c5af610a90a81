"""Countdown reminders: scheduled from the release date, moved or cancelled with it, sent late only
while meaningful, and queued through the outbox once per target."""

from __future__ import annotations

import datetime as dt
import json

import pytest

from bot.clock import ManualClock
from bot.season2.delivery import reminders
from bot.season2.delivery.reminders import DAY, HOUR, Reminders, grace_for
from bot.season2.model import Status
from bot.season2.model.delivery import OutboxEntry
from bot.season2.offsets import parse_offsets
from bot.show import EpisodeInfo
from db import outbox as outbox_db
from db import show as show_db
from db.connection import Database
from db.season2 import reminders as reminders_db
from db.season2 import subscriptions as subscriptions_db
from tests.season2.delivery.helpers import T0, subscribe

RELEASE = T0 + dt.timedelta(days=40)


async def _set_date(db: Database, clock: ManualClock, release: dt.datetime | None, backed: str = "official") -> None:
    async with db.transaction() as conn:
        await reminders.sync(conn, release, backed, clock.now(), timed=True)


def _dated(release: dt.datetime) -> Status:
    """A status whose release is `release`, with its hour, officially (and no Part 2 day)."""
    return Status(milestone=None, since=None, release_at=release, release_timed=True)


async def _schedule(db: Database) -> dict[tuple[dt.datetime, int], str]:
    async with db.read() as conn:
        return {(r.release_at, r.offset_s): r.state for r in await reminders_db.list_reminders(conn)}


async def _reminder_rows(db: Database) -> list[OutboxEntry]:
    async with db.read() as conn:
        return [r for r in await outbox_db.outbox_rows(conn) if r.kind == "reminder"]


def test_grace_matches_the_promise() -> None:
    assert grace_for(HOUR) == dt.timedelta(minutes=30)
    assert grace_for(DAY) == dt.timedelta(hours=6)
    assert grace_for(7 * DAY) == dt.timedelta(days=1)
    assert grace_for(0) == dt.timedelta(hours=6)


def test_a_bare_days_countdown_is_over_only_after_its_pacific_midnight_moment() -> None:
    # a bare day is out at midnight Pacific (07:00 UTC in April), so its "1h to go" is due at 06:00 UTC
    payload = {"type": "reminder", "release_at": "2026-04-03T00:00:00+00:00", "release_timed": False, "offset_s": HOUR}
    assert not reminders.too_late_to_post(payload, dt.datetime(2026, 4, 3, 6, 0, tzinfo=dt.UTC))
    assert reminders.too_late_to_post(payload, dt.datetime(2026, 4, 3, 7, 30, tzinfo=dt.UTC))


async def test_a_known_date_schedules_the_default_offsets(db: Database) -> None:
    clock = ManualClock(T0)
    await _set_date(db, clock, RELEASE)
    assert await _schedule(db) == {(RELEASE, o): "scheduled" for o in reminders.DEFAULT_OFFSETS}


async def test_offsets_already_past_are_not_scheduled(db: Database) -> None:
    clock = ManualClock(T0)
    release = T0 + dt.timedelta(days=3)
    await _set_date(db, clock, release)
    schedule = await _schedule(db)
    assert schedule[(release, 30 * DAY)] == "skipped"
    assert schedule[(release, DAY)] == "scheduled"


async def test_a_due_reminder_is_queued_for_channels_and_opted_in_fans(db: Database) -> None:
    clock = ManualClock(T0)
    await subscribe(db, [100, 101])
    async with db.transaction() as conn:
        await subscriptions_db.add_optin(conn, 555, 1, T0)
    await _set_date(db, clock, RELEASE)
    clock.set(RELEASE - dt.timedelta(days=30))
    assert await Reminders(db, clock).tick() == 3
    rows = await _reminder_rows(db)
    assert sorted(r.target for r in rows) == ["channel:100", "channel:101", "dm:555"]
    assert {r.event_key for r in rows} == {reminders.reminder_event_key(RELEASE, 30 * DAY)}


async def test_a_reminder_fires_once_however_often_the_clock_ticks(db: Database) -> None:
    clock = ManualClock(T0)
    await subscribe(db, [100])
    await _set_date(db, clock, RELEASE)
    clock.set(RELEASE - dt.timedelta(days=7))
    service = Reminders(db, clock)
    await service.tick()
    await service.tick()
    clock.advance(dt.timedelta(minutes=5))
    await service.tick()
    assert len(await _reminder_rows(db)) == 1


async def test_an_hour_reminder_found_20_minutes_late_is_sent(db: Database) -> None:
    clock = ManualClock(T0)
    await subscribe(db, [100])
    await _set_date(db, clock, RELEASE)
    async with db.transaction() as conn:  # the earlier ones went out on time
        for row in await reminders_db.list_reminders(conn):
            if row.offset_s > HOUR:
                await reminders_db.set_reminder_state(conn, row.id, "fired", None, T0)
    clock.set(RELEASE - dt.timedelta(minutes=40))
    assert await Reminders(db, clock).tick() == 1


async def test_a_day_reminder_seven_hours_late_is_skipped_and_logged(
    db: Database, caplog: pytest.LogCaptureFixture
) -> None:
    clock = ManualClock(T0)
    await subscribe(db, [100])
    await _set_date(db, clock, RELEASE)
    async with db.transaction() as conn:
        for row in await reminders_db.list_reminders(conn):
            if row.offset_s > DAY:
                await reminders_db.set_reminder_state(conn, row.id, "fired", None, T0)
    clock.set(RELEASE - dt.timedelta(hours=17))
    with caplog.at_level("INFO", logger="bot.season2.delivery.reminders"):
        assert await Reminders(db, clock).tick() == 0
    assert (await _schedule(db))[(RELEASE, DAY)] == "skipped"
    assert "skipped season-2 reminder 1d" in caplog.text


async def test_after_a_long_outage_only_the_latest_meaningful_reminder_is_sent(db: Database) -> None:
    clock = ManualClock(T0)
    await subscribe(db, [100])
    await _set_date(db, clock, RELEASE)
    clock.set(RELEASE - dt.timedelta(minutes=50))  # the clock jumps over 30d, 7d, 1d and 1h
    assert await Reminders(db, clock).tick() == 1
    (row,) = await _reminder_rows(db)
    assert row.event_key == reminders.reminder_event_key(RELEASE, HOUR)
    schedule = await _schedule(db)
    assert [schedule[(RELEASE, o)] for o in reminders.DEFAULT_OFFSETS] == [
        "skipped", "skipped", "skipped", "fired", "scheduled"
    ]


async def test_the_date_changing_twice_moves_reminders_without_duplicates(db: Database) -> None:
    clock = ManualClock(T0)
    await subscribe(db, [100])
    first, second, third = RELEASE, RELEASE + dt.timedelta(days=20), RELEASE + dt.timedelta(days=45)
    await _set_date(db, clock, first)
    clock.set(first - dt.timedelta(days=30))
    await Reminders(db, clock).tick()  # the 30-day reminder for the first date went out
    await _set_date(db, clock, second)
    await _set_date(db, clock, third)
    schedule = await _schedule(db)
    assert {k: v for k, v in schedule.items() if k[0] == first and v != "fired"} == {
        (first, o): "cancelled" for o in reminders.DEFAULT_OFFSETS if o != 30 * DAY
    }
    assert {v for k, v in schedule.items() if k[0] == second} == {"cancelled"}
    clock.set(third - dt.timedelta(days=30))
    await Reminders(db, clock).tick()
    keys = [r.event_key for r in await _reminder_rows(db)]
    assert keys == [
        reminders.reminder_event_key(first, 30 * DAY),
        reminders.reminder_event_key(third, 30 * DAY),
    ]


async def test_unsent_reminders_of_an_old_date_are_skipped(db: Database) -> None:
    clock = ManualClock(T0)
    await subscribe(db, [100])
    await _set_date(db, clock, RELEASE)
    clock.set(RELEASE - dt.timedelta(days=7))
    await Reminders(db, clock).tick()
    await _set_date(db, clock, RELEASE + dt.timedelta(days=10))
    (row,) = await _reminder_rows(db)
    assert row.state == "skipped"


async def test_a_withdrawn_date_cancels_every_reminder(db: Database) -> None:
    clock = ManualClock(T0)
    await _set_date(db, clock, RELEASE)
    await _set_date(db, clock, None)
    assert set((await _schedule(db)).values()) == {"cancelled"}


async def test_a_guild_gets_only_its_own_offsets(db: Database) -> None:
    clock = ManualClock(T0)
    await subscribe(db, [100], guild_id=1)
    await subscribe(db, [200], guild_id=2)
    await Reminders(db, clock).set_guild_offsets(2, parse_offsets("2h"), _dated(RELEASE))
    await _set_date(db, clock, RELEASE)
    assert (await _schedule(db))[(RELEASE, 2 * HOUR)] == "scheduled"
    clock.set(RELEASE - dt.timedelta(days=30))
    await Reminders(db, clock).tick()
    clock.set(RELEASE - dt.timedelta(hours=2))
    await Reminders(db, clock).tick()
    rows = await _reminder_rows(db)
    assert [(r.target, r.event_key.rsplit(":", 1)[1]) for r in rows] == [
        ("channel:100", str(30 * DAY)),
        ("channel:200", str(2 * HOUR)),
    ]


async def test_reminders_of_a_reported_date_skip_official_only_channels(db: Database) -> None:
    clock = ManualClock(T0)
    await subscribe(db, [100], level="official")
    await subscribe(db, [101], level="reported")
    async with db.transaction() as conn:
        await reminders.sync(conn, RELEASE, "reported", clock.now(), timed=True)
    clock.set(RELEASE - dt.timedelta(days=30))
    await Reminders(db, clock).tick()
    assert [r.target for r in await _reminder_rows(db)] == ["channel:101"]


async def test_a_fired_reminder_is_not_fired_again_when_the_clock_steps_back_across_it(db: Database) -> None:
    clock = ManualClock(T0)
    await subscribe(db, [100])
    async with db.transaction() as conn:
        await subscriptions_db.set_guild_offsets(conn, 1, (60, 0), T0)
    release = T0 + dt.timedelta(minutes=10)
    await _set_date(db, clock, release)
    service = Reminders(db, clock)
    clock.set(release - dt.timedelta(seconds=59))  # the one-minute reminder is due
    await service.tick()
    clock.advance(dt.timedelta(seconds=-150))  # NTP steps the clock back past its due time
    await service.tick()
    clock.set(release - dt.timedelta(seconds=30))
    await service.tick()
    rows = await _reminder_rows(db)
    assert [r.event_key for r in rows] == [reminders.reminder_event_key(release, 60)]
    assert (await _schedule(db))[(release, 0)] == "scheduled"  # the release one still comes


async def test_part_2s_countdown_has_rows_and_posts_of_its_own_and_moves_alone(db: Database) -> None:
    clock = ManualClock(T0)
    await subscribe(db, [100])
    part_2 = RELEASE + dt.timedelta(weeks=4)
    await _set_date(db, clock, RELEASE)
    async with db.transaction() as conn:
        await reminders.sync(conn, part_2, "official", clock.now(), timed=True, part=2)
    await _set_date(db, clock, RELEASE)  # the season's own day said again leaves Part 2's countdown be
    engine = Reminders(db, clock)
    clock.set(part_2 - dt.timedelta(days=7))
    await engine.tick()
    async with db.transaction() as conn:  # Part 2 moves a week: its rows follow, the season's stay
        await reminders.sync(conn, part_2 + dt.timedelta(weeks=1), "official", clock.now(), timed=True, part=2)
    await engine.tick()
    from cogs.season2.render_posts import reminder_embed  # what the channel is shown

    (row,) = await _reminder_rows(db)
    assert row.event_key == reminders.reminder_event_key(part_2, 7 * DAY, part=2) and row.event_key.startswith("reminder:part2:")
    assert reminder_embed(json.loads(row.payload)).title == "Season 2's Part 2 countdown: 7d to go"
    schedule = await _schedule(db)
    assert schedule[(part_2, DAY)] == "cancelled" and schedule[(part_2 + dt.timedelta(weeks=1), DAY)] == "scheduled"
    await engine.rebuild(_dated(RELEASE))  # a start whose status has no Part 2 day any more
    schedule = await _schedule(db)
    assert schedule[(part_2 + dt.timedelta(weeks=1), DAY)] == "cancelled" and schedule[(RELEASE, DAY)] != "cancelled"


async def test_a_part_2_day_tvmaze_alone_listed_counts_down_in_channels_once_netflix_gives_that_day(db: Database) -> None:
    """review68a: TVmaze's day alone counts down by DM only (sync_part_2); the same day standing reaches channels (fix114:
    the 7-day step, fired to DMs alone the minute before Netflix's word, too, within its grace)."""
    clock = ManualClock(T0)
    await subscribe(db, [100], level="reported")
    part_2 = RELEASE + dt.timedelta(weeks=4)
    async with db.transaction() as conn:
        await reminders.sync(conn, part_2, "reported", clock.now(), timed=True, part=2, channels=False)
    engine = Reminders(db, clock)
    clock.set(part_2 - dt.timedelta(days=7))
    await engine.tick()
    assert await _reminder_rows(db) == []
    async with db.transaction() as conn:  # Netflix dates Part 2 on that very moment
        await reminders.sync(conn, part_2, "official", clock.now(), timed=True, part=2)
    clock.set(part_2 - dt.timedelta(days=1))
    await engine.tick()
    from cogs.season2.render_posts import reminder_embed  # what the channel is shown

    titles = [reminder_embed(json.loads(row.payload)).title for row in await _reminder_rows(db)]
    assert titles == [f"Season 2's Part 2 countdown: {n} to go" for n in ("7d", "1d")], titles


async def _part_2_week_countdown_queued(db: Database) -> tuple[ManualClock, dt.datetime]:
    """Channel 100 (taking reported news) and fan 7 (by DM) each with the 7-day countdown to Netflix's Part 2 day queued,
    not sent yet; the clock at that moment, and the day."""
    clock = ManualClock(T0)
    await subscribe(db, [100], level="reported")
    async with db.transaction() as conn:
        await subscriptions_db.add_optin(conn, 7, None, clock.now())
    part_2 = RELEASE + dt.timedelta(weeks=4)
    async with db.transaction() as conn:
        await reminders.sync(conn, part_2, "official", clock.now(), timed=True, part=2)
    clock.set(part_2 - dt.timedelta(days=7))
    await Reminders(db, clock).tick()
    return clock, part_2


async def test_a_channel_countdown_queued_for_netflixs_part_2_day_is_held_back_when_the_day_falls_to_tvmaze_alone(
        db: Database) -> None:
    """fix112: the 7-day countdown to Netflix's Part 2 day was queued for a channel (Discord slow to take it) when
    Netflix's word was withdrawn and only TVmaze still lists that day: the channel's post is held back, the fan's DM not."""
    clock, part_2 = await _part_2_week_countdown_queued(db)
    async with db.transaction() as conn:  # Netflix's headline withdrawn: the day TVmaze alone lists (sync_part_2)
        await reminders.sync(conn, part_2, "reported", clock.now(), timed=True, part=2, channels=False)
    states = {row.target: row.state for row in await _reminder_rows(db)}
    assert states == {"channel:100": "skipped", "dm:7": "pending"}, states


async def test_a_countdown_held_back_by_a_move_comes_back_to_the_fan_alone_when_the_day_returns_as_tvmazes_alone(
        db: Database) -> None:
    """fix112: Netflix moved Part 2 away (the queued countdowns held back), then withdrew the move, leaving the first day
    TVmaze's alone: the fan's DM goes out after all, the channel's stays held (that day starts no channel countdown)."""
    clock, part_2 = await _part_2_week_countdown_queued(db)
    async with db.transaction() as conn:
        await reminders.sync(conn, part_2 + dt.timedelta(weeks=1), "official", clock.now(), timed=True, part=2)
    async with db.transaction() as conn:
        await reminders.sync(conn, part_2, "reported", clock.now(), timed=True, part=2, channels=False)
    states = {row.target: row.state for row in await _reminder_rows(db)}
    assert states == {"channel:100": "skipped", "dm:7": "pending"}, states


async def test_a_held_back_channel_countdown_reopened_a_day_before_part_2_is_left_out_and_the_1d_one_goes_instead(
        db: Database) -> None:
    """fix114: the channel's 7-day countdown was held back when the day fell to TVmaze alone (fix112); Netflix confirms
    the day again an hour after the 1-day step went to the fan alone: the 7-day post comes back past its grace (the
    dispatcher leaves it out, never a stale "7d to go"), and the channel's 1-day post is queued, once, after it."""
    clock, part_2 = await _part_2_week_countdown_queued(db)
    async with db.transaction() as conn:
        await reminders.sync(conn, part_2, "reported", clock.now(), timed=True, part=2, channels=False)
    clock.set(part_2 - dt.timedelta(days=1) + dt.timedelta(hours=1))
    await Reminders(db, clock).tick()
    for _ in range(2):  # (a second poll reading the same status queues nothing more)
        async with db.transaction() as conn:
            await reminders.sync(conn, part_2, "official", clock.now(), timed=True, part=2)
    channel = [(json.loads(r.payload)["offset_s"], reminders.too_late_to_post(json.loads(r.payload), clock.now()))
               for r in await _reminder_rows(db) if r.target == "channel:100" and r.state == "pending"]
    assert channel == [(7 * DAY, True), (DAY, False)], channel
    assert sum(r.target == "dm:7" and json.loads(r.payload)["offset_s"] == DAY for r in await _reminder_rows(db)) == 1


async def test_the_season_moved_onto_a_withdrawn_part_2_moment_still_counts_down(db: Database) -> None:
    clock = ManualClock(T0)
    await subscribe(db, [100])
    part_2 = RELEASE + dt.timedelta(weeks=4)
    await _set_date(db, clock, RELEASE)
    async with db.transaction() as conn:  # Part 2 dated, then withdrawn: its rows stay, cancelled
        await reminders.sync(conn, part_2, "official", clock.now(), timed=True, part=2)
        await reminders.sync(conn, None, None, clock.now(), timed=True, part=2)
    await _set_date(db, clock, part_2)  # the season itself now comes out at that very moment
    clock.set(part_2 - dt.timedelta(days=7))
    await Reminders(db, clock).tick()
    (row,) = await _reminder_rows(db)
    assert row.event_key == reminders.reminder_event_key(part_2, 7 * DAY) and row.state == "pending"


async def test_part_2s_day_reaches_a_server_without_the_at_release_reminder_once(db: Database) -> None:
    from cogs.season2.render_posts import reminder_embed  # what the channel is shown

    clock = ManualClock(T0)
    await subscribe(db, [100], guild_id=1)
    await subscribe(db, [200], guild_id=2)
    await Reminders(db, clock).set_guild_offsets(2, parse_offsets("1d"), _dated(RELEASE))
    part_2 = RELEASE + dt.timedelta(weeks=4)
    async with db.transaction() as conn:
        await reminders.sync(conn, part_2, "official", clock.now(), timed=True, part=2)
    clock.set(part_2)
    await Reminders(db, clock).tick()
    await Reminders(db, clock).tick()
    rows = [r for r in await _reminder_rows(db) if r.event_key.startswith(("reminder:part2:", "released:part2:"))]
    assert [(r.target, r.event_key) for r in rows] == [
        ("channel:100", reminders.reminder_event_key(part_2, 0, part=2)),
        ("channel:200", reminders.release_event_key(part_2, part=2)),
    ]
    assert reminder_embed(json.loads(rows[1].payload)).title == "Season 2's Part 2 is out"


async def _leave(db: Database, clock: ManualClock, way: str, release: dt.datetime, part: int) -> None:
    """The date of `part` stops holding: moved a week later, or withdrawn (no date any more)."""
    async with db.transaction() as conn:
        await reminders.sync(conn, None if way == "withdrawn" else release + dt.timedelta(weeks=1), "official",
                             clock.now(), timed=True, part=part)


async def _return(db: Database, clock: ManualClock, way: str, release: dt.datetime, part: int) -> None:
    """The date of `part` holds again: said again by a source, or found in the stored status by a restarted bot."""
    if way == "restart" and part == 1:
        await Reminders(db, clock).rebuild(_dated(release))
    elif way == "restart":
        await Reminders(db, clock).rebuild(Status(milestone=None, since=None, release_at=RELEASE, release_timed=True,
                                                  part_at=release, part_timed=True, part_backing=("official",)))
    else:
        async with db.transaction() as conn:
            await reminders.sync(conn, release, "official", clock.now(), timed=True, part=part)


_AFTER_7D = (30 * DAY, DAY, HOUR, 0)  # back 5 days before: its "7d to go" is past its grace, never posted


@pytest.mark.parametrize(
    ("leaves", "returns", "part", "back", "told"),
    [
        # March 19, then March 26, then the correction withdrawn: March 19 stands
        ("moved", "said again", 1, dt.timedelta(days=5), _AFTER_7D),
        # no date any more, then the same date re-announced, 4 h after "7d to go" was due: it comes, late
        ("withdrawn", "said again", 1, dt.timedelta(days=7, hours=-4), (30 * DAY, 7 * DAY, DAY, HOUR, 0)),
        ("moved", "restart", 1, dt.timedelta(days=5), _AFTER_7D),  # the bot restarted after the move was withdrawn
        ("moved", "said again", 2, dt.timedelta(days=5), _AFTER_7D),  # the season dated, its Part 2 moved and back
    ],
)
async def test_a_date_that_holds_again_counts_down_again_each_reminder_once(
    db: Database, leaves: str, returns: str, part: int, back: dt.timedelta, told: tuple[int, ...]
) -> None:
    from bot.season2.delivery.dispatcher import Dispatcher
    from tests.season2.delivery.helpers import ScriptedTransport

    clock = ManualClock(T0)
    await subscribe(db, [100])
    release = RELEASE if part == 1 else RELEASE + dt.timedelta(weeks=4)
    await _set_date(db, clock, RELEASE)
    await _return(db, clock, "said again", release, part)
    transport = ScriptedTransport()
    dispatcher = Dispatcher(db, clock, transport, rate_per_second=None)

    async def at(moment: dt.datetime) -> None:
        clock.set(moment)
        await Reminders(db, clock).tick()
        await dispatcher.tick()

    await at(release - dt.timedelta(days=30))  # "30d to go" reached the channel
    clock.set(release - dt.timedelta(days=20))
    await _leave(db, clock, leaves, release, part)
    clock.set(release - back)
    await _return(db, clock, returns, release, part)
    for before in (back, dt.timedelta(days=1), dt.timedelta(hours=1), dt.timedelta(0), dt.timedelta(0)):
        await at(release - before)
    sent = [(p["release_at"], p["offset_s"]) for _, _, p in transport.sends if p.get("part", 1) == part]
    assert sent == [(release.isoformat(), offset) for offset in told]


@pytest.mark.parametrize(
    ("backed", "again", "meanwhile", "told"),
    [
        ("official", "official", "unsubscribed", ["channel:100"]),  # the channel still subscribed gets it; one turned off does not
        ("official", "official", "unsubscribed and resubscribed", ["channel:100", "channel:101"]),
        # a channel that changed its level meanwhile: its post when the new level still takes a reported day, not else
        ("reported", "reported", "set to level all", ["channel:100", "channel:101"]),
        ("reported", "reported", "set to level official", ["channel:100"]),
        # the day holds again less surely than it was counted down to: the post says how sure it is now (never
        # confirmed once only reports back it), and goes only where that is taken
        ("official", "reported", "set to level all", ["channel:101"]),
    ],
)
async def test_a_countdown_held_back_as_its_date_moved_reaches_the_channels_once_the_date_holds_again(
    db: Database, backed: str, again: str, meanwhile: str, told: list[str]
) -> None:
    from bot.season2.delivery.dispatcher import Dispatcher
    from tests.season2.delivery.helpers import ScriptedTransport

    clock = ManualClock(T0)
    subs = await subscribe(db, [100, 101], level=backed)
    await _set_date(db, clock, RELEASE, backed)
    clock.set(RELEASE - dt.timedelta(days=1))
    await Reminders(db, clock).tick()  # "1d to go" queued; Discord is busy, nothing went out yet
    clock.advance(dt.timedelta(minutes=5))
    await _leave(db, clock, "moved", RELEASE, 1)
    if meanwhile.startswith("set to level"):
        await subscribe(db, [101], level=meanwhile.rsplit(" ", 1)[1])
    else:
        async with db.transaction() as conn:
            await subscriptions_db.disable_subscription(conn, subs[1].id, "turned off by a moderator", clock.now())
    if meanwhile.endswith("resubscribed"):
        await subscribe(db, [101])
    clock.advance(dt.timedelta(minutes=5))
    await _set_date(db, clock, RELEASE, again)  # the move withdrawn: "1d to go" holds again
    transport = ScriptedTransport()
    dispatcher = Dispatcher(db, clock, transport, rate_per_second=None)
    await dispatcher.tick()
    await dispatcher.tick()
    counted = [(target, p["confidence"]) for target, _, p in transport.sends if p["offset_s"] == DAY]
    assert sorted(counted) == [(target, again) for target in told]  # the confidence its footer reads


async def _released_payload(db: Database, clock: ManualClock) -> dict[str, object]:
    """The payload of the post that season 2 is out, as the at-release reminder queues it at RELEASE."""
    clock.set(RELEASE + dt.timedelta(minutes=1))
    await Reminders(db, clock).tick()
    (row,) = [r for r in await _reminder_rows(db) if r.event_key == reminders.reminder_event_key(RELEASE, 0)]
    payload: dict[str, object] = json.loads(row.payload)
    return payload


async def _listed(db: Database, *airstamps: dt.datetime) -> None:
    """Season 2's episodes as TVmaze lists them, one per airstamp."""
    async with db.transaction() as conn:
        await show_db.replace_season(conn, 2, [EpisodeInfo(2, n, None, at) for n, at in enumerate(airstamps, 1)],
                                     source="tvmaze", now=T0)


async def test_the_release_post_of_a_season_whose_part_2_is_dated_says_when_part_2_comes_out(db: Database) -> None:
    """rehearse66: "Season 2 is out now" read as all of it while Part 2 was four weeks away."""
    clock = ManualClock(T0)
    part_2 = RELEASE + dt.timedelta(weeks=4)
    await subscribe(db, [100])
    await _listed(db, *[RELEASE] * 4, *[part_2] * 4)
    await _set_date(db, clock, RELEASE)
    async with db.transaction() as conn:
        await reminders.sync(conn, part_2, "official", clock.now(), timed=True, part=2)
    payload = await _released_payload(db, clock)
    assert payload["part_2_at"] == part_2.isoformat() and payload["part_2_confidence"] == "official"
    assert payload["episodes_out"] == [1, 4] and payload["episodes_later"] == [5, 8]


async def test_the_release_post_says_which_episodes_tvmaze_lists_later_as_its_word_alone(db: Database) -> None:
    """No Part 2 day stands (TVmaze alone lists episodes 5-8 later): the post still says only 1-4 are out."""
    clock = ManualClock(T0)
    later = RELEASE + dt.timedelta(weeks=4)
    await subscribe(db, [100])
    await _listed(db, *[RELEASE] * 4, *[later] * 4)
    await _set_date(db, clock, RELEASE)
    payload = await _released_payload(db, clock)
    assert "part_2_at" not in payload
    assert payload["next_at"] == later.isoformat() and payload["next_confidence"] == "reported"
    assert payload["episodes_out"] == [1, 4] and payload["episodes_later"] == [5, 8]


async def test_the_release_post_of_a_season_out_at_once_says_nothing_is_left_to_come(db: Database) -> None:
    clock = ManualClock(T0)
    await subscribe(db, [100])
    await _listed(db, *[RELEASE] * 8)
    await _set_date(db, clock, RELEASE)
    payload = await _released_payload(db, clock)
    assert not {"part_2_at", "next_at", "episodes_out", "episodes_later"} & set(payload)


async def test_the_post_that_part_2_is_out_names_the_episodes_it_brings(db: Database) -> None:
    """fix107: "Season 2's Part 2 is out now" said only "Released <t>.", where Part 1's post names Part 2's episodes."""
    from cogs.season2.render_posts import reminder_embed  # what the channel is shown

    clock = ManualClock(T0)
    part_2 = RELEASE + dt.timedelta(weeks=4)
    await subscribe(db, [100], guild_id=1)
    await subscribe(db, [200], guild_id=2)
    await Reminders(db, clock).set_guild_offsets(2, parse_offsets("1d"), _dated(RELEASE))
    await _listed(db, *[RELEASE] * 4, *[part_2] * 4)
    async with db.transaction() as conn:
        await reminders.sync(conn, part_2, "official", clock.now(), timed=True, part=2)
    clock.set(part_2)
    await Reminders(db, clock).tick()
    rows = [r for r in await _reminder_rows(db) if r.event_key.startswith(("reminder:part2:", "released:part2:"))]
    said = [reminder_embed(json.loads(row.payload)).description for row in rows]
    assert len(said) == 2 and all(str(text).endswith("\nPart 2 is episodes 5-8, as TVmaze lists them.") for text in said), said
