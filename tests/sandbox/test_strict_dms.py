"""DMs that can be refused, and slash commands run in the bot's DMs and private channels, respecting
each command's contexts and install types."""

from __future__ import annotations

import discord
import pytest

from bot.sandbox import SandboxError

from .conftest import StartBot, World
from .test_rest_faults import raw


@pytest.mark.parametrize("code", [50007, 50278])
async def test_a_refused_dm_is_403_with_discords_code(world: World, code: int) -> None:
    s = world.sandbox
    s.refuse_dms(world.mina, code)
    _, channel, _ = await raw(s, "POST", "/users/@me/channels", {"recipient_id": str(world.mina.id)})
    status, data, _ = await raw(s, "POST", f"/channels/{channel['id']}/messages", {"content": "hi"})
    assert (status, data["code"]) == (403, code)
    s.refuse_dms(world.mina, None)
    assert (await raw(s, "POST", f"/channels/{channel['id']}/messages", {"content": "hi"}))[0] == 200


async def test_opening_dms_too_fast_is_40003(world: World) -> None:
    s = world.sandbox
    s.refuse_dm_opens(times=1)
    status, data, _ = await raw(s, "POST", "/users/@me/channels", {"recipient_id": str(world.mina.id)})
    assert (status, data["code"]) == (400, 40003)
    assert (await raw(s, "POST", "/users/@me/channels", {"recipient_id": str(world.mina.id)}))[0] == 200


async def test_a_bot_sees_closed_dms_as_forbidden_50007(world: World, start_bot: StartBot) -> None:
    bot = await start_bot()
    world.sandbox.refuse_dms(world.mina)
    dm = await bot.create_dm(discord.Object(world.mina.id))
    with pytest.raises(discord.Forbidden) as info:
        await dm.send("hello")
    assert info.value.code == 50007


async def test_a_slash_command_in_the_bots_dms(world: World, start_bot: StartBot) -> None:
    await start_bot()
    s = world.sandbox
    dm = s.dm_channel(world.mina)
    reply = await s.invoke(world.mina, dm, "whoami")
    assert reply.content == "mina in dm" and reply.guild_id is None
    payload = s.last_interaction_payload
    assert "guild_id" not in payload and "member" not in payload
    assert payload["user"]["id"] == str(world.mina.id)
    assert payload["context"] == 1
    assert payload["authorizing_integration_owners"] == {"0": "0"}
    assert int(payload["app_permissions"]) & (1 << 14)  # EMBED_LINKS in the bot's DM


@pytest.mark.parametrize(
    ("command", "where", "match"),
    [
        ("ping", "dm", "guild command"),
        ("serveronly", "dm", "not available in the bot's DMs"),
        ("dmonly", "guild", "not available in a server"),
        ("whoami", "group", "not available in a private channel"),
    ],
)
async def test_a_command_run_where_its_contexts_exclude_is_refused(
    world: World, start_bot: StartBot, command: str, where: str, match: str
) -> None:
    await start_bot()
    s = world.sandbox
    channel = {"dm": s.dm_channel(world.mina), "guild": world.general, "group": s.group_dm(world.mina, world.mod)}[where]
    with pytest.raises(SandboxError, match=match):
        await s.invoke(world.mina, channel, command, **({"word": "x"} if command == "ping" else {}))


async def test_a_user_installed_command_runs_in_a_private_channel(world: World, start_bot: StartBot) -> None:
    await start_bot()
    s = world.sandbox
    group = s.group_dm(world.mina, world.mod)
    reply = await s.invoke(world.mina, group, "everywhere")
    assert reply.content == "everywhere"
    payload = s.last_interaction_payload
    assert payload["context"] == 2 and payload["authorizing_integration_owners"] == {"1": str(world.mina.id)}
    dm_reply = await s.invoke(world.mina, s.dm_channel(world.mina), "dmonly")
    assert dm_reply.content == "dm only"


async def test_default_member_permissions_do_not_apply_in_dms(world: World, start_bot: StartBot) -> None:
    await start_bot()
    s = world.sandbox
    reply = await s.invoke(world.mina, s.dm_channel(world.mina), "whoami")
    assert reply.content == "mina in dm"
