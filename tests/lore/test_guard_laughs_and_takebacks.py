"""The spoiler guard on a busy fan server's answers (guard_replies91): a fate told after the writer's laughter of dying
("morta dal ridere 😂 comunque sì", "i'm dead 💀 yes"), after a refusal taken back ("no te voy a decir jaja bueno sí",
"je vais pas te dire... ok elle survit"), after "¿sí o no?", said of "her" in French, or of a skin that only looks like
someone of the show; and their look-alikes left up: "the real one" of Squid Game's Gi-hun after a skin, the laughter alone ("chết cười với câu hỏi này"), Thai "ตายแล้ว 555"
(oh my god lol) before a line of feelings, Italian "purtroppo" (unfortunately) opening the writer's own busy day or their
not having watched. Through bot.lore.guard.judge, no bot started."""

from __future__ import annotations

import pytest

from bot.show import Position
from tests.lore.guard_reading import taken_at
from tests.stall import read_at_once

EP5 = Position(1, 5)



@pytest.mark.parametrize(("question", "answer"), [
    ("cheongsan muore?", "morta dal ridere 😂 comunque sì, muore nell'11"),
    ("does soju die?", "i'm dead 💀 yes"),
    ("¿muere cheongsan?", "muerta de risa jaja sí 😭"),
])
def test_a_yes_after_the_writers_laughter_answers_the_fate_asked(question: str, answer: str) -> None:
    assert taken_at(answer, EP5, question) == Position(1, 11)


@pytest.mark.parametrize(("question", "answer"), [
    ("cheongsan có chết không?", "chết cười với câu hỏi này 😂"),
    ("cheongsan muore?", "morta dal ridere 😂 guardalo e basta"),
    ("does soju die?", "i'm dead 💀 why would you ask that here"),
])
def test_the_writers_laughter_alone_answers_nothing(question: str, answer: str) -> None:
    assert taken_at(answer, EP5, question) is None


@pytest.mark.parametrize(("question", "answer", "spoils"), [
    ("¿muere soju?", "no te voy a decir jaja bueno sí, muere 😭", 11),
    ("nam-ra meurt ?", "je vais pas te dire... ok elle survit 🥹", 12),
])
def test_a_refusal_taken_back_answers(question: str, answer: str, spoils: int) -> None:
    assert taken_at(answer, EP5, question) == Position(1, spoils)


@pytest.mark.parametrize("answer", ["no te voy a decir nada, míralo 😤", "no te voy a decir, bueno ya me voy a dormir"])
def test_a_refusal_kept_answers_nothing(answer: str) -> None:
    assert taken_at(answer, EP5, "¿muere soju?") is None


@pytest.mark.parametrize(("question", "answer"), [("nam-ra meurt ?", "elle survit"), ("nam-ra meurt ?", "elle meurt pas")])
def test_a_fate_said_of_her_in_french_answers_the_fate_asked(question: str, answer: str) -> None:
    assert taken_at(answer, EP5, question) == Position(1, 12)


def test_a_yes_after_asking_yes_or_no_back_answers() -> None:
    assert taken_at("¿sí o no? sí. en el 11 😭", EP5, "¿muere cheongsan?") == Position(1, 11)


def test_a_skin_that_looks_like_her_then_the_real_ones_fate_is_hers() -> None:
    assert taken_at("my fortnite skin looks like onjo lol, the real one survives", EP5) == Position(1, 12)


def test_the_real_one_of_another_shows_person_after_a_skin_is_that_shows() -> None:
    assert taken_at("my minecraft skin is gi-hun from squid game, the real one dies in season 3 lol", EP5) is None


def test_the_real_one_after_a_skin_of_the_shows_person_is_still_theirs() -> None:
    assert taken_at("my roblox avatar is cheongsan lol, the real one dies", EP5) == Position(1, 11)


def test_thai_oh_my_god_lol_before_a_line_of_feelings_tells_no_death() -> None:
    assert taken_at("ตายแล้ว 555 ชองซานตลกมากในตอน 2", EP5) is None


@pytest.mark.parametrize("answer", ["purtroppo devo lavorare, ne parliamo stasera", "purtroppo non l'ho ancora visto 😭",
                                    "sadly i haven't watched it yet 😭"])
def test_unfortunately_before_the_writers_own_day_answers_nothing(answer: str) -> None:
    assert taken_at(answer, EP5, "cheongsan muore?") is None


def test_unfortunately_i_have_to_tell_you_yes_answers() -> None:
    assert taken_at("purtroppo devo dirti di sì 😭", EP5, "cheongsan muore?") == Position(1, 11)


def test_a_long_laughing_or_refusing_answer_reads_at_once() -> None:
    laughs = "morta dal ridere " + "😂 jaja " * 600
    refuses = "no te voy a decir " + "jaja " * 800
    taken_at("morta dal ridere 😂 comunque sì", EP5, "cheongsan muore?")  # (its patterns compiled first)
    with read_at_once():
        taken_at(laughs, EP5, "cheongsan muore?")
        taken_at(refuses, EP5, "¿muere soju?")
        taken_at("elle " * 800, EP5, "nam-ra meurt ?")
        taken_at("my minecraft skin is gi-hun " + "from squid game, " * 250, EP5)


@pytest.mark.parametrize(("question", "answer"), [
    ("does cheongsan die?", "not gonna tell u lol ok fine yes"),
    ("does cheongsan die?", "i won't say... okay, fine, yes"),
])
def test_a_yes_after_a_refusal_taken_back_with_ok_fine_answers_the_fate_asked(question: str, answer: str) -> None:
    assert taken_at(answer, EP5, question) == Position(1, 11)


@pytest.mark.parametrize(("question", "answer"), [
    ("namra morre?", "ela morre de rir kkkk"),
    ("nam-ra meurt ?", "elle meurt de rire 😂"),
    ("¿muere namra?", "ella muere de risa jaja"),
])
def test_her_dying_of_laughter_under_a_fate_question_stays_up(question: str, answer: str) -> None:
    assert taken_at(answer, EP5, question) is None


@pytest.mark.parametrize(("question", "answer"), [
    ("namra morre?", "ela morre"),
    ("nam-ra meurt ?", "elle survit de justesse"),
])
def test_her_fate_said_back_under_a_fate_question_is_still_taken_down(question: str, answer: str) -> None:
    assert taken_at(answer, EP5, question) is not None
