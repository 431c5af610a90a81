"""How a question's words are read: what a word means, asides that ask nothing, a job someone is
asked to have, a title that names the webtoon, a rating named, a film no source speaks of."""

from __future__ import annotations

from bot.lore.answer import AnswerEngine, render_text
from bot.lore.answer.korean_glosses import gloss_korean
from bot.show import Position
from tests.table import table

S1 = Position.legacy


def _text(engine: AnswerEngine, question: str) -> str:
    return render_text(engine.answer(question), S1(12))[0]


@table("question", ["what does banjang mean", "반장이 뭐야", "반장 뜻", "whats the meaning of banjang"])
def test_what_banjang_means(engine: AnswerEngine, question: str) -> None:
    text = _text(engine, question)
    assert "means class president" in text and "Played by" not in text, text


@table(
    ("question", "said"),
    [("what does welfie mean", "welfie"), ("what does hambie stand for", "halfbies"), ("halfbie meaning", "halfbies"),
     ("what does shibal mean", "swearing"), ("what does now at our school mean", "Now at Our School")],
)
def test_what_a_word_means_is_what_the_pack_says_it_means(engine: AnswerEngine, question: str, said: str) -> None:
    assert said in _text(engine, question)


@table("question", ["what does the name hyosan mean", "what does onjo mean", "what does oppa mean"])
def test_a_word_no_record_defines_is_not_known(engine: AnswerEngine, question: str) -> None:
    assert not engine.answer(question).answered


def test_a_glossary_record_does_not_answer_other_questions(engine: AnswerEngine) -> None:
    assert "Banjang" not in _text(engine, "what class are they in")
    assert not engine.answer("who is the president of korea").answered


@table(
    ("question", "actor"),
    [
        ("who plays cheongsan again i forgot", "Yoon Chan-young"),
        ("wait who is the guy that plays su hyeok, lomon?", "Lomon"),
        ("who plays the rich girl that everyone hates", "Lee Yoo-mi"),
        ("hold on who plays hyoryeong i cant remember", "Kim Bo-yoon"),
        ("who plays ha-ri i need to know rn", "Ha Seung-ri"),
    ],
)
def test_chat_asides_are_read_past(engine: AnswerEngine, question: str, actor: str) -> None:
    assert actor in _text(engine, question)


def test_a_name_that_starts_like_an_aside_stays_a_name(engine: AnswerEngine) -> None:
    assert "father" in _text(engine, "so-ju is on-jo's uncle right")


@table(
    ("question", "job"),
    [("is onjo's dad a cop", "firefighter"), ("is mr lee a cop", "science teacher"), ("is ms park a nurse", "teacher"),
     ("is cheongsan's mom a nurse", "chicken"), ("is jae-ik a firefighter", "detective"), ("is onjo a teacher", "student")],
)
def test_a_job_the_pack_does_not_give_them_is_no_with_the_one_it_does(engine: AnswerEngine, question: str,
                                                                       job: str) -> None:
    text = _text(engine, question)
    assert "No." in text and job in text, text


def test_the_job_they_have_is_yes(engine: AnswerEngine) -> None:
    assert "Yes." in _text(engine, "is onjo's dad a firefighter")


def test_a_doctorate_is_not_denied_as_a_doctor(engine: AnswerEngine) -> None:
    assert "No." not in _text(engine, "is byeong-chan a doctor")


def test_the_webtoons_title_names_the_webtoon(engine: AnswerEngine) -> None:
    text = _text(engine, "when was now at our school published")
    assert "2009" in text and "Eun-ji" not in text


@table("question", ["is all of us are dead rated r", "is it pg 13", "is aouad 18+", "is the show for adults"])
def test_a_rating_named_gets_the_rating(engine: AnswerEngine, question: str) -> None:
    text = _text(engine, question)
    assert "TV-MA" in text and "Season 2" not in text


@table("question", ["will there be a movie", "is there an all of us are dead movie",
                                      "will they make a spin off", "will there be an anime"])
def test_a_film_or_spin_off_is_not_known(engine: AnswerEngine, question: str) -> None:
    answer = engine.answer(question)
    assert not answer.answered and "Train to Busan" not in _text(engine, question)


def test_the_film_the_show_mentions_is_still_found(engine: AnswerEngine) -> None:
    assert "Train to Busan" in _text(engine, "what movie did cheong san say it was like")


@table("question", ["who made squid game", "who directed train to busan"])
def test_another_works_maker_is_not_known(engine: AnswerEngine, question: str) -> None:
    assert not engine.answer(question).answered


@table("question", ["summarize episode 12", "recap ep 12", "tldr of episode 12"])
def test_a_summary_asked_in_other_words_is_the_episodes(engine: AnswerEngine, question: str) -> None:
    answer = engine.answer(question)
    assert answer.answered and answer.spoils == S1(12) and "Yangdong" in _text(engine, question)


def test_what_an_actor_did_after_the_show_is_their_other_work(engine: AnswerEngine) -> None:
    text = _text(engine, "what drama is lomon in after all of us are dead")
    assert "Beauty in the Beast" in text and "Hans Jonas" not in text


def test_or_nah_asks_the_question_before_it(engine: AnswerEngine) -> None:
    assert "presumed dead" in _text(engine, "did cheongsan die at the end or nah")


def test_dubbing_is_not_the_korean_cast(engine: AnswerEngine) -> None:
    answer = engine.answer("who voices onjo in the english dub")
    assert not answer.answered and "Park Ji-hu" not in _text(engine, "who voices onjo in the english dub")


def test_a_compound_question_says_which_part_is_not_known(engine: AnswerEngine) -> None:
    text = _text(engine, "how tall is lomon and who does he play")
    assert text.startswith("I don't know that about Lomon: my sources don't say.") and "Su-hyeok" in text, text


def test_it_in_a_compounds_second_part_is_the_thing_the_first_named(engine: AnswerEngine) -> None:
    text = _text(engine, "who is the webtoon author and when was it published")
    assert "2009" in text and "premiered" not in text, text
    assert "premiered" in _text(engine, "who plays onjo and when did it come out")  # no thing named: the show


@table(("question", "name"), [("연출 누가 했어?", "Lee Jae-kyoo"), ("각본 누가 썼어?", "Chun Sung-il")])
def test_who_directed_or_wrote_it_asked_in_korean(engine: AnswerEngine, question: str, name: str) -> None:
    assert name in _text(engine, question)


@table("question", ["what is lomon's actual name", "what's lomon's birth name", "lomon's real name"])
def test_a_stage_names_owner_is_the_actors_real_name(engine: AnswerEngine, question: str) -> None:
    assert "Park Solomon" in _text(engine, question)


@table("question", ["how many days did the library fight take to film",
                                      "how long did the library fight take to shoot"])
def test_how_long_a_scene_took_to_film_whatever_fans_call_it(engine: AnswerEngine, question: str) -> None:
    assert "five days" in _text(engine, question)


@table(("question", "second"), [("who plays so-ju and whats his job", "firefighter"),
                                                  ("who plays hari and whats her weapon", "bow")])
def test_a_second_question_typed_whats_is_answered_too(engine: AnswerEngine, question: str, second: str) -> None:
    assert second in _text(engine, question)


def test_when_filming_started_asked_in_korean(engine: AnswerEngine) -> None:
    assert "June 2020" in _text(engine, "촬영 언제 시작했어?")


@table("question", ["how many hours is season 1 in total", "how many hours long is the show"])
def test_how_many_hours_the_show_is_is_its_running_time_not_viewing_hours(engine: AnswerEngine, question: str) -> None:
    text = _text(engine, question)
    assert "minutes" in text and "million" not in text, text


def test_how_many_hours_it_was_watched_is_still_viewing_hours(engine: AnswerEngine) -> None:
    assert "million" in _text(engine, "how many hours was it watched")


@table(("question", "fact"), [("마지막에 몇 달 뒤야?", "four months"), ("엔딩은 몇 달 후야?", "four months"),
                                                ("학생 몇 명 살아?", "여섯 명")])  # in Korean since lang59 (was "Six")
def test_months_later_and_students_asked_in_korean(engine: AnswerEngine, question: str, fact: str) -> None:
    assert fact in _text(engine, question)


@table(("question", "unknown"), [("what school did yoon chan young go to", "don't know"),
                                  ("윤찬영 키 몇이야?", "모르겠어요")])  # in Korean since ask91 (was "don't know")
def test_an_actors_own_life_is_not_known_never_their_profile(engine: AnswerEngine, question: str, unknown: str) -> None:
    answer = engine.answer(question)
    assert not answer.answered and unknown in render_text(answer, S1(12))[0]


@table(("korean", "kept", "gone"), [
    ("청산이 역시 죽어?", "die", "role"), ("회사 어디야", "where", "episode"), ("남라 불쌍해", "", "fire"),
    ("형사 누구야", "detective", "brother"), ("하리 역 누가 했어", "role", ""), ("불 지른 사람", "who", ""),
])
def test_a_one_syllable_korean_noun_is_read_only_as_a_word_of_its_own(korean: str, kept: str, gone: str) -> None:
    glossed = gloss_korean(korean)
    assert kept in glossed and (not gone or gone not in glossed), glossed


def test_a_denial_of_two_dub_names_is_no_no_to_whether_the_cast_is_korean(engine: AnswerEngine) -> None:
    assert not render_text(engine.answer("is the cast korean"), S1(12))[0].startswith("No.")
    assert render_text(engine.answer("did victoria grace play onjo"), S1(12))[0].startswith("No.")


def test_how_many_minutes_beside_an_episode_is_a_runtime_not_people() -> None:
    assert "how many minutes" in gloss_korean("한 화에 몇 분이야")
    assert "how many minutes" not in gloss_korean("몇 분이 죽어?")
