"""Chat is not a guess: telling an attempt at the answer from talk in a typed-answer channel."""

from __future__ import annotations

from bot.trivia.guesses import (
    Verdict,
    answer_vocabulary,
    classify,
    core_bounds,
    is_chat_word,
    strip_markup,
)
from bot.trivia.matching import AnswerMatcher
from bot.trivia.model import Question
from bot.trivia.normal import read
from tests.table import table

PARIS = Question(id="g-paris", text="What is the capital of France?", answers=("Paris",))


def judge(text: str, question: Question = PARIS) -> Verdict:
    return AnswerMatcher().judge(text, question).verdict


@table(
    "text", ["lol", "this one is hard", "brb", "wait what", "gg", "omg i know this", "LMAOOO", "hmmmmm"]
)
def test_reactions_and_comments_are_chat(text: str) -> None:
    assert classify(text) is Verdict.CHAT


@table("text", ["😂😂", "👀", "<:pepega:123456789012345678>", "<a:party:123456789012345678>", ":)", "xD"])
def test_emoji_alone_is_chat(text: str) -> None:
    assert classify(text) is Verdict.CHAT


@table("text", ["anyone know?", "who knows this?", "what year was it again?", "does anybody have a clue?"])
def test_a_question_back_to_the_others_is_chat(text: str) -> None:
    assert classify(text) is Verdict.CHAT


@table("text", ["is it london?", "was it 1998?", "could it be Rome?"])
def test_a_guess_put_as_a_question_is_an_attempt(text: str) -> None:
    assert classify(text) is Verdict.WRONG_ATTEMPT


@table("text", ["london", "Lyon i think", "the eiffel tower", "42", "zebra"])
def test_a_short_answer_shaped_message_is_an_attempt(text: str) -> None:
    assert classify(text) is Verdict.WRONG_ATTEMPT


def test_a_long_sentence_that_resembles_no_answer_is_chat() -> None:
    assert classify("honestly i went to paris once and the food there was amazing, loved it") is Verdict.CHAT


def test_a_long_title_is_an_attempt_when_the_answers_are_that_long() -> None:
    text = "the curious incident of the dog in the night time"
    assert classify(text) is Verdict.CHAT
    assert classify(text, longest_answer=10) is Verdict.WRONG_ATTEMPT


def test_a_word_of_the_questions_answers_is_never_chat() -> None:
    assert classify("no") is Verdict.CHAT
    assert classify("no", answer_words=answer_vocabulary(["Yes"])) is Verdict.WRONG_ATTEMPT


def test_answer_vocabulary_pairs_yes_with_no_and_true_with_false() -> None:
    assert {"yes", "no"} <= answer_vocabulary(["Yes"])
    assert {"true", "false"} <= answer_vocabulary(["False"])


def test_mentions_and_links_alone_are_chat() -> None:
    assert classify("<@123456789012345678>") is Verdict.CHAT
    assert classify("https://tenor.com/view/cat-123") is Verdict.CHAT


def test_markup_is_stripped_but_an_answer_link_can_be_kept() -> None:
    assert strip_markup("<:kek:123456789012345678> paris <@123456789012345678>").split() == ["paris"]
    assert "http://doom.fandom.com" in strip_markup("http://doom.fandom.com", links=False)


def test_a_number_and_its_eye_are_not_an_emoticon() -> None:
    assert strip_markup("83").strip() == "83"


def test_stretched_chat_words_are_still_chat_words() -> None:
    assert all(is_chat_word(w) for w in ("lolll", "hahahaha", "omggg", "brbbb", "noooo"))
    assert not any(is_chat_word(w) for w in ("paris", "helium", "book"))


def test_framing_words_around_the_core_are_dropped() -> None:
    tokens = read("i think it's the eiffel tower lol").tokens
    start, end = core_bounds(tokens)
    assert tokens[start:end] == ("eiffel", "tower")


def test_the_core_keeps_at_least_one_word() -> None:
    tokens = read("it").tokens
    assert core_bounds(tokens) == (0, 1)


def test_chat_from_a_bystander_is_judged_chat_in_a_game() -> None:
    assert [judge(t) for t in ("lol", "this one is hard", "brb")] == [Verdict.CHAT] * 3
    assert judge("paris") is Verdict.RIGHT


def test_every_verdict_but_chat_is_an_attempt() -> None:
    assert [v for v in Verdict if v.is_attempt] == [
        Verdict.RIGHT, Verdict.CLOSE, Verdict.SEVERAL_ANSWERS, Verdict.WRONG_ATTEMPT
    ]


def test_a_message_resembling_an_option_is_an_attempt_even_if_chatty() -> None:
    q = Question(id="g-opt", text="Which city?", answers=("Paris",), choices=("Paris", "London", "Rome", "Berlin"))
    assert judge("omg london", q) is Verdict.WRONG_ATTEMPT


def test_a_near_miss_is_an_attempt() -> None:
    assert judge("parsi") is Verdict.CLOSE


def test_verdicts_read_as_the_strings_the_game_stores() -> None:
    assert [str(v) for v in Verdict] == ["correct", "close", "multiple", "wrong", "chat"]
    assert Verdict.RIGHT == "correct"


@table(("text", "tokens"), [
    ("hundred percent", ("100", "percent")), ("thousand", ("1000",)), ("a hundred", ("100",)),
    ("hundreds of them", ("hundreds", "of", "them")),
])
def test_a_scale_word_opening_a_message_counts_one_of_it(text: str, tokens: tuple[str, ...]) -> None:
    assert read(text).tokens == tokens


def test_hundred_percent_is_a_score_of_100() -> None:
    score = Question(id="g-rt", text="What was its Rotten Tomatoes score at launch?", answers=("100%", "100"))
    assert AnswerMatcher().judge("hundred percent", score).verdict is Verdict.RIGHT
