"""/spoilers words that take a mark away (bot/lore/unmark.py): as moderators type them."""

from __future__ import annotations

import pytest

from bot.lore.unmark import CLEAR, FOLLOW, unmark_request


@pytest.mark.parametrize("typed", [
    "follow channel", "Follow the channel's mark", "channel", "use the parent's mark", "same as channel",
    "follow parent", "FOLLOW CHANNEL", "follow the channel\u2019s spoiler mark", "go back to the channel",
])
def test_asking_for_the_channels_mark_reads_as_follow(typed: str) -> None:
    assert unmark_request(typed) == FOLLOW


@pytest.mark.parametrize("typed", [
    "clear", "Clear", "reset", "unset", "remove the mark", "clear this thread's mark", "reset to channel",
    "delete spoiler mark", "clear\u200b",
])
def test_asking_to_take_the_mark_away_reads_as_clear(typed: str) -> None:
    assert unmark_request(typed) == CLEAR


@pytest.mark.parametrize("typed", [
    "S1E3", "0", "none", "nothing", "latest", "the finale", "channel 5", "episode 3", "mark", "the", "", "clear s1e3",
])
def test_a_position_or_other_words_is_not_an_unmark_request(typed: str) -> None:
    assert unmark_request(typed) is None
