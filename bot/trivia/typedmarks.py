"""Marks in a hand-written list that look like YAML's but are not, named on every line they are on
(an author fixes them all at once; YAML stops at the first): what a Korean, Japanese or Chinese
keyboard types for ':' and ' ' (the full-width '：' and '　'), a word processor's dash or bullet
before an answer ('– Vienna', '• Oslo'), a JSON habit (a comma after a quoted answer), the ':' of a
question typed inside its quotes, and an answer opening with YAML's '*' or '&' (band names:
*NSYNC, &TEAM). Used by bot/trivia/listhints.py when YAML cannot read a list."""

from __future__ import annotations

from collections.abc import Callable

from bot.lazy_re import compile_later
from bot.trivia.listparts import short

# (the spaces before the colon from the first of them, as the shortest key would: tried from each, the square of a run)
_FULL_WIDTH_COLON = compile_later(r"^(?P<key>[^\s#\-].*?)(?<![ \t])[ \t]*\uff1a[ \t]*$")
_FULL_WIDTH_INDENT = compile_later(r"^[ \t]*\u3000")
_COMMA_AFTER_QUOTE = compile_later(r"^\s*-\s+(?P<answer>([\"'])(?:(?!\2).)*\2)\s*,\s*$")
_COLON_IN_QUOTES = compile_later(r"^(?P<quote>[\"'])(?P<key>(?:(?!(?P=quote)).)+?)\s*:(?P=quote)\s*$")
_SIGNED_ANSWER = compile_later(r"^\s*-\s+(?P<answer>[*&]\S.*?)\s*$")
_ANSWER = compile_later(r"^\s*-\s")


def _full_width_colon(line: str, after: str) -> str | None:
    found = _FULL_WIDTH_COLON.match(line)
    if found is None:
        return None
    return (
        f"the question {short(found.group('key'))!r} ends with a full-width colon '：' (a Korean, Japanese or "
        "Chinese keyboard's), which YAML does not read as ':'; type ':' with the keyboard in English"
    )


def _full_width_indent(line: str, after: str) -> str | None:
    if _FULL_WIDTH_INDENT.match(line) is None:
        return None
    return "a full-width space '　' (a Korean, Japanese or Chinese keyboard's) indents this line; use ordinary spaces"


def _comma_after_quote(line: str, after: str) -> str | None:
    found = _COMMA_AFTER_QUOTE.match(line)
    if found is None:
        return None
    return f"a comma follows the answer's closing quote (as in JSON); remove it: - {short(found.group('answer'))}"


def _colon_in_quotes(line: str, after: str) -> str | None:
    found = _COLON_IN_QUOTES.match(line)
    if found is None or _ANSWER.match(after) is None:
        return None
    quote, key = found.group("quote"), found.group("key")
    return (
        f"the question's ':' is inside its quotes; put it after the closing quote ({quote}{short(key)}{quote}:)"
    )


def _signed_answer(line: str, after: str) -> str | None:
    found = _SIGNED_ANSWER.match(line)
    if found is None:
        return None
    answer = found.group("answer")
    said = "an alias" if answer[0] == "*" else "an anchor, and the answer as empty"
    return f"an answer opening with {answer[0]!r} must be in quotes (- \"{short(answer)}\"): YAML reads it as {said}"


_MARKS: tuple[Callable[[str, str], str | None], ...] = (
    _full_width_indent, _full_width_colon, _comma_after_quote, _colon_in_quotes, _signed_answer,
)


def typed_marks(lines: list[str], last: int | None) -> str | None:
    """Every line with one of these marks, with its fix, when the first comes no later than YAML's
    error (`last`, the line YAML stopped at); None when there is none (up to ten lines named)."""
    found: list[tuple[int, str]] = []
    for number, line in enumerate(lines, start=1):
        after = lines[number] if number < len(lines) else ""
        for mark in _MARKS:
            hint = mark(line, after)
            if hint is not None:
                found.append((number, hint))
                break
    if not found or (last is not None and found[0][0] > last):
        return None
    return "; ".join(f"line {number}: {hint}" for number, hint in found[:10])
