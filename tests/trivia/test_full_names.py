"""A name answered by its surname alone, typed with given names: the person's own given names (as
another list the game learned writes them) name the answer; another given name names someone else
(bot.trivia.fullnames)."""

from __future__ import annotations

from bot.trivia.matching import AnswerMatcher, Verdict
from bot.trivia.model import Question

FLUTE = Question(id="m-1", text='Who composed the opera "The Magic Flute"?', answers=("Mozart",), list_name="music")
FIGARO = Question(
    id="e-1", text='He wrote the operas "The Magic Flute" and "The Marriage of Figaro"?',
    answers=("Wolfgang Amadeus Mozart", "Mozart"), list_name="entertainment",
)
BEETHOVEN = Question(id="m-2", text='Who composed "Fur Elise"?', answers=("Beethoven",), list_name="music")


def _matcher(*questions: Question) -> AnswerMatcher:
    return AnswerMatcher(lists=[FLUTE, *questions])


def test_the_full_name_another_list_gives_the_surname_answers() -> None:
    matcher = _matcher(FIGARO)
    assert matcher.judge("wolfgang amadeus mozart", FLUTE).verdict is Verdict.RIGHT


def test_some_of_the_persons_own_given_names_answer() -> None:
    matcher = _matcher(FIGARO)
    assert matcher.judge("amadeus mozart", FLUTE).verdict is Verdict.RIGHT
    assert matcher.judge("wolfgang mozart", FLUTE).verdict is Verdict.RIGHT


def test_another_given_name_before_the_surname_is_another_person() -> None:
    matcher = _matcher(FIGARO)
    assert matcher.judge("leopold mozart", FLUTE).verdict is Verdict.WRONG_ATTEMPT


def test_the_surname_alone_still_answers() -> None:
    matcher = _matcher(FIGARO)
    assert matcher.judge("mozart", FLUTE).verdict is Verdict.RIGHT
    assert matcher.judge("i think mozart", FLUTE).verdict is Verdict.RIGHT


def test_another_learned_answer_before_the_surname_is_a_second_candidate_not_a_given_name() -> None:
    matcher = _matcher(FIGARO, BEETHOVEN)
    assert matcher.judge("beethoven mozart", FLUTE).verdict is Verdict.SEVERAL_ANSWERS


def test_with_two_people_of_that_surname_learned_no_given_name_is_called_another_person() -> None:
    leopold = Question(id="e-2", text="Who was Mozart's father?", answers=("Leopold Mozart",), list_name="entertainment")
    matcher = _matcher(FIGARO, leopold)
    assert matcher.judge("mozart", FLUTE).verdict is Verdict.RIGHT
    assert matcher.judge("wolfgang mozart", FLUTE).verdict is not Verdict.WRONG_ATTEMPT
