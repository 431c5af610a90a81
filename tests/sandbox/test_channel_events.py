"""Channels and threads coming and going while a bot is connected, with the payloads Discord sends
(developers/resources/channel.mdx; developers/topics/gateway-events.mdx: Channel Create, Thread
Delete): discord.py parses every guild channel type and keeps answering."""

from __future__ import annotations

import asyncio

import discord
import pytest

from bot.sandbox import SandboxError
from bot.sandbox.waiting import bounded

from .conftest import StartBot, World

EVENT_WAIT = 5.0
GUILD_TYPES = {
    0: discord.TextChannel,
    2: discord.VoiceChannel,
    4: discord.CategoryChannel,
    5: discord.TextChannel,
    13: discord.StageChannel,
    15: discord.ForumChannel,
    16: discord.ForumChannel,
}


async def _cached(bot: discord.Client, channel_id: int) -> object:
    for _ in range(250):
        found = bot.get_channel(channel_id)
        if found is not None:
            return found
        await asyncio.sleep(0.02)
    return None


async def test_a_voice_channel_added_while_connected_leaves_the_bot_answering(world: World, start_bot: StartBot) -> None:
    bot = await start_bot()
    voice = world.sandbox.add_channel(world.guild, "Watch party", type=2)
    seen = await _cached(bot, voice.id)
    assert isinstance(seen, discord.VoiceChannel) and seen.bitrate == 64000 and seen.user_limit == 0
    reply = await world.sandbox.invoke(world.mina, world.general, "ping", word="still here")
    assert reply.content == "pong still here"
    assert bot.task is not None and not bot.task.done()


async def test_every_guild_channel_type_reaches_discord_py_as_its_class(world: World, start_bot: StartBot) -> None:
    bot = await start_bot()
    added = {kind: world.sandbox.add_channel(world.guild, f"type-{kind}", type=kind) for kind in GUILD_TYPES}
    for kind, channel in added.items():
        assert type(await _cached(bot, channel.id)) is GUILD_TYPES[kind], kind
    reply = await world.sandbox.invoke(world.mina, world.general, "ping", word="ok")
    assert reply.content == "pong ok"


async def test_channels_of_every_type_seeded_before_connecting_come_in_guild_create(world: World, start_bot: StartBot) -> None:
    added = {kind: world.sandbox.add_channel(world.guild, f"early-{kind}", type=kind) for kind in GUILD_TYPES}
    bot = await start_bot()
    guild = bot.get_guild(world.guild.id)
    assert guild is not None
    for kind, channel in added.items():
        assert type(guild.get_channel(channel.id)) is GUILD_TYPES[kind], kind


def test_a_thread_type_is_not_a_channel_to_add(world: World) -> None:
    with pytest.raises(SandboxError, match="not a guild channel type"):
        world.sandbox.add_channel(world.guild, "thread?", type=11)


async def test_deleting_a_thread_sends_thread_delete_with_its_parent(world: World, start_bot: StartBot) -> None:
    bot = await start_bot()
    thread = world.sandbox.add_thread(world.general, "season 2 news")
    assert isinstance(await _cached(bot, thread.id), discord.Thread)
    waiting = asyncio.ensure_future(bot.wait_for("raw_thread_delete"))
    await asyncio.sleep(0)
    world.sandbox.delete_channel(thread)
    event: discord.RawThreadDeleteEvent = await bounded(waiting, EVENT_WAIT)
    assert (event.thread_id, event.guild_id, event.parent_id) == (thread.id, world.guild.id, world.general.id)
    assert event.thread_type is discord.ChannelType.public_thread
    guild = bot.get_guild(world.guild.id)
    assert guild is not None and guild.get_thread(thread.id) is None


async def test_deleting_a_channel_still_sends_channel_delete(world: World, start_bot: StartBot) -> None:
    bot = await start_bot()
    waiting = asyncio.ensure_future(bot.wait_for("guild_channel_delete"))
    await asyncio.sleep(0)
    world.sandbox.delete_channel(world.trivia)
    deleted: discord.abc.GuildChannel = await bounded(waiting, EVENT_WAIT)
    assert deleted.id == world.trivia.id
