"""Uploads from the fifty-first blind set (bench/trivia_import.py --set wild51), with season 2's Part 1 out and Part 2
listed: a season-2 title letting season 1's spoilers in is still season 2's ("(ep 7)" is S2E7), Korean and Japanese
titles naming season 2 ("S2 퀴즈", "シーズン2 ネタバレ注意", "今学校 2期") hold their rows with the season, Portuguese and Tagalog
titles hold theirs as an English one does, and the roof door and the Train to Busan comparison are read abroad; a
season-1 event the lexicon places surely is held to its own episode in any list (fix117: S2E6 or S2E12 before)."""

from __future__ import annotations

import datetime as dt

from bot.lore.content import bundled_pack
from bot.lore.lexicon import lexicon_of
from bot.show import NOTHING, EpisodeInfo, Position, ShowShape
from bot.trivia.lists import parse_list
from bot.trivia.upload_reading import bundled_reading
from tests.table import table

_DROPS = (dt.datetime(2026, 2, 27, 8, tzinfo=dt.UTC), dt.datetime(2026, 3, 27, 8, tzinfo=dt.UTC))
_SHOW = ShowShape.season_one()
_SHOW.add_episodes(2, [EpisodeInfo(2, n, None, _DROPS[n > 6]) for n in range(1, 13)])
_OUT = Position(2, 6)  # Part 1 out, Part 2 listed
_LISTED = Position(2, 12)
_READING = bundled_reading()
LEXICON = lexicon_of(bundled_pack())


def _held(upload: str) -> dict[str, Position]:
    listed = _READING.ready(parse_list(upload.encode(), "mods", shape=_SHOW), _OUT, _SHOW)
    return {q.text: q.spoils for q in listed.questions}


@table("title", ["AOUAD S2 quiz (season 1 spoilers too)", "AOUAD season 2 quiz (s1 spoilers ok!)"])
def test_an_episode_after_an_answer_under_a_season_2_title_letting_season_1_in_is_season_2s(title: str) -> None:
    assert _held(f"{title}\n1. Who is bitten on the bridge? - ||Su-hyeok|| (ep 7)\n") == {"Who is bitten on the bridge?": Position(2, 7)}


@table("title", ["AOUAD S2 quiz (no s1 spoilers)", "AOUAD S2 quiz (season 1 spoilers NOT allowed)", "AOUAD S2 quiz - spoilers for season 1 allowed",
                  "AOUAD S2 quiz (contains S1 spoilers!)", "AOUAD season 2 quiz [S1 spoiler free]", "지금 우리 학교는 시즌2 퀴즈 (시즌1 스포 있음)"])
def test_a_season_2_title_saying_anything_of_season_1_spoilers_keeps_the_bridge_bite_hidden_to_season_2s_episode_7(title: str) -> None:
    assert _held(f"{title}\n1. Who is bitten on the bridge? - ||Su-hyeok|| (ep 7)\n") == {"Who is bitten on the bridge?": Position(2, 7)}


@table("title", ["S2 countdown: season 1 recap quiz", "S2 countdown: season 1 spoilers quiz"])
def test_a_season_1_recap_title_beside_season_2_still_leaves_a_bare_episode_to_season_1(title: str) -> None:
    held = _held(f"{title}\n1. Who locks the roof door? - ||Cheol-su|| (ep 7)\n")
    assert held["Who locks the roof door?"] == Position(1, 7)


@table(("title", "row"), [
    ("S2 퀴즈", "1. 체육관 문을 연 사람은? - ||수혁||\n2. 국정원 팀장은 누구? - ||한두석||"),
    ("シーズン2 ネタバレ注意", "1. 橋で噛まれたのは？ - ||スヒョク||"),
    ("今学校 2期", "1. 体育館のドアを開けたのは？ - ||スヒョク||"),
])
def test_a_korean_or_japanese_title_naming_season_2_holds_its_unplaced_rows_with_the_season(title: str, row: str) -> None:
    assert set(_held(f"{title}\n{row}\n").values()) == {_LISTED}


@table("title", ["Quiz Estamos Mortos - 2ª temporada", "AOUAD Ikalawang Season quiz", "AOUAD Season 2 quiz"])
def test_a_season_2_title_abroad_holds_a_row_in_its_language_as_an_english_title_does(title: str) -> None:
    held = _held(f"{title}\n1. Quem é mordido na ponte? - ||Su-hyeok||\n2. Sino ang nakagat sa tulay? - ||Su-hyeok||\n")
    assert set(held.values()) == {_LISTED}


@table(("text", "episode"), [
    ("学校の屋上のドアを閉めたのは？ (チョルス)", 7),
    ("谁把屋顶的门锁上了？ (哲秀)", 7),
    ("チョンサンは今の状況を何の映画に例えた？ (新感染)", 2),
    ("清山把现在的情况比作哪部电影？ (釜山行)", 2),
    ("Which zombie movie does Cheong-san compare the outbreak to? (Train to Busan)", 2),
])
def test_the_roof_door_and_the_train_to_busan_comparison_are_read_abroad(text: str, episode: int) -> None:
    assert LEXICON.position(text) == Position(1, episode)


@table("text", [
    "Which 2016 zombie film is set on a train? (Train to Busan)",
    "aouad compared to train to busan is way scarier",
    "来週釜山行きの飛行機に乗る",
    "屋上のドアが閉まってた",
])
def test_the_film_itself_a_flight_to_busan_or_a_door_left_shut_give_nothing_away(text: str) -> None:
    assert LEXICON.position(text) == NOTHING


@table(("upload", "episodes"), [
    ("AOUAD S2 quiz (season 1 spoilers too) 🧟\n1. Who kills Woo-jin? - ||Nam-ra||\n", {Position(1, 12)}),
    ("시즌2 퀴즈\n1. 우진이를 죽인 사람은? - ||남라||\n", {Position(1, 12)}),
    ("今、私たちの学校は… クイズ 🧟\n1. 学校の屋上のドアを閉めたのは？ - ||チョルス||\n2. ウジンを殺したのは？ - ||ナムラ||\n",
     {Position(1, 7), Position(1, 12)}),
    ("僵尸校园 问答 🧟\n1. 谁杀了宇镇君？ - ||南罗||\n2. 清山把现在的情况比作哪部电影？ - ||釜山行||\n", {Position(1, 12), Position(1, 2)}),
    ("AOUAD season 1 quiz\n1. 学校の屋上のドアを閉めたのは？ - ||チョルス||\n", {Position(1, 7)}),
    ("Question,Answer\nWhich zombie movie does Cheong-san compare the outbreak to?,Train to Busan\n", {Position(1, 2)}),
    # (fix123) "still" within a scene its "when" names, "first" in a scene read the same without it (were S2E6, S2E12),
    # whom Nam-ra loves under a season-1 title (was S1E12)
    ("AOUAD S2 quiz\n1. Who is still on the roof when the helicopter comes? - ||Cheol-su||\n", {Position(1, 7)}),
    ("AOUAD season 1 quiz\n1. Who does Nam-ra love? - ||Su-hyeok||\n", {Position(1, 7)}),  # (a season-1 title: the kiss)
    ("AOUAD S2 quiz\n1. Which animal bites the first student in the science lab? - ||a rat||\n2. Who is bitten first in the lab? - ||Hyeon-ju||\n",
     {Position(1, 1)}),
])
def test_a_season_1_event_the_lexicon_places_is_held_to_its_own_episode_after_season_1(upload: str, episodes: set[Position]) -> None:
    assert set(_held(upload).values()) == episodes


@table("upload", [
    "S2 퀴즈\n1. 국정원 팀장은 누구? - ||한두석||\n2. 우진이를 죽인 사람은? - ||남라||\n",
    "AOUAD S2 quiz\n1. Who is bitten on the bridge? - ||Su-hyeok||\n2. Who kills Woo-jin? - ||Nam-ra||\n",
])
def test_a_season_2_row_beside_a_placed_season_1_row_stays_held_to_all_of_season_2(upload: str) -> None:
    assert max(_held(upload).values()) == _LISTED


def test_the_upload_reply_says_which_season_1_rows_are_held_to_their_own_episode() -> None:
    upload = "AOUAD S2 quiz\n1. Who kills Woo-jin? - ||Nam-ra||\n2. Who is bitten on the bridge? - ||Su-hyeok||\n"
    listed = _READING.ready(parse_list(upload.encode(), "mods", shape=_SHOW), _OUT, _SHOW)
    assert any("Of those, 1 tells season 1's story at an episode the spoiler reader knows (line 2: S1E12)" in w
               for w in listed.warnings), listed.warnings


# (review70e) a season-1 question asking whether someone is dead, where one is or whom one is with, in any language:
# season 2 may answer it otherwise ("Is Cheong-san alive?" is S2E1, wild37), so it is never held to season 1's episode
# (were S1E11 and S1E6, shown to fans who had not seen season 2)
@table("row", [
    "Is Cheong-san dead? - ||yes||", "Did Cheong-san die? - ||yes||", "Cheong-san morreu? - ||sim||",
    "¿Murió Cheong-san? - ||sí||", "¿Sigue con vida Cheong-san? - ||no||", "청산이 죽었어? - ||응||", "청산이 살았어? - ||아니||",
    "チョンサンは生き残った？ - ||いいえ||", "清山死了没？ - ||死了||", "Patay na ba si Cheong-san? - ||oo||",
    "Nakaligtas ba si Cheong-san? - ||hindi||", "Cheong-san udah mati? - ||iya||", "Cheong-san có chết không? - ||có||",
    "Where is Nam-ra? - ||with the halfbies||", "¿Dónde está Nam-ra? - ||con los medio zombis||",
    "Nasaan si Nam-ra? - ||kasama ng mga halfbie||", "Onde está a Nam-ra? - ||com os halfbies||",
    "Who is still with Nam-ra? - ||Su-hyeok||", "Is Cheong-san still alive when the helicopter comes? - ||yes||",
    "Who is the first to turn? - ||Su-hyeok||", "Who bites the first student at university? - ||a rat||",
    "Is Nam-ra still a hambie when the show ends? - ||yes||",  # (review71d: the show's end is no scene; was S1E6)
])
def test_a_question_asking_whether_someone_is_dead_or_where_one_is_stays_held_past_season_1(row: str) -> None:
    assert min(_held(f"AOUAD S2 quiz\n1. {row}\n").values()) >= _OUT


@table("row", [
    "우진이를 죽인 사람은? - ||남라||", "Who dies saving On-jo? - ||Cheong-san||", "온조를 구하다 죽은 사람은? - ||청산||",
    "Siapa yang mati menyelamatkan On-jo? - ||Cheong-san||", "Where does Gwi-nam bite Nam-ra? - ||on the roof||",
])
def test_a_death_or_a_place_asked_of_a_season_1_scene_keeps_its_episode(row: str) -> None:
    assert max(_held(f"AOUAD S2 quiz\n1. {row}\n").values()) <= Position(1, 12)



# (imports52) what Nam-ra is and whom she loves, asked in a season-2 list: states season 2 may change, never held to her
# bite or her kiss (were S1E6 and S1E7, shown to fans who had seen season 1 only); one upload, its rows in five languages
def test_what_nam_ra_is_or_whom_she_loves_stays_held_past_season_1_in_a_season_2_list() -> None:
    held = _held("AOUAD S2 quiz\n1. Is Nam-ra a halfbie? - ||yes||\n2. Who does Nam-ra love? - ||Su-hyeok||\n"
                 "3. ¿Nam-ra es una medio zombi? - ||sí||\n4. 남라는 하프비야? - ||응||\n5. 남라가 사랑하는 사람은? - ||수혁||\n"
                 "6. 南罗是半丧尸吗？ - ||是||\n7. ¿De quién está enamorada Nam-ra? - ||Su-hyeok||\n8. Sino ang mahal ni Nam-ra? - ||Su-hyeok||\n")
    # (fix123: asked of what is out, whatever the language, never all of season 2 while Part 2 is listed)
    assert len(held) == 8 and set(held.values()) == {_OUT}


@table("title", ["AOUAD season 1 quiz", "AOUAD S2 quiz"])
def test_nam_ra_s_choice_to_stay_with_the_halfbies_is_never_held_to_her_bite(title: str) -> None:
    held = _held(f"{title}\n1. Who does Nam-ra choose to stay with? - ||the halfbies||\n")
    assert held["Who does Nam-ra choose to stay with?"] >= Position(1, 12)


def test_a_shot_or_a_love_the_lexicon_cannot_place_counts_as_naming_the_show() -> None:
    held = _held("quiz\n1. Who shoots So-ju? - ||nobody||\n2. ¿Quién le dispara a So-ju? - ||nadie||\n"
                 "3. ソジュを撃ったのは誰？ - ||誰もいない||\n4. 南罗爱谁？ - ||秀赫||\n5. ナムラが好きなのは誰？ - ||スヒョク||\n")
    assert len(held) == 5 and set(held.values()) == {_OUT}


def test_a_season_2_story_or_the_fans_word_asked_is_not_held_to_the_season_1_scene_it_names() -> None:
    held = _held("quiz\n1. Who tells the NIS that Nam-ra killed Woo-jin? - ||Ha-ri||\n"
                 "2. What do fans call infected people who keep their minds? - ||halfbie||\n")
    assert set(held.values()) == {_OUT}


def test_a_casting_question_or_a_harmless_one_about_so_ju_still_spoils_nothing() -> None:
    held = _held("quiz\n1. Who plays Nam So-ju? - ||Jeon Bae-soo||\n2. What is On-jo's father's job? - ||firefighter||\n"
                 "3. Which teacher likes soju? - ||nobody knows||\n")
    assert len(held) == 3 and set(held.values()) == {NOTHING}


# (imports53) Nam-ra's choice to stay with the others like her is season 1's end in any list and language (was the last
# episode out, her bite S1E6, or 0 in Japanese: shown before episode 12)
@table("title", ["AOUAD S2 quiz", "quiz", "Trivia Estamos Muertos T1 – episodios 4 al 6"])
def test_nam_ra_s_choice_in_any_language_is_season_1_s_last_episode(title: str) -> None:
    held = _held(f"{title}\n1. Who does Nam-ra choose to stay with? - ||the halfbies||\n2. ¿Con quién decide quedarse Nam-ra? - ||los otros||\n"
                 "3. Sino ang pinili ni Nam-ra na samahan? - ||ang ibang halfbie||\n4. ナムラが一緒にいることを選んだのは誰？ - ||他のハーフビー||\n"
                 "5. 南罗最后选择和谁在一起？ - ||其他半丧尸||\n6. Who does Nam-ra side with at the end of season 1? - ||the halfbies||\n")
    assert len(held) == 6 and set(held.values()) == {Position(1, 12)}


@table(("title", "rows", "episodes"), [
    # a row the lexicon places within the range is its episode, never before the range's first (his turn, E3, is read
    # in the mauling, E4's), a bonus row past it its own
    ("AOUAD season 1 quiz: episodes 4 to 6", "1. Whose mother is mauled by zombie Gyeong-su? - ||Cheong-san's||\n"
     "2. Who stabs Gwi-nam's eye in the library? - ||Cheong-san||\n3. Who bites Nam-ra? - ||Gwi-nam||\n4. Bonus: Who kills Woo-jin? - ||Nam-ra||",
     [4, 5, 6, 12]),
    ("Trivia Estamos Muertos T1 – episodios 4 al 6", "1. ¿Quién muerde a Nam-ra? - ||Gwi-nam||\n2. Bonus: ¿Quién mata a Woo-jin? - ||Nam-ra||", [6, 12]),
    ("지우학 시즌1 4~6화 퀴즈", "1. 하리가 쓰는 무기는? - ||활||", [6]),  # (read as nothing: the range's end, was 0)
])
def test_a_title_bounding_season_1_episodes_places_its_rows_within_the_range(title: str, rows: str, episodes: list[int]) -> None:
    assert list(_held(f"{title}\n{rows}\n").values()) == [Position(1, e) for e in episodes]


def test_a_red_list_s_first_note_naming_a_range_keeps_the_tag_it_declares() -> None:
    held = _held("AUTHOR: rewatch mods\n# spoilers: ep 1-3\nWhich student is the first infected at the school?:\n- Hyeon-ju\n")
    assert held == {"Which student is the first infected at the school?": Position(1, 3)}


# (review72b) only her choice of whom to be with is season 1's end: her other choices in a season-2 list stay season 2's
# (were S1E12, shown to fans who had not seen season 2)
@table("row", ["Who does Nam-ra choose to protect at the NIS base?", "What does Nam-ra decide after Su-hyeok is bitten on the bridge?",
               "Who does Nam-ra choose to trust in the hospital basement?"])
def test_nam_ra_s_other_choices_in_a_season_2_list_stay_hidden_to_season_2(row: str) -> None:
    assert _held(f"AOUAD S2 quiz\n1. {row} - ||On-jo||\n") == {row: Position(2, 12)}
