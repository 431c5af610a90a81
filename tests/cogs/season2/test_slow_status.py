"""/season2 status when its card is slow to build (the first card after a start compiles the spoiler reader's patterns,
seconds of CPU on a busy machine): acknowledged within Discord's 3 s with a "thinking" state, then the same card. The cog
acknowledges at once here (`ack_by` 0 instead of 1.5 s), so each test takes that path whatever the machine's speed."""

from __future__ import annotations

import asyncio
import datetime as dt
from collections.abc import AsyncIterator
from pathlib import Path
from typing import Any

import pytest

from bot.clock import ManualClock
from bot.harness import Harness

START = dt.datetime(2026, 3, 1, 12, 0, tzinfo=dt.UTC)


@pytest.fixture
async def h(tmp_path: Path) -> AsyncIterator[Harness]:
    async with Harness.start(tmp_path, clock=ManualClock(START), extensions=("cogs.meta", "cogs.season2")) as harness:
        cog: Any = harness.bot.get_cog("Season2")
        cog.ack_by = 0.0
        yield harness


async def test_a_status_card_acknowledged_first_is_still_the_public_card_with_its_private_button(h: Harness) -> None:
    thinking = asyncio.ensure_future(h.discord.wait_for_message(
        h.general, lambda m: m.loading and not m.ephemeral, include_existing=False))
    card = await h.discord.invoke(h.fan, h.general, "season2", "status")
    await asyncio.wait_for(thinking, 5)
    assert not card.ephemeral and not card.loading
    assert card.embed is not None and card.embed["title"].startswith("Season 2")
    assert any("privately" in str(button.get("label") or "").lower() for button in card.buttons)


async def test_the_private_status_acknowledged_first_stays_private(h: Harness) -> None:
    card = await h.discord.invoke(h.fan, h.general, "season2", "status")
    button = next(b for b in card.buttons if "privately" in str(b.get("label") or "").lower())
    own = await h.discord.click(h.fan, card, str(button["custom_id"]))
    assert own.ephemeral and not own.loading
    assert own.embed is not None and own.embed["title"].startswith("Season 2")


async def test_a_sources_list_read_off_the_loop_is_the_public_list(h: Harness) -> None:
    listed = await h.discord.invoke(h.fan, h.general, "season2", "sources")
    assert not listed.ephemeral and listed.embed is not None and listed.embed["title"] == "Season 2 sources"
