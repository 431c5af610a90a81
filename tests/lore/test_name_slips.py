"""A given name typed under another surname (bot/lore/answer/name_slips.py).

A given name the lore has once, on someone every reader may see, is a slipped surname: the answer is
about them and says so first. A given name the lore has on more than one person may be someone new:
nobody the lore knows, with the names it does know as a hint. A newcomer only some readers may see is
never offered as a hint, nor answered about under another surname.
"""

from __future__ import annotations

import functools

from bot.lore.additions import apply_additions
from bot.lore.answer import AnswerEngine, render_text
from bot.lore.content import bundled_pack
from bot.lore.model import Addition
from bot.lore.name_keys import next_keys
from bot.lore.names import NameResolver
from bot.show import EpisodeInfo, Position, ShowShape
from tests.table import table

S1E12, S2E3 = Position(1, 12), Position(2, 3)
URL = "https://www.netflix.com/tudum/articles/aouad-s2-recap"


@functools.cache
def _engine(*newcomers: str) -> AnswerEngine:
    shape = ShowShape.season_one()
    shape.add_episodes(2, [EpisodeInfo(2, n) for n in range(1, 9)])
    pack = apply_additions(bundled_pack(), [
        Addition(n, 1, "character", S2E3, URL, {"name": name, "summary": "A new student."}, state="approved")
        for n, name in enumerate(newcomers, 1)])
    return AnswerEngine(pack, NameResolver.from_pack(pack), show=shape)


def _said(question: str, *newcomers: str) -> tuple[bool, str]:
    answer = _engine(*newcomers).answer(question)
    return answer.answered, render_text(answer, S1E12)[0]


@table(("question", "surname", "fact"), [
    ("who plays Kim Su-hyeok", "Su-hyeok's surname is Lee, not Kim", "Lee Su-hyeok is played by Lomon"),
    ("who plays park namra", "Nam-ra's surname is Choi, not Park", "Cho Yi-hyun"),
    ("kim onjo actress?", "On-jo's surname is Nam, not Kim", "Park Ji-hu"),
])
def test_a_given_name_the_show_has_once_under_another_surname_is_answered_and_put_right(question: str, surname: str,
                                                                                         fact: str) -> None:
    answered, text = _said(question)
    assert answered and text.startswith(surname) and fact in text, text


@table("question", ["who is kang min-jae", "who is park min jae"])
def test_a_given_name_the_show_has_more_than_once_under_another_surname_is_nobody_it_knows(question: str) -> None:
    answered, text = _said(question)
    assert not answered and "Did you mean Jung Min-jae or Lee Min-jae?" in text, text
    assert "Jin Ho-eun" not in text and "archer" not in text


def test_a_newcomer_not_every_reader_may_see_is_never_offered_as_a_hint() -> None:
    answered, text = _said("who is park min-jae", "Kang Min-jae")
    assert not answered and "Kang Min-jae" not in text and "Jung Min-jae" in text, text


def test_a_newcomer_not_every_reader_may_see_is_never_answered_about_under_another_surname() -> None:
    answered, text = _said("who is park do-yun", "Kang Do-yun")
    assert not answered and "Kang Do-yun" not in text and "Did you mean" not in text, text


@table(("typed", "name", "slip"), [
    ("onjp", "onjo", True),  # o and p side by side
    ("hsri", "hari", True),  # a and s side by side
    ("marc", "maru", False),  # u and c are far apart: another letter chosen, another name
    ("harp", "hari", False),
    ("ojno", "onjo", True),  # two letters swapped
])
def test_a_short_name_slip_is_a_key_beside_the_right_one(typed: str, name: str, slip: bool) -> None:
    assert next_keys(typed, name) is slip


@table("word", ["marc", "harp", "jail", "nara", "ohno", "desu", "haru", "sudo"])
def test_a_four_letter_word_shaped_like_english_names_nobody(word: str) -> None:
    answer = _engine().answer(f"who is {word}")
    assert not answer.answered
