"""Which players on a leaderboard are still members of the server. The bot has no members intent:
it neither caches members nor hears them leave, so a player's mention could read "@unknown-user".
A player not in the cache is fetched (Unknown Member: gone); answers are kept a few minutes so a
board asked again does not fetch again. Any other failure counts the player as present: a mention
that may not resolve beats naming a member as gone."""

from __future__ import annotations

import asyncio
import logging
import time
from collections.abc import Awaitable, Callable, Collection
from typing import TypeVar

import discord

from bot.trivia.service import GameService
from db import StorageError

log = logging.getLogger(__name__)
T = TypeVar("T")

KEEP_FOR = 300.0  # seconds an answer "still a member" is trusted
KEEP_GONE = 60.0  # and "gone": a player who rejoins is not named as gone for long
GONE_CODES = {10007, 10013}  # Unknown Member, Unknown User


class Presence:
    def __init__(self) -> None:
        self._known: dict[tuple[int, int], tuple[bool, float]] = {}

    async def gone(self, guild: discord.Guild, user_ids: Collection[int]) -> set[int]:
        """Those of `user_ids` who are no longer members of `guild`."""
        now = time.monotonic()
        unsure = []
        for uid in user_ids:
            known = self._known.get((guild.id, uid))
            if guild.get_member(uid) is None and (known is None or now - known[1] > (KEEP_FOR if known[0] else KEEP_GONE)):
                unsure.append(uid)
        results = await asyncio.gather(*(self._here(guild, uid) for uid in unsure))
        for uid, here in zip(unsure, results, strict=True):
            self._known[(guild.id, uid)] = (here, now)
        return {
            uid for uid in user_ids
            if guild.get_member(uid) is None and not self._known.get((guild.id, uid), (True, 0.0))[0]
        }

    def seen(self, guild_id: int, user_id: int) -> None:
        """`user_id` just acted in the server: a member again, whatever was answered before."""
        if self._known.get((guild_id, user_id), (True, 0.0))[0] is False:
            del self._known[(guild_id, user_id)]

    @staticmethod
    async def _here(guild: discord.Guild, user_id: int) -> bool:
        try:
            await guild.fetch_member(user_id)
        except discord.NotFound as exc:
            return exc.code not in GONE_CODES
        except discord.HTTPException:
            return True
        return True


async def note_name(service: GameService, guild_id: int | None, user: discord.abc.User) -> None:
    """Keep the name a player answered under (what a board shows once they left). Never raises: a
    name not kept only costs a readable name later."""
    if guild_id is None:
        return
    try:
        await service.note_name(guild_id, user.id, user.display_name)
    except StorageError:
        log.warning("could not keep the name of trivia player %s", user.id)


async def counted(
    service: GameService, guild_id: int | None, user: discord.abc.User, answer: Callable[[], Awaitable[T]]
) -> T:
    """`answer()` (one that counts on the board), with the name the player answered under kept before
    they are told it: a board asked the moment they see their answer already names them if they left.
    (Made here, not passed in: an answer never started, its click too late, leaves nothing unawaited.)"""
    result = await answer()
    await note_name(service, guild_id, user)
    return result
