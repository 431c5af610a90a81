"""Red-DiscordBot's own upload rules, for `hyosan trivia check --red`: would `[p]triviaset custom
upload` accept this file?

Red reads an upload with PyYAML's safe_load and checks the value against its list schema
(redbot/cogs/trivia/schema.py, schema 0.7.7). Reimplemented here on the same value
(`bot.yamlnodes.python_value`: merge keys applied, the last of duplicate keys kept, as safe_load
does), rule for rule:
- the document is a mapping;
- `$schema` is text; AUTHOR is text of 1 to 1000 characters; DESCRIPTION text of 1 to 200;
- CONFIG is a mapping of known keys only: `max_score` a whole number of at least 1 (true is not
  one); `timeout` a finite number above 0, `delay` at least 4, `payout_multiplier` at least 0 (for
  these three Red takes true as 1 and false as 0, as Python does); `bot_plays`, `reveal_answer`,
  `use_spoilers` true or false;
- every other key is text (a question), and its value a list whose items are each text, a whole
  number, a number or true/false (an empty list passes; null, a date, a list or a mapping does not);
- at least one question.
Red also refuses an upload named like one of its own lists or a trivia subcommand; that is about
the file's name, not its content, so it is not checked here (Red's 54 lists would fail by name).
hyosan reads the file within its own safety limits first. Past a limit Red does not have (the
file's size, the alias budget, a UTF-16 file) nothing is judged (`NotJudged`); past one whose
files Red refuses anyway (not UTF-8 text, a NUL byte, YAML errors, nesting no valid list has,
an alias loop) the file is refused with hyosan's message.
"""

from __future__ import annotations

import codecs
import datetime as dt
import math
from collections.abc import Callable, Hashable
from typing import Any

import yaml
from yaml.nodes import MappingNode, Node, ScalarNode

from bot.trivia.listbytes import decode, size_problem
from bot.trivia.listparts import ALIAS_BUDGET, MAX_BYTES, ListError, NotJudged
from bot.yamlnodes import AliasBudgetExceeded, YamlProblem, compose, line_of, python_value

RED_AUTHOR_LIMIT = 1000
RED_DESCRIPTION_LIMIT = 200
RED_RESERVED_KEYS = ("$schema", "AUTHOR", "DESCRIPTION", "CONFIG")
_TEXT_LIMITS = {"AUTHOR": RED_AUTHOR_LIMIT, "DESCRIPTION": RED_DESCRIPTION_LIMIT}


def _number(value: object) -> float | None:
    """Red's int_or_float: an int (bool included, as in Python) or a float, finite."""
    if isinstance(value, int | float) and math.isfinite(value):
        return float(value)
    return None


def _flag(value: object) -> bool:
    return isinstance(value, bool)


def _max_score(value: object) -> bool:
    return isinstance(value, int) and not isinstance(value, bool) and value >= 1


def _at_least(low: float, *, strictly: bool = False) -> Callable[[object], bool]:
    def check(value: object) -> bool:
        number = _number(value)
        return number is not None and (number > low if strictly else number >= low)

    return check


_CONFIG_RULES: dict[str, tuple[Callable[[object], bool], str]] = {
    "max_score": (_max_score, "must be a whole number of at least 1"),
    "timeout": (_at_least(0.0, strictly=True), "must be a number above 0"),
    "delay": (_at_least(4.0), "must be a number of at least 4"),
    "bot_plays": (_flag, "must be true or false"),
    "reveal_answer": (_flag, "must be true or false"),
    "payout_multiplier": (_at_least(0.0), "must be a number of at least 0"),
    "use_spoilers": (_flag, "must be true or false"),
}


def red_accepts_setting(key: str, value: object) -> bool:
    """Whether Red's upload accepts `key: value` in CONFIG."""
    rule = _CONFIG_RULES.get(key)
    return rule is not None and rule[0](value)


def _is_answer(item: object) -> bool:
    # text, int, bool (an int in Python) and float; a date (an unquoted 2015-01-01) or null is not
    return isinstance(item, str | int | float)


class _Lines:
    """Where each key of a mapping was written last (safe_load keeps the last of duplicates)."""

    def __init__(self, node: Node) -> None:
        self.lines: dict[Hashable, int] = {}
        self.written: dict[Hashable, str] = {}
        if isinstance(node, MappingNode):
            for key, _ in node.value:
                if isinstance(key, ScalarNode):
                    value = python_value(key)
                    if isinstance(value, Hashable):
                        self.lines[value] = line_of(key)
                        self.written[value] = str(key.value)

    def at(self, key: object, message: str) -> str:
        line = self.lines.get(key) if isinstance(key, Hashable) else None
        return f"line {line}: {message}" if line is not None else message


def _config_problems(value: object, node: Node | None, where: _Lines) -> list[str]:
    if not isinstance(value, dict):
        return [where.at("CONFIG", "CONFIG must be a 'key: value' mapping")]
    inner = _Lines(node) if node is not None else _Lines(MappingNode("", []))
    problems = []
    for key, setting in value.items():
        rule = _CONFIG_RULES.get(key) if isinstance(key, str) else None
        if rule is None:
            problems.append(inner.at(key, f"{key!r} is not a key that can be given in CONFIG"))
        elif not rule[0](setting):
            problems.append(inner.at(key, f"{key!r} in CONFIG {rule[1]}, not {setting!r}"))
    return problems


def _value_node(root: Node, key: str) -> Node | None:
    if not isinstance(root, MappingNode):
        return None
    found = None
    for k, v in root.value:
        if isinstance(k, ScalarNode) and k.value == key:
            found = v
    return found


def red_problems(data: Any, root: Node) -> list[str]:
    """Every rule of Red's upload check the value breaks (empty: Red accepts it)."""
    if not isinstance(data, dict):
        return ["a trivia list must be a 'key: value' mapping"]
    where = _Lines(root)
    problems: list[str] = []
    questions = 0
    for key, value in data.items():
        if key == "$schema":
            if not isinstance(value, str):
                problems.append(where.at(key, "$schema must be text"))
        elif key in _TEXT_LIMITS:
            limit = _TEXT_LIMITS[key]
            if not (isinstance(value, str) and 1 <= len(value) <= limit):
                problems.append(where.at(key, f"{key} must be text of 1 to {limit} characters, not {_describe(value)}"))
        elif key == "CONFIG":
            problems.extend(_config_problems(value, _value_node(root, "CONFIG"), where))
        elif not isinstance(key, str):
            problems.append(where.at(key, f"the question {where.written.get(key, repr(key))!r} is not text (YAML reads it as {_describe(key)})"))
        else:
            questions += 1
            if not (isinstance(value, list) and all(_is_answer(item) for item in value)):
                problems.append(where.at(key, f"the value of question {key!r} is not a list of text values (answers)"))
    if questions == 0:
        problems.append("the list has no questions")
    return problems


def _describe(value: object) -> str:
    if isinstance(value, str):
        return f"{len(value)} characters" if value else "empty text"
    if value is None:
        return "null"
    if isinstance(value, bool):
        return "true/false"
    if isinstance(value, int | float):
        return "a number"
    if isinstance(value, dt.date):
        return "a date"
    return "a list" if isinstance(value, list) else "a mapping"


def check_red(data: bytes, *, max_bytes: int = MAX_BYTES) -> list[str]:
    """Red's verdict on an upload: the rules it breaks (empty: accepted). Raise NotJudged when
    hyosan's own limits keep it from reading a file Red might accept."""
    if len(data) > max_bytes or data.startswith((codecs.BOM_UTF16_LE, codecs.BOM_UTF16_BE)):
        raise NotJudged(size_problem(len(data), max_bytes) if len(data) > max_bytes else "the file is UTF-16 text")
    try:
        text = decode(data, max_bytes=max_bytes)
    except ListError as exc:
        return exc.problems
    try:
        root = compose(text, alias_budget=ALIAS_BUDGET)
    except AliasBudgetExceeded as exc:
        raise NotJudged(str(exc)) from None
    except YamlProblem as exc:
        return [str(exc)]
    if root is None:
        return ["a trivia list must be a 'key: value' mapping (the file is empty)"]
    try:
        value = python_value(root)
    except yaml.YAMLError as exc:  # an unhashable key, a bad merge: Red's safe_load fails the same way
        return [f"YAML could not build the list: {' '.join(str(exc).split())}"]
    return red_problems(value, root)
