"""Posts: a game's steps (question, reveal, final scores) queued in the transaction that made them,
then posted in order, one channel at a time (bot/trivia/posts.py).

(game_id, step, q_index) is unique, so queueing a step twice keeps the first; each post's nonce is
derived from its id.
"""

from __future__ import annotations

import datetime as dt

import aiosqlite

from bot.trivia.model import Post
from db.times import decode, decode_optional, encode, encode_optional

# Finished posts are kept this long (their message ids), then pruned.
KEEP_DONE = dt.timedelta(days=2)


def _post(row: aiosqlite.Row) -> Post:
    return Post(
        id=int(row["id"]),
        game_id=int(row["game_id"]),
        guild_id=int(row["guild_id"]),
        channel_id=int(row["channel_id"]),
        step=str(row["step"]),
        q_index=int(row["q_index"]),
        payload=str(row["payload"]),
        status=str(row["status"]),
        attempts=int(row["attempts"]),
        first_tried_at=decode_optional(row["first_tried_at"]),
        message_id=row["message_id"],
        created_at=decode(row["created_at"]),
    )


async def insert_post(
    conn: aiosqlite.Connection,
    *,
    game_id: int,
    guild_id: int,
    channel_id: int,
    step: str,
    q_index: int,
    payload: str,
    now: dt.datetime,
) -> bool:
    """Queue a step; False when that step of that game was queued already."""
    cursor = await conn.execute(
        "INSERT INTO trivia_posts (game_id, guild_id, channel_id, step, q_index, payload, created_at)"
        " VALUES (?, ?, ?, ?, ?, ?, ?) ON CONFLICT DO NOTHING",
        (game_id, guild_id, channel_id, step, q_index, payload, encode(now)),
    )
    return cursor.rowcount == 1


async def get_post(conn: aiosqlite.Connection, post_id: int) -> Post | None:
    cursor = await conn.execute("SELECT * FROM trivia_posts WHERE id = ?", (post_id,))
    row = await cursor.fetchone()
    return None if row is None else _post(row)


async def next_in_channel(conn: aiosqlite.Connection, channel_id: int) -> Post | None:
    """The channel's oldest pending post (a channel's posts go out in the order they were queued)."""
    cursor = await conn.execute(
        "SELECT * FROM trivia_posts WHERE channel_id = ? AND status = 'pending' ORDER BY id LIMIT 1", (channel_id,)
    )
    row = await cursor.fetchone()
    return None if row is None else _post(row)


async def channels_with_pending(conn: aiosqlite.Connection) -> list[int]:
    cursor = await conn.execute(
        "SELECT channel_id FROM trivia_posts WHERE status = 'pending' GROUP BY channel_id ORDER BY MIN(id)"
    )
    return [int(row[0]) for row in await cursor.fetchall()]


async def is_pending(conn: aiosqlite.Connection, game_id: int, step: str, q_index: int) -> bool:
    cursor = await conn.execute(
        "SELECT 1 FROM trivia_posts WHERE game_id = ? AND step = ? AND q_index = ? AND status = 'pending'",
        (game_id, step, q_index),
    )
    return await cursor.fetchone() is not None


async def posts_of_game(conn: aiosqlite.Connection, game_id: int) -> list[Post]:
    cursor = await conn.execute("SELECT * FROM trivia_posts WHERE game_id = ? ORDER BY id", (game_id,))
    return [_post(row) for row in await cursor.fetchall()]


async def mark_attempt(conn: aiosqlite.Connection, post_id: int, now: dt.datetime) -> None:
    """A send is about to be tried (the first try's time is kept: it dates the nonce)."""
    await conn.execute(
        "UPDATE trivia_posts SET attempts = attempts + 1, first_tried_at = COALESCE(first_tried_at, ?)"
        " WHERE id = ? AND status = 'pending'",
        (encode(now), post_id),
    )


async def mark_done(
    conn: aiosqlite.Connection,
    post_id: int,
    status: str,
    now: dt.datetime,
    *,
    message_id: int | None = None,
    error: str | None = None,
) -> bool:
    """Finish a pending post: sent (with its message), skipped (no longer wanted) or failed."""
    cursor = await conn.execute(
        "UPDATE trivia_posts SET status = ?, message_id = ?, error = ?, done_at = ? WHERE id = ? AND status = 'pending'",
        (status, message_id, error, encode(now), post_id),
    )
    return cursor.rowcount == 1


async def note_error(conn: aiosqlite.Connection, post_id: int, error: str) -> None:
    await conn.execute("UPDATE trivia_posts SET error = ? WHERE id = ?", (error, post_id))


async def fail_pending_of_game(conn: aiosqlite.Connection, game_id: int, error: str, now: dt.datetime) -> int:
    """Give up every post of a game still waiting (its channel is gone)."""
    cursor = await conn.execute(
        "UPDATE trivia_posts SET status = 'failed', error = ?, done_at = ? WHERE game_id = ? AND status = 'pending'",
        (error, encode(now), game_id),
    )
    return cursor.rowcount


async def prune_done(conn: aiosqlite.Connection, now: dt.datetime) -> int:
    cursor = await conn.execute(
        "DELETE FROM trivia_posts WHERE status != 'pending' AND done_at < ?", (encode_optional(now - KEEP_DONE),)
    )
    return cursor.rowcount
