"""Questions as JSON: a game stores the questions it drew, so it resumes even if a list changes."""

from __future__ import annotations

import functools
import json
from collections.abc import Iterable
from typing import Any

from bot.show import Position
from bot.trivia.model import Question


def question_to_dict(question: Question) -> dict[str, Any]:
    return {
        "id": question.id,
        "text": question.text,
        "answers": list(question.answers),
        "choices": list(question.choices),
        "category": question.category,
        "difficulty": question.difficulty,
        "spoils": question.spoils.code,  # the database's encoding of a position (season * 100 + episode)
        "explanation": question.explanation,
        "source": question.source,
        "list_name": question.list_name,
        "explanation_spoils": question.explanation_spoils.code,
        "source_spoils": question.source_spoils.code,
        "choices_spoils": question.choices_spoils.code,
    }


def question_from_dict(data: dict[str, Any]) -> Question:
    return Question(
        id=str(data["id"]),
        text=str(data["text"]),
        answers=tuple(str(a) for a in data["answers"]),
        choices=tuple(str(c) for c in data.get("choices") or ()),
        category=str(data.get("category") or "general"),
        difficulty=str(data.get("difficulty") or "medium"),
        spoils=Position.from_code(int(data.get("spoils") or 0)),
        explanation=data.get("explanation"),
        source=data.get("source"),
        list_name=str(data.get("list_name") or "imported"),
        explanation_spoils=Position.from_code(int(data.get("explanation_spoils") or 0)),
        source_spoils=Position.from_code(int(data.get("source_spoils") or 0)),
        choices_spoils=Position.from_code(int(data.get("choices_spoils") or 0)),
    )


def dump_question(question: Question) -> str:
    return json.dumps(question_to_dict(question), ensure_ascii=False, sort_keys=True)


def load_question(text: str) -> Question:
    return question_from_dict(json.loads(text))


def dump_questions(questions: Iterable[Question]) -> str:
    return json.dumps([question_to_dict(q) for q in questions], ensure_ascii=False)


def load_questions(text: str) -> list[Question]:
    return [question_from_dict(item) for item in json.loads(text)]


def _fold(text: str) -> str:
    return " ".join(text.casefold().split())


@functools.lru_cache(maxsize=8192)  # asked for every click and every question a game may draw
def correct_choice(question: Question) -> int | None:
    """Index of the choice that is the right answer (None when the question has no choices)."""
    if not question.choices:
        return None
    accepted = {_fold(answer) for answer in question.answers}
    for index, choice in enumerate(question.choices):
        if _fold(choice) in accepted:
            return index
    return None


def playable(question: Question, mode: str) -> bool:
    """Buttons need choices with the right answer among them; typed needs an answer."""
    if not question.answers:
        return False
    if mode == "buttons":
        return 2 <= len(question.choices) <= 5 and correct_choice(question) is not None
    return True
