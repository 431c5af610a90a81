"""A word typed ahead of or after a whole question (lead_asides.py): read past only when the engine could never use it."""

from __future__ import annotations

from bot.lore.answer.lead_asides import shouted_first, two_asks, unfollowed, unprefaced
from bot.lore.answer.pasted import reply_alone, unpasted
from tests.table import table

KNOWN = frozenset("who plays what happened to dad the but so is alive virus in did it win any if".split())


def _same(word: str) -> str:
    return word


@table(
    ("clause", "shouted", "after", "bare"),
    [
        ("wowww who plays ent0", "", (), "who plays ent0"),
        ("shocked cat gif who plays ent0", "", (), "who plays ent0"),
        ("random but who plays ent0", "", (), "who plays ent0"),
        ("help who plays ent0", "help", (), "who plays ent0"),  # shouted: "HELP who plays ..."
        ("ent1 who plays ent0", "", (), None),  # a name ahead: part of the question
        ("dad who plays ent0", "", (), None),  # a known word ahead: someone's dad, maybe
        ("but who plays ent0", "", (), None),  # a joining word alone is no aside
        ("ep 5 who dies", "", (), None),  # a number: the episode asked about
        ("a b c d who plays ent0", "", (), None),  # too long for an aside
        ("who plays ent0", "", (), None),  # nothing ahead
        ("jaehoon who bit ent0", "", ("what happened to him",), None),  # "him" may be the one typed first
        ("jaehoon who does he play", "", (), None),
        ("stuntman who plays ent0", "", (), None),  # her stunt double is asked: never answered with her actress
        ("JAPANESE who plays ent0", "japanese", (), None),  # her Japanese dub, even shouted
    ],
)
def test_unprefaced(clause: str, shouted: str, after: tuple[str, ...], bare: str | None) -> None:
    assert unprefaced(clause, KNOWN, _same, shouted, after) == bare


@table(
    ("clause", "typed", "bare"),
    [
        ("who plays ent0 sksksk", "who plays onjo sksksk", "who plays ent0"),
        ("who plays ent0 gif crying cat", "who plays woojin [gif: crying cat]", "who plays ent0"),  # after a name
        ("who plays ent0 555", "who plays hari 555", "who plays ent0"),  # Thai laughter
        ("what is the virus hahaha", "what is the virus hahaha", "what is the virus"),  # laughter's shape
        ("what is the virus thx", "what is the virus thx", "what is the virus"),  # no vowel: no word
        ("who plays ent0 hairdresser", "who plays onjos hairdresser", None),  # hers: asked of
        ("who plays ent0 hairdresser", "who plays onjo hairdresser", None),  # a real word may be what is asked
        ("who plays ent0 's hairdresser", "who plays onjo's hairdresser", None),
        ("who plays ent0 in hamlet", "who plays onjo in hamlet", None),  # what "in" needs
        ("who plays ent0 stepdad", "who plays onjo stepdad", None),  # another one asked of
        ("who plays ent0 dad", "who plays onjo dad", None),  # a known word
        ("is the virus airborne", "is the virus airborne", None),  # after a word, maybe what is asked
        ("did it win any emmys", "did it win any emmys", None),
        ("who plays ent0", "who plays onjo", None),  # nothing after
        ("wow ent0 sksksk", "wow onjo sksksk", None),  # no question word first
    ],
)
def test_unfollowed(clause: str, typed: str, bare: str | None) -> None:
    assert unfollowed(clause, KNOWN, _same, typed) == bare


def test_shouted_and_two_asks() -> None:
    assert shouted_first("HACKED who plays onjo") == "hacked"
    assert shouted_first("OMG WHO PLAYS ONJO") == ""  # all shouted: nothing set apart
    assert two_asks("why who plays onjo") and two_asks("how who dies")
    assert not two_asks("WHAT who plays onjo")  # a cry, not a question word
    assert not two_asks("what? who plays onjo") and not two_asks("who plays onjo")


def test_pasted_reply_and_members() -> None:
    assert reply_alone("> cheongsan is the best\nwho plays cheongsan tho") == "who plays cheongsan tho"
    assert reply_alone("> does mijin die\nanyone?") == "> does mijin die\nanyone?"  # the quote is the question
    assert unpasted("@jin @mina who plays onjo") == "who plays onjo"
