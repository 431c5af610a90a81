"""Threads in the local Discord, as discord.py drives them and as Discord refuses them
(developers/resources/channel.mdx: Start Thread without Message, Modify Channel (Thread); topics/
threads.mdx): creation, posting, archiving, the limits and permissions, THREAD_CREATE/UPDATE."""

from __future__ import annotations

import asyncio

import discord

from bot.sandbox.models import CREATE_PUBLIC_THREADS, MANAGE_THREADS, SEND_MESSAGES_IN_THREADS

from .conftest import StartBot, World
from .test_rest_faults import raw


async def test_discord_py_creates_a_public_thread_posts_in_it_and_archives_it(world: World, start_bot: StartBot) -> None:
    bot = await start_bot()
    s = world.sandbox
    parent = bot.get_channel(world.general.id)
    assert isinstance(parent, discord.TextChannel)
    thread = await parent.create_thread(
        name="S2 · Episode 3", type=discord.ChannelType.public_thread, auto_archive_duration=10080
    )
    assert thread.parent_id == world.general.id and thread.owner_id == s.bot_user_id
    assert thread.auto_archive_duration == 10080 and not thread.archived
    (made,) = s.threads(world.general)
    assert made.name == "S2 · Episode 3" and made.type == 11
    message = await thread.send("spoiler-safe up to S2E3")
    assert [m.content for m in s.messages(made)] == ["spoiler-safe up to S2E3"] and message.channel.id == made.id
    for _ in range(50):  # THREAD_CREATE reached the gateway cache too
        if bot.get_channel(made.id) is not None:
            break
        await asyncio.sleep(0.02)
    assert isinstance(bot.get_channel(made.id), discord.Thread)
    archived = await thread.edit(archived=True)
    assert archived.archived and s.threads(world.general, archived=True) == [made]


async def test_a_thread_without_a_type_is_private_as_discord_still_defaults(world: World) -> None:
    status, body, _ = await raw(world.sandbox, "POST", f"/channels/{world.general.id}/threads", {"name": "room"})
    assert status == 403 and body["code"] == 50013  # the bot may create public threads only


async def test_names_durations_and_slowmode_are_checked(world: World) -> None:
    path = f"/channels/{world.general.id}/threads"
    for bad in ({"name": "x" * 101, "type": 11}, {"name": "", "type": 11}, {"type": 11},
                {"name": "room", "type": 11, "auto_archive_duration": 30},
                {"name": "room", "type": 11, "rate_limit_per_user": 21601}):
        status, body, _ = await raw(world.sandbox, "POST", path, bad)
        assert status == 400 and body["code"] == 50035, bad
    status, body, _ = await raw(world.sandbox, "POST", path, {"name": "x" * 100, "type": 11, "auto_archive_duration": 1440})
    assert status == 201 and body["thread_metadata"]["auto_archive_duration"] == 1440


async def test_without_create_public_threads_the_thread_is_refused(world: World) -> None:
    s = world.sandbox
    s.set_overwrite(world.general, None, deny=CREATE_PUBLIC_THREADS)
    status, body, _ = await raw(s, "POST", f"/channels/{world.general.id}/threads", {"name": "room", "type": 11})
    assert (status, body["code"]) == (403, 50013)
    s.deny(world.general, view=True)
    status, body, _ = await raw(s, "POST", f"/channels/{world.general.id}/threads", {"name": "room", "type": 11})
    assert (status, body["code"]) == (403, 50001)


async def test_only_text_and_announcement_channels_hold_threads(world: World) -> None:
    thread = world.sandbox.add_thread(world.general, "inner")
    status, body, _ = await raw(world.sandbox, "POST", f"/channels/{thread.id}/threads", {"name": "x", "type": 11})
    assert (status, body["code"]) == (400, 50024)


async def test_archiving_someone_elses_thread_or_locking_needs_manage_threads(world: World) -> None:
    s = world.sandbox
    theirs = s.add_thread(world.general, "a fan's thread")
    status, body, _ = await raw(s, "PATCH", f"/channels/{theirs.id}", {"archived": True})
    assert (status, body["code"]) == (403, 50013)
    status, body, _ = await raw(s, "POST", f"/channels/{world.general.id}/threads", {"name": "mine", "type": 11})
    mine = body["id"]
    assert (await raw(s, "PATCH", f"/channels/{mine}", {"locked": True}))[0] == 403
    assert (await raw(s, "PATCH", f"/channels/{mine}", {"archived": True}))[0] == 200
    s.set_overwrite(world.general, None, allow=MANAGE_THREADS)
    assert (await raw(s, "PATCH", f"/channels/{theirs.id}", {"archived": True, "locked": True}))[0] == 200


async def test_an_archived_thread_is_edited_only_by_unarchiving_it_and_a_post_unarchives_it(world: World) -> None:
    s = world.sandbox
    status, body, _ = await raw(s, "POST", f"/channels/{world.general.id}/threads", {"name": "room", "type": 11})
    thread = s.store.channels[int(body["id"])]
    await raw(s, "PATCH", f"/channels/{thread.id}", {"archived": True})
    status, body, _ = await raw(s, "PATCH", f"/channels/{thread.id}", {"name": "renamed"})
    assert (status, body["code"]) == (400, 50083)
    assert (await raw(s, "POST", f"/channels/{thread.id}/messages", {"content": "back"}))[0] == 200
    assert not thread.archived
    s.archive_thread(thread, locked=True)
    status, body, _ = await raw(s, "POST", f"/channels/{thread.id}/messages", {"content": "locked"})
    assert (status, body["code"]) == (403, 160005)


async def test_posting_in_a_thread_needs_send_messages_in_threads(world: World) -> None:
    s = world.sandbox
    status, body, _ = await raw(s, "POST", f"/channels/{world.general.id}/threads", {"name": "room", "type": 11})
    s.set_overwrite(world.general, None, deny=SEND_MESSAGES_IN_THREADS)
    status, body, _ = await raw(s, "POST", f"/channels/{body['id']}/messages", {"content": "hi"})
    assert (status, body["code"]) == (403, 50013)


async def test_active_threads_lists_the_open_ones_with_the_bots_memberships(world: World) -> None:
    s = world.sandbox
    _, made, _ = await raw(s, "POST", f"/channels/{world.general.id}/threads", {"name": "mine", "type": 11})
    other = s.add_thread(world.trivia, "theirs")
    s.archive_thread(other)
    status, body, _ = await raw(s, "GET", f"/guilds/{world.guild.id}/threads/active")
    assert status == 200 and [t["id"] for t in body["threads"]] == [made["id"]]
    assert [m["id"] for m in body["members"]] == [made["id"]] and body["has_more"] is False
