"""/triviaset daily lists: a moderator picks what the daily question asks from and sees it in the
reply; the posted question comes from it; a name the server has no list or category for is refused
privately, nothing changed."""

from __future__ import annotations

import datetime as dt

from bot.harness import Harness
from bot.sandbox import Attachment
from db.trivia import daily as daily_store
from tests.cogs.trivia.test_daily_play import _posted, h  # noqa: F401  (the fixture)
from tests.cogs.trivia.test_games import KNOWN_LIST, _import_known_list


async def test_the_reply_says_the_daily_asks_the_built_in_lists_and_approved_additions_by_default(h: Harness) -> None:  # noqa: F811
    channel = h.channels["trivia"]
    on = await h.discord.invoke(h.moderator, channel, "triviaset", "daily", channel=channel, time="13:00")
    assert on.ephemeral and "It asks from the built-in lists and your server's approved trivia additions" in on.text


async def test_a_moderators_imported_list_is_what_the_daily_asks(h: Harness) -> None:  # noqa: F811
    await _import_known_list(h)
    channel = h.channels["trivia"]
    on = await h.discord.invoke(h.moderator, channel, "triviaset", "daily", channel=channel, time="13:00", lists="Known")
    assert on.ephemeral and "It asks from “known”: 8 questions fit this channel now" in on.text
    await h.advance(dt.timedelta(hours=1, minutes=1))
    assert "Known question" in (await _posted(h, 1))[-1].text
    again = await h.discord.invoke(h.moderator, channel, "triviaset", "daily", channel=channel)
    assert "It asks from “known”" in again.text  # kept when not given again


async def test_an_imported_list_named_with_spaces_is_found_by_the_name_as_the_moderator_typed_it(h: Harness) -> None:  # noqa: F811
    reply = await h.discord.invoke(
        h.moderator, h.channels["general"], "triviaset", "import", file=Attachment("k.yaml", KNOWN_LIST.replace(b"name: known", b"name: World Capitals"))
    )
    assert "Imported **world-capitals**" in reply.text, reply.text
    channel = h.channels["trivia"]
    on = await h.discord.invoke(
        h.moderator, channel, "triviaset", "daily", channel=channel, time="13:00", lists="World Capitals"
    )
    assert "It asks from “world\\-capitals”" in on.text, on.text


async def test_an_unknown_list_is_refused_privately_and_nothing_is_set(h: Harness) -> None:  # noqa: F811
    channel = h.channels["trivia"]
    refused = await h.discord.invoke(h.moderator, channel, "triviaset", "daily", channel=channel, lists="capitals")
    assert refused.ephemeral and "no list or category called “capitals”" in refused.text
    assert "Nothing was changed" in refused.text
    async with h.db.read() as conn:
        assert await daily_store.get_daily(conn, channel.id) is None


async def test_a_daily_list_typed_with_a_slip_is_refused_naming_the_one_meant(h: Harness) -> None:  # noqa: F811
    channel = h.channels["trivia"]
    refused = await h.discord.invoke(h.moderator, channel, "triviaset", "daily", channel=channel, lists="charcters")
    assert refused.ephemeral and "no list or category called “charcters” here. Did you mean “characters”?" in refused.text
    async with h.db.read() as conn:
        assert await daily_store.get_daily(conn, channel.id) is None
