"""The content pack's generated questions and its answer matcher, as the matcher tests judge typed answers
against them (tests/trivia/test_*.py that name questions by id share these)."""

from __future__ import annotations

from bot.show import ShowShape
from bot.trivia.bank import load_content
from bot.trivia.matching import AnswerMatcher, Verdict
from bot.trivia.model import Question

Pack = tuple[AnswerMatcher, dict[str, Question]]


def load_pack() -> Pack:
    """The season-one pack's matcher and its questions by id."""
    questions, matcher = load_content(ShowShape.season_one())
    return matcher, {q.id: q for q in questions}


def judge(pack: Pack, text: str, question: Question | str) -> Verdict:
    """What the matcher makes of `text` typed for a question (given itself, or by its id)."""
    matcher, questions = pack
    return matcher.judge(text, questions[question] if isinstance(question, str) else question).verdict
