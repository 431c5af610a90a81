"""Rolls of the dead: three names or more in a row with a word of loss give each one's death away
(bot/lore/lexicon_subjects.py)."""

from __future__ import annotations

from bot.lore.content import bundled_pack
from bot.lore.lexicon import lexicon_of
from bot.lore.lexicon_subjects import Mentions, in_text_order
from bot.show import NOTHING, Position
from tests.table import table

LEXICON = lexicon_of(bundled_pack())


def s1(episode: int) -> Position:
    return Position(1, episode) if episode else NOTHING


@table(
    ("text", "spoils"),
    [
        ("isak, gyeongsu and ms park 💔", 3),  # all three die: the latest death
        ("the saddest ones: ms park, so-ju, woojin", 12),
        ("이삭 경수 박쌤 ㅠ 슬프다", 3),
        ("first isak then gyeongsu then ms park, so brutal", 3),
    ],
)
def test_a_list_of_the_dead_with_a_word_of_loss_gives_their_deaths(text: str, spoils: int) -> None:
    assert LEXICON.position(text, anywhere=True) == s1(spoils)


@table(
    "text",
    [
        "my faves: isak, ms park, so-ju",  # no word of loss: a ranking
        "saddest moments: onjo, cheongsan, isak",  # a survivor in it: not a roll of the dead
        "isak and gyeongsu 💔",  # two names are no list
    ],
)
def test_a_list_without_loss_or_with_a_survivor_gives_nothing_by_itself(text: str) -> None:
    assert LEXICON.position(text, anywhere=True) == NOTHING


def test_a_tie_names_whom_the_text_names_first_whatever_the_set_order() -> None:
    # (set iteration order follows the hash seed: the candidates are given in both orders)
    mentions: Mentions = [(0, 5, frozenset({"hari"}), False, False), (10, 15, frozenset({"daesu", "suhyeok"}), False, False)]
    assert in_text_order(["suhyeok", "daesu", "hari"], mentions) == in_text_order(["hari", "daesu", "suhyeok"], mentions)
    assert in_text_order(["onjo", "suhyeok", "daesu", "hari"], mentions) == ["hari", "daesu", "suhyeok", "onjo"]
    assert str(LEXICON.scan("daesu and hari both made it out alive")) == "S1E12 (Dae-su, made it out)"
    assert str(LEXICON.scan("hari and daesu both made it out alive")) == "S1E12 (Ha-ri, made it out)"
