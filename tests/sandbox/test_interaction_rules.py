"""Interaction rules: the response deadline, double acknowledgement, DMs, permissions, waiting."""

from __future__ import annotations

import asyncio
import time
from typing import Any

import discord
import pytest

from bot.sandbox import RateLimits, SandboxError

from .conftest import StartBot, World
from .test_rest_faults import raw


@pytest.fixture
def sandbox_options() -> dict[str, Any]:
    return {"rate_limits": RateLimits.unlimited(), "interaction_deadline": 0.2}


async def test_response_after_the_deadline_is_10062(world: World, start_bot: StartBot) -> None:
    bot = await start_bot()
    with pytest.raises(SandboxError, match="did not acknowledge"):
        await world.sandbox.invoke(world.mina, world.general, "late", delay=0.3)
    for _ in range(50):
        if bot.errors:
            break
        await asyncio.sleep(0.02)
    [error] = bot.errors
    assert isinstance(error, discord.NotFound) and error.code == 10062


@pytest.mark.parametrize(
    ("command", "options"),
    [
        ("ping", {"word": "x"}),  # answers at once: its answer sits unread past the deadline
        ("late", {"delay": 0.15}),  # needs 3/4 of its window, all of it after the stall
    ],
)
async def test_a_stall_of_the_local_discord_itself_is_not_counted_against_the_bot(
    world: World, start_bot: StartBot, command: str, options: dict[str, Any]
) -> None:
    # A loaded machine starves the test process, the bot in it too. Here the whole process
    # stalls right after the interaction is sent, before the bot has read it.
    await start_bot()
    asyncio.get_running_loop().call_soon(time.sleep, 0.6)
    reply = await world.sandbox.invoke(world.mina, world.general, command, options=options)
    assert reply.content


async def test_a_bot_slower_than_a_whole_window_after_a_long_stall_is_still_late(
    world: World, start_bot: StartBot
) -> None:
    # a stall of five windows gives the bot back one window, not five: needing four and a half after
    # it is late (less than the whole stall, so giving it all back would fail this; more than two
    # windows, so a loaded machine's own stalls, each worth one more window, do not make it on time)
    await start_bot()
    asyncio.get_running_loop().call_soon(time.sleep, 1.0)
    with pytest.raises(SandboxError, match="did not acknowledge"):
        await world.sandbox.invoke(world.mina, world.general, "late", delay=0.9)


async def test_second_acknowledgement_is_40060(world: World, start_bot: StartBot) -> None:
    await start_bot()
    s = world.sandbox
    await s.invoke(world.mina, world.general, "ping", word="x")
    callback = next(r for r in s.requests if r.path.endswith("/callback"))
    status, data, _ = await raw(s, "POST", callback.path, {"type": 4, "data": {"content": "again"}})
    assert status == 400 and data["code"] == 40060


async def test_dm_is_recorded_per_member(world: World, start_bot: StartBot) -> None:
    await start_bot()
    s = world.sandbox
    reply = await s.invoke(world.mina, world.general, "dm")
    assert reply.ephemeral
    [dm] = s.dm_messages(world.mina)
    assert dm.content == "a private word" and dm.guild_id is None
    assert s.dm_messages(world.mod) == []


async def test_default_member_permissions_hide_commands(world: World, start_bot: StartBot) -> None:
    await start_bot()
    s = world.sandbox
    with pytest.raises(SandboxError, match="not available"):
        await s.invoke(world.mina, world.general, "modonly")
    reply = await s.invoke(world.mod, world.general, "modonly")
    assert reply.content == "hello moderator"


async def test_a_server_can_open_a_hidden_command_to_everyone_or_a_role(world: World, start_bot: StartBot) -> None:
    await start_bot()
    s = world.sandbox
    s.set_command_permission(world.guild, "modonly", None, True)
    assert (await s.invoke(world.mina, world.general, "modonly")).content == "hello moderator"
    s.set_command_permission(world.guild, "modonly", None, None)
    helpers = s.add_role(world.guild, "helpers")
    s.give_role(world.mina, helpers)
    s.set_command_permission(world.guild, "modonly", helpers, True)
    assert (await s.invoke(world.mina, world.general, "modonly")).content == "hello moderator"


async def test_a_members_own_command_setting_wins_over_their_roles(world: World, start_bot: StartBot) -> None:
    await start_bot()
    s = world.sandbox
    helpers = s.add_role(world.guild, "helpers")
    s.give_role(world.mina, helpers)
    s.set_command_permission(world.guild, "modonly", helpers, True)
    s.set_command_permission(world.guild, "modonly", world.mina, False)
    with pytest.raises(SandboxError, match="this server's choice"):
        await s.invoke(world.mina, world.general, "modonly")
    s.set_command_permission(world.guild, "modonly", world.mod, False)
    assert (await s.invoke(world.mod, world.general, "modonly")).content == "hello moderator"  # Administrator


async def test_wait_for_message_sees_existing_and_future_messages(world: World) -> None:
    s = world.sandbox
    await s.say(world.mina, world.general, "first")
    assert (await s.wait_for_message(world.general, lambda m: m.content == "first")).content == "first"
    waiter = asyncio.create_task(
        s.wait_for_message(world.general, lambda m: m.content == "later", timeout=2.0)
    )
    await asyncio.sleep(0)
    await s.say(world.mina, world.general, "later")
    assert (await waiter).content == "later"
    with pytest.raises(SandboxError):
        await s.wait_for_message(world.general, lambda m: m.content == "never", timeout=0.05)
