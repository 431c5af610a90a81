"""The end-to-end spoiler oracle, /ask part: what readers see never gives away more than their audience may see.

One run (module-scoped: the bot starts once) asks the questions of the issue and the everyday kinds
fans ask (tests/cogs/oracle_questions.py, QUESTIONS), in channels marked {none, 0, 3, 7, 11} by members
whose progress is {0, 5, 12}, publicly and privately (the bot's DMs, ephemeral replies, "Show me
privately"). Then everything the local Discord recorded is read as its audience reads it
(tests/cogs/spoiler_oracle.py) and scanned by the spoiler lexicon. The other parts:
test_spoiler_oracle.py (why in parts: tests/cogs/oracle_world.py).
"""

from __future__ import annotations

from collections.abc import AsyncIterator

import pytest
import pytest_asyncio

from tests.cogs.oracle_world import Run, lore_run, spoils_nothing

#: What this run must at least have driven and read (4,110 commands, 2,485 clicks, 22,250 strings at stop 70).
#: With the other parts' floors they add up to the whole oracle's: 1,000 commands, 300 clicks,
#: 10,000 strings (tests/cogs/oracle_world.py).
ASK_INVOCATIONS, ASK_CLICKS, ASK_STRINGS = 350, 140, 1_500


@pytest_asyncio.fixture(scope="module", loop_scope="module")
async def oracle(tmp_path_factory: pytest.TempPathFactory) -> AsyncIterator[Run]:
    yield await lore_run(tmp_path_factory.mktemp("oracle"), {"ask"})


pytestmark = pytest.mark.asyncio(loop_scope="module")


# One test per module: pytest-xdist would otherwise run the module's fixture once per worker.


async def test_no_public_or_private_answer_shows_more_than_its_audience_may_see(oracle: Run) -> None:
    spoils_nothing(oracle, ASK_INVOCATIONS, ASK_CLICKS, ASK_STRINGS)
