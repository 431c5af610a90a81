"""The guard's memory of what left a guarded channel: a reply to a question taken down is read with it,
for a few minutes, and only so many are kept."""

from __future__ import annotations

import datetime as dt

from bot.clock import ManualClock
from bot.lore.guard_gone import CHANNELS, KEPT_FOR, PER_CHANNEL, GoneMessages

START = dt.datetime(2026, 12, 6, 3, 0, tzinfo=dt.UTC)


def test_a_question_taken_down_is_recalled_with_its_asker_in_its_channel_only() -> None:
    gone = GoneMessages(ManualClock(START))
    gone.remember(1, 10, "does cheongsan die?", 7)
    recalled = gone.recall(1, 10)
    assert recalled is not None and (recalled.text, recalled.author_id) == ("does cheongsan die?", 7)
    assert gone.recall(2, 10) is None and gone.recall(1, 11) is None


def test_a_question_is_forgotten_once_too_old_to_be_answered() -> None:
    clock = ManualClock(START)
    gone = GoneMessages(clock)
    gone.remember(1, 10, "does cheongsan die?", 7)
    clock.advance(KEPT_FOR - dt.timedelta(seconds=1))
    assert gone.recall(1, 10) is not None
    clock.advance(dt.timedelta(seconds=2))
    assert gone.recall(1, 10) is None


def test_a_burst_keeps_only_the_latest_of_a_channel_and_the_busiest_channels() -> None:
    gone = GoneMessages(ManualClock(START))
    for n in range(PER_CHANNEL + 1):
        gone.remember(1, n, f"is question {n} a spoiler?", 7)
    assert gone.recall(1, 0) is None and gone.recall(1, PER_CHANNEL) is not None
    for channel in range(2, CHANNELS + 2):
        gone.remember(channel, 1, "is so-ju ok?", 7)
    assert gone.recall(1, PER_CHANNEL) is None and gone.recall(CHANNELS + 1, 1) is not None


def test_a_question_nobody_answers_is_not_kept_past_its_time() -> None:
    clock = ManualClock(START)
    gone = GoneMessages(clock)
    gone.remember(1, 10, "does cheongsan die?", 7)
    clock.advance(KEPT_FOR + dt.timedelta(seconds=1))
    gone.remember(2, 20, "is namra ok?", 8)
    assert len(gone) == 1  # channel 1's text is out of memory, though nobody asked for it again


def test_a_deleted_message_that_asks_nothing_is_not_kept() -> None:
    gone = GoneMessages(ManualClock(START))
    gone.remember(1, 10, "my address is 12 elm street, delete this", 7)
    assert gone.recall(1, 10) is None and len(gone) == 0  # no answer can need it: out of memory at once
