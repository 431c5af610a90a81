"""REST routes of the local Discord (prefix /api/v10), attachment downloads, and the gateway mount.

One middleware does the cross-cutting work for every /api request: parse the body once, record
it, apply injected faults, authenticate, rate-limit, and turn ApiError into Discord's JSON.
"""

from __future__ import annotations

import fnmatch
import json
import re
import time
from collections.abc import Awaitable, Callable
from dataclasses import dataclass
from typing import Any

from aiohttp import BodyPartReader, web

from .gateway import Gateway
from .interactions import InteractionRecord, Interactions
from .limits import (
    ALREADY_ACKNOWLEDGED,
    MISSING_PERMISSIONS,
    UNKNOWN_INTERACTION,
    UNKNOWN_MESSAGE,
    UNKNOWN_WEBHOOK,
    ApiError,
    validate_choices,
    validate_commands,
    validate_message,
)
from .models import JSON, Attachment, Channel, Message, RecordedRequest, SandboxError
from .payloads import channel_payload, member_payload, message_payload
from .ratelimit import RateLimiter
from .state import Store

API = "/api/v10"
EPHEMERAL = 1 << 6
LOADING = 1 << 7
SUPPRESS_EMBEDS = 1 << 2
_CHANNEL_MESSAGES = re.compile(r"^/channels/(\d+)/messages$")

JSON_KEY: web.RequestKey[Any] = web.RequestKey("sandbox_json", Any)
FILES_KEY: web.RequestKey[list[Attachment]] = web.RequestKey("sandbox_files", list)

Handler = Callable[[web.Request], Awaitable[web.StreamResponse]]


def json_response(body: Any, status: int = 200, headers: dict[str, str] | None = None) -> web.Response:
    """JSON with Content-Type exactly application/json (discord.py compares it literally)."""
    out = {"Content-Type": "application/json"}
    if headers:
        out.update(headers)
    return web.Response(body=json.dumps(body).encode(), status=status, headers=out)


@dataclass
class FailRule:
    method: str
    path_glob: str
    status: int
    times: int
    body: JSON | None
    retry_after: float
    global_: bool

    def matches(self, method: str, path: str) -> bool:
        if self.method not in ("*", method):
            return False
        return fnmatch.fnmatchcase(path, self.path_glob) or fnmatch.fnmatchcase(API + path, self.path_glob)


def rate_limited_response(
    retry_after: float, is_global: bool, scope: str, headers: dict[str, str]
) -> web.Response:
    h = dict(headers)
    h.update(
        {
            "Via": "1.1 google",
            "Retry-After": str(max(int(retry_after + 0.999), 1)),
            "X-RateLimit-Scope": scope,
        }
    )
    if is_global:
        h["X-RateLimit-Global"] = "true"
    body = {"message": "You are being rate limited.", "retry_after": retry_after, "global": is_global}
    if not is_global:
        body["code"] = 0
    return json_response(body, 429, h)


class Api:
    """Request handlers; state lives in Store, gateway events go out through store listeners."""

    def __init__(
        self,
        store: Store,
        gateway: Gateway,
        interactions: Interactions,
        limiter: RateLimiter,
        *,
        interaction_deadline: float,
        nonce_window: float = 300.0,
    ) -> None:
        self.store = store
        self.gateway = gateway
        self.interactions = interactions
        self.limiter = limiter
        self.interaction_deadline = interaction_deadline
        self.nonce_window = nonce_window
        self.requests: list[RecordedRequest] = []
        self.unhandled: list[RecordedRequest] = []
        self.fail_rules: list[FailRule] = []
        self.request_listeners: list[Callable[[RecordedRequest], None]] = []

    # ---- app -----------------------------------------------------------------------------
    def make_app(self) -> web.Application:
        app = web.Application(middlewares=[self._middleware], client_max_size=64 * 1024 * 1024)
        r = app.router
        r.add_get("/", self.gateway.handle)
        r.add_get("/attachments/{channel}/{id}/{filename}", self.get_attachment)
        r.add_get(API + "/users/@me", self.get_me)
        r.add_get(API + "/oauth2/applications/@me", self.get_application)
        r.add_get(API + "/gateway/bot", self.get_gateway_bot)
        r.add_get(API + "/gateway", self.get_gateway)
        r.add_put(API + "/applications/{app}/commands", self.put_commands)
        r.add_get(API + "/applications/{app}/commands", self.get_commands)
        r.add_put(API + "/applications/{app}/guilds/{guild}/commands", self.put_commands)
        r.add_get(API + "/applications/{app}/guilds/{guild}/commands", self.get_commands)
        r.add_post(API + "/interactions/{id}/{token}/callback", self.interaction_callback)
        r.add_post(API + "/webhooks/{app}/{token}", self.followup_create)
        r.add_get(API + "/webhooks/{app}/{token}/messages/{message}", self.webhook_message_get)
        r.add_patch(API + "/webhooks/{app}/{token}/messages/{message}", self.webhook_message_edit)
        r.add_delete(API + "/webhooks/{app}/{token}/messages/{message}", self.webhook_message_delete)
        r.add_get(API + "/channels/{channel}", self.channel_get)
        r.add_post(API + "/channels/{channel}/messages", self.message_create)
        r.add_get(API + "/channels/{channel}/messages", self.message_history)
        r.add_get(API + "/channels/{channel}/messages/{message}", self.message_get)
        r.add_patch(API + "/channels/{channel}/messages/{message}", self.message_edit)
        r.add_delete(API + "/channels/{channel}/messages/{message}", self.message_delete)
        r.add_post(API + "/users/@me/channels", self.dm_create)
        r.add_get(API + "/guilds/{guild}/members/{user}", self.member_get)
        r.add_route("*", "/{tail:.*}", self.not_found)
        return app

    @web.middleware
    async def _middleware(self, request: web.Request, handler: Handler) -> web.StreamResponse:
        path = request.path
        if not path.startswith(API):
            return await handler(request)
        rel = path[len(API) :]
        body, files = await self._read_body(request)
        request[JSON_KEY] = body
        request[FILES_KEY] = files
        rec = RecordedRequest(
            method=request.method,
            path=rel,
            query=dict(request.query),
            json=body,
            headers=dict(request.headers),
            files=files,
            status=0,
            at=time.monotonic(),
        )
        response = await self._guarded(request, handler, rel)
        rec.status = response.status
        self.requests.append(rec)
        if handler == self.not_found:
            self.unhandled.append(rec)
        for listener in list(self.request_listeners):
            listener(rec)
        return response

    async def _guarded(self, request: web.Request, handler: Handler, rel: str) -> web.StreamResponse:
        for rule in self.fail_rules:
            if rule.times > 0 and rule.matches(request.method, rel):
                rule.times -= 1
                if rule.status == 429:
                    return rate_limited_response(
                        rule.retry_after, rule.global_, "global" if rule.global_ else "user", {}
                    )
                body = rule.body or {"code": 0, "message": f"{rule.status}: injected failure"}
                return json_response(body, rule.status)
        self.fail_rules = [r for r in self.fail_rules if r.times > 0]
        token_route = rel.startswith("/interactions/") or rel.startswith("/webhooks/")
        if not token_route and request.headers.get("Authorization") != f"Bot {self.store.token}":
            return json_response({"message": "401: Unauthorized", "code": 0}, 401)
        channel_id: int | None = None
        if request.method == "POST":
            m = _CHANNEL_MESSAGES.match(rel)
            if m:
                channel_id = int(m.group(1))
        limited, headers = self.limiter.check(channel_id=channel_id, exempt_global=token_route)
        if limited is not None:
            return rate_limited_response(limited.retry_after, limited.is_global, limited.scope, headers)
        try:
            response = await handler(request)
        except ApiError as exc:
            response = json_response(exc.body(), exc.status)
        response.headers.update(headers)
        return response

    async def _read_body(self, request: web.Request) -> tuple[Any, list[Attachment]]:
        if request.method in ("GET", "DELETE") or not request.can_read_body:
            return None, []
        ctype = request.content_type
        if ctype.startswith("multipart/"):
            payload: Any = None
            files: list[Attachment] = []
            reader = await request.multipart()
            while True:
                part = await reader.next()
                if part is None:
                    break
                if not isinstance(part, BodyPartReader):
                    continue
                data = await part.read()
                if part.name == "payload_json":
                    payload = json.loads(data.decode())
                elif part.filename is not None:
                    files.append(
                        Attachment(
                            filename=part.filename,
                            data=bytes(data),
                            content_type=part.headers.get("Content-Type", "application/octet-stream"),
                        )
                    )
            return payload, files
        raw = await request.read()
        if not raw:
            return None, []
        try:
            return json.loads(raw), []
        except ValueError:
            raise ApiError(400, 50109, "The request body contains invalid JSON.") from None

    # ---- misc ----------------------------------------------------------------------------
    async def not_found(self, request: web.Request) -> web.Response:
        return json_response({"code": 0, "message": "404: Not Found"}, 404)

    async def get_attachment(self, request: web.Request) -> web.Response:
        att = self.store.attachments.get(int(request.match_info["id"]))
        if att is None or att.filename != request.match_info["filename"]:
            return web.Response(status=404, text="Not Found")
        return web.Response(body=att.data, headers={"Content-Type": att.content_type})

    async def get_me(self, request: web.Request) -> web.Response:
        return json_response(self.store.bot_user)

    async def get_application(self, request: web.Request) -> web.Response:
        s = self.store
        return json_response(
            {
                "id": str(s.application_id),
                "name": s.bot_user["username"],
                "description": "hyosan's local Discord",
                "icon": None,
                "bot_public": True,
                "bot_require_code_grant": False,
                "owner": s.owner_user,
                "team": None,
                "verify_key": "0" * 64,
                "flags": 0,
                "summary": "",
                "rpc_origins": [],
                "interactions_endpoint_url": None,
                "bot": s.bot_user,
            }
        )

    async def get_gateway(self, request: web.Request) -> web.Response:
        return json_response({"url": self.gateway.gateway_url})

    async def get_gateway_bot(self, request: web.Request) -> web.Response:
        return json_response(
            {
                "url": self.gateway.gateway_url,
                "shards": 1,
                "session_start_limit": {
                    "total": 1000,
                    "remaining": 999,
                    "reset_after": 0,
                    "max_concurrency": 1,
                },
            }
        )

    def _check_app(self, request: web.Request) -> None:
        if request.match_info.get("app") != str(self.store.application_id):
            raise ApiError(403, 50001, "Missing Access")

    async def put_commands(self, request: web.Request) -> web.Response:
        self._check_app(request)
        body = request[JSON_KEY]
        if not isinstance(body, list):
            raise ApiError(400, 50035, "Invalid Form Body", {"_errors": [{"code": "BASE_TYPE_ARRAY"}]})
        validate_commands(body)
        scope = self._scope(request)
        return json_response(self.store.overwrite_commands(scope, body))

    async def get_commands(self, request: web.Request) -> web.Response:
        self._check_app(request)
        return json_response(list(self.store.commands.get(self._scope(request), {}).values()))

    def _scope(self, request: web.Request) -> int | None:
        guild = request.match_info.get("guild")
        if guild is None:
            return None
        self.store.require_guild(int(guild))
        return int(guild)

    # ---- channels and messages -------------------------------------------------------------
    def _channel(self, request: web.Request) -> Channel:
        return self.store.channel(int(request.match_info["channel"]))

    async def channel_get(self, request: web.Request) -> web.Response:
        return json_response(channel_payload(self._channel(request), self.store))

    async def message_create(self, request: web.Request) -> web.Response:
        chan = self._channel(request)
        if not self.store.bot_can_send(chan):
            raise ApiError(403, MISSING_PERMISSIONS, "Missing Permissions")
        body: JSON = request[JSON_KEY] or {}
        files: list[Attachment] = request[FILES_KEY]
        validate_message(body, n_files=len(files))
        nonce = body.get("nonce")
        if nonce is not None and body.get("enforce_nonce"):
            prior = self.store.find_nonce(chan.id, str(nonce), self.nonce_window)
            if prior is not None:
                return json_response(message_payload(prior, self.store))
        msg = self._new_message(chan, body, files)
        if body.get("message_reference"):
            msg.message_reference = body["message_reference"]
        self.store.add_message(msg)
        if nonce is not None and body.get("enforce_nonce"):
            self.store.remember_nonce(chan.id, str(nonce), msg.id, self.nonce_window)
        return json_response(message_payload(msg, self.store))

    def _new_message(
        self,
        chan: Channel,
        body: JSON,
        files: list[Attachment],
        *,
        interaction: InteractionRecord | None = None,
        ephemeral: bool = False,
        loading: bool = False,
    ) -> Message:
        flags = int(body.get("flags") or 0) & ~EPHEMERAL
        if ephemeral:
            flags |= EPHEMERAL
        if loading:
            flags |= LOADING
        msg = Message(
            id=self.store.new_id(),
            channel_id=chan.id,
            guild_id=chan.guild_id,
            author_id=self.store.bot_user_id,
            content=str(body.get("content") or ""),
            embeds=list(body.get("embeds") or []),
            components=list(body.get("components") or []),
            attachments=self._attachments(chan.id, body, files, []),
            ephemeral=ephemeral,
            flags=flags,
            nonce=body.get("nonce"),
            allowed_mentions=body.get("allowed_mentions"),
            interaction_id=interaction.id if interaction else None,
            webhook_id=self.store.application_id if interaction else None,
            tts=bool(body.get("tts", False)),
            loading=loading,
        )
        return msg

    def _attachments(
        self, channel_id: int, body: JSON, files: list[Attachment], existing: list[Attachment]
    ) -> list[Attachment]:
        """Kept attachments (listed by id in ``attachments``) plus the uploaded files."""
        listed = body.get("attachments")
        out: list[Attachment] = []
        if listed is None:
            out.extend(existing)
        else:
            keep = {str(a.get("id")) for a in listed}
            out.extend(a for a in existing if str(a.id) in keep)
        meta = {str(a.get("id")): a for a in listed or []}
        for index, f in enumerate(files):
            info = meta.get(str(index), {})
            f.description = info.get("description")
            out.append(self.store.store_attachment(f, channel_id))
        return out

    def _edit(
        self, msg: Message, body: JSON, files: list[Attachment], *, loading_done: bool = False
    ) -> Message:
        validate_message(body, n_files=len(files), creating=False)
        changes: dict[str, Any] = {}
        if "content" in body:
            changes["content"] = str(body["content"] or "")
        if "embeds" in body:
            changes["embeds"] = list(body["embeds"] or [])
        if "components" in body:
            changes["components"] = list(body["components"] or [])
        if "allowed_mentions" in body:
            changes["allowed_mentions"] = body["allowed_mentions"]
        if "attachments" in body or files:
            changes["attachments"] = self._attachments(msg.channel_id, body, files, msg.attachments)
        flags = msg.flags
        if "flags" in body and body["flags"] is not None:
            # Only SUPPRESS_EMBEDS may be toggled by an edit.
            flags = (flags & ~SUPPRESS_EMBEDS) | (int(body["flags"]) & SUPPRESS_EMBEDS)
        if loading_done:
            flags &= ~LOADING
            changes["loading"] = False
        changes["flags"] = flags
        return self.store.replace_message(msg, **changes)

    async def message_get(self, request: web.Request) -> web.Response:
        chan = self._channel(request)
        msg = self.store.get_message(chan.id, int(request.match_info["message"]))
        return json_response(message_payload(msg, self.store))

    async def message_history(self, request: web.Request) -> web.Response:
        chan = self._channel(request)
        limit = min(int(request.query.get("limit", "50")), 100)
        before = int(request.query.get("before", "0") or 0)
        out: list[JSON] = []
        for msg in reversed(self.store.channel_messages.get(chan.id, {}).values()):
            if msg.ephemeral or (before and msg.id >= before):
                continue
            out.append(message_payload(msg, self.store))
            if len(out) >= limit:
                break
        return json_response(out)

    async def message_edit(self, request: web.Request) -> web.Response:
        chan = self._channel(request)
        msg = self.store.get_message(chan.id, int(request.match_info["message"]))
        if msg.author_id != self.store.bot_user_id:
            raise ApiError(403, 50005, "Cannot edit a message authored by another user")
        new = self._edit(msg, request[JSON_KEY] or {}, request[FILES_KEY])
        return json_response(message_payload(new, self.store))

    async def message_delete(self, request: web.Request) -> web.Response:
        chan = self._channel(request)
        msg = self.store.get_message(chan.id, int(request.match_info["message"]))
        self.store.delete_message(msg)
        return web.Response(status=204)

    async def dm_create(self, request: web.Request) -> web.Response:
        body: JSON = request[JSON_KEY] or {}
        chan = self.store.dm_channel(int(body.get("recipient_id", 0)))
        return json_response(channel_payload(chan, self.store))

    async def member_get(self, request: web.Request) -> web.Response:
        gid = int(request.match_info["guild"])
        self.store.require_guild(gid)
        member = self.store.member(gid, int(request.match_info["user"]))
        if member is None:
            raise ApiError(404, 10007, "Unknown Member")
        return json_response(member_payload(member))

    # ---- interactions --------------------------------------------------------------------
    async def interaction_callback(self, request: web.Request) -> web.Response:
        rec = self.interactions.by_id.get(int(request.match_info["id"]))
        if rec is None or rec.token != request.match_info["token"]:
            raise ApiError(404, UNKNOWN_INTERACTION, "Unknown interaction")
        if rec.acked:
            raise ApiError(400, ALREADY_ACKNOWLEDGED, "Interaction has already been acknowledged.")
        if rec.expired():
            raise ApiError(404, UNKNOWN_INTERACTION, "Unknown interaction")
        try:
            return self._callback(request, rec)
        except ApiError as exc:
            rec.last_error = exc
            if rec.type == 4 and not rec.reply.done():
                # A rejected autocomplete answer shows the user nothing: fail the test now.
                rec.reply.set_exception(SandboxError(f"autocomplete answer rejected: {exc} {exc.errors}"))
            raise

    def _callback(self, request: web.Request, rec: InteractionRecord) -> web.Response:
        body: JSON = request[JSON_KEY] or {}
        files: list[Attachment] = request[FILES_KEY]
        kind = int(body.get("type", 0))
        data: JSON = body.get("data") or {}
        chan = self.store.channel(rec.channel_id)
        resource: JSON = {"type": kind}
        message: Message | None = None
        if kind == 1:
            pass
        elif kind == 4:
            validate_message(data, n_files=len(files))
            ephemeral = bool(int(data.get("flags") or 0) & EPHEMERAL)
            message = self._new_message(chan, data, files, interaction=rec, ephemeral=ephemeral)
            self.store.add_message(message)
            rec.original_message_id = message.id
        elif kind == 5:
            ephemeral = bool(int(data.get("flags") or 0) & EPHEMERAL)
            message = self._new_message(chan, {}, [], interaction=rec, ephemeral=ephemeral, loading=True)
            self.store.add_message(message)
            rec.original_message_id = message.id
        elif kind in (6, 7):
            if rec.source_message_id is None:
                raise _invalid_response_type("Only component interactions may update a message")
            source = self.store.get_message(None, rec.source_message_id)
            rec.original_message_id = source.id
            message = self._edit(source, data, files) if kind == 7 else source
        elif kind == 8:
            if rec.type != 4:
                raise _invalid_response_type("Not an autocomplete interaction")
            choices = list(data.get("choices") or [])
            validate_choices(choices)
            rec.choices = choices
        elif kind == 9:
            rec.modal = data
        else:
            raise ApiError(
                400,
                50035,
                "Invalid Form Body",
                {
                    "type": {
                        "_errors": [
                            {
                                "code": "BASE_TYPE_CHOICES",
                                "message": f"Value {kind} is not a valid response type",
                            }
                        ]
                    }
                },
            )
        rec.acked = True
        rec.response_type = kind
        if message is not None:
            resource["message"] = message_payload(message, self.store)
            if kind != 5:
                rec.resolve(message)
        elif kind == 8:
            rec.resolve(rec.choices)
        elif kind == 9:
            rec.resolve(data)
        return json_response(
            {
                "interaction": {
                    "id": str(rec.id),
                    "type": rec.type,
                    "response_message_id": str(message.id) if message is not None else None,
                    "response_message_loading": kind == 5,
                    "response_message_ephemeral": bool(message is not None and message.ephemeral),
                },
                "resource": resource,
            }
        )

    def _webhook_interaction(self, request: web.Request) -> InteractionRecord:
        if request.match_info["app"] != str(self.store.application_id):
            raise ApiError(404, UNKNOWN_WEBHOOK, "Unknown Webhook")
        rec = self.interactions.by_token.get(request.match_info["token"])
        if rec is None or not rec.acked:
            raise ApiError(404, UNKNOWN_WEBHOOK, "Unknown Webhook")
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
        validate_message(body, n_files=len(files))
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
        if msg.loading or rec.response_type == 6:
            rec.resolve(new)
        return json_response(message_payload(new, self.store))

    async def webhook_message_delete(self, request: web.Request) -> web.Response:
        rec = self._webhook_interaction(request)
        self.store.delete_message(self._webhook_message(request, rec))
        return web.Response(status=204)


def _invalid_response_type(message: str) -> ApiError:
    """Discord's 400 for a callback type that does not fit the interaction."""
    errors = {"type": {"_errors": [{"code": "INTERACTION_RESPONSE_TYPE_INVALID", "message": message}]}}
    return ApiError(400, 50035, "Invalid Form Body", errors)
