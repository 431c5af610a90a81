"""What befalls a group (groups.py): counts and verdicts over the named characters of a group, read
from what each character is, each name hidden as far as the episode that settles it."""

from __future__ import annotations

from bot.lore.answer import render_text
from bot.lore.answer.groups import _Member, every_claim
from bot.lore.content import bundled_pack
from bot.show import Position
from tests.lore.helpers import SPOILER_SPAN, bundled_engine, said_in_the_clear
from tests.table import table


def test_how_many_teachers_die_counts_the_two_named_teachers_and_no_detective() -> None:
    text = said_in_the_clear("how many teachers die")
    assert "2 teachers" in text and "Park Sun-hwa" in text and "Byeong-chan" in text and "Jae-ik" not in text


def test_the_principal_is_said_apart_never_counted() -> None:
    assert "principal" in said_in_the_clear("how many teachers die")


def test_do_any_adults_survive_names_the_detective_and_the_assemblywoman() -> None:
    text = said_in_the_clear("do any adults survive")
    assert text.startswith("Yes.") and "Jae-ik" in text and "Eun-hee" in text


def test_an_open_fate_is_named_apart_never_counted() -> None:
    text = said_in_the_clear("do any adults survive")
    assert "2 adults" in text and "leave their fate open: Jeon Ho-cheol" in text


def test_no_named_teacher_survives_said_of_the_named_ones_only() -> None:
    text = said_in_the_clear("do any teachers survive")
    assert text.startswith("None of the teachers the sources name") and not text.startswith("No.")


def test_parents_are_those_the_sources_make_someones_parent() -> None:
    text = said_in_the_clear("how many parents die")
    assert "3 parents" in text and "So-ju" in text and "Cheong-san's mother" in text


def test_a_count_of_one_is_said_in_the_singular() -> None:
    assert "1 mother who dies" in said_in_the_clear("how many moms die")


def test_a_student_whose_summary_names_his_mother_is_still_a_student() -> None:
    assert "Lee Cheong-san" in said_in_the_clear("how many students die")


def test_the_first_teacher_to_die_is_ms_park() -> None:
    text = said_in_the_clear("which teacher dies first")
    assert "Park Sun-hwa" in text and "Byeong-chan" not in text


def test_the_last_student_to_die_is_woo_jin() -> None:
    assert "Woo-jin" in said_in_the_clear("who is the last student to die")


def test_how_many_girls_survive_names_no_boy() -> None:
    text = said_in_the_clear("how many girls survive")
    assert "On-jo" in text and "Su-hyeok" not in text and "Dae-su" not in text


@table("watched", [0, 3, 6])
def test_before_the_end_no_survivor_verdict_or_name_shows(watched: int) -> None:
    text = said_in_the_clear("do any adults survive", watched)
    assert "Yes" not in text and "Jae-ik" not in text and "Eun-hee" not in text


def test_before_episode_4_the_science_teachers_death_stays_hidden() -> None:
    text = said_in_the_clear("how many teachers die", 3)
    assert "Byeong-chan" not in text and "2 teachers" not in text


def test_at_episode_0_the_first_teacher_to_die_stays_hidden() -> None:
    assert "Sun-hwa" not in said_in_the_clear("which teacher dies first", 0)


def test_before_a_teacher_dies_no_heading_says_one_does() -> None:
    assert "teacher" not in said_in_the_clear("which teacher dies last", 0)


@table("typed", ["do any grown ups survive", "how many grown-ups survive"])
def test_grown_ups_are_the_adults(typed: str) -> None:
    assert "2 adults" in said_in_the_clear(typed)


@table("watched", [0, 5, 12])
def test_a_count_shows_one_spoiler_block_at_most_so_the_bars_do_not_count_the_hidden(watched: int) -> None:
    text = render_text(bundled_engine().answer("how many students die"), Position.legacy(watched))[0]
    assert len(SPOILER_SPAN.findall(text)) == (0 if watched == 12 else 1)
    assert ("Kim Hyeon-ju" in said_in_the_clear("how many students die", watched)) == (watched >= 1)


@table("typed", ["do any grownups survive", "did any grownups make it out alive"])
def test_grownups_in_one_word_are_the_adults(typed: str) -> None:
    assert "2 adults" in said_in_the_clear(typed)


@table(("ids", "dying"), [(("lee-byeong-chan", "choi-nam-ra"), True),  # a halfbie beside a death
                          (("park-sun-hwa", "kim-cheol-su"), True),  # a fate the sources leave open
                          (("song-jae-ik", "jeon-ho-cheol"), False)])
def test_a_halfbie_or_an_open_fate_breaks_every_one_of_them(ids: tuple[str, ...], dying: bool) -> None:
    pack = bundled_pack()
    members = [_Member(c, c.fate.status, c.fate.spoils) for c in (pack.characters[i] for i in ids) if c.fate is not None]
    head, shown, _ = every_claim(members, dying, "students", "student")
    # the one left open first, then the one whose fate the question asked, named with them ("and 1 who dies ...")
    assert "Every one" not in head and "and 1 who" in head and [m.character.id for m in shown] == [ids[1], ids[0]]


def test_did_all_the_halfbies_die_names_gwi_nam_beside_those_left_open() -> None:
    text = said_in_the_clear("did all the halfbies die")
    assert "Not as far as the sources say" in text and all(n in text for n in ("Gwi-nam", "Nam-ra", "Eun-ji"))


@table("typed", ["mueren todos los profesores?", "todos os professores morrem?", "semua guru mati?", "선생님들 다 죽어?"])
def test_all_the_teachers_dying_asked_abroad_names_both_teachers(typed: str) -> None:
    text = said_in_the_clear(typed)  # (the Korean answer names them in Hangul)
    assert ("Byeong-chan" in text or "이병찬" in text) and ("Sun-hwa" in text or "박선화" in text)


def test_which_teachers_die_names_both_teachers_never_one_record() -> None:
    text = said_in_the_clear("which teachers die")
    assert "Lee Byeong-chan" in text and "Park Sun-hwa" in text


def test_which_teachers_die_at_three_hides_the_police_station_death() -> None:
    text = said_in_the_clear("which teachers die", 3)
    assert "Park Sun-hwa" in text and "Byeong-chan" not in text


@table("typed", ["do all the archers die", "which archers die"])
def test_the_archers_are_ha_ri_and_min_jae_never_a_yes(typed: str) -> None:
    text = said_in_the_clear(typed)
    assert ("Ha-ri" in text or "Min-jae" in text) and not text.startswith("Yes.")


@table("typed", ["귀남이 다 죽였어?", "귀남이가 사람들 다 죽인거야?", "did gwinam kill everybody"])
def test_whether_someone_killed_everyone_is_not_told_never_their_own_death(typed: str) -> None:
    answer = bundled_engine().answer(typed)
    assert not answer.answered and "Gwi-nam" not in answer.parts[0].text


@table("typed", ["sino yung archer na babae", "who is the archer na babae"])
def test_one_a_description_finds_is_never_named_in_an_i_dont_know_before_they_are_shown(typed: str) -> None:
    assert "Ha-ri" not in said_in_the_clear(typed, 4)


def test_a_korean_group_of_girls_all_dying_is_answered_for_the_girls() -> None:
    text = said_in_the_clear("여자애들 다 죽어?")  # answered in Korean, as asked
    assert text.startswith("아니요.") and "여학생" in text


@table("typed, opening, row", [
    ("todas las chicas mueren?", "No. Las fuentes nombran a 4 chicas con vida", "Seo Hyo-ryeong: Sobrevive"),
    ("se mueren todos los profes??", "Todos los profesores que nombran las fuentes mueren",
     "En el episodio 3 de la temporada 1: Park Sun-hwa muere."),
    ("todos os professores morrem?", "Todos os professores citados pelas fontes morrem",
     "No episódio 4 da temporada 1: Lee Byeong-chan morre."),
    ("semua cewek mati?", "Tidak. Sumber menyebut 4 cewek yang masih hidup", "Seo Hyo-ryeong: Ia selamat"),
])
def test_a_group_asked_in_spanish_portuguese_or_indonesian_is_answered_in_that_language(
        typed: str, opening: str, row: str) -> None:
    text = said_in_the_clear(typed)
    assert text.startswith(opening) and row in text


def test_a_group_asked_in_english_keeps_its_english_answer() -> None:
    text = said_in_the_clear("do all the girls die")
    assert text.startswith("No. The sources name 4 girls alive") and "Seo Hyo-ryeong: She survives" in text


@table("typed, named, unnamed", [
    ("which girl did gwi-nam bite", ["Nam-ra", "Na-yeon"], ["Cheong-san", "Min-jae"]),
    ("what girl got bitten by gwinam", ["Nam-ra", "Na-yeon"], ["Cheong-san", "Min-jae"]),
    ("which boy did gwi-nam bite", ["Cheong-san", "Min-jae"], ["Nam-ra", "Na-yeon"]),
])
def test_which_girl_or_boy_someone_bit_names_those_of_that_sex_they_bit(
        typed: str, named: list[str], unnamed: list[str]) -> None:
    text = said_in_the_clear(typed)
    assert all(n in text for n in named) and not any(n in text for n in unnamed)


def test_which_girl_gwi_nam_bit_at_five_hides_both() -> None:
    text = said_in_the_clear("which girl did gwi-nam bite", 5)
    assert "Nam-ra" not in text and "Na-yeon" not in text


@table("typed", ["everyone dies in season 2 right?", "everybody dies in s2 right"])
def test_everyone_dying_in_season_2_is_its_untold_story_never_one_leads_status(typed: str) -> None:
    text = said_in_the_clear(typed)
    assert text.startswith("Nobody knows yet") and "Cheong-san" not in text


@table("typed", ["do all the actors die in real life??", "are all the teachers good?", "선생님들 다 착해?"])
def test_a_whole_group_judged_or_the_casts_own_lives_are_not_told_never_one_record(typed: str) -> None:
    answer = bundled_engine().answer(typed)
    assert not answer.answered and "Byeong-chan" not in answer.parts[0].text and "Cheong-san" not in answer.parts[0].text


@table("typed", ["namatay ba lahat ng teacher?", "murieron todos los maestros?", "todos os professores morreram?"])
def test_all_the_teachers_dying_asked_in_tagalog_or_the_past_names_both_teachers(typed: str) -> None:
    text = said_in_the_clear(typed)
    assert "Park Sun-hwa" in text and "Lee Byeong-chan" in text


@table("typed", ["namatay ba lahat ng students?", "apakah semua murid mati?", "does every student die?"])
def test_whether_all_the_students_die_names_the_six_who_reach_the_camp(typed: str) -> None:
    text = said_in_the_clear(typed)
    assert all(name in text for name in ("On-jo", "Su-hyeok", "Dae-su", "Ha-ri", "Mi-jin", "Hyo-ryeong"))


def test_whether_all_the_students_die_is_hidden_in_an_unmarked_channel() -> None:
    assert "On-jo" not in said_in_the_clear("does every student die?", 0)


@table(("typed", "opening"), [("murieron todos?", "No. No todos mueren"), ("todos murieron al final?", "No. No todos mueren"),
                              ("todos morreram?", "Não. Nem todos morrem"), ("morreram todos?", "Não. Nem todos morrem")])
def test_did_everyone_die_asked_in_the_past_abroad_says_not_everyone_in_the_askers_language(typed: str, opening: str) -> None:
    assert said_in_the_clear(typed).startswith(opening)


@table("typed", ["murieron todos los profesores?", "todos os professores morreram?"])
def test_did_all_the_teachers_die_asked_in_the_past_abroad_names_both_teachers(typed: str) -> None:
    text = said_in_the_clear(typed)
    assert "Byeong-chan" in text and "Sun-hwa" in text


@table(("typed", "opening"), [("semua mati?", "Tidak. Tidak semua tewas"), ("apakah semuanya mati di akhir?", "Tidak. Tidak semua tewas"),
                              ("semua orang mati?", "Tidak. Tidak semua tewas"), ("todo mundo morre?", "Não. Nem todos morrem"),
                              ("todo el mundo muere?", "No. No todos mueren")])
def test_does_everyone_die_asked_as_everybody_abroad_says_not_everyone(typed: str, opening: str) -> None:
    assert said_in_the_clear(typed).startswith(opening)
