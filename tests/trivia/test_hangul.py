"""An answer typed in hangul: romanised, its Korean ending dropped, a school's or city's suffix read."""

from __future__ import annotations

from bot.trivia.hangul import another_surname, is_korean_talk, romanise_token
from bot.trivia.matching import AnswerMatcher, Verdict
from bot.trivia.model import Question
from tests.table import table

CITY = Question(id="h-city", text="What is the name of the fictional city where the story is set?", answers=("Hyosan",))
SCHOOL = Question(id="h-school", text="Where does the outbreak begin?", answers=("Hyosan High School", "Hyosan High"))
ACTOR = Question(id="h-actor", text="Which actress plays Choi Nam-ra?", answers=("Cho Yi-hyun",))
EPISODE = Question(id="h-ep", text="In which episode does I-sak turn?", answers=("2", "episode 2"))


def judge(text: str, question: Question) -> Verdict:
    return AnswerMatcher().judge(text, question).verdict


@table("text", ["효산", "효산이요", "효산인듯", "효산 ㅋㅋ", "효산시"])
def test_a_place_in_hangul_is_its_romanised_name(text: str) -> None:
    assert judge(text, CITY) is Verdict.RIGHT


@table("text", ["효산고", "효산고등학교"])
def test_a_korean_school_suffix_is_read_as_high_school(text: str) -> None:
    assert judge(text, SCHOOL) is Verdict.RIGHT


def test_a_surname_in_hangul_is_written_as_its_bearers_write_it() -> None:
    assert romanise_token("이청산") == "lee cheongsan"


def test_a_korean_episode_counter_leaves_the_number() -> None:
    assert judge("2화", EPISODE) is Verdict.RIGHT


@table("text", ["서울", "효자", "부산"])
def test_another_place_in_hangul_is_not_accepted(text: str) -> None:
    assert judge(text, CITY) is not Verdict.RIGHT


def test_a_final_consonant_carries_to_a_following_vowel() -> None:
    assert romanise_token("서울") == "seoul" and romanise_token("한국어") == "hangugeo"


@table("word", ["ㅋㅋㅋ", "몰라", "어렵다", "뭐였지", "잘생겼다"])
def test_korean_chat_words(word: str) -> None:
    assert is_korean_talk(word)


@table("word", ["서울", "청산이요", "박지민"])
def test_a_name_with_its_ending_is_no_chat_word(word: str) -> None:
    assert not is_korean_talk(word)


def test_another_surname_before_the_given_name_is_someone_else() -> None:
    assert another_surname(("kim", "ji", "hu"), "Park Ji-hu")
    assert not another_surname(("jo", "yi", "hyun"), "Cho Yi-hyun")
    assert not another_surname(("ji", "hu"), "Park Ji-hu")


def test_an_answer_written_in_hangul_is_right_typed_romanised() -> None:
    kimchi = Question(id="h-kimchi", text="Which fermented cabbage dish is Korea's best known?", answers=("김치",))
    assert judge("kimchi", kimchi) is Verdict.RIGHT and judge("gimchi", kimchi) is Verdict.RIGHT
    assert judge("kimbap", kimchi) is not Verdict.RIGHT


def test_laughter_typed_onto_a_word_is_not_part_of_it() -> None:
    assert judge("효산이ㅋㅋㅋ", CITY) is Verdict.RIGHT
    assert is_korean_talk("몰라ㅋㅋ") and not is_korean_talk("서울ㅋㅋ")


def test_korean_chat_is_never_read_as_a_romanised_name() -> None:
    actress = Question(id="h-lee", text="Which actress plays homeroom teacher Park Sun-hwa?", answers=("Lee Sang-hee",))
    assert judge("이상해", actress) is Verdict.CHAT  # "that's weird"
    assert judge("이상희", actress) is Verdict.RIGHT
