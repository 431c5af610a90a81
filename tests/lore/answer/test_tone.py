"""How the show feels, asked before watching (bot/lore/answer/tone.py)."""

from __future__ import annotations

import pytest

from bot.lore.answer.router import AnswerEngine


@pytest.mark.parametrize("question", ["is it scary", "how scary is it", "is the show sad?", "무서워?"])
def test_a_feeling_asked_gets_what_kind_of_show_it_is_and_no_verdict(engine: AnswerEngine, question: str) -> None:
    answer = engine.answer(question)
    text = " ".join(part.text for part in answer.parts)
    assert "zombie horror" in text and "don't judge" in text
    assert not text.startswith(("Yes", "No")) and not answer.answered


@pytest.mark.parametrize("question", ["is it too gory?", "is it scary for kids", "지우학 많이 잔인해?"])
def test_gore_or_a_young_viewer_asked_gets_the_rating_too(engine: AnswerEngine, question: str) -> None:
    assert "TV-MA" in " ".join(part.text for part in engine.answer(question).parts)


def test_a_character_called_scary_is_not_a_question_about_the_show(engine: AnswerEngine) -> None:
    assert "zombie horror" not in " ".join(part.text for part in engine.answer("is namra scary").parts)


# ask71: a parent's own child named, not "a 13 year old" ("is it ok for my 13 yo" said "Reportedly, yes." over a week's
# viewing figures)
@pytest.mark.parametrize("question", ["is it ok for my 13 yo", "can my 12yo watch this", "is it ok for my little brother",
                                      "my 13 year old wants to watch it is that ok"])
def test_a_parents_own_child_asked_about_gets_the_rating_and_no_yes(engine: AnswerEngine, question: str) -> None:
    text = " ".join(part.text for part in engine.answer(question).parts)
    assert "TV-MA" in text and not text.startswith("Reportedly, yes"), text
