"""Season-2 subscriptions (db/season2/subscriptions.py) on a real SQLite file."""

from __future__ import annotations

import datetime as dt

from db.connection import Database
from db.season2 import subscriptions as subscriptions_db

T0 = dt.datetime(2026, 3, 1, 12, 0, tzinfo=dt.UTC)



async def test_subscribing_again_re_enables_and_updates(db: Database) -> None:
    async with db.transaction() as conn:
        sub = await subscriptions_db.upsert_subscription(
            conn, guild_id=1, channel_id=5, role_id=None, level="official", created_by=7, now=T0
        )
        await subscriptions_db.disable_subscription(conn, sub.id, "missing permissions", T0)
        again = await subscriptions_db.upsert_subscription(
            conn, guild_id=1, channel_id=5, role_id=8, level="all", created_by=7, now=T0
        )
    assert (again.id, again.enabled, again.role_id, again.level, again.disabled_reason) == (sub.id, True, 8, "all", None)




async def test_the_fans_who_opted_in_before_a_moment_are_read_alone(db: Database) -> None:
    async with db.transaction() as conn:
        await subscriptions_db.add_optin(conn, 1, None, T0)
        await subscriptions_db.add_optin(conn, 2, None, T0 + dt.timedelta(days=1))
        assert await subscriptions_db.list_optins(conn) == [1, 2]
        assert await subscriptions_db.list_optins(conn, before=T0 + dt.timedelta(hours=1)) == [1]


async def test_a_channels_name_is_kept_and_only_a_new_one_replaces_it(db: Database) -> None:
    async with db.transaction() as conn:
        sub = await subscriptions_db.upsert_subscription(
            conn, guild_id=1, channel_id=5, role_id=None, level="official", created_by=7, now=T0, channel_name="news"
        )
        assert sub.channel_name == "news"
        assert await subscriptions_db.note_channel_names(conn, {5: "s2-news", 6: "not subscribed"}) == 1
        assert await subscriptions_db.note_channel_names(conn, {5: "s2-news"}) == 0  # nothing new
        again = await subscriptions_db.upsert_subscription(  # set again with no name: the kept one stays
            conn, guild_id=1, channel_id=5, role_id=None, level="all", created_by=7, now=T0
        )
        assert again.channel_name == "s2-news"
        assert await subscriptions_db.get_subscription_by_channel(conn, 6) is None
