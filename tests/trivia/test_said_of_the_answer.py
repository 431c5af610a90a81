"""A sentence said of the answer ("cheongsan deserved better", "lomon's visuals carried") is talk,
no guess; the answer typed as a guess, framed or not, still counts (bot.trivia.wordplay.talked_of)."""

from __future__ import annotations

import pytest

from bot.trivia.matching import AnswerMatcher, Verdict
from bot.trivia.model import Question
from tests.trivia.pack_judging import Pack, load_pack
from tests.trivia.pack_judging import judge as _judge


@pytest.fixture(scope="module")
def pack() -> Pack:
    return load_pack()


def test_the_answer_as_the_subject_of_a_sentence_costs_no_guess(pack: Pack) -> None:
    # Which character does Yoon Chan-young play? Lee Cheong-san
    assert _judge(pack, "cheongsan deserved a better ending fr", "gen-role-yoon-chan-young") is Verdict.CHAT


@pytest.mark.parametrize("text", ["lomon's visuals carried", "lomon's arms were unreal"])
def test_the_answer_owning_something_said_of_costs_no_guess(pack: Pack, text: str) -> None:
    assert _judge(pack, text, "gen-actor-lee-su-hyeok") is Verdict.CHAT


@pytest.mark.parametrize("text", ["cheongsan", "cheongsan i think", "CHEONGSAN 😭😭😭"])
def test_the_answer_typed_as_a_guess_still_counts(pack: Pack, text: str) -> None:
    assert _judge(pack, text, "gen-role-yoon-chan-young") is Verdict.RIGHT


def test_the_answer_doing_something_costs_no_guess(pack: Pack) -> None:
    matcher, _ = pack
    question = Question(id="sun", text="Heliophobia is the fear of?", answers=("Sunlight", "The Sun", "Sun"), list_name="general")
    assert matcher.judge("sun's coming up and i'm still here", question).verdict is Verdict.CHAT


@pytest.mark.parametrize(("text", "question"), [
    ("not bts jimin lmao", "gen-role-kim-jin-young"), ("not jimin lol", "gen-role-kim-jin-young"),  # Kim Ji-min
    # denied in Chinese or Japanese, before the name or after it (Lee Cheong-san)
    ("不是青山", "gen-role-yoon-chan-young"), ("绝对不是青山", "gen-role-yoon-chan-young"),
    ("チョンサンじゃない", "gen-role-yoon-chan-young"),
    # a belief denied: "i don't think it's X" (On-jo; Nam-ra)
    ("i dont think its onjo", "aouad-056"), ("dont think its namra tbh", "aouad-047"),
    # ... or ruled out: "can't be X" (On-jo)
    ("cant be onjo", "aouad-056"), ("couldnt be onjo lol", "aouad-056"),
])
def test_a_name_said_after_not_is_no_guess(pack: Pack, text: str, question: str) -> None:
    assert _judge(pack, text, question) is not Verdict.RIGHT


@pytest.mark.parametrize("text", ["@mina its cheongsan not suhyeok", "cheongsan not su-hyeok", "不是秀赫，是青山", "スヒョクじゃなくてチョンサン"])
def test_the_answer_beside_another_ruled_out_is_right(pack: Pack, text: str) -> None:
    assert _judge(pack, text, "gen-role-yoon-chan-young") is Verdict.RIGHT


@pytest.mark.parametrize("text", ["chanyoung cried in every interview lol", "wait hyoryeong lives?"])
def test_someone_else_said_of_in_a_sentence_costs_no_guess(pack: Pack, text: str) -> None:
    assert _judge(pack, text, "gen-role-yoon-chan-young") is Verdict.CHAT


def test_an_aside_in_brackets_that_is_chat_is_left_out(pack: Pack) -> None:
    # Which character does Lomon play? Lee Su-hyeok
    assert _judge(pack, "lee suhyeok (copying mina lol)", "gen-role-lomon") is Verdict.RIGHT


def test_an_aside_in_brackets_offering_another_still_counts(pack: Pack) -> None:
    assert _judge(pack, "suhyeok (or cheongsan)", "gen-role-lomon") is Verdict.SEVERAL_ANSWERS


def test_a_message_ending_asking_is_a_question_to_the_others(pack: Pack) -> None:
    # Which part of the story did the director say was changed from the webtoon? The ending
    assert _judge(pack, "the end of this round when", "aouad-147") is Verdict.CHAT
    assert _judge(pack, "the end i think", "aouad-147") is Verdict.RIGHT


@pytest.mark.parametrize("text", ["suhyeok's dad", "suhyeok's mom?", "suhyeoks dad", "suhyeok's dad lol",
                                  "its suhyeok's dad right"])
def test_the_answer_s_parent_is_another_person(pack: Pack, text: str) -> None:
    # Which character does Lomon play? Su-hyeok: his father is someone else
    assert _judge(pack, text, "aouad-033") is Verdict.WRONG_ATTEMPT


@pytest.mark.parametrize("text", ["ugh i hate gwinam so much", "i really hate gwinam"])
def test_the_speaker_s_feeling_for_the_answer_costs_no_guess(pack: Pack, text: str) -> None:
    # Who bites Choi Nam-ra? Gwi-nam
    assert _judge(pack, text, "aouad-087") is Verdict.CHAT


@pytest.mark.parametrize("text", ["it cant be anyone but onjo", "cant believe its onjo"])
def test_the_answer_said_as_the_only_one_it_can_be_still_counts(pack: Pack, text: str) -> None:
    assert _judge(pack, text, "aouad-056") is Verdict.RIGHT


@pytest.mark.parametrize(("text", "verdict"), [
    ("poor suhyeok", Verdict.RIGHT), ("poor namra", Verdict.WRONG_ATTEMPT), ("poor onjo", Verdict.CHAT),
    ("poor suhyeok 😭", Verdict.CHAT), ("poor namra lol", Verdict.CHAT),
])
def test_pity_alone_before_a_name_guesses_it_unless_the_question_names_them(pack: Pack, text: str, verdict: Verdict) -> None:
    # Which student does On-jo have a crush on? Su-hyeok ("poor namra" costs a guess: no free try of a name)
    assert _judge(pack, text, "aouad-057") is verdict


def test_pity_for_someone_a_learned_list_names_costs_a_guess_only_where_a_person_is_asked() -> None:
    killed = Question(id="k", text="Whom does Gwi-nam kill while Cheong-san films it?", answers=("The principal",), list_name="l")
    creator = Question(id="c", text="Which teacher created the virus?", answers=("Lee Byeong-chan", "Byeong-chan"), list_name="l")
    episode = Question(id="e", text="In which episode is Nam-ra bitten?", answers=("6",), list_name="l")
    matcher = AnswerMatcher()
    matcher.add_lists([killed, creator, episode])
    assert matcher.judge("poor byeongchan", killed).verdict is Verdict.WRONG_ATTEMPT
    assert matcher.judge("poor byeongchan", episode).verdict is Verdict.CHAT
