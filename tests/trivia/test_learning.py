"""The matcher learns a list's answers off the event loop (a list of 20,000 questions takes about a
second to study): games are judged meanwhile with what was learned before, and lists learned at
once, or a list imported again, all end up learned as they now are (bot/trivia/lessons.py)."""

from __future__ import annotations

import asyncio
import threading
from collections.abc import Iterator

from bot.trivia.matching import AnswerMatcher, Verdict
from bot.trivia.model import Question

CITIES = [
    Question(id=f"c-{i}", text="Which city?", answers=(city,), list_name="cities")
    for i, city in enumerate(("Paris", "Rome", "Berlin", "Madrid"))
]
RIVERS = [
    Question(id=f"r-{i}", text="Which river?", answers=(river,), list_name="rivers")
    for i, river in enumerate(("Danube", "Rhine", "Thames", "Seine"))
]


class _HeldList(list[Question]):
    """Questions whose reading waits until the test lets it go: were they read on the event loop,
    the loop could not let them go."""

    def __init__(self, questions: list[Question], released: threading.Event) -> None:
        super().__init__(questions)
        self.released = released

    def __iter__(self) -> Iterator[Question]:
        self.released.wait(10)
        return super().__iter__()


async def test_games_are_judged_while_a_list_is_being_learned() -> None:
    matcher = AnswerMatcher()
    released = threading.Event()
    learning = asyncio.create_task(matcher.learn(_HeldList(CITIES, released), {"cities"}))
    await asyncio.sleep(0.01)
    assert not learning.done()
    # the loop is free meanwhile: a guess is judged with what was learned before ("paris rome" is
    # one name of two words to a matcher that knows neither city)
    assert matcher.judge("paris rome", CITIES[0]).verdict is Verdict.WRONG_ATTEMPT
    released.set()
    await learning
    assert matcher.judge("paris rome", CITIES[0]).verdict is Verdict.SEVERAL_ANSWERS


async def test_two_lists_learned_at_once_are_both_learned() -> None:
    matcher = AnswerMatcher()
    await asyncio.gather(matcher.learn(CITIES + RIVERS, {"cities"}), matcher.learn(CITIES + RIVERS, {"rivers"}))
    assert matcher.judge("paris rome", CITIES[0]).verdict is Verdict.SEVERAL_ANSWERS
    assert matcher.judge("danube thames", RIVERS[0]).verdict is Verdict.SEVERAL_ANSWERS


async def test_a_list_imported_again_is_judged_with_its_new_answers() -> None:
    matcher = AnswerMatcher()
    await matcher.learn(CITIES, {"cities"})
    assert matcher.judge("paris lisbon", CITIES[0]).verdict is not Verdict.SEVERAL_ANSWERS
    again = [*CITIES[:3], Question(id="c-3", text="Which city?", answers=("Lisbon",), list_name="cities")]
    await matcher.learn(again, {"cities"})
    assert matcher.judge("paris lisbon", again[0]).verdict is Verdict.SEVERAL_ANSWERS
    assert matcher.judge("paris madrid", again[0]).verdict is not Verdict.SEVERAL_ANSWERS  # gone from the list


async def test_a_list_is_learned_only_for_the_lists_asked() -> None:
    matcher = AnswerMatcher()
    await matcher.learn(CITIES + RIVERS, {"rivers"})
    assert matcher.judge("paris rome", CITIES[0]).verdict is Verdict.WRONG_ATTEMPT
    assert matcher.judge("danube thames", RIVERS[0]).verdict is Verdict.SEVERAL_ANSWERS
