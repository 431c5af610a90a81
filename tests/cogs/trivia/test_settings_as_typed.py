"""/triviaset settings as moderators type it, and what a game says when the settings leave it
nothing: lists switched on or off several at once ("aouad, generated", as /trivia start takes
them), and a start with every list off names the setting to change."""

from __future__ import annotations

import datetime as dt
from collections.abc import AsyncIterator

import pytest
import pytest_asyncio

from bot.clock import ManualClock
from bot.harness import Harness

START = dt.datetime(2026, 3, 1, 12, 0, tzinfo=dt.UTC)

pytestmark = pytest.mark.asyncio(loop_scope="module")


@pytest_asyncio.fixture(scope="module", loop_scope="module")
async def h(tmp_path_factory: pytest.TempPathFactory) -> AsyncIterator[Harness]:
    async with Harness.start(tmp_path_factory.mktemp("settings"), clock=ManualClock(START)) as harness:
        yield harness


def lists_off(reply_embed: dict[str, object]) -> str:
    fields = reply_embed["fields"]
    assert isinstance(fields, list)
    return next(str(f["value"]) for f in fields if f["name"] == "Lists off")


async def test_several_lists_are_switched_off_and_on_in_one_go(h: Harness) -> None:
    off = await h.discord.invoke(h.moderator, h.general, "triviaset", "settings", disable_list="aouad, generated")
    assert off.embed is not None and lists_off(off.embed) == "aouad, generated", off.text
    on = await h.discord.invoke(h.moderator, h.general, "triviaset", "settings", enable_list="aouad,generated")
    assert on.embed is not None and lists_off(on.embed) == "none", on.text


async def test_one_unknown_name_among_several_changes_nothing_and_is_named(h: Harness) -> None:
    reply = await h.discord.invoke(h.moderator, h.general, "triviaset", "settings", disable_list="aouad, nope")
    assert "nope" in reply.text and "Saved" not in reply.text
    shown = await h.discord.invoke(h.moderator, h.general, "triviaset", "settings")
    assert shown.embed is not None and lists_off(shown.embed) == "none"


async def test_a_game_with_every_list_off_says_the_lists_are_off(h: Harness) -> None:
    await h.discord.invoke(h.moderator, h.general, "triviaset", "settings", disable_list="aouad, generated")
    reply = await h.discord.invoke(h.fan, h.channels["trivia"], "trivia", "start")
    assert "Turned off here: 2 lists" in reply.text and "/triviaset settings" in reply.text, reply.text
    await h.discord.invoke(h.moderator, h.general, "triviaset", "settings", enable_list="aouad, generated")
