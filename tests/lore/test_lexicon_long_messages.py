"""The guard's reading of a message of Discord's greatest length, 4,000 characters of one short run repeated (emoji,
Korean, Chinese, Thai, Japanese, Tagalog, episode numbers, short sentences, one sentence with no break): the same
episode its first few words give away, read as the guard reads it (bot.spoilers.read_as_shown)."""

from __future__ import annotations

from bot.lore.content import bundled_pack
from bot.lore.lexicon import lexicon_of
from bot.show import NOTHING, Position
from bot.spoilers import read_as_shown
from tests.table import table

READ = read_as_shown(lexicon_of(bundled_pack()).position)


def four_thousand(run: str) -> str:
    """`run` repeated to 4,000 characters, Discord's longest message."""
    return (run * (4_000 // len(run) + 1))[:4_000]


@table(
    ("run", "episode"),
    [
        ("😭💀 지민 ", 10),  # Ji-min's death, in Korean beside emoji
        ("😭💀 清山 ", 11),  # Cheong-san's, in Chinese
        ("💀 gwinam 💀 ", 11),
        ("gwinam 💀 dies ", 11),
        ("namatay si jimin 😭 ", 10),  # Tagalog
        ("jimin dies. ", 10),  # a thousand short sentences
        ("jimin dies in ep 10 and namra lives ", 10),  # one sentence with no break
        ("halfbie 💀 ", 5),  # the word itself, not a laugh at it
        ("comes back 💀 namra ", 12),
        ("onjo's dad 💀 ", 11),  # So-ju
        ("nayeon got bit by gwinam 💀 ", 11),
        ("for nayeon 🕊️ ms park ", 9),  # Ms. Park, not the one she died for
    ],
)
def test_a_long_message_repeating_a_spoiler_gives_its_episode_away(run: str, episode: int) -> None:
    assert READ(four_thousand(run)) == Position(1, episode)


@table(
    "run",
    [
        "😭 namra ",
        "😭💀 จีมิน ",  # Thai
        "😭💀 ジミン ",  # Japanese
        "ep 5 ",
        "ep 5 ep 6 ep 7 ",
        "namra ",  # names alone
        "지민 ",
        "清山",
        "gwi-nam ",
        "💀",
        "namra comes back stronger 💀 ",  # a laugh at the comeback
        "my cat cheongsan died 😭 ",  # the writer's pet
        "gwinam: i'll be back 💀 ",  # a laugh at a quote
        "she dies. he lives. ",  # no one named
    ],
)
def test_a_long_message_repeating_harmless_words_gives_nothing_away(run: str) -> None:
    assert READ(four_thousand(run)) == NOTHING
