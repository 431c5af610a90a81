"""The season-2 card says what was claimed (issue 12 item 5): each claim as its claim (with its
publisher, date, confidence and link), refuted claims with what settles them, never a headline in
place of a claim; and a claim's words that spoil are hidden by the channel's mark."""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import AsyncIterator
from pathlib import Path

import pytest

from bot.clock import ManualClock
from bot.harness import Harness
from bot.sandbox import Message
from bot.season2.model import Claim, Confidence, Milestone, Source
from bot.season2.rules import compute_status
from bot.show import NOTHING, Position
from cogs.season2.render import status_embed

START = dt.datetime(2026, 3, 1, 12, 0, tzinfo=dt.UTC)
EXTENSIONS = ("cogs.meta", "cogs.lore", "cogs.season2")


@pytest.fixture
async def h(tmp_path: Path) -> AsyncIterator[Harness]:
    async with Harness.start(tmp_path, clock=ManualClock(START), extensions=EXTENSIONS) as harness:
        yield harness


def field(card: Message, name: str) -> str:
    assert card.embed is not None
    for f in card.embed.get("fields") or []:
        if f["name"].startswith(name):
            return str(f["value"])
    raise AssertionError(f"no field {name!r} in {card.text}")


async def test_a_refuted_rumour_shows_what_was_claimed_and_what_settles_it(h: Harness) -> None:
    card = await h.discord.invoke(h.fan, h.general, "season2", "status")
    refuted = field(card, "Refuted")
    assert "Roh Yoon\\-seo was rumoured to be joining Season 2" in refuted
    assert "settled by: OSEN reported that Roh Yoon\\-seo would not appear in Season 2" in refuted
    assert "reportedly exits" not in card.text, "the article's headline is not the claim"


async def test_a_rumour_is_its_claim_with_a_link_to_its_publisher(h: Harness) -> None:
    card = await h.discord.invoke(h.fan, h.general, "season2", "status")
    rumours = field(card, "Rumours")
    # It names season-1 characters' actors in season 2, so an unmarked channel sees it in bars.
    assert re.search(r"\|\|[^|]*listed Seo Ji-hoon and Kim Se-yoon as new cast", rumours), rumours
    assert "[ARY News](https://arynews.tv/" in rumours and "2025-06" in rumours and "rumour" in rumours
    assert "casts Squid Game actors" not in rumours


async def test_show_me_privately_under_the_card_shows_what_the_channel_hid_at_your_own_progress(h: Harness) -> None:
    await h.discord.invoke(h.fan, h.general, "progress", watched="finished s1")
    card = await h.discord.invoke(h.moderator, h.general, "season2", "status")
    [button] = [b for b in card.buttons if b.get("label") == "Show me privately"]
    own = await h.discord.click(h.fan, card, str(button["custom_id"]))
    rumours = field(own, "Rumours").replace("\\", "")  # Discord shows "Seo Ji\-hoon" as "Seo Ji-hoon"
    assert own.ephemeral and "Foreign-media reports also listed Seo Ji-hoon" in rumours and "||" not in rumours, rumours


def test_a_claim_that_spoils_is_hidden_where_the_audience_has_not_seen_it() -> None:
    survives = Claim(
        "lore:cast", Milestone.CASTING, dt.date(2025, 7, 23), Confidence.OFFICIAL,
        Source("UPI", "Headline", "https://www.upi.com/x"), "Cheong-san returns for season 2.",
        spoils=Position(1, 12),
    )
    status = compute_status([survives])
    hidden = status_embed(status, START, NOTHING).to_dict()
    shown = status_embed(status, START, Position(1, 12)).to_dict()
    (backed,) = [f["value"] for f in hidden["fields"] if f["name"] == "Backed by"]
    assert "||Cheong-san returns for season 2.||" in backed and "[UPI](https://www.upi.com/x)" in backed
    (backed,) = [f["value"] for f in shown["fields"] if f["name"] == "Backed by"]
    assert "Cheong\\-san returns for season 2." in backed and "||" not in backed
