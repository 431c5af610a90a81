"""Permissions as Discord computes and enforces them, and ephemeral messages kept off channel routes."""

from __future__ import annotations

import json
from typing import Any

import aiohttp

from bot.sandbox import Sandbox
from bot.sandbox.models import (
    ADMINISTRATOR,
    ATTACH_FILES,
    EMBED_LINKS,
    MANAGE_MESSAGES,
    MANAGE_THREADS,
    MENTION_EVERYONE,
    READ_MESSAGE_HISTORY,
    SEND_MESSAGES,
    SEND_MESSAGES_IN_THREADS,
    VIEW_CHANNEL,
)

from .conftest import World, open_interaction
from .test_rest_faults import raw


def bot_role(s: Sandbox, world: World) -> Any:
    return s.store.guild_roles[world.guild.id][s.store.bot_roles[world.guild.id]]


async def post(s: Sandbox, world: World, body: dict[str, Any]) -> tuple[int, Any]:
    status, data, _ = await raw(s, "POST", f"/channels/{world.general.id}/messages", body)
    return status, data


async def test_without_view_channel_the_bot_gets_50001(world: World) -> None:
    s = world.sandbox
    s.deny(world.general, view=True)
    for method, path, body in [
        ("POST", f"/channels/{world.general.id}/messages", {"content": "x"}),
        ("GET", f"/channels/{world.general.id}", None),
    ]:
        status, data, _ = await raw(s, method, path, body)
        assert (status, data["code"]) == (403, 50001), method


async def test_without_send_messages_the_bot_gets_50013(world: World) -> None:
    s = world.sandbox
    s.deny(world.general)
    assert await post(s, world, {"content": "x"}) == (403, {"code": 50013, "message": "Missing Permissions"})


async def test_without_embed_links_embeds_are_dropped(world: World) -> None:
    s = world.sandbox
    s.set_overwrite(world.general, None, deny=EMBED_LINKS)
    status, data = await post(s, world, {"content": "text stays", "embeds": [{"title": "gone"}]})
    assert status == 200 and data["embeds"] == [] and data["content"] == "text stays"
    status, data = await post(s, world, {"embeds": [{"title": "only an embed"}]})
    assert (status, data["code"]) == (403, 50013)


async def test_without_attach_files_an_upload_is_50013(world: World) -> None:
    s = world.sandbox
    s.set_overwrite(world.general, None, deny=ATTACH_FILES)
    form = aiohttp.FormData()
    form.add_field("payload_json", json.dumps({"content": "file"}), content_type="application/json")
    form.add_field("files[0]", b"data", filename="a.txt", content_type="text/plain")
    headers = {"Authorization": f"Bot {s.token}", "X-Sandbox-Probe": "1"}
    url = f"{s.api_base}/channels/{world.general.id}/messages"
    async with aiohttp.ClientSession() as session, session.post(url, data=form, headers=headers) as resp:
        assert resp.status == 403 and (await resp.json())["code"] == 50013


async def test_everyone_pings_only_with_mention_everyone(world: World) -> None:
    s = world.sandbox
    body = {"content": "@everyone look", "allowed_mentions": {"parse": ["everyone"]}}
    assert (await post(s, world, body))[1]["mention_everyone"] is True
    s.set_overwrite(world.general, None, deny=MENTION_EVERYONE)
    status, data = await post(s, world, body)
    assert status == 200 and data["mention_everyone"] is False


async def test_a_role_that_is_not_mentionable_pings_only_with_mention_everyone(world: World) -> None:
    s = world.sandbox
    quiet = s.add_role(world.guild, "quiet", mentionable=False)
    loud = s.add_role(world.guild, "loud", mentionable=True)
    body = {"content": f"<@&{quiet.id}> <@&{loud.id}>", "allowed_mentions": {"parse": ["roles"]}}
    assert (await post(s, world, body))[1]["mention_roles"] == [str(quiet.id), str(loud.id)]
    s.set_overwrite(world.general, None, deny=MENTION_EVERYONE)
    status, data = await post(s, world, body)
    assert status == 200 and data["mention_roles"] == [str(loud.id)]
    assert s.messages(world.general)[-1].mentions_pinged == [f"role:{loud.id}"]


def test_role_overwrites_are_combined_not_applied_in_turn(world: World) -> None:
    s = world.sandbox
    muted = s.add_role(world.guild, "muted")
    helper = s.add_role(world.guild, "helper")
    member = s.add_member(world.guild, "both", roles=[helper, muted])
    # One role denies, the other allows: the allows of all roles win over their denies together,
    # whatever order the roles come in.
    s.set_overwrite(world.general, helper, allow=SEND_MESSAGES)
    s.set_overwrite(world.general, muted, deny=SEND_MESSAGES)
    assert s.store.channel_permissions(member, world.general) & SEND_MESSAGES
    member.roles.reverse()
    assert s.store.channel_permissions(member, world.general) & SEND_MESSAGES
    # @everyone's overwrite comes first, the member's own last.
    s.set_overwrite(world.general, helper)
    everyone = s.store.guild_roles[world.guild.id][world.guild.id]
    s.set_overwrite(world.general, everyone, deny=SEND_MESSAGES)
    s.set_overwrite(world.general, muted, allow=SEND_MESSAGES)
    assert s.store.channel_permissions(member, world.general) & SEND_MESSAGES
    s.set_overwrite(world.general, member, deny=SEND_MESSAGES)
    assert not s.store.channel_permissions(member, world.general) & SEND_MESSAGES


def test_without_view_channel_nothing_else_counts_and_without_send_its_companions_go(world: World) -> None:
    s = world.sandbox
    s.set_overwrite(world.general, world.mina, deny=VIEW_CHANNEL)
    assert s.store.channel_permissions(world.mina, world.general) == 0
    s.set_overwrite(world.general, None, deny=SEND_MESSAGES)
    perms = s.bot_permissions(world.general)
    assert perms & VIEW_CHANNEL and not perms & (EMBED_LINKS | ATTACH_FILES | MENTION_EVERYONE)


async def test_administrator_bypasses_overwrites(world: World) -> None:
    s = world.sandbox
    role = bot_role(s, world)
    role.permissions |= ADMINISTRATOR
    s.deny(world.general, view=True)
    assert (await post(s, world, {"content": "still here"}))[0] == 200


async def test_threads_need_send_in_threads_and_locked_ones_manage_threads(world: World) -> None:
    s = world.sandbox
    thread = s.add_thread(world.general, "spoilers")
    path = f"/channels/{thread.id}/messages"
    assert (await raw(s, "POST", path, {"content": "in thread"}))[0] == 200
    s.set_overwrite(world.general, None, deny=SEND_MESSAGES_IN_THREADS)
    status, data, _ = await raw(s, "POST", path, {"content": "x"})
    assert (status, data["code"]) == (403, 50013)
    s.set_overwrite(world.general, None)
    locked = s.add_thread(world.general, "archive", locked=True)
    status, data, _ = await raw(s, "POST", f"/channels/{locked.id}/messages", {"content": "x"})
    assert (status, data["code"]) == (403, 160005)
    s.set_overwrite(world.general, None, allow=MANAGE_THREADS)
    assert (await raw(s, "POST", f"/channels/{locked.id}/messages", {"content": "x"}))[0] == 200


async def test_deleting_someone_elses_message_needs_manage_messages(world: World) -> None:
    s = world.sandbox
    theirs = await s.say(world.mina, world.general, "mine")
    s.set_overwrite(world.general, None, deny=MANAGE_MESSAGES)
    status, data, _ = await raw(s, "DELETE", f"/channels/{world.general.id}/messages/{theirs.id}")
    assert (status, data["code"]) == (403, 50013)
    s.set_overwrite(world.general, None)
    assert (await raw(s, "DELETE", f"/channels/{world.general.id}/messages/{theirs.id}"))[0] == 204


async def test_without_read_message_history_no_history_no_fetch_no_reply(world: World) -> None:
    s = world.sandbox
    old = await s.say(world.mina, world.general, "earlier")
    s.set_overwrite(world.general, None, deny=READ_MESSAGE_HISTORY)
    status, data, _ = await raw(s, "GET", f"/channels/{world.general.id}/messages")
    assert (status, data) == (200, [])
    status, data, _ = await raw(s, "GET", f"/channels/{world.general.id}/messages/{old.id}")
    assert (status, data["code"]) == (403, 50013)
    status, data = await post(s, world, {"content": "re", "message_reference": {"message_id": str(old.id)}})
    assert (status, data["code"]) == (403, 50013)


async def test_ephemeral_messages_are_unknown_to_channel_routes(world: World) -> None:
    s = world.sandbox
    rec = open_interaction(s, 2, world.mina, world.general)
    body = {"type": 4, "data": {"content": "psst", "flags": 64}}
    _, answer, _ = await raw(s, "POST", f"/interactions/{rec.id}/{rec.token}/callback", body)
    mid = answer["interaction"]["response_message_id"]
    for method, payload in (("GET", None), ("PATCH", {"content": "x"}), ("DELETE", None)):
        status, data, _ = await raw(s, method, f"/channels/{world.general.id}/messages/{mid}", payload)
        assert (status, data["code"]) == (404, 10008), method
    status, data, _ = await raw(s, "GET", f"/webhooks/{s.application_id}/{rec.token}/messages/@original")
    assert status == 200 and data["id"] == mid
