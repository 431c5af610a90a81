"""The Sandbox: starts the server and is the Python control API tests drive it with."""

from __future__ import annotations

import asyncio
import contextlib
from collections.abc import Callable
from types import TracebackType

from aiohttp import web

from bot.clock import Clock, SystemClock

from . import recording
from .acting import UserActions
from .discord_faults import DiscordFaults
from .gateway import GUILD_MEMBERS, GUILD_MESSAGES, MESSAGE_CONTENT, Gateway, Session
from .interactions import Interactions
from .models import (
    JSON,
    SEND_MESSAGES,
    VIEW_CHANNEL,
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
    thread_payload,
)
from .permissions import THREAD_TYPES
from .ratelimit import RateLimiter
from .server import Api
from .state import DM_REFUSALS, Store
from .waiting import Budget, within

MessagePredicate = Callable[[Message], bool]
RequestPredicate = Callable[[RecordedRequest], bool]
DIRECT_MESSAGES = 1 << 12


class Sandbox(UserActions, DiscordFaults):
    """hyosan's local Discord. Use as ``async with Sandbox() as discord:``.

    The server binds 127.0.0.1 on a free port; REST lives under ``api_base`` and the gateway at
    ``gateway_url``, both on that one port. ``clock`` is what interaction tokens age on (15
    minutes, then 401 50027); the 3 s window for the first answer is real time.
    """

    def __init__(
        self,
        *,
        rate_limits: RateLimits | None = None,
        interaction_deadline: float = 3.0,
        heartbeat_interval: int = 41250,
        nonce_window: float = 300.0,
        clock: Clock | None = None,
    ) -> None:
        self._clock: Clock = clock or SystemClock()
        self.store = Store()
        self._removed_bots: dict[int, Member] = {}
        self.gateway = Gateway(self.store, heartbeat_interval)
        self.interactions = Interactions()
        self.limiter = RateLimiter(rate_limits or RateLimits(), self._clock)
        self.api = Api(
            self.store,
            self.gateway,
            self.interactions,
            self.limiter,
            clock=self._clock,
            interaction_deadline=interaction_deadline,
            nonce_window=nonce_window,
        )
        self.interaction_deadline = interaction_deadline
        self._runner: web.AppRunner | None = None
        self.port = 0
        self._message_waiters: dict[int, list[tuple[MessagePredicate, asyncio.Future[Message]]]] = {}
        self._request_waiters: list[tuple[RequestPredicate, asyncio.Future[RecordedRequest]]] = []
        self._open_modals: dict[int, tuple[JSON, Channel, int | None]] = {}
        self.last_interaction_payload: JSON = {}
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
        recording.dump_traffic(self.api.requests, "sandbox")
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

    @property
    def clock(self) -> Clock:
        return self._clock

    @clock.setter
    def clock(self, clock: Clock) -> None:
        """Age interaction tokens, and end rate-limit windows early when it is moved by hand, on
        ``clock`` (the harness gives its ManualClock)."""
        self._clock = clock
        self.api.clock = clock
        self.limiter.clock = clock

    @property
    def nonce_window(self) -> float:
        """Seconds a message's nonce is remembered (Discord: "the past few minutes"); a resend with
        the same nonce and `enforce_nonce` inside the window returns the first message."""
        return self.api.nonce_window

    @nonce_window.setter
    def nonce_window(self, seconds: float) -> None:
        if seconds < 0:
            raise SandboxError("the nonce window cannot be negative")
        self.api.nonce_window = seconds

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

    def remove_member(self, member: Member) -> None:
        """``member`` leaves the server (or is kicked): fetching them answers Unknown Member; only a bot
        with the members intent hears GUILD_MEMBER_REMOVE."""
        self.store.guild_members.get(member.guild_id, {}).pop(member.id, None)
        payload = {"guild_id": str(member.guild_id), "user": member.user}
        self.gateway.dispatch("GUILD_MEMBER_REMOVE", payload, guild_id=member.guild_id, intent=GUILD_MEMBERS)

    def remove_bot(self, guild: Guild) -> None:
        """The bot is kicked from ``guild`` (or leaves it): GUILD_DELETE without ``unavailable``
        goes out, then the server sends it nothing more, its routes there answer 403 50001 and
        members can no longer run its commands there. ``invite_bot`` brings it back."""
        bot = self.store.member(guild.id, self.store.bot_user_id)
        if bot is None:
            return
        self.gateway.dispatch("GUILD_DELETE", {"id": str(guild.id)}, guild_id=guild.id)
        self.store.guild_members[guild.id].pop(bot.id)
        self._removed_bots[guild.id] = bot

    def invite_bot(self, guild: Guild) -> None:
        """A moderator invites the bot back into ``guild``: it gets a GUILD_CREATE as on joining."""
        bot = self._removed_bots.pop(guild.id, None)
        if bot is None:
            return
        self.store.guild_members[guild.id][bot.id] = bot
        self.gateway.dispatch("GUILD_CREATE", guild_create_payload(guild.id, self.store), guild_id=guild.id)

    def add_to_thread(self, thread: Channel, member: Member | None = None) -> None:
        """Add ``member`` (``None``: the bot) to ``thread``, as a private thread's members do."""
        thread.member_ids.add(self.store.bot_user_id if member is None else member.id)
        if member is None:  # Discord tells the bot with a THREAD_CREATE carrying its thread member
            payload = thread_payload(thread, self.store, member_of=self.store.bot_user_id)
            self.gateway.dispatch("THREAD_CREATE", payload, guild_id=thread.guild_id)

    def remove_from_thread(self, thread: Channel, member: Member | None = None) -> None:
        """Take ``member`` (``None``: the bot) out of ``thread``: a THREAD_MEMBERS_UPDATE naming it follows, which
        Discord always sends the bot about itself (other members only with the members intent)."""
        user_id = self.store.bot_user_id if member is None else member.id
        thread.member_ids.discard(user_id)
        payload = {
            "id": str(thread.id), "guild_id": str(thread.guild_id), "member_count": min(len(thread.member_ids), 50),
            "removed_member_ids": [str(user_id)],
        }
        self.gateway.dispatch(
            "THREAD_MEMBERS_UPDATE", payload, guild_id=thread.guild_id, intent=0 if member is None else GUILD_MEMBERS
        )

    def edit_role(self, role: Role, *, mentionable: bool) -> None:
        """A moderator changes whether anyone may mention ``role``; GUILD_ROLE_UPDATE follows."""
        role.mentionable = mentionable
        self.gateway.dispatch(
            "GUILD_ROLE_UPDATE", {"guild_id": str(role.guild_id), "role": role_payload(role)}, guild_id=role.guild_id
        )

    def delete_role(self, role: Role) -> None:
        """A moderator deletes ``role``: it leaves its members and overwrites; GUILD_ROLE_DELETE follows."""
        self.store.guild_roles[role.guild_id].pop(role.id, None)
        for member in self.store.guild_members.get(role.guild_id, {}).values():
            if role.id in member.roles:
                member.roles.remove(role.id)
        for channel_id in self.store.guild_channels.get(role.guild_id, []):
            self.store.channels[channel_id].overwrites.pop(role.id, None)
        self.gateway.dispatch(
            "GUILD_ROLE_DELETE", {"guild_id": str(role.guild_id), "role_id": str(role.id)}, guild_id=role.guild_id
        )

    def give_role(self, member: Member, role: Role) -> None:
        if role.id not in member.roles:
            member.roles.append(role.id)
        payload = member_payload(member)
        payload["guild_id"] = str(member.guild_id)
        self.gateway.dispatch("GUILD_MEMBER_UPDATE", payload, guild_id=member.guild_id, intent=GUILD_MEMBERS)

    def set_command_permission(
        self, guild: Guild, command: str, target: Member | Role | None, allowed: bool | None
    ) -> None:
        """A server's own choice of who may use a top-level command (Server Settings > Integrations),
        over its ``default_member_permissions``: ``target`` a member, a role or ``None`` (@everyone);
        ``allowed=None`` removes the setting. The member's setting wins, then their roles', then
        @everyone's; Administrators may always use it."""
        key = (guild.id, command)
        tid = guild.id if target is None else target.id
        targets = self.store.command_overrides.setdefault(key, {})
        if allowed is None:
            targets.pop(tid, None)
        else:
            targets[tid] = allowed

    def add_thread(self, parent: Channel, name: str, *, locked: bool = False, private: bool = False) -> Channel:
        """A thread under ``parent``: posting needs SEND_MESSAGES_IN_THREADS, and MANAGE_THREADS
        when locked; permissions come from the parent's overwrites."""
        thread = self.store.add_thread(parent, name, locked=locked, private=private)
        self.gateway.dispatch("THREAD_CREATE", channel_payload(thread, self.store), guild_id=parent.guild_id)
        return thread

    def threads(self, parent: Channel | None = None, *, archived: bool | None = None) -> list[Channel]:
        """Threads of the seeded guilds (of ``parent`` only, if given), oldest first; ``archived``
        picks the archived or the active ones."""
        found = [t for gid in self.store.guilds for t in self.store.threads(gid, archived=archived)]
        return [t for t in found if parent is None or t.parent_id == parent.id]

    def archive_thread(self, thread: Channel, *, locked: bool = False) -> None:
        """Archive a thread as Discord does after its inactivity time (or a moderator, ``locked``)."""
        thread.archived = True
        thread.locked = thread.locked or locked
        self.gateway.dispatch("THREAD_UPDATE", channel_payload(thread, self.store), guild_id=thread.guild_id)

    def group_dm(self, *members: Member, name: str = "") -> Channel:
        """A group DM of ``members`` (not the bot): commands there run in context 2, PRIVATE_CHANNEL."""
        cid = self.store.new_id()
        chan = Channel(id=cid, name=name, guild_id=None, type=3, recipient_ids=[m.id for m in members])
        self.store.channels[cid] = chan
        self.store.channel_messages[cid] = {}
        return chan

    def refuse_dms(self, member: Member, code: int | None = 50007) -> None:
        """Bot messages to ``member``'s DM get 403 ``code``: 50007 (DMs closed) or 50278 (no mutual
        guild). ``None`` opens them again."""
        if code is None:
            self.store.dm_refusals.pop(member.id, None)
            return
        if code not in DM_REFUSALS:
            raise SandboxError(f"DM refusal code must be one of {sorted(DM_REFUSALS)}")
        self.store.dm_refusals[member.id] = code

    def refuse_dm_opens(self, times: int = 1) -> None:
        """The next ``times`` DM opens (POST /users/@me/channels) get 400 40003, opening DMs too fast."""
        self.api.dm_open_refusals += times

    def set_overwrite(self, channel: Channel, target: Member | Role | None, *, allow: int = 0, deny: int = 0) -> None:
        """Set the channel overwrite of a role, a member or (``None``) the bot; CHANNEL_UPDATE follows."""
        tid = self.store.bot_user_id if target is None else target.id
        if allow or deny:
            channel.overwrites[tid] = (allow, deny)
        else:
            channel.overwrites.pop(tid, None)
        self.gateway.dispatch("CHANNEL_UPDATE", channel_payload(channel, self.store), guild_id=channel.guild_id)

    def bot_permissions(self, channel: Channel) -> int:
        """What the bot may do in ``channel`` (Discord's algorithm: permissions.py)."""
        return self.store.bot_permissions(channel)

    def delete_channel(self, channel: Channel) -> None:
        """Remove a channel or a thread; later requests to it get 404 10003 Unknown Channel.

        A channel goes out as CHANNEL_DELETE (the channel object); a thread as THREAD_DELETE, whose
        payload is only its id, guild_id, parent_id and type (developers/topics/gateway-events.mdx)."""
        self.store.delete_channel(channel)
        if channel.type in THREAD_TYPES:
            payload: JSON = {
                "id": str(channel.id),
                "guild_id": str(channel.guild_id),
                "parent_id": str(channel.parent_id) if channel.parent_id is not None else None,
                "type": channel.type,
            }
            self.gateway.dispatch("THREAD_DELETE", payload, guild_id=channel.guild_id)
            return
        self.gateway.dispatch(
            "CHANNEL_DELETE", channel_payload(channel, self.store), guild_id=channel.guild_id
        )

    def rename_channel(self, channel: Channel, name: str) -> None:
        """Rename a channel or a thread as a moderator would (Edit Channel > Channel Name); CHANNEL_UPDATE
        follows (THREAD_UPDATE for a thread)."""
        channel.name = name
        event = "THREAD_UPDATE" if channel.type in THREAD_TYPES else "CHANNEL_UPDATE"
        self.gateway.dispatch(event, channel_payload(channel, self.store), guild_id=channel.guild_id)

    def deny(
        self, channel: Channel, member_or_bot: Member | None = None, send: bool = True, *, view: bool = False
    ) -> None:
        """Take Send Messages (with ``view``: View Channel too) away from the bot (default) or a
        member in one channel.

        ``send=False`` gives it back. Bot posts there then get 403 50013 Missing Permissions
        (50001 Missing Access without View Channel).
        """
        target = self.store.bot_user_id if member_or_bot is None else member_or_bot.id
        allow, deny = channel.overwrites.get(target, (0, 0))
        bits = SEND_MESSAGES | (VIEW_CHANNEL if view else 0)
        deny = deny | bits if send else deny & ~bits
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
            return await within(fut, Budget(timeout))  # in the time this process could run (waiting.py)
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
            return await within(fut, Budget(timeout))
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
