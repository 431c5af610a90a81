"""A question written in Discord (the /triviaset add_question form) for a server's own list.

The form's fields are put into a one-question list in hyosan's format and read by the importer
itself (bot/trivia/lists.py), so a question built in Discord is checked exactly as an imported one:
answers one per line (the first is the one shown), optional four choices that include the answer,
optional `spoils` (0, an episode of season 1, or a position like S2E3; once a later season is out, a
bare "ep 3" is asked again with its season, as it would rate that season's question as season 1's).
Problems come back without the line numbers of that internal document, which the moderator never saw.
"""

from __future__ import annotations

import datetime as dt

import yaml

from bot.lazy_re import compile_later
from bot.progress_said import season_unsaid
from bot.show import ShowShape, read_position
from bot.trivia.lists import ListError, parse_list
from bot.trivia.model import TriviaList

_LINE = compile_later(r"^line \d+: ")


def _lines(text: str) -> list[str]:
    return [line.strip() for line in text.splitlines() if line.strip()]


def read_question(
    list_name: str, question: str, answers: str, choices: str = "", spoils: str = "", *, shape: ShowShape | None = None,
    out: int = 1, now: dt.datetime | None = None,
) -> TriviaList:
    """The form as a one-question list; raise ListError with every problem, in the form's words
    (`out`: the latest season out; `now`: the bot's clock, which "finale" and "all" are read at)."""
    found = read_position(spoils) if spoils.strip() else None
    if found and (unsaid := season_unsaid(spoils.strip(), found.season, found.episode, out)):
        raise ListError([f"Episode it spoils: {unsaid}"])
    item: dict[str, object] = {"question": question.strip(), "answers": _lines(answers)}
    if choices.strip():
        item["choices"] = _lines(choices)
    if spoils.strip():
        item["spoils"] = spoils.strip()
    document = yaml.safe_dump({"hyosan": 1, "name": list_name, "questions": [item]}, allow_unicode=True)
    try:
        return parse_list(document.encode("utf-8"), list_name, shape=shape, now=now)
    except ListError as exc:
        raise ListError([_LINE.sub("", problem) for problem in exc.problems]) from None
