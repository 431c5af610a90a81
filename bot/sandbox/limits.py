"""Message bodies checked the way Discord checks them (400 50035 with an ``errors`` tree).

Sources: developers/resources/message.mdx (Create Message: content 2000, nonce up to 25
characters, flags that may be set; embed limits), developers/components/reference.mdx
(components.py), developers/interactions/receiving-and-responding.mdx (autocomplete choices).
"""

from __future__ import annotations

from typing import Any

from .components import IS_COMPONENTS_V2, check_message_components
from .errors import (
    ALREADY_ACKNOWLEDGED,
    EMPTY_MESSAGE,
    INVALID_FORM_BODY,
    MISSING_ACCESS,
    MISSING_PERMISSIONS,
    UNKNOWN_CHANNEL,
    UNKNOWN_GUILD,
    UNKNOWN_INTERACTION,
    UNKNOWN_MEMBER,
    UNKNOWN_MESSAGE,
    UNKNOWN_WEBHOOK,
    ApiError,
    FormErrors,
    Path,
    not_found,
)

JSON = dict[str, Any]

__all__ = [
    "ALREADY_ACKNOWLEDGED",
    "EMPTY_MESSAGE",
    "INVALID_FORM_BODY",
    "MISSING_ACCESS",
    "MISSING_PERMISSIONS",
    "UNKNOWN_CHANNEL",
    "UNKNOWN_GUILD",
    "UNKNOWN_INTERACTION",
    "UNKNOWN_MEMBER",
    "UNKNOWN_MESSAGE",
    "UNKNOWN_WEBHOOK",
    "ApiError",
    "embed_length",
    "not_found",
    "validate_choices",
    "validate_message",
]

SUPPRESS_EMBEDS = 1 << 2
EPHEMERAL = 1 << 6
SUPPRESS_NOTIFICATIONS = 1 << 12
IS_VOICE_MESSAGE = 1 << 13
#: Flags a new channel message may carry (Create Message, JSON/Form Params).
CHANNEL_FLAGS = SUPPRESS_EMBEDS | SUPPRESS_NOTIFICATIONS | IS_VOICE_MESSAGE | IS_COMPONENTS_V2
#: Flags an interaction response or followup may carry (Interaction Callback Data, Messages).
INTERACTION_FLAGS = CHANNEL_FLAGS | EPHEMERAL
#: The only flag a DEFERRED_CHANNEL_MESSAGE_WITH_SOURCE (5) may carry.
DEFER_FLAGS = EPHEMERAL
_EMBED_URL_SCHEMES = ("http://", "https://")
_MEDIA_URL_SCHEMES = ("http://", "https://", "attachment://")
INT64 = (-(2**63), 2**63 - 1)


def embed_length(embed: JSON) -> int:
    total = len(str(embed.get("title") or "")) + len(str(embed.get("description") or ""))
    total += len(str((embed.get("footer") or {}).get("text") or ""))
    total += len(str((embed.get("author") or {}).get("name") or ""))
    for f in embed.get("fields") or []:
        total += len(str(f.get("name") or "")) + len(str(f.get("value") or ""))
    return total


def _check_url(errs: FormErrors, path: Path, url: Any, schemes: tuple[str, ...]) -> None:
    if url is None:
        return
    if not isinstance(url, str) or not url.startswith(schemes) or len(url) <= len("https://"):
        errs.add(path, "URL_TYPE_INVALID_URL", "Not a well formed URL.")
    errs.max_len(path, url, 2048)


def _check_embeds(errs: FormErrors, embeds: list[JSON]) -> None:
    errs.count(["embeds"], embeds, 10)
    total = 0
    for i, embed in enumerate(embeds):
        base: Path = ["embeds", i]
        if not isinstance(embed, dict):
            errs.add(base, "DICT_TYPE_CONVERT", "Only dictionaries may be used in a DictType")
            continue
        errs.max_len([*base, "title"], embed.get("title"), 256)
        errs.max_len([*base, "description"], embed.get("description"), 4096)
        errs.int_range([*base, "color"], embed.get("color"), 0, 0xFFFFFF)
        _check_url(errs, [*base, "url"], embed.get("url"), _EMBED_URL_SCHEMES)
        footer = embed.get("footer") or {}
        errs.max_len([*base, "footer", "text"], footer.get("text"), 2048)
        _check_url(errs, [*base, "footer", "icon_url"], footer.get("icon_url"), _MEDIA_URL_SCHEMES)
        author = embed.get("author") or {}
        errs.max_len([*base, "author", "name"], author.get("name"), 256)
        _check_url(errs, [*base, "author", "url"], author.get("url"), _EMBED_URL_SCHEMES)
        _check_url(errs, [*base, "author", "icon_url"], author.get("icon_url"), _MEDIA_URL_SCHEMES)
        for media in ("image", "thumbnail"):
            block = embed.get(media) or {}
            _check_url(errs, [*base, media, "url"], block.get("url"), _MEDIA_URL_SCHEMES)
        fields = embed.get("fields") or []
        errs.count([*base, "fields"], fields, 25)
        for j, f in enumerate(fields):
            errs.max_len([*base, "fields", j, "name"], f.get("name"), 256, 1)
            errs.required([*base, "fields", j, "name"], f.get("name"))
            errs.max_len([*base, "fields", j, "value"], f.get("value"), 1024, 1)
            errs.required([*base, "fields", j, "value"], f.get("value"))
        total += embed_length(embed)
    if total > 6000:
        errs.add(["embeds"], "MAX_EMBED_SIZE_EXCEEDED", "Embed size exceeds maximum size of 6000")


def _check_nonce(errs: FormErrors, nonce: Any) -> None:
    if nonce is None:
        return
    if isinstance(nonce, bool) or not isinstance(nonce, int | str):
        errs.add(["nonce"], "BASE_TYPE_BAD_TYPE", "Nonce must be an integer or a string.")
    elif isinstance(nonce, int):
        errs.int_range(["nonce"], nonce, *INT64)
    else:
        errs.max_len(["nonce"], nonce, 25)


def _check_mentions(errs: FormErrors, mentions: Any) -> None:
    if not isinstance(mentions, dict):
        return
    parse = mentions.get("parse") or []
    for value in parse:
        if value not in ("users", "roles", "everyone"):
            errs.add(["allowed_mentions", "parse"], "BASE_TYPE_CHOICES", "Value must be one of ('users', 'roles', 'everyone').")
    for kind in ("users", "roles"):
        if kind in parse and mentions.get(kind):
            errs.add(
                ["allowed_mentions", kind],
                "MESSAGE_ALLOWED_MENTIONS_PARSE_EXCLUSIVE",
                f'parse:["{kind}"] and {kind}: [ids] are mutually exclusive.',
            )
        errs.count(["allowed_mentions", kind], mentions.get(kind), 100)


def validate_message(
    payload: JSON, *, n_files: int = 0, creating: bool = True, allowed_flags: int | None = None
) -> None:
    """Check a message create/edit body; raise ApiError like Discord would.

    ``allowed_flags``: the flags the route accepts (None: edits, where unsupported flag changes
    are ignored without error).
    """
    errs = FormErrors()
    content = payload.get("content")
    errs.max_len(["content"], content, 2000)
    embeds = payload.get("embeds")
    if embeds:
        _check_embeds(errs, embeds)
    flags = payload.get("flags") or 0
    if isinstance(flags, bool) or not isinstance(flags, int):
        errs.add(["flags"], "NUMBER_TYPE_COERCE", f"Value {flags!r} is not int.")
        flags = 0
    elif allowed_flags is not None and flags & ~allowed_flags:
        errs.add(["flags"], "MESSAGE_FLAGS_INVALID", f"Flags {flags & ~allowed_flags} may not be set here.")
    components = payload.get("components")
    if components:
        check_message_components(errs, components, flags)
    if flags & IS_COMPONENTS_V2:
        for field in ("content", "embeds", "poll", "sticker_ids"):
            if payload.get(field):
                errs.add([field], "MESSAGE_CANNOT_USE_LEGACY_FIELDS_WITH_COMPONENTS_V2", "The 'content', 'embeds', 'stickers' and 'poll' fields cannot be used with IS_COMPONENTS_V2")
    _check_mentions(errs, payload.get("allowed_mentions"))
    _check_nonce(errs, payload.get("nonce"))
    errs.count(["sticker_ids"], payload.get("sticker_ids"), 3)
    errs.count(["attachments"], payload.get("attachments"), 10)
    if n_files > 10:
        errs.add(["files"], "BASE_TYPE_MAX_LENGTH", "Must be 10 or fewer in length.")
    reference = payload.get("message_reference")
    if reference is not None and (not isinstance(reference, dict) or "message_id" not in reference):
        errs.add(["message_reference", "message_id"], "BASE_TYPE_REQUIRED", "This field is required")
    errs.raise_if_any()
    if creating and not (content or embeds or n_files or components or payload.get("sticker_ids")):
        if not payload.get("poll") and (reference or {}).get("type") != 1:  # a forward's text is its snapshot
            raise ApiError(400, EMPTY_MESSAGE, "Cannot send an empty message")


def validate_choices(choices: list[JSON]) -> None:
    """An APPLICATION_COMMAND_AUTOCOMPLETE_RESULT's choices: at most 25, names and values 1-100."""
    errs = FormErrors()
    errs.count(["data", "choices"], choices, 25)
    for i, choice in enumerate(choices):
        errs.max_len(["data", "choices", i, "name"], choice.get("name"), 100, 1)
        value = choice.get("value")
        if isinstance(value, str):
            errs.max_len(["data", "choices", i, "value"], value, 100)
    errs.raise_if_any()
