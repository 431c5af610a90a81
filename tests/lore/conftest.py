"""Fixtures shared by the lore tests: an answer engine on the bundled pack."""

from __future__ import annotations

from collections.abc import AsyncIterator

import pytest

from bot.lore.answer import AnswerEngine
from bot.lore.content import bundled_pack
from tests.lore.helpers import bundled_resolver


@pytest.fixture
async def engine() -> AsyncIterator[AnswerEngine]:
    built = await AnswerEngine.create(bundled_pack(), bundled_resolver())
    try:
        yield built
    finally:
        built.close()
