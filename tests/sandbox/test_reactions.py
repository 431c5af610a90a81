"""The bot's own reaction on a message (PUT .../reactions/{emoji}/@me), with Discord's rules."""

from __future__ import annotations

from urllib.parse import quote

import discord
import pytest

from bot.sandbox.models import ADD_REACTIONS, READ_MESSAGE_HISTORY

from .conftest import StartBot, World
from .test_rest_faults import raw


def _path(channel_id: int, message_id: int, emoji: str) -> str:
    return f"/channels/{channel_id}/messages/{message_id}/reactions/{quote(emoji)}/@me"


async def test_a_bot_reacts_to_a_members_message(world: World, start_bot: StartBot) -> None:
    bot = await start_bot()
    said = await world.sandbox.say(world.mina, world.trivia, "is it Cheong-san?")
    channel = bot.get_channel(world.trivia.id)
    assert isinstance(channel, discord.TextChannel)
    await channel.get_partial_message(said.id).add_reaction("\N{HOURGLASS}")
    assert world.sandbox.message(said.id).reactions == {"\N{HOURGLASS}": [world.sandbox.store.bot_user_id]}
    fetched = await channel.fetch_message(said.id)
    assert [(str(r.emoji), r.count, r.me) for r in fetched.reactions] == [("\N{HOURGLASS}", 1, True)]


async def test_the_same_reaction_twice_counts_once(world: World) -> None:
    said = await world.sandbox.say(world.mina, world.trivia, "brb")
    for _ in range(2):
        assert (await raw(world.sandbox, "PUT", _path(world.trivia.id, said.id, "\N{NO ENTRY}")))[0] == 204
    assert world.sandbox.message(said.id).reactions == {"\N{NO ENTRY}": [world.sandbox.store.bot_user_id]}


@pytest.mark.parametrize("emoji", ["hourglass", "party:123456789012345678"])
async def test_a_reaction_that_is_no_known_emoji_is_10014(world: World, emoji: str) -> None:
    said = await world.sandbox.say(world.mina, world.trivia, "lol")
    status, data, _ = await raw(world.sandbox, "PUT", _path(world.trivia.id, said.id, emoji))
    assert (status, data["code"]) == (400, 10014)


async def test_a_reaction_on_an_unknown_message_is_10008(world: World) -> None:
    status, data, _ = await raw(world.sandbox, "PUT", _path(world.trivia.id, 42, "\N{HOURGLASS}"))
    assert (status, data["code"]) == (404, 10008)


@pytest.mark.parametrize("missing", [ADD_REACTIONS, READ_MESSAGE_HISTORY])
async def test_a_first_reaction_needs_add_reactions_and_history(world: World, missing: int) -> None:
    said = await world.sandbox.say(world.mina, world.trivia, "lol")
    world.sandbox.set_overwrite(world.trivia, None, deny=missing)
    status, data, _ = await raw(world.sandbox, "PUT", _path(world.trivia.id, said.id, "\N{HOURGLASS}"))
    assert (status, data["code"]) == (403, 50013)


async def test_a_message_holds_at_most_twenty_different_reactions(world: World) -> None:
    said = await world.sandbox.say(world.mina, world.trivia, "lol")
    emoji = [chr(0x1F600 + i) for i in range(21)]
    statuses = [(await raw(world.sandbox, "PUT", _path(world.trivia.id, said.id, e)))[:2] for e in emoji]
    assert [s for s, _ in statuses[:20]] == [204] * 20
    assert statuses[20][0] == 400 and statuses[20][1]["code"] == 30010
