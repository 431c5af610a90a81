"""The one YAML reader: a node tree with line numbers, never Python objects built by YAML.

Both the content pack (bot/lore) and trivia lists (bot/trivia) read YAML through `compose` and
check the nodes themselves, so every problem can name its line. Untrusted text (an uploaded list)
goes through `SafeNodeLoader`, which bounds nesting depth and refuses aliases (so no "billion
laughs"), or, with `alias_budget=N` (trivia lists, as Red reads them), lets aliases through as long
as everything they repeat adds up to at most N nodes: an alias counts the whole subtree it stands
for, nested aliases included, so a bomb is refused at the alias that crosses the budget, before
anything walks it; an alias to a node that contains it is refused. Files shipped with the bot
(`bundled=True`) take libyaml's fast composer when present; untrusted text takes libyaml's
scanner and parser under PyYAML's composer (the nodes are the same; a syntax error is libyaml's
wording).
Scalars stay the text the author wrote; callers decide per field whether they want that text
(question, answers) or the YAML 1.1 value (CONFIG numbers and flags). `yaml11_trap` tells when
YAML 1.1 would have read a plain scalar as something other than its text (007 -> 7, 1:30 -> 90,
yes -> True, 2015-01-01 -> a date, ~ -> null).
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

import yaml
from yaml.composer import Composer
from yaml.constructor import SafeConstructor
from yaml.events import AliasEvent, MappingStartEvent, SequenceStartEvent
from yaml.nodes import MappingNode, Node, ScalarNode, SequenceNode
from yaml.resolver import Resolver

from bot.lazy_re import compile_later

MAX_DEPTH = 32


STR_TAG = "tag:yaml.org,2002:str"
SEQ_TAG = "tag:yaml.org,2002:seq"
MAP_TAG = "tag:yaml.org,2002:map"
NULL_TAG = "tag:yaml.org,2002:null"
BOOL_TAG = "tag:yaml.org,2002:bool"
INT_TAG = "tag:yaml.org,2002:int"
FLOAT_TAG = "tag:yaml.org,2002:float"
TIMESTAMP_TAG = "tag:yaml.org,2002:timestamp"

# YAML 1.2 (and most other parsers) read these as numbers although PyYAML's 1.1 resolver does not.
_YAML12_NUMBER = compile_later(r"^[-+]?(\.[0-9]+|[0-9]+(\.[0-9]*)?)([eE][-+]?[0-9]+)$|^0o[0-7]+$")
# Other YAML 1.1 parsers also read y/n as booleans.
_YAML11_EXTRA_BOOL = {"y", "Y", "n", "N"}


class YamlProblem(Exception):
    """The document could not be read; `line` is 1-based when known."""

    def __init__(self, message: str, line: int | None = None) -> None:
        self.message = message
        self.line = line
        super().__init__(f"line {line}: {message}" if line is not None else message)


# libyaml's scanner and parser with PyYAML's own composer above them, when PyYAML has libyaml: the
# events come several times faster and `SafeNodeLoader` still sees every node as it is composed.
_EVENTS: Any = yaml.SafeLoader  # (without libyaml: the pure-Python parser, slower, the same nodes)
_C_PARSER: Any = getattr(getattr(yaml, "cyaml", None), "CParser", None)
if _C_PARSER is not None:

    class _CEvents(Composer, _C_PARSER, SafeConstructor, Resolver):  # type: ignore[misc]
        def __init__(self, stream: str) -> None:
            _C_PARSER.__init__(self, stream)
            Composer.__init__(self)
            SafeConstructor.__init__(self)
            Resolver.__init__(self)

    _EVENTS = _CEvents


class SafeNodeLoader(_EVENTS):  # type: ignore[misc]
    """SafeLoader that composes nodes with depth bounded and aliases refused, or (`alias_budget`)
    allowed while the nodes they repeat stay within the budget."""

    def __init__(self, stream: str, alias_budget: int | None = None) -> None:
        super().__init__(stream)
        self._depth = 0
        self._alias_budget = alias_budget
        self._repeated = 0
        self._open: list[Any] = []  # anchors of the collections being composed
        self._sizes: dict[int, int] = {}

    def _peek(self) -> Any:
        return self.peek_event()

    def _size(self, node: Node) -> int:
        """How many nodes `node` stands for once every alias inside it is written out."""
        known = self._sizes.get(id(node))
        if known is not None:
            return known
        size = 1
        if isinstance(node, SequenceNode):
            size += sum(self._size(item) for item in node.value)
        elif isinstance(node, MappingNode):
            size += sum(self._size(key) + self._size(value) for key, value in node.value)
        self._sizes[id(node)] = size
        return size

    def _alias(self) -> None:
        event = self._peek()
        line = event.start_mark.line + 1
        if self._alias_budget is None:
            raise YamlProblem("YAML aliases (*name) are not allowed; write the value out in full", line)
        target = self.anchors.get(event.anchor)
        if target is None:
            return  # PyYAML reports the undefined alias itself
        if event.anchor in self._open:
            raise YamlProblem(f"the alias *{event.anchor} refers to a value that contains it (a loop)", line)
        self._repeated += self._size(target)
        if self._repeated > self._alias_budget:
            raise AliasBudgetExceeded(
                f"the aliases repeat more than {self._alias_budget} values in all (at *{event.anchor}); "
                "write the values out, or use fewer aliases",
                line,
            )

    def compose_node(self, parent: Node | None, index: Any) -> Node | None:
        if self.check_event(AliasEvent):
            self._alias()
        nesting = self.check_event(MappingStartEvent) or self.check_event(SequenceStartEvent)
        if nesting:
            self._depth += 1
            if self._depth > MAX_DEPTH:
                raise YamlProblem(
                    f"nested more than {MAX_DEPTH} levels deep", self._peek().start_mark.line + 1
                )
        try:
            node: Node | None = super().compose_node(parent, index)
            return node
        finally:
            if nesting:
                self._depth -= 1

    def compose_sequence_node(self, anchor: Any) -> SequenceNode:
        self._open.append(anchor)  # PyYAML registers the anchor before the children:
        try:  # an alias to an open anchor is a loop (a second anchor of one name is refused)
            node: SequenceNode = super().compose_sequence_node(anchor)
            return node
        finally:
            self._open.pop()

    def compose_scalar_node(self, anchor: Any) -> ScalarNode:
        node: ScalarNode = super().compose_scalar_node(anchor)
        node.style = node.style or None  # libyaml says "" for a plain scalar, PyYAML None
        return node

    def compose_mapping_node(self, anchor: Any) -> MappingNode:
        self._open.append(anchor)
        try:
            node: MappingNode = super().compose_mapping_node(anchor)
            return node
        finally:
            self._open.pop()


class AliasBudgetExceeded(YamlProblem):
    """The aliases repeat more values than the budget allows (the document itself may be fine)."""


_BUNDLED_LOADER: Any = getattr(yaml, "CSafeLoader", yaml.SafeLoader)


def compose(text: str, *, bundled: bool = False, alias_budget: int | None = None) -> Node | None:
    """Compose one YAML document into nodes; raise YamlProblem with a line on any fault.

    `bundled=True` is for files shipped with the bot: trusted, so read with the fast composer.
    `alias_budget`: aliases allowed while they repeat at most that many nodes (None: refused)."""
    loader: Any = None
    try:  # (the loader reads the text as it is made: a control character is refused right there)
        loader = _BUNDLED_LOADER(text) if bundled else SafeNodeLoader(text, alias_budget)
        node: Node | None = loader.get_single_node()
        return node
    except YamlProblem:
        raise
    except yaml.MarkedYAMLError as exc:
        mark = exc.problem_mark or exc.context_mark
        problem = exc.problem or exc.context or "invalid YAML"
        if "expected a single document" in (exc.context or ""):
            problem = "more than one YAML document in the file (remove the extra ---)"
        raise YamlProblem(f"YAML syntax error: {problem}", mark.line + 1 if mark else None) from None
    except yaml.reader.ReaderError as exc:
        code = exc.character if isinstance(exc.character, int) else ord(str(exc.character)[:1] or "\0")
        # (the position counts characters of the text: a line and column are what an author finds it by)
        if not 0 <= exc.position <= len(text):
            raise YamlProblem(f"a character YAML does not allow (U+{code:04X}, a control character): remove it") from None
        column = exc.position - text.rfind("\n", 0, exc.position)
        raise YamlProblem(
            f"a character YAML does not allow (U+{code:04X}, a control character), column {column}: remove it",
            text.count("\n", 0, exc.position) + 1,
        ) from None
    except yaml.YAMLError as exc:
        raise YamlProblem(f"invalid YAML: {exc}") from None
    except RecursionError:
        raise YamlProblem(f"nested more than {MAX_DEPTH} levels deep") from None
    finally:
        if loader is not None:
            loader.dispose()


def python_value(node: Node) -> Any:
    """The Python value PyYAML's safe_load gives the document `node` (what Red-DiscordBot checks):
    merge keys applied, the last of duplicate keys kept, aliases shared (never copied)."""
    loader = yaml.SafeLoader("")
    try:
        return loader.construct_document(node)
    finally:
        if loader is not None:
            loader.dispose()


def plain_value(node: Node | None) -> Any:
    """The document as Python values, scalars typed as YAML 1.1 reads them except timestamps,
    which stay the text written (a date a person typed is checked by whoever reads it, with a
    message of its own, instead of failing here: 2026-13-45 is no day). Keys are their text."""
    if node is None:
        return None
    if isinstance(node, MappingNode):
        return {str(key.value) if isinstance(key, ScalarNode) else describe(key): plain_value(value) for key, value in node.value}
    if isinstance(node, SequenceNode):
        return [plain_value(item) for item in node.value]
    assert isinstance(node, ScalarNode)
    if node.tag == TIMESTAMP_TAG:
        return str(node.value)
    return typed_value(node)


def line_of(node: Node) -> int:
    return int(node.start_mark.line) + 1


def is_plain(node: ScalarNode) -> bool:
    return node.style is None


def typed_value(node: ScalarNode) -> object:
    """The value YAML 1.1 (PyYAML's safe_load) would give this scalar."""
    if not is_plain(node):
        return str(node.value)
    loader = yaml.SafeLoader("")
    try:
        value = loader.construct_object(node, deep=True)
        str(value)  # an integer of thousands of digits cannot be read or printed (Python's limit): ValueError
        return value
    except (yaml.YAMLError, ValueError):
        return str(node.value)
    finally:
        if loader is not None:
            loader.dispose()


@dataclass(frozen=True)
class Trap:
    """A plain scalar that YAML 1.1 (or a YAML 1.2 parser) would not read as its text."""

    text: str
    reading: str


def yaml11_trap(node: ScalarNode) -> Trap | None:
    """Describe how a plain scalar would be misread, or None when it reads as its own text."""
    if not is_plain(node):
        return None
    text = str(node.value)
    tag = node.tag
    if tag == STR_TAG:
        if _YAML12_NUMBER.match(text):
            return Trap(text, "a number (YAML 1.2)")
        if text in _YAML11_EXTRA_BOOL:
            return Trap(text, "a boolean (some YAML 1.1 parsers)")
        return None
    value = typed_value(node)
    if tag == NULL_TAG:
        return Trap(text, "null (no value)")
    if tag == BOOL_TAG:
        return Trap(text, f"the boolean {value} (YAML 1.1)")
    if tag == TIMESTAMP_TAG:
        return Trap(text, f"a date ({value!s})")
    if tag in (INT_TAG, FLOAT_TAG):
        if str(value) != text:
            return Trap(text, f"the number {value} (YAML 1.1)")
        return None
    return Trap(text, f"a value of type {tag.rsplit(':', 1)[-1]}")


def kind_of(node: Node) -> str:
    """The node's shape for a message: a mapping, a list or text."""
    if isinstance(node, MappingNode):
        return "a mapping"
    if isinstance(node, SequenceNode):
        return "a list"
    return "text"


_SCALAR_KINDS = {
    STR_TAG: "text", INT_TAG: "an integer", NULL_TAG: "null", BOOL_TAG: "a boolean", FLOAT_TAG: "a number",
    TIMESTAMP_TAG: "a date",
}


def describe(node: Node) -> str:
    """The node's shape and, for a scalar, the type YAML 1.1 gives it (for "expected X, got Y")."""
    if not isinstance(node, ScalarNode):
        return kind_of(node)
    return _SCALAR_KINDS.get(node.tag, node.tag.rsplit(":", 1)[-1])
