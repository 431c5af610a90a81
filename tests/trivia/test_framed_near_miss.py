"""An answer that opens with a word chat also opens with ("Now at Our School", "No Country for Old Men"),
typed with a typo, is told as close, as the same typo without that word would be (host38)."""

from __future__ import annotations

from bot.trivia.matching import AnswerMatcher, Verdict
from bot.trivia.model import Question
from tests.table import table

WEBTOON = Question(id="t-webtoon", text="What is the webtoon the show adapts called?", answers=("Now at Our School",),
                   list_name="general")
CITY = Question(id="t-paris", text="What is the capital of France?", answers=("Paris",), list_name="general")


@table(("guess", "question", "verdict"), [
    ("now at our skool", WEBTOON, Verdict.CLOSE),
    ("now at our shcool", WEBTOON, Verdict.CLOSE),
    ("now at our school", WEBTOON, Verdict.RIGHT),
    ("now lol", WEBTOON, Verdict.WRONG_ATTEMPT),
    ("no paris", CITY, Verdict.RIGHT),  # the frame is no part of this answer: judged as before
])
def test_a_framing_word_that_opens_the_answer_keeps_a_typo_close(guess: str, question: Question, verdict: Verdict) -> None:
    assert AnswerMatcher().match(guess, question).verdict == verdict
