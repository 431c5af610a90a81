"""A release date that moved, in the countdowns already sent by direct message.

A channel's earlier posts are struck when the "date changed" announcement is posted there
(cogs/season2/transport.py); a member who opted in to reminders gets no announcement, so their
countdown messages (kept by id in the outbox) are edited here, once the new status is published:
the old date struck through, the new one beside it. Best effort: a DM that cannot be edited stays.
"""

from __future__ import annotations

import datetime as dt
import json
import logging
from collections.abc import Awaitable, Callable

import discord

from bot.season2.delivery.outbox import parse_target
from cogs.season2.render_claims import parse_when
from cogs.season2.render_posts import moved_release, reminder_embed, struck_embed
from db.connection import Database
from db.season2 import outbox as outbox_db

log = logging.getLogger(__name__)


class DirectCountdowns:
    def __init__(self, client: discord.Client, database: Database, release: dt.datetime | None) -> None:
        self.client = client
        self.database = database
        self.release = release  # the release date the countdowns sent so far count down to

    def moved(self, release: dt.datetime | None) -> dt.datetime | None:
        """The date the countdowns sent so far give, when `release` (just published) moved it."""
        before, self.release = self.release, release
        return before if before is not None and moved_release(before, release) else None

    def job(self, before: dt.datetime, after: dt.datetime | None) -> Callable[[], Awaitable[None]]:
        """The scheduler's job striking `before` in the countdowns sent by DM."""

        async def run() -> None:
            edited = await self.strike(before, after)
            log.info("season2: %d countdowns sent by DM now show the date moved", edited)

        return run

    async def strike(self, before: dt.datetime, after: dt.datetime | None) -> int:
        """Edit every countdown sent by DM for `before`; how many were edited."""
        async with self.database.read() as conn:
            rows = await outbox_db.outbox_rows(conn, state="sent")
        edited = 0
        for row in rows:
            if row.kind != "reminder" or row.message_id is None or not row.target.startswith("dm:"):
                continue
            payload = json.loads(row.payload)
            if parse_when(payload.get("release_at")) != before or payload.get("offset_s") in (0, None):
                continue
            struck = struck_embed(reminder_embed(payload), before, after)
            if struck is None:
                continue
            try:
                channel = await self.client.create_dm(discord.Object(parse_target(row.target).id))
                await channel.get_partial_message(row.message_id).edit(embed=struck)
                edited += 1
            except discord.HTTPException as exc:
                log.info("season2: a countdown sent by DM keeps the old date (%s)", exc)
        return edited
