"""A list the daily question asks from, deleted: the moderator deleting it is told what it leaves
each daily question, and /triviaset daily says the lists were deleted, not "mark the channel"."""

from __future__ import annotations

import datetime as dt
from collections.abc import AsyncIterator

import pytest
import pytest_asyncio

from bot.clock import ManualClock
from bot.harness import Harness
from bot.sandbox import Attachment

START = dt.datetime(2026, 3, 1, 12, 0, tzinfo=dt.UTC)
LIST = b"What is the school's name?:\n- Hyosan\nWho is the science teacher?:\n- Lee Byeong-chan\n"

pytestmark = pytest.mark.asyncio(loop_scope="module")


@pytest_asyncio.fixture(scope="module", loop_scope="module")
async def h(tmp_path_factory: pytest.TempPathFactory) -> AsyncIterator[Harness]:
    async with Harness.start(tmp_path_factory.mktemp("deleted"), clock=ManualClock(START)) as harness:
        yield harness


async def _daily_from(h: Harness, lists: str, *names: str) -> None:
    for name in names:
        await h.discord.invoke(h.moderator, h.general, "triviaset", "import", file=Attachment(f"{name}.yaml", LIST), name=name)
    await h.discord.invoke(h.moderator, h.general, "triviaset", "daily", channel=h.channels["trivia"], time="13:00", lists=lists)


async def test_deleting_the_only_list_a_daily_question_asks_from_says_it_has_nothing_left(h: Harness) -> None:
    await _daily_from(h, "only-quiz", "only-quiz")
    deleted = await h.discord.invoke(h.moderator, h.general, "triviaset", "delete", list="only-quiz")
    assert f"The daily question in <#{h.channels['trivia'].id}> asked only from it: it has nothing left" in deleted.text


async def test_deleting_one_of_a_daily_questions_lists_says_it_asks_from_the_others(h: Harness) -> None:
    await _daily_from(h, "quiz-a, quiz-b", "quiz-a", "quiz-b")
    deleted = await h.discord.invoke(h.moderator, h.general, "triviaset", "delete", list="quiz-a")
    assert "asked from it too: it asks from its other lists now" in deleted.text, deleted.text


async def test_a_daily_question_whose_lists_were_deleted_says_so_not_mark_the_channel(h: Harness) -> None:
    await _daily_from(h, "gone-quiz", "gone-quiz")
    await h.discord.invoke(h.moderator, h.general, "triviaset", "delete", list="gone-quiz")
    again = await h.discord.invoke(h.moderator, h.general, "triviaset", "daily", channel=h.channels["trivia"])
    assert "0 questions fit" in again.text and "the lists it asks from were deleted" in again.text, again.text
    assert "mark the channel" not in again.text


async def test_deleting_a_list_no_daily_question_asks_from_says_nothing_of_the_daily_question(h: Harness) -> None:
    await _daily_from(h, "default", "loose-quiz")
    deleted = await h.discord.invoke(h.moderator, h.general, "triviaset", "delete", list="loose-quiz")
    assert "daily question" not in deleted.text


# rehearse59: a Red list's spoiler-free questions with no third answer of their kind to offer beside each were said to
# fit #general, and no daily question was ever posted there
async def test_a_list_with_too_few_answers_of_a_kind_for_options_is_said_to_fit_no_daily_question(h: Harness) -> None:
    await _daily_from(h, "tiny-quiz", "tiny-quiz")
    again = await h.discord.invoke(h.moderator, h.general, "triviaset", "daily", channel=h.channels["trivia"])
    assert "0 questions fit this channel now (none can be asked with options" in again.text, again.text
