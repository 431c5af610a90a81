"""Acting as users: posting, forwarding, running slash commands (in a server, the bot's DMs or a private
channel), autocomplete, clicking components and submitting modals.

``invoke`` is strict: what the bot did not sync, a wrong option, a command whose
``default_member_permissions`` the member lacks (in a server) or whose ``contexts`` /
``integration_types`` exclude the place it is run from raise SandboxError.
"""

from __future__ import annotations

import asyncio
import contextlib
from typing import Any

from bot.clock import Clock

from .errors import ApiError
from .forwards import check_forwardable, forward_of
from .gateway import GUILD_MESSAGES, Gateway
from .interactions import (
    ATTACHMENT_SIZE_LIMIT,
    InteractionRecord,
    Interactions,
    build_command_data,
    check_context,
    find_command,
    member_context,
)
from .models import ADMINISTRATOR, JSON, READ_MESSAGE_HISTORY, Channel, Member, Message, SandboxError
from .payloads import channel_payload, message_payload
from .permissions import send_permission
from .state import Store
from .waiting import Budget, within

#: A deadline check that runs this much later than due means this process was starved (a loaded
#: machine), not that the bot was slow: the window is extended by the time it could not watch, up
#: to MAX_GRACE seconds in all.
STARVED = 0.25
MAX_GRACE = 10.0

GUILD, BOT_DM, PRIVATE_CHANNEL = 0, 1, 2


class UserActions:
    """The part of the Sandbox that plays the users (mixed into Sandbox)."""

    store: Store
    gateway: Gateway
    interactions: Interactions
    clock: Clock
    interaction_deadline: float
    _open_modals: dict[int, tuple[JSON, Channel, int | None]]
    #: The INTERACTION_CREATE payload most recently sent to the bot.
    last_interaction_payload: JSON

    # ---- acting as users -------------------------------------------------------------------
    async def say(self, member: Member, channel: Channel, text: str, *, reply_to: Message | None = None,
                  **fields: Any) -> Message:
        """``member`` posts ``text`` in ``channel``: stored, and MESSAGE_CREATE dispatched; ``reply_to``:
        as Discord's Reply to a message of that channel (message_reference type 0, the message it answers
        sent with it as `referenced_message`)."""
        self._check_live_channel(channel)
        if (
            channel.guild_id is not None
            and not self.store.channel_permissions(member, channel) & send_permission(channel)
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
        if reply_to is not None:
            if reply_to.channel_id != channel.id:
                raise SandboxError("a reply answers a message of its own channel")
            msg.message_reference = {"type": 0, "message_id": str(reply_to.id), "channel_id": str(channel.id)}
            if channel.guild_id is not None:
                msg.message_reference["guild_id"] = str(channel.guild_id)
        for att in msg.attachments:
            self.store.store_attachment(att, channel.id)
        self.store.add_message(msg)
        await asyncio.sleep(0)
        return msg

    async def forward(self, member: Member, message: Message, channel: Channel) -> Message:
        """``member`` forwards ``message`` (from a channel they may read) into ``channel``: a message
        with no content of its own whose snapshot is ``message`` as it is now; MESSAGE_CREATE dispatched."""
        self._check_live_channel(channel)
        target = self.store.get_message(message.channel_id, message.id, ephemeral_ok=False)
        source = self.store.channels.get(target.channel_id)
        if source is None:
            raise SandboxError("the forwarded message's channel no longer exists")
        if source.guild_id is not None and not self.store.channel_permissions(member, source) & READ_MESSAGE_HISTORY:
            raise SandboxError(f"{member.name} may not read #{source.name}")
        if channel.guild_id is not None and not self.store.channel_permissions(member, channel) & send_permission(channel):
            raise SandboxError(f"{member.name} may not send messages in #{channel.name}")
        try:
            check_forwardable(target)
        except ApiError as exc:
            raise SandboxError(f"the sandbox does not forward this message: {exc}") from None
        msg = self.store.add_message(forward_of(self.store, target, channel.id, channel.guild_id, member.id))
        await asyncio.sleep(0)
        return msg

    async def pin(self, member: Member, message: Message) -> Message:
        """``member`` pins ``message``: Discord's system message "X pinned a message" (type 6,
        CHANNEL_PINNED_MESSAGE, no content, a `message_reference` to the pinned message) is posted in its
        channel and MESSAGE_CREATE dispatched. The pinned message's own `pinned` flag and the pins routes are
        not modelled."""
        channel = self.store.channels.get(message.channel_id)
        if channel is None:
            raise SandboxError("the pinned message's channel no longer exists")
        reference: JSON = {"message_id": str(message.id), "channel_id": str(channel.id)}
        if channel.guild_id is not None:
            reference["guild_id"] = str(channel.guild_id)
        msg = Message(id=self.store.new_id(), channel_id=channel.id, guild_id=channel.guild_id,
                      author_id=member.id, message_reference=reference, type=6)
        self.store.add_message(msg)
        await asyncio.sleep(0)
        return msg

    async def edit(self, member: Member, message: Message, text: str) -> Message:
        """``member`` edits their own ``message`` to ``text``: stored, and MESSAGE_UPDATE dispatched."""
        current = self.store.get_message(message.channel_id, message.id)
        if current.author_id != member.id:
            raise SandboxError(f"{member.name} may edit only their own messages")
        if current.forwarded is not None:
            raise SandboxError("Discord does not let a forward be edited: its snapshot is immutable")
        if len(text) > 2000:
            raise SandboxError("a user message is limited to 2000 characters")
        edited = self.store.replace_message(current, content=text)
        await asyncio.sleep(0)
        return edited

    async def purge(self, messages: list[Message]) -> None:
        """A moderator's purge (Bulk Delete Messages, 2 to 100 of one channel, by a moderation bot): gone at once
        and told in one MESSAGE_DELETE_BULK (developers/events/gateway-events.mdx: ids, channel_id, guild_id),
        never a MESSAGE_DELETE each."""
        channels = {m.channel_id for m in messages}
        if len(channels) != 1 or not 2 <= len(messages) <= 100:
            raise SandboxError("Discord bulk-deletes 2 to 100 messages of one channel")
        for message in messages:
            self.store.delete_message(self.store.get_message(message.channel_id, message.id), told=False)
        channel = self.store.channels[messages[0].channel_id]
        payload: JSON = {"ids": [str(m.id) for m in messages], "channel_id": str(channel.id)}
        if channel.guild_id is not None:
            payload["guild_id"] = str(channel.guild_id)
        self.gateway.dispatch("MESSAGE_DELETE_BULK", payload, guild_id=channel.guild_id, intent=GUILD_MESSAGES)
        await asyncio.sleep(0)

    def _check_live_channel(self, channel: Channel) -> None:
        if channel.id not in self.store.channels:
            raise SandboxError(f"channel #{channel.name} does not exist (deleted?)")

    def _require_bot_connected(self) -> None:
        if not self.gateway.sessions:
            raise SandboxError("no bot is connected to the sandbox gateway")

    def context_of(self, member: Member, channel: Channel) -> int:
        """The interaction context of ``member`` acting in ``channel`` (0 server, 1 bot DM, 2 private)."""
        if channel.guild_id is not None:
            if self.store.member(channel.guild_id, member.id) is None:
                raise SandboxError(f"{member.name} is not a member of this channel's guild")
            if not self.store.bot_in(channel.guild_id):
                raise SandboxError("the bot is not in this channel's guild (remove_bot)")
            return GUILD
        if channel.type == 1 and channel.recipient_id == member.id:
            return BOT_DM
        if channel.type == 3 and member.id in channel.recipient_ids:
            return PRIVATE_CHANNEL
        raise SandboxError(f"{member.name} cannot act in channel {channel.id}")

    def _interaction_payload(
        self, rec: InteractionRecord, member: Member, channel: Channel, data: JSON, owners: JSON
    ) -> JSON:
        payload: JSON = {
            "id": str(rec.id),
            "application_id": str(self.store.application_id),
            "type": rec.type,
            "token": rec.token,
            "version": 1,
            "attachment_size_limit": ATTACHMENT_SIZE_LIMIT,
            "channel_id": str(channel.id),
            "channel": channel_payload(channel, self.store),
            "app_permissions": str(self.store.bot_permissions(channel)),
            "locale": "en-US",
            "entitlements": [],
            "context": rec.context,
            "data": data,
        }
        # developers/interactions/receiving-and-responding.mdx: GUILD_INSTALL's owner is the guild,
        # or "0" in the bot's DM; USER_INSTALL's is the user.
        filled: JSON = {}
        if "0" in owners:
            filled["0"] = str(channel.guild_id) if channel.guild_id is not None else "0"
        if "1" in owners:
            filled["1"] = str(member.id)
        payload["authorizing_integration_owners"] = filled
        if channel.guild_id is not None:
            payload["guild_id"] = str(channel.guild_id)
            payload["guild_locale"] = "en-US"
            payload["member"] = member_context(self.store, member, channel)
        else:
            payload["user"] = member.user
        return payload

    def _start_interaction(
        self,
        kind: int,
        member: Member,
        channel: Channel,
        data: JSON,
        source: Message | None = None,
        owners: JSON | None = None,
    ) -> InteractionRecord:
        self._require_bot_connected()
        self._check_live_channel(channel)
        context = self.context_of(member, channel)
        rec = self.interactions.new(
            self.store,
            type=kind,
            channel=channel,
            user_id=member.id,
            deadline=self.interaction_deadline,
            created_at=self.clock.now(),
            context=context,
            source_message_id=source.id if source else None,
        )
        if owners is None:
            owners = {"0": None} if context != PRIVATE_CHANNEL else {"1": None}
        payload = self._interaction_payload(rec, member, channel, data, owners)
        if source is not None:
            payload["message"] = message_payload(source, self.store)
        self.last_interaction_payload = payload
        self.gateway.dispatch("INTERACTION_CREATE", payload, guild_id=channel.guild_id)
        return rec

    async def _await_reply(self, rec: InteractionRecord, what: str, timeout: float) -> Any:
        loop = asyncio.get_running_loop()
        due = loop.time() + self.interaction_deadline + 0.05
        handle: asyncio.TimerHandle
        waiting = Budget(timeout)

        def expire() -> None:
            nonlocal handle, due
            if rec.acked or rec.reply.done():
                return
            late = loop.time() - due
            if late > STARVED and rec.grace < MAX_GRACE:
                # This process ran late (a loaded machine starved it), and the bot with it: its answer
                # may be waiting unread in a socket, or still being made. Time the local Discord could
                # not watch is not counted against the bot: it gets that time again, from now, as it
                # would have had on a machine of its own (a bot stalled before it even read the
                # interaction still has its work to do), and the window is looked at again then. Never
                # more than one whole window: after a long stall a bot that needs longer than Discord's
                # window would miss it on a machine of its own too.
                extra = min(late, self.interaction_deadline) + 0.1
                rec.grace += late + extra
                due = loop.time() + extra
                handle = loop.call_later(extra, expire)
                # the caller's wait is not charged for that time either, or it would give up
                # ("no reply") on an answer the bot sent in time
                waiting.extend(late + extra)
                return
            error = f" (last error answered: {rec.last_error})" if rec.last_error else ""
            rec.reply.set_exception(
                SandboxError(f"{what}: the bot did not acknowledge within {self.interaction_deadline}s{error}")
            )

        handle = loop.call_later(self.interaction_deadline + 0.05, expire)
        try:
            # counted in the time this process could run (bot/sandbox/waiting.py): a deferred reply a
            # loaded machine makes late is awaited, one the bot never sends still fails
            return await within(rec.reply, waiting)
        except TimeoutError:
            if rec.acked and not rec.reply.done():
                # Acknowledged ("thinking"): Discord keeps the answer's token for 15 minutes, and the caller's
                # seconds were for the first answer. The answer gets the caller's seconds again, counted as above
                # (a fixed minute here made a test that expects no answer wait a minute for it).
                with contextlib.suppress(TimeoutError):
                    return await within(rec.reply, Budget(timeout))
            state = "acknowledged (deferred) but never followed up" if rec.acked else "not acknowledged"
            error = f"; last error answered: {rec.last_error}" if rec.last_error else ""
            raise SandboxError(f"{what}: no reply within {timeout}s; interaction {state}{error}") from None
        finally:
            handle.cancel()

    def _check_command(self, cmd: JSON, member: Member, channel: Channel) -> JSON:
        """Where the command may run, then who may run it; returns the authorizing owners."""
        owners = check_context(cmd, self.context_of(member, channel))
        if channel.guild_id is not None:
            self._check_command_permissions(cmd, member, channel)
        return owners

    def _check_command_permissions(self, cmd: JSON, member: Member, channel: Channel) -> None:
        have = self.store.channel_permissions(member, channel)
        if have & ADMINISTRATOR:
            return
        overridden = self._command_override(cmd, member)
        if overridden is not None:
            if not overridden:
                raise SandboxError(f"/{cmd['name']} is not available to {member.name} (this server's choice)")
            return
        required = cmd.get("default_member_permissions")
        if required is None:
            return
        need = int(required)
        if need == 0 or have & need != need:
            raise SandboxError(f"/{cmd['name']} is not available to {member.name} (needs permissions {need})")

    def _command_override(self, cmd: JSON, member: Member) -> bool | None:
        """The server's own setting for this member, if any: the member's, else their roles' (one
        allowing is enough), else @everyone's; None leaves it to default_member_permissions."""
        targets = self.store.command_overrides.get((member.guild_id, str(cmd["name"])), {})
        if member.id in targets:
            return targets[member.id]
        roles = [targets[r] for r in member.roles if r in targets]
        if roles:
            return any(roles)
        return targets.get(member.guild_id)

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
        """Run a slash command as ``member`` in ``channel``; returns the reply the user sees.

        ``channel`` is a server channel, ``dm_channel(member)`` (the bot's DM: context 1, a
        ``user`` instead of a ``member``, global commands only) or a ``group_dm`` (context 2). After a thinking defer that is the first followup (or the edited original). Raises
        SandboxError when the command/options don't match what the bot synced, or no reply comes.
        Options go as keyword arguments; ``options={...}`` takes names that clash with
        ``timeout``/``options``.
        """
        options = {**kwargs, **(options or {})}
        self._require_bot_connected()
        cmd = find_command(self.store, channel.guild_id, command)
        owners = self._check_command(cmd, member, channel)
        data = build_command_data(self.store, cmd, path, options)
        rec = self._start_interaction(2, member, channel, data, owners=owners)
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
        owners = self._check_command(cmd, member, channel)
        data = build_command_data(self.store, cmd, path, options, focused=focused)
        rec = self._start_interaction(4, member, channel, data, owners=owners)
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
