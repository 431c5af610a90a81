"""Event words typed with a slip (bot/lore/lexicon_typos.py): read as the word meant, never as another word."""

from __future__ import annotations

from bot.lore.content import bundled_pack
from bot.lore.lexicon import lexicon_of
from bot.lore.lexicon_typos import rephrase
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


@table(
    ("text", "said"),
    [
        ("onjos vater stirbt", "onjo's dad died"),  # a German name's genitive: that one's kin
        ("haris mama", "hari's mom"),
        ("his papa is the best", "his papa is the best"),  # English words ending in s: no genitive ("hi's dad")
        ("this mama bear", "this mama bear"),
        ("it's papa", "it's papa"),
        ("was mama ok", "was mama ok"),
        ("yes papa", "yes papa"),
    ],
)
def test_german_kin_follows_a_names_genitive_never_an_english_word_ending_in_s(text: str, said: str) -> None:
    assert rephrase(text) == said
