"""A quiz site's row read as a sheet's (bot/trivia/entries.py reads it after): choices each marked right or wrong
(`"choices": [{"text": "Na-yeon", "correct": true}, ...]`, as quiz makers export a multiple-choice question) give
the right ones as its answers and the others as wrong answers, never accepted; a question given as an object with
its text (The Trivia API's `"question": {"text": ...}`) is that text. Any other row is left as it is."""

from __future__ import annotations

from yaml.nodes import MappingNode, Node, ScalarNode, SequenceNode

from bot.trivia.listparts import key_form
from bot.yamlnodes import SEQ_TAG, STR_TAG

#: The field holding a question's options, and in an option the field of its text and the one saying it is right.
_OPTIONS = frozenset({"choices", "options", "answers", "answer options", "answer choices", "alternatives"})
_TEXT = frozenset({"text", "answer", "label", "value", "option", "choice", "content", "title"})
_RIGHT = frozenset({"correct", "is correct", "iscorrect", "right", "is right", "correct answer", "is answer"})
_QUESTION = frozenset({"question", "prompt", "q", "question text"})
_SAYS_YES = frozenset({"true", "yes", "1", "y"})


def _form(key: Node) -> str:
    return key_form(str(key.value)) if isinstance(key, ScalarNode) else ""


def _fields(node: Node) -> dict[str, Node] | None:
    if not isinstance(node, MappingNode):
        return None
    return {_form(k): v for k, v in node.value}


def _option(node: Node) -> tuple[ScalarNode, bool] | None:
    """An option's text and whether it is marked right; None when it is not such an option."""
    fields = _fields(node)
    if fields is None:
        return None
    text = next((v for k, v in fields.items() if k in _TEXT and isinstance(v, ScalarNode)), None)
    right = next((v for k, v in fields.items() if k in _RIGHT and isinstance(v, ScalarNode)), None)
    if text is None or right is None:
        return None
    return text, str(right.value).strip().casefold() in _SAYS_YES


def _key(name: str, like: Node) -> ScalarNode:
    return ScalarNode(STR_TAG, name, like.start_mark, like.end_mark)


def quiz_row(node: MappingNode) -> MappingNode:
    """The row with marked choices as its answers and wrong answers, and its question object as its text."""
    pairs: list[tuple[Node, Node]] = []
    changed = False
    for key, value in node.value:
        form = _form(key)
        inner = _fields(value) if form in _QUESTION else None
        text = None if inner is None else inner.get("text")
        options = [_option(o) for o in value.value] if form in _OPTIONS and isinstance(value, SequenceNode) else []
        if isinstance(text, ScalarNode):
            pairs.append((key, text))
        elif options and all(o is not None for o in options) and any(o[1] for o in options if o is not None):
            marked = [o for o in options if o is not None]
            for name, right in (("answers", True), ("incorrect answers", False)):
                texts: list[Node] = [t for t, r in marked if r is right]
                pairs.append((_key(name, key), SequenceNode(SEQ_TAG, texts, value.start_mark, value.end_mark)))
        else:
            pairs.append((key, value))
            continue
        changed = True
    return MappingNode(node.tag, pairs, node.start_mark, node.end_mark) if changed else node


def no_right_choice(node: Node) -> bool:
    """Whether the row's choices are each marked, and none of them right (a quiz site's question saved unfinished)."""
    fields = _fields(node) or {}
    options = [_option(o) for k, v in fields.items() if k in _OPTIONS and isinstance(v, SequenceNode) for o in v.value]
    return bool(options) and all(o is not None and not o[1] for o in options)
