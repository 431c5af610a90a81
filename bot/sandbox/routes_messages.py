"""Channel, message, DM and member routes, with the permission checks Discord makes.

developers/resources/message.mdx: Create Message needs SEND_MESSAGES (threads:
SEND_MESSAGES_IN_THREADS), files need ATTACH_FILES, a reply needs READ_MESSAGE_HISTORY and a
referenced message that exists (unless ``fail_if_not_exists`` is false); Get Message needs
VIEW_CHANNEL and READ_MESSAGE_HISTORY; a forward (message_reference type 1, forwards.py) needs
VIEW_CHANNEL in the forwarded message's channel (READ_MESSAGE_HISTORY too: assumed, as for Get
Message); deleting another user's message needs MANAGE_MESSAGES.
Without EMBED_LINKS Discord drops a bot's embeds (discord-api-docs issues #2601 and #5648): the
message goes out without them, and one that would then be empty is refused.
Ephemeral messages are reachable only through the interaction's webhook: channel routes answer
10008 Unknown Message.
Create Reaction (PUT .../reactions/{emoji}/@me) needs READ_MESSAGE_HISTORY, and ADD_REACTIONS when
nobody has reacted with that emoji yet; a message holds at most 20 different emoji (30010); an
emoji is a Unicode emoji or a server's `name:id` (the sandbox's servers have none: 10014); the
same reaction twice changes nothing.
"""

from __future__ import annotations

from dataclasses import replace

from aiohttp import web

from .errors import (
    CANNOT_EDIT_OTHERS_MESSAGE,
    MAX_REACTIONS,
    OPENING_DMS_TOO_FAST,
    THREAD_LOCKED,
    UNKNOWN_EMOJI,
    UNKNOWN_MEMBER,
    UNKNOWN_MESSAGE,
    ApiError,
    form_error,
    missing_access,
    missing_permissions,
)
from .forwards import FORWARD, check_forwardable, forward_of
from .limits import CHANNEL_FLAGS, validate_message
from .models import (
    ADD_REACTIONS,
    ATTACH_FILES,
    EMBED_LINKS,
    JSON,
    MANAGE_MESSAGES,
    MANAGE_THREADS,
    READ_MESSAGE_HISTORY,
    VIEW_CHANNEL,
    Attachment,
    Channel,
    Message,
)
from .payloads import channel_payload, member_payload, message_payload
from .permissions import send_permission
from .routes_base import FILES_KEY, JSON_KEY, RoutesBase, json_response
from .state import DM_REFUSALS

CATEGORY = 4
MAX_REACTIONS_PER_MESSAGE = 20


class MessageRoutes(RoutesBase):
    #: How many more DM opens answer 400 40003 (``Sandbox.refuse_dm_opens``).
    dm_open_refusals: int

    def unarchive_on_post(self, chan: Channel) -> None:
        """Overridden by the thread routes: a post to an archived thread unarchives it."""

    def _visible(self, chan: Channel) -> int:
        """The bot's permissions in ``chan``; 403 50001 when it cannot see the channel."""
        perms = self.store.bot_permissions(chan)
        if chan.guild_id is not None and not perms & VIEW_CHANNEL:
            raise missing_access()
        return perms

    def _channel_message(self, request: web.Request, chan: Channel) -> Message:
        return self.store.get_message(chan.id, int(request.match_info["message"]), ephemeral_ok=False)

    def _message_read(self, request: web.Request) -> tuple[Channel, int, Message]:
        """The message a route names, with its channel and the bot's permissions there, read as Get Message and
        Create Reaction read it: VIEW_CHANNEL and READ_MESSAGE_HISTORY first (403), then the message (404)."""
        chan = self._channel(request)
        perms = self._visible(chan)
        if chan.guild_id is not None and not perms & READ_MESSAGE_HISTORY:
            raise missing_permissions()
        return chan, perms, self._channel_message(request, chan)

    async def channel_get(self, request: web.Request) -> web.Response:
        chan = self._channel(request)
        self._visible(chan)
        return json_response(channel_payload(chan, self.store))

    def _check_can_post(self, chan: Channel) -> int:
        if chan.type == CATEGORY:
            raise ApiError(400, 50008, "Cannot send messages in a non-text channel")
        if chan.guild_id is None:
            refusal = self.store.dm_refusal(chan)
            if refusal is not None:
                raise ApiError(403, refusal, DM_REFUSALS.get(refusal, "Cannot send messages to this user"))
            return self._visible(chan)
        perms = self._visible(chan)
        if not perms & send_permission(chan):
            raise missing_permissions()
        if chan.locked and not perms & MANAGE_THREADS:
            raise ApiError(403, THREAD_LOCKED, "Thread is locked")
        return perms

    def _reference(self, chan: Channel, body: JSON, perms: int) -> JSON | None:
        ref = body.get("message_reference")
        if not isinstance(ref, dict) or ref.get("type") == FORWARD:
            return None  # a forward: _forwarded
        if not perms & READ_MESSAGE_HISTORY:
            raise missing_permissions()
        target = self.store.messages.get(int(ref.get("message_id") or 0))
        ref_channel = int(ref.get("channel_id") or chan.id)
        if (
            target is None
            or target.deleted
            or target.ephemeral
            or target.channel_id != ref_channel
            or ref_channel != chan.id
        ):
            if ref.get("fail_if_not_exists") is False:
                return None  # sent as a plain message
            raise form_error(["message_reference"], "MESSAGE_REFERENCE_UNKNOWN_MESSAGE", "Unknown message")
        out: JSON = {"type": 0, "message_id": str(target.id), "channel_id": str(chan.id)}
        if chan.guild_id is not None:
            out["guild_id"] = str(chan.guild_id)
        return out

    def _forwarded(self, body: JSON) -> Message | None:
        """The message a forward's `message_reference` (type 1) points at, in any channel the bot may
        read (VIEW_CHANNEL and READ_MESSAGE_HISTORY there); None when the body is no forward."""
        ref = body.get("message_reference")
        if not isinstance(ref, dict) or ref.get("type") != FORWARD:
            return None
        if not ref.get("channel_id"):
            raise form_error(["message_reference", "channel_id"], "BASE_TYPE_REQUIRED", "This field is required")
        source = self.store.channels.get(int(ref["channel_id"]))
        target = self.store.messages.get(int(ref.get("message_id") or 0))
        if source is None or target is None or target.deleted or target.ephemeral or target.channel_id != source.id:
            raise form_error(["message_reference"], "MESSAGE_REFERENCE_UNKNOWN_MESSAGE", "Unknown message")
        if source.guild_id is not None and not self._visible(source) & READ_MESSAGE_HISTORY:
            raise missing_permissions()
        check_forwardable(target)
        return target

    async def message_create(self, request: web.Request) -> web.Response:
        chan = self._channel(request)
        perms = self._check_can_post(chan)
        body: JSON = dict(request[JSON_KEY] or {})
        files: list[Attachment] = request[FILES_KEY]
        validate_message(body, n_files=len(files), allowed_flags=CHANNEL_FLAGS)
        if files and not perms & ATTACH_FILES:
            raise missing_permissions()
        if body.get("embeds") and not perms & EMBED_LINKS:
            body["embeds"] = []
            if not (body.get("content") or files or body.get("components") or body.get("sticker_ids")):
                raise missing_permissions()
        reference = self._reference(chan, body, perms)
        forwarded = self._forwarded(body)
        nonce = body.get("nonce")
        if nonce is not None and body.get("enforce_nonce"):
            prior = self.store.find_nonce(chan.id, str(nonce), self.nonce_window, self.limiter.now())
            if prior is not None:
                return json_response(message_payload(prior, self.store))
        self.unarchive_on_post(chan)
        msg = self._new_message(chan, body, files)
        msg.message_reference = reference
        if forwarded is not None:
            msg = replace(forward_of(self.store, forwarded, chan.id, chan.guild_id, msg.author_id), id=msg.id, nonce=msg.nonce)
        self.store.add_message(msg)
        if nonce is not None and body.get("enforce_nonce"):
            self.store.remember_nonce(chan.id, str(nonce), msg.id, self.nonce_window, self.limiter.now())
        return json_response(message_payload(msg, self.store))

    async def message_get(self, request: web.Request) -> web.Response:
        _, _, message = self._message_read(request)
        return json_response(message_payload(message, self.store, with_nonce=False))

    async def message_history(self, request: web.Request) -> web.Response:
        """Newest first. `before` / `after` (snowflakes) bound it; with `after`, the `limit`
        messages right after it. A fetched message carries no nonce: Discord echoes the nonce on
        create and in the gateway event only, so a bot cannot find its message by nonce here."""
        chan = self._channel(request)
        perms = self._visible(chan)
        if chan.guild_id is not None and not perms & READ_MESSAGE_HISTORY:
            return json_response([])  # documented: no history permission, no messages
        limit = min(int(request.query.get("limit", "50")), 100)
        before = int(request.query.get("before", "0") or 0)
        after = int(request.query.get("after", "0") or 0)
        found = [
            msg for msg in self.store.channel_messages.get(chan.id, {}).values()
            if not msg.ephemeral and (not before or msg.id < before) and (not after or msg.id > after)
        ]
        found.sort(key=lambda msg: msg.id)
        chosen = found[:limit] if after and not before else found[-limit:]
        out = [message_payload(msg, self.store, with_nonce=False) for msg in reversed(chosen)]
        return json_response(out)

    async def message_edit(self, request: web.Request) -> web.Response:
        chan = self._channel(request)
        perms = self._visible(chan)
        msg = self._channel_message(request, chan)
        if msg.author_id != self.store.bot_user_id:
            raise ApiError(403, CANNOT_EDIT_OTHERS_MESSAGE, "Cannot edit a message authored by another user")
        body: JSON = request[JSON_KEY] or {}
        strip = chan.guild_id is not None and not perms & EMBED_LINKS
        new = self._edit(msg, body, request[FILES_KEY], strip_embeds=strip)
        return json_response(message_payload(new, self.store))

    async def message_delete(self, request: web.Request) -> web.Response:
        chan = self._channel(request)
        perms = self._visible(chan)
        msg = self._channel_message(request, chan)
        if msg.author_id != self.store.bot_user_id and not perms & MANAGE_MESSAGES:
            raise missing_permissions()
        self.store.delete_message(msg)
        return web.Response(status=204)

    async def reaction_add_mine(self, request: web.Request) -> web.Response:
        chan, perms, msg = self._message_read(request)
        emoji = request.match_info["emoji"]
        if not emoji or ":" in emoji or emoji.isascii():
            raise ApiError(400, UNKNOWN_EMOJI, "Unknown Emoji")
        users = msg.reactions.get(emoji)
        if users is None:
            if chan.guild_id is not None and not perms & ADD_REACTIONS:
                raise missing_permissions()
            if len(msg.reactions) >= MAX_REACTIONS_PER_MESSAGE:
                raise ApiError(400, MAX_REACTIONS, "Maximum number of reactions reached (20)")
            users = msg.reactions[emoji] = []
        if self.store.bot_user_id not in users:
            users.append(self.store.bot_user_id)
        return web.Response(status=204)

    async def dm_create(self, request: web.Request) -> web.Response:
        if self.dm_open_refusals > 0:
            self.dm_open_refusals -= 1
            raise ApiError(400, OPENING_DMS_TOO_FAST, "You are opening direct messages too fast")
        body: JSON = request[JSON_KEY] or {}
        raw = body.get("recipient_id")
        try:
            recipient = int(raw or 0)
        except (TypeError, ValueError):
            recipient = 0
        if not recipient:
            raise form_error(["recipient_id"], "BASE_TYPE_REQUIRED", "This field is required")
        chan = self.store.dm_channel(recipient)
        return json_response(channel_payload(chan, self.store))

    async def member_get(self, request: web.Request) -> web.Response:
        gid = int(request.match_info["guild"])
        self.store.require_guild(gid)
        member = self.store.member(gid, int(request.match_info["user"]))
        if member is None:
            raise ApiError(404, UNKNOWN_MEMBER, "Unknown Member")
        return json_response(member_payload(member))


__all__ = ["UNKNOWN_MESSAGE", "MessageRoutes"]
