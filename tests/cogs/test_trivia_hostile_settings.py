"""/trivia settings shows list and category names a moderator typed: inert and within Discord's limits."""

from __future__ import annotations

from bot.harness import Harness
from bot.tree import APOLOGY


async def test_settings_show_typed_category_names_without_pings_or_spoiler_bars(hyosan: Harness) -> None:
    h = hyosan
    reply = await h.discord.invoke(
        h.moderator, h.channels["trivia"], "trivia", "settings", disable_category="@everyone <@&1> ||x"
    )
    assert "@everyone" not in reply.text and "<@&1>" not in reply.text
    assert "||" not in reply.text.replace("\\|", "")


async def test_settings_still_answer_after_many_long_category_names(hyosan: Harness) -> None:
    h = hyosan
    for i in range(20):
        reply = await h.discord.invoke(
            h.moderator, h.channels["trivia"], "trivia", "settings", disable_category=f"{i:02d}" + "y" * 98
        )
        assert APOLOGY not in reply.text
    fields = {f["name"]: f["value"] for f in reply.embeds[0]["fields"]}
    assert 0 < len(fields["Categories off"]) <= 1024
    assert fields["Categories off"].endswith("more")
