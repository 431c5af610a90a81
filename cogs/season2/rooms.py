"""Episode rooms, the Discord side: the thread, its spoiler mark and its starter (bot/season2/rooms.py
keeps the books and words).

`RoomOpener.tick` (a sweep on the bot's scheduler) opens what is due: it checks the bot's
permissions in the chosen channel first (a missing one turns the server's rooms off with one notice
to its moderators), makes a public thread named after the position only, marks it spoiler-safe up
to that episode, and posts the starter with a nonce, so a retried post shows once. A retry of a room
left half-opened looks for the thread it made among the server's active threads before making one.
"""

from __future__ import annotations

import asyncio
import logging
from collections.abc import Callable

import discord

from bot.app import Hyosan
from bot.lore.progress import set_channel_mark
from bot.outbox import nonce_for
from bot.permissions import missing_permissions as lacking
from bot.season2.rooms import AUTO_ARCHIVE_MINUTES, DueRoom, Rooms, room_name, starter_text

log = logging.getLogger(__name__)
NONE = discord.AllowedMentions.none()


ROOMS_NEED = (
    ("View Channel", "view_channel"),
    ("Create Public Threads", "create_public_threads"),
    ("Send Messages in Threads", "send_messages_in_threads"),
)


def missing_permissions(channel: discord.abc.GuildChannel, me: discord.Member) -> list[str]:
    """What the rooms need and the bot lacks in `channel` (Discord's names, exactly those to allow)."""
    return lacking(channel, me, ROOMS_NEED)


class RoomOpener:
    def __init__(self, bot: Hyosan, rooms: Rooms, on_queued: Callable[[], None] | None = None) -> None:
        self.bot = bot
        self.rooms = rooms
        self._on_queued = on_queued
        self._lock = asyncio.Lock()  # one sweep at a time: the command's and the scheduler's

    async def tick(self) -> None:
        """The scheduler's sweep: open every room that is due."""
        await self.open_due()

    async def open_due(self) -> int:
        """Open every room that is due; returns how many opened."""
        opened = 0
        async with self._lock:
            for due in await self.rooms.due():
                try:
                    opened += await self._open(due)
                except Exception:
                    log.exception(
                        "season 2: opening the room for %s in server %s failed", due.position, due.settings.guild_id
                    )
        return opened

    def _kick(self) -> None:
        if self._on_queued is not None:
            self._on_queued()

    async def _open(self, due: DueRoom) -> int:
        settings = due.settings
        guild = self.bot.get_guild(settings.guild_id)
        if guild is None or guild.me is None:
            return 0  # not connected to that server (yet): try again next sweep
        channel = guild.get_channel(settings.channel_id)
        if not isinstance(channel, discord.TextChannel):
            if await self.rooms.lacking(settings, [], gone=True):  # deleted, or no longer a text channel
                self._kick()
            return 0
        missing = missing_permissions(channel, guild.me)
        if missing:
            if await self.rooms.lacking(settings, missing):
                self._kick()
            return 0
        if not await self.rooms.claim(due):
            return 0
        name = room_name(due.position)
        try:
            thread = await self._thread(guild, channel, due, name)
            await set_channel_mark(
                self.bot.database, guild.id, thread.id, due.position, None, shape=self.bot.show
            )
            starter = await thread.send(
                starter_text(due.position, due.aired), allowed_mentions=NONE,
                nonce=nonce_for(f"room:{guild.id}:{due.position.code}", f"thread:{thread.id}"),
            )
        except discord.Forbidden as exc:
            if await self.rooms.lacking(settings, [f"Discord refused: {exc.text or exc.status}"]):
                self._kick()
            await self.rooms.failed(guild.id, due.position, f"403 {exc.code}: {exc.text}", final=True)
            return 0
        except discord.HTTPException as exc:
            await self.rooms.failed(guild.id, due.position, f"{exc.status} {exc.code}: {exc.text}", final=False)
            return 0
        await self.rooms.opened(guild.id, due.position, starter.id)
        return 1

    async def _thread(
        self, guild: discord.Guild, channel: discord.TextChannel, due: DueRoom, name: str
    ) -> discord.Thread:
        """The room's thread: the one made before (a retry), else a new public one."""
        if due.room is not None and due.room.thread_id is not None:
            known = guild.get_thread(due.room.thread_id)
            if known is not None:
                return known
        if due.room is not None:
            for thread in await guild.active_threads():
                if thread.parent_id == channel.id and thread.name == name and thread.owner_id == guild.me.id:
                    await self.rooms.made_thread(guild.id, due.position, thread.id)
                    return thread
        thread = await channel.create_thread(
            name=name, type=discord.ChannelType.public_thread, auto_archive_duration=AUTO_ARCHIVE_MINUTES,
            reason=f"hyosan: episode room for {due.position}",
        )
        await self.rooms.made_thread(guild.id, due.position, thread.id)
        return thread
