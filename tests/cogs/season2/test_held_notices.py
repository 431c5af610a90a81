"""Notices kept for the next moderator (cogs/season2/notices.py: tell_held): told a few at a time."""

from __future__ import annotations

import datetime as dt
from typing import Any

import discord

from bot.season2.model.delivery import OutboxEntry
from cogs.season2.notices import MAX_TOLD, tell_held

AT = dt.datetime(2026, 3, 1, tzinfo=dt.UTC)


def _row(n: int) -> OutboxEntry:
    return OutboxEntry(n, f"source-down:rss:{n}", "notice:1", "notice", None, 1, "failed", 1, AT, f"n{n}", "{}", None,
                       "no place", None, AT, None)


class _Followup:
    def __init__(self) -> None:
        self.sent: list[str] = []

    async def send(self, content: str, **_: Any) -> None:
        self.sent.append(content)


class _Interaction:  # the two attributes tell_held uses, as a Discord interaction has them
    def __init__(self) -> None:
        self.followup = _Followup()
        self.guild_id = 1


async def test_a_moderator_is_told_a_few_held_notices_at_a_time_and_the_rest_kept() -> None:
    # a feed failing every day for weeks while no place took its notices: not 60 private messages at once
    interaction = _Interaction()

    async def render(row: OutboxEntry) -> tuple[str | None, discord.Embed | None]:
        return f"notice {row.id}", None

    kept = await tell_held(interaction, [_row(n) for n in range(60)], render)  # type: ignore[arg-type]
    assert len(interaction.followup.sent) <= MAX_TOLD + 1
    assert [r.id for r in kept] == list(range(MAX_TOLD, 60))
    assert any(f"{60 - MAX_TOLD} more" in text for text in interaction.followup.sent)
