"""A post the bot could not deliver, as the moderators see it end to end on the local Discord: the
`/season2set announce posts` list says in words what went wrong and what to do (never Discord's
codes), and the moderator who set up an announcement channel is told once, by DM, when it is deleted.
"""

from __future__ import annotations

import logging
import re
from collections.abc import AsyncIterator
from pathlib import Path

import pytest

from bot.harness import Harness
from bot.sandbox import Channel, Message
from tests.e2e.driving import handled, quiet
from tests.e2e.test_moderators_week import bot_posts, report_official_date, seen, settle, subscribe, until

pytestmark = pytest.mark.timeout(120)

#: What a moderator must never read: Discord's status and error codes, an exception's name.
RAW = re.compile(r"\b(?:403|404|429|50[0-9]|50013|50001|10003|160005)\b|Missing Permissions|Unknown Channel|Error\b")


@pytest.fixture
async def h(tmp_path: Path) -> AsyncIterator[Harness]:
    async with Harness.start(tmp_path) as harness:
        yield harness


async def posts_list(h: Harness) -> str:
    reply = await h.discord.invoke(h.moderator, h.general, "season2set", "announce", "posts")
    assert reply.ephemeral
    return seen(reply)


async def posts_list_once_it_says(h: Harness, words: str) -> str:
    """The posts list as soon as it says `words` (a failed post is listed after its retries run out):
    between looks, what the bot set off runs out (the outbox's passes and sends), not a fixed 0.2 s."""
    listed = ""
    for _ in range(40):
        listed = await posts_list(h)
        if words in listed:
            break
        await quiet(h)
    return listed


def outcomes(listed: str) -> list[str]:
    """The "↳ ..." lines of the posts list: where each post is, or why not."""
    return [line for line in listed.split("\n") if line.startswith("↳")]


def deleted_dms(h: Harness) -> list[Message]:
    return [m for m in h.discord.dm_messages(h.moderator) if "deleted" in seen(m).lower()]


async def test_a_refusal_discord_gives_without_saying_why_is_told_in_words(h: Harness) -> None:
    news = h.channels["announcements"]
    await subscribe(h, news)
    # The cache says the bot may post; Discord refuses anyway (a permission changed in between).
    h.discord.fail_next("POST", f"/channels/{news.id}/messages", 403,
                        body={"code": 50013, "message": "Missing Permissions"})
    await report_official_date(h)
    listed = await posts_list_once_it_says(h, "not posted:")
    told = [line for line in outcomes(listed) if "not posted" in line]
    assert told, listed
    assert "I need View Channel, Send Messages or Embed Links there" in told[0], listed
    assert "Edit Channel > Permissions" in told[0] and "/season2set announce set" in told[0], listed
    assert not RAW.search(listed), listed


async def test_a_permission_taken_away_is_named_as_the_settings_call_it(h: Harness) -> None:
    news = h.channels["announcements"]
    await subscribe(h, news)
    h.discord.deny(news)
    await handled(h, "guild_channel_update")
    await report_official_date(h)
    assert await until(h, lambda: bool(h.discord.dm_messages(h.moderator)))
    listed = await posts_list(h)
    assert any("not posted: I need Send Messages there" in line for line in outcomes(listed)), listed
    assert not RAW.search(listed), listed
    dm = "\n".join(seen(m) for m in h.discord.dm_messages(h.moderator))
    assert "Send Messages" in dm and not RAW.search(dm), dm


async def test_discord_down_for_a_while_says_it_tries_again(h: Harness) -> None:
    news = h.channels["announcements"]
    await subscribe(h, news)
    h.discord.fail_next("POST", f"/channels/{news.id}/messages", 503, times=40)
    await report_official_date(h)
    listed = await posts_list_once_it_says(h, "not posted yet")
    line = next(line for line in outcomes(listed) if "not posted yet" in line)
    assert "Discord was busy or down" in line and "try again on my own" in line, listed
    assert not RAW.search(listed), listed


async def test_a_deleted_channel_is_told_to_its_moderator_once_by_name(h: Harness) -> None:
    news, general = h.channels["announcements"], h.general
    await subscribe(h, news)
    await subscribe(h, general)
    # Several posts wait for the channel (Discord busy), then a moderator deletes it.
    h.discord.fail_next("POST", f"/channels/{news.id}/messages", 503, times=100)
    await report_official_date(h)
    await h.discord.invoke(h.moderator, general, "season2set", "announce", "test")
    assert await until(h, lambda: len(bot_posts(h, general, "2027")) == 1)
    h.discord.delete_channel(news)
    assert await until(h, lambda: bool(deleted_dms(h)))
    await settle(h)
    await h.restart()
    await settle(h)
    told = deleted_dms(h)
    assert len(told) == 1, [seen(m) for m in told]
    text = seen(told[0])
    assert f"#{news.name}" in text.replace("\\", ""), text  # by its name: its mention shows none now
    assert "stopped" in text and "/season2set announce set" in text, text
    assert not RAW.search(text), text
    listed = await h.discord.invoke(h.moderator, general, "season2set", "announce", "list")
    assert "off (channel deleted)" in seen(listed), seen(listed)
    posts = await posts_list(h)
    gone = "↳ not posted: the channel was deleted (or I can no longer see it): pick another one with `/season2set announce set`"
    assert [line for line in outcomes(posts) if "not posted" in line] == [gone, gone], posts  # the report and the test
    assert not RAW.search(posts), posts
    assert not any("deleted" in seen(m).lower() for m in h.discord.messages(general))  # members see nothing


async def deleted_while_offline(h: Harness, channel: Channel) -> str:
    """Stop the bot, delete `channel`, start it again, let an announcement go out: the one DM's words."""
    await h._stop_bot()
    h.discord.delete_channel(channel)
    await h._start_bot()
    await report_official_date(h)
    await h.discord.invoke(h.moderator, h.general, "season2set", "announce", "test")
    assert await until(h, lambda: bool(deleted_dms(h)))
    await settle(h)
    told = deleted_dms(h)
    assert len(told) == 1, [seen(m) for m in told]
    text = seen(told[0])
    assert "stopped" in text and "/season2set announce set" in text, text  # what to do
    assert not RAW.search(text), text
    return text


async def test_a_channel_deleted_while_the_bot_was_down_is_told_once(h: Harness) -> None:
    news = h.channels["announcements"]
    await subscribe(h, news)
    await subscribe(h, h.general)
    await deleted_while_offline(h, news)  # no event tells it: the first post's 404 does


async def test_a_moderator_who_cannot_be_dmed_is_not_and_nothing_breaks(
    h: Harness, caplog: pytest.LogCaptureFixture
) -> None:
    news = h.channels["announcements"]
    await subscribe(h, news)
    await subscribe(h, h.general)
    h.discord.refuse_dms(h.moderator)
    caplog.set_level(logging.INFO)
    h.discord.delete_channel(news)
    await settle(h)
    await report_official_date(h)
    assert await until(h, lambda: len(bot_posts(h, h.general, "2027")) == 1)
    await settle(h)
    assert not h.discord.dm_messages(h.moderator)
    kept = [r for r in caplog.records if "kept for its next moderator" in r.getMessage()]
    assert len(kept) == 1, [r.getMessage() for r in caplog.records if "notice" in r.getMessage()]
    # The next moderator's /season2set command tells it privately instead.
    listed = await h.discord.invoke(h.moderator, h.general, "season2set", "announce", "list")
    private = [m for m in h.discord.messages(h.general, include_ephemeral=True) if m.ephemeral]
    told = "\n".join(seen(m) for m in private) + seen(listed)
    assert "deleted" in told and f"#{news.name}" in told.replace("\\", ""), told
