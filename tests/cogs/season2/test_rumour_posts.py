"""Rumours posted to the channels that asked for everything (`/season2set announce set level:all`), end to end
through the harness: feeds polled, the ONE outbox, the dispatcher, the local Discord.

A rumour is posted only at level all, labelled a rumour from its title on (never as news of a date), with its
source and link; it never moves the season-2 status nor the countdowns; each piece of rumoured information (a day,
a window, a milestone) reaches a channel once, however often, wherever and in whatever words it is heard again,
restarts included; what a report or an official source already says is no rumour to post; at most
RUMOURS_PER_DAY a day reach one channel; its headline is shown as the channel's spoiler mark allows.
"""

from __future__ import annotations

import asyncio
import datetime as dt
import re
from collections.abc import AsyncIterator
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import pytest

from bot.clock import ManualClock
from bot.harness import Harness
from bot.sandbox import Channel, Message
from bot.sandbox.newsfeed import LocalNewsFeed
from bot.season2.delivery.posts import RUMOURS_PER_DAY
from cogs.season2.render_claims import stamp
from cogs.season2.render_posts import rumour_embed
from db import outbox as outbox_db
from db.season2 import reminders as reminders_db
from tests.cogs.season2.test_post_audiences import EXTENSIONS, _assert_nothing_unhideable, _visible

START = dt.datetime(2027, 2, 15, 12, 0, tzinfo=dt.UTC)
MARCH_19 = dt.datetime(2027, 3, 19, tzinfo=dt.UTC)
RUMOUR = "Sources say All of Us Are Dead season 2 lands March 19, 2027"
REWORDED = "All of Us Are Dead season 2 to premiere March 19, 2027, insiders claim"
LINK = "https://kdrama.example/aouad-s2-march-19"


@dataclass
class Server:
    h: Harness
    gossip: LocalNewsFeed  # a fan site
    news: LocalNewsFeed  # a K-drama news site
    everything: Channel  # level all
    reports: Channel  # level reported
    official: Channel  # level official

    async def poll(self) -> None:
        cog: Any = self.h.bot.get_cog("Season2")
        await cog.service.tracking.poll_now()
        await settle(self.h)

    def posts(self, channel: Channel) -> list[Message]:
        return [m for m in self.h.discord.messages(channel)
                if m.author_id == self.h.discord.bot_user_id and m.interaction_id is None]


async def settle(h: Harness) -> None:
    """Until the outbox has nothing left to send: each round waits for the dispatcher's pass and sends to end
    (not a fixed sleep), then lets the clock wake it again."""
    cog: Any = h.bot.get_cog("Season2")
    for _ in range(60):
        for _ in range(3):  # a kick's pass starts on the loop's next turns
            await asyncio.sleep(0)
        await cog.service.dispatcher.wait_idle(10)
        async with h.db.read() as conn:
            if not await outbox_db.has_open_rows(conn):
                return
        await h.advance(dt.timedelta(seconds=1))


def text_of(post: Message) -> str:
    embed = post.embeds[0]
    fields = " ".join(f"{f['name']} {f['value']}" for f in embed.get("fields", []))
    return f"{embed.get('title')} {embed.get('description')} {fields} {(embed.get('footer') or {}).get('text')}"


@pytest.fixture
async def server(tmp_path: Path) -> AsyncIterator[Server]:
    async with (LocalNewsFeed(title="AOUAD fans", publisher="Fan Buzz") as gossip,
                LocalNewsFeed(title="K-drama News", publisher="Soompi") as news):
        async with Harness.start(tmp_path, clock=ManualClock(START), extensions=EXTENSIONS,
                                 rss_feeds=(gossip.feed_url, news.feed_url)) as h:
            official = h.discord.add_channel(h.guild, "s2-official")  # the gateway tells the bot before any command
            for channel, level in ((h.channels["announcements"], "all"), (h.channels["trivia"], "reported"),
                                   (official, "official")):
                await h.discord.invoke(h.moderator, h.general, "season2set", "announce", "set", channel=channel,
                                       level=level)
            room = Server(h, gossip, news, h.channels["announcements"], h.channels["trivia"], official)
            await room.poll()  # what the feeds hold today: the baseline, nothing posted
            yield room


async def test_a_rumour_is_posted_only_to_the_channel_at_level_all(server: Server) -> None:
    server.gossip.add_headline(RUMOUR, publisher="Fan Buzz", link=LINK, published=server.h.clock.now())
    await server.poll()
    assert len(server.posts(server.everything)) == 1
    assert server.posts(server.reports) == [] and server.posts(server.official) == []


async def test_a_rumour_post_says_rumour_in_its_title_and_never_reads_as_news(server: Server) -> None:
    server.gossip.add_headline(RUMOUR, publisher="Fan Buzz", link=LINK, published=server.h.clock.now())
    await server.poll()
    (post,) = server.posts(server.everything)
    assert re.search(r"rumou?r", str(post.embeds[0]["title"]), re.I)
    text = text_of(post)
    assert "A rumour, not news" in text and not re.search(r"official|has a release date|\bconfirmed", text, re.I)


async def test_a_rumour_post_gives_the_rumoured_day_its_source_and_its_link(server: Server) -> None:
    server.gossip.add_headline(RUMOUR, publisher="Fan Buzz", link=LINK, published=server.h.clock.now())
    await server.poll()
    text = text_of(server.posts(server.everything)[0])
    assert f"<t:{stamp(MARCH_19)}:D>" in text  # the day on each reader's clock, as announcements give it
    assert "Fan Buzz" in text and LINK in text and "💬 rumour" in text


async def test_a_rumour_does_not_ping_the_channels_role(server: Server) -> None:
    h = server.h
    role = h.discord.add_role(h.guild, "s2-news", mentionable=True)
    await h.discord.invoke(h.moderator, h.general, "season2set", "announce", "set", channel=server.everything,
                           role=role, level="all")
    server.gossip.add_headline(RUMOUR, publisher="Fan Buzz", link=LINK, published=h.clock.now())
    await server.poll()
    (post,) = server.posts(server.everything)
    assert f"<@&{role.id}>" not in (post.text or "")


async def test_a_rumour_moves_neither_the_status_nor_the_countdowns(server: Server) -> None:
    server.gossip.add_headline(RUMOUR, publisher="Fan Buzz", link=LINK, published=server.h.clock.now())
    await server.poll()
    cog: Any = server.h.bot.get_cog("Season2")
    assert cog.service.tracking.current.status.release_at is None
    async with server.h.db.read() as conn:
        assert await reminders_db.list_reminders(conn) == []


async def test_the_same_rumour_polled_again_reworded_or_in_another_feed_is_posted_once(server: Server) -> None:
    server.h.discord.nonce_window = 0  # Discord forgets a nonce within minutes: the bot itself must not resend
    now = server.h.clock.now()
    server.gossip.add_headline(RUMOUR, publisher="Fan Buzz", link=LINK, published=now)
    await server.poll()
    await server.poll()  # the same item seen again
    server.news.add_headline(REWORDED, publisher="Soompi", link="https://soompi.example/s2", published=now)
    server.gossip.add_headline("Sources say All of Us Are Dead season 2 lands on 19 March 2027 at 5 p.m. KST",
                               publisher="Fan Buzz", link=LINK + "-time", published=now)
    await server.poll()
    assert len(server.posts(server.everything)) == 1


async def test_a_rumour_heard_again_after_a_restart_is_not_posted_again(server: Server) -> None:
    server.gossip.add_headline(RUMOUR, publisher="Fan Buzz", link=LINK, published=server.h.clock.now())
    await server.poll()
    await server.h.restart()
    server.h.discord.nonce_window = 0  # Discord forgets a nonce within minutes: the bot itself must not resend
    async with server.h.db.transaction() as conn:  # the sent rows pruned: the claims still remember
        await outbox_db.prune_finished(conn, server.h.clock.now() + dt.timedelta(days=1))
    server.news.add_headline(REWORDED, publisher="Soompi", link="https://soompi.example/s2",
                             published=server.h.clock.now())
    await server.poll()
    assert len(server.posts(server.everything)) == 1


async def test_a_different_rumoured_day_is_another_rumour(server: Server) -> None:
    server.gossip.add_headline(RUMOUR, publisher="Fan Buzz", link=LINK, published=server.h.clock.now())
    await server.poll()
    server.gossip.add_headline("Sources say All of Us Are Dead season 2 lands March 26, 2027", publisher="Fan Buzz",
                               link=LINK + "-26", published=server.h.clock.now())
    await server.poll()
    assert len(server.posts(server.everything)) == 2


async def test_a_rumour_of_the_day_a_report_already_gave_is_not_posted(server: Server) -> None:
    server.news.add_headline("All of Us Are Dead season 2 premieres March 19, 2027", publisher="Soompi",
                             link="https://soompi.example/date", published=server.h.clock.now())
    await server.poll()
    before = len(server.posts(server.everything))
    server.gossip.add_headline(RUMOUR, publisher="Fan Buzz", link=LINK, published=server.h.clock.now())
    await server.poll()
    assert len(server.posts(server.everything)) == before
    assert not [m for m in server.posts(server.everything) if "rumour" in str(m.embeds[0]["title"]).lower()]


async def test_a_flood_of_rumours_posts_at_most_the_daily_bound_to_a_channel(server: Server) -> None:
    for day in (19, 26):
        server.gossip.add_headline(f"Sources say All of Us Are Dead season 2 lands March {day}, 2027",
                                   publisher="Fan Buzz", link=f"{LINK}-{day}", published=server.h.clock.now())
    for day in (2, 9, 16):
        server.gossip.add_headline(f"Sources say All of Us Are Dead season 2 lands April {day}, 2027",
                                   publisher="Fan Buzz", link=f"{LINK}-4-{day}", published=server.h.clock.now())
    await server.poll()
    assert len(server.posts(server.everything)) == RUMOURS_PER_DAY


async def test_a_day_later_a_new_rumour_is_posted_again(server: Server) -> None:
    for day in (2, 9, 16, 23):
        server.gossip.add_headline(f"Sources say All of Us Are Dead season 2 lands April {day}, 2027",
                                   publisher="Fan Buzz", link=f"{LINK}-4-{day}", published=server.h.clock.now())
    await server.poll()
    await server.h.advance(dt.timedelta(days=1, minutes=1))
    server.gossip.add_headline(RUMOUR, publisher="Fan Buzz", link=LINK, published=server.h.clock.now())
    await server.poll()
    assert len(server.posts(server.everything)) == RUMOURS_PER_DAY + 1


async def test_a_rumoured_window_is_said_as_a_window_not_a_date(server: Server) -> None:
    server.gossip.add_headline("Sources say All of Us Are Dead season 2 arrives in the first half of 2027",
                               publisher="Fan Buzz", link=LINK, published=server.h.clock.now())
    await server.poll()
    (post,) = server.posts(server.everything)
    assert "the first half of 2027" in text_of(post) and "a window, not a date" in text_of(post)
    assert "<t:" not in str(post.embeds[0]["description"])


async def test_a_rumour_headline_that_spoils_is_hidden_in_an_unmarked_channel(server: Server) -> None:
    server.gossip.add_headline("All of Us Are Dead season 2, with Nam-ra back as a halfbie, to premiere March 19, "
                               "2027, insiders claim", publisher="Fan Buzz", link=LINK,
                               published=server.h.clock.now())
    await server.poll()
    (post,) = server.posts(server.everything)
    assert "halfbie" in text_of(post) and "halfbie" not in _visible(text_of(post))
    assert "Fan Buzz" in _visible(text_of(post))
    _assert_nothing_unhideable(post)


async def test_the_list_says_what_each_level_posts(server: Server) -> None:
    listed = await server.h.discord.invoke(server.h.moderator, server.h.general, "season2set", "announce", "list")
    assert "all: official news, reports and rumours" in listed.text
    assert "reported: official news and reports" in listed.text and "official: official news only" in listed.text


async def test_setting_a_channel_to_all_says_it_gets_rumours_too(server: Server) -> None:
    reply = await server.h.discord.invoke(server.h.moderator, server.h.general, "season2set", "announce", "set",
                                          channel=server.everything, level="all")
    assert "official news, reports and rumours" in reply.text and "labelled as a rumour" in reply.text


def test_a_rumoured_step_is_said_as_hearsay() -> None:
    embed = rumour_embed({"type": "rumour", "milestone": "trailer", "sources": []})
    assert embed.title == "Season 2 rumour (unconfirmed)"
    assert "some say season 2 has reached **Trailer**" in str(embed.description)
    cancelled = rumour_embed({"type": "rumour", "milestone": "cancelled", "sources": []})
    assert "some say season 2 is **cancelled**" in str(cancelled.description)
