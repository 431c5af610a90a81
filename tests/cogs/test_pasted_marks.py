"""Options pasted with invisible marks (a zero-width space from a phone keyboard, a right-to-left
mark copied from a Korean or Arabic chat, a byte-order mark from a document) are read as what the
user sees: "S1E3" with a mark around it is season 1, episode 3, never "“S1E3” is not an episode"."""

from __future__ import annotations

import datetime as dt
from collections.abc import AsyncIterator

import pytest
import pytest_asyncio

from bot.clock import ManualClock
from bot.harness import Harness
from bot.sandbox import Attachment

START = dt.datetime(2026, 3, 1, 12, 0, tzinfo=dt.UTC)
ZWSP, RLM, LRI, PDI, BOM = "\u200b", "\u200f", "\u2066", "\u2069", "\ufeff"

pytestmark = pytest.mark.asyncio(loop_scope="module")


@pytest_asyncio.fixture(scope="module", loop_scope="module")
async def h(tmp_path_factory: pytest.TempPathFactory) -> AsyncIterator[Harness]:
    async with Harness.start(tmp_path_factory.mktemp("marks"), clock=ManualClock(START)) as harness:
        yield harness


async def test_a_spoiler_mark_pasted_with_invisible_marks_is_set(h: Harness) -> None:
    reply = await h.discord.invoke(h.moderator, h.general, "spoilers", up_to=f"{ZWSP}S1E3{RLM}")
    assert "season 1, episode 3" in reply.text and "not an episode" not in reply.text


async def test_progress_pasted_inside_direction_marks_is_saved(h: Harness) -> None:
    reply = await h.discord.invoke(h.fan, h.general, "progress", watched=f"{LRI}S1E5{PDI}")
    assert "not an episode" not in reply.text
    seen = await h.discord.invoke(h.fan, h.general, "progress")
    assert "episode 5" in seen.text


async def test_an_episode_number_with_a_zero_width_space_is_shown(h: Harness) -> None:
    reply = await h.discord.invoke(h.fan, h.general, "episode", number=f"{ZWSP}5")
    assert reply.embed is not None and "not an episode" not in reply.text


async def test_a_daily_time_with_a_byte_order_mark_is_read(h: Harness) -> None:
    reply = await h.discord.invoke(h.moderator, h.general, "triviaset", "daily", channel=h.channels["trivia"], time=f"{BOM}09:00")
    assert "couldn't read" not in reply.text and "09:00" in reply.text


async def test_reminder_offsets_with_marks_are_read(h: Harness) -> None:
    reply = await h.discord.invoke(h.moderator, h.general, "season2set", "reminders", offsets=f"{ZWSP}1d, 7d{RLM}")
    assert "couldn't read" not in reply.text


async def test_a_report_with_a_marked_link_and_date_is_recorded(h: Harness) -> None:
    reply = await h.discord.invoke(
        h.moderator, h.general, "season2set", "report",
        milestone="trailer", source_url=f"https://example.com/news{ZWSP}", date=f"2026-02-01{RLM}", official=True,
    )
    assert "couldn't read" not in reply.text and "example.com" in reply.text


async def test_a_question_added_by_form_with_a_marked_episode_is_added(h: Harness) -> None:
    trivia = h.channels["trivia"]
    await h.discord.invoke(
        h.moderator, trivia, "triviaset", "import", file=Attachment("mine.yaml", b"AUTHOR: x\nWhat is 2+2?:\n- 4\n"), name="mine"
    )
    await h.discord.invoke(h.moderator, trivia, "triviaset", "add_question", list="mine")
    reply = await h.discord.submit_modal(h.moderator, {
        "trivia-add:question": "Who is Cheong-san's next-door neighbour?", "trivia-add:answers": "On-jo",
        "trivia-add:spoils": f"{ZWSP}S1E3",
    })
    assert "Nothing was added" not in reply.text and "u200b" not in reply.text, reply.text
