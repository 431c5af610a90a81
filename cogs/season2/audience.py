"""Who reads a season-2 post, and what they may see in the clear: read when the post is sent.

The rule is the lore's (bot/lore/progress.py): a message in a server channel is public, so it shows
what its channel's spoiler mark allows (NOTHING when unmarked), whoever caused it; a direct message
shows its reader's own progress (their progress in the bot's DMs). A thread with a mark of its own
(an episode room is marked up to its episode) reads by it; one without reads as its parent channel
does, since the channel's readers are the thread's.

The outbox keeps a post's show content as parts that each know what they spoil, and the transport
renders a row only when it sends it, after reading its audience here (cogs/season2/transport.py):
a mark lowered between the enqueue and the delivery, or across a restart, is the one that counts.
What cannot be read (a thread Discord will not describe) counts as NOTHING: a post then hides more,
never less.
"""

from __future__ import annotations

from bot.app import Hyosan
from bot.lore.progress import get_progress, get_reading_mark
from bot.season2.delivery.dispatcher import Pace
from bot.show import NOTHING, Position
from db.connection import Database


class Audiences:
    def __init__(self, client: Hyosan, database: Database) -> None:
        self.client = client
        self.database = database

    async def of_channel(self, channel_id: int, pace: Pace) -> Position:
        """What a post in this channel or thread may show in the clear now."""
        parent = self.client.thread_parent
        return await get_reading_mark(self.database, channel_id, lambda: parent(channel_id, pace=pace)) or NOTHING

    async def of_member(self, guild_id: int, user_id: int) -> Position:
        """What a private answer to a member in a server may show in the clear: their own progress there."""
        return await get_progress(self.database, guild_id, user_id) or NOTHING

    async def of_user(self, user_id: int) -> Position:
        """What a direct message to this user may show in the clear: their own progress."""
        return await get_progress(self.database, None, user_id) or NOTHING
