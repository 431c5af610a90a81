"""/trivia start's category autocomplete offers what the game would actually ask: nothing past the
channel's spoiler mark, nor past the starter's /progress (or the up_to_episode they typed), nor a list
turned off in the server; when something is held back, a last choice says why (never naming it)."""

from __future__ import annotations

from collections.abc import AsyncIterator
from pathlib import Path
from typing import Any

import pytest

from bot.clock import ManualClock
from bot.harness import Harness
from bot.sandbox import Attachment
from bot.trivia.lists import parse_list
from tests.cogs.trivia.test_positions import positioned_list
from tests.cogs.trivia.test_threads import TRIVIA

EARLY_LIST = positioned_list("early", "early", "S1E3", "Episode three question", "Early answer")
FINALE_LIST = positioned_list("finale", "finale", "S1E12", "Finale question", "Finale answer")


@pytest.fixture
async def h(tmp_path: Path, clock: ManualClock) -> AsyncIterator[Harness]:
    async with Harness.start(tmp_path, clock=clock, extensions=TRIVIA) as harness:
        for name, data in (("early.yaml", EARLY_LIST), ("finale.yaml", FINALE_LIST)):
            reply = await harness.discord.invoke(
                harness.moderator, harness.general, "triviaset", "import", file=Attachment(name, data)
            )
            assert "Imported" in reply.text, reply.text
        await harness.discord.invoke(harness.moderator, harness.channels["trivia"], "spoilers", up_to="S1E12")
        yield harness


async def _offered(h: Harness, typed: str, **options: str) -> tuple[list[str], list[str]]:
    """The values offered while typing `typed`, and the names of the choices."""
    choices = await h.discord.autocomplete(
        h.fan, h.channels["trivia"], "trivia", "start", focused="category", category=typed, **options
    )
    return [c["value"] for c in choices], [c["name"] for c in choices]


async def test_a_list_past_the_starters_progress_is_not_offered_and_the_last_choice_says_why(h: Harness) -> None:
    await h.discord.invoke(h.fan, h.channels["trivia"], "progress", watched="S1E3")
    values, names = await _offered(h, "")
    assert "early" in values and "finale" not in values
    assert "past your /progress (S1E3)" in names[-1] and "up_to_episode" in names[-1]
    assert not any("finale" in name for name in names)


async def test_typing_the_held_back_list_offers_only_the_reason_which_changes_nothing_typed(h: Harness) -> None:
    await h.discord.invoke(h.fan, h.channels["trivia"], "progress", watched="S1E3")
    values, names = await _offered(h, "fin")
    assert values == ["fin"] and "past your /progress" in names[0]


async def test_up_to_episode_typed_before_offers_up_to_it(h: Harness) -> None:
    await h.discord.invoke(h.fan, h.channels["trivia"], "progress", watched="S1E3")
    values, _ = await _offered(h, "fin", up_to_episode="S1E12")
    assert values == ["finale"]


async def test_a_list_past_the_channels_mark_is_not_offered_to_a_starter_without_progress(h: Harness) -> None:
    await h.discord.invoke(h.moderator, h.channels["trivia"], "spoilers", up_to="S1E5")
    values, names = await _offered(h, "")
    assert "early" in values and "finale" not in values
    assert "past this channel's mark (S1E5)" in names[-1]


async def test_a_list_turned_off_in_the_server_is_not_offered_and_the_last_choice_says_so(h: Harness) -> None:
    await h.discord.invoke(h.moderator, h.general, "triviaset", "settings", disable_list="early")
    values, names = await _offered(h, "")
    assert "early" not in values and "finale" in values
    assert "turned off here" in names[-1]


async def test_a_list_whose_name_spoils_is_never_offered_and_the_last_choice_says_typing_it_plays_it(
    h: Harness,
) -> None:
    cog: Any = h.bot.get_cog("Trivia")
    parsed = parse_list(b"What is the school's name?:\n- Hyosan\n", "cheongsan dies")  # stored before names were checked
    await cog.service.import_list(h.guild.id, parsed, h.moderator.id)
    values, names = await _offered(h, "", mode="typed")
    assert "cheongsan dies" not in values and not any("cheongsan" in name for name in names)
    assert "1 with a spoiling name (type it)" in names[-1]
