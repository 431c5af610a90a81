"""Relations composed: a relation path from a name or a description ("the main character's dad"),
then what is asked of its end (the actor, the job, the fate); each step keeps what it spoils."""

from __future__ import annotations

from bot.lore.answer import render_text
from bot.show import NOTHING, Position
from tests.lore.helpers import SPOILER_SPAN, bundled_engine, said_in_the_clear
from tests.table import table


@table(
    ("question", "expected"),
    [
        ("who plays On-jo's father", "Jeon Bae-soo"),
        ("who plays onjos dad", "Jeon Bae-soo"),  # a possessive typed without its apostrophe
        ("who plays the main character's dad", "Jeon Bae-soo"),  # a description, then a relation
        ("who plays the father of the boy thrown off the roof", "Kim Byung-chul"),
        ("who plays ha-ri's little brother", "Son Sang-yeon"),
        ("who plays the boy on-jo likes", "Lomon"),  # "the boy X likes": whom X has a crush on
        ("who plays the girl cheong-san is in love with", "Park Ji-hu"),
        ("who plays the boy who has a crush on on-jo", "Yoon Chan-young"),  # the other way round
    ],
)
def test_the_actor_of_a_relation_path(question: str, expected: str) -> None:
    answer = bundled_engine().answer(question)
    assert answer.answered and expected in said_in_the_clear(question), said_in_the_clear(question)


def test_the_path_is_said_with_the_answer() -> None:
    text = said_in_the_clear("who plays On-jo's father")
    assert "On-jo's father is Nam So-ju." in text and "Nam So-ju is played by Jeon Bae-soo" in text


@table(
    ("question", "expected"),
    [
        ("what is on-jo's father's job", ("firefighter",)),
        ("what's onjo's dad's job", ("firefighter",)),
        ("what does cheong-san's mother do for a living", ("chicken",)),
        ("온조 아빠 어떻게 돼?", ("조명탄",)),  # Korean: On-jo's dad, what happens to him (in Korean since lang59: "flares")
        ("하리 동생 누구야?", ("Woo-jin",)),
        ("who is the science teacher's son", ("Jin-su",)),
        ("who is cheong-san's friend from a poor family", ("Gyeong-su",)),  # narrowed by the rest
    ],
)
def test_what_is_asked_of_the_end_of_a_path(question: str, expected: tuple[str, ...]) -> None:
    text = said_in_the_clear(question)
    for needle in expected:
        assert needle in text, text


def test_a_compound_question_answers_each_part_and_he_is_the_first_answer() -> None:
    text = said_in_the_clear("who is On-jo's dad and what does he do")
    assert "Nam So-ju" in text and "firefighter" in text


def test_a_relation_the_pack_does_not_record_is_not_guessed() -> None:
    # On-jo's father is in the pack; her mother is not: "mother" never finds the father.
    answer = bundled_engine().answer("who is On-jo's mother")
    assert not answer.answered or "So-ju" not in said_in_the_clear("who is On-jo's mother")
    assert not bundled_engine().answer("남라 아빠 누구야?").answered


def test_a_relation_spoils_what_its_relationship_spoils() -> None:
    answer = bundled_engine().answer("who is su-hyeok's girlfriend")
    assert "Nam-ra" in said_in_the_clear("who is su-hyeok's girlfriend", 7)
    assert "Nam-ra" not in said_in_the_clear("who is su-hyeok's girlfriend", 6)
    assert answer.spoils is not None and answer.spoils >= Position(1, 7)


def test_a_description_that_spoils_hides_its_answer() -> None:
    # Jin-su is "the boy thrown off the roof" only from episode 1 on.
    answer = bundled_engine().answer("who is the father of the boy thrown off the roof")
    assert "Byeong-chan" in said_in_the_clear("who is the father of the boy thrown off the roof", 1)
    assert "Byeong-chan" not in SPOILER_SPAN.sub("", render_text(answer, NOTHING)[0])
