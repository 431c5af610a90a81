"""Abstention: what the pack does not hold gets "I don't know" (answered: false) with what can be
asked instead, never a profile or a neighbouring fact in its place."""

from __future__ import annotations

import functools
import re

from hypothesis import given, settings
from hypothesis import strategies as st

from bot.lore.answer import AnswerEngine, answer_json, render_text
from bot.lore.content import bundled_pack
from bot.show import NOTHING, Position
from tests.table import table


@functools.cache
def _engine() -> AnswerEngine:
    return AnswerEngine(bundled_pack(), index=None)


def _not_answered(question: str) -> str:
    answer = _engine().answer(question)
    text = render_text(answer, Position(1, 12))[0]
    assert not answer.answered, (question, text)
    data = answer_json(answer, NOTHING)
    assert data["answered"] is False and data["confidence"] is None and data["sources"] == []
    return text


@table(
    "question",
    ["how tall is park ji-hu", "Cheong-san's MBTI", "On-jo's blood type",
     "what's nam-ra's favorite food", "when is cho yi-hyun's birthday", "what car does so-ju drive",
     "how old is lomon", "whats yoon chan-young's instagram", "what shoe size is su-hyeok"],
)
def test_an_attribute_the_pack_does_not_hold_is_not_known(question: str) -> None:
    text = _not_answered(question)
    assert text.startswith("I don't know")


def test_an_attribute_the_pack_does_not_hold_is_not_known_in_the_askers_language() -> None:
    assert _not_answered("온조 혈액형 뭐야?").startswith("남온조에 대해 그건 모르겠어요")


def test_the_answer_names_what_is_not_known_and_offers_what_is() -> None:
    text = _not_answered("Cheong-san's MBTI")
    assert "Lee Cheong-san's" in text and "MBTI" in text.upper()
    assert "who plays them" in text and "what happens to them" in text


@table(("question", "unsaid"), [("what is onjo's hobby", "lobby"), ("what are cheongsan's hobbies", "lobbies"),
                                ("when is namra's date with suhyeok", "ent1")])
def test_what_is_not_known_is_named_in_the_members_words_never_a_repair_of_them(question: str, unsaid: str) -> None:
    assert unsaid not in _not_answered(question)


def test_never_a_profile_in_place_of_an_unknown_attribute() -> None:
    summary = bundled_pack().characters["park-mi-jin"].summary
    assert summary not in _not_answered("what is mi-jin's star sign")


def test_what_the_pack_holds_about_the_same_character_is_answered() -> None:
    answer = _engine().answer("what is so-ju's job")
    assert answer.answered and "firefighter" in render_text(answer, NOTHING)[0]


@table(
    "question",
    ["who won the world cup", "what's the weather in seoul today", "recommend me another zombie kdrama",
     "who plays eleven in stranger things", "how many episodes does squid game have", "tell me a joke",
     "what is train to busan about", "is season 3 confirmed", "who is the best character",
     "what year does the story take place in", "which episode is the class president vote"],
)
def test_out_of_scope_and_unrecorded_questions_are_not_answered(question: str) -> None:
    _not_answered(question)


@table(
    "question",
    ["<script>alert(1)</script>", "asdfghjkl", "???", "🧟🧟🧟", "lol", "'; DROP TABLE facts; --", "who plays",
     "12345 67890", "!!!!"],
)
def test_garbage_is_not_answered(question: str) -> None:
    _not_answered(question)


@table(
    ("question", "asked"),
    [("my friend said", "What did they say?"), ("tiktok says", "What did they say?"), ("is it true", "What did they say?"),
     ("is it true??", "What did they say?"), ("i heard", "What did they say?"), ("someone on reddit said that", "What did they say?"),
     ("a site said", "What did they say?"), ("my older sister told me", "What did they say?"), ("someone told us", "What did they say?"), ("dizem que", "O que disseram?"),
     ("ouvi dizer que...", "O que disseram?"), ("me dijeron que", "¿Qué te dijeron?"), ("katanya", "Katanya apa?"),
     ("sabi nila", "What did they say?")],
)
def test_a_hearsay_lead_alone_asks_what_was_said_in_the_askers_language(question: str, asked: str) -> None:
    for mark in (NOTHING, Position.legacy(12)):  # in the clear at every mark: no claim, so nothing to hide
        assert _not_answered(question).startswith(asked) and asked in answer_json(_engine().answer(question), mark)["answer"]


def test_a_bare_surname_is_several_people_not_a_guess() -> None:
    text = _not_answered("who plays Lee?")
    assert "could mean several" in text


@table("question", ["who is park", "who plays lee", "who is kim"])
def test_a_bare_surname_in_lower_case_is_several_people_too(question: str) -> None:
    text = _not_answered(question)
    assert "could mean several" in text and "Which one?" in text


def test_an_actor_the_sources_do_not_name_is_not_known() -> None:
    text = _not_answered("who plays eun-ji")
    assert "Min Eun-ji" in text


@settings(max_examples=300, deadline=None)
@given(st.text(max_size=120))
def test_any_text_gets_an_answer_or_an_honest_i_dont_know(text: str) -> None:
    answer = _engine().answer(text)
    rendered, _ = render_text(answer, NOTHING)
    # An "I don't know" cites nothing itself; after it, what the sources do say may follow with
    # them ("My sources give no budget figure for season 1." then a rumour; "my sources don't say why").
    said_first = answer.parts[0].sources if answer.parts else []
    assert rendered and (answer.answered or not said_first or answer.intent == "why.unknown")


@settings(max_examples=200, deadline=None)
@given(st.lists(st.sampled_from(
    ["who", "plays", "on-jo", "'s", "father", "and", "what", "does", "he", "do", "@everyone", "<@&123>", "||",
     "episode", "11", "season", "2", "청산이", "몇", "화", "?", ",", "the", "bully", "right", "isn't", "kiss"]
), max_size=14))
def test_any_mix_of_question_words_gets_an_answer_or_an_honest_i_dont_know(words: list[str]) -> None:
    answer = _engine().answer(" ".join(words))
    assert render_text(answer, NOTHING)[0]


@table(
    ("question", "said"),
    [("does namra have a brother", "My sources don't say whether Nam-ra has a brother."),
     ("does gwinam have a dad?", "My sources don't say whether Gwi-nam has a father."),
     ("does su hyeok have an older brother", "My sources don't say whether Su-hyeok has an older brother.")],
)
def test_whether_someone_has_a_relative_the_sources_never_mention_is_not_known_without_saying_one_exists(
    question: str, said: str
) -> None:
    assert _not_answered(question).startswith(said)


def test_one_episodes_runtime_is_said_to_be_unknown_before_the_rough_length(engine: AnswerEngine) -> None:
    text = render_text(engine.answer("how long is ep 12"), Position.legacy(12))[0]
    assert "no running time for season 1, episode 12" in text and "minutes" in text, text


def test_an_unknown_budget_says_so_before_the_rumour_it_quotes() -> None:
    answer = _engine().answer("BUDGE")
    assert not answer.answered
    assert answer.parts[0].text == "My sources give no budget figure for season 1."
    assert not answer.parts[0].sources


def test_an_episode_zero_of_season_2_is_no_crash() -> None:
    """Found by the mix above ("on-jo 화 's 2"): an "episode 0" read in a season-2 question is no episode."""
    assert render_text(_engine().answer("on-jo 화 's 2"), NOTHING)[0]


@table(("question", "said"), [
    ("when's the new season of squid game", "I only know All of Us Are Dead"),
    ("is stranger things s5 out", "I only know All of Us Are Dead"),
    ("kingdom season 3 when", "I only know All of Us Are Dead"),
    ("when is season 2 of sweet home coming out", "I only know All of Us Are Dead"),
    ("did squid game get renewed", "I only know All of Us Are Dead"),
    ("오징어게임 시즌3 언제 나와?", "저는 '지금 우리 학교는'만 알아요"),
    ("cuándo sale la nueva temporada de el juego del calamar", "Solo conozco All of Us Are Dead"),
    ("squid game s3 kapan rilis", "Aku cuma tahu All of Us Are Dead"),
    ("is the new season of the boys out yet", "I only know All of Us Are Dead"),  # a title no list holds
    ("did they renew squid game", "I only know All of Us Are Dead"),
    ("is the new squid game season out", "I only know All of Us Are Dead"),
    ("will kingdom get a season 3", "I only know All of Us Are Dead"),
    ("wednesday season 2 when", "I only know All of Us Are Dead"),
    ("イカゲーム シーズン3 いつ？", "私が知っているのは『今、私たちの学校は…』だけ"),
    ("鱿鱼游戏第三季什么时候出", "我只了解《僵尸校园》"),
    ("kapan season baru squid game rilis", "Aku cuma tahu All of Us Are Dead"),
    ("cho yi hyun new drama season 2 when", "I only know All of Us Are Dead"),  # an actor's own work, unnamed
    # review54c: another work's "parte 2" was our season 2's part 2 (its day, under p1out)
    ("cuando sale la parte 2 de juego del calamar", "Solo conozco All of Us Are Dead"),
    ("quando sai a parte 2 de kingdom?", "Eu só conheço All of Us Are Dead"),
    ("when does part 2 of sweet home come out", "I only know All of Us Are Dead"),
    # German was a KeyError (no German sentence); French, which has none, is answered in English
    ("wann kommt teil 2 von squid game", "Ich kenne nur All of Us Are Dead"),
    ("squid game staffel 3 wann", "Ich kenne nur All of Us Are Dead"),
    ("quand sort la partie 2 de squid game", "I only know All of Us Are Dead"),
])
def test_another_shows_season_is_answered_as_the_one_show_known_never_with_our_season_2(question: str, said: str) -> None:
    text = _not_answered(question)
    assert text.startswith(said) and "2026" not in text and "post-production" not in text


@table("question", [
    "when is season 2 of the school zombie show coming",
    "next season of the high school zombie drama",
    "new season of the korean zombie show release date",
    "next season of school zombies",
    "is the next season of the school zombie kdrama confirmed",
    "season 2 of jigeum uri hakgyoneun",
    "when is season 2 of cheongsan and onjo coming",  # our people named
    "next season of onjo's story when",
])
def test_our_show_described_not_named_gets_our_season_2_not_another_shows_refusal(question: str) -> None:
    text = render_text(_engine().answer(question), Position(1, 12))[0]
    assert "only know All of Us Are Dead" not in text and "another show" not in text, (question, text)


@table("question", ["when do they get on the train in train to busan", "the rain scene in squid game what ep",
                    "which ep of sweet home is the fire hose scene", "what ep in hellbound do they use the speakers",
                    "오징어 게임 비 오는 장면 몇 화야?"])
def test_another_shows_scene_is_answered_as_the_one_show_known_never_with_our_episode(question: str) -> None:
    text = _not_answered(question)
    assert ("All of Us Are Dead" in text or "지금 우리 학교는" in text) and not re.search(r"episode \d|\d\s*화", text)


def test_our_scene_compared_with_another_work_is_still_ours() -> None:
    answer = _engine().answer("what ep does cheongsan say its like train to busan")
    assert answer.answered and "episode 2" in render_text(answer, Position.legacy(12))[0]


@table("question", ["what ep does the girl who was in squid game die", "what ep does the girl from squid game die",
                    "what ep is lee yoo mi from squid game in"])
def test_someone_of_ours_known_from_another_work_is_never_told_it_is_another_show(question: str) -> None:
    assert "another show" not in render_text(_engine().answer(question), Position.legacy(12))[0]


@table("question", ["does yoon chan-young die in the movie", "does park ji-hu die in her new film"])
def test_an_actors_fate_in_a_film_is_not_told_as_the_fate_of_the_character_they_play(question: str) -> None:
    text = _not_answered(question)
    assert "All of Us Are Dead" in text and "presumed" not in text and "quarantine" not in text, text
