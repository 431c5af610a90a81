"""What someone said about season 2 (statements.py): their reported words, as sure as the source."""

from __future__ import annotations

from bot.lore.answer import AnswerEngine, render_text
from bot.show import Position
from tests.table import table


def _text(engine: AnswerEngine, question: str, watched: int = 12) -> str:
    return render_text(engine.answer(question), Position.legacy(watched))[0]


def test_what_the_director_said_about_season_2_is_his_reported_words(engine: AnswerEngine) -> None:
    text = _text(engine, "what did the director say about season 2")
    assert "zombies' survival" in text and text.count("Reportedly") >= 1


def test_a_plan_said_then_contradicted_says_so(engine: AnswerEngine) -> None:
    text = _text(engine, "what did the producer say about s2")
    assert "Park Chul-soo" in text and "contradict" in text


def test_an_actors_words_that_spoil_stay_hidden_before_the_finale(engine: AnswerEngine) -> None:
    text = _text(engine, "what did park ji-hu say about s2", 0)
    assert "||" in text and "Cheong-san would be alive" not in text.split("||")[0]


def test_a_sequel_to_the_webtoon_is_not_the_shows_season_2(engine: AnswerEngine) -> None:
    answer = engine.answer("is there a webtoon season 2")
    assert not answer.answered and "webtoon" in _text(engine, "is there a webtoon season 2")


@table("question", ["what webtoon chapter does season 1 end at", "how far does s1 go in the webtoon"])
def test_how_far_the_show_follows_the_webtoon_is_not_its_length(engine: AnswerEngine, question: str) -> None:
    answer = engine.answer(question)
    assert not answer.answered and "130" not in _text(engine, question)


def test_who_filmed_a_killing_is_never_answered_with_the_killer(engine: AnswerEngine) -> None:
    assert "Yoon Gwi-nam." not in _text(engine, "who filmed the principal getting killed")


def test_season_2_on_netflix_is_yes_and_on_another_platform_no(engine: AnswerEngine) -> None:
    assert _text(engine, "will season 2 be on netflix").startswith("Yes")
    assert _text(engine, "will season 2 be on hulu").startswith("No: it is a Netflix series")


def test_how_many_someone_bit_names_whom_never_a_false_premise(engine: AnswerEngine) -> None:
    text = _text(engine, "how many people did gwinam bite")
    assert "Nam-ra" in text and "false premise" not in text


def test_the_shows_lines_word_for_word_are_not_known(engine: AnswerEngine) -> None:
    assert not engine.answer("what is the last line of the show").answered
