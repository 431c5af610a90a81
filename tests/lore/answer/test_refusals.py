"""Questions declined before reading (refusals.py): a Korean word the engine does not know is said
back ("I didn't understand"), never guessed around; the cast's private lives are not known."""

from __future__ import annotations

import pytest

from bot.lore.answer import AnswerEngine, render_text
from bot.show import Position


def _text(engine: AnswerEngine, question: str) -> str:
    return render_text(engine.answer(question), Position.legacy(12))[0]


@pytest.mark.parametrize(("question", "word"), [("청산이 뻘짓 몇 화야?", "뻘짓"), ("수혁이 킹받는 장면 몇 화야?", "킹받는")])
def test_an_unknown_korean_word_is_said_back_not_guessed_around(engine: AnswerEngine, question: str, word: str) -> None:
    assert not engine.answer(question).answered
    assert _text(engine, question).startswith(f"I didn't understand \u201c{word}\u201d")


@pytest.mark.parametrize(("question", "fact"), [("청산이 몇 화에서 죽어?", "episode 11"), ("남라 진짜 죽어?", "절비(반좀비)"),
                                                 ("지우학 몇 화까지 있어?", "12"), ("온조 아빠 직업 뭐야?", "소방 구조대원"),  # in Korean since lang52 (was "firefighter")
                                                 ("수혁이 배우 누구예요?", "Lomon")])
def test_korean_endings_fillers_and_names_are_no_unknown_words(engine: AnswerEngine, question: str, fact: str) -> None:
    assert fact in _text(engine, question)


@pytest.mark.parametrize("question", ["who is nam-ra's boyfriend in real life", "is lomon dating anyone irl",
                                      "are the actors of suhyeok and namra a couple in real life"])
def test_the_casts_private_lives_are_not_known(engine: AnswerEngine, question: str) -> None:
    assert not engine.answer(question).answered
    assert "Su-hyeok" not in _text(engine, question)


def test_a_characters_partner_is_still_answered(engine: AnswerEngine) -> None:
    assert "Su-hyeok" in _text(engine, "who is nam-ra's boyfriend")


@pytest.mark.parametrize("question", ["are there pictures of the set", "are there any photos of season 2", "any pics of the cast?"])
def test_pictures_asked_for_are_declined_never_answered_with_a_claim(engine: AnswerEngine, question: str) -> None:
    assert not engine.answer(question).answered
    assert _text(engine, question).startswith("I can't show or look up pictures")


def test_a_dated_claim_about_photos_is_still_checked(engine: AnswerEngine) -> None:
    assert "September 2022" in _text(engine, "were there photos of season 2 filming in 2022")


@pytest.mark.parametrize("question", ["what ep is this", "[this scene](https://youtu.be/abc) what ep is it",
                                      "what ep is this https://youtu.be/xyz", "who is this"])
def test_this_with_nothing_to_say_what_it_is_is_not_guessed(engine: AnswerEngine, question: str) -> None:
    assert not engine.answer(question).answered
    assert _text(engine, question).startswith("I can't see pictures, videos or links")


def test_this_said_with_what_it_is_is_answered(engine: AnswerEngine) -> None:
    assert "episode 6" in _text(engine, "which ep is it where namra gets bitten")


def test_the_example_offered_for_an_unknown_word_gives_nothing_away(engine: AnswerEngine) -> None:
    text = render_text(engine.answer("청산이 뻘짓 몇 화야?"), Position.legacy(0))[0]
    assert "죽어" not in text and "die" not in text
