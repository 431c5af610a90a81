"""/season2set announce posts: a moderator sees what the bot posted to this server's channels (the
season-2 announcements, countdown reminders and test posts), newest first, each with its link, or why it was
not posted; privately, a page at a time within Discord's limits, and never anything from the show
past the moderator's own progress (a post's headlines are not listed at all)."""

from __future__ import annotations

import datetime as dt
import json
import re
from collections.abc import AsyncIterator
from pathlib import Path
from typing import Any

import pytest

from bot.clock import ManualClock
from bot.harness import Harness
from bot.sandbox import Message, SandboxError
from bot.sandbox.newsfeed import LocalNewsFeed
from bot.show import NOTHING
from db import outbox as outbox_db
from tests.cogs.season2.test_post_audiences import (
    EXTENSIONS,
    START,
    _announcement,
    _gives_away,
    _mark,
    _news,
    _subscribe,
    _visible,
)
from tests.e2e.driving import handled
from tests.polling import eventually

RELEASE = dt.datetime(2027, 3, 19, 8, 0, tzinfo=dt.UTC)


@pytest.fixture
async def feed() -> AsyncIterator[LocalNewsFeed]:
    async with LocalNewsFeed(title="K-drama News", publisher="News") as served:
        yield served


@pytest.fixture
async def h(tmp_path: Path, feed: LocalNewsFeed) -> AsyncIterator[Harness]:
    async with Harness.start(
        tmp_path, clock=ManualClock(START), extensions=EXTENSIONS, rss_feeds=(feed.feed_url,)
    ) as harness:
        yield harness


async def _posts(h: Harness, **options: Any) -> Message:
    return await h.discord.invoke(h.moderator, h.general, "season2set", "announce", "posts", **options)


def _listed(reply: Message) -> str:
    return str(reply.embeds[0].get("description") or "")


async def _posts_showing(h: Harness, shown: str) -> Message:
    """/season2set announce posts, asked again until its list shows `shown` (the delivery records a post a moment
    after Discord shows it); its last reply either way."""
    replies: list[Message] = []

    async def listed() -> bool:
        replies.append(await _posts(h))
        return shown in _listed(replies[-1])

    await eventually(listed, 15.0, every=0.05)
    return replies[-1]


def _footer(reply: Message) -> str:
    return str((reply.embeds[0].get("footer") or {}).get("text") or "")


async def _reminders_done(
    h: Harness, count: int, *, guild_id: int | None = None, target: str | None = None, prefix: str = "here"
) -> None:
    """`count` countdown reminders the bot posted (or, every third, was refused) in this server,
    written straight to the outbox, oldest first."""
    channel = h.channels["announcements"]
    async with h.db.transaction() as conn:
        for i in range(count):
            key = f"reminder:{prefix}:{i}"
            await outbox_db.insert_outbox(
                conn, event_key=key, target=target or f"channel:{channel.id}", kind="reminder", nonce=f"n{i}",
                payload=json.dumps({"release_at": RELEASE.isoformat(), "offset_s": 86400 * (i + 1)}),
                now=START + dt.timedelta(minutes=i), guild_id=h.guild.id if guild_id is None else guild_id,
            )
            [row] = await outbox_db.outbox_rows(conn, event_key=key)
            if i % 3 == 2:
                await outbox_db.mark_final(conn, row.id, "failed", "403 50013: Missing Permissions")
            else:
                await outbox_db.mark_sent(conn, row.id, 1000 + i, START + dt.timedelta(minutes=i))


async def test_with_nothing_posted_yet_the_moderator_is_told_so_privately(h: Harness) -> None:
    reply = await _posts(h)
    assert reply.ephemeral and "Nothing posted to this server's channels yet" in _listed(reply)


async def test_an_announcement_posted_is_listed_with_its_link_and_channel(h: Harness, feed: LocalNewsFeed) -> None:
    channel = h.channels["announcements"]
    await _subscribe(h, channel)
    await _news(h, feed)
    post = await _announcement(h, channel)
    reply = await _posts_showing(h, "https://")  # until the delivery has recorded the post it made
    listed = _listed(reply)
    assert reply.ephemeral
    assert f"https://discord.com/channels/{h.guild.id}/{channel.id}/{post.id}" in listed
    assert f"in <#{channel.id}>" in listed and str(post.embeds[0]["title"]) in listed


async def test_the_list_shows_nothing_from_the_show_past_the_moderators_progress(h: Harness, feed: LocalNewsFeed) -> None:
    channel = h.channels["announcements"]
    await _mark(h, channel, "S1E12")  # the channel reads the headlines' deaths in the clear
    await _subscribe(h, channel)
    await _news(h, feed)
    post = await _announcement(h, channel)
    assert "halfbie" in _visible(str(post.embeds[0]))
    listed = _listed(await _posts(h))  # the moderator has set no progress
    assert _gives_away(_visible(listed)) == NOTHING, listed
    assert "Cheong-san" not in listed and "halfbie" not in listed


async def test_a_post_the_bot_could_not_make_is_listed_with_why(h: Harness, feed: LocalNewsFeed) -> None:
    channel = h.channels["announcements"]
    await _subscribe(h, channel)
    h.discord.deny(channel)  # the bot may no longer send messages there
    await _news(h, feed)
    listed = _listed(await _posts_showing(h, "not posted:"))
    assert f"in <#{channel.id}>" in listed and "not posted:" in listed
    assert re.search(r"not posted: I need .*Send Messages", listed), listed
    words = re.sub(r"<[#@!&]*\d+>|<t:\d+(?::\w)?>", "", listed)  # (a snowflake or a time may hold "403")
    assert "403" not in words and "50013" not in words, listed  # words, never Discord's codes
    assert "`/season2set announce list` says what a channel lacks now." in listed


async def test_posts_come_newest_first_a_page_at_a_time_with_the_count(h: Harness) -> None:
    await _reminders_done(h, 23)
    first = await _posts(h)
    lines = [line for line in _listed(first).split("\n") if line.startswith("<t:")]
    assert len(lines) == 10 and "86400" not in _listed(first)
    assert "countdown: 23d to go" in lines[0]  # the newest: 23 days before
    assert _footer(first) == "Newest first: 1–10 of 23 posts · page 1 of 3 · page:2 for older ones"
    last = await _posts(h, page=3)
    assert len([line for line in _listed(last).split("\n") if line.startswith("<t:")]) == 3
    # the last page says how long posts are kept (scen45: a date announced months before was missing, unexplained)
    assert _footer(last) == "Newest first: 21–23 of 23 posts · page 3 of 3 · posts older than 30 days are not kept"
    assert "countdown: 1d to go" in _listed(last)
    beyond = await _posts(h, page=9)
    assert "There are only 3 pages (23 posts): try `page:3`." in _listed(beyond)


async def test_each_page_stays_within_discords_embed_limits(h: Harness) -> None:
    await _reminders_done(h, 12)
    reply = await _posts(h)
    assert len(_listed(reply)) <= 4096 and len(_footer(reply)) <= 2048
    assert "not posted: I need View Channel, Send Messages or Embed Links there" in _listed(reply)
    assert "50013" not in _listed(reply)
    assert f"https://discord.com/channels/{h.guild.id}/{h.channels['announcements'].id}/1010" in _listed(reply)


async def test_another_servers_posts_and_fans_direct_messages_are_not_listed(h: Harness) -> None:
    await _reminders_done(h, 2, guild_id=h.guild.id + 1, prefix="elsewhere")
    await _reminders_done(h, 2, target=f"dm:{h.fan.id}", prefix="dm")
    listed = _listed(await _posts(h))
    assert "Nothing posted to this server's channels yet" in listed


async def test_a_member_cannot_see_what_the_bot_posted(h: Harness) -> None:
    await _reminders_done(h, 2)
    with pytest.raises(SandboxError, match="not available to fan"):  # Manage Server, as every /season2set
        await h.discord.invoke(h.fan, h.general, "season2set", "announce", "posts")


async def test_a_test_post_the_moderator_asked_for_is_listed_with_its_link(h: Harness) -> None:
    channel = h.channels["announcements"]
    await _subscribe(h, channel)
    await h.discord.invoke(h.moderator, h.general, "season2set", "announce", "test")
    listed = _listed(await _posts_showing(h, "https://"))  # until the delivery has recorded the post it made
    assert "Nothing posted" not in listed
    assert "**Season 2 announcements: test**" in listed and f"in <#{channel.id}>" in listed
    assert f"https://discord.com/channels/{h.guild.id}/{channel.id}/" in listed


async def test_a_post_in_a_channel_deleted_since_says_the_channel_is_gone_instead_of_a_dead_link(h: Harness) -> None:
    news = h.discord.add_channel(h.guild, "old-news")
    await _reminders_done(h, 1, target=f"channel:{news.id}")
    h.discord.delete_channel(news)
    await handled(h, "guild_channel_delete")  # CHANNEL_DELETE reached the bot
    listed = _listed(await _posts(h))
    assert f"in <#{news.id}>" in listed
    assert "I can't find that channel now (deleted, or hidden from me)" in listed
    assert f"https://discord.com/channels/{h.guild.id}/{news.id}/" not in listed
