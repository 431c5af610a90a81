"""Writing a list in hyosan's own YAML format (what /trivia export attaches).

`spoils` is written as the position it is ("S1E7"), or 0 for a question that spoils nothing: both
read back as the same position (bot.trivia.lists)."""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

import yaml

from bot.trivia.model import Question


def export_yaml(name: str, author: str | None, description: str | None, questions: Sequence[Question]) -> bytes:
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
    document["questions"] = items
    text = yaml.safe_dump(document, allow_unicode=True, sort_keys=False, default_style=None, width=100)
    return text.encode("utf-8")
