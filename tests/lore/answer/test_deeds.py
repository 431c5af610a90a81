"""Who did what to whom (deeds.py) and why someone did "that" (motives.py): read from the event
index, a wrong doer answered No with what does happen, never a reason the sources do not give, and
every answer hidden as far as the event it tells."""

from __future__ import annotations

import re

import pytest

from bot.lore.answer import AnswerEngine, render_text
from bot.show import NOTHING, Position

SPOILER_SPAN = re.compile(r"\|\|.*?(?<!\\)\|\|", re.S)
S1 = Position.legacy


def _clear(engine: AnswerEngine, question: str, watched: int = 12) -> str:
    return SPOILER_SPAN.sub("", render_text(engine.answer(question), S1(watched))[0])


@pytest.mark.parametrize(
    ("question", "doer"),
    [
        ("did namra bite cheongsan", "Gwi-nam"),
        ("was namra bitten by onjo", "Gwi-nam"),
        ("bro was it gyeong-su who killed woojin", "Nam-ra"),
        ("did su-hyeok bite nam-ra", "Gwi-nam"),
    ],
)
def test_a_wrong_doer_is_answered_no_with_who_did_it(engine: AnswerEngine, question: str, doer: str) -> None:
    text = _clear(engine, question)
    assert engine.answer(question).answered
    assert text.startswith("No.") and doer in text, text


@pytest.mark.parametrize("question", ["did gwinam bite namra", "was nam-ra bitten by gwi-nam", "did na-yeon infect gyeong-su"])
def test_the_right_doer_is_yes(engine: AnswerEngine, question: str) -> None:
    assert _clear(engine, question).startswith("Yes."), _clear(engine, question)


def test_when_with_a_wrong_doer_names_the_one_who_did_it_and_its_episode(engine: AnswerEngine) -> None:
    text = _clear(engine, "when did cheong-san get bitten by namra")
    assert text.startswith("Not Nam-ra.") and "episode 11" in text and "Gwi-nam" in text, text


def test_a_deed_answer_spoils_its_events_episode(engine: AnswerEngine) -> None:
    answer = engine.answer("did namra bite cheongsan")
    assert answer.spoils == S1(11)
    assert "Gwi-nam" not in _clear(engine, "did namra bite cheongsan", 10)


def test_a_deed_done_to_the_group(engine: AnswerEngine) -> None:
    text = _clear(engine, "was it so-ju who saved the kids")
    assert text.startswith("Yes.") and "gym" in text and "paramedic" not in text, text


def test_a_maul_asked_as_a_bite_is_told_without_a_verdict(engine: AnswerEngine) -> None:
    text = _clear(engine, "did gyeongsu bite cheongsan's mom")
    assert "mauled" in text and not text.startswith(("Yes", "No")), text


def test_why_did_x_do_that_to_y_tells_the_deed_and_no_reason_the_sources_lack(engine: AnswerEngine) -> None:
    answer = engine.answer("bro why did na-yeon do that to gyeong-su")
    text = _clear(engine, "bro why did na-yeon do that to gyeong-su")
    assert not answer.answered  # no reason is stated: an "I don't know why" with what the sources say
    assert "don't say why" in text and "deliberately infects Gyeong-su" in text and "Played by" not in text


def test_why_did_x_do_that_hides_the_deed_until_its_episode(engine: AnswerEngine) -> None:
    text = _clear(engine, "이나연 왜 그랬어?", 0)
    assert "don't say why" in text and "handkerchief" not in text and "welfie" not in text


def test_why_did_x_do_that_with_many_deeds_asks_which_never_the_card(engine: AnswerEngine) -> None:
    text = _clear(engine, "why did gwi-nam do that")
    assert "Which of Gwi-nam's actions" in text and "Yoo In-soo" not in text


@pytest.mark.parametrize(
    ("question", "verdict", "fact"),
    [
        ("did the teacher make the virus on purpose", "Yes.", "son"),
        ("did nayeon infect gyeongsu by accident", "No.", "deliberately"),
        ("was the virus made by accident", "No.", "son"),
    ],
)
def test_on_purpose_and_by_accident_are_read_from_the_reason(engine: AnswerEngine, question: str, verdict: str,
                                                             fact: str) -> None:
    text = _clear(engine, question)
    assert text.startswith(verdict) and fact in text, text


def test_a_time_is_no_purpose(engine: AnswerEngine) -> None:
    # "... four months after the outbreak" says when, not why: no verdict on an accident
    assert not engine.answer("was the outbreak an accident").answered


def test_a_survivor_never_bitten_is_a_false_premise_hidden_until_their_fate(engine: AnswerEngine) -> None:
    answer = engine.answer("what episode does onjo get bitten")
    assert answer.answered and answer.spoils == S1(12)
    assert "false premise" in _clear(engine, "what episode does onjo get bitten")
    assert _clear(engine, "what episode does onjo get bitten", 3).strip() == ""


def test_what_nearly_happens_is_not_the_event(engine: AnswerEngine) -> None:
    assert "episode 12" not in _clear(engine, "when does onjo get bitten")


def test_a_state_that_ended_says_it_held(engine: AnswerEngine) -> None:
    assert _clear(engine, "is gwi-nam a halfbie").startswith("Not any more: Gwi-nam was a halfbie from season 1, episode 5")
    assert _clear(engine, "was gwinam a halfbie").startswith("Yes: Gwi-nam was a halfbie")
    assert _clear(engine, "is gwi-nam a halfbie", 6).startswith("Yes.")
    assert _clear(engine, "is gwi-nam a halfbie", 4).startswith("So far, no.")
    assert render_text(engine.answer("is gwi-nam a halfbie"), NOTHING)[1] == S1(11)


def test_a_killing_of_someone_who_gives_their_life_is_no_with_how(engine: AnswerEngine) -> None:
    text = _clear(engine, "was it na-yeon who killed ms park")
    assert text.startswith("No.") and "gives herself up" in text, text


def test_a_killing_of_someone_who_lives_is_no_with_their_fate(engine: AnswerEngine) -> None:
    text = _clear(engine, "did on-jo kill nam-ra")
    assert text.startswith("No. Nam-ra is not killed") and "halfbie" in text, text
    assert engine.answer("did on-jo kill nam-ra").spoils == S1(12)


def test_who_did_it_to_someone_it_never_happens_to_is_no_one(engine: AnswerEngine) -> None:
    text = _clear(engine, "who bit su-hyeok")
    assert text.startswith("No one: that's a false premise.") and "Nam-ra" not in text, text


def test_someone_else_saving_them_is_no_no(engine: AnswerEngine) -> None:
    """So-ju leading the students out does not mean Cheong-san never saves On-jo: no "No." for a
    deed that can happen to someone more than once."""
    text = _clear(engine, "did cheong-san save on-jo")
    assert not text.startswith("No.")


def test_one_who_leaves_them_behind_did_not_save_them(engine: AnswerEngine) -> None:
    text = _clear(engine, "did ji-min save hyo-ryung")
    assert text.startswith("No.") and "Woo-jin" in text


@pytest.mark.parametrize(("question", "happened"), [
    ("why did onjo kill her dad", "flares"),
    ("why did on-jo's dad kill the science teacher", "police station"),
    ("why did the detective kill mr lee", "police station"),
])
def test_why_with_a_wrong_killer_is_no_with_what_happened(engine: AnswerEngine, question: str, happened: str) -> None:
    text = _clear(engine, question)
    assert text.startswith("No:") and happened in text, text


def test_why_with_the_right_killer_is_never_denied(engine: AnswerEngine) -> None:
    assert not _clear(engine, "why did nam-ra kill woo-jin").startswith("No")


def test_a_wrong_killer_denied_stays_hidden_before_the_death(engine: AnswerEngine) -> None:
    assert "flares" not in _clear(engine, "why did onjo kill her dad", 3)


@pytest.mark.parametrize("question", ["does namra bite anyone", "did onjo bite anyone", "did cheongsan kill anyone"])
def test_doing_it_to_anyone_is_never_having_it_done_to_them(engine: AnswerEngine, question: str) -> None:
    answer = engine.answer(question)
    text = render_text(answer, Position.legacy(12))[0]
    assert not answer.answered and "don't say" in text and "bitten" not in text and "Yes" not in text, text


def test_doing_it_to_anyone_names_whom_they_did_it_to_hidden_past_the_reader(engine: AnswerEngine) -> None:
    assert "Woo-jin" in _clear(engine, "did namra kill anyone")
    assert "Woo-jin" not in _clear(engine, "did namra kill anyone", 11)


def test_an_attack_is_told_for_a_killing_without_a_yes(engine: AnswerEngine) -> None:
    answer = engine.answer("did eunji kill cheolsu")
    text = render_text(answer, Position.legacy(12))[0]
    assert answer.answered and "attacks Cheol-su" in text and "Yes." not in text, text
