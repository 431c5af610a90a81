"""Fan wordings read as the question they ask (rephrased.py), answered through the engine."""

from __future__ import annotations

import re

from bot.lore.answer import AnswerEngine, render_text
from bot.show import Position
from tests.table import table

SPOILER_SPAN = re.compile(r"\|\|.*?(?<!\\)\|\|", re.S)


def _clear(engine: AnswerEngine, question: str, watched: int = 12) -> str:
    return SPOILER_SPAN.sub("", render_text(engine.answer(question), Position.legacy(watched))[0])


@table(("question", "bond"), [("who is su-hyeok to nam-ra", "kiss"),
                                                 ("whats onjo to cheongsan", "neighbour")])
def test_who_is_x_to_y_says_how_they_are_related(engine: AnswerEngine, question: str, bond: str) -> None:
    text = _clear(engine, question)
    assert bond in text and "Played by" not in text, text


def test_did_x_find_her_dad_tells_what_happens_to_him(engine: AnswerEngine) -> None:
    text = _clear(engine, "did onjo find her dad")
    assert "gym" in text and "firefighter and rescue paramedic" not in text, text


def test_why_didnt_they_rescue_is_why_they_abandoned(engine: AnswerEngine) -> None:
    assert "Eun-ji" in _clear(engine, "why didnt the military rescue the kids")


def test_why_didnt_with_no_reason_in_the_sources_is_not_known(engine: AnswerEngine) -> None:
    assert not engine.answer("why didn't cheolsu open the door").answered


@table("question", ["whose laptop is it", "who owns the laptop"])
def test_whose_laptop_names_its_owner(engine: AnswerEngine, question: str) -> None:
    assert "Byeong-chan's laptop" in _clear(engine, question)


@table("question", ["what ep is the laptop video", "which episode is the laptop"])
def test_the_laptop_episode_is_the_one_the_sources_pin_down(engine: AnswerEngine, question: str) -> None:
    assert _clear(engine, question).startswith("Season 1, episode 9:")


def test_the_laptop_episode_is_hidden_before_it(engine: AnswerEngine) -> None:
    assert "episode 9" not in _clear(engine, "what ep is the laptop video", 8)


@table("question", ["korean name of the show", "the show's korean name", "what's the original name of the show",
                                      "how do you say all of us are dead in korean"])
def test_the_korean_name_is_the_korean_title(engine: AnswerEngine, question: str) -> None:
    assert "지금 우리 학교는" in _clear(engine, question)


@table("question", ["is it the most watched netflix show ever", "most watched netflix show?",
                                      "was it the most popular show on netflix"])
def test_most_watched_is_no_third_of_all_time(engine: AnswerEngine, question: str) -> None:
    text = _clear(engine, question)
    assert not text.startswith("Yes") and "third" in text, text


@table("question", ["where did the virus start first", "how did the zombie apocalypse begin"])
def test_where_the_virus_started_is_the_first_infected_student(engine: AnswerEngine, question: str) -> None:
    text = _clear(engine, question)
    assert text.startswith("The first person infected at the school is the student Hyeon-ju"), text


@table(("question", "scene"), [("did onjo find her dad", "leads the students out of the gym"),
                                                  ("did hari find her brother", "gym storeroom")])
def test_did_x_find_a_relative_is_yes_with_the_event_they_meet_in(engine: AnswerEngine, question: str, scene: str) -> None:
    text = _clear(engine, question)
    assert text.startswith("Yes.") and scene in text, text


def test_a_reunion_is_hidden_before_its_episode(engine: AnswerEngine) -> None:
    assert "gym" not in _clear(engine, "did onjo find her dad", 9)


def test_a_one_sided_crush_is_never_called_a_boyfriend(engine: AnswerEngine) -> None:
    assert "boyfriend is" not in _clear(engine, "who is on-jo's bf")


def test_a_shared_romance_is_a_boyfriend(engine: AnswerEngine) -> None:
    assert "Nam-ra's boyfriend is Lee Su-hyeok" in _clear(engine, "who is nam-ra's boyfriend")


def test_saying_a_word_is_no_false_premise_of_being_it(engine: AnswerEngine) -> None:
    assert "false premise" not in _clear(engine, "what ep does dae-su say hambie")


def test_a_state_never_reached_is_still_a_false_premise(engine: AnswerEngine) -> None:
    assert "false premise" in _clear(engine, "when does onjo get bitten")


def test_x_n_y_asks_whether_they_are_a_couple(engine: AnswerEngine) -> None:
    assert "end up together" in _clear(engine, "onjo n suhyeok?")


@table(("question", "said"), [("suhyeok namra joahae?", "Yes. Su-hyeok — falls for Nam-ra"),
                              ("suhyeok namra sagwieo?", "whether Su-hyeok and Nam-ra end up together")])
def test_romanised_korean_likes_and_dating_ask_about_the_couple(engine: AnswerEngine, question: str, said: str) -> None:
    assert said in _clear(engine, question)


@table("question", ["what happens in ep7", "what happens in episode7"])
def test_an_episode_number_written_together_is_that_episode(engine: AnswerEngine, question: str) -> None:
    assert _clear(engine, question).startswith("Season 1, episode 7:")


@table("question", ["is hari bro dead", "hari bro dead?", "hari's bro alive?"])
def test_a_slang_relative_is_asked_about_not_the_one_named(engine: AnswerEngine, question: str) -> None:
    text = _clear(engine, question)
    assert "Woo-jin is dead" in text and "Ha-ri survives" not in text, text


def test_a_relatives_state_without_its_verb_is_answered(engine: AnswerEngine) -> None:
    assert "So-ju is dead" in _clear(engine, "onjo's dad alive?")


def test_an_insult_is_no_description(engine: AnswerEngine) -> None:
    assert "Na-yeon" in _clear(engine, "who is the bitch who infected gyeongsu")


def test_why_didnt_x_stay_is_never_answered_by_another_leaving(engine: AnswerEngine) -> None:
    assert "quarantine camp at night" not in _clear(engine, "why didn't onjo stay with namra")


def test_a_reunion_no_event_tells_is_not_a_yes(engine: AnswerEngine) -> None:
    answer = engine.answer("did jinsu's dad find him")
    assert not answer.answered and not _clear(engine, "did jinsu's dad find him").startswith("Yes")


@table("question", ["what site is the webtoon on", "which app is the webtoon on",
                                      "where was the webtoon published"])
def test_where_the_webtoon_was_published_is_naver(engine: AnswerEngine, question: str) -> None:
    assert "Naver" in render_text(engine.answer(question), Position.legacy(12))[0]


@table(("question", "first", "second"), [
    ("where was it filmed and when", "built as a set", "June 2020"),
    ("how many episodes and how long is each", "12 episodes", "minutes"),
])
def test_a_bare_when_or_each_asks_the_clause_before_again(engine: AnswerEngine, question: str, first: str,
                                                           second: str) -> None:
    text = _clear(engine, question)
    assert first in text and second in text, text


def test_does_the_bully_get_what_he_deserves_tells_what_happens_to_him(engine: AnswerEngine) -> None:
    text = _clear(engine, "does the bully get what he deserves")
    assert "construction site" in text and not text.startswith(("Yes", "No")), text


def test_did_x_survive_the_fall_is_their_story_never_a_verdict_on_one_moment(engine: AnswerEngine) -> None:
    text = _clear(engine, "did gwinam survive the fall")
    assert "halfbie" in text and not text.startswith(("Yes", "No")), text


def test_a_fate_that_does_not_say_the_state_is_told_it(engine: AnswerEngine) -> None:
    assert "turns into a zombie" in _clear(engine, "did jin-su survive the fall")


def test_what_they_deserve_stays_hidden_before_it_happens(engine: AnswerEngine) -> None:
    text = _clear(engine, "does the bully get what he deserves", 3)
    assert "halfbie" not in text and "construction" not in text


@table("question", ["the guy who bullied everyone", "that one girl who was mean to gyeongsu"])
def test_the_one_who_bullied_is_the_bully_never_the_bullied(engine: AnswerEngine, question: str) -> None:
    text = render_text(engine.answer(question), Position.legacy(12))[0]
    assert "Jin-su" not in text and ("Gwi-nam" in text or "Na-yeon" in text)


def test_becoming_a_zombie_is_the_subjects_own_turn_never_one_they_caused(engine: AnswerEngine) -> None:
    text = render_text(engine.answer("what ep does gwinam become a zombie"), Position.legacy(12))[0]
    assert "episode 5" in text and "Min-jae" not in text


@table(("question", "fact"), [("gyeongsu mom", "Gyeong-su's mother"), ("ji min die ep", "episode 10"),
                                                 ("s2 ep count", "not announced"), ("so ju what ep dies", "So-ju")])
def test_chat_shorthand_is_read_as_the_question_it_asks(engine: AnswerEngine, question: str, fact: str) -> None:
    text = render_text(engine.answer(question), Position.legacy(12))[0]
    assert fact in text and "Hyeon-ju" not in text and "mauled" not in text


@table("question", ["library scene ep?", "the library scene episode"])
def test_a_scene_then_a_bare_ep_asks_its_episode(engine: AnswerEngine, question: str) -> None:
    assert "episode 5" in render_text(engine.answer(question), Position.legacy(12))[0]


def test_how_much_time_passes_is_the_time_skip(engine: AnswerEngine) -> None:
    text = render_text(engine.answer("how much time passes at the end"), Position.legacy(12))[0]
    assert "four months" in text and "60,000" not in text, text


def test_who_got_her_pregnant_is_not_known(engine: AnswerEngine) -> None:
    answer = engine.answer("who got hee soo pregnant")
    assert not answer.answered and "bathroom" not in render_text(answer, Position.legacy(12))[0]


def test_her_babys_dad_is_her_babys_father_not_hers(engine: AnswerEngine) -> None:
    answer = engine.answer("hee soo's baby's dad")
    assert not answer.answered and "baby's father" in render_text(answer, Position.legacy(12))[0]


def test_did_x_give_y_the_virus_is_read_as_infecting_him(engine: AnswerEngine) -> None:
    text = _clear(engine, "did nayeon give gyeongsu the virus with a hanky")
    assert "handkerchief" in text, text


def test_who_gave_x_the_virus_still_asks_who(engine: AnswerEngine) -> None:
    assert "Byeong-chan" in _clear(engine, "who gave jinsu the virus")


@table("question", ["s2 releasing december 2026?", "is season 2 releasing in december 2026",
                                      "시즌2 2026년 12월에 나옴?"])
def test_a_release_month_asked_says_no_date_is_set_and_labels_the_rumour(engine: AnswerEngine, question: str) -> None:
    text = _clear(engine, question)
    assert "No release date" in text and "rumour" in text and not text.startswith(("Yes", "Only a rumour")), text


@table(("question", "floors"), [("how many floors is the set", "four-storey"), ("세트장 몇층임", "4층짜리")])
def test_how_many_floors_the_set_has_is_its_size(engine: AnswerEngine, question: str, floors: str) -> None:
    assert floors in _clear(engine, question)


def test_sacrifice_himself_asks_for_the_sacrifice(engine: AnswerEngine) -> None:
    assert "episode 11" in _clear(engine, "what ep does onjos dad sacrifice himself")
