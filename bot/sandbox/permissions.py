"""Discord's permission algorithm, as documented, and what it lets the bot do in a channel.

developers/topics/permissions.mdx: base permissions are @everyone's plus every role's (owner and
ADMINISTRATOR get everything); in a channel the @everyone overwrite applies, then every role
overwrite of the member *combined* (all denies, then all allows), then the member's own
overwrite. "Implicit permissions": without VIEW_CHANNEL nothing else counts, and without
SEND_MESSAGES neither do MENTION_EVERYONE, SEND_TTS_MESSAGES, ATTACH_FILES or EMBED_LINKS.

The sandbox also keeps a per-member grant (``Member.permissions``, what ``add_member`` takes): it
counts like one more role the member holds.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from .models import (
    ADD_REACTIONS,
    ADMINISTRATOR,
    ALL_PERMISSIONS,
    ATTACH_FILES,
    EMBED_LINKS,
    MANAGE_THREADS,
    MENTION_EVERYONE,
    READ_MESSAGE_HISTORY,
    SEND_MESSAGES,
    SEND_MESSAGES_IN_THREADS,
    SEND_TTS_MESSAGES,
    USE_EXTERNAL_EMOJIS,
    VIEW_CHANNEL,
    Channel,
    Member,
)

if TYPE_CHECKING:
    from .state import Store

THREAD_TYPES = frozenset({10, 11, 12})
_NEEDS_SEND = MENTION_EVERYONE | SEND_TTS_MESSAGES | ATTACH_FILES | EMBED_LINKS
#: What the bot may do in its own DMs (app_permissions there, per developers/change-log.mdx:
#: ATTACH_FILES | EMBED_LINKS | MENTION_EVERYONE, plus USE_EXTERNAL_EMOJIS in the bot's DM).
DM_PERMISSIONS = (
    VIEW_CHANNEL
    | SEND_MESSAGES
    | READ_MESSAGE_HISTORY
    | EMBED_LINKS
    | ATTACH_FILES
    | MENTION_EVERYONE
    | USE_EXTERNAL_EMOJIS
    | ADD_REACTIONS
)


def base_permissions(store: Store, member: Member) -> int:
    """compute_base_permissions: @everyone, then every role; owner and admin get everything."""
    guild = store.guilds.get(member.guild_id)
    if guild is not None and guild.owner_id == member.id:
        return ALL_PERMISSIONS
    roles = store.guild_roles.get(member.guild_id, {})
    everyone = roles.get(member.guild_id)
    perms = member.permissions | (everyone.permissions if everyone is not None else 0)
    for rid in member.roles:
        role = roles.get(rid)
        if role is not None:
            perms |= role.permissions
    if perms & ADMINISTRATOR:
        return ALL_PERMISSIONS
    return perms


def overwritten(store: Store, member: Member, channel: Channel, base: int) -> int:
    """compute_overwrites: @everyone's overwrite, the member's role overwrites combined, then the member's."""
    if base & ADMINISTRATOR:
        return ALL_PERMISSIONS
    perms = base
    overwrites = channel.overwrites
    everyone = overwrites.get(member.guild_id)
    if everyone is not None:
        allow, deny = everyone
        perms = (perms & ~deny) | allow
    role_allow = role_deny = 0
    for rid in member.roles:
        ow = overwrites.get(rid)
        if ow is not None:
            role_allow |= ow[0]
            role_deny |= ow[1]
    perms = (perms & ~role_deny) | role_allow
    own = overwrites.get(member.id)
    if own is not None:
        allow, deny = own
        perms = (perms & ~deny) | allow
    return perms


def channel_permissions(store: Store, member: Member, channel: Channel) -> int:
    """What ``member`` may do in ``channel``, implicit denials applied (threads use their parent)."""
    if channel.guild_id is None:
        return DM_PERMISSIONS
    base = base_permissions(store, member)
    target = channel
    if channel.type in THREAD_TYPES and channel.parent_id is not None:
        target = store.channels.get(channel.parent_id, channel)
    perms = overwritten(store, member, target, base)
    if perms == ALL_PERMISSIONS:
        return perms
    if not perms & VIEW_CHANNEL:
        return 0
    if channel.type == 12 and member.id not in channel.member_ids and not perms & MANAGE_THREADS:
        return 0  # a private thread is seen by its members and those who manage threads only
    send = SEND_MESSAGES_IN_THREADS if channel.type in THREAD_TYPES else SEND_MESSAGES
    if not perms & send:
        perms &= ~_NEEDS_SEND
    return perms


def bot_permissions(store: Store, channel: Channel) -> int:
    if channel.guild_id is None:
        return DM_PERMISSIONS
    bot = store.member(channel.guild_id, store.bot_user_id)
    return channel_permissions(store, bot, channel) if bot is not None else 0


def send_permission(channel: Channel) -> int:
    """The bit that lets one post in ``channel`` (threads have their own)."""
    return SEND_MESSAGES_IN_THREADS if channel.type in THREAD_TYPES else SEND_MESSAGES
