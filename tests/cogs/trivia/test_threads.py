"""/trivia in a thread: a thread plays by its own spoiler mark, else by its parent channel's (the
channel's readers are the thread's), as /ask and season-2 posts do; a thread of an unmarked channel
asks nothing past episode 0."""

from __future__ import annotations

import datetime as dt
from collections.abc import AsyncIterator
from pathlib import Path

import pytest

from bot.app import EXTENSIONS
from bot.clock import ManualClock
from bot.harness import Harness
from bot.sandbox import Attachment
from tests.cogs.trivia.test_positions import _question_posted, positioned_list

TRIVIA = tuple(dict.fromkeys((*EXTENSIONS, "cogs.trivia")))
CATEGORY = "finale"
FINALE_LIST = positioned_list("finale", CATEGORY, "S1E12", "Finale question", "Finale answer")


@pytest.fixture
async def h(tmp_path: Path, clock: ManualClock) -> AsyncIterator[Harness]:
    async with Harness.start(tmp_path, clock=clock, extensions=TRIVIA) as harness:
        reply = await harness.discord.invoke(
            harness.moderator, harness.general, "triviaset", "import", file=Attachment("finale.yaml", FINALE_LIST)
        )
        assert "Imported" in reply.text, reply.text
        yield harness


async def test_a_game_in_a_thread_of_a_channel_marked_at_the_finale_may_ask_about_the_finale(h: Harness) -> None:
    channel = h.channels["trivia"]
    await h.discord.invoke(h.moderator, channel, "spoilers", up_to="S1E12")
    thread = h.discord.add_thread(channel, "finale night")
    started = await h.discord.invoke(h.fan, thread, "trivia", "start", questions=1, category=CATEGORY)
    assert "safe up to season 1, episode 12" in started.text
    assert "Finale question" in await _question_posted(h, thread)


async def test_a_thread_with_its_own_lower_mark_plays_by_it(h: Harness) -> None:
    channel = h.channels["trivia"]
    await h.discord.invoke(h.moderator, channel, "spoilers", up_to="S1E12")
    thread = h.discord.add_thread(channel, "first-timers")
    await h.discord.invoke(h.moderator, thread, "spoilers", up_to="S1E2")
    refused = await h.discord.invoke(h.fan, thread, "trivia", "start", questions=1, category=CATEGORY)
    assert refused.ephemeral and "No questions fit: nothing safe up to season 1, episode 2" in refused.text


async def test_a_thread_of_an_unmarked_channel_asks_nothing_past_episode_zero(h: Harness) -> None:
    thread = h.discord.add_thread(h.channels["trivia"], "chat")
    refused = await h.discord.invoke(h.fan, thread, "trivia", "start", questions=1, category=CATEGORY)
    assert refused.ephemeral and "No questions fit" in refused.text
    assert "episode 12" not in refused.text


async def test_a_game_cut_off_by_its_thread_being_locked_says_so_on_its_last_question_and_to_its_starter(h: Harness) -> None:
    channel = h.channels["trivia"]
    await h.discord.invoke(h.moderator, channel, "spoilers", up_to="S1E12")
    thread = h.discord.add_thread(channel, "quiz night")
    await h.discord.invoke(h.fan, thread, "trivia", "start", questions=3, category=CATEGORY)
    await _question_posted(h, thread)
    h.discord.archive_thread(thread, locked=True)  # a moderator locks it mid-game
    for _ in range(10):
        await h.advance(dt.timedelta(seconds=5))
    last = await h.discord.wait_for_message(thread, lambda m: m.text.startswith("This game ended here"))
    assert last.text.startswith("This game ended here: Discord no longer lets me post in this thread.")
    # and whoever started it is told once by DM (the moderators' notices), what to do with it
    told = await h.discord.wait_for_message(h.discord.dm_channel(h.fan), lambda m: "trivia game stopped" in m.text, timeout=10)
    assert f"so the trivia game <@{h.fan.id}> started there ended. I need Manage Threads (the thread is locked) there. " \
           "Unlock the thread, or start one in another channel." in told.text, told.text
