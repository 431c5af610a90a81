"""The spoiler guard on Discord's longest messages (4,000 characters) of the kinds a real server sees: names beside
emoji in Korean, Chinese and Thai, a run of emoji before what a name did, "ep 5" said over and over. Each reads as its
short form does (bench/guard_speed.py measures how long they take)."""

from __future__ import annotations

from bot.lore.content import bundled_pack
from bot.lore.guard import Spoiled, judge
from bot.lore.lexicon import lexicon_of
from bot.show import NOTHING, Position
from bot.spoilers import read_as_shown
from tests.table import table

READS = read_as_shown(lexicon_of(bundled_pack()).position)
S1E3 = Position(1, 3)


def filled(piece: str, size: int) -> str:
    """`piece` said again and again, `size` characters in all."""
    return (piece * (size // len(piece) + 1))[:size]


def test_a_long_message_of_names_beside_emoji_in_korean_chinese_and_thai_is_taken_down_past_its_mark() -> None:
    text = filled("청산 😭😭 온조 💀 남라 🥺🥺 청산이 😱 ชองซาน 😭 อนโจ 💀 青山 😭😭 南罗 🔥 ", 4000)
    assert judge(text, S1E3, READS) == Spoiled(Position(1, 11), S1E3)


@table(
    ("text", "short"),
    [
        # the emoji after each name is no death of theirs: what is told after the last name is the message's news
        (filled("gyeongsu 💀 ", 3960) + " na-yeon infected him", "gyeongsu 💀 na-yeon infected him"),
        (filled("💀 ", 3960) + " gwinam got his eye stabbed", ":skull: gwinam got his eye stabbed"),
        (filled("온조 💀 남라 🥺🥺 ", 3970) + " 청산 💀", "청산 💀"),
    ],
)
def test_a_long_run_of_names_and_emoji_reads_as_its_last_words_alone(text: str, short: str) -> None:
    assert READS(text) == READS(short) > NOTHING


def test_ep_5_said_two_thousand_times_gives_nothing_away() -> None:
    assert judge(" ".join(["ep 5"] * 2000), S1E3, READS) is None
