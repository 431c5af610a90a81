"""A question inside a rant (rants.py): the feeling after it and the cry before it are read past."""

from __future__ import annotations

import pytest

from bot.lore.answer import AnswerEngine, render_text
from bot.lore.answer.rants import around_the_question
from bot.show import Position
from tests.table import table


def _text(engine: AnswerEngine, question: str) -> str:
    return render_text(engine.answer(question), Position.legacy(12))[0]


@pytest.mark.parametrize(("question", "fact"), [
    ("who plays nayeon i hate her so much", "Lee Yoo-mi"),
    ("rip onjo dad ;-; how did he die", "flares"),
    ("wya onjo's dad \U0001f62d which ep does he get to the gym", "episode 10"),
    ("justice for gyeongsu. who infected him", "Na-yeon"),
])
def test_the_question_in_a_rant_is_answered(engine: AnswerEngine, question: str, fact: str) -> None:
    assert fact in _text(engine, question)


def test_a_name_cried_before_the_question_takes_the_place_of_its_pronoun() -> None:
    assert around_the_question("rip woojin :( who killed him") == "who killed woojin"


def test_text_without_a_rant_is_left_as_typed() -> None:
    assert around_the_question("who does i sak love") == "who does i sak love"


@table(("said", "question"), [
    ("ok so i just finished episode 6 and im crying who bit namra", "who bit namra"),
    ("5화까지 봤는데 남라 죽어?", "남라 죽어?"),
    ("제5화까지 봤는데 남라 죽어?", "남라 죽어?"),
])
def test_how_far_the_asker_has_watched_said_first_is_left_out(said: str, question: str) -> None:
    assert around_the_question(said) == question


@table(("said", "question"), [
    ("part 2 of ep 11 broke me, does so-ju die", "does so-ju die"),
    ("episode 11 destroyed me \U0001f62d is cheong-san alive", "is cheong-san alive"),
    ("the finale had me crying. how did season 1 end", "how did season 1 end"),
    ("episode 3 was crazy who died in ep 4", "who died in ep 4"),
])
def test_what_an_episode_did_to_the_asker_said_first_is_left_out(said: str, question: str) -> None:
    assert around_the_question(said) == question


@table(("said", "question"), [
    ("ep 5 was so sad, who dies in it", "who dies in episode 5"),
    ("episode 3 was crazy who died in it", "who died in episode 3"),
])
def test_it_after_an_episode_said_first_is_that_episode(said: str, question: str) -> None:
    assert around_the_question(said) == question


def test_a_plea_for_no_spoilers_is_left_out() -> None:
    assert around_the_question("does onjo survive?? (no spoilers past episode 5 pls)") == "does onjo survive??"


def test_a_later_seasons_episode_said_first_keeps_its_season_in_the_question() -> None:
    assert around_the_question("just finished s2e1 who died") == "who died in season 2"


def test_who_died_asked_right_after_a_season_two_episode_is_never_answered_with_season_one(engine: AnswerEngine) -> None:
    text = _text(engine, "omg just finished s2e1 who died")
    assert "season 1" not in text.casefold() and "season 2" in text.casefold()


@table("said", ["남라 죽어? 스포ㄴㄴ", "남라 죽어? 스포 ㄴㄴ", "(스포 금지) 남라 죽어?", "노스포로 남라 죽어?",
                                  "남라 죽어? 스포 없이 제발"])
def test_a_plea_for_no_spoilers_said_in_korean_is_left_out(said: str) -> None:
    assert around_the_question(said) == "남라 죽어?"


def test_a_question_with_a_korean_plea_for_no_spoilers_is_answered_not_said_back(engine: AnswerEngine) -> None:
    assert engine.answer("남라 죽어?? 스포ㄴㄴ").answered


@table(("said", "question"), [
    ("my 13 yo loves nam-ra, who plays her", "who plays nam-ra"),
    ("my son asked how many episodes there are", "how many episodes there are"),
    ("my pa wants to know who plays on-jo's dad", "who plays on-jo's dad"),  # lang63: "pa" is a dad, never Tagalog
    ("my 13yo wants to read the webtoon, what's it called", "what's the webtoon called"),
    ("my toilet broke during ep 4 lol anyway who dies in ep 4", "who dies in ep 4"),
    ("my little bro is obsessed with gwinam who plays him", "who plays gwinam"),
    ("my 13 yo finished it, who survives", "who survives"),
    ("my 13 yo is scared of gwinam, does he die", "does gwinam die"),
])
def test_what_is_said_first_of_someone_of_the_askers_is_left_out(said: str, question: str) -> None:
    assert around_the_question(said) == question


@table("said", ["my 12yo wants to watch it, is it ok", "my friend said onjo dies, is it true",
                "my friend said onjo dies, who bites her"])
def test_a_yes_no_about_the_show_or_a_claim_heard_keeps_who_said_it(said: str) -> None:
    assert around_the_question(said) == said
