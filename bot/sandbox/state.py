"""The sandbox's world: users, guilds, channels, roles, members, messages, synced commands.

Indexes are dicts keyed by id so each request touches O(1) entries. Listeners are told about
message changes (the control layer turns them into gateway events and wakes waiters).
"""

from __future__ import annotations

import itertools
import secrets
import time
from collections.abc import Callable
from dataclasses import replace
from datetime import UTC, datetime
from typing import Any

from . import permissions
from .errors import UNKNOWN_CHANNEL, UNKNOWN_MESSAGE, ApiError
from .models import (
    BOT_PERMISSIONS,
    GUILD_CHANNEL_TYPES,
    JSON,
    MEMBER_PERMISSIONS,
    Attachment,
    Channel,
    Guild,
    Member,
    Message,
    Role,
    SandboxError,
)

DISCORD_EPOCH_MS = 1420070400000
_EVERYONE_PERMISSIONS = 0  # @everyone grants nothing; a member's own permissions are on its role
DM_REFUSALS = {50007: "Cannot send messages to this user", 50278: "Cannot send messages to this user due to having no mutual guilds"}


def now_iso() -> str:
    return datetime.now(UTC).isoformat()


MessageListener = Callable[[str, Message, Message | None], None]


class Store:
    """All sandbox state plus the small operations on it."""

    def __init__(self) -> None:
        self._seq = itertools.count(1)
        self._last_id = 0
        self.token = "sandbox." + secrets.token_urlsafe(24)
        self.application_id = self.new_id()
        self.bot_user_id = self.new_id()
        self.bot_user: JSON = self._user_json(self.bot_user_id, "hyosan-sandbox-bot", bot=True)
        self.owner_user: JSON = self._user_json(self.new_id(), "app-owner")
        self.users: dict[int, JSON] = {self.bot_user_id: self.bot_user}
        self.guilds: dict[int, Guild] = {}
        self.guild_channels: dict[int, list[int]] = {}
        self.guild_members: dict[int, dict[int, Member]] = {}
        self.guild_roles: dict[int, dict[int, Role]] = {}
        self.bot_roles: dict[int, int] = {}  # guild id -> bot's managed role id
        self.channels: dict[int, Channel] = {}
        self.deleted_channels: set[int] = set()
        self.dm_by_user: dict[int, int] = {}
        #: user id -> the code a DM to them is refused with (50007 DMs closed, 50278 no mutual guild)
        self.dm_refusals: dict[int, int] = {}
        self.messages: dict[int, Message] = {}
        self.channel_messages: dict[int, dict[int, Message]] = {}
        self.attachments: dict[int, Attachment] = {}
        # scope (guild id or None) -> command name/type -> command JSON
        self.commands: dict[int | None, dict[tuple[int, str], JSON]] = {}
        self._command_ids: dict[tuple[int | None, int, str], int] = {}
        #: (guild id, command name) -> target id (a member, a role, or the guild id for @everyone) -> allowed:
        #: a server's own choice of who may use a command (Server Settings > Integrations)
        self.command_overrides: dict[tuple[int, str], dict[int, bool]] = {}
        self._nonces: dict[tuple[int, str], tuple[float, int]] = {}
        self.listeners: list[MessageListener] = []
        self.base_url = ""

    # ---- ids and users -------------------------------------------------------------------
    def new_id(self) -> int:
        """A snowflake whose timestamp is now (discord.py derives created_at from it)."""
        ms = int(time.time() * 1000) - DISCORD_EPOCH_MS
        candidate = (ms << 22) | (next(self._seq) & 0xFFF)
        if candidate <= self._last_id:
            candidate = self._last_id + 1
        self._last_id = candidate
        return candidate

    @staticmethod
    def _user_json(uid: int, name: str, *, bot: bool = False) -> JSON:
        return {
            "id": str(uid),
            "username": name,
            "discriminator": "0",
            "global_name": name,
            "avatar": None,
            "bot": bot,
            "system": False,
            "flags": 0,
            "public_flags": 0,
            "banner": None,
            "accent_color": None,
            "avatar_decoration_data": None,
            "primary_guild": None,
            "collectibles": None,
        }

    # ---- seeding -------------------------------------------------------------------------
    def add_guild(self, name: str) -> Guild:
        gid = self.new_id()
        # The owner is a user who is not a member, so no seeded member gets owner powers by accident.
        guild = Guild(id=gid, name=name, owner_id=int(self.owner_user["id"]))
        self.guilds[gid] = guild
        self.guild_channels[gid] = []
        self.guild_members[gid] = {}
        everyone = Role(id=gid, name="@everyone", guild_id=gid, permissions=_EVERYONE_PERMISSIONS, position=0)
        bot_role = Role(
            id=self.new_id(),
            name="hyosan-sandbox-bot",
            guild_id=gid,
            permissions=BOT_PERMISSIONS,
            managed=True,
            position=1,
        )
        self.guild_roles[gid] = {everyone.id: everyone, bot_role.id: bot_role}
        self.bot_roles[gid] = bot_role.id
        bot_member = Member(
            id=self.bot_user_id,
            name=self.bot_user["username"],
            user=self.bot_user,
            guild_id=gid,
            permissions=0,
            roles=[bot_role.id],
        )
        self.guild_members[gid][self.bot_user_id] = bot_member
        return guild

    def add_channel(self, guild: Guild, name: str, *, type: int = 0) -> Channel:
        self.require_guild(guild.id)
        if type not in GUILD_CHANNEL_TYPES:
            raise SandboxError(f"channel type {type} is not a guild channel type {sorted(GUILD_CHANNEL_TYPES)}")
        cid = self.new_id()
        chan = Channel(
            id=cid, name=name, guild_id=guild.id, type=type, position=len(self.guild_channels[guild.id])
        )
        self.channels[cid] = chan
        self.guild_channels[guild.id].append(cid)
        self.channel_messages[cid] = {}
        if guild.system_channel_id is None and type == 0:
            guild.system_channel_id = cid
        return chan

    def add_thread(
        self,
        parent: Channel,
        name: str,
        *,
        locked: bool = False,
        private: bool = False,
        owner_id: int | None = None,
        auto_archive_duration: int = 4320,
        rate_limit_per_user: int = 0,
    ) -> Channel:
        """A thread in ``parent`` (public type 11, private type 12; 10 in an announcement channel)."""
        if parent.guild_id is None:
            raise ApiError(400, 50024, "Cannot execute action on this channel type")
        cid = self.new_id()
        owner = owner_id if owner_id is not None else int(self.owner_user["id"])
        stamp = now_iso()
        chan = Channel(
            id=cid,
            name=name,
            guild_id=parent.guild_id,
            type=12 if private else (10 if parent.type == 5 else 11),
            parent_id=parent.id,
            locked=locked,
            owner_id=owner,
            archive_timestamp=stamp,
            create_timestamp=stamp,
            auto_archive_duration=auto_archive_duration,
            rate_limit_per_user=rate_limit_per_user,
            member_ids={owner},
        )
        self.channels[cid] = chan
        self.channel_messages[cid] = {}
        return chan

    def threads(self, guild_id: int, *, archived: bool | None = None) -> list[Channel]:
        """The guild's threads (all, or only the archived / active ones), oldest first."""
        return [
            c for c in self.channels.values()
            if c.guild_id == guild_id and c.type in (10, 11, 12) and (archived is None or c.archived == archived)
        ]

    def add_role(self, guild: Guild, name: str, *, permissions: int = 0, mentionable: bool = True) -> Role:
        self.require_guild(guild.id)
        roles = self.guild_roles[guild.id]
        role = Role(
            id=self.new_id(),
            name=name,
            guild_id=guild.id,
            permissions=permissions,
            mentionable=mentionable,
            position=len(roles),
        )
        roles[role.id] = role
        return role

    def add_member(
        self, guild: Guild, name: str, *, permissions: int | None = None, roles: list[Role] | None = None
    ) -> Member:
        self.require_guild(guild.id)
        uid = self.new_id()
        user = self._user_json(uid, name)
        self.users[uid] = user
        member = Member(
            id=uid,
            name=name,
            user=user,
            guild_id=guild.id,
            permissions=MEMBER_PERMISSIONS if permissions is None else int(permissions),
            roles=[r.id for r in roles or []],
        )
        self.guild_members[guild.id][uid] = member
        return member

    def require_guild(self, gid: int) -> Guild:
        guild = self.guilds.get(gid)
        if guild is None:
            raise ApiError(404, 10004, "Unknown Guild")
        return guild

    def channel(self, cid: int) -> Channel:
        chan = self.channels.get(cid)
        if chan is None:
            raise ApiError(404, UNKNOWN_CHANNEL, "Unknown Channel")
        return chan

    def delete_channel(self, channel: Channel) -> None:
        self.channels.pop(channel.id, None)
        self.deleted_channels.add(channel.id)
        if channel.guild_id is not None:
            ids = self.guild_channels.get(channel.guild_id, [])
            if channel.id in ids:
                ids.remove(channel.id)
            guild = self.guilds.get(channel.guild_id)
            if guild is not None and guild.system_channel_id == channel.id:
                guild.system_channel_id = next(iter(ids), None)

    def dm_channel(self, user_id: int) -> Channel:
        cid = self.dm_by_user.get(user_id)
        if cid is not None:
            return self.channels[cid]
        if user_id not in self.users:
            raise ApiError(400, 50035, "Invalid Form Body", {"recipient_id": {"_errors": [{"code": "x"}]}})
        cid = self.new_id()
        chan = Channel(id=cid, name="", guild_id=None, type=1, recipient_id=user_id)
        self.channels[cid] = chan
        self.channel_messages[cid] = {}
        self.dm_by_user[user_id] = cid
        return chan

    def dm_refusal(self, channel: Channel) -> int | None:
        """The error code a bot message to this DM channel gets, or None when DMs are open."""
        return self.dm_refusals.get(channel.recipient_id or 0)

    def member(self, gid: int, uid: int) -> Member | None:
        return self.guild_members.get(gid, {}).get(uid)

    def bot_in(self, gid: int) -> bool:
        """Whether the bot is a member of guild ``gid`` (not removed from it)."""
        return self.member(gid, self.bot_user_id) is not None

    # ---- permissions (Discord's algorithm lives in permissions.py) ---------------------------
    def base_permissions(self, member: Member) -> int:
        return permissions.base_permissions(self, member)

    def channel_permissions(self, member: Member, channel: Channel) -> int:
        return permissions.channel_permissions(self, member, channel)

    def bot_permissions(self, channel: Channel) -> int:
        return permissions.bot_permissions(self, channel)

    def bot_can_send(self, channel: Channel) -> bool:
        return bool(self.bot_permissions(channel) & permissions.send_permission(channel))

    # ---- messages ------------------------------------------------------------------------
    def find_nonce(self, channel_id: int, nonce: str, window: float, now: float) -> Message | None:
        """`now`: the rate limiter's seconds (RateLimiter.now), so a nonce is forgotten once the bot's clock
        moved past its window, as Discord forgets it in minutes, not after minutes of the test's real time."""
        hit = self._nonces.get((channel_id, nonce))
        if hit is None:
            return None
        at, mid = hit
        if now - at > window:
            return None
        return self.messages.get(mid)

    def remember_nonce(self, channel_id: int, nonce: str, message_id: int, window: float, now: float) -> None:
        if len(self._nonces) > 10000:
            cutoff = now - window
            self._nonces = {k: v for k, v in self._nonces.items() if v[0] >= cutoff}
        self._nonces[(channel_id, nonce)] = (now, message_id)

    def add_message(self, msg: Message, *, told: bool = True) -> Message:
        """``told=False``: history, posted while no bot listened (no MESSAGE_CREATE)."""
        if not msg.timestamp:
            msg.timestamp = now_iso()
        self.messages[msg.id] = msg
        self.channel_messages.setdefault(msg.channel_id, {})[msg.id] = msg
        for att in msg.attachments:
            self.attachments[att.id] = att
        for listener in self.listeners if told else ():
            listener("create", msg, None)
        return msg

    def get_message(self, channel_id: int | None, message_id: int, *, ephemeral_ok: bool = True) -> Message:
        """A live message; channel routes pass ``ephemeral_ok=False``: only the interaction's
        webhook reaches an ephemeral message (Discord answers 10008 Unknown Message otherwise)."""
        msg = self.messages.get(message_id)
        if (
            msg is None
            or msg.deleted
            or (channel_id is not None and msg.channel_id != channel_id)
            or (msg.ephemeral and not ephemeral_ok)
        ):
            raise ApiError(404, UNKNOWN_MESSAGE, "Unknown Message")
        return msg

    def replace_message(self, old: Message, **changes: Any) -> Message:
        new = replace(old, **changes)
        if "edited_timestamp" not in changes:
            new.edited_timestamp = now_iso()
        self.messages[new.id] = new
        chan = self.channel_messages.get(new.channel_id)
        if chan is not None and new.id in chan:
            chan[new.id] = new
        for att in new.attachments:
            self.attachments[att.id] = att
        for listener in self.listeners:
            listener("update", new, old)
        return new

    def delete_message(self, msg: Message, *, told: bool = True) -> None:
        """``told=False``: part of a bulk delete, whose one MESSAGE_DELETE_BULK the caller sends."""
        gone = replace(msg, deleted=True)
        self.messages[msg.id] = gone
        chan = self.channel_messages.get(msg.channel_id)
        if chan is not None:
            chan.pop(msg.id, None)
        for listener in self.listeners if told else ():
            listener("delete", gone, msg)

    def store_attachment(self, att: Attachment, channel_id: int) -> Attachment:
        if not att.id:
            att.id = self.new_id()
        att.url = f"{self.base_url}/attachments/{channel_id}/{att.id}/{att.filename}"
        self.attachments[att.id] = att
        return att

    # ---- commands ------------------------------------------------------------------------
    def overwrite_commands(self, scope: int | None, commands: list[JSON]) -> list[JSON]:
        out: dict[tuple[int, str], JSON] = {}
        for raw in commands:
            kind = int(raw.get("type", 1))
            name = str(raw["name"])
            key = (scope, kind, name)
            cid = self._command_ids.get(key)
            if cid is None:
                cid = self._command_ids[key] = self.new_id()
            cmd = dict(raw)
            cmd["id"] = str(cid)
            cmd["application_id"] = str(self.application_id)
            cmd["version"] = str(self.new_id())
            cmd["type"] = kind
            cmd.setdefault("options", [])
            cmd.setdefault("default_member_permissions", None)
            cmd.setdefault("nsfw", False)
            if scope is not None:
                cmd["guild_id"] = str(scope)
            out[(kind, name)] = cmd
        self.commands[scope] = out
        return list(out.values())
