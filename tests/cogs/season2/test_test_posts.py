"""A moderator pressing /season2set announce test again and again (it seemed slow, or for fun) does
not fill the announcement channel with test posts: a few go out, then they are told to wait."""

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
    async with Harness.start(tmp_path_factory.mktemp("tests"), clock=ManualClock(START)) as harness:
        yield harness


async def test_test_posts_pressed_again_and_again_stop_at_three_a_minute(h: Harness) -> None:
    news = h.channels["announcements"]
    await h.discord.invoke(h.moderator, h.general, "season2set", "announce", "set", channel=news)
    replies = [await h.discord.invoke(h.moderator, h.general, "season2set", "announce", "test") for _ in range(6)]
    assert [r.text.startswith("Test announcement on its way") for r in replies] == [True] * 3 + [False] * 3
    assert all("3 tests went out in the last minute" in r.text and r.ephemeral for r in replies[3:])
    await h.discord.wait_for_message(news, lambda _: sum("test" in m.text for m in h.discord.messages(news)) >= 3)
    assert sum("test" in m.text for m in h.discord.messages(news)) == 3


async def test_a_minute_later_the_moderator_can_test_again(h: Harness) -> None:
    # Self-contained: under `--dist worksteal` this test may run on a worker that never ran the one above.
    await h.discord.invoke(h.moderator, h.general, "season2set", "announce", "set", channel=h.channels["announcements"])
    for _ in range(4):
        if not (await h.discord.invoke(h.moderator, h.general, "season2set", "announce", "test")).text.startswith(
                "Test announcement on its way"):
            break
    else:
        pytest.fail("four tests in a minute all went out")
    await h.advance(dt.timedelta(seconds=61))
    reply = await h.discord.invoke(h.moderator, h.general, "season2set", "announce", "test")
    assert reply.text.startswith("Test announcement on its way")
