"""Whether a subscription's ping still reaches its role, said to the moderators who can mend it.

A role chosen at `/season2set announce set` can be deleted later, or stop being mentionable while
the bot lacks Mention Everyone: announcements then reach the channel but ping no one, and a deleted
role's mention reads "@deleted-role" to every member. `/season2set announce list` and `announce test`
say so; a post never names a role that is gone.
"""

from __future__ import annotations

from typing import NamedTuple

import discord


class PingTrouble(NamedTuple):
    why: str  # and what to do, said after the channel
    role_gone: bool  # the role was deleted: not to be named ("@deleted-role")


def ping_trouble(guild: discord.Guild, channel: object, role_id: int | None) -> PingTrouble | None:
    """Why announcements in `channel` would not ping `role_id` now, and what to do; None when they
    would (or ping no one by choice)."""
    if role_id is None:
        return None
    role = guild.get_role(role_id)
    if role is None:
        return PingTrouble(
            "the role it pinged was deleted, so it pings no one: run `/season2set announce set` for it "
            "with another role, or none", role_gone=True,
        )
    me = guild.me
    if role.mentionable or me is None or not isinstance(channel, discord.abc.GuildChannel | discord.Thread):
        return None
    if channel.permissions_for(me).mention_everyone:
        return None
    return PingTrouble(
        f"I can't ping {role.mention} there: make the role mentionable, or give me Mention Everyone", role_gone=False
    )
