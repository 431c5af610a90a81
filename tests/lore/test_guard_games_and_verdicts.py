"""The spoiler guard on a busy fan server's answers (guard_replies88): a yes said as a verdict ("you guys it's a yes"), a
Vietnamese no under a death asked, the show's one named "the real mvp" after a game, the writer's own death in a game
the list did not know (Among Us, Mobile Legends, Fortnite), and a group's own show's episode (Run BTS). Through
bot.lore.guard.judge, no bot started."""

from __future__ import annotations

import pytest

from bot.show import Position
from tests.lore.guard_reading import taken_at
from tests.stall import read_at_once

EP5, EP7 = Position(1, 5), Position(1, 7)



@pytest.mark.parametrize(("question", "answer"), [
    ("does cheongsan die?", "you guys it's a yes 😭"),
    ("does cheongsan die?", "u guys its a yes 💀"),
    ("does onjo survive?", "you guys... it's a yes"),
    ("does cheongsan die?", "that's a yes"),
])
def test_a_yes_said_as_a_verdict_answers_the_fate_asked(question: str, answer: str) -> None:
    assert taken_at(answer, EP5, question) is not None


def test_a_verdict_under_a_newcomers_fate_gives_season_two_away() -> None:
    assert taken_at("you guys it's a yes 😭", Position(2, 1), "does maru die?") == Position(2, 99)


def test_a_verdict_under_a_question_of_no_fate_stays_up() -> None:
    assert taken_at("that's a no from me 😭", Position(1, 2), "is ep 5 good?") is None


@pytest.mark.parametrize("answer", ["my mom said it's a no to the sleepover lol", "its a no from my mom for the sleepover 😭"])
def test_a_verdict_on_something_else_answers_no_fate(answer: str) -> None:
    assert taken_at(answer, EP5, "does suhyeok die?") is None


@pytest.mark.parametrize("answer", ["it's a yes or no question", "that's a yes or no question, just watch it",
                                    "it's a yes-or-no question lol", "it's a yes/no thing, watch it"])
def test_calling_a_fate_question_a_yes_or_no_one_stays_up(answer: str) -> None:
    assert taken_at(answer, EP5, "does cheongsan die?") is None


def test_a_verdict_past_the_fate_stays_up() -> None:
    assert taken_at("you guys it's a yes 😭", Position(1, 11), "does cheongsan die?") is None


@pytest.mark.parametrize("answer", ["không", "không 😭 sống tới cuối"])
def test_a_vietnamese_no_under_a_death_asked_tells_the_survival(answer: str) -> None:
    assert taken_at(answer, EP7, "suhyeok có chết không?") == Position(1, 12)


def test_a_vietnamese_no_to_a_death_asked_past_the_survival_stays_up() -> None:
    assert taken_at("không", Position(1, 12), "suhyeok có chết không?") is None


def test_a_vietnamese_no_then_not_watched_yet_commits_to_nothing() -> None:
    assert taken_at("không, mình chưa xem", EP5, "bạn có xem tập 11 chưa? suhyeok có chết không?") is None


@pytest.mark.parametrize("answer", ["không được spoil", "không tiết lộ đâu", "không kể đâu, tự xem đi"])
def test_a_vietnamese_refusal_to_tell_under_a_death_asked_stays_up(answer: str) -> None:
    assert taken_at(answer, EP5, "suhyeok có chết không?") is None


@pytest.mark.parametrize("answer", ["có 🥹", "có 😭"])
def test_a_vietnamese_yes_to_what_the_mark_has_shown_stays_up(answer: str) -> None:
    assert taken_at(answer, EP7, "namra với suhyeok có hôn nhau không?") is None
    assert taken_at(answer, EP7, "namra có bị cắn không?") is None


@pytest.mark.parametrize("text", [
    "minecraft w my bro lol, the real mvp was onjo's dad, he died saving them 😭",
    "jugando free fire con mi primo, el verdadero mvp es cheongsan, muere en el 11 😭",
])
def test_the_shows_one_named_the_real_mvp_after_a_game_is_the_shows(text: str) -> None:
    assert taken_at(text, EP5) == Position(1, 11)


@pytest.mark.parametrize("text", [
    "minecraft w my bro lol, the real mvp was my dog, he died in lava",
    "among us w my sis, the real mvp was my dog, he died first lol",
])
def test_the_writers_own_real_mvp_in_a_game_stays_up(text: str) -> None:
    assert taken_at(text, EP5) is None


@pytest.mark.parametrize(("question", "text"), [
    ("does cheongsan die?", "i died in among us lol, havent seen ep 11"),
    ("", "we got killed in fortnite again lol, ep 11 tonight"),
    ("", "among us w my sis, my red guy named gwinam died first lol"),
    ("", "mati mulu di mobile legends wkwk"),
])
def test_the_writers_own_death_in_a_game_stays_up(question: str, text: str) -> None:
    assert taken_at(text, EP5, question) is None


def test_a_fate_after_the_writers_game_is_still_the_shows() -> None:
    assert taken_at("we got killed in fortnite again, cheongsan dies in ep 11 tho", EP5) == Position(1, 11)


@pytest.mark.parametrize("text", [
    "there are halfbies among us, our namra survives till the end",
    "among us, my theory is onjo survives till the end",
])
def test_among_us_said_of_people_is_no_game(text: str) -> None:
    assert taken_at(text, EP5) == Position(1, 12)


def test_the_writers_game_character_named_like_one_of_ours_stays_up() -> None:
    assert taken_at("my fortnite skin is namra, she got bitten lol", EP5) is None
    assert taken_at("in among us my red guy is cheongsan and he died lol", EP5) is None


@pytest.mark.parametrize("text", [
    "run bts ep 10, jimin turned around",
    "run bts ep 10 jimin turned into a zombie for the halloween game lol",
    "달려라 방탄 10화 지민 뒤돌았어 ㅋㅋ",
    "run bts ep 10 jimin got bitten by a dog lol",
])
def test_a_groups_own_shows_episode_is_none_of_ours(text: str) -> None:
    assert taken_at(text, EP5) is None


def test_the_shows_episode_named_beside_a_groups_own_show_is_still_ours() -> None:
    said = "nonton run bts ep 10 seru, terus jimin di series berubah jadi zombie di ep 10"
    assert taken_at(said, EP5) == Position(1, 10)


def test_someone_turning_around_at_an_episode_is_no_turning() -> None:
    assert taken_at("ep 10 someone turned around lol", EP5) is None


@pytest.mark.parametrize("text", [
    ("you guys it's a yes 😭 지민 清山 " * 200)[:4000],
    ("i died in among us 😭 달려라 방탄 10화 " * 150)[:4000],
    ("the real mvp is 😭 không " * 200)[:4000],
])
def test_a_long_message_of_verdicts_games_and_emoji_is_read_at_once(text: str) -> None:
    taken_at("warm up", EP5)
    with read_at_once():
        taken_at(text, EP5, "suhyeok có chết không?")
