"""A trivia question over 1024 characters through the local Discord: the add_question form takes
it (up to 2000), and an uploaded Red list holding one is refused saying the limit and its length,
not with YAML's "could not find expected ':'"."""

from __future__ import annotations

from collections.abc import AsyncIterator
from pathlib import Path

import pytest

from bot.clock import ManualClock
from bot.harness import Harness
from bot.sandbox.models import Attachment
from tests.cogs.trivia.test_games import TRIVIA

LONG_QUESTION = "Which student " + "really " * 180 + "said it?"


@pytest.fixture
async def h(tmp_path: Path, clock: ManualClock) -> AsyncIterator[Harness]:
    async with Harness.start(tmp_path, clock=clock, extensions=TRIVIA) as harness:
        yield harness


async def test_an_uploaded_red_list_with_a_question_over_1024_characters_says_the_limit(h: Harness) -> None:
    data = f"AUTHOR: mod\nQ1?:\n- a\n{LONG_QUESTION}:\n- Cheong-san\n".encode()
    reply = await h.discord.invoke(
        h.moderator, h.channels["general"], "triviaset", "import", file=Attachment("long.yaml", data), timeout=10
    )
    assert f"the question is {len(LONG_QUESTION)} characters long" in reply.text, reply.text
    assert "at most 1024 characters" in reply.text and "could not find expected" not in reply.text


async def test_the_form_takes_a_question_over_1024_characters(h: Harness) -> None:
    form = await h.discord.invoke(h.moderator, h.channels["general"], "triviaset", "add_question", list="long")
    assert form.content == "Add a trivia question"
    reply = await h.discord.submit_modal(
        h.moderator, {"trivia-add:question": LONG_QUESTION, "trivia-add:answers": "Cheong-san"}
    )
    assert "Added a question to the new list **long**" in reply.text, reply.text
