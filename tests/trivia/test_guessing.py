"""Typed guesses written together (bot/trivia/guessing.py): counted in the order they arrived, the
first right one wins, a message counted once however often it is delivered."""

from __future__ import annotations

import asyncio

from bot.clock import ManualClock
from bot.trivia.events import Revealed
from db.connection import Database
from db.trivia import answers as answer_store
from tests.trivia.helpers import CHANNEL, MOD, OTHER, STARTER, _request, _service


async def test_guesses_arriving_together_are_judged_in_their_order(db: Database, clock: ManualClock) -> None:
    service = _service(db, clock)
    shown = await service.start(_request(mode="typed"))
    right = shown.question.answers[0]
    guesses = [(STARTER, "zebra", 1), (OTHER, right, 2), (MOD, right, 3), (STARTER, "teapot", 4)]
    results = await asyncio.gather(*(service.guess(CHANNEL, user, text, message) for user, text, message in guesses))
    assert [r.status if r else None for r in results] == ["wrong", "correct", "closed", "closed"]
    winner = results[1]
    assert winner is not None and winner.points > 0
    assert any(isinstance(e, Revealed) and e.earned.get(OTHER) == winner.points for e in winner.events)
    async with db.read() as conn:
        counts = await answer_store.guess_counts(conn, [(shown.game.id, 0, u) for u in (STARTER, OTHER, MOD)])
    assert counts == {(shown.game.id, 0, STARTER): 1, (shown.game.id, 0, OTHER): 1}


async def test_one_message_delivered_twice_at_once_counts_once(db: Database, clock: ManualClock) -> None:
    service = _service(db, clock)
    shown = await service.start(_request(mode="typed"))
    first, again = await asyncio.gather(service.guess(CHANNEL, OTHER, "zebra", 77), service.guess(CHANNEL, OTHER, "zebra", 77))
    assert first is not None and first.status == "wrong" and again is None
    async with db.read() as conn:
        assert await answer_store.total_guesses(conn, shown.game.id) == 1
