"""A game never asks past what its starter has watched: without up_to_episode, the starter's own
/progress holds it back below the channel's mark, and the start message says so and how to go further."""

from __future__ import annotations

from collections.abc import AsyncIterator
from pathlib import Path

import pytest

from bot.clock import ManualClock
from bot.harness import Harness
from bot.sandbox import Attachment
from tests.cogs.trivia.test_positions import _question_posted, positioned_list
from tests.cogs.trivia.test_threads import TRIVIA

# three questions of episode 3 and three of the finale
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


async def test_a_starter_on_episode_three_gets_no_finale_question_and_is_told_why(h: Harness) -> None:
    channel = h.channels["trivia"]
    await h.discord.invoke(h.fan, channel, "progress", watched="S1E3")
    started = await h.discord.invoke(h.fan, channel, "trivia", "start", questions=1, category="early, finale")
    assert "safe up to season 1, episode 3" in started.text
    assert "Held to your /progress (season 1, episode 3): start with up_to_episode to ask further." in started.text
    assert "Episode three question" in await _question_posted(h, channel)


async def test_a_finale_question_past_the_starters_progress_is_refused_privately(h: Harness) -> None:
    channel = h.channels["trivia"]
    await h.discord.invoke(h.fan, channel, "progress", watched="S1E3")
    refused = await h.discord.invoke(h.fan, channel, "trivia", "start", questions=1, category="finale")
    assert refused.ephemeral and "No questions fit: nothing safe up to season 1, episode 3" in refused.text


async def test_up_to_episode_is_the_starters_own_choice_over_their_progress(h: Harness) -> None:
    channel = h.channels["trivia"]
    await h.discord.invoke(h.fan, channel, "progress", watched="S1E3")
    started = await h.discord.invoke(h.fan, channel, "trivia", "start", questions=1, category="finale", up_to_episode="S1E12")
    assert "safe up to season 1, episode 12" in started.text and "/progress" not in started.text


async def test_a_starter_without_progress_plays_to_the_channels_mark(h: Harness) -> None:
    started = await h.discord.invoke(h.fan, h.channels["trivia"], "trivia", "start", questions=1, category="finale")
    assert "safe up to season 1, episode 12" in started.text and "/progress" not in started.text
