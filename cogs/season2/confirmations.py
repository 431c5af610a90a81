"""A release date first announced on reports, then confirmed by an official source (the same moment,
or the reported day given its hour): a "confirmed" post goes out, but the announcements and countdowns already posted still said "reported". Each server's announcement channels get that post edited to say it is confirmed (the
countdowns sent by DM: the cog's job on each status published, after a report or a poll).
Best effort: a post that cannot be read or edited stays as it was; `/season2 status` is always right.
"""

from __future__ import annotations

import logging

import discord

from bot.season2.model import Confidence, Status
from bot.season2.service import Season2Service
from cogs.season2.render_posts import confirmed_embed, moved_release

log = logging.getLogger(__name__)

#: The bot's posts looked at in each announcement channel (one request each).
LOOKBACK = 50


def newly_confirmed(before: Status, after: Status) -> bool:
    """The same release date (or its day given its hour), now backed officially where it rested on reports."""
    return (before.release_at is not None and after.release_at is not None
            and not moved_release(before.release_at, after.release_at)
            and before.confidence is not Confidence.OFFICIAL and after.confidence is Confidence.OFFICIAL)


async def mark_confirmed(client: discord.Client, service: Season2Service, before: Status, after: Status) -> int:
    """Edit the "reported" announcements of `before`'s date to confirmed in each server's announcement
    channels; how many were edited."""
    if not newly_confirmed(before, after) or before.release_at is None or after.release_at is None \
            or client.user is None:
        return 0
    now = service.clock.now()  # the bot's clock: the day it was confirmed, as every post dates things
    edited = 0  # the countdowns sent by DM: the cog's job on each status published (commands._follow_release)
    for guild in client.guilds:
        for sub in await service.subscriptions(guild.id):
            if not sub.enabled:
                continue
            channel = client.get_partial_messageable(sub.channel_id)
            try:
                async for earlier in channel.history(limit=LOOKBACK):
                    if earlier.author.id != client.user.id or not earlier.embeds:
                        continue
                    confirmed = confirmed_embed(earlier.embeds[0], after.release_at, now, before.release_at)
                    if confirmed is not None:
                        await earlier.edit(embed=confirmed, allowed_mentions=discord.AllowedMentions.none())
                        edited += 1
            except discord.HTTPException as exc:
                log.info("season2: the announcements in %s still say reported (%s)", sub.channel_id, exc)
    return edited
