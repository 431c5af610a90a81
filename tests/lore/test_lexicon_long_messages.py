"""The guard's reading of a message of Discord's greatest length, 4,000 characters of one short run repeated (emoji,
Korean, Chinese, Thai, Japanese, Tagalog, episode numbers, short sentences, one sentence with no break): the same
episode its first few words give away, read as the guard reads it (bot.spoilers.read_as_shown)."""

from __future__ import annotations

from bot.lore.content import bundled_pack
from bot.lore.lexicon import lexicon_of
from bot.show import NOTHING, Position
from bot.spoilers import read_as_shown
from tests.stall import read_at_once
from tests.table import table

LEXICON = lexicon_of(bundled_pack())
READ = read_as_shown(LEXICON.position)


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


def spaced(head: str, tail: str) -> str:
    """`head`, spaces, then `tail`: 4,000 characters, Discord's longest message."""
    return head + " " * (4_000 - len(head) - len(tail)) + tail


def test_guesses_after_a_dash_and_4000_spaces_are_read_at_once() -> None:
    texts = [spaced("the archer who dies", "- minjae right?"), spaced("the one who bit namra", "- gwinam right?"),
             spaced("the girl who dies", "— jimin?"), spaced("el arquero que muere", "- minjae verdad?")]
    for text in texts:
        LEXICON.position(" ".join(text.split()), anywhere=True)  # (its patterns compiled first, as in a running bot)
    with read_at_once():  # (a name said after a death and a run of spaces took 0.4-0.5 CPU-s each, as their square)
        for text in texts:
            LEXICON.position(text, anywhere=True)


def test_names_before_4000_spaces_are_read_at_once() -> None:
    texts = [spaced("so-ju", "- ok"), spaced("gwinam", "lol"), spaced("kinagat ni gwinam si", " namra"),
             spaced("cheongsan", "?"), spaced("namra", "!")]
    for text in texts:
        LEXICON.position(" ".join(text.split()), anywhere=True)  # (its patterns compiled first, as in a running bot)
    with read_at_once():  # (the events named after a character were searched for from each space: 0.3 CPU-s each)
        for text in texts:
            LEXICON.position(text, anywhere=True)


def test_a_death_or_a_question_after_4000_spaces_is_read_at_once() -> None:
    texts = [spaced("he", "dies in ep 11"), spaced("", "¿quién muere en el ep 11?"), spaced("", "¿murió cheong-san?")]
    for text in texts:
        LEXICON.position(" ".join(text.split()), anywhere=True)  # (its patterns compiled first, as in a running bot)
    with read_at_once():  # (0.05-0.1 CPU-s each at stop 71, growing with the length: reported at 0.1-1.1 s)
        for text in texts:
            assert LEXICON.position(text, anywhere=True) == Position(1, 11)


def test_a_name_and_an_emoji_in_every_clause_is_read_at_once() -> None:
    READ("gwinam: 💀")  # (its patterns compiled first, as in a running bot)
    with read_at_once():  # (each emoji's clause once searched from the message's start: 2.4 CPU-s, as their square; the
        # quote "gwinam: i'll be back 💀 " of the table above took 1.2, too near the guard's second to fail for sure)
        assert READ(four_thousand("gwinam: 💀 ")) == Position(1, 11)
