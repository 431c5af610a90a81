"""Interaction callbacks and the interaction webhook (followups, @original), checked as Discord does.

developers/interactions/receiving-and-responding.mdx: one initial response within 3 s; the
callback types an interaction takes (PONG only for PING; DEFERRED_UPDATE_MESSAGE and
UPDATE_MESSAGE only for components, and modal submits raised from a component's message; the
autocomplete result only for autocomplete; no MODAL after a modal submit); a defer may carry
EPHEMERAL and no other flag; modal limits; tokens valid 15 minutes, after which the webhook
answers 401 50027 Invalid Webhook Token.
"""

from __future__ import annotations

from aiohttp import web

from .components import check_modal
from .errors import (
    ALREADY_ACKNOWLEDGED,
    INVALID_WEBHOOK_TOKEN,
    UNKNOWN_INTERACTION,
    UNKNOWN_MESSAGE,
    UNKNOWN_WEBHOOK,
    ApiError,
    FormErrors,
    form_error,
)
from .interactions import InteractionRecord
from .limits import DEFER_FLAGS, INTERACTION_FLAGS, validate_choices, validate_message
from .models import JSON, Attachment, Message
from .payloads import message_payload
from .routes_base import EPHEMERAL, FILES_KEY, JSON_KEY, RoutesBase, json_response

PING, APPLICATION_COMMAND, MESSAGE_COMPONENT, AUTOCOMPLETE, MODAL_SUBMIT = 1, 2, 3, 4, 5
PONG, MESSAGE, DEFER, DEFER_UPDATE, UPDATE, CHOICES, MODAL = 1, 4, 5, 6, 7, 8, 9
#: Callback types each interaction type accepts.
ALLOWED_CALLBACKS: dict[int, frozenset[int]] = {
    PING: frozenset({PONG}),
    APPLICATION_COMMAND: frozenset({MESSAGE, DEFER, MODAL}),
    MESSAGE_COMPONENT: frozenset({MESSAGE, DEFER, DEFER_UPDATE, UPDATE, MODAL}),
    AUTOCOMPLETE: frozenset({CHOICES}),
    MODAL_SUBMIT: frozenset({MESSAGE, DEFER, DEFER_UPDATE, UPDATE}),
}
CALLBACK_TYPES = frozenset({1, 4, 5, 6, 7, 8, 9, 10, 12})


def _invalid_response_type(interaction_type: int, kind: int) -> ApiError:
    allowed = sorted(ALLOWED_CALLBACKS.get(interaction_type, frozenset()))
    return form_error(
        ["type"],
        "INTERACTION_RESPONSE_TYPE_INVALID",
        f"Interaction response type {kind} is not valid for interaction type {interaction_type} (valid: {allowed})",
    )


class InteractionRoutes(RoutesBase):
    async def interaction_callback(self, request: web.Request) -> web.Response:
        rec = self.interactions.by_id.get(int(request.match_info["id"]))
        if rec is None or rec.token != request.match_info["token"]:
            raise ApiError(404, UNKNOWN_INTERACTION, "Unknown interaction")
        if rec.acked:
            raise ApiError(400, ALREADY_ACKNOWLEDGED, "Interaction has already been acknowledged.")
        if rec.expired() or rec.token_expired(self.clock.now()):
            raise ApiError(404, UNKNOWN_INTERACTION, "Unknown interaction")
        try:
            return self._callback(request, rec)
        except ApiError as exc:
            self._fail_reply(rec, exc, "autocomplete answer")
            raise

    def _check_callback(self, rec: InteractionRecord, body: JSON) -> int:
        kind = body.get("type")
        if isinstance(kind, bool) or not isinstance(kind, int) or kind not in CALLBACK_TYPES:
            raise form_error(["type"], "BASE_TYPE_CHOICES", f"Value {kind!r} is not a valid response type")
        allowed = ALLOWED_CALLBACKS.get(rec.type, frozenset())
        if kind not in allowed or (kind in (DEFER_UPDATE, UPDATE) and rec.source_message_id is None):
            raise _invalid_response_type(rec.type, kind)
        data = body.get("data") or {}
        flags = (data.get("flags") or 0) if isinstance(data, dict) else 0
        if kind == DEFER and isinstance(flags, int) and flags & ~DEFER_FLAGS:
            raise form_error(["data", "flags"], "MESSAGE_FLAGS_INVALID", "A deferred response may only set EPHEMERAL")
        if kind == MODAL:
            errs = FormErrors()
            check_modal(errs, data if isinstance(data, dict) else {})
            errs.raise_if_any()
        return kind

    def _callback(self, request: web.Request, rec: InteractionRecord) -> web.Response:
        body: JSON = request[JSON_KEY] or {}
        files: list[Attachment] = request[FILES_KEY]
        kind = self._check_callback(rec, body)
        data: JSON = body.get("data") or {}
        chan = self.store.channel(rec.channel_id)
        message: Message | None = None
        if kind == MESSAGE:
            validate_message(data, n_files=len(files), allowed_flags=INTERACTION_FLAGS)
            ephemeral = bool(int(data.get("flags") or 0) & EPHEMERAL)
            message = self._new_message(chan, data, files, interaction=rec, ephemeral=ephemeral)
            self.store.add_message(message)
            rec.original_message_id = message.id
        elif kind == DEFER:
            ephemeral = bool(int(data.get("flags") or 0) & EPHEMERAL)
            message = self._new_message(chan, {}, [], interaction=rec, ephemeral=ephemeral, loading=True)
            self.store.add_message(message)
            rec.original_message_id = message.id
        elif kind in (DEFER_UPDATE, UPDATE):
            source = self.store.get_message(None, rec.source_message_id or 0)
            rec.original_message_id = source.id
            message = self._edit(source, data, files) if kind == UPDATE else source
        elif kind == CHOICES:
            choices = list(data.get("choices") or [])
            validate_choices(choices)
            rec.choices = choices
        elif kind == MODAL:
            rec.modal = data
        rec.acked = True
        rec.response_type = kind
        if message is not None and kind != DEFER:
            rec.resolve(message)
        elif kind == CHOICES:
            rec.resolve(rec.choices)
        elif kind == MODAL:
            rec.resolve(data)
        return json_response(self._callback_answer(rec, kind, message))

    def _callback_answer(self, rec: InteractionRecord, kind: int, message: Message | None) -> JSON:
        """InteractionCallbackResponse: the message fields only when a message was made or
        updated (DEFERRED_UPDATE_MESSAGE makes none), ``resource.message`` only for 4 and 7."""
        interaction: JSON = {"id": str(rec.id), "type": rec.type}
        out: JSON = {"interaction": interaction}
        if message is not None and kind != DEFER_UPDATE:
            interaction["response_message_id"] = str(message.id)
            interaction["response_message_loading"] = kind == DEFER
            interaction["response_message_ephemeral"] = message.ephemeral
        if message is not None and kind in (MESSAGE, UPDATE):
            out["resource"] = {"type": kind, "message": message_payload(message, self.store)}
        return out

    def _webhook_interaction(self, request: web.Request) -> InteractionRecord:
        if request.match_info["app"] != str(self.store.application_id):
            raise ApiError(404, UNKNOWN_WEBHOOK, "Unknown Webhook")
        rec = self.interactions.by_token.get(request.match_info["token"])
        if rec is None or not rec.acked:
            raise ApiError(404, UNKNOWN_WEBHOOK, "Unknown Webhook")
        if rec.token_expired(self.clock.now()):
            raise ApiError(401, INVALID_WEBHOOK_TOKEN, "Invalid Webhook Token")
        return rec

    async def followup_create(self, request: web.Request) -> web.Response:
        rec = self._webhook_interaction(request)
        try:
            return self._followup(request, rec)
        except ApiError as exc:
            rec.last_error = exc
            raise

    def _followup(self, request: web.Request, rec: InteractionRecord) -> web.Response:
        body: JSON = request[JSON_KEY] or {}
        files: list[Attachment] = request[FILES_KEY]
        validate_message(body, n_files=len(files), allowed_flags=INTERACTION_FLAGS)
        original = self.store.messages.get(rec.original_message_id or 0)
        if original is not None and original.loading and not original.deleted:
            # After a thinking defer the first followup becomes the original response.
            msg = self._edit(original, body, files, loading_done=True)
        else:
            chan = self.store.channel(rec.channel_id)
            ephemeral = bool(int(body.get("flags") or 0) & EPHEMERAL)
            msg = self._new_message(chan, body, files, interaction=rec, ephemeral=ephemeral)
            self.store.add_message(msg)
            rec.followup_ids.append(msg.id)
        rec.resolve(msg)
        if request.query.get("wait") in ("1", "true", "True"):
            return json_response(message_payload(msg, self.store))
        return web.Response(status=204)

    def _webhook_message(self, request: web.Request, rec: InteractionRecord) -> Message:
        ident = request.match_info["message"]
        mid = rec.original_message_id if ident == "@original" else int(ident)
        if mid is None or (
            ident != "@original" and mid not in rec.followup_ids and mid != rec.original_message_id
        ):
            raise ApiError(404, UNKNOWN_MESSAGE, "Unknown Message")
        return self.store.get_message(None, mid)

    async def webhook_message_get(self, request: web.Request) -> web.Response:
        rec = self._webhook_interaction(request)
        return json_response(message_payload(self._webhook_message(request, rec), self.store))

    async def webhook_message_edit(self, request: web.Request) -> web.Response:
        rec = self._webhook_interaction(request)
        msg = self._webhook_message(request, rec)
        try:
            new = self._edit(msg, request[JSON_KEY] or {}, request[FILES_KEY], loading_done=True)
        except ApiError as exc:
            rec.last_error = exc
            raise
        if msg.loading or rec.response_type == DEFER_UPDATE:
            rec.resolve(new)
        return json_response(message_payload(new, self.store))

    async def webhook_message_delete(self, request: web.Request) -> web.Response:
        rec = self._webhook_interaction(request)
        self.store.delete_message(self._webhook_message(request, rec))
        return web.Response(status=204)
