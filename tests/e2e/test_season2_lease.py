"""Two running copies of hyosan on one database and one Discord: only the owner answers (bot/ownership.py),
only the lease holder posts."""

from __future__ import annotations

import asyncio
import datetime as dt
from pathlib import Path

from bot.app import create_bot
from bot.clock import ManualClock
from bot.harness import Harness
from bot.scheduling import Scheduler
from db import Database
from db import outbox as outbox_db

START = dt.datetime(2026, 3, 1, 12, 0, tzinfo=dt.UTC)


async def test_two_copies_share_one_lease_and_post_once(tmp_path: Path) -> None:
    clock = ManualClock(START)
    async with Harness.start(tmp_path, clock=clock) as h:
        second_db = await Database.open(h.db_path)
        second = create_bot(h.settings, second_db, Scheduler(clock), clock, guild_ready_timeout=0.05)
        assert h.settings.token is not None
        await second.login(h.settings.token)
        task = asyncio.create_task(second.connect(reconnect=True))
        try:
            await asyncio.wait_for(second.wait_until_ready(), 15)
            channel = h.channels["announcements"]
            await h.discord.invoke(h.moderator, h.general, "season2set", "announce", "set", channel=channel)
            await h.discord.invoke(
                h.moderator, h.general, "season2set", "report", milestone="teaser",
                source_url="https://www.netflix.com/tudum/x", date="2026-02-28", official=True,
            )
            await h.discord.wait_for_message(channel, lambda m: "Teaser" in m.text, timeout=8)
            for _ in range(3):  # both copies tick again
                await h.bot.scheduler.run_now()
                await second.scheduler.run_now()
            posts = [r for r in h.discord.requests if r.method == "POST" and r.path == f"/channels/{channel.id}/messages"]
            assert len(posts) == 1  # one send attempted, not a second one hidden by the nonce
            async with h.db.read() as conn:
                lease = await outbox_db.get_lease(conn, "season2-dispatch")
            assert lease is not None
        finally:
            await second.close()
            task.cancel()
            await asyncio.gather(task, return_exceptions=True)
            await second_db.close()
