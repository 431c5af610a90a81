"""Writing a list as a file (what /trivia export attaches), in hyosan's own YAML format or in
Red-DiscordBot's.

hyosan's format keeps everything: `spoils` is written as the position it is ("S1E7"), or 0 for a
question that spoils nothing (both read back as the same position, bot.trivia.lists), and the
list's CONFIG as `config:`. Red's format has no place for choices, categories, difficulty,
explanations or spoilers: it keeps the AUTHOR, the DESCRIPTION (cut to Red's 200 characters), the
CONFIG settings Red's upload accepts, and each question with its answers (a question written twice
is kept once, as a Red list can hold a question only once). Both read back through our importer,
and the Red file passes Red's own upload rules (bot/trivia/redrules.py).
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from typing import Any

import yaml

from bot.text import shorten
from bot.trivia.model import Question
from bot.trivia.redrules import (
    RED_AUTHOR_LIMIT,
    RED_DESCRIPTION_LIMIT,
    RED_RESERVED_KEYS,
    red_accepts_setting,
)


def _dump(document: dict[str, Any]) -> bytes:
    text = yaml.safe_dump(document, allow_unicode=True, sort_keys=False, default_style=None, width=100)
    return text.encode("utf-8")


def export_yaml(
    name: str, author: str | None, description: str | None, questions: Sequence[Question],
    config: Mapping[str, object] | None = None,
) -> bytes:
    items: list[dict[str, Any]] = []
    for q in questions:
        item: dict[str, Any] = {"id": q.id, "question": q.text, "answers": list(q.answers)}
        if q.choices:
            item["choices"] = list(q.choices)
        item["category"] = q.category
        item["difficulty"] = q.difficulty
        item["spoils"] = str(q.spoils) if q.spoils else 0
        if q.explanation:
            item["explanation"] = q.explanation
        if q.source:
            item["source"] = q.source
        items.append(item)
    document: dict[str, Any] = {"hyosan": 1, "name": name}
    if description:
        document["description"] = description
    if author:
        document["author"] = author
    if config:
        document["config"] = dict(config)
    document["questions"] = items
    return _dump(document)


def export_red_yaml(
    author: str | None, description: str | None, questions: Sequence[Question], config: Mapping[str, object] | None = None,
) -> bytes:
    """The list in Red-DiscordBot's format (what Red's `[p]triviaset custom upload` takes)."""
    document: dict[str, Any] = {}
    if author:
        document["AUTHOR"] = shorten(author, RED_AUTHOR_LIMIT)
    if description:
        document["DESCRIPTION"] = shorten(description, RED_DESCRIPTION_LIMIT)
    settings = {key: value for key, value in (config or {}).items() if red_accepts_setting(key, value)}
    if settings:
        document["CONFIG"] = settings
    for q in questions:
        if q.text not in document and q.text not in RED_RESERVED_KEYS:
            document[q.text] = list(q.answers)
    return _dump(document)
