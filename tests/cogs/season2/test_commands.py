"""/season2 through the local Discord: status card, announcements, reports, reminders, faults."""

from __future__ import annotations

import asyncio
import datetime as dt
from collections.abc import AsyncIterator
from pathlib import Path
from typing import Any

import pytest

from bot.clock import ManualClock
from bot.harness import Harness
from bot.sandbox import Channel, Message, SandboxError
from bot.sandbox.models import EMBED_LINKS, SEND_MESSAGES, VIEW_CHANNEL
from db import outbox as outbox_db
from db.season2 import subscriptions as subscriptions_db
from tests.polling import eventually

START = dt.datetime(2026, 3, 1, 12, 0, tzinfo=dt.UTC)
EXTENSIONS = ("cogs.meta", "cogs.season2")
WAIT = 8.0
#: What a refusal names a moderator can do about a permission the bot lacks in a channel.
HOW = " for me in the channel's settings (Edit Channel > Permissions), or pick another channel."


@pytest.fixture
async def h(tmp_path: Path) -> AsyncIterator[Harness]:
    async with Harness.start(tmp_path, clock=ManualClock(START), extensions=EXTENSIONS) as harness:
        yield harness


def _bot_posts(h: Harness, channel: Channel) -> list[Message]:
    return [m for m in h.discord.messages(channel) if m.interaction_id is None and m.author_id == h.discord.bot_user_id]


def _posts_requests(h: Harness, channel: Channel) -> int:
    return sum(1 for r in h.discord.requests if r.method == "POST" and r.path == f"/channels/{channel.id}/messages")


async def _subscribe(h: Harness, channel: Channel, **options: object) -> Message:
    return await h.discord.invoke(h.moderator, h.general, "season2set", "announce", "set", channel=channel, **options)


async def _report(h: Harness, milestone: str = "teaser", official: bool = True, **extra: object) -> Message:
    return await h.discord.invoke(
        h.moderator, h.general, "season2set", "report",
        milestone=milestone, source_url="https://www.netflix.com/tudum/aouad-s2", date="2026-02-28",
        official=official, **extra,
    )


async def _wait_post(h: Harness, channel: Channel, text: str) -> Message:
    return await h.discord.wait_for_message(
        channel, lambda m: m.interaction_id is None and text in m.text, timeout=WAIT
    )


async def _wait_dm(h: Harness, text: str) -> Message:
    async def find() -> Message:
        while True:
            for message in h.discord.dm_messages(h.fan):
                if text in message.text:
                    return message
            await asyncio.sleep(0.05)

    return await asyncio.wait_for(find(), WAIT)


async def test_status_card_shows_the_milestone_and_its_sources(h: Harness) -> None:
    reply = await h.discord.invoke(h.fan, h.general, "season2", "status")
    assert reply.embed is not None
    assert reply.embed["title"].startswith("Season 2")
    assert reply.mentions_pinged == []


async def test_status_card_gives_the_outlets_release_guess_as_a_rumour(h: Harness) -> None:
    reply = await h.discord.invoke(h.fan, h.general, "season2", "status")
    assert reply.embed is not None
    rumours = next(f for f in reply.embed["fields"] if f["name"].startswith("Rumours"))
    assert "first half of 2027" in rumours["value"].splitlines()[0]  # the newest guess first
    assert "No release date has been announced" in reply.embed["description"]


async def test_a_release_date_source_is_listed_once_on_the_status_card(h: Harness) -> None:
    await _report(h, milestone="release_date_announced", release_date="2026-04-10 12:00")
    reply = await h.discord.invoke(h.fan, h.general, "season2", "status")
    assert reply.embed is not None and reply.embed["title"] == "Season 2: Release date announced"
    assert reply.text.count("reported by a moderator") == 1
    assert "Release date sources" not in [f["name"] for f in reply.embed.get("fields", [])]


async def test_seeding_from_the_lore_pack_announces_nothing(h: Harness) -> None:
    await _subscribe(h, h.channels["announcements"])
    await h.restart()
    await h.bot.scheduler.run_now()
    assert _bot_posts(h, h.channels["announcements"]) == []


async def test_announce_test_arrives_through_the_outbox_with_a_nonce(h: Harness) -> None:
    await _subscribe(h, h.channels["announcements"])
    reply = await h.discord.invoke(h.moderator, h.general, "season2set", "announce", "test")
    assert "on its way" in reply.text
    post = await _wait_post(h, h.channels["announcements"], "test")
    assert post.nonce is not None and len(str(post.nonce)) <= 25


async def test_fans_are_not_offered_the_announcement_settings(h: Harness) -> None:
    with pytest.raises(SandboxError, match="not available to fan"):
        await h.discord.invoke(h.fan, h.general, "season2set", "announce", "set", channel=h.channels["announcements"])


async def test_fans_cannot_set_announcements_even_where_the_server_shows_them_the_command(h: Harness) -> None:
    h.discord.set_command_permission(h.guild, "season2set", None, True)
    reply = await h.discord.invoke(h.fan, h.general, "season2set", "announce", "set", channel=h.channels["announcements"])
    assert reply.ephemeral and "Manage Server" in reply.text
    async with h.db.read() as conn:
        assert await subscriptions_db.list_subscriptions(conn) == []


async def test_an_official_report_is_announced_once_pinging_only_the_chosen_role(h: Harness) -> None:
    role = h.discord.add_role(h.guild, "s2-news")
    await _subscribe(h, h.channels["announcements"], role=role)
    asked = await _report(h)
    assert "will ping 1 role" in asked.text  # an official report that pings asks first
    await h.discord.click(h.moderator, asked, asked.buttons[0]["custom_id"])  # acknowledged, then updated
    reply = await h.discord.wait_for_message(h.general, lambda m: m.id == asked.id and "status changed" in m.text)
    assert not reply.buttons
    post = await _wait_post(h, h.channels["announcements"], "Teaser")
    assert post.mentions_pinged == [f"role:{role.id}"]
    assert "official" in post.text
    await h.bot.scheduler.run_now()
    await _report(h)  # the same report again changes nothing
    assert len(_bot_posts(h, h.channels["announcements"])) == 1


async def test_a_single_reported_claim_does_not_move_the_status(h: Harness) -> None:
    await _subscribe(h, h.channels["announcements"], level="reported")
    reply = await _report(h, official=False)
    assert "did not change" in reply.text


async def test_report_refuses_a_bad_url_and_a_bad_date(h: Harness) -> None:
    bad_url = await h.discord.invoke(
        h.moderator, h.general, "season2set", "report",
        milestone="trailer", source_url="javascript:alert(1)", date="2026-02-28", official=True,
    )
    assert "web address" in bad_url.text
    bad_date = await h.discord.invoke(
        h.moderator, h.general, "season2set", "report",
        milestone="trailer", source_url="https://www.soompi.com/x", date="03/04/2026", official=True,
    )
    assert "YYYY-MM-DD" in bad_date.text  # 3 April or 4 March: asked again, never guessed


async def test_announce_refuses_a_channel_naming_exactly_the_permissions_it_denies(h: Harness) -> None:
    channel = h.channels["announcements"]
    for deny, needs in (
        (SEND_MESSAGES, "I need Send Messages there. Allow it" + HOW),  # not Embed Links too: Discord takes that with it
        (VIEW_CHANNEL, "I need View Channel there. Allow it" + HOW),
        (SEND_MESSAGES | EMBED_LINKS, "I need Send Messages and Embed Links there. Allow them" + HOW),
        (EMBED_LINKS, "I need Embed Links there. Allow it" + HOW),
    ):
        h.discord.set_overwrite(channel, None, deny=deny)
        reply = await _subscribe(h, channel)
        assert "I can't post in" in reply.text and reply.text.endswith(needs), (deny, reply.text)
    h.discord.set_overwrite(channel, None)
    assert "will be announced" in (await _subscribe(h, channel)).text


async def test_a_403_disables_the_subscription_and_tells_its_moderator_not_the_members(h: Harness) -> None:
    await _subscribe(h, h.channels["announcements"])
    await _subscribe(h, h.channels["trivia"])
    h.discord.deny(h.channels["announcements"])
    tested = await h.discord.invoke(h.moderator, h.general, "season2set", "announce", "test")
    assert f"I can't post in <#{h.channels['announcements'].id}>: I need Send Messages there" in tested.text
    # The test post is still queued as the reply comes: its refusal turns the channel off. Waited for
    # here, or a report made meanwhile is queued for the channel too and sent beside it (a second 403).
    # The moderator who set it up is told by DM; the system channel members read says nothing.
    notice = await h.discord.wait_for_message(h.discord.dm_channel(h.moderator), lambda m: "turned off" in m.text,
                                              timeout=WAIT)
    await _report(h)
    await _wait_post(h, h.channels["trivia"], "Teaser")
    assert not [m for m in h.discord.messages(h.general) if "turned off" in m.text and m.interaction_id is None]
    assert f"<#{h.channels['announcements'].id}>" in notice.text
    # worded as the test post's refusal and the posts list word it: what I need, and where to allow it
    assert "I need Send Messages there. Allow it for me in the channel's settings (Edit Channel > Permissions)" in notice.text
    async with h.db.read() as conn:
        subs = {s.channel_id: s for s in await subscriptions_db.list_subscriptions(conn, enabled_only=False)}
    assert subs[h.channels["announcements"].id].enabled is False
    await h.bot.scheduler.run_now()
    assert _posts_requests(h, h.channels["announcements"]) == 1  # never retried


async def _subscription_state(h: Harness) -> tuple[bool, str | None]:
    async with h.db.read() as conn:
        (sub,) = await subscriptions_db.list_subscriptions(conn, enabled_only=False)
    return sub.enabled, sub.disabled_reason


async def _turned_off_as_deleted(h: Harness) -> None:
    """Wait until the subscription is off because its channel was deleted (the gateway event)."""
    async def turned_off() -> bool:
        return await _subscription_state(h) == (False, "channel deleted")

    assert await eventually(turned_off, 5.0, every=0.05), await _subscription_state(h)


async def test_a_deleted_channel_is_turned_off_at_once_and_never_posted_to(h: Harness) -> None:
    await _subscribe(h, h.channels["announcements"])
    gone = h.channels["announcements"]
    h.discord.delete_channel(gone)
    await _turned_off_as_deleted(h)
    listed = await h.discord.invoke(h.moderator, h.general, "season2set", "announce", "list")
    assert "off (channel deleted)" in listed.text
    await _report(h)
    await h.bot.scheduler.run_now()
    assert _posts_requests(h, gone) == 0


async def test_a_channel_refused_then_deleted_while_i_was_away_is_listed_as_deleted_not_by_what_it_needed(
    h: Harness,
) -> None:
    news = h.discord.add_channel(h.guild, "s2-news")
    await _subscribe(h, news)
    h.discord.set_overwrite(news, None, allow=VIEW_CHANNEL, deny=SEND_MESSAGES)  # the bot may no longer post there
    await h.discord.invoke(h.moderator, h.general, "season2set", "announce", "test")  # refused: turned off
    await h.discord.wait_for_message(h.discord.dm_channel(h.moderator), lambda m: "turned off" in m.text, timeout=WAIT)
    listed = await h.discord.invoke(h.moderator, h.general, "season2set", "announce", "list")
    assert f"<#{news.id}>: official, off (missing permissions) · I need Send Messages there" in listed.text, listed.text
    await h._stop_bot()  # deleted while the bot is down: no event tells it, Discord's 404 does
    h.discord.delete_channel(news)
    await h._start_bot()
    listed = await h.discord.invoke(h.moderator, h.general, "season2set", "announce", "list")
    assert ("#s2-news (deleted): official, off (channel deleted) · pick another channel with `/season2set announce set`"
            in listed.text.replace("\\", "")), listed.text
    assert "Send Messages" not in listed.text and f"<#{news.id}>" not in listed.text, listed.text


async def test_a_channel_deleted_while_i_was_away_is_disabled_when_a_post_finds_it_gone(h: Harness) -> None:
    await _subscribe(h, h.channels["announcements"])
    await h._stop_bot()  # deleted while the bot is down: no event tells it
    h.discord.delete_channel(h.channels["announcements"])
    await h._start_bot()
    await _report(h)
    await h.discord.wait_for_message(h.discord.dm_channel(h.moderator), lambda m: "turned off" in m.text, timeout=WAIT)
    assert await _subscription_state(h) == (False, "channel deleted")


async def test_a_channel_the_announce_list_finds_deleted_is_turned_off_there_and_never_posted_to(h: Harness) -> None:
    gone = h.channels["announcements"]
    await _subscribe(h, gone)
    await h._stop_bot()  # deleted while the bot is down: no event tells it, the list's look-up does
    h.discord.delete_channel(gone)
    await h._start_bot()
    for _ in range(2):
        listed = await h.discord.invoke(h.moderator, h.general, "season2set", "announce", "list")
        assert ("#announcements (deleted): official, off (channel deleted) · pick another channel with "
                "`/season2set announce set`") in listed.text.replace("\\", ""), listed.text
    assert await _subscription_state(h) == (False, "channel deleted")
    await _report(h)
    await h.bot.scheduler.run_now()
    await h.discord.wait_for_message(h.discord.dm_channel(h.moderator), lambda m: "turned off" in m.text, timeout=WAIT)
    assert _posts_requests(h, gone) == 0
    told = [m for m in h.discord.messages(h.discord.dm_channel(h.moderator)) if "turned off" in m.text]
    assert len(told) == 1, [m.text for m in told]
    async with h.db.read() as conn:
        rows = await outbox_db.outbox_rows(conn)
    assert not [row for row in rows if row.target == f"channel:{gone.id}"], rows


async def test_per_channel_and_global_429s_still_deliver_exactly_once(h: Harness) -> None:
    await _subscribe(h, h.channels["announcements"])
    await _subscribe(h, h.channels["trivia"])
    h.discord.fail_next("POST", f"/channels/{h.channels['announcements'].id}/messages", 429, times=2)
    h.discord.fail_next("POST", f"/channels/{h.channels['trivia'].id}/messages", 429, global_=True)
    await _report(h)
    for name in ("announcements", "trivia"):
        await _wait_post(h, h.channels[name], "Teaser")
    await h.bot.scheduler.run_now()
    assert len(_bot_posts(h, h.channels["announcements"])) == 1
    assert len(_bot_posts(h, h.channels["trivia"])) == 1


async def test_a_500_once_is_retried_and_delivered_once(h: Harness) -> None:
    await _subscribe(h, h.channels["announcements"])
    h.discord.fail_next("POST", f"/channels/{h.channels['announcements'].id}/messages", 500)
    await _report(h)
    await _wait_post(h, h.channels["announcements"], "Teaser")
    assert len(_bot_posts(h, h.channels["announcements"])) == 1


async def test_a_release_date_sets_a_countdown_that_arrives_after_advance(h: Harness) -> None:
    await _subscribe(h, h.channels["announcements"])
    await h.discord.invoke(h.fan, h.general, "season2", "remind", on=True)
    await _report(h, milestone="release_date_announced", release_date="2026-04-10 12:00")
    await _wait_post(h, h.channels["announcements"], "release date")
    await h.advance(dt.timedelta(days=39, hours=1))  # 2026-04-09 13:00: the 1-day reminder, an hour late
    post = await _wait_post(h, h.channels["announcements"], "to go")
    assert "1d to go" in post.text
    dm = await _wait_dm(h, "to go")
    assert "1d to go" in dm.text


async def test_reminder_offsets_are_set_per_server(h: Harness) -> None:
    reply = await h.discord.invoke(h.moderator, h.general, "season2set", "reminders", offsets="1d, 1h")
    assert "1d, 1h" in reply.text
    bad = await h.discord.invoke(h.moderator, h.general, "season2set", "reminders", offsets="soon")
    assert "couldn't read" in bad.text


async def test_timeline_attaches_a_png(h: Harness) -> None:
    reply = await h.discord.invoke(h.fan, h.general, "season2", "timeline", timeout=15)
    (attachment,) = reply.attachments
    assert attachment.filename.endswith(".png")
    assert attachment.data.startswith(b"\x89PNG")


async def test_the_timeline_is_drawn_again_once_the_news_changes(h: Harness) -> None:
    first = (await h.discord.invoke(h.fan, h.general, "season2", "timeline", timeout=15)).attachments[0].data
    again = (await h.discord.invoke(h.fan, h.general, "season2", "timeline", timeout=15)).attachments[0].data
    assert again == first
    reply = await h.discord.invoke(
        h.moderator, h.general, "season2set", "report", milestone="trailer",
        source_url="https://www.soompi.com/article/aouad-season-2-trailer", date=h.clock.now().date().isoformat(),
        official=True,
    )
    assert "Recorded" in reply.text
    after = (await h.discord.invoke(h.fan, h.general, "season2", "timeline", timeout=15)).attachments[0].data
    assert after != first


async def test_sources_without_configuration_says_so(h: Harness) -> None:
    reply = await h.discord.invoke(h.fan, h.general, "season2", "sources")
    assert "No outside source is configured" in reply.text


async def test_a_source_serving_garbage_shows_as_failing_and_announces_nothing(tmp_path: Path) -> None:
    from bot.sandbox.newsfeed import LocalNewsFeed

    async with LocalNewsFeed() as feed:
        async with Harness.start(
            tmp_path, clock=ManualClock(START), extensions=EXTENSIONS, rss_feeds=(feed.feed_url,)
        ) as h:
            await _subscribe(h, h.channels["announcements"], level="all")
            feed.serve_garbage("html", times=5)
            feed.add_headline("All of Us Are Dead season 2 teaser is out", publisher="Soompi")
            cog = h.bot.get_cog("Season2")
            assert cog is not None
            await cog.service.tracking.poll_now()  # type: ignore[attr-defined]
            reply = await h.discord.invoke(h.fan, h.general, "season2", "sources")
            assert "Failures in a row" in reply.text
            assert _bot_posts(h, h.channels["announcements"]) == []


async def test_news_can_go_to_a_thread(h: Harness) -> None:
    thread = h.discord.add_thread(h.channels["announcements"], "season 2 news")
    reply = await _subscribe(h, thread)
    assert f"<#{thread.id}>" in reply.text
    await _report(h)
    post = await _wait_post(h, thread, "Teaser")
    assert post.mentions_pinged == []


async def test_a_deleted_thread_is_turned_off_at_once_and_never_posted_to(h: Harness) -> None:
    thread = h.discord.add_thread(h.channels["announcements"], "season 2 news")
    await _subscribe(h, thread)
    h.discord.delete_channel(thread)  # Discord sends THREAD_DELETE: id, guild_id, parent_id, type
    await _turned_off_as_deleted(h)
    listed = await h.discord.invoke(h.moderator, h.general, "season2set", "announce", "list")
    # by the name it had: its mention would show only "#deleted-channel"
    assert "#season 2 news (deleted)" in listed.text and "off (channel deleted)" in listed.text
    await _report(h)
    await h.bot.scheduler.run_now()
    assert _posts_requests(h, thread) == 0
    assert _bot_posts(h, h.general) == []  # a moderator deleted it: nothing to tell the server


async def test_a_renamed_thread_is_named_by_its_new_name_once_deleted(h: Harness) -> None:
    thread = h.discord.add_thread(h.channels["announcements"], "season 2 news")
    await _subscribe(h, thread)
    h.discord.rename_channel(thread, "시즌2 소식 🧟")  # THREAD_UPDATE: the name kept follows it
    cog: Any = h.bot.get_cog("Season2")

    async def renamed() -> bool:
        return [s.channel_name for s in await cog.service.subscriptions(h.guild.id)] == ["시즌2 소식 🧟"]

    await eventually(renamed, 5.0, every=0.05)
    h.discord.delete_channel(thread)
    await _turned_off_as_deleted(h)
    listed = await h.discord.invoke(h.moderator, h.general, "season2set", "announce", "list")
    assert "#시즌2 소식 🧟 (deleted)" in listed.text, listed.text


async def test_a_locked_thread_is_refused_with_what_i_need(h: Harness) -> None:
    thread = h.discord.add_thread(h.channels["announcements"], "old news", locked=True)
    reply = await _subscribe(h, thread)
    assert reply.ephemeral and "can't post" in reply.text and "locked" in reply.text



async def test_season_two_posts_are_paced_at_half_of_discords_global_limit(h: Harness) -> None:
    cog: Any = h.bot.get_cog("Season2")  # 25 requests/s: the other 25 stay free for commands and replies
    assert cog.service.dispatcher.limiter.rate == 25


async def test_a_channel_set_again_without_a_level_keeps_the_one_it_had(h: Harness) -> None:
    news = h.channels["announcements"]
    first = await _subscribe(h, news)
    assert "Season 2 news (official)" in first.text  # a new channel: official only
    await _subscribe(h, news, level="all")
    again = await _subscribe(h, news)  # e.g. to change the role: the level is not lost
    assert "Season 2 news (all)" in again.text
    listed = await h.discord.invoke(h.moderator, h.general, "season2set", "announce", "list")
    assert f"<#{news.id}>: all, on" in listed.text
    await h.discord.invoke(h.moderator, h.general, "season2set", "announce", "off")
    back = await _subscribe(h, news)  # turned off in between: a fresh start
    assert "Season 2 news (official)" in back.text


async def test_a_report_says_how_many_channels_here_announce_it(h: Harness) -> None:
    await _subscribe(h, h.channels["announcements"])
    await _subscribe(h, h.channels["trivia"])
    reply = await _report(h)
    assert "status changed" in reply.text and "Announced in 2 channels here." in reply.text


async def test_a_report_no_channel_here_announces_says_how_to_have_one(h: Harness) -> None:
    reply = await _report(h)
    assert "status changed" in reply.text
    assert "No channel here announces it: `/season2set announce set` picks one" in reply.text
    assert "Announcements queued" not in reply.text


async def test_the_same_report_sent_twice_says_it_was_reported_already(h: Harness) -> None:
    first = await _report(h)
    assert "status changed" in first.text
    again = await _report(h)
    assert again.text.startswith("That was reported already (the same milestone, link and day), so nothing changed.")
    assert "Recorded" not in again.text


async def test_the_list_names_a_channel_the_bot_may_no_longer_post_in_before_a_post_fails(tmp_path: Path) -> None:
    async with Harness.start(tmp_path, clock=ManualClock(START)) as h:
        news = h.discord.add_channel(h.guild, "s2-news-denied")
        await h.discord.invoke(h.moderator, h.general, "season2set", "announce", "set", channel=news)
        h.discord.deny(news)
        listed = await h.discord.invoke(h.moderator, h.general, "season2set", "announce", "list")
        line = next(x for x in listed.text.splitlines() if f"<#{news.id}>" in x)
        assert "on" in line and "⚠️ I need Send Messages there" in line and "Edit Channel > Permissions" in line, line
