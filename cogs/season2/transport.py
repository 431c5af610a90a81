"""The season-2 delivery transport: sends outbox rows through discord.py and maps its errors to
the dispatcher's outcomes (bot.season2.delivery.dispatcher knows nothing about discord.py).

Issue 14, fault 1 (not fixed here): `send` bounds each delivery with a 60 s `wait_for`; cancelling
a send while discord.py sleeps out a global 429 leaves discord.py's global-limit event unset, and
every later request waits. The deadline must become separate from the send.
"""

from __future__ import annotations

import asyncio
from typing import Any

import aiohttp
import discord

from bot.season2.delivery.dispatcher import Outcome, Pace, SendResult
from bot.season2.delivery.outbox import parse_target
from bot.season2.model import OutboxEntry
from cogs.season2.render import Reads, render_row


class DiscordTransport:
    """Delivers outbox rows with discord.py; maps its errors to the dispatcher's outcomes.

    `channel.send(nonce=...)` makes discord.py send `enforce_nonce: true`, so a resend of the
    same row (after a crash or a timeout) returns the first message instead of a second one.
    discord.py itself waits out 429s (up to max_ratelimit_timeout) and retries 5xx a few times;
    what still fails comes back here as retry_later.
    """

    def __init__(self, client: discord.Client, *, timeout: float = 60.0, reads: Reads = None) -> None:
        self.client = client
        self.timeout = timeout
        self.reads = reads  # the spoiler lexicon: headlines that name the show's events go in bars

    async def send(self, row: OutboxEntry, payload: dict[str, Any], pace: Pace) -> SendResult:
        try:
            return await asyncio.wait_for(self._send(row, payload, pace), self.timeout)
        except TimeoutError:
            return SendResult(Outcome.RETRY_LATER, error="timed out")

    async def _send(self, row: OutboxEntry, payload: dict[str, Any], pace: Pace) -> SendResult:
        target = parse_target(row.target)
        content, embed, mentions = render_row(row.kind, payload, self.reads)
        try:
            if target.kind == "channel":
                await pace()
                channel: discord.abc.Messageable = self.client.get_partial_messageable(target.id)
            elif target.kind == "dm":
                channel = await self._dm(target.id, pace)
            else:
                found = await self._notice_channel(target.id, payload, pace)
                if found is None:
                    return SendResult(Outcome.TARGET_GONE, error="no system channel and no moderator to tell")
                channel = found
                await pace()
            message = await channel.send(content=content, embed=embed, nonce=row.nonce, allowed_mentions=mentions)
            return SendResult(Outcome.SENT, message_id=message.id)
        except discord.Forbidden as exc:
            return SendResult(Outcome.FORBIDDEN, error=f"403 {exc.code}: {exc.text}"[:300])
        except discord.NotFound as exc:
            return SendResult(Outcome.TARGET_GONE, error=f"404 {exc.code}: {exc.text}"[:300])
        except discord.RateLimited as exc:
            return SendResult(Outcome.RETRY_LATER, retry_after=exc.retry_after, error="rate limited")
        except discord.DiscordServerError as exc:
            return SendResult(Outcome.RETRY_LATER, error=f"{exc.status} server error")
        except discord.HTTPException as exc:
            if exc.status == 429 or exc.status >= 500:
                return SendResult(Outcome.RETRY_LATER, error=f"{exc.status}: {exc.text}"[:300])
            return SendResult(Outcome.REJECTED, error=f"{exc.status} {exc.code}: {exc.text}"[:300])
        except (aiohttp.ClientError, OSError) as exc:
            return SendResult(Outcome.RETRY_LATER, error=f"network: {exc}"[:300])

    async def _dm(self, user_id: int, pace: Pace) -> discord.abc.Messageable:
        user = self.client.get_user(user_id)
        if user is not None and user.dm_channel is not None:
            await pace()
            return user.dm_channel
        await pace()
        dm = await self.client.create_dm(discord.Object(user_id))
        await pace()
        return dm

    async def _notice_channel(
        self, guild_id: int, payload: dict[str, Any], pace: Pace
    ) -> discord.abc.Messageable | None:
        guild = self.client.get_guild(guild_id)
        system_channel = guild.system_channel if guild is not None else None
        disabled = payload.get("channel_id")
        if system_channel is not None and system_channel.id != disabled:
            me = guild.me if guild is not None else None
            if me is None or system_channel.permissions_for(me).send_messages:
                return system_channel
        moderator = payload.get("moderator_id")
        if isinstance(moderator, int):
            await pace()
            return await self.client.create_dm(discord.Object(moderator))
        return None
