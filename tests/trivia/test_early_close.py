"""Buttons mode closes a question early once every active player answered (never the first question,
never before it has been open EARLY_CLOSE_MIN_SECONDS)."""

from __future__ import annotations

import datetime as dt

from bot.clock import ManualClock
from bot.trivia.clicks import EARLY_CLOSE_MIN_SECONDS
from bot.trivia.events import QuestionShown, Revealed
from bot.trivia.service import GameService
from db.connection import Database
from db.trivia import games as game_store
from tests.trivia.helpers import MOD, OTHER, STARTER, _expire, _request, _service


async def _second_question(service: GameService, clock: ManualClock, players: tuple[int, ...]) -> QuestionShown:
    shown = await service.start(_request(questions=3))
    for player in players:
        await service.click(shown.game.id, 0, player, 0)
    await _expire(service, clock, 25)
    events = await _expire(service, clock, 5)
    return next(e for e in events if isinstance(e, QuestionShown))


async def test_the_first_question_never_closes_early(db: Database, clock: ManualClock) -> None:
    service = _service(db, clock)
    game = (await service.start(_request())).game
    clock.advance(dt.timedelta(seconds=10))
    result = await service.click(game.id, 0, STARTER, 0)
    assert result.events == []
    async with db.read() as conn:
        fresh = await game_store.get_game(conn, game.id)
    assert fresh is not None and fresh.phase == "asking"


async def test_a_question_closes_when_every_active_player_answered(db: Database, clock: ManualClock) -> None:
    service = _service(db, clock)
    second = await _second_question(service, clock, (STARTER, OTHER))
    clock.advance(dt.timedelta(seconds=EARLY_CLOSE_MIN_SECONDS + 1))
    assert (await service.click(second.game.id, 1, STARTER, 0)).events == []
    result = await service.click(second.game.id, 1, OTHER, 1)
    reveal = next(e for e in result.events if isinstance(e, Revealed))
    assert reveal.early and reveal.q_index == 1


async def test_an_active_player_who_has_not_answered_keeps_it_open(db: Database, clock: ManualClock) -> None:
    service = _service(db, clock)
    second = await _second_question(service, clock, (STARTER, OTHER))
    clock.advance(dt.timedelta(seconds=10))
    result = await service.click(second.game.id, 1, STARTER, 0)
    assert result.events == []
    # a newcomer answering does not count for the missing active player
    assert (await service.click(second.game.id, 1, MOD, 0)).events == []


async def test_an_early_finish_still_leaves_the_minimum_time_open(db: Database, clock: ManualClock) -> None:
    service = _service(db, clock)
    second = await _second_question(service, clock, (STARTER,))
    posted = second.game.posted_at
    assert posted is not None
    result = await service.click(second.game.id, 1, STARTER, 0)
    assert result.events == []
    async with db.read() as conn:
        fresh = await game_store.get_game(conn, second.game.id)
    assert fresh is not None and fresh.deadline == posted + dt.timedelta(seconds=EARLY_CLOSE_MIN_SECONDS)
    # a newcomer may still answer inside the minimum time
    assert (await service.click(second.game.id, 1, OTHER, 0)).status == "recorded"
    events = await _expire(service, clock, EARLY_CLOSE_MIN_SECONDS)
    reveal = next(e for e in events if isinstance(e, Revealed))
    assert reveal.early and reveal.answered == 2
