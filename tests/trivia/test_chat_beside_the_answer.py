"""Chat that holds the answer's word, or someone described, costs no guess; a guess framed or
counted in another language still scores (bot.trivia.matching, bot.trivia.talk, bot.trivia.attempts)."""

from __future__ import annotations

import pytest

from bot.trivia.matching import Verdict
from bot.trivia.model import Question
from tests.stall import read_at_once
from tests.trivia.pack_judging import Pack, load_pack
from tests.trivia.pack_judging import judge as _judge

CAT = Question(id="t-cat", text="(Fruits Basket) What Zodiac animal is Kyo Sohma?", answers=("cat",))
EIGHT = Question(id="t-byte", text="How many bits are in a byte?", answers=("eight", "8"))
THREE = Question(id="t-three", text="In which episode does Ms. Park die?", answers=("3", "episode 3"))
BOW = Question(id="t-bow", text="¿Qué arma usa Ha-ri?", answers=("arco y flecha", "arco"))
LAND = Question(id="t-land", text="What does a farmer own?", answers=("Land",))
MAUL = Question(id="t-maul", text="What color are Darth Maul's lightsabers?", answers=("Red",))


@pytest.fixture(scope="module")
def pack() -> Pack:
    return load_pack()


def test_ones_own_thing_told_about_is_no_guess(pack: Pack) -> None:
    assert _judge(pack, "my cat just walked on my keyboard lol", CAT) is Verdict.CHAT


def test_the_answer_typed_after_my_alone_still_scores(pack: Pack) -> None:
    assert _judge(pack, "my guess cat", CAT) is Verdict.RIGHT


@pytest.mark.parametrize("text", ["8 more questions?? 😭", "eight more rounds then bed"])
def test_a_count_of_something_else_is_no_guess(pack: Pack, text: str) -> None:
    assert _judge(pack, text, EIGHT) is Verdict.CHAT


@pytest.mark.parametrize("text", ["star wars now?? ok", "captain america marathon tonight lol"])
def test_a_remark_ending_on_when_it_is_said_is_no_guess(pack: Pack, text: str) -> None:
    assert _judge(pack, text, MAUL) is Verdict.CHAT


def test_a_title_ending_in_now_is_still_a_guess(pack: Pack) -> None:
    assert _judge(pack, "apocalypse now", Question(id="t-film", text="Which film?", answers=("The Godfather",))) is not Verdict.CHAT


@pytest.mark.parametrize("text", ["squid game girl!!", "politician lady ugh"])
def test_someone_described_where_a_character_is_asked_is_no_guess(pack: Pack, text: str) -> None:
    assert _judge(pack, text, "gen-role-kim-si-eun") is Verdict.CHAT


def test_a_word_on_how_it_turned_out_is_no_guess(pack: Pack) -> None:
    assert _judge(pack, "karma lol", "gen-bitten-by-lee-na-yeon") is Verdict.CHAT


@pytest.mark.parametrize("text", ["c'est onjo", "itu onjo kan"])
def test_a_name_framed_in_another_language_scores(pack: Pack, text: str) -> None:
    assert _judge(pack, text, "gen-parent-of-nam-so-ju") is Verdict.RIGHT


@pytest.mark.parametrize("text", ["tres", "tiga", "trois"])
def test_a_number_typed_in_another_language_scores(pack: Pack, text: str) -> None:
    assert _judge(pack, text, THREE) is Verdict.RIGHT


def test_another_number_in_another_language_is_a_wrong_attempt(pack: Pack) -> None:
    assert _judge(pack, "dos", THREE) is Verdict.WRONG_ATTEMPT


@pytest.mark.parametrize("text", ["rojo", "merah", "rouge lol"])
def test_a_colour_typed_in_another_language_scores(pack: Pack, text: str) -> None:
    assert _judge(pack, text, MAUL) is Verdict.RIGHT


@pytest.mark.parametrize("text", ["kucing", "neko", "gato"])
def test_an_animal_typed_in_another_language_scores(pack: Pack, text: str) -> None:
    assert _judge(pack, text, CAT) is Verdict.RIGHT


def test_another_colour_in_another_language_does_not_score(pack: Pack) -> None:
    assert _judge(pack, "azul", MAUL) is not Verdict.RIGHT


def test_a_french_word_english_chat_uses_is_not_read_as_french(pack: Pack) -> None:
    assert _judge(pack, "chat", CAT) is not Verdict.RIGHT


@pytest.mark.parametrize("text", ["el arco y la flecha", "un arco y una flecha"])
def test_an_answer_typed_with_spanish_articles_before_its_nouns_scores(pack: Pack, text: str) -> None:
    assert _judge(pack, text, BOW) is Verdict.RIGHT


def test_a_title_made_of_two_articles_is_not_read_as_articles(pack: Pack) -> None:
    assert _judge(pack, "la la land", LAND) is not Verdict.RIGHT


BUSAN = Question(id="t-busan", text="Com qual filme o Cheong-san compara o surto?", answers=("Train to Busan",))
SHOP = Question(id="t-shop", text="What does Cheong-san's mother run?", answers=("fried-chicken restaurant", "chicken shop"))


# scen47b: each was "Nobody got it" on a Brazilian and Indonesian server
@pytest.mark.parametrize("text", ["trem para busan", "tren a busán", "invasão zumbi", "kereta ke busan"])
def test_the_films_title_typed_as_it_is_known_in_another_language_scores(pack: Pack, text: str) -> None:
    assert _judge(pack, text, BUSAN) is Verdict.RIGHT


@pytest.mark.parametrize("text", ["restoran ayam goreng", "restaurante de frango frito", "un restaurante de pollo frito"])
def test_a_place_said_before_what_it_serves_in_another_language_scores(pack: Pack, text: str) -> None:
    assert _judge(pack, text, SHOP) is Verdict.RIGHT


@pytest.mark.parametrize("text", ["restoran bakso", "toko buku", "loja de pizza"])
def test_another_place_in_another_language_does_not_score(pack: Pack, text: str) -> None:
    assert _judge(pack, text, SHOP) is not Verdict.RIGHT


def test_another_films_title_in_another_language_does_not_score(pack: Pack) -> None:
    assert _judge(pack, "kereta ke seoul", BUSAN) is not Verdict.RIGHT


# held93: disgust before a name where a thing is asked is felt for her; another's name, a comma and disgust guesses him
def test_disgust_at_a_character_where_a_thing_is_asked_is_no_guess(pack: Pack) -> None:
    assert _judge(pack, "ew nayeon", "aouad-068") is Verdict.CHAT


def test_disgust_after_another_name_and_a_comma_is_a_wrong_guess(pack: Pack) -> None:
    assert _judge(pack, "hari, ew", "gen-infected-by-han-gyeong-su") is Verdict.WRONG_ATTEMPT


def test_disgust_after_the_answer_and_a_comma_scores(pack: Pack) -> None:
    assert _judge(pack, "nayeon, ew", "gen-infected-by-han-gyeong-su") is Verdict.RIGHT


def test_i_mean_in_korean_before_a_name_ending_like_a_verb_scores(pack: Pack) -> None:
    assert _judge(pack, "내 말은 남라", "aouad-034") is Verdict.RIGHT


def test_a_long_run_of_hangul_is_read_at_once(pack: Pack) -> None:

    _judge(pack, "쥐", "aouad-064")  # (the question's answers prepared first, as in a game)
    with read_at_once():  # (each split of one hangul word was weighed as two loanwords: 4,000 characters took 0.14 s)
        assert _judge(pack, "남라" * 2000, "aouad-064") is Verdict.CHAT


RAT = Question(id="t-rat", text="Which animal bites the science teacher?", answers=("A rat", "rat"))


@pytest.mark.parametrize("text", ["ew stop", "ew vomit", "ew people", "eca credo", "eca gente", "que asco tio"])
def test_disgust_then_a_reaction_costs_no_guess_where_a_thing_is_asked(pack: Pack, text: str) -> None:
    assert _judge(pack, text, RAT) is Verdict.CHAT


@pytest.mark.parametrize(("text", "verdict"), [("ew rat", Verdict.RIGHT), ("ew rats", Verdict.RIGHT),
                                               ("eca rato", Verdict.RIGHT), ("ew bat", Verdict.WRONG_ATTEMPT)])
def test_disgust_then_an_animal_alone_still_guesses_it(pack: Pack, text: str, verdict: Verdict) -> None:
    assert _judge(pack, text, RAT) is verdict
