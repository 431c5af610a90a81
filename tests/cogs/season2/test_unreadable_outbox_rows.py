"""An outbox row whose payload cannot be read (not JSON, or JSON that is no object: a hand edit, a half-written
disk) is passed over where a post is repeated, a countdown sent by DM is edited or the server's posts are listed:
the others go on as before, nothing crashes."""

from __future__ import annotations

import datetime as dt

import discord

from bot.season2.delivery import posts
from cogs.season2.moves import DirectCountdowns
from cogs.season2.render_history import posts_embed
from db import outbox as outbox_db
from db.connection import Database
from tests.season2.delivery.helpers import T0, subscribe

PART_TWO = dt.datetime(2027, 4, 9, 7, tzinfo=dt.UTC)
UNREADABLE = ("{not json", "[1, 2]", '"part_dated"')


async def _row(db: Database, key: str, target: str, kind: str, payload: str, message_id: int | None = None) -> None:
    async with db.transaction() as conn:
        await outbox_db.insert_outbox(conn, event_key=key, target=target, kind=kind, nonce=key[:25], payload=payload,
                                      now=T0, guild_id=1)
        (row,) = [r for r in await outbox_db.outbox_rows(conn) if r.event_key == key]
        await outbox_db.mark_sent(conn, row.id, message_id, T0)


async def test_a_channel_set_up_between_the_parts_hears_nothing_twice_from_an_unreadable_announcement(db: Database) -> None:
    (sub,) = await subscribe(db, [10])
    for n, payload in enumerate(UNREADABLE):
        await _row(db, f"transition:bad{n}", "channel:11", "announcement", payload)
    async with db.transaction() as conn:
        assert await posts.repeat_part_date(conn, sub, PART_TWO, T0) == 0


async def test_a_date_move_edits_no_countdown_whose_row_is_unreadable(db: Database) -> None:
    for n, payload in enumerate(UNREADABLE):
        await _row(db, f"reminder:bad{n}", f"dm:{50 + n}", "reminder", payload, message_id=900 + n)
    countdowns = DirectCountdowns(discord.Client(intents=discord.Intents.none()), db)
    assert await countdowns.strike(PART_TWO, None) == 0


async def test_the_posts_page_still_lists_a_post_whose_row_is_unreadable(db: Database) -> None:
    for n, payload in enumerate(UNREADABLE):
        await _row(db, f"transition:bad{n}", "channel:11", "announcement", payload, message_id=700 + n)
    async with db.read() as conn:
        rows = await outbox_db.outbox_rows(conn)
    embed = posts_embed(rows, len(rows), 1, guild_id=1)
    assert embed.description is not None
    assert embed.description.count("discord.com/channels/1/11/") == len(UNREADABLE)
