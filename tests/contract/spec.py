"""Discord's OpenAPI spec as a contract: each recorded exchange's request and answer checked against it.

The spec (../shared/reference/discord-api-spec/openapi.json, found beside the repository or an
ancestor folder of it) is loaded once. Each operation's request and response schemas compile
lazily with fastjsonschema, once per session; the generated code is cached on disk by the
spec's digest, so later sessions only import it.

``SpecContract.check(rec)`` returns the violations of one exchange:
- ``route``: a path/method the spec does not have;
- ``query``: a query parameter the operation does not declare;
- ``request``: a body the operation's request schema rejects;
- ``rejected``: a request the strict local Discord answered 400 (a documented limit the spec's
  schemas do not carry, such as 6000 characters of embeds or the component rules);
- ``response``: an answer the operation's response schema rejects, unless ALLOWED_DIFFERENCES
  explains it.
"""

from __future__ import annotations

import fcntl
import hashlib
import json
import marshal
import os
import re
import sys
import tempfile
import time
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import fastjsonschema
import orjson

from bot.sandbox import RecordedRequest

REPO = Path(__file__).resolve().parents[2]
SPEC_PATH = Path("shared/reference/discord-api-spec/openapi.json")

@dataclass(frozen=True)
class Difference:
    """A known difference between Discord as it really behaves and the spec, with its reason.

    ``rewrite`` turns a body Discord accepts (or sends) into the spec's form before validation."""

    name: str
    kind: str  # "request" or "response"
    reason: str
    rewrite: Callable[[Any], Any]


def _upload_ids_as_strings(body: Any) -> Any:
    def fix(items: Any) -> Any:
        if not isinstance(items, list):
            return items
        return [{**a, "id": str(a["id"])} if isinstance(a, dict) and isinstance(a.get("id"), int) else a for a in items]

    if not isinstance(body, dict):
        return body
    out = {**body, "attachments": fix(body["attachments"])} if "attachments" in body else dict(body)
    data = out.get("data")
    if isinstance(data, dict) and "attachments" in data:
        out["data"] = {**data, "attachments": fix(data["attachments"])}
    return out


def _ids_as_strings(body: Any) -> Any:
    """recipient_id, allowed_mentions.users/roles and a reply's message_reference ids (top level, or in a
    callback's data)."""
    if not isinstance(body, dict):
        return body
    out = dict(body)
    if isinstance(out.get("recipient_id"), int):
        out["recipient_id"] = str(out["recipient_id"])
    mentions = out.get("allowed_mentions")
    if isinstance(mentions, dict):
        out["allowed_mentions"] = {
            **mentions,
            **{k: [str(i) for i in mentions[k]] for k in ("users", "roles") if isinstance(mentions.get(k), list)},
        }
    reference = out.get("message_reference")
    if isinstance(reference, dict):
        out["message_reference"] = {k: str(v) if k.endswith("_id") and isinstance(v, int) else v for k, v in reference.items()}
    if isinstance(out.get("data"), dict):
        out["data"] = _ids_as_strings(out["data"])
    return out


def _numeric_codes(tree: Any) -> Any:
    """An error answer with its nested ``_errors`` codes read as 0."""
    if not isinstance(tree, dict):
        return tree
    out: dict[str, Any] = {}
    for key, value in tree.items():
        if key == "_errors" and isinstance(value, list):
            out[key] = [
                {**e, "code": 0} if isinstance(e, dict) and isinstance(e.get("code"), str) else e for e in value
            ]
        else:
            out[key] = _numeric_codes(value)
    return out


def _forwards_as_replies(body: Any) -> Any:
    """A message (or a list of them, or a request) whose `message_reference` is a forward (type 1) with
    its type read as 0: the spec's MessageReferenceType lists DEFAULT only; a reply's `referenced_message`
    (a forward answered) too."""
    if isinstance(body, list):
        return [_forwards_as_replies(item) for item in body]
    if isinstance(body, dict) and isinstance(body.get("referenced_message"), dict):
        body = {**body, "referenced_message": _forwards_as_replies(body["referenced_message"])}
    reference = body.get("message_reference") if isinstance(body, dict) else None
    if not isinstance(reference, dict) or reference.get("type") != 1:
        return body
    return {**body, "message_reference": {**reference, "type": 0}}


#: The allowlist: every known difference, applied before validation. Keep it short.
ALLOWED_DIFFERENCES: tuple[Difference, ...] = (
    Difference(
        "upload ids are integers",
        "request",
        "discord.py numbers new uploads 0, 1, ... in `attachments` as JSON integers, as Discord's own "
        "upload example does (developers/reference.mdx, Uploading Files); the spec types them as "
        "snowflake strings",
        _upload_ids_as_strings,
    ),
    Difference(
        "ids are integers",
        "request",
        "discord.py sends user, role and message ids as JSON integers (recipient_id, allowed_mentions.users "
        "and .roles, a reply's message_reference); Discord reads a snowflake given as an integer or a string "
        "(developers/reference.mdx, Snowflakes); the spec lists only the string form",
        _ids_as_strings,
    ),
    Difference(
        "field error codes are strings",
        "response",
        "Discord's nested `_errors` carry string codes such as BASE_TYPE_REQUIRED "
        "(developers/reference.mdx, error example) where the spec's Error schema says integer",
        _numeric_codes,
    ),
    *(Difference(
        "forwards",
        kind,
        "a forward is a message_reference of type 1, FORWARD (developers/resources/message.mdx, Message "
        "Reference Types; discord.py's Message.forward sends it); the spec's MessageReferenceType has only 0",
        _forwards_as_replies,
    ) for kind in ("request", "response")),
)


def _rewritten(kind: str, body: Any) -> Any:
    for difference in ALLOWED_DIFFERENCES:
        if difference.kind == kind:
            body = difference.rewrite(body)
    return body


def find_spec() -> Path | None:
    """../shared/... beside the repository (or beside one of its ancestor folders), if present."""
    for folder in (REPO.parent, *REPO.parents[1:]):
        candidate = folder / SPEC_PATH
        if candidate.is_file():
            return candidate
    return None


@dataclass(frozen=True)
class Violation:
    kind: str
    method: str
    path: str
    status: int
    where: str
    message: str

    def __str__(self) -> str:
        at = f" at {self.where}" if self.where else ""
        return f"{self.kind}: {self.method} {self.path} -> {self.status}{at}: {self.message}"


@dataclass
class Operation:
    op_id: str
    method: str
    template: str
    regex: re.Pattern[str]
    literal_segments: int
    request: Any
    responses: dict[str, Any]
    query: frozenset[str]


Validator = Callable[[Any], Any]

_FORMATS: dict[str, Any] = {
    "int32": lambda v: True,
    "int64": lambda v: True,
    "double": lambda v: True,
    "nonce": lambda v: True,
    "snowflake": lambda v: isinstance(v, str) and re.fullmatch(r"0|[1-9][0-9]*", v) is not None,
    # The spec's "uri" fields hold what Discord itself puts there, not always RFC 3986 URIs.
    "uri": lambda v: True,
}


def _consts_as_enums(node: Any) -> Any:
    """The spec with each ``oneOf`` of distinct constants (its 91 enumerations: message types,
    option types, ...) written as the ``enum`` it means. The same values pass; fastjsonschema then
    checks one membership instead of trying every constant and raising an error for each miss,
    which was most of the contract's cost."""
    if isinstance(node, list):
        return [_consts_as_enums(item) for item in node]
    if not isinstance(node, dict):
        return node
    out = {key: _consts_as_enums(value) for key, value in node.items()}
    choices = out.get("oneOf")
    if isinstance(choices, list) and choices and all(isinstance(c, dict) and "const" in c for c in choices):
        values = [c["const"] for c in choices]
        if len({json.dumps(v, sort_keys=True) for v in values}) == len(values):
            del out["oneOf"]
            out["enum"] = values
    return out


#: A string of a snowflake's digits as a value in compact JSON (a key is followed by its colon).
_SNOWFLAKE_VALUE = re.compile(r'"[1-9][0-9]{14,19}"(?!:)')
#: A whole string value that is a UTC timestamp whose time of day is a valid one (no leap second): the date and the
#: fraction's length are kept, the time read as midnight, which passes or fails the same `date-time` checks.
_TIME_OF_DAY = re.compile(r'(?<=[:,\[])("\d{4}-\d\d-\d\dT)(?:[01]\d|2[0-3]):[0-5]\d:[0-5]\d(\.\d+)?(\+00:00")(?!:)')


def _midnight(match: re.Match[str]) -> str:
    fraction = match[2] or ""
    return f"{match[1]}00:00:00{fraction[:1]}{'0' * (len(fraction) - 1)}{match[3]}"


def _keyed(value: Any) -> str:
    """`value` as canonical JSON text (keys sorted, compact, what JSON cannot hold as its `str`), the judged-bodies
    key: orjson, in a fifth of `json.dumps`'s CPU on each of the suite's exchanges; what orjson refuses (an integer
    past 64 bits, a key it cannot write, a lone surrogate) goes to `json.dumps`. Only ever compared with itself."""
    try:
        return orjson.dumps(value, default=str, option=orjson.OPT_SORT_KEYS | orjson.OPT_NON_STR_KEYS).decode()
    except TypeError:  # orjson.JSONEncodeError
        return json.dumps(value, sort_keys=True, separators=(",", ":"), default=str)

#: Part of each compiled validator's cache key: a change to how the spec is rewritten recompiles.
_REWRITE = "consts-as-enums-1"


class SpecContract:
    def __init__(self, spec: dict[str, Any], digest: str) -> None:
        self.spec = spec = _consts_as_enums(spec)
        self.digest = digest
        self.components = spec["components"]
        self.operations: dict[str, list[Operation]] = {}
        self._validators: dict[tuple[str, bool], Validator] = {}
        # Verdicts by schema and body: every test bot syncs the same commands and is answered the
        # same way, and a body already judged need not be judged again.
        self._judged: dict[tuple[str, bytes], str | None] = {}
        self.compile_seconds = 0.0
        for template, item in spec["paths"].items():
            shared_params = item.get("parameters") or []
            for method, op in item.items():
                if method == "parameters":
                    continue
                self.operations.setdefault(method.upper(), []).append(
                    self._operation(template, method.upper(), op, shared_params)
                )
        for ops in self.operations.values():
            # "@original" beats "{message_id}": literal segments first.
            ops.sort(key=lambda o: -o.literal_segments)

    @classmethod
    def load(cls, path: Path) -> SpecContract:
        raw = path.read_bytes()
        return cls(json.loads(raw), hashlib.sha256(raw).hexdigest()[:16])

    def _operation(self, template: str, method: str, op: dict[str, Any], shared: list[Any]) -> Operation:
        pattern = "^" + re.sub(r"\\\{[^}]+\\\}", "[^/]+", re.escape(template)) + "$"
        literal = sum(1 for part in template.split("/") if part and not part.startswith("{"))
        body = (op.get("requestBody") or {}).get("content", {}).get("application/json", {}).get("schema")
        responses: dict[str, Any] = {}
        for status, answer in (op.get("responses") or {}).items():
            if "$ref" in answer:
                answer = self.components["responses"][answer["$ref"].rsplit("/", 1)[1]]
            responses[status] = (answer.get("content") or {}).get("application/json", {}).get("schema")
        params = [*shared, *(op.get("parameters") or [])]
        query = frozenset(p["name"] for p in params if p.get("in") == "query")
        return Operation(op["operationId"], method, template, re.compile(pattern), literal, body, responses, query)

    def match(self, method: str, path: str) -> Operation | None:
        for op in self.operations.get(method, []):
            if op.regex.match(path):
                return op
        return None

    # ---- validators ----------------------------------------------------------------------
    def _validator(self, key: str, schema: Any, *, detailed: bool = False) -> Validator:
        """A validator that raises on the first error; only a `detailed` one's error says where and why.
        Detail costs: each raise carries its schema with every $ref expanded, a megabyte of source
        for a message's schema, 0.2 CPU-s to compile instead of 0.06."""
        found = self._validators.get((key, detailed))
        if found is None:
            found = self._validators[key, detailed] = self._load_or_compile(key, schema, detailed)
        return found

    def _load_or_compile(self, key: str, schema: Any, detailed: bool) -> Validator:
        started = time.perf_counter()
        name = "v_" + hashlib.sha256(f"{self.digest}:{_REWRITE}:{key}:{detailed}".encode()).hexdigest()[:20]
        py = f"{sys.version_info[0]}{sys.version_info[1]}"
        cache = Path(tempfile.gettempdir()) / f"hyosan-spec-validators-{fastjsonschema.VERSION}-py{py}"
        file = cache / f"{name}.marshal"
        code = None
        if not file.exists():
            cache.mkdir(parents=True, exist_ok=True)
            # On a cold cache (CI's) pytest-xdist's workers meet the same first routes together: one
            # compiles (up to a CPU-second for a message's schema), the others wait and load its file.
            with open(cache / f"{name}.lock", "w") as lock:
                fcntl.flock(lock, fcntl.LOCK_EX)
                if not file.exists():
                    source = fastjsonschema.compile_to_code(
                        {**schema, "components": self.components}, formats=_FORMATS, detailed_exceptions=detailed
                    )
                    tmp = file.with_suffix(f".{os.getpid()}.tmp")
                    code = compile(source, name, "exec")
                    tmp.write_bytes(marshal.dumps(code))
                    tmp.replace(file)
        if code is None:
            code = marshal.loads(file.read_bytes())
        namespace: dict[str, Any] = {}
        exec(code, namespace)
        validate = namespace["validate"]
        self.compile_seconds += time.perf_counter() - started
        return lambda value: validate(value, custom_formats=_FORMATS)

    def _check(self, key: str, schema: Any, value: Any) -> str | None:
        """The first error of ``value`` against ``schema``: 'path: message', or None."""
        body = _keyed(value)
        # Judged by its shape: each sandbox gives new ids, so the same commands synced by every test
        # bot came back a new body each time and were validated again (a third of a test bot's CPU).
        # A snowflake's digits pass or fail no schema; its length is kept, keys are left as they are. Nor does a
        # message's timestamp, the local Discord's wall clock to the microsecond: it made every message a new body
        # (the /cast, /character and /episode oracle's 1,222 answers: 943 shapes once read at midnight).
        shape = _SNOWFLAKE_VALUE.sub(lambda m: '"1' + "0" * (len(m[0]) - 3) + '"', body)
        shape = (_TIME_OF_DAY.sub(_midnight, shape) if "+00:00" in shape else shape).encode()
        seen = (key, hashlib.blake2b(shape, digest_size=16).digest())
        if seen in self._judged:
            return self._judged[seen]
        verdict: str | None = None
        try:
            self._validator(key, schema)(value)
        except fastjsonschema.JsonSchemaValueException:
            # Rare (a violation, or a test of the checker): the detailed validator says where and why.
            verdict = "|fails its schema"
            try:
                self._validator(key, schema, detailed=True)(value)
            except fastjsonschema.JsonSchemaValueException as exc:
                where = ".".join(str(p) for p in exc.path[1:])
                verdict = f"{where}|{exc.message}"
        self._judged[seen] = verdict
        return verdict

    # ---- one exchange --------------------------------------------------------------------
    def check(self, rec: RecordedRequest, *, answer_only: bool = False) -> list[Violation]:
        """The exchange's violations; with `answer_only`, only the answer's (a request sent wrong on
        purpose is not judged: the detailed validator its failure needs costs a CPU-fifth)."""
        out: list[Violation] = []

        def add(kind: str, where: str, message: str) -> None:
            out.append(Violation(kind, rec.method, rec.path, rec.status, where, message))

        op = self.match(rec.method, rec.path)
        if op is None:
            if not answer_only:
                add("route", "", "not in Discord's API")
            return out
        if answer_only:
            return self._check_response(op, rec)
        for name in rec.query:
            if name not in op.query:
                add("query", name, f"{op.op_id} takes no query parameter {name!r}")
        if op.request is not None and rec.json is not None:
            error = self._check(f"{op.op_id}:request", op.request, _rewritten("request", rec.json))
            if error is not None:
                where, message = error.split("|", 1)
                add("request", where, message)
        if rec.status == 400 and not rec.injected:
            body = rec.response if isinstance(rec.response, dict) else {}
            add("rejected", "", f"{body.get('code')} {body.get('message')} {json.dumps(body.get('errors'))[:300]}")
        out.extend(self._check_response(op, rec))
        return out

    def _check_response(self, op: Operation, rec: RecordedRequest) -> list[Violation]:
        status = str(rec.status)
        key = status if status in op.responses else f"{status[0]}XX"
        if key not in op.responses or rec.response is None:
            return []
        schema = op.responses[key]
        if schema is None:
            return []
        error = self._check(f"{op.op_id}:{key}", schema, _rewritten("response", rec.response))
        if error is None:
            return []
        where, message = error.split("|", 1)
        return [Violation("response", rec.method, rec.path, rec.status, where, message)]
