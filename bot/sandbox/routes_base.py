"""What the REST route groups share: the JSON answer, request keys, and building and editing messages
(mentions resolved against the author's permissions, embeds and files gated by them)."""

from __future__ import annotations

from collections.abc import Awaitable, Callable
from typing import Any

from aiohttp import web

from bot.clock import Clock

from .components import as_stored
from .errors import EMPTY_MESSAGE, ApiError
from .interactions import InteractionRecord, Interactions
from .limits import SUPPRESS_EMBEDS, validate_message
from .models import JSON, MENTION_EVERYONE, Attachment, Channel, Message, SandboxError, encoded
from .ratelimit import RateLimiter
from .state import Store

EPHEMERAL = 1 << 6
LOADING = 1 << 7

JSON_KEY: web.RequestKey[Any] = web.RequestKey("sandbox_json", Any)
FILES_KEY: web.RequestKey[list[Attachment]] = web.RequestKey("sandbox_files", list)
BODY_KEY: web.ResponseKey[Any] = web.ResponseKey("sandbox_body", object)

Handler = Callable[[web.Request], Awaitable[web.StreamResponse]]


def json_response(body: Any, status: int = 200, headers: dict[str, str] | None = None) -> web.Response:
    """JSON with Content-Type exactly application/json (discord.py compares it literally)."""
    out = {"Content-Type": "application/json"}
    if headers:
        out.update(headers)
    response = web.Response(body=encoded(body).encode(), status=status, headers=out)
    response[BODY_KEY] = body
    return response


def stored_embeds(embeds: Any) -> list[JSON]:
    """Embeds as Discord keeps them: of type "rich" whatever the sender said (developers/resources/
    message.mdx, Create Message limitations)."""
    return [{**e, "type": "rich"} for e in embeds or [] if isinstance(e, dict)]


class RoutesBase:
    """State every route group reads, and the message helpers they share."""

    store: Store
    clock: Clock
    interactions: Interactions
    limiter: RateLimiter
    interaction_deadline: float
    nonce_window: float

    def _channel(self, request: web.Request) -> Channel:
        return self.store.channel(int(request.match_info["channel"]))

    def _mention_rights(self, chan: Channel) -> tuple[bool, frozenset[str]]:
        """Whether the bot may ping @everyone here, and which role mentions cannot ping."""
        if chan.guild_id is None:
            return False, frozenset()
        can_everyone = bool(self.store.bot_permissions(chan) & MENTION_EVERYONE)
        if can_everyone:
            return True, frozenset()
        roles = self.store.guild_roles.get(chan.guild_id, {}).values()
        return False, frozenset(str(r.id) for r in roles if not r.mentionable)

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
        everyone, unpingable = self._mention_rights(chan)
        return Message(
            id=self.store.new_id(),
            channel_id=chan.id,
            guild_id=chan.guild_id,
            author_id=self.store.bot_user_id,
            content=str(body.get("content") or ""),
            embeds=stored_embeds(body.get("embeds")),
            components=as_stored(list(body.get("components") or [])),
            attachments=self._attachments(chan.id, body, files, []),
            ephemeral=ephemeral,
            flags=flags,
            nonce=body.get("nonce"),
            allowed_mentions=body.get("allowed_mentions"),
            interaction_id=interaction.id if interaction else None,
            webhook_id=self.store.application_id if interaction else None,
            tts=bool(body.get("tts", False)),
            loading=loading,
            can_mention_everyone=everyone,
            unpingable_roles=unpingable,
        )

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
        self,
        msg: Message,
        body: JSON,
        files: list[Attachment],
        *,
        loading_done: bool = False,
        strip_embeds: bool = False,
    ) -> Message:
        validate_message(body, n_files=len(files), creating=False)
        changes: dict[str, Any] = {}
        if "content" in body:
            changes["content"] = str(body["content"] or "")
        if "embeds" in body:
            changes["embeds"] = [] if strip_embeds else stored_embeds(body["embeds"])
        if "components" in body:
            changes["components"] = as_stored(list(body["components"] or []))
        if "content" in body or "allowed_mentions" in body:
            # developers/resources/message.mdx (Edit Message): mentions are rebuilt from the new
            # content with the edit's allowed_mentions, or the defaults when it has none.
            changes["allowed_mentions"] = body.get("allowed_mentions")
            chan = self.store.channels.get(msg.channel_id)
            if chan is not None:
                changes["can_mention_everyone"], changes["unpingable_roles"] = self._mention_rights(chan)
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
        after = {
            "content": changes.get("content", msg.content),
            "embeds": changes.get("embeds", msg.embeds),
            "components": changes.get("components", msg.components),
            "attachments": changes.get("attachments", msg.attachments),
        }
        if not any(after.values()):
            raise ApiError(400, EMPTY_MESSAGE, "Cannot send an empty message")
        return self.store.replace_message(msg, **changes)

    @staticmethod
    def _fail_reply(rec: InteractionRecord, exc: ApiError, what: str) -> None:
        """Remember a rejected answer; an autocomplete the user never sees fails the test now."""
        rec.last_error = exc
        if rec.type == 4 and not rec.reply.done():
            rec.reply.set_exception(SandboxError(f"{what} rejected: {exc} {exc.errors}"))
