"""Button answers written together (bot/trivia/clicks.py): however many arrive at once, each is
answered as if alone, and a busy moment delays only the optional early close."""

from __future__ import annotations

import asyncio
import datetime as dt

from bot.clock import ManualClock
from bot.trivia.clicks import BUSY
from bot.trivia.events import ClickResult, Revealed
from db.connection import Database
from db.trivia import answers as answer_store
from db.trivia import games as game_store
from tests.trivia.helpers import _expire, _request, _service


async def test_clicks_arriving_together_are_each_answered_as_if_alone(db: Database, clock: ManualClock) -> None:
    service = _service(db, clock)
    game = (await service.start(_request())).game
    players = range(1000, 1060)
    results = await asyncio.gather(*(service.click(game.id, 0, user, user % 4) for user in [*players, *players]))
    assert [r.status for r in results[:60]] == ["recorded"] * 60
    assert [r.status for r in results[60:]] == ["already"] * 60
    async with db.read() as conn:
        answers = await answer_store.answers_for(conn, game.id, 0)
    assert sorted(a.user_id for a in answers) == list(players)
    assert all(a.choice == a.user_id % 4 for a in answers)


async def test_a_click_after_the_deadline_is_closed_even_in_a_crowd(db: Database, clock: ManualClock) -> None:
    service = _service(db, clock)
    game = (await service.start(_request())).game
    await _expire(service, clock, 25)
    results = await asyncio.gather(*(service.click(game.id, 0, user, 0) for user in range(2000, 2010)))
    assert {r.status for r in results} == {"closed"}


async def test_a_crowd_leaves_the_early_close_to_the_deadline(db: Database, clock: ManualClock) -> None:
    """Past capacity the optional work waits: everyone answered, yet the question closes at its time."""
    service = _service(db, clock)
    game = (await service.start(_request(questions=3))).game
    players = range(3000, 3000 + BUSY)
    await asyncio.gather(*(service.click(game.id, 0, user, 0) for user in players))
    await _expire(service, clock, 25)
    await _expire(service, clock, 5)  # the pause ends: question 2
    clock.advance(dt.timedelta(seconds=6))
    results: list[ClickResult] = await asyncio.gather(*(service.click(game.id, 1, user, 0) for user in players))
    assert {r.status for r in results} == {"recorded"} and all(r.events == [] for r in results)
    async with db.read() as conn:
        fresh = await game_store.get_game(conn, game.id)
    assert fresh is not None and fresh.phase == "asking" and fresh.current_index == 1
    events = await _expire(service, clock, 25)
    assert any(isinstance(e, Revealed) and e.q_index == 1 and e.answered == BUSY for e in events)
