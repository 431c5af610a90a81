"""Questions from a rewatch chat that /ask used to answer beyond its sources (ask49): a character asked of in the
webtoon (unsaid.py), "is X the <description>'s son" (sides.py), anyone's first kill and the whole shoot counted in
days (rewording.py), who declared martial law (unsaid.py), Korean deeds said object first (korean_glosses.py), where
the class hid (rewording.py, retrieval.py) and a death asked at a place it is not told at (fates.py)."""

from __future__ import annotations

import pytest

from bot.lore.answer import AnswerEngine, render_text
from bot.lore.answer.korean_glosses import gloss_korean
from bot.lore.answer.refusals import unknown_korean_word
from bot.show import Position
from tests.lore.helpers import bundled_resolver


def _clear(engine: AnswerEngine, question: str, progress: int = 12) -> str:
    """What a viewer at `progress` reads without opening a spoiler."""
    text = render_text(engine.answer(question), Position.legacy(progress))[0]
    return " ".join(part for i, part in enumerate(text.split("||")) if i % 2 == 0)


@pytest.mark.parametrize("question", ["does namra die in the webtoon", "did gwinam die in the manhwa",
                                      "웹툰에서 청산이 죽어?"])
def test_a_fate_in_the_webtoon_is_not_known_and_never_the_shows(engine: AnswerEngine, question: str) -> None:
    answer = engine.answer(question)
    text = _clear(engine, question, 0)
    assert not answer.answered
    assert "webtoon" in text and "So far" not in text and "Presumably" not in text, text


def test_a_character_the_director_named_is_compared_with_the_webtoon_by_his_word(engine: AnswerEngine) -> None:
    answer = engine.answer("is gwinam worse in the webtoon")
    assert answer.answered and "softened" in _clear(engine, "is gwinam worse in the webtoon", 5)


@pytest.mark.parametrize("question", ["is jinsu the science teachers son", "is jinsu the son of the science teacher"])
def test_a_parent_said_by_description_is_checked_as_the_relation(engine: AnswerEngine, question: str) -> None:
    text = _clear(engine, question, 4)
    assert text.startswith("Yes.") and "Byeong-chan" in text, text


@pytest.mark.parametrize("question", ["what was cheongsan's first kill", "who did namra kill first"])
def test_a_first_kill_is_not_known(engine: AnswerEngine, question: str) -> None:
    answer = engine.answer(question)
    assert not answer.answered
    assert "Woo-jin" not in _clear(engine, question) and "Recaps disagree" not in _clear(engine, question)


def test_the_shoot_counted_in_days_is_the_whole_making_never_the_library_scene(engine: AnswerEngine) -> None:
    text = _clear(engine, "how many days did it take to film", 0)
    assert "two years" in text and "library" not in text, text


@pytest.mark.parametrize("question", ["who declared martial law", "계엄령 누가 내렸어?"])
def test_who_declared_martial_law_is_not_known(engine: AnswerEngine, question: str) -> None:
    answer = engine.answer(question)
    text = _clear(engine, question)
    assert not answer.answered
    assert "martial law" in text and "Jin Seon-moo" not in text and "didn't understand" not in text, text


def test_who_declared_martial_law_hides_it_from_a_viewer_before_episode_5(engine: AnswerEngine) -> None:
    assert "placed under" not in _clear(engine, "who imposed martial law", 3)


def test_a_korean_deed_said_object_first_is_read_with_its_question_word_first() -> None:
    assert gloss_korean("계엄령 누가 내렸어?").split()[:4] == ["who", "declared", "martial", "law"]
    assert "why set fire" in " ".join(gloss_korean("은지 불 왜 질렀어").split())
    assert unknown_korean_word("계엄령 누가 내렸어?", bundled_resolver()) is None


def test_getting_off_a_helicopter_is_no_declaring() -> None:
    assert "declared" not in gloss_korean("헬기에서 누가 내렸어?")


def test_where_the_students_hid_is_the_broadcasting_room(engine: AnswerEngine) -> None:
    text = _clear(engine, "where did the students hide", 3)
    assert "broadcasting room" in text and "Hyeon-ju" not in text, text


def test_a_place_question_never_gets_netflixs_chart_figures(engine: AnswerEngine) -> None:
    assert "million" not in _clear(engine, "where did they go after the school")


def test_a_death_asked_at_a_place_shows_what_happens_there_as_far_as_the_viewer_is(engine: AnswerEngine) -> None:
    at_5 = _clear(engine, "did gwinam die in the library", 5)
    at_4 = _clear(engine, "did gwinam die in the library", 4)
    assert "stabs" in at_5 and "construction site" not in at_5, at_5
    assert "stabs" not in at_4 and "eye" not in at_4, at_4


def test_someones_baby_gets_no_yes_off_a_rescue_that_does_not_name_her(engine: AnswerEngine) -> None:
    text = _clear(engine, "is heesoo's baby alive")
    assert "Yes" not in text and "Jae-ik" in text, text


def test_the_baby_said_alone_keeps_the_rescue_as_its_end(engine: AnswerEngine) -> None:
    assert _clear(engine, "does the baby survive").startswith("Reportedly, yes")


def test_anyone_surviving_the_bombing_is_the_six_students_never_no(engine: AnswerEngine) -> None:
    text = _clear(engine, "did anyone survive the bombing")
    assert text.startswith("Yes.") and "Commander" not in text, text


def test_dying_for_someone_is_told_by_the_ones_own_fate(engine: AnswerEngine) -> None:
    text = _clear(engine, "does cheongsan die for onjo")
    assert "draws the horde away" in text and "On-jo is not killed" not in text, text


def test_a_sacrifice_is_never_doubted_off_a_doubted_body(engine: AnswerEngine) -> None:
    text = _clear(engine, "did cheongsan sacrifice himself")
    assert "not confirmed" not in text and "draws the horde away" in text, text


def test_being_in_every_episode_is_a_count_no_source_keeps(engine: AnswerEngine) -> None:
    answer = engine.answer("is cheongsan in every episode")
    assert not answer.answered and "window" not in _clear(engine, "is cheongsan in every episode")


@pytest.mark.parametrize("question", ["is s2 confirmed for 2027", "is s2 confirmed for 2026"])
def test_a_release_year_asked_as_confirmed_is_not_confirmed(engine: AnswerEngine, question: str) -> None:
    text = _clear(engine, question, 0)
    assert text.startswith("Not confirmed.") and "Not any more" not in text, text


def test_coming_back_after_a_scene_is_what_happens_after_it(engine: AnswerEngine) -> None:
    assert "halfbie" in _clear(engine, "does gwinam come back after the library")


@pytest.mark.parametrize("question", ["when does cheongsan come back", "when does su-hyeok come back for namra",
                                      "when does cheongsan come back to the school"])
def test_coming_back_is_never_someone_pulled_back_inside(engine: AnswerEngine, question: str) -> None:
    text = _clear(engine, question)
    assert "fire hose" not in text and "drags On-jo back" not in text, text


def test_returning_after_season_1_is_the_season_2_cast(engine: AnswerEngine) -> None:
    text = _clear(engine, "will gwinam return after season 1")
    assert "season 2 cast" in text and not text.startswith("Yes"), text
    assert "halfbie" not in _clear(engine, "will gwinam return after season 1", 0)


def test_one_bitten_before_dying_was_infected(engine: AnswerEngine) -> None:
    assert _clear(engine, "was soju infected").startswith("Yes.")


def test_whether_one_bitten_before_dying_turned_is_not_said(engine: AnswerEngine) -> None:
    text = _clear(engine, "did the science teacher turn into a zombie")
    assert text.startswith("My sources don't say Byeong-chan turns."), text


def test_fictional_hyosan_asked_in_korean_whether_real_is_no(engine: AnswerEngine) -> None:
    text = _clear(engine, "효산 진짜 있는 도시야?", 0)
    assert text.startswith("No.") and "fictional" in text, text


@pytest.mark.parametrize("question", ["철수 왜 문 잠갔어?", "경수 감염 누가 시켰어?"])
def test_ordinary_korean_verbs_are_understood(engine: AnswerEngine, question: str) -> None:
    assert "didn't understand" not in _clear(engine, question)


@pytest.mark.parametrize(("question", "no", "webtoon"), [("이거 실화야?", "아니요.", "웹툰"), ("지우학 실화임?", "아니요.", "웹툰"),
                                                     ("true story?", "No.", "webtoon")])
def test_a_true_story_asked_bare_is_no_it_adapts_a_webtoon(engine: AnswerEngine, question: str, no: str, webtoon: str) -> None:
    text = _clear(engine, question, 0)
    assert text.startswith(no) and webtoon in text, text


# ask71: a scene said in a rewatcher's words, not the recaps' ("make the toilet", "the school speakers", "in the rain",
# "try to jump", "pull him up with the fire hose"), is found and its episode named (was "I don't know")
@pytest.mark.parametrize(("question", "episode"), [
    ("what ep do they make the toilet", "Season 1, episode 4"),
    ("which ep do they use the school speakers to distract the zombies", "Season 1, episode 6"),
    ("what ep do they leave the school in the rain", "Season 1, episode 9"),
    ("which ep does jimin try to jump", "Season 1, episode 6"),
    ("which ep does suhyeok pull cheongsan up with the fire hose", "Season 1, episode 3"),
])
def test_a_scene_in_a_rewatchers_words_is_found_with_its_episode(engine: AnswerEngine, question: str, episode: str) -> None:
    text = _clear(engine, question).removeprefix("Reportedly: ")  # one recap alone tells the speakers and Ji-min
    assert text.startswith(episode), text


def test_a_scene_in_a_rewatchers_words_stays_hidden_below_its_episode(engine: AnswerEngine) -> None:
    assert "speaker" not in _clear(engine, "which ep do they use the school speakers", 3).casefold()
    assert "PA system" not in _clear(engine, "which ep do they use the school speakers", 3)


# ask71: the rewatch months' asks (was "I don't know"): a rewatch said first, then the question; a whole season's
# rewatch counted in hours; season 2's news asked in Korean and Japanese; a place's scene asked in Japanese
@pytest.mark.parametrize(("question", "said"), [
    ("rewatching s1 rn, when is s2 out", "No release date for season 2 has been announced"),
    ("rewatching s1 while we wait for s2, when is it out again", "No release date for season 2 has been announced"),
    ("im rewatching it rn. who dies in ep 3", "Gyeong-su"),
    ("how many hours to rewatch the whole season", "50 to over 70 minutes"),
    ("시즌2 소식 있어?", "후반 작업"), ("지우학 시즌2 근황", "후반 작업"),  # in the asker's language since lang53
    ("シーズン2の情報ある？", "ポストプロダクション"),
    ("図書館のシーンは何話？", "第5話"), ("音楽室って何話だっけ", "第7話"), ("1話何分くらい？", "約50分から70分以上"),
])
def test_a_rewatch_months_ask_is_read_as_meant(engine: AnswerEngine, question: str, said: str) -> None:
    text = " ".join(part.text for part in engine.answer(question).parts)
    assert said in text, text


# lang53: the same asks in Spanish, Portuguese, Indonesian and Tagalog (were "I don't know", English, or the untold
# layer's "Nobody knows yet" for a dated one), in the asker's language where the layer has one
@pytest.mark.parametrize(("question", "said"), [
    ("¿en qué capítulo es la escena de la biblioteca?", "En el episodio 5"), ("episódio da cena da mangueira", "No episódio 3"),
    ("episode berapa adegan di perpustakaan", "episode 5"), ("anong episode yung sa library", "Sa season 1, episode 5"),
    ("en que capitulo se besan namra y suhyeok", "En el episodio 7"), ("em qual episódio o dae-su se declara pra ha-ri", "No episódio 10"),
    ("¿cuánto dura cada capítulo?", "de unos 50 a más de 70 minutos"), ("ilang minutes bawat episode", "mula mga 50 hanggang mahigit 70 minuto"),
    ("¿es apta para mi hijo de 13?", "la clasificación TV-MA"), ("boleh ditonton anak 13 tahun?", "berperingkat TV-MA"),
    ("meu filho de 12 anos pode assistir?", "classificação TV-MA"),
    ("¿hay noticias de la temporada 2?", "posproducción"), ("tem novidades da temporada 2?", "pós-produção"),
    ("may balita na ba sa season 2", "post-production"), ("ano na balita sa season 2?", "post-production"),
    ("a netflix vai anunciar a temporada 2 em janeiro?", "Ainda não."),
    # in the asker's language since lang54
    ("¿se anunció la temporada 2 en julio de 2025?", "23 de julio de 2025"), ("season 2 diumumkan bulan juli 2025?", "23 Juli 2025"),
])
def test_a_rewatch_months_ask_abroad_is_read_as_meant(engine: AnswerEngine, question: str, said: str) -> None:
    text = _clear(engine, question)
    assert said in text and "I don't know" not in text, text


@pytest.mark.parametrize("question", ["en que capitulo es lo de la biblioteca", "adegan perpustakaan di episode berapa",
                                      "anong episode yung library scene"])
def test_a_scene_asked_abroad_stays_hidden_below_its_episode(engine: AnswerEngine, question: str) -> None:
    text = _clear(engine, question, 3).casefold()
    assert "eye" not in text and "gwi-nam" not in text, text


def test_a_rewatch_said_first_tells_no_episode(engine: AnswerEngine) -> None:
    assert "Gyeong-su" not in _clear(engine, "im rewatching it rn. who dies in ep 3", 0)


@pytest.mark.parametrize("question", ["who dies in the music room", "who dies in the broadcasting room"])
def test_a_death_asked_at_a_place_where_none_is_told_is_not_the_places_scene(engine: AnswerEngine, question: str) -> None:
    answer = engine.answer(question)
    assert not answer.answered and "barricade" not in _clear(engine, question), _clear(engine, question)


def test_a_death_asked_at_a_place_where_one_is_told_names_who(engine: AnswerEngine) -> None:
    assert "Woo-jin" in _clear(engine, "who dies in yangdong")


# ask71: which episodes a rewatch may skip is a verdict no source gives (was "the story jumps ahead four months" off
# "skip", Ms. Park's death off "filler", where the show streams off "do i need to watch ep 3")
@pytest.mark.parametrize("question", ["can i skip ep 4", "which episodes are filler", "is ep 4 skippable",
                                      "do i need to watch ep 3", "is ep 5 important"])
def test_which_episodes_to_skip_is_a_matter_of_opinion(engine: AnswerEngine, question: str) -> None:
    answer = engine.answer(question)
    assert not answer.answered and "matter of opinion" in _clear(engine, question), _clear(engine, question)


def test_the_time_skip_is_still_the_epilogues_jump(engine: AnswerEngine) -> None:
    assert "four months" in _clear(engine, "when does the time skip happen")


# ask71: a description said where the shapes read only a name ("how did the bully lose his eye") is read as the one
# character it plainly names (was "I don't know"), hidden as far as the answer tells
@pytest.mark.parametrize(("question", "said"), [("how did the bully lose his eye", "stabs his eye"),
                                                ("who plays the glasses guy with the drone", "Ahn Seung-gyun")])
def test_a_description_in_a_names_shape_is_read_as_the_one_it_names(engine: AnswerEngine, question: str, said: str) -> None:
    assert said in _clear(engine, question), _clear(engine, question)
    assert "stabs" not in _clear(engine, "how did the bully lose his eye", 3)


@pytest.mark.parametrize("question", ["which episode is the class president vote", "did yoo in soo go to the army",
                                      "who plays the main guy"])
def test_a_thing_or_a_lone_word_after_the_is_no_one_described(engine: AnswerEngine, question: str) -> None:
    assert not engine.answer(question).answered, _clear(engine, question)


@pytest.mark.parametrize("question", ["can i skip straight to s2", "can i skip to season 2"])
def test_skipping_to_season_2_is_told_it_has_not_come_out(engine: AnswerEngine, question: str) -> None:
    assert "has not come out" in _clear(engine, question)


@pytest.mark.parametrize(("question", "not_said"), [
    ("was the first teaser in january", "Yes."),  # 31 December 2021; January was the press conference
    ("was s2 renewed in july", "Yes."),  # 6 June 2022
    ("was the press conference in december", "Yes."),  # 26 January 2022; December was the teaser
])
def test_a_month_asked_of_something_dated_another_month_gets_no_yes(engine: AnswerEngine, question: str, not_said: str) -> None:
    assert not _clear(engine, question).startswith(not_said)


def test_a_month_that_is_the_date_asked_of_keeps_its_yes(engine: AnswerEngine) -> None:
    assert _clear(engine, "was the press conference in january").startswith("Yes.")


def test_running_from_the_school_in_the_storm_is_the_episode_9_escape(engine: AnswerEngine) -> None:
    assert "episode 9" in _clear(engine, "what ep do they run from the school in the rain")
