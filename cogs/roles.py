"""Roles a moderator picks for who may do something: the ones no member can hold are refused.

Discord's role picker offers @everyone and the roles bots and integrations manage beside the
server's own. @everyone as "the role that may start games" reads as "@@everyone" and means everyone,
and a bot's or integration's role can be given to no member, so the setting would quietly leave
games to the moderators alone.
"""

from __future__ import annotations

import discord


def role_still_there(guild: discord.Guild | None, role_id: int) -> bool:
    """Whether a role a setting names is still the server's: not once the server deleted it (a
    server not cached says nothing either way: the role is taken to be there). A season-2 post
    names it only then; games are left to the moderators once the start role is gone."""
    return guild is None or guild.get_role(role_id) is not None


def members_role_refusal(role: discord.Role, option: str, everyone_instead: str) -> str | None:
    """Why `role` cannot be the role for `option`, saying what to pick instead; None when it can.
    A server booster role is managed too, but members do hold it, so it is accepted."""
    if role.is_default():
        return f"{option}:@everyone is every member: use {everyone_instead} for that. Nothing was changed."
    if role.managed and not role.is_premium_subscriber():
        return (
            f"{role.mention} belongs to a bot or an integration: no member can be given it. "
            f"Pick a role your members have for {option}. Nothing was changed."
        )
    return None
