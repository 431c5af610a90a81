"""The end-to-end spoiler oracle, demo part: the demo tour shows no more than its audience may see.

The demo tour runs on its own bot and is read after each of its steps as its audience reads it
(tests/cogs/spoiler_oracle.py), scanned by the spoiler lexicon. The commands: test_spoiler_oracle.py,
test_spoiler_oracle_ask.py and test_spoiler_oracle_play.py (tests/cogs/oracle_world.py: why in parts).
"""

from __future__ import annotations

import contextlib
from pathlib import Path

import pytest
import pytest_asyncio

from bot.clock import ManualClock
from bot.demo.console import DemoConsole
from bot.demo.main import demo_overrides, tour_lines
from bot.harness import Harness
from bot.lore.content import bundled_pack
from bot.lore.lexicon import Lexicon, Reveal, lexicon_of
from bot.sandbox import RateLimits, Sandbox
from tests.cogs.oracle_world import START, Run, listed
from tests.cogs.spoiler_oracle import Transcript, leaks


@pytest_asyncio.fixture(scope="module", loop_scope="module")
async def tour_run(tmp_path_factory: pytest.TempPathFactory) -> Run:
    run = Run()
    await tour(tmp_path_factory.mktemp("tour"), lexicon_of(bundled_pack()), run)
    return run


class QuickConsole(DemoConsole):
    """The demo's console, waiting only as long as the bot needs here (no reader to pace for): a step's
    `expect` waits for the post it needs, and a post that comes later is read with the next step's."""

    async def settle(self, seconds: float = 0.25, *, until_quiet: bool = True) -> None:
        await super().settle(min(seconds, 0.01), until_quiet=until_quiet)


async def tour(workdir: Path, lexicon: Lexicon, run: Run) -> None:
    """The demo tour, read after each of its steps (marks and progress change along the way)."""
    async with contextlib.AsyncExitStack() as stack:
        overrides = await demo_overrides(stack)  # the tour's own steps and local sources
        clock = ManualClock(START)
        discord = await stack.enter_async_context(Sandbox(clock=clock, rate_limits=RateLimits.unlimited()))
        h = await stack.enter_async_context(Harness.start(workdir, clock=clock, sandbox=discord, **overrides))
        console = QuickConsole(h, strict=True)  # every step must do what the tour says
        console.out = lambda *_: None  # type: ignore[method-assign]
        transcript = Transcript(h.discord, h.db_path)
        read: dict[tuple[str, str], Reveal | None] = {}  # each step's transcript holds the earlier steps'
        for line in tour_lines():
            await console.run_line(line)
            shown = transcript.read()
            run.tour_strings += len(shown)
            run.tour_leaks.extend(leaks(lexicon, shown, read))
        await DemoConsole.settle(console)  # what the last step set off, read too
        shown = transcript.read()
        run.tour_strings += len(shown)
        run.tour_leaks.extend(leaks(lexicon, shown, read))


pytestmark = pytest.mark.asyncio(loop_scope="module")


async def test_the_demo_tour_shows_no_more_than_its_audience_may_see(tour_run: Run) -> None:
    print(f"demo tour: {tour_run.tour_strings} strings checked")
    assert tour_run.tour_strings > 100
    assert not tour_run.tour_leaks, listed(tour_run.tour_leaks)
