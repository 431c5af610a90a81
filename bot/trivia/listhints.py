"""What to change when YAML cannot read a trivia list (bot/trivia/lists.py): YAML's syntax error, said
as the usual mistake of a hand-written list when one comes first, on the line where it is (YAML
often notices a line or two later). Nothing here reads the list; it only explains why it failed.
"""

from __future__ import annotations

import re

from bot.lazy_re import LazyPattern, compile_later
from bot.trivia.listparts import MAX_QUESTION_CHARS, short
from bot.trivia.typedmarks import typed_marks

_TAB_INDENT = compile_later(r"^ *\t")
# An unquoted question holding ": " ("Who said: ...?:"), and an answer opening with a YAML sign.
_COLON_IN_KEY = compile_later(r"^(?![\s\"'#-])[^#\n]*?: [^#\n]*:\s*$")
# ("|" and ">" open a block of text, unless all that follows is its header: `- |`, `- >-`)
_SIGN_ANSWER = compile_later(r"^\s*-\s+([*&`@%!]|[|>](?![-+0-9]*\s*(?:#.*)?$))")
_SIGN_QUESTION = compile_later(r"^([*&`@%!]|[|>](?![-+0-9]*\s*(?:#.*)?$))")
# An unquoted question holding " #": YAML reads the rest of the line, its ':' too, as a comment.
_HASH_IN_KEY = compile_later(r"^(?![\s\"'#-])[^#\n]*?\s#\S[^\n]*:\s*$")
_ERROR_LINE = compile_later(r"^line (\d+): ")
_NBSP_INDENT = compile_later(r"^[ \t]*\u00a0")
# A question or an answer opening with a quoted part and going on after it: "\"To be\" is from?:"
_QUOTE_THEN_MORE_KEY = compile_later(r"^([\"'])(?:(?!\1).)*\1[ \t]*[^\s:#].*:\s*$")
_QUOTE_THEN_MORE_ANSWER = compile_later(r"^\s*-\s+([\"'])(?:(?!\1).)*\1[ \t]*[^\s#].*$")
# "'What's the capital?':", "- 'Rock 'n' roll'": an apostrophe in a word ends the single quotes
_APOSTROPHE_IN_SINGLE = compile_later(r"^(\s*(?:-\s+)?)'([^'\n]*\w'\w[^\n]*)'(\s*:?)\s*$")
# "[Movies] Who directed Jaws?:": a flow collection, then more
_BRACKET_KEY = compile_later(r"^[\[{][^\]}]*[\]}][ \t]*[^\s,:#\]}].*:\s*$")
_DASHED_KEY = compile_later(r"^-\s+[^\s#\-\[{\"'].*:\s*$")
_ANSWER_NO_SPACE = compile_later(r"^\s*-[^\s\-]")
_BARE_LINE = compile_later(r"^[^\s#\-\[{\"'][^:]*$")
_ANSWER_START = compile_later(r"^\s*-\s")
_ANSWER_ON_KEY_LINE = compile_later(r"^[^\s#\-].*?:\s+-\s+\S")
_INDENTED_KEY = compile_later(r"^\s+[^\s#\-].*:\s*$")
# "AUTHOR: @Minji", "DESCRIPTION: `quiz`": a value opening with a YAML sign
_COLON_IN_VALUE = compile_later(r"^([A-Za-z$][\w$]*):[ \t]+[^\s\"'#|>&*!%@`\[{][^#\n]*?:(?:[ \t]|$)")  # "DESCRIPTION: a: b"
_SIGN_VALUE = compile_later(r"^([A-Za-z$][\w$]*):[ \t]+([*&`@%!])")
# A question or an answer opening with a quote never closed on its line ('- "Rome')
_UNCLOSED = compile_later(r"^((?:\s*-\s+)?([\"'])(?:(?!\2).)*)$")
_KEY_AFTER = compile_later(r"^[^\s#\-].*:\s*$")
# "AUTHOR:Jisoo", "What is 2+2?:4": no space after a key's ':' (YAML then reads one long word)
_NO_SPACE_AFTER_COLON = compile_later(r"^(AUTHOR|DESCRIPTION|CONFIG|[^\s#\-\"'][^:]*\?):(?=[^\s:])(.+)$")
# A backslash in double quotes that YAML does not know as an escape ("C:\Windows")
_BAD_ESCAPE = compile_later(r'"(?:[^"\\\n]|\\[0abtnvfre "/\\N_LPxuU\t])*\\[^0abtnvfre "/\\N_LPxuU\t]')
# Answers written as a chat or a document lists them: "* Oslo", "• Oslo", "1. Vienna", "2) Wien", and
# the dash a word processor made of "- " ("– Vienna", "— Bern")
_BULLET = compile_later(r"^\s*(?:[*•+\u2013\u2014\u2212]|\d{1,2}[.)])[ \t]+(\S.*)$")


#: The longest key YAML reads written as `key:` (not `? key`): a longer Red question is a syntax error.
YAML_KEY_LIMIT = 1024
# A line that is a key: what comes before its last ":" ending the line or followed by a value.
_KEY_LINE = compile_later(r"^\s*(?:-\s+)?(?P<key>[^\s#-].*?|-\S.*?)\s*:(?:\s+[^:]*)?$")


def _long_key(line: str) -> int | None:
    """How many characters the question written as a key on `line` has, when over YAML_KEY_LIMIT."""
    found = _KEY_LINE.match(line)
    if found is None:
        return None
    key = found.group("key")  # YAML counts a quoted key's quotes too
    if len(key) <= YAML_KEY_LIMIT:
        return None
    return len(key) - 2 if len(key) >= 2 and key[0] == key[-1] and key[0] in "\"'" else len(key)


def syntax_hint(text: str, error: str) -> str:
    """YAML's syntax error, said as what the author must change when a usual cause comes first: a
    question longer than YAML reads as a key, a tab in an indent, a question holding ": " unquoted,
    an answer opening with "*", "&", "`"..."""
    if "syntax error" not in error:
        return error  # an alias loop or a budget: said as it is
    found = _ERROR_LINE.match(error)
    last = int(found.group(1)) if found else None
    lines = text.splitlines()
    if last is not None and 0 < last <= len(lines) and (size := _long_key(lines[last - 1])) is not None:
        return (
            f"line {last}: the question is {size} characters long; written as a key (`Question?:`, Red's format), "
            f"a question can be at most {YAML_KEY_LIMIT} characters (quotes included), the most YAML reads there. "
            f"Shorten it, or write the list in hyosan's format (`question: ...`), which takes up to {MAX_QUESTION_CHARS}"
        )
    if (bullets := _bullets(lines, last)) is not None:
        return bullets
    marks = typed_marks(lines, last)
    for number, line in enumerate(lines, start=1):
        if last is not None and number > last:
            break
        if marks is not None and marks.startswith(f"line {number}: "):
            return f"{marks} ({error.removeprefix(found.group(0)) if found else error})"
        hint = _line_hint(line, lines[number] if number < len(lines) else "")
        if hint is None and number == last:
            hint = _error_line_hint(line)
        if hint is not None:
            hint += _also_named(lines, number, _TAB_INDENT, "a tab indents {} too") if _TAB_INDENT.match(line) else \
                _also_named(lines, number, _COLON_IN_KEY, "': ' is inside the question on {} too") \
                if _COLON_IN_KEY.match(line) else ""
            return f"line {number}: {hint} ({error.removeprefix(found.group(0)) if found else error})"
    return error


def _also_named(lines: list[str], first: int, mistake: LazyPattern, said: str) -> str:
    """The other lines with the same mistake (a tab indenting, ': ' inside a question), so that one upload names
    every one to change."""
    more = [f"line {n}" for n, line in enumerate(lines, start=1) if n > first and mistake.match(line)]
    if not more:
        return ""
    shown = (", ".join(more[:20]) + f" and {len(more) - 20} more" if len(more) > 20 else
             " and ".join([", ".join(more[:-1]), more[-1]]) if len(more) > 1 else more[0])
    return f" ({said.format(shown)})"


def _line_hint(line: str, after: str) -> str | None:
    """What is wrong with `line` (followed by `after`), when it is a usual mistake."""
    hint: str | None = None
    if _NBSP_INDENT.match(line):
        hint = "a non-breaking space (copied from a web page or a chat) indents this line; use ordinary spaces"
    elif _TAB_INDENT.match(line):
        hint = "a tab indents this line; YAML needs spaces"
    elif _COLON_IN_KEY.match(line):
        hint = f"the question {short(line.rstrip()[:-1])!r} holds ': '; put the whole question in quotes"
    elif _HASH_IN_KEY.match(line):
        hint = (
            f"the question {short(line.rstrip()[:-1])!r} holds ' #', where YAML begins a comment; "
            "put the whole question in quotes"
        )
    elif (value := _COLON_IN_VALUE.match(line)) is not None:
        hint = (
            f"the value of {value.group(1)} holds ': '; put it in quotes "
            f"({value.group(1)}: \"{short(line.split(':', 1)[1].strip())}\")"
        )
    elif (value := _SIGN_VALUE.match(line)) is not None:
        hint = (
            f"a value opening with {value.group(2)!r} must be in quotes "
            f"({value.group(1)}: \"{short(line.split(':', 1)[1].strip())}\")"
        )
    elif (glued := _NO_SPACE_AFTER_COLON.match(line)) is not None and glued.group(1) in ("AUTHOR", "DESCRIPTION", "CONFIG"):
        hint = f"write a space after ':' ({short(glued.group(1) + ': ' + glued.group(2).strip())!r})"
    elif glued is not None:
        hint = (
            f"the answer is glued to the question's ':'; end the line with ':' ({short(glued.group(1))}:) and write "
            f"each answer on its own line below it ('- {short(glued.group(2).strip())}')"
        )
    elif _BAD_ESCAPE.search(line):
        hint = (
            "a backslash inside double quotes starts an escape YAML does not know; use single quotes around that "
            "text (- 'C:\\Windows') or write the backslash twice"
        )
    elif (open_quote := _UNCLOSED.match(line)) is not None:
        hint = f"{short(open_quote.group(1).strip())!r} opens a quote that is never closed on its line; close it or remove it"
    elif _BARE_LINE.match(line) and _KEY_AFTER.match(after):
        hint = (
            f"the question {short(line.strip())!r} goes on to the next line; write each question on one line "
            "ending with ':'"
        )
    elif (sign := _SIGN_ANSWER.match(line)) is not None:
        hint = f"an answer opening with {sign.group(1)!r} must be in quotes ({short(line.strip()[1:].strip())!r})"
    elif (sign := _SIGN_QUESTION.match(line)) is not None:
        hint = f"a question opening with {sign.group(1)!r} must be in quotes ({short(line.rstrip())!r})"
    elif (single := _APOSTROPHE_IN_SINGLE.match(line)) is not None:
        inside = single.group(2)
        hint = (
            f"an apostrophe inside single quotes ends them ({short(inside)!r}); write it in double quotes "
            f"({single.group(1)}\"{short(inside)}\"{single.group(3)}) or write the apostrophe twice"
        )
    elif (quoted := _QUOTE_THEN_MORE_KEY.match(line)) is not None:
        hint = (
            f"the question {short(line.rstrip()[:-1])!r} opens with a quote that closes before it ends; put the "
            f"whole question in the other quotes ({_other_quotes(line.rstrip()[:-1], quoted.group(1))}:)"
        )
    elif (quoted := _QUOTE_THEN_MORE_ANSWER.match(line)) is not None:
        said = line.strip()[1:].strip()
        hint = (
            f"the answer {short(said)!r} opens with a quote that closes before it ends; put the whole answer in "
            f"the other quotes (- {_other_quotes(said, quoted.group(1))})"
        )
    elif _BRACKET_KEY.match(line):
        hint = f"a question opening with {line[0]!r} must be in quotes ({short(line.rstrip())!r})"
    elif _DASHED_KEY.match(line):
        hint = "a question line opens with '- ', and only answers do: write the question alone, as `Question?:`"
    elif _ANSWER_NO_SPACE.match(line):
        hint = f"an answer needs a space after '-' (write - {line.strip()[1:]!r}, not {line.strip()!r})"
    elif _BARE_LINE.match(line) and _ANSWER_START.match(after):
        hint = f"the question {short(line.strip())!r} has no ':' (colon) at its end"
    return hint


def _error_line_hint(line: str) -> str | None:
    """What is wrong with the line YAML stopped at, when it is a usual mistake there (an indented key
    is right in hyosan's format, so it is said only where YAML failed)."""
    if _ANSWER_ON_KEY_LINE.match(line):
        return "the answers go below the question, each on its own line ('- answer'), not on the question's line"
    if _INDENTED_KEY.match(line):
        return "this question is indented; start every question at the beginning of its line"
    return None


def _other_quotes(text: str, quote: str) -> str:
    """`text` in the quotes it does not open with (the same quotes inside doubled, as YAML reads them)."""
    if quote == '"':
        return "'" + text.replace("'", "''") + "'"
    return '"' + text.replace("\\", "\\\\").replace('"', '\\"') + '"'




def _bullets(lines: list[str], last: int | None) -> str | None:
    """Answers bulleted as in a chat or a document ("* Oslo", "1. Vienna") under a question, when the
    first comes before YAML's error: every such line named, with its answer as a list item."""
    found: list[tuple[int, str]] = []
    before = ""
    # (a README's "To install:" then "1. Download the file" is no list: a question ends with "?:", or
    # the file has answers written right elsewhere)
    keys = ("?:",) if not any(_ANSWER_START.match(line) for line in lines) else ("?:", ":")
    for number, line in enumerate(lines, start=1):
        bullet = _BULLET.match(line)
        if bullet is not None and (before.rstrip().endswith(keys) or (found and found[-1][0] == number - 1)):
            found.append((number, bullet.group(1).strip()))
        if line.strip():
            before = line
    if not found or (last is not None and found[0][0] > last):
        return None
    return "; ".join(
        f"line {number}: an answer starts with '- ' (write '- {short(answer)}')" for number, answer in found[:10]
    )


_FENCE = compile_later(r"^\s*```[\w-]*\s*$")
_QUOTED_LINE = compile_later(r"^> ?(?=\S|$)")
_TAB_AFTER_DASH = compile_later(r"^([ ]*-)\t+(?=\S)", re.MULTILINE)
# Google Docs, Word and web pages write "- " with a no-break space, and leave zero-width or no-break spaces
# at a line's end (after a question's ':'); two Notepad files joined (`type a.yaml b.yaml > all.yaml`) keep
# the second one's byte-order mark at a line's start: invisible to the author, yet YAML reads them as text,
# so the answers fold into the question, or the whole file reads as one line of text.
_NBSP_AFTER_DASH = compile_later(r"^([ ]*-)[\u00a0\u202f\u2007]+(?=\S)", re.MULTILINE)
_MARK_AT_START = compile_later(r"^\ufeff+", re.MULTILINE)
# (begun at the first of the spaces before it: tried from each of a long run, the square of the run)
_INVISIBLE_AT_END = compile_later(r"(?<![ \t])[ \t]*[\u00a0\u202f\u2007\u200b\u200c\u200d\u2060\ufeff]+[ \t]*(?=\r?$)", re.MULTILINE)


def unpasted(text: str) -> str:
    """The list as its author meant it when pasted from Discord: a code fence around it ("```yaml" ...
    "```"), a quote block ("> " before every line, or ">>> " before the first), a tab or a no-break space
    after an answer's "-" read as a space, and invisible spaces ending a line (a document's export) and
    byte-order marks opening one (files joined) left out.
    Lines keep their numbers (a fence line is left blank), so every problem still names the line the author
    sees."""
    lines = text.split("\n")
    filled = [n for n, line in enumerate(lines) if line.strip()]
    if filled and lines[filled[0]].startswith(">>> "):
        lines[filled[0]] = lines[filled[0]][4:]
    elif filled and all(_QUOTED_LINE.match(lines[n]) for n in filled):
        lines = [_QUOTED_LINE.sub("", line) for line in lines]
    if filled and _FENCE.match(lines[filled[0]]):
        lines[filled[0]] = ""
        if len(filled) > 1 and _FENCE.match(lines[filled[-1]]):
            lines[filled[-1]] = ""
    text = _NBSP_AFTER_DASH.sub(r"\1 ", _TAB_AFTER_DASH.sub(r"\1 ", "\n".join(lines)))
    return _INVISIBLE_AT_END.sub("", _MARK_AT_START.sub("", text))
