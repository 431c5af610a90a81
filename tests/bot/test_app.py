"""The Bot: what setup_hook does once per process."""

from __future__ import annotations

import gc
from pathlib import Path

from bot.app import EXTENSIONS
from bot.harness import Harness


async def test_setup_hook_loads_every_extension_and_starts_the_scheduler(hyosan: Harness) -> None:
    assert set(EXTENSIONS) <= set(hyosan.bot.extensions)
    assert hyosan.bot.scheduler.running


async def test_the_start_up_heap_is_frozen_out_of_garbage_collection(tmp_path: Path) -> None:
    # What the bot builds at start joins what the test session froze already (tests/conftest.py).
    # (Unfreezing that first made the bot's collection scan the whole worker's heap: seconds.)
    frozen_before = gc.get_freeze_count()
    async with Harness.start(tmp_path, bot_options={"freeze_heap": True}):
        assert gc.get_freeze_count() > frozen_before


async def test_closing_the_bot_stops_the_scheduler(tmp_path: Path) -> None:
    async with Harness.start(tmp_path) as harness:
        scheduler = harness.bot.scheduler
    assert not scheduler.running
