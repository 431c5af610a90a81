"""A Korean name typed one syllable off is another person: Korean given names differ by one syllable,
which a name resolver forgiving one letter would take for a typo (bot.trivia.hangul)."""

from __future__ import annotations

import pytest

from bot.trivia.matching import Verdict
from tests.trivia.pack_judging import Pack, load_pack
from tests.trivia.pack_judging import judge as _judge


@pytest.fixture(scope="module")
def pack() -> Pack:
    return load_pack()


def test_a_syllable_opening_with_another_consonant_is_another_name(pack: Pack) -> None:
    # Who plays Han Gyeong-su? Ham Sung-min
    assert _judge(pack, "ham sung-jin", "aouad-016") is not Verdict.RIGHT


def test_a_syllable_joined_to_the_given_name_is_another_name(pack: Pack) -> None:
    # Which actress was rumoured for Season 2? Roh Yoon-seo
    assert _judge(pack, "yoon seo-ah", "aouad-201") is not Verdict.RIGHT


@pytest.mark.parametrize("text", ["ham sung min", "ham seong-min", "ham sungmin", "함성민"])
def test_the_name_in_its_romanizations_still_answers(pack: Pack, text: str) -> None:
    assert _judge(pack, text, "aouad-016") is Verdict.RIGHT


@pytest.mark.parametrize("text", ["roh yoon-seo", "noh yoon seo", "yoon-seo lol"])
def test_the_name_with_chat_after_it_still_answers(pack: Pack, text: str) -> None:
    assert _judge(pack, text, "aouad-201") is Verdict.RIGHT


@pytest.mark.parametrize("text", ["su-hyeon", "lee su-hyeon"])
def test_a_syllable_ending_in_another_consonant_is_another_name(pack: Pack, text: str) -> None:
    # Which character does Lomon play? Lee Su-hyeok (수혁; 수현 is another name)
    assert _judge(pack, text, "gen-role-lomon") is not Verdict.RIGHT


@pytest.mark.parametrize("text", ["suhyoek", "soo hyuk", "lee su hyeok"])
def test_letters_swapped_inside_the_syllable_are_still_a_typo(pack: Pack, text: str) -> None:
    assert _judge(pack, text, "gen-role-lomon") is Verdict.RIGHT


@pytest.mark.parametrize("text", ["eun jo", "أون جو"])
def test_a_syllable_with_a_vowel_no_romanization_writes_for_it_is_another_name(pack: Pack, text: str) -> None:
    # Which student's presence at the camp reveals hidden infection? Min Eun-ji (은지; "eun jo" is no spelling of it)
    assert _judge(pack, text, "aouad-099") is not Verdict.RIGHT


@pytest.mark.parametrize("text", ["park jihyo", "jihyo"])
def test_a_glide_typed_where_the_name_has_none_is_another_name(pack: Pack, text: str) -> None:
    # Which actress plays Nam On-jo? Park Ji-hu (지후; 지효 is another name)
    assert _judge(pack, text, "aouad-001") is not Verdict.RIGHT


@pytest.mark.parametrize(
    ("text", "question"),
    [
        ("woojinie", "aouad-055"), ("onjossi", "aouad-056"), ("namraya", "aouad-047"), ("suhyeogi", "aouad-057"),
        ("hyoryeongi", "aouad-102"), ("suhyeok oppa", "aouad-057"), ("byeongchan ssaem", "aouad-058"),
        ("jihu unnie", "aouad-001"),
    ],
)
def test_a_given_name_with_a_korean_ending_or_word_of_address_still_answers(pack: Pack, text: str, question: str) -> None:
    # Ha-ri's brother Woo-jin (우진이), On-jo (온조씨), Nam-ra (남라야), Su-hyeok (수혁이: its k voiced), Hyo-ryeong,
    # Su-hyeok called "oppa", teacher Lee Byeong-chan called "ssaem", the actress Park Ji-hu called "unnie"
    assert _judge(pack, text, question) is Verdict.RIGHT


@pytest.mark.parametrize(
    ("text", "verdict"), [("남라? 온조?", Verdict.SEVERAL_ANSWERS), ("몰라 남라?", Verdict.RIGHT)],
)
def test_a_name_in_hangul_ending_as_korean_talk_does_is_still_a_name(pack: Pack, text: str, verdict: Verdict) -> None:
    # held75: "남라" ends as "몰라" (I don't know) does; beside another name it is one of two guesses, not talk
    assert _judge(pack, text, "aouad-034") is verdict


@pytest.mark.parametrize(
    ("text", "question", "verdict"),
    [
        ("onjo appa 😭", "aouad-106", Verdict.RIGHT),  # Who leads the students out of the gym? On-jo's father
        ("cheongsan eomma", "aouad-077", Verdict.RIGHT),  # Whom does zombie Gyeong-su attack? Cheong-san's mother
        ("cheongsan appa", "aouad-077", Verdict.WRONG_ATTEMPT),
        ("onjo appa", "aouad-031", Verdict.WRONG_ATTEMPT),  # Which character does Park Ji-hu play? On-jo, not her father
    ],
)
def test_a_korean_kin_word_after_a_name_names_that_persons_parent(pack: Pack, text: str, question: str, verdict: Verdict) -> None:
    assert _judge(pack, text, question) is verdict


@pytest.mark.parametrize(
    ("text", "verdict"),
    [("banjang namra", Verdict.RIGHT), ("namra banjang", Verdict.RIGHT), ("banjang onjo", Verdict.SEVERAL_ANSWERS)],
)
def test_a_nickname_beside_the_name_of_the_same_person_is_one_guess(pack: Pack, text: str, verdict: Verdict) -> None:
    # Which student is the class president of 2-5? Nam-ra, whom fans call "banjang" (class president)
    assert _judge(pack, text, "aouad-047") is verdict


@pytest.mark.parametrize(
    ("text", "question"),
    [("junsu", "aouad-051"), ("jonsu", "aouad-051"), ("lee junsu", "aouad-051"), ("woojun", "aouad-103"), ("jimun", "aouad-090")],
)
def test_a_joined_name_with_a_vowel_no_romanization_writes_for_it_is_another_name(pack: Pack, text: str, question: str) -> None:
    # Jin-su (진수; 준수 is another name), Woo-jin (우진; 우준), Ji-min (지민; 지문): one key off, another given name
    assert _judge(pack, text, question) is not Verdict.RIGHT


@pytest.mark.parametrize(
    ("text", "question"),
    [("jisnu", "aouad-051"), ("jinus", "aouad-051"), ("gwinma", "aouad-087"), ("namar", "aouad-097"), ("suhyuk", "aouad-088")],
)
def test_a_joined_name_with_letters_swapped_or_another_romanization_still_answers(pack: Pack, text: str, question: str) -> None:
    assert _judge(pack, text, question) is Verdict.RIGHT


@pytest.mark.parametrize(
    ("text", "question", "verdict"),
    [
        ("mad scientist byeongchan", "aouad-058", Verdict.RIGHT),  # Which teacher created the virus? Byeong-chan
        ("pink vest hyoryeong", "aouad-102", Verdict.RIGHT),  # Which classmate does Ji-min abandon? Hyo-ryeong
        ("the bully byeongchan", "aouad-058", Verdict.SEVERAL_ANSWERS),  # (what fans call Gwi-nam: two people)
        ("badass namra", "aouad-097", Verdict.RIGHT),  # Who throws Gwi-nam off the roof? Nam-ra, praised
        ("queen namra", "aouad-097", Verdict.RIGHT),
    ],
)
def test_what_fans_call_someone_before_their_name_is_one_guess(pack: Pack, text: str, question: str, verdict: Verdict) -> None:
    assert _judge(pack, text, question) is verdict
