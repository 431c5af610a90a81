"""Talk in a typed-answer channel costs no guess: a clause, feelings about the show, Korean chat."""

from __future__ import annotations

from bot.trivia.emojis import EmojiSays, emojis_say
from bot.trivia.matching import AnswerMatcher, Verdict
from bot.trivia.model import Question
from tests.table import table

HYOSAN = Question(id="t-hyosan", text="What is the name of the fictional city where the story is set?", answers=("Hyosan",))
YES = Question(id="t-yes", text="Did Season 1's episodes have official titles?", answers=("No",))


def judge(text: str, question: Question = HYOSAN) -> Verdict:
    return AnswerMatcher().judge(text, question).verdict


@table("text", ["i hate him", "he deserved it", "she is so underrated", "rip my streak", "i saw it twice"])
def test_a_sentence_about_the_show_is_talk(text: str) -> None:
    assert judge(text) is Verdict.CHAT


@table("text", ["best scene", "queen behaviour", "so cute", "spoiler alert lol", "hate hate hate"])
def test_feelings_and_words_about_the_game_are_talk(text: str) -> None:
    assert judge(text) is Verdict.CHAT


@table("text", ["ㅋㅋㅋ", "ㅋㅋㅋㅋ 뭐야", "헐", "진짜 몰라", "아 이거 뭐였지", "어렵다", "웹툰 봤어?"])
def test_korean_chat_is_talk(text: str) -> None:
    assert judge(text) is Verdict.CHAT


@table("text", ["seoul", "police officer", "train to seoul", "i think it's busan", "wasn't it busan", "서울"])
def test_a_name_or_a_thing_is_still_an_attempt(text: str) -> None:
    assert judge(text) is Verdict.WRONG_ATTEMPT


def test_a_word_of_the_answers_is_an_attempt_even_beside_talk_words() -> None:
    assert judge("yes", YES) is Verdict.WRONG_ATTEMPT


@table("text", ["i want chicken now", "i cried at the end", "what a school"])
def test_someone_saying_what_they_do_is_talk(text: str) -> None:
    assert judge(text) is Verdict.CHAT


def test_another_answer_of_the_list_said_in_a_sentence_is_talk() -> None:
    matcher = AnswerMatcher(lists=[HYOSAN, Question(id="t-lib", text="Where is the fight?", answers=("The library",))])
    assert matcher.judge("omg the library scene", HYOSAN).verdict is Verdict.CHAT
    assert matcher.judge("the library?", HYOSAN).verdict is Verdict.WRONG_ATTEMPT


def test_never_is_no_typo_of_a_name() -> None:
    naver = Question(id="t-naver", text="On which web portal was the webtoon published?", answers=("Naver",))
    assert judge("never", naver) is not Verdict.RIGHT


def test_an_option_said_beside_a_word_about_the_show_is_still_an_attempt() -> None:
    episode = Question(id="t-ep", text="In which episode does I-sak turn?", answers=("2",), choices=("1", "2", "3", "4"))
    assert judge("ep 1", episode) is Verdict.WRONG_ATTEMPT


def test_a_message_mostly_about_the_show_is_talk() -> None:
    assert judge("best zombie movie") is Verdict.CHAT


@table("text", ["episode 12", "dawn of the dead", "pizza place"])
def test_a_title_or_a_number_beside_a_word_about_the_show_is_an_attempt(text: str) -> None:
    assert judge(text) is Verdict.WRONG_ATTEMPT


def test_someone_saying_what_they_know_beside_another_answer_is_talk() -> None:
    matcher = AnswerMatcher(lists=[HYOSAN, Question(id="t-seoul", text="Where is season 2 set?", answers=("Seoul",))])
    assert matcher.judge("i only know seoul", HYOSAN).verdict is Verdict.CHAT
    assert matcher.judge("i think seoul", HYOSAN).verdict is Verdict.WRONG_ATTEMPT


@table("text", ["치킨 먹고싶다", "바이러스 이름 뭐였지", "season 2 when"])
def test_a_sentence_ending_with_its_verb_or_question_word_is_talk(text: str) -> None:
    assert judge(text) is Verdict.CHAT


@table("text", ["서울 아님?", "서울 맞지?", "서울 ㅋㅋ"])
def test_a_name_hedged_in_korean_is_an_attempt(text: str) -> None:
    assert judge(text) is Verdict.WRONG_ATTEMPT


@table("text", ["i feel like its busan", "i suppose busan", "im going with busan", "i'd say busan"])
def test_a_guess_framed_by_what_the_player_thinks_is_an_attempt(text: str) -> None:
    assert judge(text) is Verdict.WRONG_ATTEMPT


@table("text", ["so brutal", "that voice", "our teacher tho", "rip this town"])
def test_a_word_qualified_by_a_possessive_or_an_intensifier_is_talk(text: str) -> None:
    assert judge(text) is Verdict.CHAT


def test_a_guess_asked_with_is_that_is_still_an_attempt() -> None:
    assert judge("is that busan?") is Verdict.WRONG_ATTEMPT


def test_a_verb_in_ing_is_talk_but_not_a_noun_after_an_article() -> None:
    assert judge("brb charging phone") is Verdict.CHAT
    assert judge("the building") is Verdict.WRONG_ATTEMPT


@table("text", ["it happened at the mall", "the guy from the bus?", "short but sweet", "easy if you watched"])
def test_a_place_said_with_a_preposition_or_two_joined_clauses_are_talk(text: str) -> None:
    assert judge(text) is Verdict.CHAT


def test_a_long_run_of_words_naming_nothing_is_talk() -> None:
    assert judge("rooftop fight scene had everything") is Verdict.CHAT


def test_a_feeling_shown_by_an_emoji_is_talk_but_laughter_is_no_sign() -> None:
    assert judge("the rooftop 😭") is Verdict.CHAT
    assert judge("busan 😂") is Verdict.WRONG_ATTEMPT


@table("text", ["그 옥상 장면", "진짜 명작", "아 그 동네"])
def test_korean_words_around_a_korean_chat_word_are_talk(text: str) -> None:
    assert judge(text) is Verdict.CHAT


def test_a_message_said_to_someone_is_talk_unless_it_names_the_answer() -> None:
    assert judge("@yuna look at this") is Verdict.CHAT
    assert judge("<@123456789> no clue either") is Verdict.CHAT
    assert judge("@yuna hyosan") is Verdict.RIGHT


def test_someone_described_rather_than_named_is_talk() -> None:
    assert judge("the guy from squid game?") is Verdict.CHAT


@table("text", ["busan from the trailer", "@yuna busan", "so busan?", "ok so busan", "guessing busan"])
def test_a_guess_with_its_reason_a_reply_or_a_so_is_still_an_attempt(text: str) -> None:
    assert judge(text) is Verdict.WRONG_ATTEMPT


def test_a_bare_number_where_no_answer_is_a_number_is_talk() -> None:
    assert judge("2030??") is Verdict.CHAT
    assert judge("5", Question(id="t-four", text="How many months later?", answers=("Four",))) is Verdict.WRONG_ATTEMPT


@table("text", [
    "van gogh vibes", "archery queen", "rock and roll baby", "10/10 movie", "main character energy", "potterheads rise",
    "zombie lore",
])
def test_a_comment_ending_in_slang_or_a_rating_is_talk(text: str) -> None:
    assert judge(text) is Verdict.CHAT


@table(("text", "answer"), [("queen", "Queen"), ("the lion king", "The Lion King")])
def test_an_answer_holding_those_words_is_still_right(text: str, answer: str) -> None:
    question = Question(id="t-" + answer, text="Name it?", answers=(answer,))
    assert judge(text, question) is Verdict.RIGHT


@table("text", ["the finale was wild", "it was so epic", "the twist was meh", "that was brutal honestly"])
def test_a_verdict_on_something_is_talk(text: str) -> None:
    assert judge(text) is Verdict.CHAT


@table("text", ["absolute villain", "my hero", "pure nightmare", "cringe", "eww"])
def test_a_word_judging_someone_or_something_is_talk(text: str) -> None:
    assert judge(text) is Verdict.CHAT


@table("text", ["zombie squad", "webtoon era", "archer supremacy", "school round lets go", "rip the teacher"])
def test_fandom_slang_around_a_word_is_talk(text: str) -> None:
    assert judge(text) is Verdict.CHAT


@table("text", ["so many died", "everyone forgets this", "nobody knows"])
def test_what_many_people_did_is_talk(text: str) -> None:
    assert judge(text) is Verdict.CHAT


def test_the_noun_the_question_asks_about_said_back_is_talk_but_a_count_of_it_is_an_attempt() -> None:
    months = Question(id="t-months", text="How many months later is the epilogue?", answers=("Four",))
    assert judge("months?", months) is Verdict.CHAT
    assert judge("hmm months", months) is Verdict.CHAT
    assert judge("5 months", months) is Verdict.WRONG_ATTEMPT


@table("text", ["으악 깜짝이야", "채팅창 난리", "서버 렉", "봇 고장"])
def test_korean_cries_and_words_about_the_chat_or_server_are_talk(text: str) -> None:
    assert judge(text) is Verdict.CHAT


@table(
    ("text", "said"),
    [
        ("the rooftop 😭", {EmojiSays.FEELING}),
        ("gwinam 😬", {EmojiSays.FEELING}),
        ("busan 🤔", {EmojiSays.HEDGE}),
        ("busan 😂", {EmojiSays.HEDGE}),
        ("boom 💥", {EmojiSays.OTHER}),
        ("busan", set()),
        ("ⓐ busan", set()),
        ("헤르미온느 ㅠ", {EmojiSays.FEELING}),
        ("busan ㅋㅋ", {EmojiSays.HEDGE}),
    ],
)
def test_an_emoji_says_one_thing_a_feeling_a_hedge_or_something_else(text: str, said: set[EmojiSays]) -> None:
    assert emojis_say(text) == said


def test_a_grimace_is_a_feeling_so_an_option_said_with_it_is_a_reaction_not_a_guess() -> None:
    episode = Question(id="t-ep", text="In which episode does I-sak turn?", answers=("2",), choices=("1", "2", "3", "4"))
    assert judge("ep 1 😬", episode) is Verdict.CHAT
    assert judge("ep 1 😭", episode) is Verdict.CHAT
    assert judge("ep 1 🤔", episode) is Verdict.WRONG_ATTEMPT
    assert judge("ep 2 😬", episode) is Verdict.RIGHT


def test_a_name_said_with_korean_crying_eyes_is_felt_for_and_with_korean_laughter_is_still_a_guess() -> None:
    assert judge("부산 ㅠㅠ") is Verdict.CHAT
    assert judge("busan ㅠㅠ") is Verdict.CHAT
    assert judge("busan ㅋㅋ") is Verdict.WRONG_ATTEMPT
    assert judge("hyosan ㅠㅠ") is Verdict.RIGHT


@table("text", ["스타워즈 시퀄 별로", "그 장면 소름", "웹툰 노잼"])
def test_korean_words_with_a_korean_verdict_are_talk(text: str) -> None:
    assert judge(text) is Verdict.CHAT


@table("text", ["prince", "doctor", "captain!"])
def test_a_title_typed_alone_is_an_attempt(text: str) -> None:
    assert judge(text) is Verdict.WRONG_ATTEMPT


@table("text", ["queen", "god", "sir", "the captain", "thank god"])
def test_a_title_as_a_call_or_praise_or_a_mention_is_talk(text: str) -> None:
    assert judge(text) is Verdict.CHAT
