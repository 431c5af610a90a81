"""/season2set announce posts: what the bot posted (or could not post, and why) to a server's
channels and threads, newest first, one page at a time. No I/O.

Each post is named by the title and the first line of the embed it was (or would be) sent as,
rendered by render_posts.render_row for the moderator who asks, at their own progress (the answer
is theirs alone): titles and those lines are fixed wording, milestones and dates, and a post's
show content (the claims, headlines) is never listed, so nothing past their progress shows.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence, Set
from typing import Any

import discord

from bot.outbox import loads
from bot.season2.model.delivery import OutboxEntry
from bot.show import NOTHING, Position
from bot.text import count_of, shorten
from cogs.season2.render_claims import COLOUR, Reads, plain_error, ts
from cogs.season2.render_posts import render_row

#: Posts on one page (each line at most ~330 characters: well inside the embed's 4096).
PER_PAGE = 10
#: Discord's limit on an embed's description.
DESCRIPTION_LIMIT = 4096


def message_link(guild_id: int, channel_id: int, message_id: int) -> str:
    return f"https://discord.com/channels/{guild_id}/{channel_id}/{message_id}"


def _payload(row: OutboxEntry) -> dict[str, Any]:
    try:
        return loads(row.payload)
    except ValueError:
        return {}


def channel_of(row: OutboxEntry) -> int:
    """The channel or thread a post went (or was to go) to."""
    return int(row.target.split(":", 1)[1])


def _outcome(row: OutboxEntry, guild_id: int, channel_id: int, gone: bool = False) -> str:
    """Where the post is, or why it is not there (a link into a channel I can't find leads nowhere)."""
    if row.state == "sent" and gone:
        return "posted, but I can't find that channel now (deleted, or hidden from me)"
    if row.state == "sent" and row.message_id is not None:
        return message_link(guild_id, channel_id, row.message_id)
    if row.state == "sent":
        return "posted (Discord gave no link)"
    if row.state in ("failed", "skipped"):
        return f"not posted: {_why(row.last_error) if row.last_error else 'no reason kept'}"
    if row.last_error:
        return f"not posted yet: {_why(row.last_error)}. I try again on my own"
    return "waiting to be posted"


def _why(error: str) -> str:
    """A recorded error in words (render_claims.plain_error), without its closing full stop."""
    return shorten(plain_error(error), 240).rstrip(".")


def post_line(
    row: OutboxEntry, guild_id: int, reads: Reads = None, audience: Position = NOTHING, gone: Set[int] = frozenset(),
    names: Mapping[int, str] | None = None,
) -> str:
    """One post: when, what (its embed's title and first line), where, and its link or why not
    (`gone`: the channels I can't find now; `names`: how those are named, their mention showing none)."""
    _, embed, _ = render_row(row.kind, _payload(row), reads, audience, "channel")
    title = shorten(embed.title or "Season 2 post", 80)
    first = (embed.description or "").split("\n", 1)[0]
    what = f" · {shorten(first, 110)}" if first else ""
    channel_id = channel_of(row)
    when = row.sent_at or row.attempted_at or row.created_at
    outcome = _outcome(row, guild_id, channel_id, channel_id in gone)
    where = (names or {}).get(channel_id) if channel_id in gone else None
    return f"{ts(when, 'R')} **{title}** in {where or f'<#{channel_id}>'}{what}\n↳ {outcome}"


def posts_embed(
    rows: Sequence[OutboxEntry], total: int, page: int, guild_id: int, reads: Reads = None, audience: Position = NOTHING,
    gone: Set[int] = frozenset(), names: Mapping[int, str] | None = None, kept_days: int | None = None,
) -> discord.Embed:
    """A page of the server's season-2 posts (`page` from 1; PER_PAGE a page), newest first;
    `gone`: the channels I can't find now; `names`: how those are named (by their last name); `kept_days`: how long
    housekeeping keeps a post's row, said on the last page, so a date announced months ago and missing from the list
    is not taken for one never posted."""
    embed = discord.Embed(title="Season 2 posts in this server", colour=COLOUR)
    pages = max(1, -(-total // PER_PAGE))
    kept = f" (posts older than {count_of(kept_days, 'day')} are not kept)" if kept_days else ""
    if not rows:
        embed.description = (
            f"Nothing posted to this server's channels yet{kept} (announcements, countdown reminders and "
            "tests: `/season2set announce test` posts one)." if total == 0
            else f"There are only {count_of(pages, 'page')} ({count_of(total, 'post')}): try `page:{pages}`."
        )
        return embed
    lines: list[str] = []
    size = 0
    for row in rows:
        line = post_line(row, guild_id, reads, audience, gone, names)
        if size + len(line) + 2 > DESCRIPTION_LIMIT - 200:  # room for the notes below
            break
        lines.append(line)
        size += len(line) + 2
    cut = len(rows) - len(lines)
    more = f"\n… and {count_of(cut, 'more post')} on this page, not shown (too long)" if cut else ""
    fix = ("\n\n`/season2set announce list` says what a channel lacks now."
           if any(row.state in ("failed", "skipped") for row in rows) else "")
    embed.description = "\n\n".join(lines) + more + fix
    first = (page - 1) * PER_PAGE + 1
    footer = f"Newest first: {first}–{first + len(rows) - 1} of {count_of(total, 'post')} · page {page} of {pages}"
    if page < pages:
        footer += f" · page:{page + 1} for older ones"
    elif kept_days:
        footer += f" · posts older than {count_of(kept_days, 'day')} are not kept"
    embed.set_footer(text=footer)
    return embed
