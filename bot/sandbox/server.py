"""REST routes of the local Discord (prefix /api/v10), attachment downloads, and the gateway mount.

One middleware does the cross-cutting work for every /api request: parse the body once, record
it (with the answer), apply injected faults, authenticate, rate-limit, and turn ApiError into
Discord's JSON. The routes live in routes_messages.py and routes_interactions.py.
"""

from __future__ import annotations

import fnmatch
import json
import time
from collections.abc import Callable
from dataclasses import dataclass
from typing import Any

from aiohttp import BodyPartReader, web

from bot.clock import Clock

from . import recording
from .command_schema import validate_commands
from .errors import MISSING_ACCESS, ApiError
from .gateway import Gateway
from .interactions import Interactions
from .models import JSON, Attachment, RecordedRequest
from .ratelimit import RateLimiter
from .routes_base import BODY_KEY, FILES_KEY, JSON_KEY, Handler, json_response
from .routes_interactions import InteractionRoutes
from .routes_messages import MessageRoutes
from .routes_threads import ThreadRoutes
from .state import Store

API = "/api/v10"
_INJECTED: web.ResponseKey[bool] = web.ResponseKey("sandbox_injected", bool)

__all__ = ["API", "Api", "FailRule", "json_response"]


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
    body = {"message": "You are being rate limited.", "retry_after": retry_after, "global": is_global, "code": 0}
    return json_response(body, 429, h)


def answered_command(cmd: JSON) -> JSON:
    """A synced command as Discord answers it: the permission bitset as a string, and the install
    contexts it ended up with (the app's default, installed to servers, when it set none)."""
    out = dict(cmd)
    permissions = out.get("default_member_permissions")
    out["default_member_permissions"] = None if permissions is None else str(permissions)
    if not out.get("integration_types"):
        out["integration_types"] = [0]
    return out


class Api(ThreadRoutes, MessageRoutes, InteractionRoutes):
    """Request handlers; state lives in Store, gateway events go out through store listeners."""

    def __init__(
        self,
        store: Store,
        gateway: Gateway,
        interactions: Interactions,
        limiter: RateLimiter,
        *,
        clock: Clock,
        interaction_deadline: float,
        nonce_window: float = 300.0,
    ) -> None:
        self.store = store
        self.clock = clock
        self.gateway = gateway
        self.interactions = interactions
        self.limiter = limiter
        self.interaction_deadline = interaction_deadline
        self.nonce_window = nonce_window
        self.dm_open_refusals = 0
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
        r.add_patch(API + "/channels/{channel}", self.channel_patch)
        r.add_post(API + "/channels/{channel}/threads", self.thread_create)
        r.add_get(API + "/guilds/{guild}/threads/active", self.active_threads)
        r.add_post(API + "/channels/{channel}/messages", self.message_create)
        r.add_get(API + "/channels/{channel}/messages", self.message_history)
        r.add_get(API + "/channels/{channel}/messages/{message}", self.message_get)
        r.add_patch(API + "/channels/{channel}/messages/{message}", self.message_edit)
        r.add_delete(API + "/channels/{channel}/messages/{message}", self.message_delete)
        r.add_put(API + "/channels/{channel}/messages/{message}/reactions/{emoji}/@me", self.reaction_add_mine)
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
        rec.response = response.get(BODY_KEY)
        rec.injected = response.get(_INJECTED, False)
        self.requests.append(rec)
        if handler == self.not_found:
            self.unhandled.append(rec)
        for listener in list(self.request_listeners):
            listener(rec)
        recording.notify(rec)
        return response

    async def _guarded(self, request: web.Request, handler: Handler, rel: str) -> web.StreamResponse:
        for rule in self.fail_rules:
            if rule.times > 0 and rule.matches(request.method, rel):
                rule.times -= 1
                if rule.status == 429:
                    injected = rate_limited_response(
                        rule.retry_after, rule.global_, "global" if rule.global_ else "user", {}
                    )
                else:
                    body = rule.body or {"code": 0, "message": f"{rule.status}: injected failure"}
                    injected = json_response(body, rule.status)
                injected[_INJECTED] = True
                return injected
        self.fail_rules = [r for r in self.fail_rules if r.times > 0]
        token_route = rel.startswith("/interactions/") or rel.startswith("/webhooks/")
        if not token_route and request.headers.get("Authorization") != f"Bot {self.store.token}":
            return json_response({"message": "401: Unauthorized", "code": 0}, 401)
        limited, headers = self.limiter.check(request.method, rel)
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
        # The current user is the private view of the user: with its locale and MFA state.
        return json_response({**self.store.bot_user, "locale": "en-US", "mfa_enabled": False})

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
                "type": None,
                "flags_new": "0",
                "redirect_uris": [],
                "role_connections_verification_url": None,
                "approximate_guild_count": len(s.guilds),
                "approximate_user_install_count": 0,
                "approximate_user_authorization_count": 0,
                "explicit_content_filter": 0,
                "eligible_oauth2_scopes": ["bot", "applications.commands"],
                "integration_types_config": {"0": {}},
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
        return json_response([answered_command(c) for c in self.store.overwrite_commands(scope, body)])

    async def get_commands(self, request: web.Request) -> web.Response:
        self._check_app(request)
        commands = self.store.commands.get(self._scope(request), {}).values()
        return json_response([answered_command(c) for c in commands])

    def _scope(self, request: web.Request) -> int | None:
        guild = request.match_info.get("guild")
        if guild is None:
            return None
        if int(guild) not in self.store.guilds:
            # Discord's answer for a server the application was not added to (or that does not
            # exist): it says nothing about which.
            raise ApiError(403, MISSING_ACCESS, "Missing Access")
        return int(guild)
