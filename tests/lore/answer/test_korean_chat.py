"""Chat Korean ("나옴?", "죽냐ㅠㅠ", "어떻게 됨", "온조아빠") read as the glosses read it (korean_chat.py)."""

from __future__ import annotations

from bot.lore.answer.korean_chat import plain_korean
from tests.table import table


@table(("typed", "read"), [
    ("시즌2 언제 나옴?", "시즌2 언제 나와?"),
    ("바이러스 누가 만듦?", "바이러스 누가 만들었어?"),
    ("이삭이 어떻게 됨?", "이삭이 어떻게 돼?"),
    ("남라 몇화에서 물림", "남라 몇화에서 물려"),
    ("나연이 죽냐ㅠㅠ", "나연이 죽어ㅠㅠ"),
    ("넷플릭스 1위 했음?", "넷플릭스 1위 했어?"),
    ("청산이 죽나요?", "청산이 죽어요?"),
])
def test_a_chat_ending_on_the_last_word_is_read_as_plain_banmal(typed: str, read: str) -> None:
    assert plain_korean(typed) == read


@table("typed", ["12화 러닝타임", "오징어게임", "온조 아빠 이름", "하리 언니 누구야", "처음"])
def test_a_noun_that_ends_like_a_chat_verb_is_kept(typed: str) -> None:
    assert plain_korean(typed) == typed


def test_a_kinship_word_typed_onto_a_name_is_split_off() -> None:
    assert plain_korean("온조아빠 배우 누구") == "온조 아빠 배우 누구"


def test_a_copula_on_a_chat_noun_is_read_as_the_english_word() -> None:
    assert "firefighter" in plain_korean("온조 아빠 소방관인가요?")


def test_english_is_left_alone() -> None:
    assert plain_korean("did nayeon give gyeongsu the virus") == "did nayeon give gyeongsu the virus"


@table(("typed", "read"), [("시즌2 청산이 나와?", "청산이 시즌2 나와?"), ("시즌2에 남라 나옴?", "남라 시즌2 나와?")])
def test_a_season_said_before_whom_it_asks_about_is_put_after(typed: str, read: str) -> None:
    assert plain_korean(typed) == read


def test_a_season_with_a_question_word_keeps_its_order() -> None:
    assert plain_korean("시즌2 언제 나와?") == "시즌2 언제 나와?"


def test_choseong_said_before_a_question_is_left_out() -> None:
    assert plain_korean("ㄹㅇ 청산이 시즌2 나옴?") == "청산이 시즌2 나와?"


def test_coming_out_at_all_asks_whether_it_is_happening() -> None:
    assert "happening" in plain_korean("시즌2 나오긴 함?")


def test_how_many_episodes_of_the_webtoon_is_asked_as_a_count() -> None:
    assert plain_korean("웹툰 몇화임?").startswith("웹툰 몇 화까지")


@table(("typed", "read"), [("수혁이랑 남라 사귐?", "수혁이랑 남라 사귀?"), ("교장쌤 누가 죽임?", "principal")])
def test_a_verbs_m_form_is_read_as_the_verb(typed: str, read: str) -> None:
    assert read in plain_korean(typed)


@table("typed", ["남라 느낌", "그 사람"])
def test_a_noun_ending_in_m_the_glosses_do_not_read_as_a_verb_is_kept(typed: str) -> None:
    assert plain_korean(typed) == typed


@table(("typed", "read"), [("하리 무기 뭐임", "weapon"), ("온조 절친 누구임", "best friend"),
                                             ("영어 제목 뭐임", "english title"), ("어디서 봄?", "watch")])
def test_chat_words_no_gloss_had_are_read(typed: str, read: str) -> None:
    assert read in plain_korean(typed)


@table("typed", ["온조 남자친구 누구야", "남라 여자친구", "하리 여동생"])
def test_a_kinship_word_of_its_own_is_never_split(typed: str) -> None:
    assert plain_korean(typed) == typed


@table(("typed", "read"), [("하리남동생 누구", "하리 남동생 누구"), ("이병찬아들 누구", "이병찬 아들 누구")])
def test_a_kinship_word_typed_onto_any_name_is_split_off(typed: str, read: str) -> None:
    assert plain_korean(typed) == read


@table(("typed", "read"), [("지민이 누구 버림?", "abandoned"), ("사령관 누구임", "commander"),
                                             ("교무실 누가 불지름?", "set fire to"), ("시즌2 예고편 나옴?", "trailer")])
def test_story_and_news_nouns_fans_type_are_read(typed: str, read: str) -> None:
    assert read in plain_korean(typed)


@table("typed", ["13살이 봐도 돼?", "12살 아들이 봐도 되나요?", "우리 13살 동생이 이거 봐도 괜찮아?"])
def test_a_viewers_age_asked_with_watching_is_asked_as_the_rating(typed: str) -> None:
    assert "year old watch it" in plain_korean(typed)


def test_the_age_of_someone_of_the_askers_before_a_question_is_left_out() -> None:
    assert plain_korean("13살 딸이 온조 좋아하는데 배우 누구야?").startswith("딸이 온조")


@table(("typed", "read"), [
    ("귀남이가 문 사람 누구야", "귀남이가 물은 사람 누구야"),  # whom he bit, as the glosses read "물은"
    ("남라한테 죽은 애 누구야", "남라가 죽인 애 누구야"),  # whom she killed
])
def test_a_relative_clause_said_from_the_doers_side_is_read(typed: str, read: str) -> None:
    assert plain_korean(typed) == read


def test_a_relative_clause_said_with_the_honorific_is_asked_as_who_did_it() -> None:
    assert plain_korean("귀남 눈 찌르신 분 누구세요?").startswith("누가 귀남 눈 ")  # "찌르신 분" is "찌른 사람" said politely


def test_a_door_before_the_verb_is_no_bite() -> None:
    assert plain_korean("옥상 문 잠근 애 누구야") == "옥상 문 잠근 애 누구야"


@table("typed", ["남라 문 사람 누구야", "남라를 문 사람 누구야"])
def test_a_bite_with_no_subject_marked_asks_who_bit_the_one_named(typed: str) -> None:
    assert plain_korean(typed).startswith("누가 남라")  # never a bite by Nam-ra
