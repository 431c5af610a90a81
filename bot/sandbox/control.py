"""The Sandbox: starts the server and is the Python control API tests drive it with."""

from __future__ import annotations

import asyncio
import contextlib
from collections.abc import Callable
from types import TracebackType
from typing import Any, Literal

from aiohttp import web

from .gateway import GUILD_MEMBERS, GUILD_MESSAGES, MESSAGE_CONTENT, Gateway, Session
from .interactions import (
    ATTACHMENT_SIZE_LIMIT,
    InteractionRecord,
    Interactions,
    build_command_data,
    find_command,
    member_context,
)
from .models import (
    JSON,
    SEND_MESSAGES,
    Channel,
    Guild,
    Member,
    Message,
    RateLimits,
    RecordedRequest,
    Role,
    SandboxError,
)
from .payloads import (
    channel_payload,
    guild_create_payload,
    member_payload,
    mentions_user,
    message_payload,
    role_payload,
)
from .ratelimit import RateLimiter
from .server import Api, FailRule
from .state import Store

MessagePredicate = Callable[[Message], bool]
RequestPredicate = Callable[[RecordedRequest], bool]
DIRECT_MESSAGES = 1 << 12


class Sandbox:
    """hyosan's local Discord. Use as ``async with Sandbox() as discord:``.

    The server binds 127.0.0.1 on a free port; REST lives under ``api_base`` and the gateway at
    ``gateway_url``, both on that one port.
    """

    def __init__(
        self,
        *,
        rate_limits: RateLimits | None = None,
        interaction_deadline: float = 3.0,
        heartbeat_interval: int = 41250,
        nonce_window: float = 300.0,
    ) -> None:
        self.store = Store()
        self.gateway = Gateway(self.store, heartbeat_interval)
        self.interactions = Interactions()
        self.limiter = RateLimiter(rate_limits or RateLimits())
        self.api = Api(
            self.store,
            self.gateway,
            self.interactions,
            self.limiter,
            interaction_deadline=interaction_deadline,
            nonce_window=nonce_window,
        )
        self.interaction_deadline = interaction_deadline
        self._runner: web.AppRunner | None = None
        self.port = 0
        self._message_waiters: dict[int, list[tuple[MessagePredicate, asyncio.Future[Message]]]] = {}
        self._request_waiters: list[tuple[RequestPredicate, asyncio.Future[RecordedRequest]]] = []
        self._open_modals: dict[int, tuple[JSON, Channel, int | None]] = {}
        self.store.listeners.append(self._on_message_change)
        self.api.request_listeners.append(self._on_request)

    # ---- lifecycle -----------------------------------------------------------------------
    async def start(self) -> Sandbox:
        # A short shutdown_timeout: a bot still reconnecting must not hold cleanup for a minute.
        runner = web.AppRunner(
            self.api.make_app(), access_log=None, handle_signals=False, shutdown_timeout=1.0
        )
        await runner.setup()
        site = web.TCPSite(runner, "127.0.0.1", 0)
        await site.start()
        self._runner = runner
        server = site._server
        assert server is not None and server.sockets  # type: ignore[attr-defined]
        self.port = int(server.sockets[0].getsockname()[1])  # type: ignore[attr-defined]
        self.store.base_url = f"http://127.0.0.1:{self.port}"
        self.gateway.gateway_url = f"ws://127.0.0.1:{self.port}/"
        return self

    async def stop(self) -> None:
        self.gateway.accepting.set()
        await self.gateway.close_all()
        if self._runner is not None:
            await self._runner.cleanup()
            self._runner = None

    async def __aenter__(self) -> Sandbox:
        return await self.start()

    async def __aexit__(
        self, exc_type: type[BaseException] | None, exc: BaseException | None, tb: TracebackType | None
    ) -> None:
        await self.stop()

    # ---- addresses and identity ------------------------------------------------------------
    @property
    def api_base(self) -> str:
        return f"http://127.0.0.1:{self.port}/api/v10"

    @property
    def gateway_url(self) -> str:
        return f"ws://127.0.0.1:{self.port}/"

    @property
    def token(self) -> str:
        return self.store.token

    @property
    def application_id(self) -> int:
        return self.store.application_id

    @property
    def bot_user_id(self) -> int:
        return self.store.bot_user_id

    @property
    def requests(self) -> list[RecordedRequest]:
        return self.api.requests

    @property
    def unhandled(self) -> list[RecordedRequest]:
        """Requests that hit no implemented route (answered 404 ``{"code": 0}``)."""
        return self.api.unhandled

    @property
    def identify_payloads(self) -> list[JSON]:
        return self.gateway.identify_payloads

    # ---- seeding ---------------------------------------------------------------------------
    def add_guild(self, name: str) -> Guild:
        guild = self.store.add_guild(name)
        if self.gateway.sessions:
            self.gateway.dispatch(
                "GUILD_CREATE", guild_create_payload(guild.id, self.store), guild_id=guild.id
            )
        return guild

    def add_channel(self, guild: Guild, name: str, *, type: int = 0) -> Channel:
        chan = self.store.add_channel(guild, name, type=type)
        self.gateway.dispatch("CHANNEL_CREATE", channel_payload(chan, self.store), guild_id=guild.id)
        return chan

    def add_role(self, guild: Guild, name: str, *, permissions: int = 0, mentionable: bool = True) -> Role:
        role = self.store.add_role(guild, name, permissions=permissions, mentionable=mentionable)
        self.gateway.dispatch(
            "GUILD_ROLE_CREATE", {"guild_id": str(guild.id), "role": role_payload(role)}, guild_id=guild.id
        )
        return role

    def add_member(
        self, guild: Guild, name: str, *, permissions: int | None = None, roles: list[Role] | None = None
    ) -> Member:
        """A member; ``permissions`` defaults to an ordinary member's (view, send, history, commands)."""
        member = self.store.add_member(guild, name, permissions=permissions, roles=roles)
        payload = member_payload(member)
        payload["guild_id"] = str(guild.id)
        self.gateway.dispatch("GUILD_MEMBER_ADD", payload, guild_id=guild.id, intent=GUILD_MEMBERS)
        return member

    def give_role(self, member: Member, role: Role) -> None:
        if role.id not in member.roles:
            member.roles.append(role.id)
        payload = member_payload(member)
        payload["guild_id"] = str(member.guild_id)
        self.gateway.dispatch("GUILD_MEMBER_UPDATE", payload, guild_id=member.guild_id, intent=GUILD_MEMBERS)

    def delete_channel(self, channel: Channel) -> None:
        """Remove a channel; later requests to it get 404 10003 Unknown Channel."""
        self.store.delete_channel(channel)
        self.gateway.dispatch(
            "CHANNEL_DELETE", channel_payload(channel, self.store), guild_id=channel.guild_id
        )

    def deny(self, channel: Channel, member_or_bot: Member | None = None, send: bool = True) -> None:
        """Take Send Messages away from the bot (default) or a member in one channel.

        ``send=False`` gives it back. Bot posts there then get 403 50013 Missing Permissions.
        """
        target = self.store.bot_user_id if member_or_bot is None else member_or_bot.id
        allow, deny = channel.overwrites.get(target, (0, 0))
        deny = deny | SEND_MESSAGES if send else deny & ~SEND_MESSAGES
        channel.overwrites[target] = (allow, deny)
        self.gateway.dispatch(
            "CHANNEL_UPDATE", channel_payload(channel, self.store), guild_id=channel.guild_id
        )

    # ---- state queries ---------------------------------------------------------------------
    def messages(self, channel: Channel, *, include_ephemeral: bool = False) -> list[Message]:
        """Messages now in the channel, oldest first (edits applied, deleted ones gone).

        Ephemeral interaction replies are left out unless ``include_ephemeral``.
        """
        msgs = self.store.channel_messages.get(channel.id, {}).values()
        return [m for m in msgs if include_ephemeral or not m.ephemeral]

    def dm_messages(self, member: Member) -> list[Message]:
        cid = self.store.dm_by_user.get(member.id)
        if cid is None:
            return []
        return list(self.store.channel_messages.get(cid, {}).values())

    def dm_channel(self, member: Member) -> Channel:
        """The DM channel between the bot and ``member`` (made on first use), e.g. for waits."""
        return self.store.dm_channel(member.id)

    def message(self, message_id: int) -> Message:
        """The current version of a message (deleted ones have ``deleted=True``)."""
        msg = self.store.messages.get(message_id)
        if msg is None:
            raise SandboxError(f"no message {message_id}")
        return msg

    def registered_commands(self, guild: Guild | None = None) -> list[JSON]:
        return list(self.store.commands.get(guild.id if guild else None, {}).values())

    # ---- waiting ---------------------------------------------------------------------------
    async def wait_for_message(
        self,
        channel: Channel,
        predicate: MessagePredicate | None = None,
        timeout: float = 5.0,
        *,
        include_existing: bool = True,
    ) -> Message:
        """The first message in ``channel`` matching ``predicate``.

        With ``include_existing`` (default) the newest message already present that matches is
        returned at once; otherwise, or when none matches, waits for a message created or edited
        after the call. Raises SandboxError after ``timeout``.
        """
        pred = predicate or (lambda m: True)
        if include_existing:
            for msg in reversed(self.store.channel_messages.get(channel.id, {}).values()):
                if pred(msg):
                    return msg
        fut: asyncio.Future[Message] = asyncio.get_running_loop().create_future()
        waiters = self._message_waiters.setdefault(channel.id, [])
        entry = (pred, fut)
        waiters.append(entry)
        try:
            return await asyncio.wait_for(fut, timeout)
        except TimeoutError:
            raise SandboxError(f"no matching message in #{channel.name} within {timeout}s") from None
        finally:
            with contextlib.suppress(ValueError):
                waiters.remove(entry)

    async def wait_for_request(
        self, predicate: RequestPredicate, timeout: float = 5.0, *, include_existing: bool = True
    ) -> RecordedRequest:
        """The first recorded REST call matching ``predicate`` (already recorded ones count)."""
        if include_existing:
            for rec in self.api.requests:
                if predicate(rec):
                    return rec
        fut: asyncio.Future[RecordedRequest] = asyncio.get_running_loop().create_future()
        entry = (predicate, fut)
        self._request_waiters.append(entry)
        try:
            return await asyncio.wait_for(fut, timeout)
        except TimeoutError:
            raise SandboxError(f"no matching request within {timeout}s") from None
        finally:
            with contextlib.suppress(ValueError):
                self._request_waiters.remove(entry)

    async def wait_until_ready(self, sessions: int = 1, timeout: float = 5.0) -> None:
        """Wait until ``sessions`` gateway sessions are connected and past READY or RESUMED."""
        try:
            await self.gateway.wait_ready(sessions, timeout)
        except TimeoutError:
            raise SandboxError(f"{sessions} gateway session(s) not ready within {timeout}s") from None

    def _on_request(self, rec: RecordedRequest) -> None:
        for pred, fut in self._request_waiters:
            if not fut.done() and pred(rec):
                fut.set_result(rec)

    def _on_message_change(self, kind: str, msg: Message, old: Message | None) -> None:
        if kind != "delete":
            for pred, fut in self._message_waiters.get(msg.channel_id, ()):
                if not fut.done() and pred(msg):
                    fut.set_result(msg)
        if msg.ephemeral:
            return  # only the user sees those
        if msg.guild_id is None:
            # DMs: a user's message reaches the bot (content included: the intent spares DMs).
            if kind == "create" and msg.author_id != self.store.bot_user_id:
                self.gateway.dispatch(
                    "MESSAGE_CREATE", message_payload(msg, self.store), intent=DIRECT_MESSAGES
                )
            return
        if kind == "delete":
            self.gateway.dispatch(
                "MESSAGE_DELETE",
                {"id": str(msg.id), "channel_id": str(msg.channel_id), "guild_id": str(msg.guild_id)},
                guild_id=msg.guild_id,
                intent=GUILD_MESSAGES,
            )
            return
        self._dispatch_message("MESSAGE_CREATE" if kind == "create" else "MESSAGE_UPDATE", msg)

    def _dispatch_message(self, event: str, msg: Message) -> None:
        full = message_payload(msg, self.store)
        exempt = msg.author_id == self.store.bot_user_id or mentions_user(msg, self.store.bot_user_id)
        stripped: JSON | None = None if exempt else message_payload(msg, self.store, strip_content=True)

        def variant(session: Session) -> JSON | None:
            # Without the message-content intent, content arrives empty unless the bot is
            # mentioned or wrote the message itself (as on Discord).
            if stripped is not None and not session.intents & MESSAGE_CONTENT:
                return stripped
            return None

        self.gateway.dispatch(event, full, guild_id=msg.guild_id, intent=GUILD_MESSAGES, variant=variant)

    # ---- acting as users -------------------------------------------------------------------
    async def say(self, member: Member, channel: Channel, text: str, **fields: Any) -> Message:
        """``member`` posts ``text`` in ``channel``: stored, and MESSAGE_CREATE dispatched."""
        self._check_live_channel(channel)
        if (
            channel.guild_id is not None
            and not self.store.channel_permissions(member, channel) & SEND_MESSAGES
        ):
            raise SandboxError(f"{member.name} may not send messages in #{channel.name}")
        if len(text) > 2000:
            raise SandboxError("a user message is limited to 2000 characters")
        msg = Message(
            id=self.store.new_id(),
            channel_id=channel.id,
            guild_id=channel.guild_id,
            author_id=member.id,
            content=text,
            embeds=list(fields.get("embeds", [])),
            attachments=list(fields.get("attachments", [])),
        )
        for att in msg.attachments:
            self.store.store_attachment(att, channel.id)
        self.store.add_message(msg)
        await asyncio.sleep(0)
        return msg

    def _check_live_channel(self, channel: Channel) -> None:
        if channel.id not in self.store.channels:
            raise SandboxError(f"channel #{channel.name} does not exist (deleted?)")

    def _require_bot_connected(self) -> None:
        if not self.gateway.sessions:
            raise SandboxError("no bot is connected to the sandbox gateway")

    def _interaction_payload(
        self, rec: InteractionRecord, member: Member, channel: Channel, data: JSON
    ) -> JSON:
        bot = self.store.member(channel.guild_id or 0, self.store.bot_user_id)
        app_perms = self.store.channel_permissions(bot, channel) if bot is not None else 0
        payload: JSON = {
            "id": str(rec.id),
            "application_id": str(self.store.application_id),
            "type": rec.type,
            "token": rec.token,
            "version": 1,
            "attachment_size_limit": ATTACHMENT_SIZE_LIMIT,
            "guild_id": str(channel.guild_id),
            "channel_id": str(channel.id),
            "channel": channel_payload(channel, self.store),
            "member": member_context(self.store, member, channel),
            "app_permissions": str(app_perms),
            "locale": "en-US",
            "guild_locale": "en-US",
            "entitlements": [],
            "authorizing_integration_owners": {"0": str(channel.guild_id)},
            "context": 0,
            "data": data,
        }
        return payload

    def _start_interaction(
        self, kind: int, member: Member, channel: Channel, data: JSON, source: Message | None = None
    ) -> InteractionRecord:
        self._require_bot_connected()
        self._check_live_channel(channel)
        if channel.guild_id is None:
            raise SandboxError("interactions are only supported in guild channels")
        if self.store.member(channel.guild_id, member.id) is None:
            raise SandboxError(f"{member.name} is not a member of this channel's guild")
        rec = self.interactions.new(
            self.store,
            type=kind,
            channel=channel,
            user_id=member.id,
            deadline=self.interaction_deadline,
            source_message_id=source.id if source else None,
        )
        payload = self._interaction_payload(rec, member, channel, data)
        if source is not None:
            payload["message"] = message_payload(source, self.store)
        self.gateway.dispatch("INTERACTION_CREATE", payload, guild_id=channel.guild_id)
        return rec

    async def _await_reply(self, rec: InteractionRecord, what: str, timeout: float) -> Any:
        loop = asyncio.get_running_loop()

        def expire() -> None:
            if not rec.acked and not rec.reply.done():
                error = f" (last error answered: {rec.last_error})" if rec.last_error else ""
                rec.reply.set_exception(
                    SandboxError(
                        f"{what}: the bot did not acknowledge within {self.interaction_deadline}s{error}"
                    )
                )

        handle = loop.call_later(self.interaction_deadline + 0.05, expire)
        try:
            return await asyncio.wait_for(asyncio.shield(rec.reply), timeout)
        except TimeoutError:
            state = "acknowledged (deferred) but never followed up" if rec.acked else "not acknowledged"
            error = f"; last error answered: {rec.last_error}" if rec.last_error else ""
            raise SandboxError(f"{what}: no reply within {timeout}s; interaction {state}{error}") from None
        finally:
            handle.cancel()

    def _check_command_permissions(self, cmd: JSON, member: Member, channel: Channel) -> None:
        required = cmd.get("default_member_permissions")
        if required is None:
            return
        need = int(required)
        have = self.store.channel_permissions(member, channel)
        if have & (1 << 3):
            return
        if need == 0 or have & need != need:
            raise SandboxError(f"/{cmd['name']} is not available to {member.name} (needs permissions {need})")

    async def invoke(
        self,
        member: Member,
        channel: Channel,
        command: str,
        /,
        *path: str,
        timeout: float = 5.0,
        options: dict[str, Any] | None = None,
        **kwargs: Any,
    ) -> Message:
        """Run a slash command as ``member``; returns the reply the user sees.

        After a thinking defer that is the first followup (or the edited original). Raises
        SandboxError when the command/options don't match what the bot synced, or no reply comes.
        Options go as keyword arguments; ``options={...}`` takes names that clash with
        ``timeout``/``options``.
        """
        options = {**kwargs, **(options or {})}
        self._require_bot_connected()
        cmd = find_command(self.store, channel.guild_id, command)
        self._check_command_permissions(cmd, member, channel)
        data = build_command_data(self.store, cmd, path, options)
        rec = self._start_interaction(2, member, channel, data)
        label = " ".join(("/" + command, *path))
        result = await self._await_reply(rec, label, timeout)
        if isinstance(result, Message):
            return result
        if rec.response_type == 9:
            return self._modal_message(rec, channel)
        raise SandboxError(f"{label}: unexpected reply {result!r}")

    def _modal_message(self, rec: InteractionRecord, channel: Channel) -> Message:
        """What the user sees when the bot answers with a modal: its title and fields.

        The modal is remembered for ``submit_modal`` (one open modal per member, as in a client).
        """
        modal = rec.modal or {}
        self._open_modals[rec.user_id] = (modal, channel, rec.source_message_id)
        return Message(
            id=0,
            channel_id=channel.id,
            guild_id=channel.guild_id,
            author_id=self.store.bot_user_id,
            content=str(modal.get("title", "")),
            components=list(modal.get("components") or []),
            ephemeral=True,
            interaction_id=rec.id,
        )

    async def autocomplete(
        self,
        member: Member,
        channel: Channel,
        command: str,
        /,
        *path: str,
        focused: str,
        timeout: float = 5.0,
        options: dict[str, Any] | None = None,
        **kwargs: Any,
    ) -> list[JSON]:
        """Ask the bot for choices while ``member`` types option ``focused`` (its value from options)."""
        options = {**kwargs, **(options or {})}
        self._require_bot_connected()
        cmd = find_command(self.store, channel.guild_id, command)
        data = build_command_data(self.store, cmd, path, options, focused=focused)
        rec = self._start_interaction(4, member, channel, data)
        result = await self._await_reply(rec, f"autocomplete /{command} {focused}", timeout)
        if not isinstance(result, list):
            raise SandboxError(f"autocomplete /{command}: unexpected reply {result!r}")
        return result

    async def click(
        self,
        member: Member,
        message: Message,
        custom_id: str,
        values: list[str] | None = None,
        *,
        timeout: float = 5.0,
    ) -> Message:
        """Press a button (or pick ``values`` in a select) on ``message`` as ``member``.

        Returns the edited message (UPDATE_MESSAGE), the message as it is (DEFERRED_UPDATE), or
        the new reply / followup (CHANNEL_MESSAGE_WITH_SOURCE or a thinking defer).
        """
        current = self.store.messages.get(message.id)
        if current is None or current.deleted:
            raise SandboxError(f"message {message.id} is gone")
        if current.ephemeral and current.interaction_id is not None:
            owner = next((r for r in (self.interactions.by_id.get(current.interaction_id),) if r), None)
            if owner is not None and owner.user_id != member.id:
                raise SandboxError("only the user who got an ephemeral message can use it")
        comp = current.find_component(custom_id)
        if comp is None:
            ids = [c.get("custom_id") for c in current.buttons + current.selects]
            raise SandboxError(f"no component {custom_id!r} on message {message.id} (has: {ids})")
        if comp.get("disabled"):
            raise SandboxError(f"component {custom_id!r} is disabled")
        chan = self.store.channels.get(current.channel_id)
        if chan is None:
            raise SandboxError("the message's channel is gone")
        data: JSON = {"custom_id": custom_id, "component_type": comp.get("type", 2)}
        if comp.get("type") != 2:
            if values is None:
                raise SandboxError(f"select {custom_id!r} needs values=")
            if comp.get("type") == 3:
                allowed = {o.get("value") for o in comp.get("options") or []}
                bad = [v for v in values if v not in allowed]
                if bad:
                    raise SandboxError(f"select {custom_id!r} has no option(s) {bad}")
            lo, hi = comp.get("min_values", 1), comp.get("max_values", 1)
            if not lo <= len(values) <= hi:
                raise SandboxError(f"select {custom_id!r} takes {lo}..{hi} values")
            data["values"] = list(values)
        elif values is not None:
            raise SandboxError("buttons take no values")
        rec = self._start_interaction(3, member, chan, data, source=current)
        result = await self._await_reply(rec, f"click {custom_id}", timeout)
        if isinstance(result, Message):
            return result
        if rec.response_type == 9:
            return self._modal_message(rec, chan)
        raise SandboxError(f"click {custom_id}: unexpected reply {result!r}")

    async def submit_modal(
        self,
        member: Member,
        values: dict[str, str | list[str]] | None = None,
        *,
        timeout: float = 5.0,
        **fields: str | list[str],
    ) -> Message:
        """Fill in and submit the modal the bot last showed ``member`` (field custom_id -> value).

        Returns the reply the user sees, as ``invoke`` does.
        """
        opened = self._open_modals.pop(member.id, None)
        if opened is None:
            raise SandboxError(f"no modal is open for {member.name}")
        modal, channel, source_id = opened
        given = {**(values or {}), **fields}
        used: set[str] = set()

        def fill(comp: JSON) -> JSON | None:
            kind = comp.get("type")
            if kind == 1:
                kids = [k for k in (fill(c) for c in comp.get("components") or []) if k is not None]
                return {"type": 1, "components": kids}
            if kind == 18:
                inner = fill(comp.get("component") or {})
                return None if inner is None else {"type": 18, "component": inner}
            cid = comp.get("custom_id")
            if cid is None:
                return None
            value = given.get(cid)
            used.add(cid)
            if kind == 4:
                if value is None:
                    if comp.get("required", True):
                        raise SandboxError(f"modal field {cid!r} is required")
                    value = ""
                if not isinstance(value, str):
                    raise SandboxError(f"modal field {cid!r} takes text")
                lo, hi = comp.get("min_length", 0), comp.get("max_length", 4000)
                if value and not lo <= len(value) <= hi:
                    raise SandboxError(f"modal field {cid!r} must be {lo}..{hi} characters")
                return {"type": 4, "custom_id": cid, "value": value}
            picked = [] if value is None else [value] if isinstance(value, str) else list(value)
            return {"type": kind, "custom_id": cid, "values": picked}

        components = [c for c in (fill(c) for c in modal.get("components") or []) if c is not None]
        unknown = set(given) - used
        if unknown:
            raise SandboxError(f"the modal has no field(s) {sorted(unknown)}")
        source = self.store.messages.get(source_id) if source_id else None
        data: JSON = {"custom_id": modal.get("custom_id"), "components": components}
        rec = self._start_interaction(5, member, channel, data, source=source)
        result = await self._await_reply(rec, f"modal {modal.get('custom_id')}", timeout)
        if not isinstance(result, Message):
            raise SandboxError(f"modal {modal.get('custom_id')}: unexpected reply {result!r}")
        return result

    # ---- faults ----------------------------------------------------------------------------
    def fail_next(
        self,
        method: str,
        path_glob: str,
        status: int,
        times: int = 1,
        body: JSON | None = None,
        retry_after: float = 0.05,
        global_: bool = False,
    ) -> None:
        """Answer the next ``times`` matching requests with ``status``.

        ``path_glob`` is an fnmatch pattern on the path after ``/api/v10`` (e.g.
        ``/channels/*/messages``); ``method`` may be ``*``. A 429 carries Via, retry_after,
        global and X-RateLimit-Scope, so discord.py retries it.
        """
        self.api.fail_rules.append(
            FailRule(method.upper(), path_glob, status, times, body, retry_after, global_)
        )

    async def disconnect(
        self,
        kind: Literal["reconnect", "invalid_session", "resumable_invalid_session", "close"] = "reconnect",
        *,
        hold: bool = False,
        timeout: float = 5.0,
    ) -> None:
        """Drop every connected bot session.

        reconnect: op 7 (client resumes); invalid_session: op 9 d=false (client re-identifies);
        close: abrupt close 4000 (client resumes). Returns once the sockets are closed. With
        ``hold``, new gateway connections wait until ``release_gateway()``, so a test can
        dispatch events while the bot is away and check they are replayed.
        """
        if hold:
            self.gateway.accepting.clear()
        conns = self.gateway.connected()
        for session in list(self.gateway.sessions.values()):
            conn = session.conn
            if conn is None:
                continue
            if kind == "reconnect":
                conn.send('{"op":7,"d":null}')
            elif kind == "invalid_session":
                self.gateway.sessions.pop(session.id, None)
                conn.send('{"op":9,"d":false}')
            elif kind == "resumable_invalid_session":
                conn.send('{"op":9,"d":true}')
            elif kind == "close":
                conn.send(4000)
            else:
                raise SandboxError(f"unknown disconnect kind {kind!r}")
        for conn in conns:
            try:
                await asyncio.wait_for(conn.closed.wait(), timeout)
            except TimeoutError:
                raise SandboxError("a bot did not drop its gateway connection") from None

    def release_gateway(self) -> None:
        self.gateway.accepting.set()

    def close_with(self, code: int) -> None:
        """Answer the next IDENTIFY by closing with ``code`` (4004 bad token, 4014 intents)."""
        self.gateway.next_close = code

    def stop_heartbeat_acks(self, stop: bool = True) -> None:
        self.gateway.ack_heartbeats = not stop
