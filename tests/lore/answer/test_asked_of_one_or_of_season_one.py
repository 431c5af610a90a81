"""Stop 67's readings (ask121): a question about whom someone bit in one episode, or by sex in another language, a
group's "all" said after it, a teacher described by a deed, and "is episode N out" asked of season 1 or of a place,
each answered as the fan asked it (never another person's line, season 1's "Yes." between season 2's parts, nor a recap).
"""

from __future__ import annotations

from collections.abc import Iterator

import pytest

from bot.lore.answer import AnswerEngine, render_text
from bot.lore.content import bundled_pack
from bot.show import NOTHING, Position
from tests.lore import ask_statuses
from tests.lore.helpers import bundled_resolver, said_in_the_clear
from tests.table import table


@pytest.fixture(scope="module")
def between_the_parts() -> Iterator[AnswerEngine]:
    """Season 2's episodes 1-4 out on 12 March 2027, 5-8 listed for 9 April 2027 (ask_statuses.py's `p1out`)."""
    built = AnswerEngine(bundled_pack(), bundled_resolver(), season2=ask_statuses.status("p1out"),
                         show=ask_statuses.listing("p1out"))
    yield built
    built.close()


def test_which_girl_gwinam_bit_in_episode_6_is_nam_ra_alone() -> None:
    text = said_in_the_clear("which girl did gwinam bite in ep 6")
    assert "Nam-ra" in text and "Cheong-san" not in text and "Na-yeon" not in text


def test_who_gwinam_bit_in_episode_11_leaves_out_his_bite_of_episode_6() -> None:
    text = said_in_the_clear("who did gwinam bite in ep 11")
    assert "Cheong-san" in text and "Min-jae" in text and "Nam-ra" not in text


def test_which_girl_bit_gwinam_names_no_one_never_cheong_sans_goodbye() -> None:
    text = said_in_the_clear("which girl bit gwinam")
    assert text.startswith("I don't know") and "Cheong-san" not in text


@table("typed, said", [
    ("¿a qué chica mordió gwi-nam?", "Gwi-nam muerde a Nam-ra"),
    ("qual menina o gwinam mordeu?", "Gwi-nam morde Nam-ra"),
    ("cewek mana yang digigit gwinam?", "Gwi-nam menggigit Nam-ra"),
    ("sinong babae kinagat ni gwinam", "Kinagat ni Gwi-nam si Nam-ra"),  # (in Tagalog since fix131)
])
def test_which_girl_gwinam_bit_asked_abroad_names_the_girls_alone(typed: str, said: str) -> None:
    text = said_in_the_clear(typed)
    assert said in text and "Na-yeon" in text and "Cheong-san" not in text and "Min-jae" not in text


def test_do_the_teachers_all_die_names_both_teachers_not_which_one() -> None:
    text = said_in_the_clear("do the teachers all die lol")
    assert "Park Sun-hwa" in text and "Byeong-chan" in text and "Which one" not in text


def test_do_the_teachers_die_without_all_still_asks_which_one() -> None:
    assert "Which one?" in said_in_the_clear("does the teacher die")


def test_namatay_ba_lahat_ng_bully_names_no_gwi_nam() -> None:
    text = said_in_the_clear("namatay ba lahat ng bully")
    assert text.startswith("I don't know") and "Gwi-nam" not in text


def test_which_teacher_dies_saving_na_yeon_is_ms_park_hidden_before_her_episode() -> None:
    assert "Park Sun-hwa" in said_in_the_clear("which teacher dies saving na-yeon")
    assert "Sun-hwa" not in said_in_the_clear("which teacher dies saving na-yeon", 2)


def test_which_teacher_saved_on_jo_names_no_father() -> None:
    text = said_in_the_clear("which teacher dies saving onjo")
    assert text.startswith("I don't know") and "So-ju" not in text


def test_the_male_teacher_who_made_the_virus_asked_in_tagalog_is_byeong_chan() -> None:
    assert "Byeong-chan" in said_in_the_clear("sino yung teacher na lalaki na gumawa ng virus")


def test_a_woman_teacher_who_made_the_virus_asked_in_tagalog_names_no_man() -> None:
    assert "Byeong-chan" not in said_in_the_clear("sino yung teacher na babae na gumawa ng virus")


@table("typed", ["cuando sale la t2", "cuando vuelve la serie?"])
def test_when_season_2_comes_asked_in_spanish_is_answered_in_spanish(typed: str) -> None:
    text = said_in_the_clear(typed)
    assert "temporada 2" in text and "No sé" not in text and "Gwi-nam" not in text


def test_when_the_show_comes_back_is_season_twos_release_never_gwi_nam_driven_back() -> None:
    text = said_in_the_clear("when does the show come back")
    assert "Season 2" in text and "Gwi-nam" not in text


def test_vuelve_el_director_en_la_t2_says_in_spanish_the_directors_return() -> None:
    text = said_in_the_clear("vuelve el director en la t2?")
    assert text.startswith("Sí.") and "Lee Jae-kyoo" in text


def test_is_episode_5_out_in_the_us_between_the_parts_is_not_yet(between_the_parts: AnswerEngine) -> None:
    text = render_text(between_the_parts.answer("is episode 5 out in the us"), Position(2, 4))[0]
    assert text.startswith("Not yet") and "9 April 2027" in text


def test_the_season_1_finale_came_out_with_season_1(between_the_parts: AnswerEngine) -> None:
    text = render_text(between_the_parts.answer("did the season 1 finale come out"), NOTHING)[0]
    assert text.startswith("Yes.") and "28 January 2022" in text and "9 April" not in text


def test_when_episode_5_of_season_1_comes_out_is_the_premiere_never_its_recap(between_the_parts: AnswerEngine) -> None:
    text = render_text(between_the_parts.answer("when does episode 5 of season 1 come out lol"), NOTHING)[0]
    assert "28 January 2022" in text and "drone" not in text and not text.startswith("Yes.")


def test_is_ep_5_good_is_a_matter_of_opinion_never_its_recap(between_the_parts: AnswerEngine) -> None:
    text = render_text(between_the_parts.answer("is ep 5 good"), Position(2, 4))[0]
    assert "matter of opinion" in text and "drone" not in text


def test_cuando_sale_el_ep_5_de_la_t2_gives_its_listed_day_in_spanish(between_the_parts: AnswerEngine) -> None:
    text = render_text(between_the_parts.answer("cuando sale el ep 5 de la t2"), Position(2, 4))[0]
    assert text.startswith("Aún no está confirmado") and "9 de abril de 2027" in text and "2022" not in text


@pytest.mark.parametrize("question", ["¿qué profesora muere?", "qual professora morre?"])
def test_which_teacher_dies_asked_in_spanish_or_portuguese_names_her_only_behind_the_bar(question: str) -> None:
    # (read as "which teacher dies": "la profesora" alone is Ms. Park, so "¿qué profesora muere?" said "No sé eso de Park
    # Sun-hwa" in the clear to a fan on episode 1)
    assert "Park Sun-hwa" not in said_in_the_clear(question, watched=1)
    assert "Park Sun-hwa" in said_in_the_clear(question, watched=12)


@pytest.mark.parametrize("question", ["does gwinam come back in ep 5", "did gwinam come back in episode 5?"])
def test_gwinam_coming_back_in_episode_5_is_his_return_as_a_halfbie(question: str) -> None:
    text = said_in_the_clear(question)  # (said "my sources don't say that happens in episode 5", then Nam-ra driving him back)
    assert text.startswith("Yes.") and "halfbie" in text and "drives" not in text
