"""A group's fate as fans ask it (groups.py, group_glosses.py, group_phrases.py): a group the sources never draw up is
"I don't know", never one member's story; the group asked in Tagalog, Spanish, Portuguese and Korean word orders is
answered, in the asker's language where group_phrases.py words it."""

from __future__ import annotations

import pytest

from tests.lore.helpers import said_in_the_clear


def test_do_the_bullies_all_die_is_i_dont_know_not_gwi_nams_fate() -> None:
    text = said_in_the_clear("do the bullies all die lol")
    assert text.startswith("I don't know") and "Gwi-nam" not in text


def test_did_all_the_bullies_die_never_answers_with_gwi_nams_profile() -> None:
    text = said_in_the_clear("did all the bullies die?")
    assert text.startswith("I don't know") and "Gwi-nam" not in text


@pytest.mark.parametrize("question", ["do the cops die", "are the zombies dead", "did the soldiers survive"])
def test_any_group_the_sources_never_draw_up_is_i_dont_know_not_one_members_story(question: str) -> None:
    text = said_in_the_clear(question)
    assert text.startswith("I don't know that of a whole group"), text
    assert "Ho-cheol" not in text and "Byeong-chan" not in text


@pytest.mark.parametrize("question", ["do all the survivors die in season 2?", "do the teachers die"])
def test_a_group_the_sources_do_draw_up_is_not_told_it_is_unknown_as_a_group(question: str) -> None:
    assert "of a whole group" not in said_in_the_clear(question)


@pytest.mark.parametrize("question", ["does the virus die", "does the jonas virus die", "does the bus survive",
                                      "does the series die", "did the news survive"])
def test_one_thing_whose_word_ends_in_s_is_never_told_unknown_as_a_whole_group(question: str) -> None:
    assert "of a whole group" not in said_in_the_clear(question)


def test_does_the_bully_die_still_answers_for_gwi_nam() -> None:
    assert "Gwi-nam" in said_in_the_clear("does the bully die")


def test_lahat_ba_ng_teacher_namatay_names_both_teachers_who_die() -> None:
    text = said_in_the_clear("lahat ba ng teacher namatay")
    assert "Park Sun-hwa" in text and "Byeong-chan" in text and "Hindi ko alam" not in text


def test_lahat_ng_students_patay_na_ba_names_the_six_at_the_camp_in_tagalog() -> None:
    text = said_in_the_clear("lahat ng students patay na ba")
    assert text.startswith("Hindi. Anim na estudyante") and "On-jo" in text and "Hyo-ryeong" in text


def test_vuelve_gwinam_en_la_t2_says_in_spanish_he_is_not_in_the_announced_cast() -> None:
    text = said_in_the_clear("vuelve gwinam en la t2?")
    assert text.startswith("No, que se sepa") and "Yoo In-soo" in text and "No sé" not in text


def test_sale_onjo_en_la_t2_says_in_spanish_she_is_in_the_cast() -> None:
    text = said_in_the_clear("sale onjo en la t2?")
    assert text.startswith("Sí.") and "Park Ji-hu" in text


def test_haksaengdeul_da_sara_answers_in_korean_with_the_six_in_hangul() -> None:
    text = said_in_the_clear("학생들 다 살아?")
    assert text.startswith("아니요.") and "장하리" in text and "Not every student" not in text


def test_seonsaengnimdeul_da_jugeo_names_both_teachers_in_korean() -> None:
    text = said_in_the_clear("선생님들 다 죽어?")
    assert "모두 죽어요" in text and "박선화" in text and "이병찬" in text


def test_a_korean_group_answer_hides_the_verdict_below_the_last_fate() -> None:
    text = said_in_the_clear("선생님들 다 죽어?", watched=3)
    assert "박선화" in text and "모두 죽어요" not in text and "이병찬" not in text


def test_do_the_girls_survive_names_the_girls_who_live_as_well_as_those_who_die() -> None:
    text = said_in_the_clear("do the girls survive")
    assert all(name in text for name in ("Nam On-jo", "Jang Ha-ri", "Park Mi-jin", "Seo Hyo-ryeong"))
    assert "Lee Na-yeon" in text


def test_do_the_boys_survive_names_su_hyeok_and_dae_su_beside_the_boys_who_die() -> None:
    text = said_in_the_clear("do the boys survive")
    assert "Lee Su-hyeok" in text and "Yang Dae-su" in text and "Jang Woo-jin" in text


def test_the_girls_who_live_stay_hidden_from_a_fan_early_in_the_season() -> None:
    assert "Nam On-jo" not in said_in_the_clear("do the girls survive", watched=3)


def test_do_all_the_girls_survive_still_answers_with_those_who_die() -> None:
    text = said_in_the_clear("do all the girls survive")
    assert "Lee Na-yeon" in text and "Nam On-jo" not in text


@pytest.mark.parametrize("question", ["선생님 중에 누가 먼저 죽어?", "먼저 죽는 선생님 누구야"])
def test_which_teacher_dies_first_in_korean_is_ms_park_never_the_first_student_to_turn(question: str) -> None:
    text = said_in_the_clear(question)
    assert "Park Sun-hwa" in text and "Hyeon-ju" not in text, text


@pytest.mark.parametrize("question", ["cuantas chicas mueren", "berapa murid yang selamat"])
def test_a_count_of_a_group_asked_abroad_stays_hidden_from_a_fan_who_has_watched_nothing(question: str) -> None:
    text = said_in_the_clear(question, watched=0)
    assert not any(name in text for name in ("Na-yeon", "Ji-min", "Hyo-ryeong", "karantina")), text


@pytest.mark.parametrize(("question", "said"), [
    ("guru mana yang mati duluan?", "Park Sun-hwa: Ia menyerahkan dirinya kepada para zombie agar Na-yeon bisa kabur."),
    ("guru mana yang mati terakhir", "Lee Byeong-chan: Ia digigit zombie di kantor polisi dan meninggal."),
    ("murid mana yang mati duluan", "Kim Hyeon-ju berubah jadi zombie"),
])
def test_which_teacher_or_student_dies_first_asked_in_indonesian_is_answered_in_indonesian(question: str, said: str) -> None:
    text = said_in_the_clear(question)
    assert said in text and "in episode order" not in text and "gives herself up" not in text, text


def test_which_teacher_dies_first_in_indonesian_is_hidden_before_ms_parks_death() -> None:
    assert "Sun-hwa" not in said_in_the_clear("guru mana yang mati duluan?", watched=2)


@pytest.mark.parametrize(("question", "said"), [
    ("¿qué profesor muere primero?", "Park Sun-hwa: Se entrega a los zombis para que Na-yeon pueda escapar."),
    ("qual professora morre primeiro", "Park Sun-hwa: Ela se entrega aos zumbis para que Na-yeon consiga fugir."),
    ("qué profesor muere de último", "Lee Byeong-chan: Los zombis lo muerden en la comisaría y muere."),
])
def test_which_teacher_dies_first_or_last_asked_in_spanish_or_portuguese_is_answered_as_asked(question: str, said: str) -> None:
    text = said_in_the_clear(question)
    assert said in text and "No sé" not in text and "Não sei" not in text, text
