"""An answer's letters typed so that they say something else (bot.trivia.wordplay), number
words with a plural scale, a letter tried where codes answer, and a title with one word changed."""

from __future__ import annotations

from bot.trivia.matching import AnswerMatcher, Verdict
from bot.trivia.model import Question
from bot.trivia.normal import read
from bot.trivia.wordplay import split_into_phrase
from tests.table import table


def q(*answers: str) -> Question:
    return Question(id="w-" + "|".join(answers), text="?", answers=answers)


@table(
    ("guess", "answers", "verdict"),
    [
        # a one-word answer split into a phrase of its own is another thing
        ("the rapist", ("Therapist",), Verdict.WRONG_ATTEMPT),
        ("i think the rapist", ("Therapist",), Verdict.WRONG_ATTEMPT),
        ("mans laughter", ("Manslaughter",), Verdict.WRONG_ATTEMPT),
        ("therapist", ("Therapist",), Verdict.RIGHT),
        ("man slaughter", ("Manslaughter",), Verdict.RIGHT),
        # spacing slips stay right: compounds, a word that is itself a word ("news"), no word after
        ("war saw", ("Warsaw",), Verdict.RIGHT),
        ("fire fighter", ("Firefighter",), Verdict.RIGHT),
        ("news paper", ("Newspaper",), Verdict.RIGHT),
        ("an dong", ("Andong",), Verdict.RIGHT),
        ("shakes peare", ("Shakespeare",), Verdict.RIGHT),
        # the answer in the possessive before a noun names something of its own
        ("icarus's dad", ("Icarus",), Verdict.WRONG_ATTEMPT),
        ("icarus's the answer", ("Icarus",), Verdict.RIGHT),
        ("icarus's my guess", ("Icarus",), Verdict.RIGHT),
        ("five hundreds", ("500", "five hundred"), Verdict.RIGHT),
    ],
)
def test_wordplay_verdicts(guess: str, answers: tuple[str, ...], verdict: Verdict) -> None:
    assert AnswerMatcher().judge(guess, q(*answers)).verdict is verdict


def test_a_possessive_before_the_questions_own_word_is_still_the_answer() -> None:
    question = Question(id="w-laptop", text="Whose laptop does the team come for?", answers=("Byeong-chan",))
    assert AnswerMatcher().judge("byeong-chan's laptop", question).verdict is Verdict.RIGHT
    assert AnswerMatcher().judge("byeong-chan's dog", question).verdict is Verdict.WRONG_ATTEMPT


def test_a_split_needs_a_determiner_or_possessive_and_a_word_after() -> None:
    assert split_into_phrase(("the", "rapist"), "therapist")
    assert not split_into_phrase(("thera", "pist"), "therapist")
    assert not split_into_phrase(("sun", "flower"), "sunflower")


def test_a_plural_scale_after_its_count_is_the_scale_but_not_alone() -> None:
    assert read("five hundreds").tokens == ("500",)
    assert read("hundreds of fans").tokens == ("hundreds", "of", "fans")
    assert read("five hundreds of fans").tokens == ("5", "hundreds", "of", "fans")


@table(("guess", "verdict"), [("N", Verdict.WRONG_ATTEMPT), ("S", Verdict.WRONG_ATTEMPT), ("na", Verdict.RIGHT), ("k", Verdict.CHAT), ("ok", Verdict.CHAT)])
def test_a_letter_where_codes_answer_is_a_try(guess: str, verdict: Verdict) -> None:
    assert AnswerMatcher().judge(guess, q("Na")).verdict is verdict


@table("guess", ["now at our home", "now at my school"])
def test_a_title_with_one_word_changed_is_a_try_even_when_its_other_words_are_talk(guess: str) -> None:
    assert AnswerMatcher().judge(guess, q("Now at Our School")).verdict is Verdict.WRONG_ATTEMPT


@table("guess", ["all of us are ded", "all of us r dead"])
def test_a_title_with_one_word_misspelt_or_shortened_is_close_not_wrong(guess: str) -> None:
    assert AnswerMatcher().judge(guess, q("All of Us Are Dead")).verdict is Verdict.CLOSE
