"""Red-DiscordBot's list format, read the way hyosan imports it (bot/trivia/lists.py decides the
format; bot/trivia/redrules.py is Red's own upload check, for `hyosan trivia check --red`).

A Red list is a YAML mapping: optional `$schema`, AUTHOR, DESCRIPTION and CONFIG, then every other
key is a question whose value is the list of accepted answers (the first is the one shown). Where
Red's reader (PyYAML's safe_load) would quietly pick one of two things, hyosan picks the same or
the safer one and says so in a warning: a second AUTHOR, DESCRIPTION or CONFIG (or key inside
CONFIG) replaces the first, as in Red; a repeated question keeps its first copy. An answer that no
guess could ever match (`~`, empty) is an error.
"""

from __future__ import annotations

from collections.abc import Callable

from yaml.nodes import MappingNode, Node, ScalarNode, SequenceNode
from yaml.resolver import Resolver

from bot.show import NOTHING, Position, PositionError, parse_position, read_position
from bot.text import NUMBER_WORDS
from bot.trivia.episodelabels import comment_beside, comment_over, in_season, label
from bot.trivia.laterseason import beyond, said_season, season_named, storable
from bot.trivia.listconfig import MAX_ANSWER_SECONDS, MAX_IDLE_SECONDS, MIN_ANSWER_SECONDS, MIN_IDLE_SECONDS
from bot.trivia.listparts import (
    MAX_QUESTION_CHARS,
    MAX_QUESTIONS,
    RED_CONFIG,
    RED_META_KEYS,
    Collector,
    imported_id,
    short,
    unbarred,
)
from bot.trivia.model import Question, TriviaList
from bot.trivia.redmistakes import empty, labelled, question_form, section, spoiler_label, unindented_setting
from bot.trivia.sections import sections_read
from bot.trivia.titlespan import title_span
from bot.yamlnodes import BOOL_TAG, FLOAT_TAG, INT_TAG, NULL_TAG, kind_of, line_of, typed_value

SCHEMA_KEY = "$schema"
_MERGE_TAG = "tag:yaml.org,2002:merge"


_CONFIG_TAGS = {"bool": (BOOL_TAG,), "int": (INT_TAG,), "number": (INT_TAG, FLOAT_TAG)}
# The tag YAML gives a plain (unquoted) scalar of this text (PyYAML's resolver has no type hints).
_plain_tag: Callable[[type[ScalarNode], str, tuple[bool, bool]], str] = Resolver().resolve


def _how_to_write(kind: str, value: ScalarNode) -> str:
    """How to write a CONFIG value so it counts, when the author meant a right one: quoted ("5", 'true'),
    YAML reads it as text, and Red's schema refuses text; a number in words ("ten") is no number either."""
    text = str(value.value).strip()
    if value.style in ("'", '"') and _plain_tag(ScalarNode, text, (True, False)) in _CONFIG_TAGS[kind]:
        return f" (the quotes make it text: write {text} without them)"
    if kind != "bool" and (number := NUMBER_WORDS.get(text.lower())) is not None and (number or kind == "number"):
        return f" (write it in digits: {number})"
    return ""


def _config_value(col: Collector, name: str, kind: str, value: Node) -> object | None:
    if not isinstance(value, ScalarNode):
        col.error(value, f"CONFIG {name} must be a single value, not {kind_of(value)}")
        return None
    typed = typed_value(value) if value.style is None else str(value.value)
    if kind == "bool":
        if value.tag != BOOL_TAG or not isinstance(typed, bool):
            col.error(value, f"CONFIG {name} must be true or false, not {value.value!r}{_how_to_write(kind, value)}")
            return None
    elif kind == "int":
        if value.tag != INT_TAG or isinstance(typed, bool) or not isinstance(typed, int) or typed <= 0:
            col.error(value, f"CONFIG {name} must be a whole number above 0, not {value.value!r}"
                             f"{_how_to_write(kind, value)}")
            return None
    else:
        if value.tag not in (INT_TAG, FLOAT_TAG) or isinstance(typed, bool) or not isinstance(typed, int | float):
            col.error(value, f"CONFIG {name} must be a number, not {value.value!r}{_how_to_write(kind, value)}")
            return None
        if typed < 0 or typed != typed or typed == float("inf"):
            col.error(value, f"CONFIG {name} must be a finite number of at least 0, not {value.value!r}")
            return None
    return typed


def red_config(col: Collector, node: Node) -> dict[str, object]:
    if empty(node):
        col.error(node, "CONFIG is empty: its settings go on the lines below it, indented ('  max_score: 10')")
        return {}
    if not isinstance(node, MappingNode):
        col.error(node, f"CONFIG must be a mapping of settings, not {kind_of(node)}")
        return {}
    config: dict[str, object] = {}
    seen: dict[str, int] = {}
    nodes: dict[str, Node] = {}
    for key, value in node.value:
        if not isinstance(key, ScalarNode) or key.tag == _MERGE_TAG:
            col.error(key, f"a key in CONFIG must be a setting's name, not {kind_of(key)}")
            continue
        name = str(key.value)
        kind = RED_CONFIG.get(name)
        if kind is None:
            col.warn(key, f"unknown CONFIG key {name!r} ignored (known: {', '.join(RED_CONFIG)})")
            continue
        if name in seen:
            col.warn(key, f"CONFIG {name} is given twice (first at line {seen[name]}); the last one is used, as in Red")
        seen[name] = line_of(key)
        typed = _config_value(col, name, kind, value)
        if typed is not None:
            config[name] = typed
            nodes[name] = value
    for name, typed in config.items():  # (the value used: the last one given)
        _out_of_range(col, name, typed, nodes[name])
    return config


# The settings a game clamps a list's CONFIG to (bot/trivia/listconfig.py), and what each means.
_RANGES = {
    "delay": (MIN_ANSWER_SECONDS, MAX_ANSWER_SECONDS, "games of this list give {} s to answer"),
    "timeout": (MIN_IDLE_SECONDS, MAX_IDLE_SECONDS, "games of this list stop after {} s without an answer"),
}


def _out_of_range(col: Collector, name: str, typed: object, node: Node) -> None:
    """Warn of a CONFIG value a game will not use as written (a 1 s answer time)."""
    if name not in _RANGES or not isinstance(typed, int | float):
        return
    low, high, says = _RANGES[name]
    used = low if typed < low else high if typed > high else None
    if used is not None:
        col.warn(node, f"CONFIG {name} {typed:g} is {'under' if used == low else 'over'} {used} s: {says.format(used)}")


def _same_answers(a: Node, b: Node, folded: bool = False) -> bool:
    def texts(node: Node) -> list[str] | None:
        if not isinstance(node, SequenceNode) or not all(isinstance(i, ScalarNode) for i in node.value):
            return None
        return [str(i.value).strip().casefold() if folded else str(i.value).strip() for i in node.value]

    return texts(a) is not None and texts(a) == texts(b)


def _unique_keys(
    col: Collector, root: MappingNode, repeats: dict[int, list[ScalarNode]]
) -> list[tuple[ScalarNode, Node]]:
    """The mapping's pairs with text keys: the last of a repeated meta key, the first of a repeated
    question (each repeat a warning, and in `repeats` under the first's key: its note holds the first too)."""
    first: dict[str, tuple[int, Node]] = {}
    pairs: dict[str, tuple[ScalarNode, Node]] = {}
    forms: dict[str, tuple[int, Node]] = {}  # questions as compared (capitals, spaces aside)
    unmarked: dict[str, int] = {}  # and with their end marks aside
    for key, value in root.value:
        if not isinstance(key, ScalarNode):
            col.error(key, f"a question must be text, not {kind_of(key)}")
            continue
        if key.tag == _MERGE_TAG:
            col.error(key, "YAML merge keys (<<) are not allowed in trivia lists; write the questions out")
            continue
        text = str(key.value)
        if text in first:
            first_line, first_value = first[text]
            if text in RED_META_KEYS or text == SCHEMA_KEY:
                col.warn(key, f"{text} is given twice (first at line {first_line}); the last one is used, as in Red")
                pairs[text] = (key, value)
                continue
            repeats.setdefault(id(pairs[text][0]), []).append(key)
            if _same_answers(first_value, value):
                col.warn(key, f"question {short(text)!r} is repeated (first at line {first_line}); kept once")
            else:
                col.warn(
                    key,
                    f"question {short(text)!r} is repeated with different answers (first at line "
                    f"{first_line}); the first one is kept",
                )
            continue
        form = question_form(text)
        if text not in RED_META_KEYS and text != SCHEMA_KEY and form in forms:
            first_line, first_value = forms[form]
            if (kept := next((k for k, v in pairs.values() if v is first_value), None)) is not None:
                repeats.setdefault(id(kept), []).append(key)
            same = _same_answers(first_value, value, folded=True)
            col.warn(
                key,
                f"question {short(text)!r} is the question of line {first_line} written with other capitals, "
                f"spaces or invisible characters{'' if same else ', with other answers'}; the first one is kept (add its answers there)",
            )
            continue
        bare = form.rstrip("?？!！.。 ")
        if text not in RED_META_KEYS and bare in unmarked and comment_over(col.lines, line_of(key)) is not None:
            # typed again without its '?' under a moderator's episode note ("# Episode 11 (recap round)"): a recap
            # of the list's own question (Red's lists carry no notes, and keep such a pair as two)
            col.warn(key, f"question {short(text)!r} is the question of line {unmarked[bare]} typed again; the first "
                          "one is kept (add its answers there)")
            continue
        unmarked.setdefault(bare, line_of(key))
        forms.setdefault(form, (line_of(key), value))
        first[text] = (line_of(key), value)
        pairs[text] = (key, value)
    return list(pairs.values())


def label_allowed(col: Collector, node: Node, question: str) -> bool:
    """Whether an episode label in the question ("(Ep 5)") is one the show has; else it is an error (in
    either format): "(Ep 13)" would otherwise hold the question back past the show's end, or to nothing."""
    written = label(question)
    if written is not None and (written[1] is None or not storable(col.shape, written[1])):
        col.error(node, f"the question is labelled {written[0]!r}, which is not an episode of the show"
                        f"{'' if written[1] is None else beyond(col.shape, written[1])}: the last "
                        f"one is {col.shape.last()} (write the label as '(Ep 12)' or 'S1E12')")
        return False
    return True


def _answer_ends(value: Node) -> list[tuple[int, int]]:
    """Where each of a question's answers ends (line, 1-based, and column), after which a comment beside it
    may say what the question spoils."""
    items = value.value if isinstance(value, SequenceNode) else [value]
    return [(item.end_mark.line + 1, item.end_mark.column) for item in items if isinstance(item, ScalarNode)]


def _authors_tag(col: Collector, key: ScalarNode, question: str, value: Node) -> Position | bool | None:
    """What the author says the question spoils where Red's format has no place for it: a `# spoils:`
    comment over it (the position; NOTHING for "# no spoilers"), None when nothing is said, False (an
    error said) when a comment or a label in the question names an episode the show does not have:
    a question labelled "(Ep 13)" would otherwise be read as naming no episode at all."""
    if not label_allowed(col, key, question):
        return False
    commented = comment_over(col.lines, line_of(key))
    over = None if commented is None else _said_position(col, *commented, by="the comment says the question below spoils")
    beside = comment_beside(col.lines, [(n, c) for n, c in _answer_ends(value) if n != line_of(key)])
    if beside is None:
        return over
    said = _said_position(col, *beside, by="the comment beside an answer says the question spoils")
    if over is False or said is False:
        return False
    return max(over, said) if isinstance(over, Position) and isinstance(said, Position) else said  # (the later)


def _repeat_note(col: Collector, key: ScalarNode) -> Position | None:
    """What the note over a repeated question says it spoils, when it names an episode the show may have (a repeat is
    left out, so a slip in its note is no error; its "# S2P2E1" still holds the question kept)."""
    commented = comment_over(col.lines, line_of(key))
    if commented is None:
        return None
    found = said_season(commented[1]) or read_position(commented[1])
    return found if found is not None and storable(col.shape, found) else None


def _said_position(col: Collector, line: int, said: str, *, by: str) -> Position | bool:
    """The episode an author wrote ("ep 5", "S1E6", "finale", "0"), False (an error said) when it is none
    of the show's."""
    # "# spoils: s2": all of season 2, its end met when a game draws; "season 9", which no source knows, is refused
    found = said_season(said) or read_position(said)
    if found is None:
        try:
            found = parse_position(said, col.shape, now=col.now)  # "finale", "마지막화"
        except PositionError:
            found = None
    if found is None or not storable(col.shape, found):
        col.problems.append(
            f"line {line}: {by} {short(said)!r}, which is not an episode of the show"
            f"{'' if found is None else beyond(col.shape, found)}: write '# spoils: S1E3' (up to {col.shape.last()}), "
            "or '# spoils: 0' for nothing"
        )
        return False
    return found


# A question written as hyosan writes one, inside a Red list: its answers and the episode it spoils under it.
_ANSWERS_KEYS = frozenset({"answers", "answer"})
_EPISODE_KEYS = frozenset({"spoils", "spoiler", "spoilers", "episode", "ep"})


def _question_fields(value: Node) -> tuple[Node, Node | None] | None:
    """(its answers, the episode it spoils or None) of a question whose value is a mapping of just those;
    None for any other value."""
    if not isinstance(value, MappingNode):
        return None
    fields = {str(k.value).strip().casefold(): v for k, v in value.value if isinstance(k, ScalarNode)}
    answers = [v for k, v in fields.items() if k in _ANSWERS_KEYS]
    episode = [v for k, v in fields.items() if k in _EPISODE_KEYS]
    if len(fields) != len(value.value) or len(answers) != 1 or len(episode) > 1 or len(answers) + len(episode) != len(fields):
        return None
    return answers[0], episode[0] if episode else None


def _other_fields(key: ScalarNode, value: Node) -> str | None:
    """What to write when a question holds its answers under `answers:` beside fields Red's format has no
    place for (difficulty, explanation...): kept nowhere, they would be lost without a word."""
    if not isinstance(value, MappingNode):
        return None
    fields = [str(k.value).strip() for k, _ in value.value if isinstance(k, ScalarNode)]
    if not any(f.casefold() in _ANSWERS_KEYS for f in fields):
        return None
    other = [f for f in fields if f.casefold() not in _ANSWERS_KEYS | _EPISODE_KEYS]
    return (
        f"question {short(str(key.value))!r} holds {', '.join(repr(short(f, 30)) for f in other[:4]) or 'its answers or its episode twice'}, "
        "which a Red list has no place for: under a question write only its answers (and 'episode:'), or write the "
        "whole list in hyosan's format (hyosan: 1, questions:), which keeps them"
    )


def parse_red(col: Collector, root: MappingNode, name: str) -> TriviaList | None:
    author: str | None = None
    description: str | None = None
    config: dict[str, object] = {}
    questions: list[Question] = []
    commented: set[str] = set()  # questions whose spoils a comment over them says
    root, headed = sections_read(col, root)
    repeats: dict[int, list[ScalarNode]] = {}
    pairs = _unique_keys(col, root, repeats)
    config_empty = any(str(k.value) == "CONFIG" and empty(v) for k, v in pairs)
    bound: Position | None = None  # "eps 4–6:" alone over the questions: the quiz's title, bounding the unmarked ones
    for at, (key, value) in enumerate(pairs):
        key_text = str(key.value)
        if not at and isinstance(key, ScalarNode) and empty(value) and (span := title_span(key_text)) is not None:
            titled = in_season(span, season_named(key_text) or 1)  # (past the show, "eps 10-14": refused as a comment is)
            found = _said_position(col, line_of(key), titled, by="the title says the questions below spoil") \
                if read_position(titled) is not None else None
            bound = found if isinstance(found, Position) else None
            continue
        fields = _question_fields(value)
        if fields is not None:
            value = fields[0]
        mistake = None if fields is not None else unindented_setting(key, value, config_empty) or _other_fields(
            key, value) or section(key, value) or labelled(key, value)
        if mistake is not None:
            col.error(key, mistake)
            continue
        if key_text == SCHEMA_KEY:  # where an editor finds Red's JSON schema: nothing to keep
            col.text(value, SCHEMA_KEY, trap_warning=False)
            continue
        if key_text == "AUTHOR":
            author = col.optional_text(value, "AUTHOR")
            continue
        if key_text == "DESCRIPTION":
            description = col.optional_text(value, "DESCRIPTION")
            continue
        if key_text == "CONFIG":
            config = red_config(col, value)
            continue
        if (spoiling := spoiler_label(key, value)) is not None:
            col.error(*spoiling)
            continue
        if key_text.upper() in RED_META_KEYS and key_text not in RED_META_KEYS:
            col.error(key, f"{key_text!r} is not a key Red knows; write it in capitals: {key_text.upper()}")
            continue
        if key.style is None and key.tag == NULL_TAG and key.value in ("", "~", "null"):
            col.error(key, "a question is empty (the key has no text)")
            continue
        question = col.text(key, "the question", limit=MAX_QUESTION_CHARS, uncurl=True)
        if question is None:
            continue
        question = unbarred(question.strip())  # ("||Who kills Woo-jin?||": imported with its bars before, imports50)
        if not question:
            col.error(key, "a question is empty")
            continue
        answers = col.answers(value, short(question))
        tagged = _authors_tag(col, key, question, value)
        if fields is not None and fields[1] is not None and tagged is not False:
            said = col.text(fields[1], "the episode it spoils", trap_warning=False)
            tagged = False if said is None else _said_position(col, line_of(fields[1]), said, by="the question spoils")
        if answers is None or tagged is False:
            continue
        if tagged is None and bound is not None:
            tagged = bound
        if (heading := headed.get(id(key))) is not None:  # "Spoilers (ep 11):" over it: the later of the two
            tagged = max(tagged, heading) if isinstance(tagged, Position) else heading
        for again in (noted for k in repeats.get(id(key), ()) if (noted := _repeat_note(col, k)) is not None):
            tagged = max(tagged, again) if isinstance(tagged, Position) else again  # the later of the two, as above
        questions.append(
            Question(
                id=imported_id(name, question), text=question, answers=answers, choices=(), category=name,
                difficulty="medium", spoils=tagged if isinstance(tagged, Position) else NOTHING, explanation=None, source=None, list_name=name,
            )
        )
        if isinstance(tagged, Position):
            commented.add(questions[-1].id)
    if not questions and not col.problems:
        col.error(root, "the list has no questions (every key other than AUTHOR, DESCRIPTION, CONFIG is a question)")
    if len(questions) > MAX_QUESTIONS:
        col.error(None, f"the list has {len(questions)} questions; the limit is {MAX_QUESTIONS}")
    if col.problems:
        return None
    return TriviaList(
        name, author, description, config, tuple(questions), tuple(col.warnings),
        # Red's format cannot say what a question spoils; a comment over it can
        undeclared=frozenset(q.id for q in questions if q.id not in commented), format="red",
    )
