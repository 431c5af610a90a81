"""How far a channel's trivia may go: the channel's spoiler mark (the lore side's, NOTHING when
unmarked; a thread's own, else its parent channel's: bot.lore.progress.get_reading_mark, the parent
found by the cog), lowered by a game's `up_to_episode`. Games, exports and daily questions never go past it.
Both are positions of the show (bot.show.Position)."""

from __future__ import annotations

from collections.abc import Awaitable, Callable

from bot.show import NOTHING, Position

# The channel's spoiler mark (the highest position it may show), from the lore side.
ChannelMark = Callable[[int], Awaitable[Position | None]]


class Gates:
    """How far a channel's games may go: its spoiler mark, lowered by a game's up_to_episode."""

    def __init__(self, channel_mark: ChannelMark) -> None:
        self._channel_mark = channel_mark

    async def channel_mark(self, channel_id: int) -> Position:
        return (await self._channel_mark(channel_id)) or NOTHING

    async def gate_for(self, channel_id: int, up_to_episode: Position | None) -> Position:
        """The highest position a game here may ask about: min(channel mark, up_to_episode)."""
        mark = await self.channel_mark(channel_id)
        if up_to_episode is None:
            return mark
        return min(mark, up_to_episode)
