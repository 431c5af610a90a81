"""Mistakes of hand-written Red lists that YAML reads without complaint, said as what the author
meant and how to write it (bot/trivia/redformat.py asks before reading a key as a question):

- CONFIG's settings written under it without their indent ("CONFIG:" then "max_score: 15"): YAML
  reads an empty CONFIG and questions named after settings;
- questions grouped in sections ("Geography:" with questions indented below): Red has no sections (read as the
  questions below each heading by bot/trivia/sections.py; said here only where that could not be done);
- a quiz sheet's labels ("Question: What is the capital of Fiji?" then "Answer: Suva") mixed into a Red list
  (a file of labels alone is read by bot/trivia/labelled.py);
- the same question written twice but for capitals or spaces ("What is the capital of Peru?" and
  "what is the capital of peru?"): a game would ask it twice;
- what a question or the list spoils, written as a key ("SPOILS: S1E6", "- spoils: S1E3" among the
  answers): Red's format has no place for it, hyosan's has.
"""

from __future__ import annotations

from yaml.nodes import MappingNode, Node, ScalarNode, SequenceNode

from bot.lazy_re import compile_later
from bot.text import as_shown
from bot.trivia.listparts import RED_CONFIG, short
from bot.yamlnodes import NULL_TAG, line_of

_SPACES = compile_later(r"\s+")
_BEFORE_MARK = compile_later(r"\s+(?=[?!.:,])")


def empty(node: Node) -> bool:
    """A value written as nothing ("CONFIG:" alone on its line)."""
    return isinstance(node, ScalarNode) and node.style is None and node.tag == NULL_TAG and node.value in ("", "~", "null")


def unindented_setting(key: ScalarNode, value: Node, config_empty: bool) -> str | None:
    """What to write when a top-level key is one of CONFIG's settings with a single value, after an
    empty CONFIG (or with no CONFIG at all): the setting indented under CONFIG."""
    name = str(key.value)
    if name not in RED_CONFIG or not isinstance(value, ScalarNode):
        return None
    where = "indent it under CONFIG" if config_empty else "put it under a CONFIG: line, indented"
    return f"{name!r} is a CONFIG setting, not a question: {where} (write '  {name}: {value.value}')"


def section(key: ScalarNode, value: Node) -> str | None:
    """What to write when a key holds questions of its own (a mapping whose values are answer lists)."""
    if not isinstance(value, MappingNode) or not value.value:
        return None
    held = [k for k, v in value.value if isinstance(k, ScalarNode) and isinstance(v, SequenceNode)]
    if len(held) * 2 < len(value.value):
        return None
    return (
        f"{short(str(key.value))!r} is a section holding questions (from line {line_of(value)}); a Red list has no "
        f"sections or categories: remove the '{short(str(key.value))}:' line and start each question below it at "
        "the beginning of its line, or make each category a list of its own"
    )


def question_form(text: str) -> str:
    """A question as a reader compares two: capitals, runs of spaces, spaces before a mark and characters no one
    sees (a zero-width space in a copied key) aside."""
    return _BEFORE_MARK.sub("", _SPACES.sub(" ", as_shown(text).strip())).casefold()


_QUESTION_LABELS = frozenset({"question", "q", "questions"})
_ANSWER_LABELS = frozenset({"answer", "a", "answers", "ans"})


def labelled(key: ScalarNode, value: Node) -> str | None:
    """What to write when a key labels a question or an answer as a quiz sheet does ("Question: ...",
    "Answer: ...") rather than being the question."""
    label = str(key.value).strip().casefold()
    if not isinstance(value, ScalarNode) or empty(value) or label not in _QUESTION_LABELS | _ANSWER_LABELS:
        return None
    said = short(str(value.value).strip())
    if label in _QUESTION_LABELS:
        return (
            f"'{key.value}:' labels a question as a quiz sheet does; in a Red list the question itself is the key: "
            f"write '{said}:' on its own line, its answers below it ('- answer')"
        )
    return f"'{key.value}:' labels an answer; write it below its question as '- {said}'"


_SPOIL_LABELS = frozenset({"spoils", "spoil", "spoiler", "spoilers", "episode", "ep", "스포", "스포일러", "회차"})
_SPOILS_IN_HYOSAN = (
    "Red's format cannot say what a question spoils; hyosan's can: write the list in hyosan's format "
    "(`hyosan: 1`, then `questions:` with `spoils: S1E3` on each question; /trivia export any list to start from one)"
)


def spoiler_label(key: ScalarNode, value: Node) -> tuple[Node, str] | None:
    """Where a Red list tries to say what it spoils, and what to write instead: a top-level
    "SPOILS: S1E6" (a setting, not a question), or "- spoils: S1E3" among a question's answers."""
    if isinstance(value, ScalarNode) and str(key.value).strip().casefold() in _SPOIL_LABELS:
        return key, f"'{key.value}: {short(str(value.value))}' is not a question: {_SPOILS_IN_HYOSAN}"
    if isinstance(value, SequenceNode):
        for item in value.value:
            if isinstance(item, MappingNode) and len(item.value) == 1:
                label, said = item.value[0]
                if isinstance(label, ScalarNode) and str(label.value).strip().casefold() in _SPOIL_LABELS:
                    what = short(str(said.value)) if isinstance(said, ScalarNode) else ""
                    return item, f"'- {label.value}: {what}' is not an answer: {_SPOILS_IN_HYOSAN}"
    return None
