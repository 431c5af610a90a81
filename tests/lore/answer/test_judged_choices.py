"""Questions the review of stop 41 found /ask answering wrongly: a choice between two labels where one is a judgement
("was gwinam the villain or the victim", "good or bad", "빌런이야 피해자야": judgements.py), two who end together
("did gwinam and cheongsan die together": deeds.py), "dyes" typed for "dies" where nothing can be dyed (words.py), and a
verdict on Na-yeon answered with what the sources say of her."""

from __future__ import annotations

import pytest

from bot.lore.answer import AnswerEngine, render_text
from bot.show import Position


def _clear(engine: AnswerEngine, question: str, progress: int = 12) -> str:
    """What a viewer at `progress` reads without opening a spoiler."""
    text = render_text(engine.answer(question), Position.legacy(progress))[0]
    return " ".join(part for i, part in enumerate(text.split("||")) if i % 2 == 0)


@pytest.mark.parametrize("question", [
    "was gwinam the villain or the victim", "is gwinam a hero or a villain", "is gwinam good or bad",
    "gwinam villain or just misunderstood?", "is gwinam evil or traumatized", "is gwinam the villain or is he misunderstood",
    "귀남이 빌런이야 피해자야", "귀남 악역이냐 피해자냐"])
def test_a_choice_between_two_labels_is_a_judgement_answered_with_who_he_is(engine: AnswerEngine, question: str) -> None:
    text = _clear(engine, question, 5)
    assert "judgement" in text and "bully" in text, text
    assert "is the villain." not in text and "Yes" not in text, text


def test_whether_the_ending_was_good_or_bad_is_still_a_matter_of_opinion(engine: AnswerEngine) -> None:
    assert "matter of opinion" in _clear(engine, "was the ending good or bad")


def test_a_choice_between_two_words_the_sources_use_is_no_judgement(engine: AnswerEngine) -> None:
    assert "judgement" not in _clear(engine, "was gwinam a bully or a victim")


@pytest.mark.parametrize("question", ["did gwinam and cheongsan die together", "did cheongsan die with gwinam",
                                      "did cheongsan and gwinam die at the same time"])
def test_two_who_go_down_together_are_told_their_shared_end_never_a_no(engine: AnswerEngine, question: str) -> None:
    text = _clear(engine, question)
    assert "burning shaft" in text and "No." not in text and "don't know" not in text, text


def test_the_shared_end_stays_hidden_from_a_viewer_before_its_episode(engine: AnswerEngine) -> None:
    assert "burning shaft" not in _clear(engine, "did gwinam and cheongsan die together", 10)


@pytest.mark.parametrize("question", ["who dyes in the first episode", "who dyes in ep 1"])
def test_dyes_typed_for_dies_in_an_episode_is_read_as_dies(engine: AnswerEngine, question: str) -> None:
    assert "Hyeon-ju" in _clear(engine, question, 1)


def test_dyeing_someones_hair_is_not_read_as_dying(engine: AnswerEngine) -> None:
    assert "Hyeon-ju" not in _clear(engine, "who dyes her hair in ep 1", 1)


def test_asked_whether_nayeon_is_evil_the_answer_says_what_the_sources_say_of_her(engine: AnswerEngine) -> None:
    text = _clear(engine, "is nayeon evil", 3)
    assert "judgement" in text and "looks down on classmates" in text, text
