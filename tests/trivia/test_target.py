"""What wins a game: a Red list's `max_score` counts right answers (as in Red), /trivia start
first_to does the same, and points otherwise; the game ends at its target or when its questions
run out."""

from __future__ import annotations

from bot.clock import ManualClock
from bot.trivia.events import GameEnded, GuessResult
from bot.trivia.lists import parse_list
from bot.trivia.model import Score, TriviaSettings
from bot.trivia.service import GameService
from bot.trivia.target import best_when_over, reached, red_right_answers
from db.connection import Database
from tests.trivia.helpers import CHANNEL, GUILD, OTHER, STARTER, _expire, _post_queued, _request, _service

RED = b"""AUTHOR: tests
CONFIG:
  max_score: 2
Which city is the capital of France?:
- Paris
How many legs does a spider have?:
- 8
What colour is a clear sky?:
- blue
Which planet is called the red planet?:
- Mars
What is frozen water called?:
- ice
"""
ANSWERS = {
    "Which city is the capital of France?": "Paris",
    "How many legs does a spider have?": "8",
    "What colour is a clear sky?": "blue",
    "Which planet is called the red planet?": "Mars",
    "What is frozen water called?": "ice",
}


async def _red_game(service: GameService, **changes: object) -> int:
    await service.import_list(GUILD, parse_list(RED, "redscore"), STARTER)
    shown = await service.start(_request(mode="typed", category="redscore", questions=None, **changes))
    await _post_queued(service)
    return shown.game.id


async def _answer_current(service: GameService, game_id: int, q_index: int, user: int) -> GuessResult:
    question = await service.question(game_id, q_index)
    assert question is not None
    result = await service.guess(CHANNEL, user, ANSWERS[question.text])
    assert result is not None and result.status == "correct"
    await _post_queued(service)
    return result


async def test_a_red_max_score_is_a_number_of_right_answers(db: Database, clock: ManualClock) -> None:
    service = _service(db, clock)
    await service.import_list(GUILD, parse_list(RED, "redscore"), STARTER)
    shown = await service.start(_request(mode="typed", category="redscore", questions=None))
    assert shown.game.settings.right_answers_to_win == 2
    assert "first to 2 right answers" in shown.overrides


async def test_a_red_list_with_a_target_and_no_length_asks_until_the_list_runs_out(db: Database, clock: ManualClock) -> None:
    service = _service(db, clock)
    await service.import_list(GUILD, parse_list(RED, "redscore"), STARTER)
    shown = await service.start(_request(mode="typed", category="redscore", questions=None))
    assert shown.game.question_count == len(ANSWERS)


async def test_one_right_answer_does_not_win_a_game_to_two(db: Database, clock: ManualClock) -> None:
    service = _service(db, clock)
    game_id = await _red_game(service)
    result = await _answer_current(service, game_id, 0, OTHER)
    assert not any(isinstance(e, GameEnded) for e in result.events)


async def test_the_second_right_answer_wins_a_game_to_two(db: Database, clock: ManualClock) -> None:
    service = _service(db, clock)
    game_id = await _red_game(service)
    await _answer_current(service, game_id, 0, OTHER)
    await _expire(service, clock, 5)  # the pause ends: question 2
    result = await _answer_current(service, game_id, 1, OTHER)
    ended = next(e for e in result.events if isinstance(e, GameEnded))
    assert ended.winners == [OTHER] and ended.reason == "answers"


async def test_first_to_wins_by_right_answers_whatever_the_points(db: Database, clock: ManualClock) -> None:
    service = _service(db, clock)
    shown = await service.start(_request(mode="typed", questions=5, first_to=1))
    result = await service.guess(CHANNEL, OTHER, shown.question.answers[0])
    assert result is not None
    ended = next(e for e in result.events if isinstance(e, GameEnded))
    assert ended.winners == [OTHER] and ended.reason == "answers"


async def test_first_to_overrides_the_lists_max_score(db: Database, clock: ManualClock) -> None:
    service = _service(db, clock)
    await service.import_list(GUILD, parse_list(RED, "redscore"), STARTER)
    shown = await service.start(_request(mode="typed", category="redscore", questions=None, first_to=4))
    assert shown.game.settings.right_answers_to_win == 4


async def test_a_points_game_without_a_length_has_ten_questions(db: Database, clock: ManualClock) -> None:
    from tests.trivia.helpers import _questions

    service = _service(db, clock, _questions(20))
    shown = await service.start(_request(questions=None))
    assert shown.game.question_count == 10 and shown.game.settings.right_answers_to_win == 0


def test_most_right_answers_win_when_the_questions_run_out() -> None:
    settings = TriviaSettings(guild_id=GUILD, right_answers_to_win=5)
    scores = [Score(1, points=90, correct=2), Score(2, points=40, correct=3)]
    assert reached(scores, settings) == [] and best_when_over(scores, settings) == [2]


def test_points_win_a_game_without_a_right_answer_target() -> None:
    settings = TriviaSettings(guild_id=GUILD, points_to_win=50)
    assert reached([Score(1, points=55, correct=3), Score(2, points=20, correct=4)], settings) == [1]


def test_a_max_score_that_is_no_number_sets_no_target() -> None:
    assert red_right_answers({"max_score": True}) is None and red_right_answers({}) is None
    assert red_right_answers({"max_score": 500}) == 50
