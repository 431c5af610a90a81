"""The matcher learns a list's answers off the event loop (a list of 20,000 questions takes about a
second to study): games are judged meanwhile with what was learned before, and lists learned at
once, or a list imported again, all end up learned as they now are (bot/trivia/lessons.py)."""

from __future__ import annotations

import asyncio
import threading
from collections.abc import Iterator
from dataclasses import replace

from bot.clock import ManualClock
from bot.trivia.matching import AnswerMatcher, Verdict
from bot.trivia.model import Question
from db.connection import Database
from tests.trivia.helpers import CHANNEL, OTHER, _request, _service

CITIES = [
    Question(id=f"c-{i}", text="Which city?", answers=(city,), list_name="cities")
    for i, city in enumerate(("Gotham", "Metropolis", "Smallville", "Springfield"))
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
    # the loop is free meanwhile: a guess is judged with what was learned before ("gotham metropolis" is
    # one name of two words to a matcher that knows neither city)
    assert matcher.judge("gotham metropolis", CITIES[0]).verdict is Verdict.WRONG_ATTEMPT
    released.set()
    await learning
    assert matcher.judge("gotham metropolis", CITIES[0]).verdict is Verdict.SEVERAL_ANSWERS


async def test_two_lists_learned_at_once_are_both_learned() -> None:
    matcher = AnswerMatcher()
    await asyncio.gather(matcher.learn(CITIES + RIVERS, {"cities"}), matcher.learn(CITIES + RIVERS, {"rivers"}))
    assert matcher.judge("gotham metropolis", CITIES[0]).verdict is Verdict.SEVERAL_ANSWERS
    assert matcher.judge("danube thames", RIVERS[0]).verdict is Verdict.SEVERAL_ANSWERS


async def test_a_list_imported_again_is_judged_with_its_new_answers() -> None:
    matcher = AnswerMatcher()
    await matcher.learn(CITIES, {"cities"})
    assert matcher.judge("gotham riverdale", CITIES[0]).verdict is not Verdict.SEVERAL_ANSWERS
    again = [*CITIES[:3], Question(id="c-3", text="Which city?", answers=("Riverdale",), list_name="cities")]
    await matcher.learn(again, {"cities"})
    assert matcher.judge("gotham riverdale", again[0]).verdict is Verdict.SEVERAL_ANSWERS
    assert matcher.judge("gotham springfield", again[0]).verdict is not Verdict.SEVERAL_ANSWERS  # gone from the list


async def test_a_list_is_learned_only_for_the_lists_asked() -> None:
    matcher = AnswerMatcher()
    await matcher.learn(CITIES + RIVERS, {"rivers"})
    assert matcher.judge("gotham metropolis", CITIES[0]).verdict is Verdict.WRONG_ATTEMPT
    assert matcher.judge("danube thames", RIVERS[0]).verdict is Verdict.SEVERAL_ANSWERS


# -- each server's own lessons -------------------------------------------------------------------

SERVER_A, SERVER_B = 1, 2
LEGENDS = [
    Question(id=f"l-{i}", text="Which outlaw of legend?", answers=(name,), list_name="legends")
    for i, name in enumerate(("Robin Hood", "William Tell", "Ned Kelly"))
]
SIDEKICKS = [
    Question(id=f"s-{i}", text=f"Who is {hero}'s sidekick?", answers=(kick,), list_name="sidekicks")
    for i, (hero, kick) in enumerate((("Homer Simpson", "Ned"), ("Sherlock Holmes", "Watson"), ("Don Quixote", "Sancho Panza")))
]
OCEANS = [
    Question(id=f"o-{i}", text=text, answers=(ocean,), list_name="oceans")
    for i, (text, ocean) in enumerate((("Which ocean lies west of Europe?", "Atlantic"), ("Which ocean is largest?", "Pacific")))
]
MYTHS = [Question(id="m-0", text="Which sunken city did Plato describe?", answers=("Atlantis",), list_name="myths")]


async def test_one_servers_lists_never_judge_another_servers_games() -> None:
    """Server A plays a list answering "Ned Kelly" and "Atlantis": in server B, which plays no such
    list, "ned kelly" still names Homer Simpson's sidekick Ned and "atlantis" is still a typo of Atlantic."""
    matcher = AnswerMatcher()
    await matcher.learn(SIDEKICKS + OCEANS, {"sidekicks", "oceans"}, SERVER_B)
    await matcher.learn(SIDEKICKS + LEGENDS + OCEANS + MYTHS, {"sidekicks", "legends", "oceans", "myths"}, SERVER_A)
    assert matcher.judge("ned kelly", SIDEKICKS[0], SERVER_A).verdict is Verdict.WRONG_ATTEMPT
    assert matcher.judge("atlantis", OCEANS[0], SERVER_A).verdict is Verdict.WRONG_ATTEMPT
    assert matcher.judge("ned kelly", SIDEKICKS[0], SERVER_B).verdict is Verdict.RIGHT
    assert matcher.judge("i think it's atlantis", OCEANS[0], SERVER_B).verdict is Verdict.RIGHT
    assert matcher.judge("ned", SIDEKICKS[0], SERVER_A).verdict is Verdict.RIGHT


async def test_two_servers_lists_of_the_same_name_keep_their_own_answers() -> None:
    matcher = AnswerMatcher()
    theirs = [Question(id=f"c-{i}", text="Which city?", answers=(city,), list_name="cities")
              for i, city in enumerate(("Gotham", "Hogsmeade", "Sunnydale"))]
    await matcher.learn(CITIES, {"cities"}, SERVER_A)
    await matcher.learn(theirs, {"cities"}, SERVER_B)
    assert matcher.judge("gotham metropolis", CITIES[0], SERVER_A).verdict is Verdict.SEVERAL_ANSWERS
    assert matcher.judge("gotham hogsmeade", CITIES[0], SERVER_A).verdict is not Verdict.SEVERAL_ANSWERS
    assert matcher.judge("gotham hogsmeade", theirs[0], SERVER_B).verdict is Verdict.SEVERAL_ANSWERS
    assert matcher.judge("gotham metropolis", theirs[0], SERVER_B).verdict is not Verdict.SEVERAL_ANSWERS


async def test_a_list_learned_later_in_a_server_is_known_to_the_questions_already_asked() -> None:
    """A game already judging Atlantic hears of Atlantis as soon as another game of its server
    learns a list answering it, without any of its other lists being learned again."""
    matcher = AnswerMatcher()
    await matcher.learn(OCEANS + SIDEKICKS, {"oceans", "sidekicks"}, SERVER_A)
    assert matcher.judge("atlantis", OCEANS[0], SERVER_A).verdict is Verdict.RIGHT
    assert matcher.judge("ned kelly", SIDEKICKS[0], SERVER_A).verdict is Verdict.RIGHT
    await matcher.learn(MYTHS + LEGENDS, {"myths", "legends"}, SERVER_A)
    assert matcher.judge("atlantis", OCEANS[0], SERVER_A).verdict is Verdict.WRONG_ATTEMPT
    assert matcher.judge("ned kelly", SIDEKICKS[0], SERVER_A).verdict is Verdict.WRONG_ATTEMPT
    assert matcher.judge("its ned", SIDEKICKS[0], SERVER_A).verdict is Verdict.RIGHT


async def test_a_typed_game_is_judged_with_the_lists_its_own_server_played(db: Database, clock: ManualClock) -> None:
    lists = [replace(q, category=q.list_name) for q in (SIDEKICKS[0], *LEGENDS)]
    service = _service(db, clock, lists)
    await service.start(_request(guild_id=SERVER_A, category="sidekicks, legends", questions=4, mode="typed"))
    shown = await service.start(_request(guild_id=SERVER_B, channel_id=CHANNEL + 1, category="sidekicks", mode="typed"))
    assert shown.question.answers == ("Ned",)
    result = await service.guess(CHANNEL + 1, OTHER, "ned kelly", message_id=1)
    assert result is not None and result.status == "correct"
