"""What reading a trivia list in either format shares: the limits, the one error, and the collector
that gathers every problem and warning with its line (bot/trivia/lists.py, redformat.py)."""

from __future__ import annotations

import datetime as dt
import hashlib
import re
import unicodedata
from collections.abc import Iterable
from dataclasses import dataclass, field

from yaml.nodes import MappingNode, Node, ScalarNode, SequenceNode

from bot.lazy_re import compile_later
from bot.show import ShowShape
from bot.text import as_shown, without_mentions
from bot.trivia.normal import normalize_tokens
from bot.trivia.notalist import cut_by_comment
from bot.yamlnodes import NULL_TAG, kind_of, line_of, yaml11_trap

#: Where YAML ends a line (its marks count lines and columns so): what a warning's "line N" counts, in every format.
YAML_LINES = compile_later("\r\n|[\r\n\x85\u2028\u2029]")

MAX_BYTES = 1_000_000
MAX_QUESTIONS = 20_000
MAX_QUESTION_CHARS = 2_000
MAX_ANSWER_CHARS = 1_000
MAX_ANSWERS = 100
MAX_TEXT_CHARS = 4_000

RED_META_KEYS = ("AUTHOR", "DESCRIPTION", "CONFIG")
# Red's CONFIG keys and the kind of value each takes.
RED_CONFIG: dict[str, str] = {
    "bot_plays": "bool",
    "delay": "number",
    "timeout": "number",
    "max_score": "int",
    "reveal_answer": "bool",
    "payout_multiplier": "number",
    "use_spoilers": "bool",
}
# Aliases are expanded as Red's YAML reader does, within this many repeated values in all.
ALIAS_BUDGET = 50_000
# A list's name keeps letters a-z, digits and Hangul syllables (a Korean server names its lists in Korean).
_SLUG_RE = compile_later(r"[^a-z0-9\uac00-\ud7a3]+")
_STANDARD_TAG = "tag:yaml.org,2002:"
_INVISIBLE = " \u200b\u200c\u200d\u2060\ufeff\u00ad"


class ListError(Exception):
    """A list could not be read. `problems` are exact messages, with line numbers where known."""

    def __init__(self, problems: list[str], warnings: Iterable[str] = ()) -> None:
        self.problems = list(problems)
        self.warnings = list(warnings)
        self.format: str | None = None
        super().__init__("; ".join(self.problems))


class NotJudged(Exception):
    """hyosan's own limits keep it from reading a file Red-DiscordBot might accept: no verdict on
    it by Red's rules (bot/trivia/redrules.py)."""


def slugify(name: str) -> str:
    slug = _SLUG_RE.sub("-", _composed(name).lower()).strip("-")
    return slug[:40] or "list"


def named(typed: str, names: Iterable[str]) -> str | None:
    """The list or category among `names` that a member typed: the name itself, in any case, or
    as /triviaset import names a list, whatever separates its words ("World Capitals", "world capitals"
    -> world-capitals; "Season 2" -> season2)."""
    known = list(names)
    folded, bare, slug = typed.casefold(), _bare(typed), slugify(typed)
    for found in (
        [n for n in known if n == typed],
        [n for n in known if n.casefold() == folded],
        [n for n in known if bare and (n == slug or _bare(n) == bare)],
    ):
        if found:
            return found[0]
    return None


def begun(typed: str, name: str) -> bool:
    """Whether `name` has what a member has typed so far (autocomplete), in any case and whatever
    separates its words ("world cap" offers world-capitals)."""
    return typed.casefold() in name.casefold() or _bare(typed) in _bare(name)


def named_in_slug(name: str) -> bool:
    """Whether `name` keeps anything as a slug (else slugify falls back to "list")."""
    return bool(_bare(name))


def _bare(name: str) -> str:
    return _SLUG_RE.sub("", _composed(name).lower())


def _composed(name: str) -> str:
    """Hangul typed as separate jamo (a Mac's file names) as the syllables it spells; full-width letters as letters."""
    return unicodedata.normalize("NFKC", name)


def imported_id(list_name: str, text: str) -> str:
    digest = hashlib.sha1(text.encode("utf-8")).hexdigest()[:10]
    return f"{slugify(list_name)}:{digest}"


# The YAML 1.1 tags a list's texts and collections may carry: any other, even under "!!", is another program's.
_TEXT_TAGS = frozenset({"str", "int", "float", "bool", "null", "timestamp", "binary", "merge", "value"})
_COLLECTION_TAGS = frozenset({f"{_STANDARD_TAG}seq", f"{_STANDARD_TAG}map"})


def foreign_tags(root: Node) -> list[Node]:
    """The lists and mappings a YAML tag of another program marks ("!!python/object/apply:os.system [...]"):
    never a trivia list's (Red's reader refuses them); each is refused, not read as answers. (A tag before
    a text is said where the text is read: it is usually a question opening with '!', to quote.)"""
    found: list[Node] = []
    seen: set[int] = set()
    todo = [root]
    while todo:
        node = todo.pop()
        if id(node) in seen:
            continue
        seen.add(id(node))
        if isinstance(node, ScalarNode):
            if node.tag.startswith(_STANDARD_TAG) and node.tag.removeprefix(_STANDARD_TAG) not in _TEXT_TAGS:
                found.append(node)  # "!!python/name:os.system" ("!Important: ..." is said where it is read)
        elif node.tag not in _COLLECTION_TAGS:
            found.append(node)
        if isinstance(node, SequenceNode):
            todo.extend(node.value)
        elif isinstance(node, MappingNode):
            todo.extend(n for pair in node.value for n in pair)
    return sorted(found, key=line_of)


def short(text: str, limit: int = 60) -> str:
    text = " ".join(text.split())
    return text if len(text) <= limit else text[: limit - 1] + "…"


def unbarred(text: str) -> str:
    """A question or an answer wholly in a moderator's spoiler bars without them ("||Nam-ra||", a Red list's key
    "||Who kills Woo-jin?||"): a game hides what it must itself."""
    inner = text[2:-2] if len(text) > 4 and text.startswith("||") and text.endswith("||") else ""
    return inner.strip() if inner.strip() and "||" not in inner else text



def fold_accents(text: str) -> str:
    """Latin accents dropped ("Episódio" -> "Episodio", "Réponse" -> "Reponse"); Hangul and kana kept whole."""
    return unicodedata.normalize("NFC", re.sub("[\u0300-\u036f]", "", unicodedata.normalize("NFD", text)))


def key_form(key: str) -> str:
    """A field's name as compared, in every list read as rows (bot/trivia/entries.py, quizrows.py): "Correct_Answer",
    "correct answer", "CORRECT-ANSWER" alike, and accents aside."""
    key = re.sub(r"(?<=[a-z])(?=[A-Z])", " ", key)  # camelCase: The Trivia API's "correctAnswer"
    return re.sub(r"[\s_\-]+", " ", fold_accents(key.strip().rstrip(".:").casefold()))  # ("Ep.", "Answer:")

@dataclass
class Collector:
    list_name: str
    shape: ShowShape
    now: dt.datetime  # when "all" and "finale" are read (the bot's injected clock: what is out on it)
    problems: list[str] = field(default_factory=list)
    warnings: list[str] = field(default_factory=list)
    lines: list[str] = field(default_factory=list)  # the file's lines, as YAML counts them

    def error(self, node: Node | None, message: str) -> None:
        self.problems.append(f"line {line_of(node)}: {message}" if node is not None else message)

    def warn(self, node: Node | None, message: str) -> None:
        self.warnings.append(f"line {line_of(node)}: {message}" if node is not None else message)

    # -- scalars -----------------------------------------------------------------------------
    def text(
        self, node: Node, what: str, *, limit: int = MAX_TEXT_CHARS, trap_warning: bool = True, uncurl: bool = False,
        edge_bars: bool = False,
    ) -> str | None:
        """A scalar's literal text; a YAML 1.1 trap is a warning and the text is kept. `uncurl`: a question
        wholly in curly quotes is read without them (an answer keeps them: games match guesses past them).
        `edge_bars`: the caller reads an unpaired '||' at the text's edge off (an answer's), so no warning
        here says it is shown as typed."""
        if not isinstance(node, ScalarNode):
            self.error(node, f"{what} must be text, not {kind_of(node)}")
            return None
        value = str(node.value)
        if node.tag and not node.tag.startswith(_STANDARD_TAG):  # "!Important: what is 2+2?:"
            self.error(
                node,
                f"{what} {short(value)!r} has {node.tag!r} before it, which YAML reads as a tag, not as text: "
                "put it all in quotes",
            )
            return None
        trap = yaml11_trap(node)
        if trap is not None and trap_warning and value != "":
            self.warn(
                node,
                f"{what} {trap.text!r} is unquoted, so YAML may read it as {trap.reading}; "
                f"kept as the text {trap.text!r} (quote it to silence this warning)",
            )
        if uncurl and node.style is None and (curled := _CURLED.match(value)) is not None:
            # a phone's or Word's quotes typed where YAML's straight ones go: the editor's, not the text's
            value = curled.group("double") or curled.group("single")
            self.warn(node, f"{what} is in curly quotes, which YAML keeps as text; read without them "
                            f"({short(value)!r}): use straight quotes (\") or none")
        value = as_shown(value)
        if len(value) > limit:
            self.error(node, f"{what} is {len(value)} characters long; the limit is {limit}")
            return None
        edged = edge_bars and (value.strip().startswith("||") or value.strip().endswith("||")
                               or _EITHER.fullmatch(value.strip()) is not None)
        if value.count("||") % 2 and not edged:  # the author meant to hide something: games show it as typed, bars and all
            self.warn(node, f"{what} has an unpaired '||', which is shown as typed: spoiler bars are not needed in "
                            "a list (games keep each question from channels not that far); remove it")
        return value

    def optional_text(self, node: Node | None, what: str) -> str | None:
        if node is None:
            return None
        if isinstance(node, ScalarNode) and node.style is None and node.tag == NULL_TAG:
            return None
        value = self.text(node, what)
        return value.strip() or None if value is not None else None

    def answers(self, node: Node, question: str, *, what: str = "answers") -> tuple[str, ...] | None:
        if not isinstance(node, SequenceNode):
            fix = ""
            if isinstance(node, ScalarNode) and "," in node.value:  # "Paris, paris, PARIS": one answer per line
                fix = "; put each answer on its own line below the question: " + " ".join(
                    f"'- {part.strip()}'" for part in node.value.split(",")[:3] if part.strip()
                )
            self.error(
                node,
                f"the {what} of question {question!r} must be a list (one '- answer' per line), not {kind_of(node)}{fix}",
            )
            return None
        if not node.value:
            self.error(node, f"question {question!r} has no {what}")
            return None
        if len(node.value) > MAX_ANSWERS:
            self.error(node, f"question {question!r} has {len(node.value)} {what}; the limit is {MAX_ANSWERS}")
            return None
        out: list[str] = []
        ok = True
        one = "an answer" if what == "answers" else "a choice"
        for item in node.value:
            if isinstance(item, ScalarNode) and item.style is None and item.tag == NULL_TAG:
                anchor = _ANCHOR_ANSWER.match(self.lines[line_of(item) - 1]) if line_of(item) <= len(self.lines) else None
                self.error(
                    item,
                    f"{one} of question {question!r} is empty ({item.value or 'nothing'} is YAML's null), so no "
                    "guess could ever match it; write the answer or remove the line"
                    + (f" (to mean the word itself, put it in quotes: - \"{item.value}\")" if item.value not in ("", "~") else "")
                    if anchor is None else
                    f"{one} of question {question!r} opens with '&', which YAML reads as an anchor, leaving the answer "
                    f"empty; put it in quotes (- \"{short(anchor.group(1))}\")",
                )
                ok = False
                continue
            colon = _colon_text(item)
            if colon is not None:  # "- Title: Subtitle" unquoted
                self.error(
                    item,
                    f"{one} of question {question!r} {'ends with' if colon.endswith(':') else 'holds'} "
                    f"':{'' if colon.endswith(':') else ' '}', so YAML reads it as a mapping; put the whole "
                    f"answer in quotes: - \"{colon}\"",
                )
                ok = False
                continue
            value = self.text(item, f"{one} of {question!r}", limit=MAX_ANSWER_CHARS, edge_bars=True)
            if value is None:
                ok = False
                continue
            if isinstance(item, ScalarNode) and (joined := _joined_answer_line(self.lines, item)) is not None:
                self.problems.append(
                    f"line {joined}: this answer is indented more than the one above it, so YAML reads both as one "
                    f"answer ({short(value)!r}): indent every answer of a question alike"
                )
                ok = False
                continue
            if isinstance(item, ScalarNode) and (cut := cut_by_comment(self.lines, item)) is not None:
                whole = short(f"{value} {cut}", 80)
                self.error(
                    item,
                    f"{one} of question {question!r} is followed by {cut!r}, which YAML reads as a comment, so it would "
                    f"be only {value!r}: put the whole answer in quotes (- \"{whole}\"), or a space after '#' if it is a comment",
                )
                ok = False
                continue
            value = value.strip().replace("\\|", "|")  # bars escaped as Discord's Markdown escapes them, "\|\|Gwi-nam\|\|"
            barred = _BARRED.match(value)
            if barred is not None:  # the game hides answers itself (use_spoilers; /triviaset settings)
                self.warn(
                    item,
                    f"{one} of question {question!r} is in spoiler bars ({short(value)!r}); kept as "
                    f"{short(barred.group(1) or barred.group(2))!r}: the game itself hides revealed answers when answers go in spoiler "
                    "bars (CONFIG use_spoilers, or /triviaset settings)",
                )
                value = (barred.group(1) or barred.group(2)).strip()
            elif "||" in value and not value.strip("| "):  # "||", "||||": bars left where an answer was deleted, never a guess
                self.warn(item, f"{one} of question {question!r} is only spoiler bars ({short(value)!r}); left out")
                continue
            elif (value.count("||") % 2 or "||" not in value.strip("|")) and (value.startswith("||") or value.endswith("||")):
                # bars half typed or doubled at an edge ("Nam-ra||", "Nam-ra||||"): no guess holds them, so the
                # answer is what they edge
                self.warn(item, f"{one} of question {question!r} has an unpaired '||' at its edge ({short(value)!r}); "
                                f"kept as {short(value.strip('|').strip())!r}")
                value = value.strip("|").strip()
            either = _EITHER.fullmatch(value)
            if either is not None:  # "Cheong-san || Lee Cheong-san": a coder's "or", never a spoiler bar
                first, value = either.group(1), either.group(2)
                self.warn(item, f"{one} of question {question!r} holds ' || ' between two answers; read as two: "
                                f"{short(first)!r} and {short(value)!r}")
                if first not in out:
                    out.append(first)
            if (bare := without_mentions(value)) != value and bare:
                # "@everyone Woo-jin": a ping beside the answer is no part of what a player types (a lone mention
                # stays as the moderator wrote it)
                self.warn(item, f"{one} of question {question!r} holds a mention ({short(value)!r}); kept as {short(bare)!r}")
                value = bare
            if not value.strip(_INVISIBLE):
                self.error(item, f"{one} of question {question!r} is blank, so no guess could ever match it")
                ok = False
                continue
            if what == "answers" and _PLACEHOLDER.fullmatch(value) and not _ABBREVIATION.search(question):
                self.error(item, f"{one} of question {question!r} is {short(value)!r}, a placeholder, not an answer: a "
                                 "game would take it as right; write the answer once it is known, or leave the question "
                                 "out until then")
                ok = False
                continue
            if value in out:
                self.warn(item, f"question {question!r} lists {value!r} twice")
                continue
            out.append(value)
        if not ok:
            return None
        if not out:
            self.error(node, f"question {question!r} has no non-empty {what}")
            return None
        if what == "answers" and not any(normalize_tokens(answer) for answer in out):
            self.warn(node, f"no answer of question {question!r} has a letter or a digit, so no typed guess could "
                            "match it: typed games skip it (buttons games can ask it with its choices)")
        return tuple(out)


# An answer left to fill in later (a list readied before the episode it asks about is out): "TBD", "???", "(fill in
# after ep 3)", "미정", "por confirmar", "a definir", "未定".
_PLACEHOLDER = compile_later(
    r"[(\[]?\s*(?:tb[dac]|\?{2,}|(?:fill|add)(?:\s+(?:it|this|me))?\s+(?:in|later)(?:\s+(?:later|after|once|when)\b.*)?"
    r"|answer\s+(?:here|later|tbd)|미정|추후\s*(?:공개|추가|입력)|(?:por|a)\s+(?:confirmar|definir)|à\s+(?:définir|confirmer)"
    r"|未定|待定)\s*(?:[)\]]|\(.*\))?[.!]*",
    re.IGNORECASE)
#: ...unless the question asks for the abbreviation itself ("What does TBA stand for?").
_ABBREVIATION = compile_later(r"abbreviat|acronym|stand\s+for|short\s+for|\btb[dac]\b", re.IGNORECASE)
# A whole text in curly quotes ("“Park Ji-hu”", "‘Park Ji-hoo’", "„…“"), none of the same inside it.
_CURLED = compile_later(r"^\s*(?:[“„](?P<double>[^“”„]+)[”“]|‘(?P<single>[^‘’]+)’)\s*$")
# An answer YAML reads as an anchor and nothing ("- &TEAM", a band's name)
_ANCHOR_ANSWER = compile_later(r"^\s*-\s+(&\S.*?)\s*$")
# Two answers joined by one '||' with spaces around it, as a programmer writes "or": "Cheong-san || Lee Cheong-san".
_EITHER = compile_later(r"([^|]*[^|\s])\s+\|\|\s+([^|\s][^|]*)")
# An answer wholly in spoiler bars, and only one pair of them: "||Darth Vader||"; or in Reddit's spoiler tag, as a
# post copied from Reddit hides it: ">!Darth Vader!<".
_BARRED = compile_later(r"^(?:\|\|(?!\|)((?:(?!\|\|).)+?)\|\||>!((?:(?!!<).)+?)!<)$", re.DOTALL)


def _joined_answer_line(lines: list[str], node: ScalarNode) -> int | None:
    """The line of an answer ("  - four") YAML folded into the plain answer above it ("4 - four")."""
    if node.style is not None or node.end_mark is None or node.end_mark.line == node.start_mark.line:
        return None
    for at in range(node.start_mark.line + 1, min(node.end_mark.line + 1, len(lines))):
        if lines[at].lstrip().startswith("- "):
            return at + 1
    return None


def _colon_text(node: Node) -> str | None:
    """The text an author meant by an unquoted "- Title: Subtitle" (read as a one-pair mapping)."""
    if not isinstance(node, MappingNode) or node.flow_style or len(node.value) != 1:
        return None
    key, value = node.value[0]
    if not (isinstance(key, ScalarNode) and isinstance(value, ScalarNode)) or key.style or value.style:
        return None
    return short(f"{key.value}: {value.value}", 80)


def mapping_pairs(col: Collector, node: MappingNode, where: str) -> list[tuple[ScalarNode, Node]] | None:
    """Key/value pairs of a mapping with scalar keys; duplicate or non-text keys are errors."""
    pairs: list[tuple[ScalarNode, Node]] = []
    seen: dict[str, int] = {}
    ok = True
    for key, value in node.value:
        if not isinstance(key, ScalarNode):
            col.error(key, f"a key in {where} must be text, not {kind_of(key)}")
            ok = False
            continue
        if key.value == "<<" and key.tag == "tag:yaml.org,2002:merge":
            col.error(key, "YAML merge keys (<<) are not allowed in trivia lists")
            ok = False
            continue
        text = str(key.value)
        if text in seen:
            col.error(
                key,
                f"duplicate key {short(text)!r} in {where} (first at line {seen[text]}); "
                "YAML would silently keep only the last one",
            )
            ok = False
            continue
        seen[text] = line_of(key)
        pairs.append((key, value))
    return pairs if ok else None


