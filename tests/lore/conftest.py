"""Fixtures shared by the lore tests: an answer engine on the bundled pack."""

from __future__ import annotations

from collections.abc import Iterator

import pytest

from bot.lore.answer import AnswerEngine
from bot.lore.content import bundled_pack
from tests.lore.helpers import bundled_resolver


@pytest.fixture(scope="session")
def engine() -> Iterator[AnswerEngine]:
    """One engine for the session: answering reads it and changes nothing a test could see (its
    remembered answers are the answers it would give again). Tests that need another pack or status
    build their own."""
    built = AnswerEngine.build(bundled_pack(), bundled_resolver())
    try:
        yield built
    finally:
        built.close()
