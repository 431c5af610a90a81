"""The end-to-end spoiler oracle, cards part: what readers see never gives away more than their audience may see.

One run (module-scoped: the bot starts once) drives /cast, /character and /episode with every
character, actor and episode, in channels marked {none, 0, 3, 7, 11} by members whose progress is
{0, 5, 12}, publicly and privately (the bot's DMs, ephemeral replies, "Show me privately"). Then
everything the local Discord recorded is read as its audience reads it (tests/cogs/spoiler_oracle.py)
and scanned by the spoiler lexicon, which reads texts, not their tags. /ask: test_spoiler_oracle_ask.py;
trivia, the other commands and season-2 news: test_spoiler_oracle_play.py; the demo tour:
test_spoiler_oracle_tour.py (tests/cogs/oracle_world.py: why in parts).
"""

from __future__ import annotations

from collections.abc import AsyncIterator

import pytest
import pytest_asyncio

from tests.cogs.oracle_world import Run, lore_run, spoils_nothing

#: What this run must at least have driven and read (940 commands, 279 clicks, 12,400 strings today).
#: With the other parts' floors they add up to the whole oracle's: 1,000 commands, 300 clicks,
#: 10,000 strings (tests/cogs/oracle_world.py).
CARDS_INVOCATIONS, CARDS_CLICKS, CARDS_STRINGS = 500, 150, 7_000


@pytest_asyncio.fixture(scope="module", loop_scope="module")
async def oracle(tmp_path_factory: pytest.TempPathFactory) -> AsyncIterator[Run]:
    yield await lore_run(tmp_path_factory.mktemp("oracle"), {"cast", "character", "episode"})


pytestmark = pytest.mark.asyncio(loop_scope="module")


# One test per module: pytest-xdist would otherwise run the module's fixture once per worker.


async def test_no_public_or_private_card_shows_more_than_its_audience_may_see(oracle: Run) -> None:
    spoils_nothing(oracle, CARDS_INVOCATIONS, CARDS_CLICKS, CARDS_STRINGS)
