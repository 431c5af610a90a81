"""Event words typed with a slip (bot/lore/lexicon_typos.py): read as the word meant, never as another word."""

from __future__ import annotations

from bot.lore.content import bundled_pack
from bot.lore.lexicon import lexicon_of
from bot.show import NOTHING, Position
from tests.table import table

LEXICON = lexicon_of(bundled_pack())


def s1(episode: int) -> Position:
    return Position(1, episode) if episode else NOTHING


@table(
    ("text", "spoils"),
    [
        ("so-ju sacrifced himself", 11),  # a letter left out
        ("gyeongsu got infeccted", 3),  # a letter typed twice
        ("namra got bittne", 6),  # two letters swapped
        ("namra tuned her guitar", 0),  # an everyday word one slip from "turned"
        ("woojin's kitten is cute", 0),  # a letter changed is another word
        ("namra's bitter ending", 0),
    ],
)
def test_event_words_with_a_slip_of_typing_are_read_as_the_word_meant(text: str, spoils: int) -> None:
    assert LEXICON.position(text, anywhere=True) == s1(spoils)
