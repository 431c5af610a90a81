"""Season2Service (bot/season2/service.py): what a fan's /season2 remind does."""

from __future__ import annotations

import asyncio

from bot.clock import ManualClock
from bot.season2.delivery.dispatcher import Dispatcher
from bot.season2.service import Season2Service
from db.connection import Database
from tests.season2.delivery.helpers import T0, ScriptedTransport


async def test_remind_without_a_choice_switches_the_fan_in_and_out(db: Database) -> None:
    clock = ManualClock(T0)
    service = Season2Service(db, clock, Dispatcher(db, clock, ScriptedTransport()))
    assert await service.toggle_optin(5, 1) is True
    assert await service.is_opted_in(5)
    assert await service.toggle_optin(5, 1) is False
    assert await service.toggle_optin(5, 1, on=False) is False
    assert await service.toggle_optin(5, 1, on=True) is True
    assert await service.is_opted_in(5)


async def test_a_second_delivery_of_the_same_press_changes_nothing(db: Database) -> None:
    """Keyed by the interaction: two copies of hyosan (or a replay) handling one press give one
    switch, and the second answer is the first one's, never its opposite."""
    clock = ManualClock(T0)
    service = Season2Service(db, clock, Dispatcher(db, clock, ScriptedTransport()))
    assert await service.toggle_optin(5, 1, key=1001) is True
    assert await service.toggle_optin(5, 1, key=1001) is True
    assert await service.is_opted_in(5)
    assert await service.toggle_optin(5, 1, key=1002) is False  # a new press switches again
    assert not await service.is_opted_in(5)


async def test_presses_handled_at_the_same_moment_end_as_the_last_answer_says(db: Database) -> None:
    clock = ManualClock(T0)
    service = Season2Service(db, clock, Dispatcher(db, clock, ScriptedTransport()))
    answers = await asyncio.gather(*(service.toggle_optin(5, 1, key=2000 + i % 6) for i in range(12)))
    assert answers[:6] == answers[6:]  # each press answered the same both times
    assert await service.is_opted_in(5) is answers[5]  # the last press's answer is the state
