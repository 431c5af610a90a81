"""A release date that moved (or was confirmed), in the countdowns already sent by direct message.

A channel's earlier posts are struck when the "date changed" announcement is posted there
(cogs/season2/transport.py); a member who opted in to reminders gets no announcement, so their
countdown messages (kept by id in the outbox) are edited here, once the new status is published:
the old date struck through, the new one beside it. Best effort: a DM that cannot be edited stays.
"""

from __future__ import annotations

import datetime as dt
import logging
from collections.abc import Awaitable, Callable

import discord

from bot.outbox import loads, parse_target
from cogs.season2.render_claims import parse_when
from cogs.season2.render_posts import confirmed_embed, reminder_embed, struck_embed
from db import outbox as outbox_db
from db.connection import Database

log = logging.getLogger(__name__)


class DirectCountdowns:
    def __init__(self, client: discord.Client, database: Database) -> None:
        self.client = client
        self.database = database

    def job(self, before: dt.datetime, after: dt.datetime | None) -> Callable[[], Awaitable[None]]:
        """The scheduler's job striking `before` in the countdowns sent by DM."""

        async def run() -> None:
            edited = await self.strike(before, after)
            log.info("season2: %d countdowns sent by DM now show the date moved", edited)

        return run

    def confirm_job(self, announced: dt.datetime, release: dt.datetime, on: dt.datetime) -> Callable[[], Awaitable[None]]:
        """The scheduler's job marking confirmed the countdowns sent by DM for `announced`."""

        async def run() -> None:
            edited = await self.confirm(announced, release, on)
            log.info("season2: %d countdowns sent by DM now say the date is confirmed", edited)

        return run

    async def strike(self, before: dt.datetime, after: dt.datetime | None) -> int:
        """Edit every countdown sent by DM for `before`; how many were edited."""
        return await self._edit(before, lambda embed: struck_embed(embed, before, after))

    async def confirm(self, announced: dt.datetime, release: dt.datetime, on: dt.datetime) -> int:
        """The countdowns sent by DM for `announced` while it was only reported now say it is confirmed
        (at `release`: the same moment, or that day with its hour)."""
        return await self._edit(announced, lambda embed: confirmed_embed(embed, release, on, announced))

    async def _edit(self, release: dt.datetime, change: Callable[[discord.Embed], discord.Embed | None]) -> int:
        async with self.database.read() as conn:
            rows = await outbox_db.outbox_rows(conn, state="sent")
        edited = 0
        for row in rows:
            if row.kind != "reminder" or row.message_id is None or not row.target.startswith("dm:"):
                continue
            try:
                payload = loads(row.payload)
            except ValueError:  # a row that is no object sends no countdown to edit
                continue
            if parse_when(payload.get("release_at")) != release or payload.get("offset_s") in (0, None):
                continue
            changed = change(reminder_embed(payload, direct=True))
            if changed is None:
                continue
            try:
                channel = await self.client.create_dm(discord.Object(parse_target(row.target).id))
                await channel.get_partial_message(row.message_id).edit(embed=changed)
                edited += 1
            except discord.HTTPException as exc:
                log.info("season2: a countdown sent by DM was left as it was (%s)", exc)
        return edited
