"""Discord's size limits, checked the way Discord checks them (400 50035 with an ``errors`` tree)."""

from __future__ import annotations

import re
from typing import Any

JSON = dict[str, Any]


class ApiError(Exception):
    """An error answer: HTTP status plus Discord's JSON error body."""

    def __init__(self, status: int, code: int, message: str, errors: JSON | None = None) -> None:
        super().__init__(f"{status} {code} {message}")
        self.status = status
        self.code = code
        self.message = message
        self.errors = errors

    def body(self) -> JSON:
        out: JSON = {"code": self.code, "message": self.message}
        if self.errors is not None:
            out["errors"] = self.errors
        return out


def not_found(code: int, what: str) -> ApiError:
    return ApiError(404, code, f"Unknown {what}")


UNKNOWN_CHANNEL = 10003
UNKNOWN_MESSAGE = 10008
UNKNOWN_MEMBER = 10007
UNKNOWN_GUILD = 10004
UNKNOWN_WEBHOOK = 10015
UNKNOWN_INTERACTION = 10062
MISSING_ACCESS = 50001
MISSING_PERMISSIONS = 50013
EMPTY_MESSAGE = 50006
INVALID_FORM_BODY = 50035
ALREADY_ACKNOWLEDGED = 40060


class _Errors:
    """Collects field errors into Discord's nested ``errors`` shape."""

    def __init__(self) -> None:
        self.tree: JSON = {}

    def add(self, path: list[str | int], code: str, message: str) -> None:
        node = self.tree
        for part in path:
            node = node.setdefault(str(part), {})
        node.setdefault("_errors", []).append({"code": code, "message": message})

    def max_len(self, path: list[str | int], value: Any, limit: int, minimum: int = 0) -> None:
        if value is None:
            return
        n = len(str(value))
        if n > limit or n < minimum:
            self.add(
                path,
                "BASE_TYPE_BAD_LENGTH",
                f"Must be between {minimum} and {limit} in length.",
            )

    def raise_if_any(self) -> None:
        if self.tree:
            raise ApiError(400, INVALID_FORM_BODY, "Invalid Form Body", self.tree)


def embed_length(embed: JSON) -> int:
    total = len(str(embed.get("title") or "")) + len(str(embed.get("description") or ""))
    total += len(str((embed.get("footer") or {}).get("text") or ""))
    total += len(str((embed.get("author") or {}).get("name") or ""))
    for f in embed.get("fields") or []:
        total += len(str(f.get("name") or "")) + len(str(f.get("value") or ""))
    return total


def _check_embeds(errs: _Errors, embeds: list[JSON]) -> None:
    if len(embeds) > 10:
        errs.add(["embeds"], "BASE_TYPE_MAX_LENGTH", "Must be 10 or fewer in length.")
    total = 0
    for i, embed in enumerate(embeds):
        base: list[str | int] = ["embeds", i]
        errs.max_len([*base, "title"], embed.get("title"), 256)
        errs.max_len([*base, "description"], embed.get("description"), 4096)
        footer = embed.get("footer") or {}
        errs.max_len([*base, "footer", "text"], footer.get("text"), 2048)
        author = embed.get("author") or {}
        errs.max_len([*base, "author", "name"], author.get("name"), 256)
        fields = embed.get("fields") or []
        if len(fields) > 25:
            errs.add([*base, "fields"], "BASE_TYPE_MAX_LENGTH", "Must be 25 or fewer in length.")
        for j, f in enumerate(fields):
            errs.max_len([*base, "fields", j, "name"], f.get("name"), 256, 1)
            errs.max_len([*base, "fields", j, "value"], f.get("value"), 1024, 1)
        total += embed_length(embed)
    if total > 6000:
        errs.add(["embeds"], "MAX_EMBED_SIZE_EXCEEDED", "Embed size exceeds maximum size of 6000")


def _check_components(errs: _Errors, components: list[JSON]) -> None:
    # Classic layout only: top-level action rows. Components v2 (flag 1<<15) is passed through
    # with only the custom_id checks.
    if len(components) > 5:
        errs.add(["components"], "BASE_TYPE_MAX_LENGTH", "Must be 5 or fewer in length.")
    seen: set[str] = set()
    for i, row in enumerate(components):
        children = row.get("components") or []
        if row.get("type") == 1:
            if not children:
                errs.add(["components", i, "components"], "BASE_TYPE_MIN_LENGTH", "Must be 1 or more.")
            if len(children) > 5:
                errs.add(
                    ["components", i, "components"], "BASE_TYPE_MAX_LENGTH", "Must be 5 or fewer in length."
                )
            if any(c.get("type") != 2 for c in children) and len(children) > 1:
                errs.add(
                    ["components", i, "components"],
                    "COMPONENT_LAYOUT_WIDTH_EXCEEDED",
                    "The specified component exceeds the maximum width",
                )
        for j, comp in enumerate(children):
            path: list[str | int] = ["components", i, "components", j]
            cid = comp.get("custom_id")
            if cid is not None:
                errs.max_len([*path, "custom_id"], cid, 100, 1)
                if cid in seen:
                    errs.add([*path, "custom_id"], "COMPONENT_CUSTOM_ID_DUPLICATED", "Duplicate custom_id")
                seen.add(cid)
            elif comp.get("type") == 2 and comp.get("style") not in (5, 6):
                errs.add([*path, "custom_id"], "BASE_TYPE_REQUIRED", "This field is required")
            if comp.get("type") == 2:
                errs.max_len([*path, "label"], comp.get("label"), 80)
            if comp.get("type") == 3:
                opts = comp.get("options") or []
                if not 1 <= len(opts) <= 25:
                    errs.add(
                        [*path, "options"], "BASE_TYPE_BAD_LENGTH", "Must be between 1 and 25 in length."
                    )
                for k, opt in enumerate(opts):
                    errs.max_len([*path, "options", k, "label"], opt.get("label"), 100, 1)
                    errs.max_len([*path, "options", k, "value"], opt.get("value"), 100, 1)
            if comp.get("placeholder") is not None:
                errs.max_len([*path, "placeholder"], comp.get("placeholder"), 150)


def validate_message(payload: JSON, *, n_files: int = 0, creating: bool = True) -> None:
    """Check a message create/edit body; raise ApiError like Discord would."""
    errs = _Errors()
    content = payload.get("content")
    errs.max_len(["content"], content, 2000)
    embeds = payload.get("embeds")
    if embeds:
        _check_embeds(errs, embeds)
    components = payload.get("components")
    if components:
        _check_components(errs, components)
    mentions = payload.get("allowed_mentions")
    if isinstance(mentions, dict):
        parse = mentions.get("parse") or []
        for kind in ("users", "roles"):
            if kind in parse and mentions.get(kind):
                errs.add(
                    ["allowed_mentions", kind],
                    "MESSAGE_ALLOWED_MENTIONS_PARSE_EXCLUSIVE",
                    f'parse:["{kind}"] and {kind}: [ids] are mutually exclusive.',
                )
            if len(mentions.get(kind) or []) > 100:
                errs.add(
                    ["allowed_mentions", kind], "BASE_TYPE_MAX_LENGTH", "Must be 100 or fewer in length."
                )
    errs.raise_if_any()
    if creating and not (content or embeds or n_files or components or payload.get("sticker_ids")):
        if not payload.get("poll"):
            raise ApiError(400, EMPTY_MESSAGE, "Cannot send an empty message")


def validate_choices(choices: list[JSON]) -> None:
    errs = _Errors()
    if len(choices) > 25:
        errs.add(["data", "choices"], "BASE_TYPE_MAX_LENGTH", "Must be 25 or fewer in length.")
    for i, choice in enumerate(choices):
        errs.max_len(["data", "choices", i, "name"], choice.get("name"), 100, 1)
        value = choice.get("value")
        if isinstance(value, str):
            errs.max_len(["data", "choices", i, "value"], value, 100)
    errs.raise_if_any()


_NAME = re.compile(r"^[-_\w]{1,32}$")


def _check_option_list(errs: _Errors, path: list[str | int], options: list[JSON]) -> None:
    if len(options) > 25:
        errs.add(path, "BASE_TYPE_MAX_LENGTH", "Must be 25 or fewer in length.")
    required_done = False
    names: set[str] = set()
    for i, opt in enumerate(options):
        p: list[str | int] = [*path, i]
        name = str(opt.get("name", ""))
        if not _NAME.match(name) or name != name.lower():
            errs.add([*p, "name"], "APPLICATION_COMMAND_INVALID_NAME", "Command name is invalid")
        if name in names:
            errs.add([*p, "name"], "APPLICATION_COMMAND_OPTIONS_NAME_ALREADY_EXISTS", "Duplicate name")
        names.add(name)
        errs.max_len([*p, "description"], opt.get("description"), 100, 1)
        choices = opt.get("choices") or []
        if len(choices) > 25:
            errs.add([*p, "choices"], "BASE_TYPE_MAX_LENGTH", "Must be 25 or fewer in length.")
        for k, ch in enumerate(choices):
            errs.max_len([*p, "choices", k, "name"], ch.get("name"), 100, 1)
        if opt.get("required"):
            if required_done:
                errs.add(
                    [*p, "required"],
                    "APPLICATION_COMMAND_OPTIONS_REQUIRED_INVALID",
                    "Required options must be placed before non-required options",
                )
        else:
            required_done = True
        if opt.get("type") in (1, 2):
            _check_option_list(errs, [*p, "options"], opt.get("options") or [])


def validate_commands(commands: list[JSON]) -> None:
    """Check a bulk-overwrite body (chat-input commands strictly; context menus by length)."""
    errs = _Errors()
    if len(commands) > 100:
        errs.add([], "BASE_TYPE_MAX_LENGTH", "Must be 100 or fewer in length.")
    seen: set[tuple[int, str]] = set()
    for i, cmd in enumerate(commands):
        kind = int(cmd.get("type", 1))
        name = str(cmd.get("name", ""))
        if kind == 1:
            if not _NAME.match(name) or name != name.lower():
                errs.add([i, "name"], "APPLICATION_COMMAND_INVALID_NAME", "Command name is invalid")
            errs.max_len([i, "description"], cmd.get("description"), 100, 1)
        else:
            errs.max_len([i, "name"], name, 32, 1)
        if (kind, name) in seen:
            errs.add(
                [i, "name"], "APPLICATION_COMMANDS_DUPLICATE_NAME", "Application command names must be unique"
            )
        seen.add((kind, name))
        _check_option_list(errs, [i, "options"], cmd.get("options") or [])
    errs.raise_if_any()
