"""What the daily question asks from, as moderators expect: the built-in questions and the server's
approved additions by default, the lists a moderator chose otherwise; never a list turned off, a
retired question or one past the channel's mark; no repeat before the others; a question buttons
can't ask is skipped (and why is logged), never posted broken."""

from __future__ import annotations

import datetime as dt
import logging
from collections.abc import Sequence

import pytest

from bot.clock import ManualClock
from bot.show import NOTHING, Position
from bot.trivia import dailypool, snapshot
from bot.trivia.daily import DailyService
from bot.trivia.model import Question, TriviaError
from db.connection import Database
from db.trivia import reports as report_store
from db.trivia import settings as settings_store
from tests.table import table


def _q(qid: str, list_name: str, *, choices: tuple[str, ...] | None = None, answers: tuple[str, ...] | None = None,
       spoils: Position = NOTHING, category: str = "general") -> Question:
    answer = answers or (f"{qid} answer",)
    return Question(
        id=qid, text=f"{qid}?", answers=answer,
        choices=(answer[0], "Busan", "Seoul", "Incheon") if choices is None else choices,
        category=category, spoils=spoils, list_name=list_name,
    )


BUILT_IN = [_q(f"b{i}", "aoud") for i in range(2)]
ADDED = [_q("added:1", dailypool.ADDED_LIST, category="added by moderators")]
IMPORTED = [_q(f"i{i}", "my-quiz") for i in range(2)]


async def _mark(_: int) -> Position:
    return NOTHING


def _daily(db: Database, clock: ManualClock, server: Sequence[Question] = (*BUILT_IN, *ADDED, *IMPORTED)) -> DailyService:
    async def server_questions(_: int) -> Sequence[Question]:
        return server
    return DailyService(db, clock, BUILT_IN, _mark, server_questions=server_questions)


async def _days(service: DailyService, clock: ManualClock, days: int, channel: int = 10) -> list[Question]:
    asked = []
    for _ in range(days):
        asked += [post.question for post in await service.due() if post.channel_id == channel]
        clock.advance(dt.timedelta(days=1))
    return asked


async def test_by_default_the_servers_approved_additions_are_asked_beside_the_built_in_ones(
    db: Database, clock: ManualClock
) -> None:
    service = _daily(db, clock)
    await service.configure(1, 10, "09:00", True)
    asked = {q.id for q in await _days(service, clock, 3)}
    assert asked == {"b0", "b1", "added:1"}  # every one once in three days; no imported list unasked for


async def test_a_moderators_chosen_list_is_the_only_one_asked(db: Database, clock: ManualClock) -> None:
    service = _daily(db, clock)
    chosen = await service.read_lists(1, "My-Quiz")
    await service.configure(1, 10, "09:00", True, lists=chosen, set_lists=True)
    assert chosen == ("my-quiz",)
    assert {q.id for q in await _days(service, clock, 4)} == {"i0", "i1"}


async def test_a_category_can_be_chosen_and_default_goes_back(db: Database, clock: ManualClock) -> None:
    service = _daily(db, clock)
    assert await service.read_lists(1, "added by moderators") == ("added by moderators",)
    assert await service.read_lists(1, "default") is None


async def test_an_unknown_list_is_refused_naming_it(db: Database, clock: ManualClock) -> None:
    with pytest.raises(TriviaError, match="“capitals”"):
        await _daily(db, clock).read_lists(1, "my-quiz, capitals")


async def test_a_turned_off_list_and_a_retired_question_are_never_asked(db: Database, clock: ManualClock) -> None:
    service = _daily(db, clock)
    await service.configure(1, 10, "09:00", True, lists=("my-quiz", "aoud"), set_lists=True)
    async with db.transaction() as conn:
        await settings_store.update_settings(conn, 1, disabled_lists=("aoud",))
        await report_store.retire_question(conn, 1, "i0", clock.now())
    assert {q.id for q in await _days(service, clock, 4)} == {"i1"}


async def test_an_addition_past_the_channels_mark_is_never_asked(db: Database, clock: ManualClock) -> None:
    late = _q("added:2", dailypool.ADDED_LIST, spoils=Position(1, 9))
    service = _daily(db, clock, [*BUILT_IN, late])
    await service.configure(1, 10, "09:00", True)
    assert "added:2" not in {q.id for q in await _days(service, clock, 6)}


def test_a_question_with_two_right_options_cannot_be_buttons() -> None:
    both = _q("r1", "red", answers=("Cheong-san", "Cheongsan"), choices=("Cheong-san", "Cheongsan", "Su-hyeok"))
    assert "right answers" in (dailypool.button_problem(both) or "")


@table(
    ("choices", "why"),
    [(("🧟", "🏫", "🚒"), "emoji"), (("<:zombie:123>", "Busan", "Seoul"), "emoji"),
     (("x" * 90, "Busan", "Seoul"), "longer than a button")],
)
def test_options_a_button_cant_show_are_said(choices: tuple[str, ...], why: str) -> None:
    assert why in (dailypool.button_problem(_q("o", "red", answers=(choices[0],), choices=choices)) or "")


async def test_an_unfit_question_is_skipped_and_logged_never_posted(
    db: Database, clock: ManualClock, caplog: pytest.LogCaptureFixture
) -> None:
    emoji = _q("e1", "red", answers=("🧟",), choices=("🧟", "🏫", "🚒"))
    service = _daily(db, clock, [emoji, BUILT_IN[0]])
    await service.configure(1, 10, "09:00", True, lists=("red", "aoud"), set_lists=True)
    with caplog.at_level(logging.INFO, logger="bot.trivia.daily"):
        asked = await _days(service, clock, 3)
    assert [q.id for q in asked] == ["b0", "b0", "b0"]
    assert "skipped e1 (list red): an option is only emoji" in caplog.text


async def test_a_red_question_without_options_gets_buttons_with_its_right_answer(db: Database, clock: ManualClock) -> None:
    cities = ["Seoul", "Busan", "Incheon", "Daegu", "Daejeon", "Gwangju", "Ulsan", "Suwon"]
    red = [Question(id=f"r{i}", text=f"City {i}?", answers=(city,), list_name="cities") for i, city in enumerate(cities)]
    service = _daily(db, clock, red)
    await service.configure(1, 10, "09:00", True, lists=("cities",), set_lists=True)
    question = (await _days(service, clock, 1))[0]
    right = snapshot.correct_choice(question)
    assert len(question.choices) >= 2 and right is not None and question.choices[right] == question.answers[0]


async def test_many_questions_no_options_fit_never_stop_the_daily_nor_its_round(db: Database, clock: ManualClock) -> None:
    # each alone in its list: nothing to pick wrong options from
    odd = [Question(id=f"s{i}", text=f"Solo {i}?", answers=(f"the rooftop of block {chr(65 + i % 26)}{chr(65 + i // 26)}",), category="odd", list_name=f"solo{i}")
           for i in range(60)]
    service = _daily(db, clock, [*odd, *BUILT_IN])
    await service.configure(1, 10, "09:00", True, lists=("odd", "aoud"), set_lists=True)
    asked = [q.id for q in await _days(service, clock, 4)]
    assert sorted(asked[:2]) == ["b0", "b1"] and sorted(asked[2:]) == ["b0", "b1"]


async def test_a_past_days_addition_can_still_be_reported(db: Database, clock: ManualClock) -> None:
    service = _daily(db, clock, ADDED)
    await service.configure(1, 10, "09:00", True)
    first = (await service.due())[0]
    clock.advance(dt.timedelta(days=1))
    await service.due()
    found = await service.question_on(10, first.day)
    assert found is not None and found.id == "added:1"
