"""Login, READY, GUILD_CREATE, sync, the plain command paths, and a forward both ways."""

from __future__ import annotations

import discord

from bot.sandbox import Message

from .conftest import StartBot, World


async def test_login_ready_guild_create(world: World, start_bot: StartBot) -> None:
    bot = await start_bot()
    assert bot.user is not None and bot.user.id == world.sandbox.bot_user_id
    guild = bot.get_guild(world.guild.id)
    assert guild is not None
    assert guild.name == "Hyosan High Fans"
    assert {c.name for c in guild.text_channels} == {"general", "trivia"}
    assert guild.member_count == 3  # mina, the moderator and the bot itself
    assert guild.me is not None
    assert world.sandbox.identify_payloads[0]["intents"] == bot.intents.value
    assert world.sandbox.unhandled == []


async def test_sync_then_invoke_reply(world: World, start_bot: StartBot) -> None:
    bot = await start_bot()
    names = {c["name"] for c in world.sandbox.registered_commands(world.guild)}
    assert {"ping", "slow", "tools", "fruit"} <= names
    assert {c.name for c in bot.synced} == names
    reply = await world.sandbox.invoke(world.mina, world.general, "ping", word="hi", times=2)
    assert isinstance(reply, Message)
    assert reply.content == "pong hi pong hi"
    assert not reply.ephemeral
    assert reply.interaction_id is not None
    assert world.sandbox.messages(world.general)[-1].id == reply.id
    assert world.sandbox.unhandled == []


async def test_defer_then_followup_is_the_reply(world: World, start_bot: StartBot) -> None:
    await start_bot()
    reply = await world.sandbox.invoke(world.mina, world.general, "slow")
    assert reply.content == "done slowly"
    assert not reply.loading
    # The followup replaced the "thinking" original: one message in the channel.
    assert [m.content for m in world.sandbox.messages(world.general)] == ["done slowly"]


async def test_ephemeral_reply(world: World, start_bot: StartBot) -> None:
    await start_bot()
    reply = await world.sandbox.invoke(world.mina, world.general, "secret")
    assert reply.ephemeral and reply.flags & 64
    assert world.sandbox.messages(world.general) == []
    assert world.sandbox.messages(world.general, include_ephemeral=True)[0].id == reply.id


async def test_subcommand_and_resolved_options(world: World, start_bot: StartBot) -> None:
    await start_bot()
    s = world.sandbox
    reply = await s.invoke(world.mina, world.general, "tools", "echo", text="<@123> hello")
    assert reply.content == "<@123> hello"
    assert reply.mentions_pinged == []
    role = s.add_role(world.guild, "S2 news")
    reply = await s.invoke(world.mina, world.general, "who", user=world.mod, role=role, channel=world.trivia)
    assert reply.content == "user=cheong role=S2 news channel=trivia"


async def test_user_message_reaches_bot(world: World, start_bot: StartBot) -> None:
    bot = await start_bot()
    msg = await world.sandbox.say(world.mina, world.general, "hello bot")
    seen = await bot.wait_seen(msg.id)
    assert seen.content == "hello bot"
    assert seen.author.id == world.mina.id


async def test_a_forward_reaches_discord_py_with_its_snapshot_either_way(world: World, start_bot: StartBot) -> None:
    bot = await start_bot()
    said = await world.sandbox.say(world.mina, world.general, "cheong-san dies in ep 12")
    members = await bot.wait_seen((await world.sandbox.forward(world.mina, said, world.trivia)).id)
    assert (members.content, members.message_snapshots[0].content) == ("", "cheong-san dies in ep 12")
    general, trivia = bot.get_channel(world.general.id), bot.get_channel(world.trivia.id)
    assert isinstance(general, discord.TextChannel) and isinstance(trivia, discord.TextChannel)
    bots = await (await general.fetch_message(said.id)).forward(trivia)
    assert bots.reference is not None and bots.reference.type is discord.MessageReferenceType.forward
    assert bots.message_snapshots[0].content == "cheong-san dies in ep 12" and bots.flags.value & 1 << 14
