"""Notices for a server's moderators reach moderators only, never its members.

A news source failing, a permission the bot lost, a locked news thread, episode rooms turned off: what
the bot tells about these is for the people who can fix it, not for fans reading the news channel or
a public system channel (often a welcome channel). Like Red-DiscordBot's owner notifications (by DM,
plus the destinations its owners add) and MonitoRSS's alerts (sent to the users who asked, by DM,
after its users asked not to have them in the feed's channel), a notice goes, first that works:

1. to the channel the moderators chose for notices (`/season2set notices channel`);
2. by DM to the moderator who set up what it is about (the announcement channel, the rooms);
3. to the server's system channel, only when members cannot read it: @everyone is denied View Channel
   there and no role that is not a moderator's (Manage Server or Administrator) is let back in (also
   when the moderator's DM cannot even be opened);
4. else it is kept, and the next moderator who uses a /season2set command is told it, privately, once.

Pure helpers for the transport (`places`) and the command (`notices_text`, `tell_held`).
"""

from __future__ import annotations

import contextlib
import logging
from collections.abc import AsyncGenerator, Awaitable, Callable
from typing import Any

import discord

from bot.season2.model.delivery import OutboxEntry

log = logging.getLogger(__name__)

NONE = discord.AllowedMentions.none()
#: The channel a server's moderators chose for notices (None: none chosen).
NoticeChannel = Callable[[int], Awaitable[int | None]]


def only_moderators_read(channel: discord.abc.GuildChannel) -> bool:
    """Whether members cannot read `channel`: @everyone is denied View Channel, and every role let
    back in is a moderator's (Manage Server or Administrator). Members let in one by one are the
    moderators' own choice of readers."""
    guild = channel.guild
    if channel.overwrites_for(guild.default_role).view_channel is not False:
        return False
    for target, overwrite in channel.overwrites.items():
        if isinstance(target, discord.Role) and target != guild.default_role and overwrite.view_channel:
            if not (target.permissions.manage_guild or target.permissions.administrator):
                return False
    return True


async def places(
    client: discord.Client, guild_id: int, payload: dict[str, Any], chosen: NoticeChannel | None,
    open_dm: Callable[[int], Awaitable[discord.abc.Messageable]],
) -> AsyncGenerator[discord.abc.Messageable, None]:
    """Where a notice for `guild_id`'s moderators may go, in the order to try them (see the module)."""
    about = payload.get("channel_id")  # the channel the notice is about: the bot may not post there
    channel_id = await chosen(guild_id) if chosen is not None else None
    if channel_id is not None and channel_id != about:
        yield client.get_channel(channel_id) or client.get_partial_messageable(channel_id, guild_id=guild_id)  # type: ignore[misc]
    moderator = payload.get("moderator_id")
    if isinstance(moderator, int):
        try:
            dm = await open_dm(moderator)
        except discord.HTTPException as exc:
            if not refused(exc):
                raise  # Discord busy (429, 5xx): the notice is tried again later, in the same order
            log.info("season2: a DM to moderator %s could not be opened (%s %s); the next place is tried",
                     moderator, exc.status, exc.code)
        else:
            yield dm
    guild = client.get_guild(guild_id)
    system = guild.system_channel if guild is not None else None
    if system is not None and system.id != about and only_moderators_read(system):
        me = guild.me if guild is not None else None
        if me is None or system.permissions_for(me).send_messages:
            yield system


def refused(exc: discord.HTTPException) -> bool:
    """Whether a place said no for good (DMs closed, no such user or channel, a DM not opened: 4xx but
    429), so a notice goes on to the next place rather than waiting for this one."""
    return 400 <= exc.status < 500 and exc.status != 429


def notices_text(channel: discord.abc.GuildChannel | None) -> str:
    """The reply to `/season2set notices`: where notices for moderators go now."""
    what = "Notices for moderators (a news source failing, a permission I lost, a locked thread)"
    if channel is None:
        return (f"{what} now go by direct message to the moderator who set up what they are about; "
                "when I can't reach them, to the system channel if only moderators can read it, "
                "else to the next moderator who uses a /season2set command.")
    text = f"{what} now go to {channel.mention}."
    if not only_moderators_read(channel):
        text += (f" Members can read {channel.mention}: they will see these notices too. To keep them to "
                 "moderators, choose a channel where @everyone is denied View Channel.")
    return text


def where_text(channel_id: int | None) -> str:
    """A line of `/season2set announce list`: where notices for moderators go."""
    if channel_id is None:
        return "Notices for moderators: by DM to the moderator concerned (`/season2set notices` picks a channel)."
    return f"Notices for moderators: <#{channel_id}>."


Render = Callable[[OutboxEntry], Awaitable[tuple[str | None, discord.Embed | None]]]


#: Held notices told per /season2set command (a feed failing for weeks leaves dozens): the rest wait.
MAX_TOLD = 5


async def tell_held(interaction: discord.Interaction[Any], held: list[OutboxEntry], render: Render) -> list[OutboxEntry]:
    """Tell the moderator who just used /season2set the notices no place took, privately, a few at a
    time (`MAX_TOLD`); the ones not told (to keep for the next command)."""
    held, later = held[:MAX_TOLD], held[MAX_TOLD:]
    for n, row in enumerate(held):
        content, embed = await render(row)
        try:
            if embed is not None:
                await interaction.followup.send(content or "", embed=embed, ephemeral=True, allowed_mentions=NONE)
            else:
                await interaction.followup.send(content or "…", ephemeral=True, allowed_mentions=NONE)
        except discord.HTTPException as exc:
            log.info("season2: held notices for guild %s not told yet (%r)", interaction.guild_id, exc)
            return held[n:] + later
    if later:
        with contextlib.suppress(discord.HTTPException):
            await interaction.followup.send(
                f"{len(later)} more notices for moderators are waiting: the next /season2set command tells them.",
                ephemeral=True, allowed_mentions=NONE,
            )
    return later

