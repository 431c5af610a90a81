"""Interactions: building INTERACTION_CREATE from the synced schema, and tracking each one's state.

Building is strict on purpose: a command, subcommand or option that the bot did not sync, a
value of the wrong type or a missing required option raises SandboxError in the test.
"""

from __future__ import annotations

import asyncio
import datetime as dt
import itertools
import secrets
import time
from dataclasses import dataclass, field
from typing import Any

from .models import JSON, Attachment, Channel, Member, Role, SandboxError
from .payloads import attachment_payload, channel_payload, member_payload, role_payload
from .state import Store

ATTACHMENT_SIZE_LIMIT = 10 * 1024 * 1024
#: Interaction tokens are valid for 15 minutes (developers/interactions/receiving-and-responding.mdx).
TOKEN_LIFETIME = dt.timedelta(minutes=15)

_TYPE_NAMES = {
    3: "string",
    4: "integer",
    5: "boolean",
    6: "user",
    7: "channel",
    8: "role",
    9: "mentionable",
    10: "number",
    11: "attachment",
}


@dataclass
class InteractionRecord:
    id: int
    token: str
    type: int
    channel_id: int
    guild_id: int | None
    user_id: int
    created: float
    deadline: float
    #: when the token was issued, on the sandbox's clock (tokens expire 15 minutes later)
    created_at: dt.datetime
    #: 0 guild, 1 the bot's DM, 2 a private channel
    context: int = 0
    #: the message a component lives on (type 3)
    source_message_id: int | None = None
    acked: bool = False
    response_type: int | None = None
    original_message_id: int | None = None
    followup_ids: list[int] = field(default_factory=list)
    modal: JSON | None = None
    choices: list[JSON] | None = None
    #: the last error answer to one of this interaction's callbacks (shown when a test times out)
    last_error: Exception | None = None
    #: seconds added to the window because the local Discord itself could not run on time (see
    #: Sandbox._await_reply): time it could not watch is not counted against the bot
    grace: float = 0.0
    reply: asyncio.Future[Any] = field(default_factory=lambda: asyncio.get_running_loop().create_future())

    def expired(self) -> bool:
        """Past the 3 s window for the initial response (real time: discord.py's own latency)."""
        return time.monotonic() > self.deadline + self.grace

    def token_expired(self, now: dt.datetime) -> bool:
        """Past the token's 15 minutes on the sandbox's clock."""
        return now - self.created_at > TOKEN_LIFETIME

    def resolve(self, value: Any) -> None:
        if not self.reply.done():
            self.reply.set_result(value)


class Interactions:
    """Registry of dispatched interactions by id and by token."""

    def __init__(self) -> None:
        self.by_id: dict[int, InteractionRecord] = {}
        self.by_token: dict[str, InteractionRecord] = {}

    def new(
        self,
        store: Store,
        *,
        type: int,
        channel: Channel,
        user_id: int,
        deadline: float,
        created_at: dt.datetime,
        context: int = 0,
        source_message_id: int | None = None,
    ) -> InteractionRecord:
        now = time.monotonic()
        rec = InteractionRecord(
            id=store.new_id(),
            token="aW50ZXJhY3Rpb24" + secrets.token_urlsafe(48),
            type=type,
            channel_id=channel.id,
            guild_id=channel.guild_id,
            user_id=user_id,
            created=now,
            deadline=now + deadline,
            created_at=created_at,
            context=context,
            source_message_id=source_message_id,
        )
        self.by_id[rec.id] = rec
        self.by_token[rec.token] = rec
        if len(self.by_id) > 50000:
            self._prune()
        return rec

    def _prune(self) -> None:
        # Interaction tokens live 15 minutes on Discord; forget older ones.
        cutoff = time.monotonic() - 900
        for rec in [r for r in self.by_id.values() if r.created < cutoff]:
            self.by_id.pop(rec.id, None)
            self.by_token.pop(rec.token, None)


def find_command(store: Store, guild_id: int | None, name: str, kind: int = 1) -> JSON:
    """The synced command by name: guild commands first, then global ones."""
    scopes: list[int | None] = [guild_id, None] if guild_id is not None else [None]
    for scope in scopes:
        cmd = store.commands.get(scope, {}).get((kind, name))
        if cmd is not None:
            return cmd
    if guild_id is None and any((kind, name) in cmds for scope, cmds in store.commands.items() if scope):
        raise SandboxError(f"/{name} is a guild command: it is not available outside its server")
    synced = sorted(n for scope in scopes for (k, n) in store.commands.get(scope, {}) if k == kind)
    raise SandboxError(f"/{name} is not a synced command here (synced: {synced or 'nothing'})")


def build_command_data(
    store: Store,
    cmd: JSON,
    path: tuple[str, ...],
    options: dict[str, Any],
    *,
    focused: str | None = None,
) -> JSON:
    """The ``data`` of a type 2 (or, with ``focused``, type 4) interaction."""
    resolved: dict[str, dict[str, JSON]] = {}
    schema: list[JSON] = cmd.get("options") or []
    wrapper_chain: list[JSON] = []
    label = "/" + str(cmd["name"])
    for part in path:
        sub = next((o for o in schema if o.get("type") in (1, 2) and o.get("name") == part), None)
        if sub is None:
            names = [o["name"] for o in schema if o.get("type") in (1, 2)]
            raise SandboxError(f"{label} has no subcommand or group {part!r} (has: {names})")
        label += " " + part
        wrapper: JSON = {"name": part, "type": sub["type"], "options": []}
        wrapper_chain.append(wrapper)
        schema = sub.get("options") or []
    if any(o.get("type") in (1, 2) for o in schema):
        names = [o["name"] for o in schema if o.get("type") in (1, 2)]
        raise SandboxError(f"{label} needs a subcommand (one of {names})")

    leaf: list[JSON] = []
    known = {o["name"]: o for o in schema}
    for key in options:
        if key not in known:
            raise SandboxError(f"{label} has no option {key!r} (has: {sorted(known)})")
    if focused is not None and focused not in known:
        raise SandboxError(f"{label} has no option {focused!r} to autocomplete (has: {sorted(known)})")
    for opt in schema:
        name = opt["name"]
        if name == focused:
            if not opt.get("autocomplete"):
                raise SandboxError(f"{label} option {name!r} does not use autocomplete")
            raw = options.get(name, "")
            leaf.append({"name": name, "type": opt["type"], "value": raw, "focused": True})
            continue
        if name not in options:
            if opt.get("required") and focused is None:
                raise SandboxError(f"{label} is missing required option {name!r}")
            continue
        value = _option_value(store, label, opt, options[name], resolved)
        leaf.append({"name": name, "type": opt["type"], "value": value})

    data: JSON = {"id": cmd["id"], "name": cmd["name"], "type": cmd.get("type", 1)}
    if cmd.get("guild_id"):
        data["guild_id"] = cmd["guild_id"]
    if wrapper_chain:
        wrapper_chain[-1]["options"] = leaf
        for outer, inner in itertools.pairwise(wrapper_chain):
            outer["options"] = [inner]
        data["options"] = [wrapper_chain[0]]
    else:
        data["options"] = leaf
    if resolved:
        data["resolved"] = resolved
    return data


def _option_value(
    store: Store, label: str, opt: JSON, value: Any, resolved: dict[str, dict[str, JSON]]
) -> Any:
    kind = int(opt["type"])
    name = opt["name"]

    def wrong() -> SandboxError:
        return SandboxError(
            f"{label} option {name!r} wants a {_TYPE_NAMES.get(kind, kind)}, got {type(value).__name__} {value!r}"
        )

    if kind == 3:
        if not isinstance(value, str):
            raise wrong()
        lo, hi = opt.get("min_length", 0), opt.get("max_length", 6000)
        if not lo <= len(value) <= hi:
            raise SandboxError(f"{label} option {name!r} must be {lo}..{hi} characters long")
    elif kind == 4:
        if isinstance(value, bool) or not isinstance(value, int):
            raise wrong()
    elif kind == 10:
        if isinstance(value, bool) or not isinstance(value, int | float):
            raise wrong()
    elif kind == 5:
        if not isinstance(value, bool):
            raise wrong()
    elif kind in (6, 9) and isinstance(value, Member):
        resolved.setdefault("users", {})[str(value.id)] = value.user
        member = store.member(value.guild_id, value.id)
        if member is not None:
            perms = store.base_permissions(member)
            resolved.setdefault("members", {})[str(value.id)] = member_payload(
                member, with_user=False, permissions=perms
            )
        return str(value.id)
    elif kind in (8, 9) and isinstance(value, Role):
        resolved.setdefault("roles", {})[str(value.id)] = role_payload(value)
        return str(value.id)
    elif kind == 7 and isinstance(value, Channel):
        allowed = opt.get("channel_types")
        if allowed and value.type not in allowed:
            raise SandboxError(f"{label} option {name!r} accepts channel types {allowed}, not {value.type}")
        payload = channel_payload(value, store)
        payload["permissions"] = str((1 << 53) - 1)
        resolved.setdefault("channels", {})[str(value.id)] = payload
        return str(value.id)
    elif kind == 11 and isinstance(value, Attachment):
        if not value.id:
            value.id = store.new_id()
        att = Attachment(
            filename=value.filename,
            data=value.data,
            content_type=value.content_type,
            id=value.id,
            description=value.description,
        )
        store.store_attachment(att, 0)
        value.url = att.url
        resolved.setdefault("attachments", {})[str(att.id)] = attachment_payload(att)
        return str(att.id)
    else:
        raise wrong()

    if kind in (4, 10):
        lo_v, hi_v = opt.get("min_value"), opt.get("max_value")
        if (lo_v is not None and value < lo_v) or (hi_v is not None and value > hi_v):
            raise SandboxError(f"{label} option {name!r} must be within {lo_v}..{hi_v}, got {value}")
    choices = opt.get("choices")
    if choices and value not in [c["value"] for c in choices]:
        raise SandboxError(f"{label} option {name!r} must be one of {[c['value'] for c in choices]}")
    return value


def member_context(store: Store, member: Member, channel: Channel) -> JSON:
    """The ``member`` block of a guild interaction (with channel permissions)."""
    perms = store.channel_permissions(member, channel)
    return member_payload(member, permissions=perms)


_WHERE = {0: "a server", 1: "the bot's DMs", 2: "a private channel"}


def check_context(cmd: JSON, context: int) -> JSON:
    """Whether ``cmd`` may run in this interaction context; returns authorizing_integration_owners.

    developers/interactions/application-commands.mdx (Contexts): ``contexts`` lists where a command
    can be used (0 GUILD, 1 BOT_DM, 2 PRIVATE_CHANNEL, the last only for user installs); guild
    commands exist only in their guild; without ``contexts`` the deprecated ``dm_permission``
    false hides a global command from DMs. ``integration_types`` defaults to the app's configured
    install context: the sandbox's app is installed to servers (0), and counts as installed by
    every user for commands that list USER_INSTALL (1).
    """
    label = "/" + str(cmd.get("name"))
    where = _WHERE.get(context, str(context))
    if cmd.get("guild_id") and context != 0:
        raise SandboxError(f"{label} is a guild command: it is not available in {where}")
    contexts = cmd.get("contexts")
    if contexts is not None:
        if context not in contexts:
            raise SandboxError(f"{label} is not available in {where} (contexts {contexts})")
    elif context == 1 and cmd.get("dm_permission") is False:
        raise SandboxError(f"{label} is not available in {where} (dm_permission false)")
    integration = cmd.get("integration_types") or [0]
    owners: JSON = {}
    if 0 in integration and context in (0, 1):
        owners["0"] = None  # filled in by the caller: the guild id, or "0" in the bot's DM
    if 1 in integration:
        owners["1"] = None  # the invoking user
    if not owners:
        raise SandboxError(f"{label} is not available in {where} (integration_types {integration})")
    return owners
