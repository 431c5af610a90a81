"""Gateway behaviour: resume with replay, reconnect, invalid session, close codes, intents."""

from __future__ import annotations

import asyncio
from typing import Any

import discord
import pytest

from bot.sandbox.waiting import bounded

from .conftest import StartBot, World


async def test_close_4000_resumes_and_replays_missed_events(world: World, start_bot: StartBot) -> None:
    bot = await start_bot()
    s = world.sandbox
    await s.disconnect("close", hold=True)
    missed = await s.say(world.mina, world.general, "said while the bot was away")
    s.release_gateway()
    seen = await bot.wait_seen(missed.id)
    assert seen.content == "said while the bot was away"
    assert len(s.identify_payloads) == 1  # resumed, not re-identified


async def test_reconnect_op7_resumes(world: World, start_bot: StartBot) -> None:
    await start_bot()
    s = world.sandbox
    await s.disconnect("reconnect")
    await s.wait_until_ready()
    reply = await s.invoke(world.mina, world.general, "ping", word="back")
    assert reply.content == "pong back"
    assert len(s.identify_payloads) == 1


async def test_invalid_session_makes_the_client_identify_again(world: World, start_bot: StartBot) -> None:
    await start_bot()
    s = world.sandbox
    await s.disconnect("invalid_session")
    await s.wait_until_ready()
    assert len(s.identify_payloads) == 2
    reply = await s.invoke(world.mina, world.general, "ping", word="again")
    assert reply.content == "pong again"


async def test_close_4004_is_fatal(world: World, start_bot: StartBot) -> None:
    world.sandbox.close_with(4004)
    bot = await start_bot(wait_ready=False)
    assert bot.task is not None
    with pytest.raises(discord.ConnectionClosed) as info:
        await bounded(bot.task, 5.0)
    assert info.value.code == 4004


async def test_close_4014_raises_privileged_intents_required(world: World, start_bot: StartBot) -> None:
    world.sandbox.close_with(4014)
    bot = await start_bot(wait_ready=False)
    assert bot.task is not None
    with pytest.raises(discord.PrivilegedIntentsRequired):
        await bounded(bot.task, 5.0)


async def test_wrong_token_is_a_login_failure(world: World, start_bot: StartBot) -> None:
    bot = await start_bot(wait_ready=False, token="not-the-token")
    assert bot.task is not None
    with pytest.raises(discord.LoginFailure):
        await bounded(bot.task, 5.0)


async def test_message_content_intent_is_honoured(world: World, start_bot: StartBot) -> None:
    bot = await start_bot(message_content=False)
    s = world.sandbox
    assert not s.identify_payloads[0]["intents"] & (1 << 15)
    plain = await s.say(world.mina, world.general, "no intent, no content")
    assert (await bot.wait_seen(plain.id)).content == ""
    mention = await s.say(world.mina, world.general, f"<@{s.bot_user_id}> but mentions get through")
    assert (await bot.wait_seen(mention.id)).content.endswith("but mentions get through")


async def test_two_sessions_both_receive_events(world: World, start_bot: StartBot) -> None:
    one = await start_bot()
    two = await start_bot()
    await world.sandbox.wait_until_ready(sessions=2)
    msg = await world.sandbox.say(world.mina, world.general, "hello both")
    assert (await one.wait_seen(msg.id)).content == "hello both"
    assert (await two.wait_seen(msg.id)).content == "hello both"


async def test_auto_sharded_bot_uses_gateway_bot(world: World) -> None:
    ready = asyncio.Event()
    client = discord.AutoShardedClient(
        intents=discord.Intents.default(), guild_ready_timeout=0.05, chunk_guilds_at_startup=False
    )
    client.event(_setter(ready))
    task = asyncio.create_task(client.start(world.sandbox.token))
    try:
        await bounded(ready.wait(), 5.0)
        assert client.shard_count == 1
        assert client.get_guild(world.guild.id) is not None
        assert any(r.path == "/gateway/bot" for r in world.sandbox.requests)
        assert world.sandbox.identify_payloads[0]["shard"] == [0, 1]
    finally:
        await bounded(client.close(), 5.0)
        await bounded(task, 5.0)


def _setter(event: asyncio.Event) -> Any:
    async def on_ready() -> None:
        event.set()

    return on_ready


async def test_user_dm_reaches_the_bot(world: World, start_bot: StartBot) -> None:
    bot = await start_bot(message_content=False)
    s = world.sandbox
    msg = await s.say(world.mina, s.dm_channel(world.mina), "hello in private")
    seen = await bot.wait_seen(msg.id)
    assert seen.content == "hello in private"
    assert isinstance(seen.channel, discord.DMChannel)
