"""The spoiler guard on a busy fan server's answers (guard_replies90): Italian verdicts and yeses under a fate asked
("è un sì", "è un no", "purtroppo sì"), a fate told after a reason in a game's clause in French, Italian and Vietnamese and
in games newly listed (Clash Royale, Brawl Stars, Liên Quân), the show's "real one" after a game's avatar; and their
look-alikes left up: a yes and a no said as a pair ("sí o no es spoiler"), refusals ("a resposta é não vou contar",
Italian "non lo so"), Tagalog "namatay ako sa kakatawa" (died laughing) under a death asked, the writer's own deaths in
those games. Through bot.lore.guard.judge, no bot started."""

from __future__ import annotations

import pytest

from bot.show import Position
from tests.lore.guard_reading import taken_at
from tests.stall import read_at_once

EP5 = Position(1, 5)



@pytest.mark.parametrize(("question", "answer", "spoils"), [
    ("cheongsan muore?", "è un sì 😭", 11),
    ("onjo sopravvive alla fine?", "è un sì ragazzi 🥹", 12),
    ("suhyeok muore?", "è un no 🥹", 12),
    ("gwinam muore alla fine?", "purtroppo sì... nell'ep 11", 11),
])
def test_an_italian_verdict_or_yes_answers_the_fate_asked(question: str, answer: str, spoils: int) -> None:
    assert taken_at(answer, EP5, question) == Position(1, spoils)


@pytest.mark.parametrize("answer", ["eh sì, nell'ep 11", "beh sì 😭"])
def test_an_italian_yes_after_well_answers_the_fate_asked(answer: str) -> None:
    assert taken_at(answer, EP5, "cheongsan muore?") == Position(1, 11)


@pytest.mark.parametrize(("question", "answer", "spoils"), [
    ("cheongsan è vivo?", "no 😭", 11),
    ("namra è viva?", "sì", 12),
    ("è morta namra?", "no", 12),
])
def test_an_italian_yes_or_no_to_dead_or_alive_answers_the_fate_asked(question: str, answer: str, spoils: int) -> None:
    assert taken_at(answer, EP5, question) == Position(1, spoils)


def test_an_italian_not_knowing_after_well_stays_up() -> None:
    assert taken_at("eh non lo so", EP5, "cheongsan muore?") is None


@pytest.mark.parametrize(("question", "answer"), [
    ("guardiamo l'ep 4 stasera?", "è un sì 😭"),
    ("cheongsan muore?", "è un sì per la maratona di sabato 😭"),
])
def test_an_italian_verdict_on_a_plan_stays_up(question: str, answer: str) -> None:
    assert taken_at(answer, EP5, question) is None


@pytest.mark.parametrize(("question", "answer"), [
    ("¿muere cheongsan?", "sí o no es spoiler amigo, velo tú 😭"),
    ("does cheongsan die?", "yes or no, you'll have to watch"),
])
def test_a_yes_and_a_no_said_as_a_pair_answer_nothing(question: str, answer: str) -> None:
    assert taken_at(answer, EP5, question) is None


@pytest.mark.parametrize(("question", "answer"), [
    ("does cheongsan die?", "yes or no? he dies in ep 11"),
    ("¿muere cheongsan?", "sí o no? muere en el 11"),
    ("o cheongsan morre?", "sim ou não? morre sim"),
])
def test_a_fate_told_after_a_yes_and_a_no_said_as_a_pair_is_taken_down(question: str, answer: str) -> None:
    assert taken_at(answer, EP5, question) == Position(1, 11)


def test_spanish_si_o_si_is_a_yes_for_sure() -> None:
    assert taken_at("sí o sí jaja 😭", EP5, "¿muere cheongsan?") == Position(1, 11)


@pytest.mark.parametrize(("question", "answer"), [
    ("o gwinam morre?", "a resposta é não vou contar 😭"),
    ("o gwinam morre?", "não posso contar kkk"),
    ("¿muere cheongsan?", "no te voy a decir jaja"),
    ("cheongsan muore?", "non lo so, sono all'ep 5 😭"),
    ("cheongsan muore?", "boh, non l'ho ancora finito"),
])
def test_a_refusal_or_not_knowing_stays_up(question: str, answer: str) -> None:
    assert taken_at(answer, EP5, question) is None


def test_dying_laughing_in_tagalog_under_a_death_asked_is_no_answer() -> None:
    assert taken_at("namatay ako sa kakatawa 😭", EP5, "namatay ba si soju?") is None


@pytest.mark.parametrize("answer", ["namatay ako sa iyak, oo namatay siya", "namatay ako nung nalaman ko 😭",
                                    "namatay ako sa kakatawa, pero oo namatay siya"])
def test_the_writer_dying_of_tears_or_shock_under_a_death_asked_is_taken_down(answer: str) -> None:
    assert taken_at(answer, EP5, "namatay ba si cheongsan?") == Position(1, 11)


def test_a_tagalog_death_said_back_under_a_death_asked_still_answers() -> None:
    assert taken_at("namatay 😭 sa ep 11", EP5, "namatay ba si soju?") == Position(1, 11)


@pytest.mark.parametrize("text", [
    "je joue à brawl stars parce que soju meurt dans l'ep 11 😭",
    "gioco a clash royale perché cheongsan muore nell'ep 11 😭",
    "chơi liên quân cho quên vì cheongsan chết ở tập 11 😭",
    "clash royale w my sis, cheongsan dies in ep 11",
])
def test_a_fate_after_a_reason_beside_a_newly_listed_game_is_the_shows(text: str) -> None:
    assert taken_at(text, EP5) == Position(1, 11)


@pytest.mark.parametrize("text", [
    "clash royale w my bro, i died to a mega knight 5 times 💀",
    "brawl stars w my bro, my gwinam died in lava lol",
    "chơi liên quân chết 10 lần luôn 😭",
    "liên quân tối nay, chết hoài vì team gà 😭",
])
def test_deaths_in_a_newly_listed_game_are_the_games(text: str) -> None:
    assert taken_at(text, EP5) is None


def test_the_real_one_after_a_games_avatar_is_the_shows() -> None:
    assert taken_at("my roblox avatar is cheongsan, the real one dies", EP5) == Position(1, 11)


@pytest.mark.parametrize("text", [
    "my roblox avatar is cheongsan, the real one is taller",
    "my brawl stars name is gwinam lol, the real one would hate it",
])
def test_the_real_one_after_a_games_avatar_with_no_fate_stays_up(text: str) -> None:
    assert taken_at(text, EP5) is None


def test_italian_verdicts_and_avatars_read_fast_on_long_input() -> None:
    long_answer = "è un sì " * 500
    long_avatar = "my roblox avatar is " + "a, the real one 😭 清山 " * 200
    taken_at("è un sì", EP5, "cheongsan muore?")  # (its patterns compiled first)
    taken_at("my roblox avatar is cheongsan, the real one dies", EP5)
    with read_at_once():
        taken_at(long_answer, EP5, "cheongsan muore?")
        taken_at(long_avatar, EP5)
