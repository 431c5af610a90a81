"""The /ask answer engine: free-text questions answered from the content pack and the season-2
status, with sources, confidence and the position (season, episode) every part spoils.

router.py holds `AnswerEngine` (the order in which the kinds of question are tried); one module
per kind of question (episodes, season2 and season2_status, relations, cast, fates, corrections,
production, characters, fallback); question.py reads the question, knowledge.py, terms.py and
claims.py hold what several kinds look up, result.py the types returned and the text renderer.
"""

from bot.lore.answer.question import QUESTION_LIMIT, QuestionError, prepare_question
from bot.lore.answer.result import (
    CONFIDENCE_ORDER,
    Answer,
    Part,
    SourceRef,
    answer_json,
    part_text,
    render_text,
)
from bot.lore.answer.router import AnswerEngine
from bot.lore.answer.season2_status import pack_status

__all__ = [
    "CONFIDENCE_ORDER",
    "QUESTION_LIMIT",
    "Answer",
    "AnswerEngine",
    "Part",
    "QuestionError",
    "SourceRef",
    "answer_json",
    "pack_status",
    "part_text",
    "prepare_question",
    "render_text",
]
