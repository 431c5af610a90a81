"""Season2Service (bot/season2/service.py): what a fan's /season2 remind does."""

from __future__ import annotations

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
