"""Reading the pack's YAML files against the schema, with the file and line of every problem.

Each file is composed into nodes by the one YAML node reader (bot.yamlnodes.compose), and each
node is checked against its `Spec` (schema.py): a wrong type, an unknown or duplicate key, a
missing required key, a bad id, date or position (an episode the show's shape does not have) each
becomes a `Problem` naming the file
and the line. Reading never stops at the first problem: every value that fails is recorded as
`BAD` and the rest is still read, so one run reports everything.
"""

from __future__ import annotations

import datetime as _dt
from dataclasses import dataclass, replace
from pathlib import Path
from typing import Any

from yaml.nodes import MappingNode, Node, ScalarNode, SequenceNode

from bot.lazy_re import compile_later
from bot.lore.content.schema import OPTIONAL_FILES, TOP, Spec, mapping
from bot.show import NOTHING, Position, ShowShape, read_position
from bot.yamlnodes import BOOL_TAG, INT_TAG, NULL_TAG, STR_TAG, TIMESTAMP_TAG, YamlProblem, compose, describe

_ID_RE = compile_later(r"^[a-z0-9]+(?:-[a-z0-9]+)*$")
_DATE_RE = compile_later(r"^(\d{4})-(\d{2})(?:-(\d{2}))?$")

_KIND_NAMES = {
    "str": "text",
    "id": "an id",
    "ref": "an id",
    "date": "a date (YYYY-MM-DD or YYYY-MM)",
    "int": "an integer",
    "episode": "an episode (a number for season 1, or like S2E3)",
    "spoils": "a position (0 for nothing, a number for season 1, or like S2E3)",
    "enum": "one of the allowed values",
    "map": "a mapping",
    "list": "a list",
    "bool": "true or false",
}


@dataclass(frozen=True)
class Problem:
    path: str
    line: int | None
    message: str

    def __str__(self) -> str:
        if self.line is None:
            return f"{self.path}: {self.message}"
        return f"{self.path}:{self.line}: {self.message}"


class ContentError(Exception):
    """The pack is invalid; ``problems`` lists every problem found (sorted by file and line)."""

    def __init__(self, problems: list[Problem]) -> None:
        self.problems = problems
        super().__init__("\n".join(str(p) for p in problems))


class Record:
    """A validated mapping: values by key, plus the line of each key's value."""

    __slots__ = ("line", "lines", "values")

    def __init__(self, line: int) -> None:
        self.line = line
        self.values: dict[str, Any] = {}
        self.lines: dict[str, int] = {}

    def __getitem__(self, key: str) -> Any:
        return self.values.get(key)


class _Bad:
    """Marker for a value that failed validation (its problem is already recorded)."""

    def __repr__(self) -> str:
        return "<bad>"


BAD: Any = _Bad()


class Reader:
    """Reads files of one pack; `problems` and `refs` accumulate over every file read. Positions
    must be known to `shape` (the show's shape the pack is checked against)."""

    def __init__(self, shape: ShowShape) -> None:
        self.shape = shape
        self.problems: list[Problem] = []
        # (kind, id, path, line) of every reference
        self.refs: list[tuple[str, str, str, int]] = []
        self.path = ""

    def problem(self, line: int | None, message: str) -> None:
        self.problems.append(Problem(self.path, line, message))

    # -- document

    def read_file(self, path: Path, name: str) -> Any:
        self.path = str(path)
        try:
            text = path.read_text(encoding="utf-8")
        except FileNotFoundError:
            self.problem(None, "file is missing")
            return None
        except (OSError, UnicodeDecodeError) as exc:
            self.problem(None, f"cannot read file: {exc}")
            return None
        try:
            node = compose(text, bundled=True)
        except YamlProblem as exc:
            self.problem(exc.line, exc.message)
            return None
        key, spec, _ = TOP[name]
        if node is None:
            self.problem(1, f"file is empty; expected a mapping with the key '{key}'")
            return None
        top = self.value(node, mapping({key: spec}), "document")
        if not isinstance(top, Record):
            return None
        return top[key]

    def read_bundle(self, text: str, path: str) -> dict[str, Any]:
        """A whole pack in one file: one mapping with each file's top-level key (sources, show,
        people, ...), its problems named by that file's path and line. Returns what each file
        would hold (None where it failed)."""
        self.path = path
        out: dict[str, Any] = dict.fromkeys(TOP)
        try:
            node = compose(text, bundled=True)
        except YamlProblem as exc:
            self.problem(exc.line, exc.message)
            return out
        if node is None:
            self.problem(1, "file is empty; expected a mapping with the keys " + ", ".join(k for k, _, _ in TOP.values()))
            return out
        # What a folder may leave out (events.yaml), a one-file pack may too: each is the same pack.
        fields = {key: replace(spec, required=False) if name in OPTIONAL_FILES else spec for name, (key, spec, _) in TOP.items()}
        top = self.value(node, mapping(fields), "document")
        if isinstance(top, Record):
            for name, (key, _, _) in TOP.items():
                out[name] = top[key]
        return out

    # -- values

    def value(self, node: Node, spec: Spec, where: str) -> Any:
        line = node.start_mark.line + 1
        if isinstance(node, ScalarNode) and node.tag == NULL_TAG:
            if spec.nullable:
                return None
            self.problem(line, f"{where}: must not be null (expected {_KIND_NAMES[spec.kind]})")
            return BAD
        kind = spec.kind
        if kind == "map":
            return self.mapping(node, spec, where)
        if kind == "list":
            return self.sequence(node, spec, where)
        if not isinstance(node, ScalarNode):
            self.problem(line, f"{where}: expected {_KIND_NAMES[kind]}, got {describe(node)}")
            return BAD
        tag = node.tag
        raw: str = node.value
        if kind in ("episode", "spoils"):
            return self.position(raw, tag, kind, line, where)
        if kind == "int":
            if tag != INT_TAG:
                self.problem(line, f"{where}: expected {_KIND_NAMES[kind]}, got {describe(node)} {raw!r}")
                return BAD
            try:
                return int(raw.replace("_", ""), 0)
            except ValueError:
                self.problem(line, f"{where}: not an integer: {raw!r}")
                return BAD
        if kind == "bool":
            if tag != BOOL_TAG:
                self.problem(line, f"{where}: expected true or false, got {describe(node)} {raw!r}")
                return BAD
            return raw.lower() in ("true", "yes", "on", "y")
        if kind == "date":
            if tag not in (STR_TAG, TIMESTAMP_TAG) or not _valid_date(raw):
                self.problem(line, f"{where}: bad date {raw!r} (expected YYYY-MM-DD or YYYY-MM)")
                return BAD
            return raw
        if tag != STR_TAG:
            self.problem(line, f"{where}: expected {_KIND_NAMES[kind]}, got {describe(node)} {raw!r} (quote it)")
            return BAD
        text = raw.strip()
        if not text:
            self.problem(line, f"{where}: must not be empty")
            return BAD
        if kind in ("id", "ref"):
            if not _ID_RE.match(text):
                self.problem(line, f"{where}: bad id {text!r} (lowercase letters, digits and hyphens)")
                return BAD
            if kind == "ref":
                self.refs.append((spec.ref, text, self.path, line))
            return text
        if kind == "enum":
            if text not in spec.choices:
                allowed = ", ".join(sorted(spec.choices))
                self.problem(line, f"{where}: {text!r} is not allowed (one of: {allowed})")
                return BAD
            return text
        return text

    def position(self, raw: str, tag: str, kind: str, line: int, where: str) -> Any:
        """An `episode` (an episode of the show) or `spoils` (NOTHING or an episode): a bare number
        is season 1, text like S2E3 any season; either must be in the shape."""
        found: Position | None = None
        if tag == INT_TAG and raw.isdigit():
            found = Position.legacy(int(raw)) if int(raw) <= 99 else None
        elif tag == STR_TAG:
            found = read_position(raw)
        if found is None:
            self.problem(line, f"{where}: expected {_KIND_NAMES[kind]}, got {raw!r}")
            return BAD
        if found == NOTHING and kind == "episode":
            self.problem(line, f"{where}: an episode cannot be 0 (nothing)")
            return BAD
        if found != NOTHING and not self.shape.contains(found):
            self.problem(line, f"{where}: {found} ({found.typed_label}) is not in the show ({_known(self.shape, found)})")
            return BAD
        return found

    def sequence(self, node: Node, spec: Spec, where: str) -> Any:
        line = node.start_mark.line + 1
        if not isinstance(node, SequenceNode):
            self.problem(line, f"{where}: expected a list, got {describe(node)}")
            return BAD
        assert spec.item is not None
        if len(node.value) < spec.min_items:
            if spec.min_items == 1:
                self.problem(line, f"{where}: must not be empty")
            else:
                self.problem(line, f"{where}: needs at least {spec.min_items} items")
        out = []
        for i, child in enumerate(node.value):
            out.append(self.value(child, spec.item, f"{where}[{i}]"))
        return tuple(out)

    def mapping(self, node: Node, spec: Spec, where: str) -> Any:
        line = node.start_mark.line + 1
        if not isinstance(node, MappingNode):
            self.problem(line, f"{where}: expected a mapping, got {describe(node)}")
            return BAD
        assert spec.fields is not None
        rec = Record(line)
        seen: dict[str, int] = {}
        for key_node, value_node in node.value:
            key_line = key_node.start_mark.line + 1
            if not isinstance(key_node, ScalarNode):
                self.problem(key_line, f"{where}: keys must be plain names")
                continue
            key = str(key_node.value)
            if key in seen:
                self.problem(key_line, f"{where}: duplicate key '{key}' (first at line {seen[key]})")
                continue
            seen[key] = key_line
            fspec = spec.fields.get(key)
            if fspec is None:
                allowed = ", ".join(spec.fields)
                self.problem(key_line, f"{where}: unknown key '{key}' (allowed: {allowed})")
                continue
            label = key if where == "document" else f"{where}.{key}"
            value = self.value(value_node, fspec, label)
            rec.values[key] = value
            rec.lines[key] = value_node.start_mark.line + 1
            if fspec.kind == "id" and value is not BAD:
                rec.values["__id_line__"] = key_line
        for key, fspec in spec.fields.items():
            if fspec.required and key not in seen:
                self.problem(line, f"{where}: missing required key '{key}'")
        return rec


def _known(shape: ShowShape, position: Position) -> str:
    episodes = shape.episodes_in(position.season)
    if not episodes:
        return f"season {position.season} is not known"
    return f"season {position.season} has {len(episodes)} episodes"


def _valid_date(raw: str) -> bool:
    m = _DATE_RE.match(raw)
    if not m:
        return False
    year, month, day = int(m.group(1)), int(m.group(2)), m.group(3)
    if not 1 <= month <= 12:
        return False
    if day is not None:
        try:
            _dt.date(year, month, int(day))
        except ValueError:
            return False
    return True
