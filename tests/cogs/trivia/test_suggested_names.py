"""A moderator's typo gets "Did you mean …?" only with a name that gives nothing away: a server list
stored before list names were checked for spoilers may name what happens in the show, and a
suggestion shows where spoilers cannot be hidden. A safe name is still suggested. Such a name,
turned off, shows in spoiler bars in the settings."""

from __future__ import annotations

import datetime as dt
from collections.abc import AsyncIterator
from typing import Any

import pytest
import pytest_asyncio

from bot.clock import ManualClock
from bot.harness import Harness
from bot.trivia.lists import parse_list

START = dt.datetime(2026, 3, 1, 12, 0, tzinfo=dt.UTC)
SPOILING = "cheongsan dies"  # stored before names were checked

pytestmark = pytest.mark.asyncio(loop_scope="module")


@pytest_asyncio.fixture(scope="module", loop_scope="module")
async def h(tmp_path_factory: pytest.TempPathFactory) -> AsyncIterator[Harness]:
    async with Harness.start(tmp_path_factory.mktemp("suggest"), clock=ManualClock(START)) as harness:
        cog: Any = harness.bot.get_cog("Trivia")
        for name in (SPOILING, "school trivia"):
            parsed = parse_list(b"What is the school's name?:\n- Hyosan\n", name)
            await cog.service.import_list(harness.guild.id, parsed, harness.moderator.id)
        yield harness


async def test_the_stored_name_spoils(h: Harness) -> None:
    cog: Any = h.bot.get_cog("Trivia")
    assert cog.reads(SPOILING)


@pytest.mark.parametrize("option", ["disable_list", "enable_list"])
async def test_a_typo_in_a_settings_list_never_suggests_a_name_that_spoils(h: Harness, option: str) -> None:
    reply = await h.discord.invoke(h.moderator, h.general, "triviaset", "settings", **{option: "cheongsan die"})
    assert "Nothing was changed" in reply.text and "dies" not in reply.text, reply.text


async def test_a_typo_in_the_daily_lists_never_suggests_a_name_that_spoils(h: Harness) -> None:
    reply = await h.discord.invoke(
        h.moderator, h.general, "triviaset", "daily", channel=h.channels["trivia"], lists="cheongsan die"
    )
    assert "Nothing was changed" in reply.text and "dies" not in reply.text, reply.text


async def test_a_typo_of_a_safe_name_is_still_suggested(h: Harness) -> None:
    reply = await h.discord.invoke(h.moderator, h.general, "triviaset", "settings", disable_list="school trivai")
    assert "Did you mean \u201cschool trivia\u201d?" in reply.text, reply.text


async def test_a_typo_of_a_safe_name_is_still_suggested_for_the_daily_lists(h: Harness) -> None:
    reply = await h.discord.invoke(
        h.moderator, h.general, "triviaset", "daily", channel=h.channels["trivia"], lists="school trivai"
    )
    assert "Did you mean \u201cschool trivia\u201d?" in reply.text, reply.text


async def test_a_list_turned_off_whose_name_spoils_is_shown_in_spoiler_bars_in_the_settings(h: Harness) -> None:
    reply = await h.discord.invoke(h.moderator, h.general, "triviaset", "settings", disable_list=SPOILING)
    lists_off = next(f["value"] for f in reply.embeds[0]["fields"] if f["name"] == "Lists off")
    assert lists_off == f"||{SPOILING}||", lists_off
    await h.discord.invoke(h.moderator, h.general, "triviaset", "settings", enable_list=SPOILING)
