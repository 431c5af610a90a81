"""Questions a Discord server asks that /ask used to answer with a verdict its sources never give (ask50): whether
someone is the villain (judgements.py), who dies at the end (who_dies.py), whether two named did something together
(weighing.py), a sacrifice for someone the end never names (deeds.py), a state the events of someone unnamed never
tell (things.py), and what the director made before (work.py)."""

from __future__ import annotations

import pytest

from bot.lore.answer import AnswerEngine, render_text
from bot.show import Position


def _clear(engine: AnswerEngine, question: str, progress: int = 12) -> str:
    """What a viewer at `progress` reads without opening a spoiler."""
    text = render_text(engine.answer(question), Position.legacy(progress))[0]
    return " ".join(part for i, part in enumerate(text.split("||")) if i % 2 == 0)


@pytest.mark.parametrize("question", ["is gwinam the villain", "so gwinam is the bad guy right",
                                      "is gwi nam the main villian??", "귀남이 빌런임?", "is yoo in soo the villain"])
def test_being_the_villain_is_a_judgement_answered_with_who_he_is(engine: AnswerEngine, question: str) -> None:
    text = _clear(engine, question, 5)
    assert "judgement" in text and "bully" in text, text
    assert "Yes" not in text, text


def test_who_the_villain_is_still_finds_the_one_fans_call_so(engine: AnswerEngine) -> None:
    assert "Gwi-nam" in _clear(engine, "who is the villain", 5)


def test_who_dies_at_the_end_lists_the_endings_deaths_only(engine: AnswerEngine) -> None:
    text = _clear(engine, "who dies at the end")
    assert "episodes 11 and 12" in text and "So-ju" in text and "Woo-jin" in text, text
    assert "I-sak" not in text and "Hyeon-ju" not in text, text


def test_who_dies_in_the_show_still_lists_every_death(engine: AnswerEngine) -> None:
    text = _clear(engine, "who dies in the show")
    assert "I-sak" in text and "Woo-jin" in text, text


def test_who_died_by_the_end_is_every_death_up_to_it(engine: AnswerEngine) -> None:
    text = _clear(engine, "who died by the end")
    assert "I-sak" in text and "Woo-jin" in text and "episodes 11 and 12" not in text, text


def test_who_dies_at_the_end_hides_the_deaths_from_an_early_viewer(engine: AnswerEngine) -> None:
    text = _clear(engine, "who dies at the end", 7)
    assert "So-ju" not in text and "Woo-jin" not in text and "Cheong-san" not in text, text


def test_two_named_doing_something_together_needs_a_clause_that_names_both(engine: AnswerEngine) -> None:
    text = _clear(engine, "did on-jo and su-hyeok fight")
    assert text.startswith("My sources don't say that of On-jo and Su-hyeok"), text


def test_a_clause_is_not_cut_at_the_stop_of_ms(engine: AnswerEngine) -> None:
    assert _clear(engine, "did ms park sacrifice herself for nayeon").startswith("Yes."), "Ms. Park"


def test_a_sacrifice_for_someone_the_end_never_names_tells_that_end(engine: AnswerEngine) -> None:
    text = _clear(engine, "did cheongsan sacrifice himself for suhyeok")
    assert "don't say it was for Su-hyeok" in text and "draws the horde away" in text, text
    assert "not confirmed" not in text


def test_a_sacrifice_for_someone_the_end_names_has_no_lead(engine: AnswerEngine) -> None:
    text = _clear(engine, "did cheongsan sacrifice himself for onjo")
    assert text.startswith("Lee Cheong-san:"), text


def test_a_state_the_events_never_tell_of_someone_unnamed_gives_what_they_do_tell(engine: AnswerEngine) -> None:
    text = _clear(engine, "was the principal bitten")
    assert text.startswith("My sources don't say that.") and "Gwi-nam kills the school principal" in text, text


def test_what_the_director_made_before_is_his_other_work(engine: AnswerEngine) -> None:
    assert "Beethoven Virus" in _clear(engine, "what did the director make before this", 0)


@pytest.mark.parametrize("question", ["결말에 누구 죽어", "엔딩에서 누가 죽어?"])
def test_who_dies_at_the_end_asked_in_korean_is_the_endings_deaths(engine: AnswerEngine, question: str) -> None:
    text = _clear(engine, question)
    assert "episodes 11 and 12" in text and "I-sak" not in text, text


def test_who_dies_last_asked_in_korean_stays_the_last_death(engine: AnswerEngine) -> None:
    assert _clear(engine, "누가 마지막에 죽어?").startswith("The last death in season 1")


def test_a_fight_asked_in_korean_is_read(engine: AnswerEngine) -> None:
    assert engine.answer("수혁이랑 온조 싸웠어?").answered and not _clear(engine, "수혁이랑 온조 싸웠어?").startswith("Yes")


def test_the_principal_asked_in_korean_is_the_one_gwi_nam_kills(engine: AnswerEngine) -> None:
    assert "Gwi-nam kills the school principal" in _clear(engine, "교장 물렸어?")


@pytest.mark.parametrize("question", ["and her?", "n him", "her too?", "and her dad?"])
def test_a_pronoun_alone_asks_whom_it_means(engine: AnswerEngine, question: str) -> None:
    answer = engine.answer(question)
    assert not answer.answered and _clear(engine, question).startswith("Whom do you mean?")
