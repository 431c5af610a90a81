"""Builders for the JSON Discord sends: members, roles, channels, guilds, messages, READY."""

from __future__ import annotations

from bot.lazy_re import compile_later

from .models import JSON, Attachment, Channel, Member, Message, Role
from .state import Store

_USER_MENTION = compile_later(r"<@!?(\d+)>")
_ROLE_MENTION = compile_later(r"<@&(\d+)>")


def role_payload(role: Role) -> JSON:
    return {
        "id": str(role.id),
        "name": role.name,
        "color": 0,
        "colors": {"primary_color": 0, "secondary_color": None, "tertiary_color": None},
        "hoist": False,
        "icon": None,
        "unicode_emoji": None,
        "position": role.position,
        "permissions": str(role.permissions),
        "managed": role.managed,
        "mentionable": role.mentionable,
        "flags": 0,
        "tags": {"bot_id": None} if role.managed else {},
    }


def member_payload(member: Member, *, with_user: bool = True, permissions: int | None = None) -> JSON:
    out: JSON = {
        "roles": [str(r) for r in member.roles],
        "joined_at": member.joined_at,
        "deaf": False,
        "mute": False,
        "flags": 0,
        "pending": False,
        "nick": None,
        "avatar": None,
        "banner": None,
        "premium_since": None,
        "communication_disabled_until": None,
    }
    if with_user:
        out["user"] = member.user
    if permissions is not None:
        out["permissions"] = str(permissions)
    return out


def channel_payload(chan: Channel, store: Store) -> JSON:
    if chan.type == 3:
        return {
            "id": str(chan.id),
            "type": 3,
            "name": chan.name or None,
            "icon": None,
            "owner_id": str(chan.recipient_ids[0]) if chan.recipient_ids else None,
            "last_message_id": None,
            "recipients": [store.users[u] for u in chan.recipient_ids if u in store.users],
            "flags": 0,
        }
    if chan.type == 1:
        recipient = store.users.get(chan.recipient_id or 0)
        return {
            "id": str(chan.id),
            "type": 1,
            "last_message_id": None,
            "recipients": [recipient] if recipient else [],
            "flags": 0,
        }
    if chan.type in (10, 11, 12):
        return thread_payload(chan, store)
    return guild_channel_payload(chan, store)


#: Channels that carry messages of their own (a category does not; a forum's live in its threads).
_MESSAGE_CHANNELS = frozenset({0, 2, 5, 13})


def guild_channel_payload(chan: Channel, store: Store) -> JSON:
    """A guild channel with the fields Discord sends for its type (GuildChannelResponse):
    every type has its overwrites, category and flags; text and announcement channels a topic;
    voice and stage channels their bitrate, user limit and region (discord.py reads `bitrate`
    and `user_limit` as required); forums and media channels their tags and defaults."""
    roles = store.guild_roles.get(chan.guild_id or 0, {})
    out: JSON = {
        "id": str(chan.id),
        "type": chan.type,
        "guild_id": str(chan.guild_id),
        "name": chan.name,
        "position": chan.position,
        "permission_overwrites": [
            {"id": str(target), "type": 0 if target in roles else 1, "allow": str(allow), "deny": str(deny)}
            for target, (allow, deny) in chan.overwrites.items()
        ],
        "parent_id": None,
        "nsfw": False,
        "flags": 0,
    }
    if chan.type in _MESSAGE_CHANNELS:
        out["last_message_id"] = None
        out["rate_limit_per_user"] = chan.rate_limit_per_user
    if chan.type in (0, 5, 13, 15, 16):
        out["topic"] = None
    if chan.type in (2, 13):
        out.update(bitrate=64000, user_limit=0, rtc_region=None)
        if chan.type == 2:
            out["video_quality_mode"] = 1
    if chan.type in (15, 16):
        out.update(
            last_message_id=None, rate_limit_per_user=chan.rate_limit_per_user, available_tags=[],
            default_reaction_emoji=None, default_sort_order=None, default_forum_layout=0,
            default_thread_rate_limit_per_user=0,
        )
    return out


def thread_payload(chan: Channel, store: Store, *, member_of: int | None = None) -> JSON:
    """A thread channel (developers/resources/channel.mdx, thread-specific fields); with
    ``member_of``, the thread member object of that user when they are a member."""
    messages = [m for m in store.channel_messages.get(chan.id, {}).values() if not m.ephemeral]
    live = [m for m in messages if not m.deleted]
    out: JSON = {
        "id": str(chan.id),
        "type": chan.type,
        "guild_id": str(chan.guild_id),
        "parent_id": str(chan.parent_id) if chan.parent_id is not None else None,
        "owner_id": str(chan.owner_id or 0),
        "name": chan.name,
        "last_message_id": str(live[-1].id) if live else None,
        "rate_limit_per_user": chan.rate_limit_per_user,
        "message_count": len(live),
        "member_count": min(len(chan.member_ids), 50),
        "total_message_sent": len(messages),
        "flags": 0,
        "thread_metadata": {
            "archived": chan.archived,
            "archive_timestamp": chan.archive_timestamp,
            "auto_archive_duration": chan.auto_archive_duration,
            "locked": chan.locked,
            "create_timestamp": chan.create_timestamp,
            **({"invitable": True} if chan.type == 12 else {}),
        },
    }
    if member_of is not None and member_of in chan.member_ids:
        out["member"] = {
            "id": str(chan.id),
            "user_id": str(member_of),
            "join_timestamp": chan.create_timestamp or chan.archive_timestamp or "",
            "flags": 0,
        }
    return out


def guild_create_payload(gid: int, store: Store) -> JSON:
    guild = store.guilds[gid]
    members = list(store.guild_members[gid].values())
    return {
        "id": str(gid),
        "name": guild.name,
        "icon": None,
        "splash": None,
        "discovery_splash": None,
        "banner": None,
        "description": None,
        "owner_id": str(guild.owner_id),
        "afk_channel_id": None,
        "afk_timeout": 300,
        "verification_level": 0,
        "default_message_notifications": 1,
        "explicit_content_filter": 0,
        "mfa_level": 0,
        "nsfw_level": 0,
        "premium_tier": 0,
        "premium_subscription_count": 0,
        "preferred_locale": "en-US",
        "system_channel_id": str(guild.system_channel_id) if guild.system_channel_id else None,
        "system_channel_flags": 0,
        "rules_channel_id": None,
        "public_updates_channel_id": None,
        "safety_alerts_channel_id": None,
        "vanity_url_code": None,
        "max_members": 500000,
        "max_video_channel_users": 25,
        "application_id": None,
        "features": [],
        "roles": [role_payload(r) for r in store.guild_roles[gid].values()],
        "emojis": [],
        "stickers": [],
        "channels": [channel_payload(store.channels[c], store) for c in store.guild_channels[gid]],
        "threads": [thread_payload(t, store, member_of=store.bot_user_id) for t in store.threads(gid, archived=False)],
        "members": [member_payload(m) for m in members],
        "member_count": len(members),
        "voice_states": [],
        "presences": [],
        "stage_instances": [],
        "guild_scheduled_events": [],
        "soundboard_sounds": [],
        "large": False,
        "unavailable": False,
        "joined_at": "2022-01-28T00:00:00+00:00",
        "premium_progress_bar_enabled": False,
    }


def attachment_payload(att: Attachment) -> JSON:
    out: JSON = {
        "id": str(att.id),
        "filename": att.filename,
        "size": att.size,
        "url": att.url,
        "proxy_url": att.url,
        "content_type": att.content_type,
    }
    if att.description is not None:
        out["description"] = att.description
    return out


def message_payload(
    msg: Message, store: Store, *, strip_content: bool = False, with_nonce: bool = True, nested: bool = False
) -> JSON:
    """The Message object; strip_content models a bot without the message-content intent. A reply
    carries the message it answers (`referenced_message`, a BasicMessageResponse: no reference of its
    own, `nested`), null once that is deleted."""
    author = store.users.get(msg.author_id) or store.bot_user
    pinged = msg.mentions_pinged
    mentions: list[JSON] = []
    mention_roles: list[str] = []
    for p in pinged:
        kind, _, ident = p.partition(":")
        if kind == "user":
            user = store.users.get(int(ident))
            if user is not None:
                mentions.append(user)
        elif kind == "role":
            mention_roles.append(ident)
    out: JSON = {
        "id": str(msg.id),
        "channel_id": str(msg.channel_id),
        # a reply is type 19; a forward stays 0 (its reference is type 1, FORWARD)
        "type": msg.type or (20 if msg.interaction_id else (19 if (msg.message_reference or {}).get("type") == 0 else 0)),
        "content": "" if strip_content else msg.content,
        "author": author,
        "attachments": [] if strip_content else [attachment_payload(a) for a in msg.attachments],
        "embeds": [] if strip_content else msg.embeds,
        "components": [] if strip_content else msg.components,
        "mentions": mentions,
        "mention_roles": mention_roles,
        "mention_everyone": "everyone" in pinged,
        "pinned": False,
        "tts": msg.tts,
        "timestamp": msg.timestamp,
        "edited_timestamp": msg.edited_timestamp,
        "flags": msg.flags,
    }
    if msg.guild_id is not None:
        out["guild_id"] = str(msg.guild_id)
        if msg.webhook_id is None:
            member = store.member(msg.guild_id, msg.author_id)
            if member is not None:
                out["member"] = member_payload(member, with_user=False)
    if msg.webhook_id is not None:
        out["webhook_id"] = str(msg.webhook_id)
        out["application_id"] = str(store.application_id)
    if msg.nonce is not None and with_nonce:
        out["nonce"] = msg.nonce
    if msg.message_reference is not None:
        out["message_reference"] = msg.message_reference
        if msg.message_reference.get("type") == 0 and not nested:
            target = store.messages.get(int(msg.message_reference.get("message_id") or 0))
            out["referenced_message"] = None if target is None or target.deleted else message_payload(
                target, store, strip_content=strip_content, with_nonce=False, nested=True)
    if msg.forwarded is not None:
        out["message_snapshots"] = [{"message": snapshot_payload(msg.forwarded, store, strip_content=strip_content)}]
    if msg.reactions:
        out["reactions"] = [
            {
                "emoji": {"id": None, "name": name}, "count": len(users),
                "count_details": {"burst": 0, "normal": len(users)}, "burst_colors": [], "me_burst": False,
                "me": store.bot_user_id in users,
            }
            for name, users in msg.reactions.items()
        ]
    return out


def snapshot_payload(msg: Message, store: Store, *, strip_content: bool = False) -> JSON:
    """A forward's snapshot (developers/resources/message.mdx, Message Snapshot Object): the
    forwarded message's minimal fields, no author; its content goes with the message-content intent too."""
    full = message_payload(msg, store, strip_content=strip_content, with_nonce=False)
    fields = ("type", "content", "mentions", "mention_roles", "attachments", "embeds", "timestamp",
              "edited_timestamp", "flags", "components")
    return {key: full[key] for key in fields}


def ready_payload(
    store: Store, session_id: str, resume_url: str, shard: list[int], guild_ids: list[int]
) -> JSON:
    return {
        "v": 10,
        "user": store.bot_user,
        "guilds": [{"id": str(g), "unavailable": True} for g in guild_ids],
        "session_id": session_id,
        "session_type": "normal",
        "resume_gateway_url": resume_url,
        "application": {"id": str(store.application_id), "flags": 0},
        "shard": shard,
        "private_channels": [],
        "relationships": [],
        "presences": [],
        "guild_join_requests": [],
        "geo_ordered_rtc_regions": [],
        "user_settings": {},
        "auth": {},
    }


def mentions_user(msg: Message, user_id: int) -> bool:
    """Whether the content mentions this user (what the message-content exemption keys on)."""
    return str(user_id) in _USER_MENTION.findall(msg.content or "")
