"""Another player's guess reported in the channel ("jin said huxley lmao") is talk, not a guess of
one's own; a guess after a turn ("but its orwell") is judged (bot.trivia.corrections.reported_guess)."""

from __future__ import annotations

from bot.trivia.matching import AnswerMatcher, Verdict
from bot.trivia.model import Question
from tests.table import table

ORWELL = Question(id="r-1", text='Who wrote "Animal Farm"?', answers=("George Orwell", "Orwell"), list_name="books")
HUXLEY = Question(id="r-2", text="Who wrote Brave New World?", answers=("Aldous Huxley", "Huxley"), list_name="books")
SIMON = Question(id="r-3", text="Which children's game has players obey one leader's orders?", answers=("Simon Says",))
MATCHER = AnswerMatcher(lists=[ORWELL, HUXLEY])


@table("text", ["jin said huxley lmao", "someone guessed huxley", "mina typed huxley 💀"])
def test_another_players_wrong_guess_reported_is_talk(text: str) -> None:
    assert MATCHER.judge(text, ORWELL).verdict is Verdict.CHAT


def test_another_players_right_guess_reported_scores_nothing() -> None:
    assert MATCHER.judge("jin said orwell", ORWELL).verdict is Verdict.CHAT


def test_ones_own_guess_after_the_report_is_judged() -> None:
    assert MATCHER.judge("jin said huxley but its orwell", ORWELL).verdict is Verdict.RIGHT
    assert MATCHER.judge("jin said orwell but no its huxley", ORWELL).verdict is Verdict.WRONG_ATTEMPT
    assert MATCHER.judge("i say orwell, my sis says huxley", ORWELL).verdict is Verdict.RIGHT
    assert MATCHER.judge("me: huxley | my bf: orwell", ORWELL).verdict is Verdict.WRONG_ATTEMPT


def test_ones_own_guess_said_again_is_a_guess() -> None:
    assert MATCHER.judge("i said orwell", ORWELL).verdict is Verdict.RIGHT


def test_an_answer_that_says_it_is_no_report() -> None:
    assert AnswerMatcher().judge("simon says lol", SIMON).verdict is Verdict.RIGHT
