"""A question Discord holds back (its channel's post rate limit) still gets its full answer time.

Found by the trivia-night run: a question posted late kept the deadline set when it was queued, so
its countdown and its reveal came early. Players get the game's whole answer time from the moment
they can see the question, and what they type in that time counts.
"""

from __future__ import annotations

import asyncio
import datetime as dt
import re
from collections.abc import AsyncIterator
from pathlib import Path

import pytest

from bot.clock import ManualClock
from bot.harness import Harness
from bot.sandbox import Attachment, Channel, Message, RateLimits, Sandbox
from tests.e2e.driving import quiet, settled
from tests.e2e.reading import everything

pytestmark = pytest.mark.timeout(120)

QUIZ = (
    "AUTHOR: trivia night crew\n"
    "Which streaming service released the show?:\n- Netflix\n"
    "In which year did season 1 premiere?:\n- 2022\n"
)
ANSWER_TIME = 10


@pytest.fixture
async def roomy(tmp_path: Path) -> AsyncIterator[Harness]:
    """Discord's per-channel limit out of the way (it counts real seconds), so the only hold-up is
    the one the test makes."""
    limits = RateLimits(per_channel=100, per_channel_window=1.0)
    async with Sandbox(rate_limits=limits, clock=ManualClock(dt.datetime(2026, 3, 1, 12, 0, tzinfo=dt.UTC))) as discord:
        async with Harness.start(tmp_path, sandbox=discord) as harness:
            yield harness


def posts(h: Harness, room: Channel) -> list[Message]:
    found = [h.discord.message(m.id) or m for m in h.discord.messages(room)]
    return [m for m in found if m.author_id == h.discord.bot_user_id]


def first_question(h: Harness, room: Channel) -> Message | None:
    return next((m for m in posts(h, room) if re.search(r"question 1 of", everything(m), re.I)), None)


def revealed(h: Harness, room: Channel) -> str:
    """What the bot posted after the question (its reveal), not the game's opening message."""
    return "\n".join(everything(m) for m in posts(h, room)
                     if not re.search(r"question 1 of|started trivia", everything(m), re.I))


async def real_wait(check: object, seconds: float = 10.0) -> None:
    """Wait in real time (the clock stands still) for the bot to do something."""
    assert callable(check)
    for _ in range(int(seconds / 0.05)):
        if check():
            return
        await asyncio.sleep(0.05)


async def test_a_question_held_back_by_discord_gets_its_full_answer_time_from_when_it_appears(roomy: Harness) -> None:
    h = roomy
    room = h.channels["trivia"]
    quiz = Attachment("night.yaml", QUIZ.encode(), "application/x-yaml")
    await h.discord.invoke(h.moderator, room, "triviaset", "import", file=quiz, name="night")
    await h.discord.invoke(h.moderator, h.general, "triviaset", "settings", answer_time=ANSWER_TIME, pause=0)
    # Discord says "slow down" to the question's post; while discord.py waits, 2 s pass on the clock.
    # Held 0.5 s of real time: the clock is moved as soon as Discord has said it, not after a fixed sleep.
    h.discord.fail_next("POST", f"/channels/{room.id}/messages", 429, retry_after=0.5)
    await h.discord.invoke(h.moderator, room, "trivia", "start", category="night", questions=2, mode="typed")
    await h.discord.wait_for_request(
        lambda r: r.method == "POST" and r.path == f"/channels/{room.id}/messages" and r.status == 429, timeout=10
    )
    await h.advance(dt.timedelta(seconds=2))
    await real_wait(lambda: first_question(h, room) is not None)
    question = first_question(h, room)
    assert question is not None, [everything(m)[:80] for m in posts(h, room)]
    shown_at = h.clock.now()  # the clock stood still while Discord took it
    await quiet(h)  # the bot finishes with the question (an edit of its countdown, if any): its post worker ends
    closes = re.search(r"<t:(\d+):R>", everything(h.discord.message(question.id) or question))
    assert closes is not None
    full = shown_at + dt.timedelta(seconds=ANSWER_TIME)
    assert abs(int(closes.group(1)) - full.timestamp()) <= 1, "the countdown shown is not the full answer time"

    # One second before the full answer time is up, a fan types the answer: it counts.
    await h.advance(full - dt.timedelta(seconds=1) - h.clock.now())
    await quiet(h)
    assert revealed(h, room) == "", "revealed before the question's full answer time"
    answer = "netflix" if "streaming" in everything(question).lower() else "2022"
    await h.discord.say(h.fan, room, answer)
    await settled(h)  # the answer handled before the clock moves
    await h.advance(dt.timedelta(seconds=2))
    await real_wait(lambda: revealed(h, room) != "")
    assert re.search(rf"<@!?{h.fan.id}>", revealed(h, room)), revealed(h, room)[-400:]
