"""Files uploaded as a trivia list that are something else, named for what they are (bot/trivia/lists.py).

A moderator who uploads GitHub's web page instead of the raw file, a spreadsheet saved as CSV,
or a README would otherwise get a YAML syntax error about a line that
holds no question. Each is said as what it is and what to do instead; nothing is imported.
"""

from __future__ import annotations

import csv
import itertools
import re

from yaml.nodes import MappingNode, Node, ScalarNode, SequenceNode

from bot.lazy_re import compile_later
from bot.yamlnodes import kind_of, line_of

#: How a trivia list looks, for the messages below: Red-DiscordBot's format.
LIST_SHAPE = "a list is YAML: each question on a line ending in ':', then its answers below it, one '- answer' a line"
_WEB_PAGE = compile_later(r"^\s*(<!doctype\s+html|<html[\s>]|<head[\s>]|<body[\s>])", re.IGNORECASE)
# A question line (`Question?:` with nothing after the colon) and an answer line (`- answer`).
_KEY_LINE = compile_later(r"^[^\s#-].*:\s*(#.*)?$")
_ANSWER_LINE = compile_later(r"^\s*-(\s|$)")
_DELIMITERS = (",", ";", "\t")


#: Pages a cloud serves in place of a sheet (its sign-in or "request access" page, a published view): the link was
#: downloaded instead of the file, or the file is not shared. Each with how that cloud exports a sheet as CSV.
_CLOUD_PAGES = (
    (compile_later(r"(?:accounts|docs|drive|sheets)\.google\.com|<title>[^<]{0,80}\bgoogle\b", re.IGNORECASE),
     "Google", "open the sheet in Google Sheets, choose File > Download > Comma-separated values (.csv)"),
    (compile_later(r"login\.(?:microsoftonline|live)\.com|onedrive\.|sharepoint\.com|\bloginfmt\b|<title>[^<]{0,80}\b(?:onedrive|microsoft)\b",
                   re.IGNORECASE),
     "Microsoft", "open the workbook in Excel, choose File > Save As (or Download a copy), save it as CSV"),
)


def web_page(text: str) -> str | None:
    """Why the file is refused when it is a saved web page (GitHub's page of a list, a cloud's sign-in page, not the
    list)."""
    if _WEB_PAGE.match(text[:2000]) is None:
        return None
    for page, cloud, export in _CLOUD_PAGES:
        if page.search(text[:20000]) is not None:
            return (f"line 1: the file is a web page (HTML) from {cloud} (a sign-in, sharing or error page), not the sheet "
                    f"itself: {export}, and upload that file")
    return (
        "line 1: the file is a web page (HTML), not the list itself: on GitHub, open the list, press Raw "
        "(or the download button), and upload what that gives; a shared sheet: download it as CSV and upload that"
    )


def _looks_like_list(lines: list[str]) -> bool:
    """Whether some question line is followed (past blanks and comments) by an answer line, or the
    file is written in YAML's flow style (`{...}`, JSON)."""
    meaningful = [line for line in lines if line.strip() and not line.lstrip().startswith("#")]
    if meaningful and meaningful[0].lstrip().startswith(("{", "[")):
        return True
    return any(
        _KEY_LINE.match(line) is not None and _ANSWER_LINE.match(after) is not None
        for line, after in itertools.pairwise(meaningful)
    )


def _spreadsheet(lines: list[str]) -> str | None:
    """The delimiter when the lines read as a table (question and answer in columns), else None."""
    rows = [line for line in lines if line.strip()]
    if not rows or _looks_like_list(lines):
        return None
    for delimiter in _DELIMITERS:
        if delimiter not in rows[0]:
            continue
        try:
            widths = [len(row) for row in csv.reader(rows, delimiter=delimiter)]
        except csv.Error:  # (a cell over the csv module's limit: no table read this way)
            continue
        if sum(1 for width in widths if width >= 2) >= max(1, len(widths) * 4 // 5):
            return delimiter
    return None


#: A game's score report (Kahoot's "Final Scores", a quiz bot's leaderboard): players and their points, no question.
_PLAYERS = compile_later(r"^(?:rank|player|players|nickname|player name|username|name|jugador|jogador|joueur|spieler|순위|닉네임)$")
_POINTS = compile_later(r"\b(?:score|points|correct answers|puntos|pontos|punkte)\b|점수")


def _scores(lines: list[str]) -> str | None:
    for line in lines[:12]:
        cells = [" ".join(c.strip().strip('"').casefold().split()) for c in re.split(r"[,;\t]", line)]
        if any(_PLAYERS.match(c) for c in cells) and any(_POINTS.search(c) for c in cells):
            return ("the file is a game's scores (players and their points), not its questions: upload the quiz "
                    "itself, its questions with their answers (from Kahoot, the quiz's spreadsheet, not its report)")
    return None


def not_a_list(text: str, problem: str) -> str:
    """`problem` (YAML could not read the file, or read no mapping), said as what the file is when
    it is a spreadsheet, a game's scores or not a list at all."""
    lines = text.splitlines()
    if (scores := _scores(lines)) is not None:
        return f"line 1: {scores}"
    delimiter = _spreadsheet(lines)
    if delimiter is not None:
        kind = "CSV" if delimiter == "," else "a table with its columns separated by " + (
            "tabs" if delimiter == "\t" else "semicolons"
        )
        return (
            f"line 1: the file is a spreadsheet saved as {kind} (question and answer in columns), not a trivia list: "
            f"{LIST_SHAPE}, for example:\n  What is the capital of France?:\n  - Paris"
        )
    if _looks_like_list(lines):
        return problem
    return f"{problem} (the file does not look like a trivia list: {LIST_SHAPE})"


_COMMENT_AFTER = compile_later(r"^\s+#(?P<rest>[^\s#].*)$")


def cut_by_comment(lines: list[str], node: ScalarNode) -> str | None:
    """What followed a plain scalar on its line when YAML took it for a comment and it reads as
    part of the text (`- The Number #1 Band`: " #1 Band" is cut). A comment with a space after its
    `#` (`- Valletta # the capital`) is a comment as written."""
    if node.style is not None or node.end_mark is None:
        return None
    line, column = node.end_mark.line, node.end_mark.column
    if not 0 <= line < len(lines):
        return None
    found = _COMMENT_AFTER.match(lines[line][column:])
    return "#" + found.group("rest").rstrip() if found else None


_RED_META = ("AUTHOR", "DESCRIPTION", "CONFIG", "$schema")


def _asks(node: Node, depth: int, fields: frozenset[str]) -> bool:
    """Whether a question could be in `node`: a text with '?' in it, or a list (of answers) no deeper than a
    section ("Geography:" over its questions) would put one; a list of records only when a record asks or names a
    question or answer field (a bot's export, {"tags": [{"name": ..., "content": ...}]}, holds no answers)."""
    if isinstance(node, ScalarNode):
        return any(mark in str(node.value) for mark in "?？")
    if isinstance(node, SequenceNode):
        if node.value and all(isinstance(item, MappingNode) for item in node.value):
            return any(_asks(item, depth + 1, fields) or _names(item, fields) for item in node.value)
        return depth <= 2 or any(_asks(item, depth + 1, fields) for item in node.value)
    if isinstance(node, MappingNode):
        return any(_asks(key, depth, fields) or _asks(value, depth + 1, fields) for key, value in node.value)
    return False


def no_questions(root: MappingNode, fields: frozenset[str] = frozenset()) -> str | None:
    """Why a YAML mapping the Red reader found faults in is no trivia list at all (another program's settings,
    a docker-compose file uploaded by mistake): nothing in it asks anything (no '?') and no key has a list of
    answers under it. None when something reads as a question: then the faults found are the ones to fix."""
    pairs = [(key, value) for key, value in root.value if str(getattr(key, "value", "")) not in _RED_META]
    if not pairs or any(_asks(key, 1, fields) or _asks(value, 1, fields) for key, value in pairs):
        return None
    if root.flow_style:  # JSON: another program's export (no Discord bot exports trivia lists: MEE6 and Carl-bot keep none)
        keys = ", ".join(repr(str(getattr(key, "value", "")))[:40] + (f" (line {line_of(key)})" if line_of(key) > line_of(root) else "")
                         for key, _ in pairs[:3])
        return f"the file is JSON from another program, not a trivia list: none of its keys ({keys}) holds a question with answers. {JSON_READ}"
    keys = ", ".join(repr(str(getattr(key, "value", "")))[:40] for key, _ in pairs[:3])
    return f"the file is not a trivia list: none of its keys ({keys}) is a question with answers; {LIST_SHAPE}"


#: The JSON shapes an upload is read in, named where a JSON file is none of them (its own words, not YAML's).
JSON_READ = ("Read as JSON are rows each with a 'question' and an 'answer' field ([{\"question\": \"...\", \"answer\": \"...\"}]; "
             "Open Trivia DB's response and Kahoot's export hold them so) and a Red-DiscordBot list written in JSON "
             "({\"Who ...?\": [\"answer\", ...]}); a CSV with 'Question' and 'Answer' columns is read too")


def json_array_refusal(root: SequenceNode) -> str:
    """Why a JSON array none of whose items the rows reader took is no trivia list, naming its first item."""
    first = root.value[0] if root.value else root
    what = ("a record with no 'question' and 'answer' fields" if isinstance(first, MappingNode)
            else f"{kind_of(first)}, not a question" if root.value else "empty")
    return f"line {line_of(first)}: the file is a JSON array whose first item is {what}. {JSON_READ}"


def _names(row: MappingNode, fields: frozenset[str]) -> bool:
    """Whether a record names a question or an answer field (`fields`, as bot/trivia/entries.py reads them)."""
    return any(" ".join(str(getattr(key, "value", "")).split()).casefold() in fields for key, _ in row.value)
