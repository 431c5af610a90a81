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


@pytest.mark.parametrize(("option", "typed", "meant"), [
    ("disable_category", "charcters", "characters"), ("enable_category", "Epsiodes", "episodes"),
    ("disable_list", "generatd", "generated"), ("disable_category", "prod", "production"),
])
async def test_a_name_typed_with_a_slip_is_refused_naming_the_one_meant(h: Harness, option: str, typed: str, meant: str) -> None:
    reply = await h.discord.invoke(h.moderator, h.general, "triviaset", "settings", options={option: typed})
    assert reply.ephemeral and f"Did you mean “{meant}”? Nothing was changed." in reply.text
    assert reply.embed is None  # nothing was saved, so no settings card


@pytest.mark.parametrize(("option", "typed", "says"), [
    ("disable_list", "cast", "“cast” is a category, not a list: give it as `disable_category`."),
    ("enable_list", "Characters", "“characters” is a category, not a list: give it as `enable_category`."),
    ("disable_category", "aouad", "“aouad” is a list, not a category: give it as `disable_list`."),
])
async def test_a_category_given_as_a_list_says_which_option_takes_it(h: Harness, option: str, typed: str, says: str) -> None:
    reply = await h.discord.invoke(h.moderator, h.general, "triviaset", "settings", options={option: typed})
    assert reply.ephemeral and says in reply.text and "Nothing was changed." in reply.text


async def test_a_name_like_nothing_here_still_points_to_the_lists(h: Harness) -> None:
    reply = await h.discord.invoke(h.moderator, h.general, "triviaset", "settings", disable_list="zzqx")
    assert "There is no trivia list by that name here; /trivia lists shows them. Nothing was changed." in reply.text


async def test_a_blank_list_name_names_nothing_and_shows_the_settings(h: Harness) -> None:
    reply = await h.discord.invoke(h.moderator, h.general, "triviaset", "settings", enable_list="  ")
    assert "already so" not in reply.text  # no list was named
    assert reply.text.startswith("Running games keep the settings they started with.") and reply.embed is not None
