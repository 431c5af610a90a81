"""A fast game's chat costs no guess: short words of other languages, the game's own counts, a thing
wanted or praised with the answer's word, an errand, what a player does or did; answers typed in other languages
and scripts, with season-2 hype or an autocorrect blamed beside them, still score; an episode is no count of months
(bot.trivia.matching, bot.trivia.guesses, bot.trivia.numberwords, bot.trivia.otherlanguages, bot.trivia.otherscripts,
bot.trivia.corrections)."""

from __future__ import annotations

import pytest

from bot.trivia.matching import Verdict
from bot.trivia.model import Question
from tests.trivia.pack_judging import Pack, load_pack
from tests.trivia.pack_judging import judge as _judge

MAUL = Question(id="t-maul", text="What color are Darth Maul's lightsabers?", answers=("Red",))
THREE = Question(id="t-three", text="In which episode does Ms. Park die?", answers=("3", "episode 3"))
TEN = Question(id="t-ten", text="In which episode does Joon-seong die?", answers=("10", "episode 10"))
SILICON = Question(id="t-si", text="What is the chemical symbol for silicon?", answers=("Si",))
IRON = Question(id="t-fe", text="What is the chemical symbol for iron?", answers=("Fe",))
ROUND = Question(id="t-round", text="In which round was he knocked out?", answers=("3",))
TWELVE = Question(id="t-twelve", text="How many episodes does season 1 have?", answers=("12",))
PAINTER = Question(id="t-dix", text="Which German painter made 'The Skat Players'?", answers=("Otto Dix", "Dix"))


@pytest.fixture(scope="module")
def pack() -> Pack:
    return load_pack()


@pytest.mark.parametrize("text", ["que", "si", "oke", "oui", "jajaja", "wkwk"])
def test_a_short_word_of_another_language_is_no_guess(pack: Pack, text: str) -> None:
    assert _judge(pack, text, MAUL) is Verdict.CHAT


def test_si_scores_where_it_is_the_symbol_asked(pack: Pack) -> None:
    assert _judge(pack, "si", SILICON) is Verdict.RIGHT


def test_si_is_a_wrong_attempt_where_another_symbol_answers(pack: Pack) -> None:
    assert _judge(pack, "si", IRON) is Verdict.WRONG_ATTEMPT


def test_the_games_round_is_no_guess_of_the_episode(pack: Pack) -> None:
    assert _judge(pack, "round 3 lol", THREE) is Verdict.CHAT


def test_the_episode_typed_with_a_laugh_still_scores(pack: Pack) -> None:
    assert _judge(pack, "ep 3 lol", THREE) is Verdict.RIGHT


def test_a_round_scores_where_the_question_asks_for_a_round(pack: Pack) -> None:
    assert _judge(pack, "round 3", ROUND) is Verdict.RIGHT


@pytest.mark.parametrize("text", ["dix", "sepuluh", "diez"])
def test_ten_typed_in_another_language_scores(pack: Pack, text: str) -> None:
    assert _judge(pack, text, TEN) is Verdict.RIGHT


@pytest.mark.parametrize("text", ["dua belas", "duabelas", "labindalawa", "labing-dalawa", "labing dalawa"])
def test_twelve_typed_in_two_words_of_indonesian_or_tagalog_scores(pack: Pack, text: str) -> None:
    assert _judge(pack, text, TWELVE) is Verdict.RIGHT


@pytest.mark.parametrize("text", ["labing-isa", "dua belas"])
def test_eleven_or_twelve_in_tagalog_or_indonesian_is_a_wrong_attempt_at_ten(pack: Pack, text: str) -> None:
    assert _judge(pack, text, TEN) is Verdict.WRONG_ATTEMPT


def test_eleven_in_another_language_is_a_wrong_attempt_at_ten(pack: Pack) -> None:
    assert _judge(pack, "sebelas", TEN) is Verdict.WRONG_ATTEMPT


def test_a_name_that_is_a_number_elsewhere_is_still_that_name(pack: Pack) -> None:
    assert _judge(pack, "dix", PAINTER) is Verdict.RIGHT


def test_a_thing_wanted_with_the_answers_word_is_no_guess(pack: Pack) -> None:
    assert _judge(pack, "need soju after this lol", "aouad-106") is Verdict.CHAT


def test_the_name_typed_alone_still_scores(pack: Pack) -> None:
    assert _judge(pack, "soju", "aouad-106") is Verdict.RIGHT


def test_praise_of_the_show_with_the_answers_word_is_no_guess(pack: Pack) -> None:
    assert _judge(pack, "fire 🔥🔥 this show", "aouad-117") is Verdict.CHAT


def test_an_errand_with_the_answers_word_is_no_guess(pack: Pack) -> None:
    assert _judge(pack, "bathroom break brb", "aouad-072") is Verdict.CHAT


@pytest.mark.parametrize(("text", "question"), [("lluvia", "aouad-100"), ("hujan", "aouad-100"), ("baño", "aouad-072")])
def test_weather_and_rooms_typed_in_another_language_score(pack: Pack, text: str, question: str) -> None:
    assert _judge(pack, text, question) is Verdict.RIGHT


def test_other_weather_in_another_language_does_not_score(pack: Pack) -> None:
    assert _judge(pack, "nieve", "aouad-100") is not Verdict.RIGHT


@pytest.mark.parametrize(("text", "question"), [
    ("*sobs*", "aouad-101"), ("soju dies in ep 11 😭 still not over it", "aouad-185"),
    ("rewatched ep 11 last night to prep for s2", "aouad-129"), ("soju sounds good rn ngl 🍶", "aouad-045"),
])
def test_what_a_player_does_or_did_is_no_guess(pack: Pack, text: str, question: str) -> None:
    assert _judge(pack, text, question) is Verdict.CHAT


@pytest.mark.parametrize(("text", "question"), [
    ("南羅", "aouad-114"), ("南罗", "aouad-114"), ("ナムラ", "aouad-114"), ("首爾", "aouad-191"), ("イカゲーム", "aouad-200"),
    ("四个月", "aouad-115"), ("넉 달", "aouad-115"), ("4 months later", "aouad-115"), ("全12話", "aouad-136"),
    ("onjo!!! s2 when", "aouad-056"), ("6, s2 better bring them all back", "aouad-118"),
    ("Lemon lol autocorrect, LOMON", "aouad-004"), ("应该是南罗吧", "aouad-114"), ("不是南罗，是温祖", "aouad-056"),
    ("ナムラじゃなくてオンジョ", "aouad-056"), ("4个月后", "aouad-115"), ("四ヶ月後", "aouad-115"),
])
def test_answers_in_other_scripts_with_hype_or_autocorrect_beside_them_score(pack: Pack, text: str, question: str) -> None:
    assert _judge(pack, text, question) is Verdict.RIGHT


@pytest.mark.parametrize(("text", "question"), [
    ("ep 4", "aouad-115"), ("ep 5", "aouad-083"), ("soju dies before ep 11", "aouad-129"), ("第4集", "aouad-115"),
    ("第4話", "aouad-115"),
    ("テスト", "aouad-101"),  # (a word holding Dae-su's kana, テス, is no Dae-su)
])
def test_an_episode_for_a_span_a_bound_on_the_episode_or_a_word_holding_a_name_is_a_wrong_guess(pack: Pack, text: str, question: str) -> None:
    assert _judge(pack, text, question) is Verdict.WRONG_ATTEMPT


@pytest.mark.parametrize("text", ["ナムラかオンジョ", "南罗还是温祖"])
def test_two_names_joined_by_a_chinese_or_japanese_or_are_several_answers(pack: Pack, text: str) -> None:
    assert _judge(pack, text, "aouad-089") is Verdict.SEVERAL_ANSWERS


@pytest.mark.parametrize(("text", "question", "verdict"), [
    ("s u h y e o k", "aouad-033", Verdict.RIGHT), ("n a m r a", "aouad-034", Verdict.RIGHT),  # held77: "o", "u" are
    ("o n j o", "aouad-034", Verdict.WRONG_ATTEMPT),  # letters here, no "of", "you"
    ("n o", "aouad-137", Verdict.RIGHT), ("n o", "aouad-034", Verdict.CHAT),  # held78: two letters making "no" are no guess
])
def test_a_name_spelt_out_letter_by_letter_is_that_name(pack: Pack, text: str, question: str, verdict: Verdict) -> None:
    assert _judge(pack, text, question) is verdict
