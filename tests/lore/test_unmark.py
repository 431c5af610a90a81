"""/spoilers words that take a mark away (bot/lore/unmark.py): as moderators type them."""

from __future__ import annotations

from bot.lore.unmark import CLEAR, FOLLOW, unmark_request
from tests.table import table


@table("typed", [
    "follow channel", "Follow the channel's mark", "channel", "use the parent's mark", "same as channel",
    "follow parent", "FOLLOW CHANNEL", "follow the channel\u2019s spoiler mark", "go back to the channel",
])
def test_asking_for_the_channels_mark_reads_as_follow(typed: str) -> None:
    assert unmark_request(typed) == FOLLOW


@table("typed", [
    "clear", "Clear", "reset", "unset", "remove the mark", "clear this thread's mark", "reset to channel",
    "delete spoiler mark", "clear\u200b",
])
def test_asking_to_take_the_mark_away_reads_as_clear(typed: str) -> None:
    assert unmark_request(typed) == CLEAR


@table("typed", [
    "S1E3", "0", "none", "nothing", "latest", "the finale", "channel 5", "episode 3", "mark", "the", "", "clear s1e3",
])
def test_a_position_or_other_words_is_not_an_unmark_request(typed: str) -> None:
    assert unmark_request(typed) is None


@table("typed", [
    "해제", "스포 해제", "스포일러 마크 해제", "마크 초기화", "초기화", "스포 표시 삭제", "마크를 지워줘", "스포일러 설정 취소",
])
def test_asking_in_korean_to_take_the_mark_away_reads_as_clear(typed: str) -> None:
    assert unmark_request(typed) == CLEAR


@table("typed", ["채널 따라가기", "채널 마크 따라", "채널이랑 같게", "채널 설정 그대로"])
def test_asking_in_korean_for_the_channels_mark_reads_as_follow(typed: str) -> None:
    assert unmark_request(typed) == FOLLOW


@table("typed", ["5화", "5화까지", "시즌1 해제", "전부", "없음"])
def test_a_korean_position_is_not_an_unmark_request(typed: str) -> None:
    assert unmark_request(typed) is None
