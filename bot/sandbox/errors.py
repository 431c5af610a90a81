"""Discord's error answers: the JSON codes (developers/topics/opcodes-and-status-codes.mdx) and the
nested ``errors`` tree of 400 50035 "Invalid Form Body"."""

from __future__ import annotations

from typing import Any

JSON = dict[str, Any]

UNKNOWN_CHANNEL = 10003
UNKNOWN_GUILD = 10004
UNKNOWN_MEMBER = 10007
UNKNOWN_MESSAGE = 10008
UNKNOWN_EMOJI = 10014
UNKNOWN_WEBHOOK = 10015
UNKNOWN_INTERACTION = 10062
MAX_REACTIONS = 30010
OPENING_DMS_TOO_FAST = 40003
ALREADY_ACKNOWLEDGED = 40060
MISSING_ACCESS = 50001
CANNOT_EDIT_OTHERS_MESSAGE = 50005
EMPTY_MESSAGE = 50006
CANNOT_DM_USER = 50007
MISSING_PERMISSIONS = 50013
WRONG_CHANNEL_TYPE = 50024
INVALID_WEBHOOK_TOKEN = 50027
INVALID_FORM_BODY = 50035
NO_MUTUAL_GUILDS = 50278
THREAD_LOCKED = 160005


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


def missing_access() -> ApiError:
    return ApiError(403, MISSING_ACCESS, "Missing Access")


def missing_permissions() -> ApiError:
    return ApiError(403, MISSING_PERMISSIONS, "Missing Permissions")


Path = list[str | int]


class FormErrors:
    """Collects field errors into Discord's nested ``errors`` shape."""

    def __init__(self) -> None:
        self.tree: JSON = {}

    def add(self, path: Path, code: str, message: str) -> None:
        node = self.tree
        for part in path:
            node = node.setdefault(str(part), {})
        node.setdefault("_errors", []).append({"code": code, "message": message})

    def max_len(self, path: Path, value: Any, limit: int, minimum: int = 0) -> None:
        if value is None:
            return
        n = len(str(value))
        if n > limit or n < minimum:
            self.add(path, "BASE_TYPE_BAD_LENGTH", f"Must be between {minimum} and {limit} in length.")

    def count(self, path: Path, items: Any, limit: int, minimum: int = 0) -> None:
        if not isinstance(items, list):
            return
        if len(items) > limit:
            self.add(path, "BASE_TYPE_MAX_LENGTH", f"Must be {limit} or fewer in length.")
        elif len(items) < minimum:
            self.add(path, "BASE_TYPE_MIN_LENGTH", f"Must be {minimum} or more in length.")

    def int_range(self, path: Path, value: Any, low: int, high: int) -> None:
        if value is None:
            return
        if isinstance(value, bool) or not isinstance(value, int):
            self.add(path, "NUMBER_TYPE_COERCE", f"Value {value!r} is not int.")
        elif not low <= value <= high:
            code = "NUMBER_TYPE_MAX" if value > high else "NUMBER_TYPE_MIN"
            self.add(path, code, f"int value should be between {low} and {high}.")

    def choice(self, path: Path, value: Any, allowed: frozenset[int] | set[int]) -> None:
        if value not in allowed:
            self.add(path, "BASE_TYPE_CHOICES", f"Value must be one of {sorted(allowed)}.")

    def required(self, path: Path, value: Any) -> None:
        if value is None or value == "":
            self.add(path, "BASE_TYPE_REQUIRED", "This field is required")

    def raise_if_any(self) -> None:
        if self.tree:
            raise ApiError(400, INVALID_FORM_BODY, "Invalid Form Body", _pruned(self.tree))


def _pruned(node: JSON) -> JSON:
    """A node reports either its own ``_errors`` or its children's, never both (Discord's shape)."""
    if "_errors" in node:
        return {"_errors": node["_errors"]}
    return {key: _pruned(child) for key, child in node.items()}


def form_error(path: Path, code: str, message: str) -> ApiError:
    errs = FormErrors()
    errs.add(path, code, message)
    return ApiError(400, INVALID_FORM_BODY, "Invalid Form Body", errs.tree)
