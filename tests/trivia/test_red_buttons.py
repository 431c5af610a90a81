"""Red lists (no options of their own) in buttons mode: wrong options from the same list's answers
of the same kind, kept in the game's snapshot; honest errors when a mode cannot play a list; typed
mode never asks a question that needs its options."""

from __future__ import annotations

import pytest

from bot.clock import ManualClock
from bot.show import Position
from bot.trivia import snapshot
from bot.trivia.lists import parse_list
from bot.trivia.model import Question, TriviaError
from bot.trivia.options import in_shown_order
from bot.trivia.service import GameService
from db.connection import Database
from db.trivia import games as game_store
from tests.table import table
from tests.trivia.helpers import GUILD, STARTER, _questions, _request, _service

NUMBERS = [("How many legs does a spider have?", "8"), ("How many sides has a hexagon?", "6"),
           ("How many players in a football team?", "11"), ("How many days in a week?", "7")]
CITIES = [("Capital of France?", "Paris"), ("Capital of Italy?", "Rome"), ("Capital of Spain?", "Madrid"),
          ("Capital of Japan?", "Tokyo"), ("Capital of Egypt?", "Cairo")]
RED = ("AUTHOR: tests\n" + "".join(f"{q}:\n- '{a}'\n" for q, a in NUMBERS + CITIES)).encode()
TINY = b"AUTHOR: tests\nWho painted the Mona Lisa?:\n- Leonardo da Vinci\nWho wrote Hamlet?:\n- Shakespeare\n"
CHOICE_ONLY = b"""hyosan: 1
name: films
questions:
  - {id: films-1, question: 'Which of these films is a zombie film?', answers: ['Train to Busan'],
     choices: ['Train to Busan', 'Parasite', 'Minari', 'Burning']}
  - {id: films-2, question: 'Which of the following directed Parasite?', answers: ['Bong Joon-ho'],
     choices: ['Bong Joon-ho', 'Park Chan-wook', 'Lee Chang-dong', 'Kim Jee-woon']}
"""
MIXED = CHOICE_ONLY.replace(b"name: films", b"name: mixed").replace(b"films-", b"mixed-") + (
    b"  - {id: mixed-3, question: 'Who directed Parasite?', answers: ['Bong Joon-ho'],"
    b" choices: ['Bong Joon-ho', 'Park Chan-wook', 'Lee Chang-dong', 'Kim Jee-woon']}\n"
)


async def _imported(db: Database, clock: ManualClock, data: bytes, name: str) -> GameService:
    service = _service(db, clock)
    await service.import_list(GUILD, parse_list(data, name), STARTER)
    return service


async def _stored(db: Database, game_id: int) -> list[Question]:
    async with db.read() as conn:
        count = (await game_store.get_game(conn, game_id)).question_count  # type: ignore[union-attr]
        rows = [await game_store.get_game_question(conn, game_id, i) for i in range(count)]
    return [snapshot.load_question(row.question_json) for row in rows if row is not None]


async def test_a_red_list_plays_in_buttons_mode_with_four_options(db: Database, clock: ManualClock) -> None:
    service = await _imported(db, clock, RED, "redmix")
    shown = await service.start(_request(category="redmix", questions=9))
    for question in await _stored(db, shown.game.id):
        assert len(question.choices) == 4 and snapshot.correct_choice(question) is not None


async def test_wrong_options_are_answers_of_the_same_kind(db: Database, clock: ManualClock) -> None:
    service = await _imported(db, clock, RED, "redmix")
    shown = await service.start(_request(category="redmix", questions=9))
    numbers = {a for _, a in NUMBERS}
    for question in await _stored(db, shown.game.id):
        is_number = question.answers[0] in numbers
        assert all(choice.isdigit() == is_number for choice in question.choices), question


async def test_the_options_shown_are_the_ones_stored_for_a_restart(db: Database, clock: ManualClock) -> None:
    service = await _imported(db, clock, RED, "redmix")
    shown = await service.start(_request(category="redmix", questions=3))
    assert (await _stored(db, shown.game.id))[0].choices == shown.question.choices


async def test_a_list_too_small_for_options_says_so_in_buttons_mode(db: Database, clock: ManualClock) -> None:
    service = await _imported(db, clock, TINY, "tiny")
    with pytest.raises(TriviaError) as info:
        await service.start(_request(category="tiny"))
    assert "can't be played in buttons mode" in info.value.message and "mode:typed" in info.value.message


async def test_a_list_too_small_for_options_plays_typed(db: Database, clock: ManualClock) -> None:
    service = await _imported(db, clock, TINY, "tiny")
    shown = await service.start(_request(category="tiny", mode="typed"))
    assert shown.question.list_name == "tiny"


async def test_typed_mode_never_asks_a_choice_only_question(db: Database, clock: ManualClock) -> None:
    service = await _imported(db, clock, MIXED, "mixed")
    shown = await service.start(_request(category="mixed", mode="typed", questions=3))
    assert [q.id for q in await _stored(db, shown.game.id)] == ["mixed-3"]


async def test_a_list_of_choice_only_questions_says_it_cannot_be_typed(db: Database, clock: ManualClock) -> None:
    service = await _imported(db, clock, CHOICE_ONLY, "films")
    with pytest.raises(TriviaError) as info:
        await service.start(_request(category="films", mode="typed"))
    assert "can't be played in typed mode" in info.value.message and "mode:buttons" in info.value.message


async def test_an_unknown_category_is_named_in_the_error(db: Database, clock: ManualClock) -> None:
    service = _service(db, clock)
    with pytest.raises(TriviaError) as info:
        await service.start(_request(category="nowhere"))
    assert "no category or list called 'nowhere'" in info.value.message


async def test_a_list_turned_off_says_so_rather_than_that_it_does_not_exist(db: Database, clock: ManualClock) -> None:
    service = await _imported(db, clock, RED, "redmix")
    await service.change_settings(GUILD, {}, disable_list="redmix")
    with pytest.raises(TriviaError) as info:
        await service.start(_request(category="redmix"))
    assert "turned off" in info.value.message


SPOILING = b"""hyosan: 1
name: places
questions:
  - {id: places-1, question: 'Capital of France?', answers: ['Paris'], spoils: 0}
  - {id: places-2, question: 'Capital of Italy?', answers: ['Rome'], spoils: 0}
  - {id: places-3, question: 'Capital of Spain?', answers: ['Madrid'], spoils: 0}
  - {id: places-4, question: 'Capital of Japan?', answers: ['Tokyo'], spoils: 0}
  - {id: places-5, question: 'Where does the outbreak end?', answers: ['Seoul'], spoils: S1E9}
"""


async def test_an_option_is_never_an_answer_the_channel_may_not_see(db: Database, clock: ManualClock) -> None:
    service = await _imported(db, clock, SPOILING, "places")
    shown = await service.start(_request(category="places", questions=5, up_to_episode=Position(1, 5)))
    stored = await _stored(db, shown.game.id)
    assert len(stored) == 4
    assert all("Seoul" not in question.choices for question in stored)


# -- a question's own options ---------------------------------------------------------------------


async def test_options_written_right_answer_first_are_not_always_button_a(db: Database, clock: ManualClock) -> None:
    service = _service(db, clock)  # every question's right answer is written first
    shown = await service.start(_request(questions=12))
    async with db.read() as conn:
        rows = [await game_store.get_game_question(conn, shown.game.id, i) for i in range(12)]
    stored = [snapshot.load_question(row.question_json) for row in rows if row is not None]
    assert len({snapshot.correct_choice(q) for q in stored}) > 1, "the right answer moves between games' buttons"
    assert all(sorted(q.choices) == sorted(_questions(12)[int(q.id[2:])].choices) for q in stored)


def test_a_games_order_is_the_same_for_its_seed_and_differs_between_games() -> None:
    question = _questions(1)[0]
    orders = {in_shown_order(question, f"game-{n}").choices for n in range(12)}
    assert in_shown_order(question, "game-1") == in_shown_order(question, "game-1")
    assert len(orders) > 1


@table(
    "options",
    [
        ("Su-hyeok", "Nam-ra", "Both of them", "Neither of them"),
        ("Seoul", "Busan", "Daegu", "All of the above"),
        ("On-jo", "Cheong-san", "A and B", "None of these"),
    ],
)
def test_options_that_point_at_the_others_keep_their_written_order(options: tuple[str, ...]) -> None:
    question = Question(id="q", text="Who?", answers=(options[0],), choices=options)
    assert all(in_shown_order(question, f"game-{n}").choices == options for n in range(8))
