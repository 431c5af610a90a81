"""Reading trivia lists: Red-DiscordBot's format and hyosan's own, from untrusted bytes.

Red's format (bot/trivia/redformat.py) is a YAML mapping: optional `$schema`, AUTHOR, DESCRIPTION
and CONFIG, then every other key is a question whose value is the list of accepted answers (the
first is the one shown). hyosan's format is a mapping with `hyosan: 1`, name, description,
author, config (Red's CONFIG keys) and `questions:` (a list of mappings with id, question,
answers, choices, category, difficulty, spoils, explanation, source). `spoils` is a
position of the show: 0 for nothing, a bare number for an episode of season 1 (`spoils: 7` is S1E7),
or a position like `S2E3`; it must be one the show's shape has.

Every problem is collected with its line number and raised together as a ListError; nothing
half-parsed is ever returned. YAML 1.1 traps (007, 1:30, yes, dates) are warnings, and the
answer is kept as the text the author wrote; an answer no guess could match (~, empty) is an error.
Aliases are expanded as Red's reader expands them, within a budget (no "billion laughs").
"""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Callable, Iterable
from dataclasses import dataclass, replace
from pathlib import Path

from yaml.nodes import MappingNode, Node, ScalarNode, SequenceNode

from bot.clock import SystemClock
from bot.files import FileRefused, read_text_file
from bot.lazy_re import compile_later
from bot.progress_said import season_unsaid
from bot.show import NOTHING, Position, PositionError, ShowShape, parse_position, read_position
from bot.text import as_shown
from bot.trivia.entries import (
    ANSWER_KEYS,
    QUESTION_KEYS,
    Entry,
    build_list,
    read_rows,
)
from bot.trivia.episodelabels import KANJI_SEASON, season_apart, spoils_written
from bot.trivia.labelkeys import quoted_labels
from bot.trivia.labelled import labelled_entries
from bot.trivia.labelprefix import upload_naming
from bot.trivia.laterseason import (
    LeftOut,
    ahead,
    beyond,
    is_whole_season,
    left_out,
    list_header,
    question_lines,
    said_season,
    whole_known,
)
from bot.trivia.listbytes import decode, decode_upload, size_problem
from bot.trivia.listhints import syntax_hint, unpasted
from bot.trivia.listparts import (
    ALIAS_BUDGET,
    MAX_BYTES,
    MAX_QUESTION_CHARS,
    MAX_QUESTIONS,
    YAML_LINES,
    Collector,
    ListError,
    NotJudged,
    fold_accents,
    foreign_tags,
    imported_id,
    mapping_pairs,
    short,
    slugify,
)
from bot.trivia.model import DIFFICULTIES, Question, TriviaList
from bot.trivia.notalist import json_array_refusal, no_questions, not_a_list, web_page
from bot.trivia.opentdb import opentdb_refusal
from bot.trivia.partnotes import parts_listed, parts_said
from bot.trivia.redformat import label_allowed, parse_red, red_config
from bot.trivia.rowgroups import find_rows
from bot.trivia.tables import table_entries
from bot.trivia.typedmarks import typed_marks
from bot.yamlnodes import NULL_TAG, YamlProblem, compose, kind_of, line_of

__all__ = [
    "MAX_BYTES", "CheckResult", "ListError", "NotJudged", "check_bytes", "check_files", "decode", "imported_id", "parse_list",
    "size_problem", "slugify",
]

HYOSAN_TOP_KEYS = ("hyosan", "name", "description", "author", "config", "questions")
HYOSAN_QUESTION_KEYS = (
    "id",
    "question",
    "answers",
    "choices",
    "category",
    "difficulty",
    "spoils",
    "explanation",
    "source",
)
_ID_RE = compile_later(r"^[a-z0-9][a-z0-9:_.-]{0,79}$")
# What moderators write for `spoils:` (as a Red list's question mapping takes them, bot/trivia/redformat.py): read
# as the tag it is, never ignored, or the question would be asked before the episode its author named.
_SPOILS_WORDS = ("episode", "ep", "spoiler", "spoilers")


#: `spoils: no` (YAML's false, as moderators answer "does it spoil?"): it spoils nothing.
_SAYS_NO = ("no", "false", "off", "n")
_SAYS_YES = ("yes", "true", "on", "y")
#: What a spreadsheet's spoiler column holds for a row that spoils nothing.
_NONE_MARKS = ("-", "–", "—", "n/a", "N/A")
#: The same cell in the other languages moderators keep their sheets in ("none", "no spoiler").
_NONE_WORDS = frozenset({"없음", "없다", "노스포", "なし", "無し", "ninguno", "ninguna", "nenhum", "nenhuma", "nada",
                         "tidak ada", "keine", "aucun", "aucune"})
#: The last episode, in the words a spoiler column gives it beside "finale" and "ending" (read by the show).
#: An episode in the words of the other languages sheets are kept in: Japanese "第6話" / "6話" / "第6回", Spanish and
#: Portuguese "episodio 6" / "capitulo 6" / "cap. 6", Indonesian "eps 6", German "Folge 6", French "épisode 6" / "ép. 6".
_EPISODE_OTHERWISE = compile_later(
    r"^(?:第\s*)?(\d{1,2})\s*[話回集]$|^(?:episodio|capitulo|cap\.?|eps?\.?|folge|episode)\s*(\d{1,2})$", re.IGNORECASE)
#: A season and episode in the words of the languages that say "temporada" / "saison" / "Staffel": Spanish and
#: Portuguese sheets write season 2, episode 6 as "T2E6", "T2 E6" or "temporada 2 capítulo 6".
_SEASON_OTHERWISE = compile_later(
    r"^(?:t|temp\.?|temporada|saison|staffel|stagione|musim|phan)\s*0?(\d{1,2})\s*[,:x-]?\s*"  # (Vietnamese "Phần 2": a season)
    r"(?:e|ep\.?|episodio|episode|capitulo|cap\.?|folge|tap)\s*0?(\d{1,2})$", re.IGNORECASE)
#: A spoiler cell saying the question spoils everything out, in the words of the other languages ("all" is the show's).
_ALL_WORDS = frozenset({"전체", "전부", "모두", "다", "全部", "全話", "todo", "todos", "tudo", "whole season", "entire season"})
_FIRST_SEASON = compile_later(r"^(?:s|season|시즌|temporada|saison|staffel)\s*0?1(?:\s*(?:all|전체|spoilers?))?$", re.I)
_FINALE_WORDS = frozenset({"엔딩", "결말", "최종회", "final", "el final", "o final", "akhir", "最終話", "最終回", "ラスト"})


def _read_tag(node: Node, shape: ShowShape, now: dt.datetime) -> Position | None:
    """The position a `spoils:` value names, as moderators write it: "S1E3", "s1 e3", "ep 3", "3화",
    "season 2 episode 1", "finale", "마지막화", "none", `no`, as a label or a note ("[S1E5]", "ep 8 spoiler");
    None when it names none."""
    if not isinstance(node, ScalarNode):
        return None
    # "season 2 (ep 3)": S2E3, never S1E3; "시즌2 스포": all of S2; "S2P1E3": S2E3, "season 2 part 2 ep 1": all of S2
    # (a zero-width space or a direction mark pasted inside, "S2P2\u200bE3", read as what shows)
    text = season_apart(parts_said(as_shown(str(node.value)).strip()))
    if text.lower() in _SAYS_NO or text in _NONE_MARKS or text.casefold() in _NONE_WORDS:  # "no", "-", "없음"
        return NOTHING
    if (whole := said_season(text)) is not None:  # "s2": all of season 2, its end met when a game draws
        return whole
    if _FIRST_SEASON.match(text) is not None and shape.last_of(1):  # "s1": all of season 1, to its last episode
        return shape.last_of(1)
    if text.casefold() in _ALL_WORDS:  # "전체": everything out, as "all" is read
        text = "all"
    if text.casefold() in _FINALE_WORDS:
        text = "finale"
    elif (other := _EPISODE_OTHERWISE.match(fold_accents(text))) is not None:  # "第6話", "episodio 6", "eps 6"
        text = f"ep {other.group(1) or other.group(2)}"
    elif (season := _SEASON_OTHERWISE.match(fold_accents(text))) is not None:  # "T2E6", "temporada 2 capítulo 6"
        text = f"S{season.group(1)}E{season.group(2)}"
    elif (kanji := KANJI_SEASON.fullmatch(text)) is not None:  # "第2季第3集"
        text = f"S{kanji.group(1)}E{kanji.group(2)}"
    found = read_position(text)
    if found is None and text.lower() not in _SAYS_YES:
        try:
            found = parse_position(text, shape, now=now)  # "finale", "last episode", "마지막화", "최종화"
        except PositionError:
            return spoils_written(text)  # as a label or a note: "[S1E5]", "ep 8 spoiler"
    return found


def _unset(node: Node) -> bool:
    """A field given YAML's null (`spoils:`, `spoils: null`, `~`): the author left it unsaid."""
    return isinstance(node, ScalarNode) and node.tag == NULL_TAG and node.style is None


_RANGE = compile_later(r"^(.+?)\s*(?:-|~|–|—|to|through|부터)\s*(.+?)(?:까지)?$", re.IGNORECASE)


def _why_not(node: Node, shape: ShowShape) -> str:
    """What is wrong with a `spoils:` value the show has no position for, when more can be said."""
    text = str(getattr(node, "value", "")).strip()
    if text.lower() in _SAYS_YES:
        return ", which does not say which episode"
    found = read_position(text) or said_season(text)  # "season 9" too: no season 9 is known
    if found is not None and (found.season > 1 or is_whole_season(found)) and (past := beyond(shape, found)):
        return past  # (season 1's length is in the message already: "an episode of season 1 (1-12)")
    if (both := _RANGE.match(text)) is not None:
        start, end = read_position(both.group(1)), read_position(both.group(2))
        if start is not None and end is not None and both.group(2).isdigit():
            end = _in_season(start.season, int(both.group(2)))  # "S2E1-3": the end is in the start's season
        if start is not None and end is not None and shape.allows(end):
            return f", a range: write the last episode it spoils (spoils: {end})"
    return ""


def _in_season(season: int, episode: int) -> Position | None:
    try:
        return Position(season, episode)
    except ValueError:
        return None


#: How a question left out of its list for its tag is said (laterseason.LeftOut); a list of none but such is refused.
_LEFT_OUT = ": that question is left out, the others imported"


def _position_field(col: Collector, node: Node) -> Position | None:
    found = _read_tag(node, col.shape, col.now)
    if found is not None and whole_known(col.shape, found):
        return found
    if found is not None and col.shape.allows(found):
        if found and season_unsaid(str(node.value).strip(), found.season, found.episode, col.shape.last().season) \
                and not any(_NO_SEASON in w for w in col.warnings):
            # the file format's rule stands (a bare number is season 1), but a list written for season 2 would
            # then show its S2E3 questions to fans at S1E3: said once, at the first such line
            col.warn(node, f"spoils: {str(node.value).strip()} {_NO_SEASON} as S1E{found.episode}; the show has a "
                           "season 2 now, so a season-2 question needs S2E3 and the like")
        return found
    if found is not None and ahead(col.shape, found):  # "S2E3" in a list readied before season 2 is out
        return found
    said = _describe(node) + _why_not(node, col.shape)
    if found is not None and left_out(col.shape, found):
        raise LeftOut(f"spoils (the episode it spoils) is {said}{_LEFT_OUT}")
    col.error(
        node,
        f"spoils (the episode it spoils) must be 0, an episode of season 1 (1-{len(col.shape.episodes_in(1))})"
        f" or a position like S2E3 that the show has (up to {col.shape.last()}), not {said}",
    )
    return None


_NO_SEASON = "names no season and is read"


def _describe(node: Node) -> str:
    return repr(str(node.value)) if isinstance(node, ScalarNode) else kind_of(node)


def _known_fields(
    col: Collector, node: MappingNode, what: str, known: tuple[str, ...], unknown: str
) -> dict[str, Node] | None:
    """A mapping's values by key, each key it does not know warned of ("unknown key 'x' ignored")."""
    pairs = mapping_pairs(col, node, what)
    if pairs is None:
        return None
    for key, _ in pairs:
        if str(key.value) not in known:
            col.warn(key, f"unknown {unknown} {str(key.value)!r} ignored")
    return {str(k.value): v for k, v in pairs}


def _spoils_as_written(col: Collector, fields: dict[str, Node]) -> None:
    """`episode: 6` (or ep, spoiler, spoilers) where `spoils:` belongs, read as `spoils` (`spoils` wins when both are)."""
    said = [(word, fields.pop(word)) for word in _SPOILS_WORDS if word in fields]
    for word, node in said:
        col.warn(node, f"question key {word!r} read as `spoils` (the episode the question spoils)")
        if "spoils" in fields and not _unset(fields["spoils"]):
            col.warn(node, f"the question has both `spoils` and {word!r}: `spoils` is kept")
        elif not _unset(node):
            fields["spoils"] = node


def _parse_hyosan_question(
    col: Collector, node: Node, list_name: str, ids: dict[str, int]
) -> Question | None:
    if not isinstance(node, MappingNode):
        col.error(node, f"each entry of questions must be a mapping (id, question, answers, ...), not {kind_of(node)}")
        return None
    fields = _known_fields(col, node, "a question", HYOSAN_QUESTION_KEYS + _SPOILS_WORDS, "question key")
    if fields is None:
        return None
    before = len(col.problems)
    _spoils_as_written(col, fields)
    text_node = fields.get("question")
    if text_node is None:
        col.error(node, "a question has no 'question' text")
        return None
    text = col.text(text_node, "the question", limit=MAX_QUESTION_CHARS, uncurl=True)
    text = text.strip() if text is not None else None
    if text == "":
        col.error(text_node, "a question is empty")
        text = None
    elif text is not None and not label_allowed(col, text_node, text):
        text = None
    label = short(text) if text else f"at line {line_of(node)}"
    answers_node = fields.get("answers")
    answers: tuple[str, ...] | None = None
    if answers_node is None:
        col.error(node, f"question {label!r} has no answers")
    else:
        answers = col.answers(answers_node, label)
    choices: tuple[str, ...] = ()
    choices_node = fields.get("choices")
    if choices_node is not None and not (isinstance(choices_node, ScalarNode) and choices_node.tag == NULL_TAG):
        got = col.answers(choices_node, label, what="choices")
        if got is not None:
            if len(got) != 4:
                col.error(choices_node, f"question {label!r} needs exactly 4 choices, not {len(got)}")
            elif answers is not None and answers[0] not in got:
                col.error(choices_node, f"the choices of question {label!r} must include its answer {answers[0]!r}")
            else:
                choices = got
    qid: str | None = None
    id_node = fields.get("id")
    if id_node is not None:
        qid = col.text(id_node, "the id", trap_warning=False)
        if qid is not None and not _ID_RE.match(qid):
            col.error(id_node, f"id {qid!r} must be lower-case letters, digits, ':', '_', '.', '-' (max 80)")
            qid = None
        elif qid is not None and qid in ids:
            col.error(id_node, f"duplicate id {qid!r} (first at line {ids[qid]})")
            qid = None
        elif qid is not None:
            ids[qid] = line_of(id_node)
    elif text:
        qid = imported_id(list_name, text)
        if qid in ids:  # as in a Red list: the first copy is kept (bot/trivia/lists.py _parse_hyosan)
            col.warn(node, f"question {label!r} appears twice (first at line {ids[qid]}); the first one is kept, "
                           "with the later spoils of the two")
        else:
            ids[qid] = line_of(node)
    category = list_name
    if "category" in fields:
        got_category = col.text(fields["category"], "the category", limit=40, trap_warning=False)
        if got_category is not None and got_category.strip():
            category = got_category.strip().lower()
    difficulty = "medium"
    if "difficulty" in fields:
        got_difficulty = col.text(fields["difficulty"], "the difficulty", trap_warning=False)
        if got_difficulty is not None:
            if got_difficulty.strip().lower() not in DIFFICULTIES:
                col.error(
                    fields["difficulty"],
                    f"difficulty must be one of {', '.join(DIFFICULTIES)}, not {got_difficulty!r}",
                )
            else:
                difficulty = got_difficulty.strip().lower()
    spoils = NOTHING
    if "spoils" in fields and not _unset(fields["spoils"]):  # (`spoils: null` is as if it were not written)
        try:
            spoils = _position_field(col, fields["spoils"]) or NOTHING
        except LeftOut as out:
            col.warn(fields["spoils"], str(out))
            return None
    explanation = col.optional_text(fields.get("explanation"), "the explanation")
    source = col.optional_text(fields.get("source"), "the source")
    if len(col.problems) > before or text is None or answers is None or qid is None:
        return None
    return Question(
        id=qid,
        text=text,
        answers=answers,
        choices=choices,
        category=category,
        difficulty=difficulty,
        spoils=spoils,
        explanation=explanation,
        source=source,
        list_name=list_name,
    )


def _parse_hyosan(col: Collector, root: MappingNode, name: str) -> TriviaList | None:
    fields = _known_fields(col, root, "the list", HYOSAN_TOP_KEYS, "key")
    if fields is None:
        return None
    version = fields["hyosan"]
    if not (isinstance(version, ScalarNode) and str(version.value) == "1"):
        col.error(version, f"unsupported hyosan list version {_describe(version)} (this bot reads version 1)")
        return None
    list_name = name
    if "name" in fields:
        got = col.optional_text(fields["name"], "the name")
        if got and slugify(got) != "list":  # a name as /triviaset import stores one (nothing to ping or format)
            list_name = slugify(got)
    description = col.optional_text(fields.get("description"), "the description")
    config = red_config(col, fields["config"]) if "config" in fields else {}
    author = col.optional_text(fields.get("author"), "the author")
    questions_node = fields.get("questions")
    if questions_node is None:
        col.error(root, "the list has no 'questions:'")
        return None
    if not isinstance(questions_node, SequenceNode):
        col.error(questions_node, f"questions must be a list, not {kind_of(questions_node)}")
        return None
    if not questions_node.value:
        col.error(questions_node, "the list has no questions")
        return None
    if len(questions_node.value) > MAX_QUESTIONS:
        col.error(questions_node, f"the list has {len(questions_node.value)} questions; the limit is {MAX_QUESTIONS}")
        return None
    ids: dict[str, int] = {}
    questions: list[Question] = []
    undeclared: set[str] = set()
    kept: dict[str, int] = {}  # a question's id -> where it is in `questions`
    for item in questions_node.value:
        question = _parse_hyosan_question(col, item, list_name, ids)
        if question is None:
            continue
        declares = isinstance(item, MappingNode) and any(
            getattr(k, "value", None) in ("spoils", *_SPOILS_WORDS) and not _unset(v) for k, v in item.value)
        if question.id in kept:  # a repeat (warned of): it may declare more than the first copy, never less
            first = questions[kept[question.id]]
            questions[kept[question.id]] = replace(first, spoils=max(first.spoils, question.spoils))
            if declares:
                undeclared.discard(question.id)
            continue
        kept[question.id] = len(questions)
        questions.append(question)
        if not declares:
            undeclared.add(question.id)
    if col.problems:
        return None
    return TriviaList(
        list_name, author, description, config, tuple(questions), tuple(col.warnings), undeclared=frozenset(undeclared)
    )


def detect_format(root: MappingNode) -> str:
    for key, _ in root.value:
        if isinstance(key, ScalarNode) and key.value == "hyosan":
            return "hyosan"
    return "red"


_TOP_KEY = compile_later(r"^[^\s#\-.][^\n]*?:(?:[ \t]|$)", re.MULTILINE)


def _too_many_questions(text: str) -> None:
    """Refuse at once a file with more top-level keys than a list may have questions (every key but
    AUTHOR, DESCRIPTION, CONFIG and $schema is a Red question), before reading a node of it."""
    keys = len(_TOP_KEY.findall(text)) - 4
    if keys > MAX_QUESTIONS:
        raise ListError([f"the list has at least {keys} questions; the limit is {MAX_QUESTIONS}"])


def _parse(
    data: bytes, name: str, max_bytes: int, shape: ShowShape | None, now: dt.datetime, bundled: bool = False
) -> tuple[str | None, TriviaList]:
    with parts_listed(shape or ShowShape.season_one()):  # a later part's "ep 3" read as its drop's third episode
        decoded, read_as = decode_upload(data, max_bytes=max_bytes)
        text = unpasted(decoded)
        with upload_naming(text):  # ("[Part 2] Q1 (ep 7): " of a list naming no later season: the quiz's own part)
            fmt, parsed = _parse_read(text, read_as, name, shape, now, bundled)
    if not parsed.questions and (out := [w.removesuffix(_LEFT_OUT) for w in parsed.warnings if w.endswith(_LEFT_OUT)]):
        raise ListError(out)  # every question left out (a one-question form): nothing imported, refused saying why
    return fmt, parsed


def _parse_read(
    text: str, read_as: str | None, name: str, shape: ShowShape | None, now: dt.datetime, bundled: bool
) -> tuple[str | None, TriviaList]:
    if (page := web_page(text)) is not None:
        raise ListError([page])
    col = Collector(name, shape or ShowShape.season_one(), now, lines=YAML_LINES.split(text))
    if read_as is not None:
        col.warnings.append(read_as)
    # (a bundled list is YAML: no spreadsheet or quiz sheet is looked for in it, 0.04 CPU-s of every `hyosan run`)
    if not bundled and ((table := table_entries(col, text)) is not None or col.problems):  # a spreadsheet's CSV, with its header row
        return "entries", _headed(_from_entries(col, table, name), text)
    if not bundled and (labelled := labelled_entries(col)) is not None:  # `Question:` / `Answer:` lines, as on a quiz sheet
        return "entries", _headed(_from_entries(col, labelled, name), text)
    _too_many_questions(text)
    try:
        root = _compose(text, bundled)
    except YamlProblem as exc:
        root = _labels_quoted(col, text, bundled)  # "S2E3: Who ...?:": the label's colon, read as if quoted
        if root is None:
            said = syntax_hint(text, str(exc))  # (a usual mistake found: the file is a list, with that mistake)
            raise ListError([not_a_list(text, said) if "syntax error" in said and said == str(exc) else said]) from None
    if root is None:
        raise ListError(["the file is empty"])
    if (empty := opentdb_refusal(root)) is not None:  # Open Trivia DB's answer to a query it could not serve
        raise ListError([empty])
    fmt = detect_format(root) if isinstance(root, MappingNode) else "red"
    if fmt == "red" and (rows := find_rows(root)) is not None:  # a JSON array of rows, as other tools export them
        _refuse_foreign_tags(col, root)
        return "entries", _headed(_from_entries(col, read_rows(col, *rows) if not col.problems else None, name), text)
    if isinstance(root, ScalarNode) and (marks := typed_marks(text.split("\n"), None)) is not None:
        raise ListError([marks])  # ("誰？：" over "- ギナム": YAML reads the whole file as one text, naming no line)
    if not isinstance(root, MappingNode):
        wrong = f"line {line_of(root)}: a trivia list must be a YAML mapping, not {kind_of(root)}"
        if isinstance(root, SequenceNode) and root.flow_style:  # "[...]": JSON, said in JSON's words
            wrong = json_array_refusal(root)
        raise ListError([not_a_list(text, wrong) if isinstance(root, ScalarNode) else wrong])
    _refuse_foreign_tags(col, root)
    try:
        parsed = _parse_hyosan(col, root, name) if fmt == "hyosan" else parse_red(col, root, name)
    except YamlProblem as exc:
        col.problems.append(str(exc))
        parsed = None
    if parsed is None or col.problems:
        if fmt == "red" and (what := no_questions(root, QUESTION_KEYS | ANSWER_KEYS)) is not None:
            # said first: the lines after it are no mistakes to mend (nor said at all of JSON: they speak of YAML's lines)
            col.problems[:] = [what] if root.flow_style else [what, *col.problems]
        error = ListError(col.problems or ["the list could not be read"], col.warnings)
        error.format = fmt
        raise error
    return fmt, _headed(parsed, text)


def _compose(text: str, bundled: bool) -> Node | None:
    """`text` read as YAML: a bundled list as it is, an uploaded one within the alias budget."""
    return compose(text, bundled=True) if bundled else compose(text, alias_budget=ALIAS_BUDGET)


def _labels_quoted(col: Collector, text: str, bundled: bool) -> Node | None:
    """The list read with its unquoted "S2E3: Question?:" keys quoted (bot/trivia/labelkeys.py), a warning naming
    them; None when there are none or YAML still cannot read it."""
    if (mended := quoted_labels(text)) is None:
        return None
    try:
        root = _compose(mended[0], bundled)
    except YamlProblem:
        return None
    col.warnings.append(f"{', '.join(f'line {n}' for n in mended[1][:8])}: the episode label before the question ('S2E3: "
                        "Who ...?:') is read as part of it; Red itself refuses such a key: put the whole question in quotes")
    return root


def _headed(parsed: TriviaList, text: str) -> TriviaList:
    if not parsed.questions:
        return parsed
    return replace(parsed, header=list_header(text, parsed.questions[0].text),
                   lines=question_lines(text, (q.text for q in parsed.questions)))


def _refuse_foreign_tags(col: Collector, root: Node) -> None:
    for node in foreign_tags(root):
        col.error(node, f"{node.tag.removeprefix('tag:yaml.org,2002:')!r} is a YAML tag for another program, not "
                        "part of a trivia list (Red refuses it too): remove it")


def _from_entries(col: Collector, entries: list[Entry] | None, name: str) -> TriviaList:
    """The list a file of entries makes (bot/trivia/entries.py), or every problem with it raised together."""
    parsed = None if entries is None or col.problems else build_list(col, entries, name, _position_field)
    if parsed is None:
        error = ListError(col.problems or ["the list could not be read"], col.warnings)
        error.format = "entries"
        raise error
    return parsed


def parse_list(
    data: bytes, name: str, *, max_bytes: int = MAX_BYTES, shape: ShowShape | None = None, bundled: bool = False,
    now: dt.datetime | None = None,
) -> TriviaList:
    """Parse a list in Red's or hyosan's format; raise ListError with every problem found. Positions are checked against
    `shape` (the bot's live shape; None: season 1 as bundled) at `now` (the bot's clock; None: a CLI's or test's, the
    system's). `bundled`: a file shipped with the bot, read with libyaml's fast composer (an upload never is)."""
    return _parse(data, name, max_bytes, shape, now or SystemClock().now(), bundled)[1]


@dataclass(frozen=True)
class CheckResult:
    """What `hyosan trivia check` reports for one file. `red` is Red-DiscordBot's verdict (the
    rules its upload breaks) when asked for (`--red`): then it alone decides `ok`, and `errors` are
    what would stop hyosan importing the file. `judged` is False when hyosan could not read the
    file to apply Red's rules (`red` then says why): not ok either."""

    path: str
    format: str | None
    questions: int
    warnings: tuple[str, ...]
    errors: tuple[str, ...]
    red: tuple[str, ...] | None = None
    judged: bool = True

    @property
    def ok(self) -> bool:
        return self.judged and not (self.red if self.red is not None else self.errors)


def check_bytes(data: bytes, path: str, *, max_bytes: int = MAX_BYTES, red: Callable[[bytes], list[str]] | None = None,
                ready: Callable[[TriviaList], TriviaList] | None = None) -> CheckResult:
    """`ready`: the import's own step after parsing (bot/trivia/upload_reading.py), so its warnings are reported."""
    name = Path(path).stem or "list"
    verdict, judged = None, True
    if red is not None:
        try:
            verdict = tuple(red(data))
        except NotJudged as exc:
            verdict, judged = (str(exc),), False
    try:
        fmt, parsed = _parse(data, name, max_bytes, None, SystemClock().now())  # a command line: now
        parsed = ready(parsed) if ready is not None else parsed
    except ListError as exc:
        return CheckResult(path, exc.format, 0, tuple(exc.warnings), tuple(exc.problems), verdict, judged)
    return CheckResult(path, fmt, len(parsed.questions), parsed.warnings, (), verdict, judged)


def check_files(
    paths: Iterable[str | Path], *, max_bytes: int = MAX_BYTES, red: Callable[[bytes], list[str]] | None = None,
    ready: Callable[[TriviaList], TriviaList] | None = None,
) -> list[CheckResult]:
    """Validate list files (for the CLI), with `red` (Red's upload rules) too when given; unreadable
    files are reported, never raised."""
    results: list[CheckResult] = []
    for raw in paths:
        try:
            text = read_text_file(Path(raw), limit=max_bytes)
        except FileRefused as exc:
            results.append(CheckResult(str(raw), None, 0, (), (exc.message,), (exc.message,) if red else None, red is None))
            continue
        results.append(check_bytes(text.encode("utf-8"), str(raw), max_bytes=max_bytes, red=red, ready=ready))
    return results
