"""The spoiler guard on a busy fan server's answers (guard_replies89): a verdict said in other languages ("es un sí",
"gente, é um sim", "c'est un oui", "jawabannya iya", "it's a big fat yes"), Vietnamese "hông", a fate told after "porque"
or "apparently" in a game's clause, and their look-alikes left up: a verdict on a plan, the writer's own death in Call of
Duty, Tagalog "namatay ako sa tawa" (died laughing), a sister who "turns into a zombie every monday". Through
bot.lore.guard.judge, no bot started."""

from __future__ import annotations

import pytest

from bot.show import Position
from tests.lore.guard_reading import taken_at
from tests.stall import read_at_once

EP5 = Position(1, 5)



@pytest.mark.parametrize(("question", "answer", "spoils"), [
    ("¿muere cheongsan?", "es un sí 😭", 11),
    ("a onjo sobrevive?", "gente, é um sim 🥹", 12),
    ("est-ce que cheongsan meurt ?", "c'est un oui 😭", 11),
    ("cheongsan mati ga?", "jawabannya iya 😭", 11),
    ("does cheongsan die?", "it's a big fat yes 😭", 11),
])
def test_a_verdict_in_any_language_answers_the_fate_asked(question: str, answer: str, spoils: int) -> None:
    assert taken_at(answer, EP5, question) == Position(1, spoils)


@pytest.mark.parametrize(("question", "answer"), [
    ("¿muere cheongsan?", "es un sí de mi parte para la watch party 😭"),
    ("¿muere cheongsan?", "es un no rotundo a verla sin pañuelos 😭"),
    ("should we watch ep 5 tonight?", "it's a yes from me 😭"),
    ("can we watch ep 6 tonight?", "that's a no, it's 2am 😭"),
])
def test_a_verdict_on_a_plan_or_from_the_writer_stays_up(question: str, answer: str) -> None:
    assert taken_at(answer, EP5, question) is None


def test_a_no_said_as_a_verdict_in_spanish_takes_the_answer_down() -> None:
    assert taken_at("eso es un no 😭", EP5, "¿muere suhyeok?") is not None


def test_a_call_to_the_chat_in_portuguese_before_a_yes_is_read_past() -> None:
    assert taken_at("gente, sim 🥹", EP5, "a onjo sobrevive?") == Position(1, 12)


def test_a_southern_vietnamese_no_under_a_death_asked_tells_the_survival() -> None:
    assert taken_at("hông 😭", EP5, "hyoryeong có chết không?") == Position(1, 12)


@pytest.mark.parametrize("text", [
    "jugando roblox porque gwinam muere en el 11 y estoy triste",
    "pubg w my cousin, apparently gwinam dies in the end 😭",
])
def test_a_fate_after_a_reason_or_hearsay_in_a_games_clause_is_the_shows(text: str) -> None:
    assert taken_at(text, EP5) == Position(1, 11)


def test_a_reason_with_the_games_own_world_after_it_stays_the_games() -> None:
    assert taken_at("roblox w my bro, i quit bc my gwinam sim fell in lava lol", EP5) is None


@pytest.mark.parametrize("text", [
    "died in call of duty 5 times lol, gwinam would be proud",
    "apex w my squad, i died first again 😭 gwinam would be proud",
])
def test_the_writers_own_death_in_another_game_is_no_ones_of_the_show(text: str) -> None:
    assert taken_at(text, EP5) is None


def test_dying_laughing_in_tagalog_is_no_death() -> None:
    assert taken_at("namatay ako sa tawa 😭 si gwinam sa ep 2", EP5) is None


def test_a_tagalog_death_of_the_shows_one_is_still_read() -> None:
    assert taken_at("namatay si gwinam sa ep 11 😭", EP5) == Position(1, 11)


def test_a_relative_who_turns_into_a_zombie_every_monday_is_no_ones_turning() -> None:
    assert taken_at("namra reminds me of my sister, she turns into a zombie every monday morning lol", EP5) is None


def test_a_relative_who_turns_into_a_zombie_like_the_show_is_still_the_shows() -> None:
    assert taken_at("namra reminds me of my sister, she turns into a zombie", EP5) is not None


def test_verdicts_and_games_read_fast_on_long_emoji_and_cjk() -> None:
    long_text = "gente, c'est un " + "😭🔥 清山 死 apparently porque " * 160
    taken_at("gente, c'est un 😭", EP5, "¿muere cheongsan?")  # (its patterns compiled first)
    with read_at_once():
        taken_at(long_text, EP5, "¿muere cheongsan?")


@pytest.mark.parametrize(("question", "answer"), [
    ("est-ce que cheongsan meurt ?", "c'est un non-sens ce thread 😭"),
    ("est-ce que cheongsan meurt ?", "c'est un non-spoiler svp"),
    ("does cheongsan die?", "it's a no-brainer, watch it"),
])
def test_a_word_a_verdict_opens_is_no_verdict(question: str, answer: str) -> None:
    assert taken_at(answer, EP5, question) is None


@pytest.mark.parametrize("answer", ["jawabannya ya nonton sendiri lah", "jawabannya ya tonton aja"])
def test_indonesian_ya_before_more_words_is_a_filler_not_a_yes(answer: str) -> None:
    assert taken_at(answer, EP5, "cheongsan mati ga?") is None


@pytest.mark.parametrize("answer", ["jawabannya ya 😭", "jawabannya ya, dia mati"])
def test_indonesian_ya_alone_is_still_a_yes(answer: str) -> None:
    assert taken_at(answer, EP5, "cheongsan mati ga?") == Position(1, 11)


@pytest.mark.parametrize(("question", "answer"), [("a onjo sobrevive?", "gente, não sei"), ("¿muere cheongsan?", "chicos, no sé")])
def test_not_knowing_told_to_the_chat_stays_up(question: str, answer: str) -> None:
    assert taken_at(answer, EP5, question) is None


@pytest.mark.parametrize("answer", ["hông có xem", "hông thích spoil", "không thích spoil"])
def test_vietnamese_not_watching_or_not_liking_to_spoil_stays_up(answer: str) -> None:
    assert taken_at(answer, EP5, "cheongsan chết không?") is None
