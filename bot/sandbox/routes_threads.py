"""Thread routes (developers/resources/channel.mdx, developers/topics/threads.mdx), with the
permission checks and limits Discord applies:

- Start Thread without Message (POST /channels/{id}/threads) in a text channel (public 11 or
  private 12, private when `type` is left out, as Discord still defaults) or an announcement channel
  (10): VIEW_CHANNEL (403 50001), CREATE_PUBLIC_THREADS / CREATE_PRIVATE_THREADS (403 50013);
  `name` 1-100 characters, `auto_archive_duration` one of 60, 1440, 4320, 10080, slowmode
  0-21600 (400 50035); the creator becomes the owner and first member; THREAD_CREATE fires.
- Modify Channel on a thread (PATCH /channels/{id}): name, archived, locked, auto_archive_duration,
  rate_limit_per_user, invitable. Name, archiving and the archive time need MANAGE_THREADS or being
  the thread's creator; locking and unarchiving a locked thread need MANAGE_THREADS; an archived
  thread can only be edited by unarchiving it in the same request (400 50083). THREAD_UPDATE fires.
- List Active Guild Threads (GET /guilds/{id}/threads/active): the threads not archived that the
  bot can see, with its own thread memberships.
Sending a message to an archived thread unarchives it unless it is locked (routes_messages.py).
Other channels' Modify Channel is not implemented (404 `{"code": 0}`, listed as unhandled).
"""

from __future__ import annotations

from datetime import UTC, datetime

from aiohttp import web

from .errors import (
    MISSING_PERMISSIONS,
    WRONG_CHANNEL_TYPE,
    ApiError,
    FormErrors,
    missing_access,
    missing_permissions,
)
from .gateway import Gateway
from .models import (
    AUTO_ARCHIVE_DURATIONS,
    CREATE_PRIVATE_THREADS,
    CREATE_PUBLIC_THREADS,
    JSON,
    MANAGE_THREADS,
    VIEW_CHANNEL,
    Channel,
)
from .payloads import thread_payload
from .routes_base import JSON_KEY, RoutesBase, json_response

THREAD_TYPES = frozenset({10, 11, 12})
THREAD_ARCHIVED = 50083
_EDITABLE = ("name", "archived", "locked", "auto_archive_duration", "rate_limit_per_user", "invitable")


def _now() -> str:
    return datetime.now(UTC).isoformat()


class ThreadRoutes(RoutesBase):
    gateway: Gateway

    def _dispatch_thread(self, event: str, thread: Channel, extra: JSON | None = None) -> None:
        payload = thread_payload(thread, self.store, member_of=self.store.bot_user_id)
        payload.update(extra or {})
        self.gateway.dispatch(event, payload, guild_id=thread.guild_id)

    def _check_fields(self, body: JSON, *, creating: bool) -> None:
        errors = FormErrors()
        if creating or "name" in body:
            name = body.get("name")
            if not isinstance(name, str) or not name.strip():
                errors.add(["name"], "BASE_TYPE_REQUIRED" if creating else "BASE_TYPE_BAD_LENGTH",
                           "This field is required" if creating else "Must be between 1 and 100 in length.")
            else:
                errors.max_len(["name"], name, 100, 1)
        duration = body.get("auto_archive_duration")
        if duration is not None:
            errors.choice(["auto_archive_duration"], duration, AUTO_ARCHIVE_DURATIONS)
        errors.int_range(["rate_limit_per_user"], body.get("rate_limit_per_user"), 0, 21600)
        for flag in ("archived", "locked", "invitable"):
            if body.get(flag) is not None and not isinstance(body.get(flag), bool):
                errors.add([flag], "BASE_TYPE_BAD_TYPE", "Must be a boolean.")
        if errors.tree:
            raise ApiError(400, 50035, "Invalid Form Body", errors.tree)

    async def thread_create(self, request: web.Request) -> web.Response:
        parent = self._channel(request)
        if parent.guild_id is None or parent.type not in (0, 5):
            raise ApiError(400, WRONG_CHANNEL_TYPE, "Cannot execute action on this channel type")
        perms = self.store.bot_permissions(parent)
        if not perms & VIEW_CHANNEL:
            raise missing_access()
        body: JSON = dict(request[JSON_KEY] or {})
        self._check_fields(body, creating=True)
        kind = body.get("type")
        if parent.type == 5:
            allowed = {10, None}
        else:
            allowed = {11, 12, None}
        if kind not in allowed:
            raise ApiError(400, 50035, "Invalid Form Body",
                           {"type": {"_errors": [{"code": "BASE_TYPE_CHOICES", "message": "Invalid thread type."}]}})
        private = parent.type == 0 and kind in (12, None)
        needed = CREATE_PRIVATE_THREADS if private else CREATE_PUBLIC_THREADS
        if not perms & needed:
            raise ApiError(403, MISSING_PERMISSIONS, "Missing Permissions")
        thread = self.store.add_thread(
            parent,
            str(body["name"]).strip(),
            private=private,
            owner_id=self.store.bot_user_id,
            auto_archive_duration=int(body.get("auto_archive_duration") or 4320),
            rate_limit_per_user=int(body.get("rate_limit_per_user") or 0),
        )
        self._dispatch_thread("THREAD_CREATE", thread, {"newly_created": True})
        return json_response(thread_payload(thread, self.store, member_of=self.store.bot_user_id), 201)

    async def channel_patch(self, request: web.Request) -> web.StreamResponse:
        chan = self._channel(request)
        if chan.type not in THREAD_TYPES:
            return await self.not_found(request)  # type: ignore[attr-defined, no-any-return]
        perms = self.store.bot_permissions(chan)
        if not perms & VIEW_CHANNEL:
            raise missing_access()
        body: JSON = {k: v for k, v in dict(request[JSON_KEY] or {}).items() if k in _EDITABLE}
        self._check_fields(body, creating=False)
        manage = bool(perms & MANAGE_THREADS)
        creator = chan.owner_id == self.store.bot_user_id
        unarchive = body.get("archived") is False
        if chan.archived and not unarchive:
            raise ApiError(400, THREAD_ARCHIVED, "Thread is archived")
        if unarchive and chan.archived and chan.locked and body.get("locked") is not False and not manage:
            raise missing_permissions()
        if "locked" in body and body["locked"] != chan.locked and not manage:
            raise missing_permissions()
        changes_owned = any(k in body for k in ("name", "auto_archive_duration")) or body.get("archived") is True
        if changes_owned and not (manage or creator):
            raise missing_permissions()
        if "rate_limit_per_user" in body and not manage:
            raise missing_permissions()
        if "name" in body:
            chan.name = str(body["name"]).strip()
        if body.get("auto_archive_duration") is not None:
            chan.auto_archive_duration = int(body["auto_archive_duration"])
            chan.archive_timestamp = _now()
        if body.get("rate_limit_per_user") is not None:
            chan.rate_limit_per_user = int(body["rate_limit_per_user"])
        if body.get("locked") is not None:
            chan.locked = bool(body["locked"])
        if body.get("archived") is not None and bool(body["archived"]) != chan.archived:
            chan.archived = bool(body["archived"])
            chan.archive_timestamp = _now()
        self._dispatch_thread("THREAD_UPDATE", chan)
        return json_response(thread_payload(chan, self.store, member_of=self.store.bot_user_id))

    def unarchive_on_post(self, chan: Channel) -> None:
        """A message to an archived (unlocked) thread brings it back, as on Discord."""
        if chan.type in THREAD_TYPES and chan.archived and not chan.locked:
            chan.archived = False
            chan.archive_timestamp = _now()
            self._dispatch_thread("THREAD_UPDATE", chan)

    async def active_threads(self, request: web.Request) -> web.Response:
        gid = int(request.match_info["guild"])
        self.store.require_guild(gid)
        threads = [
            t for t in self.store.threads(gid, archived=False) if self.store.bot_permissions(t) & VIEW_CHANNEL
        ]
        bot = self.store.bot_user_id
        members = [
            {"id": str(t.id), "user_id": str(bot), "join_timestamp": t.create_timestamp or "", "flags": 0}
            for t in threads if bot in t.member_ids
        ]
        return json_response(
            {"threads": [thread_payload(t, self.store) for t in threads], "members": members, "has_more": False}
        )
