"""The /ask answer engine: free-text questions answered from the content pack and the season-2
status, with sources, confidence and the position (season, episode) every part spoils.

analysis -> resolution -> answer: analysis.py reads a question (type, clauses, cues; words.py and
vocabulary.py the words), subjects.py resolves who it is about (names, descriptions, relation
paths), and router.py's `AnswerEngine` offers it to one kind of answer after another: season2
(season2_status, season2_dated, claims), episodes, deeds (who did what to whom), fates (states as of
the viewer's position), people (cast, profiles, attributes), events (the event index), relations,
corrections, lists, motives (why someone did "that"), retrieval (the one record that states the
answer; records.py), fallback. ask.py holds what they
share, result.py the types returned and the text renderer, knowledge.py sources and names.
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
    visible_parts,
)
from bot.lore.answer.router import AnswerEngine
from bot.lore.answer.season2_phrases import chrome_words
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
    "chrome_words",
    "pack_status",
    "part_text",
    "prepare_question",
    "render_text",
    "visible_parts",
]
