"""Plain data the sandbox hands to tests: guilds, channels, members, roles, messages, requests.

These are snapshots or small mutable records. Messages are replaced (not mutated) on edit, so a
Message a test holds shows what the user saw at that moment.
"""

from __future__ import annotations

import json
from dataclasses import dataclass, field
from typing import Any

import orjson

from bot.lazy_re import compile_later

JSON = dict[str, Any]


def encoded(value: Any) -> str:
    """`value` as the JSON text the local Discord sends (the same document `json.dumps` writes, compact): orjson, as
    discord.py reads it, writes in a tenth of the CPU each gateway event and response (the oracle's thousands of them
    spent 4% of their CPU in `json.dumps`). What orjson refuses (a key or number it cannot write, a lone surrogate)
    goes to `json.dumps` as before."""
    try:
        return orjson.dumps(value, option=orjson.OPT_NON_STR_KEYS).decode()
    except TypeError:  # orjson.JSONEncodeError
        return json.dumps(value)

# Permission bits used by the sandbox (Discord's values, discord-api-docs developers/topics/permissions.mdx).
CREATE_INSTANT_INVITE = 1 << 0
KICK_MEMBERS = 1 << 1
BAN_MEMBERS = 1 << 2
MANAGE_CHANNELS = 1 << 4
MANAGE_GUILD = 1 << 5
SEND_TTS_MESSAGES = 1 << 12
MANAGE_ROLES = 1 << 28
MANAGE_THREADS = 1 << 34
CREATE_PUBLIC_THREADS = 1 << 35
CREATE_PRIVATE_THREADS = 1 << 36
SEND_MESSAGES_IN_THREADS = 1 << 38
VIEW_CHANNEL = 1 << 10
SEND_MESSAGES = 1 << 11
EMBED_LINKS = 1 << 14
ATTACH_FILES = 1 << 15
READ_MESSAGE_HISTORY = 1 << 16
MENTION_EVERYONE = 1 << 17
USE_EXTERNAL_EMOJIS = 1 << 18
ADD_REACTIONS = 1 << 6
MANAGE_MESSAGES = 1 << 13
USE_APPLICATION_COMMANDS = 1 << 31
ADMINISTRATOR = 1 << 3
#: Every permission bit Discord defines today (bits 0..52); what owners and administrators get.
ALL_PERMISSIONS = (1 << 53) - 1

#: What an ordinary member may do.
MEMBER_PERMISSIONS = VIEW_CHANNEL | SEND_MESSAGES | READ_MESSAGE_HISTORY | USE_APPLICATION_COMMANDS
#: What the bot's managed role grants (a typical invite, not Administrator, so deny() bites).
BOT_PERMISSIONS = (
    VIEW_CHANNEL
    | SEND_MESSAGES
    | EMBED_LINKS
    | ATTACH_FILES
    | READ_MESSAGE_HISTORY
    | MENTION_EVERYONE
    | USE_EXTERNAL_EMOJIS
    | ADD_REACTIONS
    | MANAGE_MESSAGES
    | USE_APPLICATION_COMMANDS
    | SEND_MESSAGES_IN_THREADS
    | CREATE_PUBLIC_THREADS
)
#: The values a thread's auto_archive_duration may take (minutes).
AUTO_ARCHIVE_DURATIONS = frozenset({60, 1440, 4320, 10080})


class SandboxError(Exception):
    """A test did something real Discord would not allow, or the bot did not answer in time."""


@dataclass(frozen=True)
class RateLimits:
    """Discord's rate limits as the sandbox enforces them."""

    #: POST /channels/{id}/messages, per channel.
    per_channel: int = 5
    per_channel_window: float = 5.0
    global_per_second: int = 50
    #: PATCH /channels/{id}/messages/{id}, per channel.
    edits_per_channel: int = 5
    edits_window: float = 5.0
    #: DELETE /channels/{id}/messages/{id}, per channel.
    deletes_per_channel: int = 5
    deletes_window: float = 1.0
    #: POST /users/@me/channels (opening a DM), per bot.
    dm_opens: int = 10
    dm_opens_window: float = 10.0
    #: Every /webhooks/{app}/{token} route (interaction followups and their edits), per token;
    #: one bucket shared by create, edit, fetch and delete, as Discord's webhook limit is.
    webhook_per_token: int = 5
    webhook_window: float = 2.0
    #: PUT /channels/{id}/messages/{id}/reactions/{emoji}/@me, per channel (Discord's famous 1 per 250 ms).
    reactions_per_channel: int = 1
    reactions_window: float = 0.25

    @classmethod
    def unlimited(cls) -> RateLimits:
        """Limits so high they never trigger (benchmarks of the bot rather than of Discord)."""
        big = 10**9
        return cls(
            per_channel=big,
            per_channel_window=1.0,
            global_per_second=big,
            edits_per_channel=big,
            edits_window=1.0,
            deletes_per_channel=big,
            deletes_window=1.0,
            dm_opens=big,
            dm_opens_window=1.0,
            webhook_per_token=big,
            webhook_window=1.0,
            reactions_per_channel=big,
            reactions_window=1.0,
        )


@dataclass
class Guild:
    id: int
    name: str
    owner_id: int
    system_channel_id: int | None = None


#: Guild channel types (developers/resources/channel.mdx, Channel Types): text, voice, category,
#: announcement, stage, forum, media. Threads (10-12) are made with `add_thread`.
GUILD_CHANNEL_TYPES = frozenset({0, 2, 4, 5, 13, 15, 16})


@dataclass
class Channel:
    id: int
    name: str
    guild_id: int | None
    type: int = 0
    position: int = 0
    #: member or role id -> (allow, deny) bitfields
    overwrites: dict[int, tuple[int, int]] = field(default_factory=dict)
    #: For DM channels: the member (user id) on the other side.
    recipient_id: int | None = None
    #: For group DMs (type 3): everyone in it.
    recipient_ids: list[int] = field(default_factory=list)
    #: For threads (types 10, 11, 12): the channel they live in, and whether they are locked.
    parent_id: int | None = None
    locked: bool = False
    #: For threads: who started it, whether it is archived (and since when), after how many
    #: minutes of inactivity it archives, when it was made, its slowmode and its members.
    owner_id: int | None = None
    archived: bool = False
    archive_timestamp: str | None = None
    auto_archive_duration: int = 4320
    create_timestamp: str | None = None
    rate_limit_per_user: int = 0
    member_ids: set[int] = field(default_factory=set)


@dataclass
class Role:
    id: int
    name: str
    guild_id: int = 0
    permissions: int = 0
    mentionable: bool = True
    position: int = 1
    managed: bool = False


@dataclass
class Member:
    id: int
    name: str
    user: JSON
    guild_id: int = 0
    permissions: int = MEMBER_PERMISSIONS
    roles: list[int] = field(default_factory=list)
    joined_at: str = "2022-01-28T00:00:00+00:00"


@dataclass
class Attachment:
    """A file: given by a test as an ATTACHMENT option, or uploaded by the bot."""

    filename: str
    data: bytes
    content_type: str = "application/octet-stream"
    id: int = 0
    url: str = ""
    description: str | None = None

    @property
    def size(self) -> int:
        return len(self.data)


@dataclass
class RecordedRequest:
    method: str
    path: str
    query: dict[str, str]
    json: Any
    headers: dict[str, str]
    files: list[Attachment]
    status: int
    at: float
    #: The JSON the local Discord answered (None for 204 and non-JSON answers).
    response: Any = None
    #: Whether the answer came from fail_next (an injected fault) rather than the routes.
    injected: bool = False


_USER_MENTION = compile_later(r"<@!?(\d+)>")
_ROLE_MENTION = compile_later(r"<@&(\d+)>")


@dataclass
class Message:
    id: int
    channel_id: int
    guild_id: int | None
    author_id: int
    content: str = ""
    embeds: list[JSON] = field(default_factory=list)
    components: list[JSON] = field(default_factory=list)
    attachments: list[Attachment] = field(default_factory=list)
    ephemeral: bool = False
    flags: int = 0
    nonce: str | int | None = None
    allowed_mentions: JSON | None = None
    interaction_id: int | None = None
    webhook_id: int | None = None
    deleted: bool = False
    timestamp: str = ""
    edited_timestamp: str | None = None
    tts: bool = False
    #: Set for the "thinking" placeholder of a deferred interaction.
    loading: bool = False
    message_reference: JSON | None = None
    #: Whether the author may ping @everyone/@here (MENTION_EVERYONE in the channel).
    can_mention_everyone: bool = True
    #: Roles a mention of which does not ping: not mentionable and no MENTION_EVERYONE.
    unpingable_roles: frozenset[str] = frozenset()
    #: Reactions in the order first added: emoji name -> the ids of the users who reacted with it.
    reactions: dict[str, list[int]] = field(default_factory=dict)
    #: A forward's snapshot: the forwarded message as it was then (its `message_snapshots`).
    forwarded: Message | None = None
    #: A system message's type (6 CHANNEL_PINNED_MESSAGE); 0 lets the payload tell a reply (19) or a
    #: command's answer (20) from a default message.
    type: int = 0

    @property
    def text(self) -> str:
        """Everything a reader sees: content plus every embed's visible text, one part a line."""
        parts: list[str] = [self.content] if self.content else []
        for embed in self.embeds:
            author = embed.get("author") or {}
            footer = embed.get("footer") or {}
            for value in (author.get("name"), embed.get("title"), embed.get("description")):
                if value:
                    parts.append(str(value))
            for f in embed.get("fields") or []:
                parts.append(str(f.get("name", "")))
                parts.append(str(f.get("value", "")))
            if footer.get("text"):
                parts.append(str(footer["text"]))
        if self.forwarded is not None:  # shown under the forward, as the channel's readers see it
            parts.append(self.forwarded.text)
        return "\n".join(parts)

    @property
    def embed(self) -> JSON | None:
        return self.embeds[0] if self.embeds else None

    @property
    def buttons(self) -> list[JSON]:
        """Every button in order, flattened out of the action rows."""
        out: list[JSON] = []
        for comp in _walk_components(self.components):
            if comp.get("type") == 2:
                out.append(
                    {
                        "custom_id": comp.get("custom_id"),
                        "label": comp.get("label"),
                        "disabled": bool(comp.get("disabled", False)),
                        "style": comp.get("style"),
                        "emoji": comp.get("emoji"),
                        "url": comp.get("url"),
                    }
                )
        return out

    @property
    def selects(self) -> list[JSON]:
        """Every select menu in order."""
        return [c for c in _walk_components(self.components) if c.get("type") in (3, 5, 6, 7, 8)]

    def find_component(self, custom_id: str) -> JSON | None:
        for comp in _walk_components(self.components):
            if comp.get("custom_id") == custom_id:
                return comp
        return None

    @property
    def mentions_pinged(self) -> list[str]:
        """What would really ping, by Discord's allowed_mentions rules and the author's permissions.

        Without allowed_mentions every mention in the content pings. With it, a kind pings only
        when listed in ``parse`` (or its id is listed in ``users``/``roles``); ``parse=[]`` and no
        lists means nothing pings. @everyone/@here needs MENTION_EVERYONE, and a role that is not
        mentionable needs it too (developers/resources/message.mdx, Allowed Mentions Object).
        """
        am = self.allowed_mentions
        parse: set[str]
        users: set[str]
        roles: set[str]
        if am is None:
            parse, users, roles = {"users", "roles", "everyone"}, set(), set()
        else:
            parse = set(am.get("parse") or [])
            users = {str(u) for u in am.get("users") or []}
            roles = {str(r) for r in am.get("roles") or []}
        out: list[str] = []
        content = self.content or ""
        if (
            "everyone" in parse
            and self.can_mention_everyone
            and ("@everyone" in content or "@here" in content)
        ):
            out.append("everyone")
        for rid in dict.fromkeys(_ROLE_MENTION.findall(content)):
            if rid in self.unpingable_roles:
                continue
            if "roles" in parse or rid in roles:
                out.append(f"role:{rid}")
        for uid in dict.fromkeys(_USER_MENTION.findall(content)):
            if "users" in parse or uid in users:
                out.append(f"user:{uid}")
        return out


def _walk_components(components: list[JSON]) -> list[JSON]:
    out: list[JSON] = []
    stack = list(reversed(components))
    while stack:
        comp = stack.pop()
        out.append(comp)
        children = comp.get("components")
        if isinstance(children, list):
            stack.extend(reversed(children))
        accessory = comp.get("accessory")
        if isinstance(accessory, dict):
            out.append(accessory)
    return out
