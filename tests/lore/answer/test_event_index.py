"""Answers from the event index: which episode something happens in, who did it, where; each answer
spoils exactly what its event spoils."""

from __future__ import annotations

import functools
import re

from bot.lore.answer import AnswerEngine, answer_json, render_text
from bot.lore.content import bundled_pack
from bot.show import NOTHING, Position
from tests.table import table

SPOILER_SPAN = re.compile(r"\|\|.*?(?<!\\)\|\|", re.S)
S1 = Position.legacy


@functools.cache
def _engine() -> AnswerEngine:
    return AnswerEngine(bundled_pack(), index=None)


def _clear(question: str, watched: int = 12) -> str:
    return SPOILER_SPAN.sub("", render_text(_engine().answer(question), S1(watched))[0])


@table(
    ("question", "episode"),
    [
        ("which episode is the library scene", 5),
        ("what ep do su-hyeok and nam-ra kiss", 7),
        ("in which episode does gwi-nam become a halfbie", 5),
        ("what episode has the missile strike", 11),
        ("which episode do they hide in the broadcasting room", 3),
        ("when does cheong-san kiss on-jo goodbye", 11),
        ("which episode is the time skip", 12),
        ("what episode does dae-su confess to ha-ri", 10),
    ],
)
def test_which_episode_is_the_events_episode(question: str, episode: int) -> None:
    answer = _engine().answer(question)
    assert answer.answered and f"episode {episode}:" in _clear(question), _clear(question)
    assert answer.spoils == S1(episode)


def test_an_event_the_sources_do_not_pin_down_gives_both_episodes() -> None:
    text = _clear("which episode does na-yeon turn into a zombie")
    assert "episode 8" in text and "9" in text and "do not pin down" in text


def test_an_event_answer_carries_the_events_confidence_and_sources() -> None:
    data = answer_json(_engine().answer("which episode does joon-yeong die"), S1(12))
    assert data["confidence"] == "reported"  # the fact sheet: [V1] for the episode (S31 only, row 23)
    assert {s["publisher"] for s in data["sources"]} >= {"Showbiz Cheat Sheet"}


def test_a_verified_death_is_stated_plainly() -> None:
    # Ms. Park's death is [V] (row 18), and four recaps put it in episode 3 (section 2)
    data = answer_json(_engine().answer("how did ms park die"), S1(12))
    assert data["confidence"] == "official"
    assert "Reportedly" not in data["answer"]


@table(
    ("question", "who"),
    [
        ("who kills woo-jin", "Nam-ra"),
        ("who bit nam-ra", "Gwi-nam"),
        ("who infected gyeong-su", "Na-yeon"),
        ("who rescued hyo-ryeong", "Woo-jin"),
        ("who stabbed gwi-nam in the eye", "Cheong-san"),
        ("who threw gwi-nam off the roof", "Nam-ra"),
        ("who killed the principal", "Gwi-nam"),
    ],
)
def test_who_did_it_names_the_one_in_that_role(question: str, who: str) -> None:
    assert who in _clear(question), _clear(question)


def test_who_a_character_acted_on_lists_each_hidden_until_its_episode() -> None:
    answer = _engine().answer("who did gwi-nam bite")
    full = _clear("who did gwi-nam bite")
    for victim in ("Nam-ra", "Na-yeon", "Min-jae", "Cheong-san"):
        assert victim in full
    at_six = _clear("who did gwi-nam bite", 6)
    assert "Nam-ra" in at_six and "Min-jae" not in at_six and "Cheong-san" not in at_six
    assert answer.spoils == S1(11)


def test_where_names_the_events_place() -> None:
    assert "gym" in _clear("where does so-ju die")
    assert "construction site" in _clear("where does cheong-san get bitten")
    assert "police station" in _clear("where does byeong-chan die")


def test_where_in_a_named_episode_is_that_episodes_place_never_another_episodes() -> None:
    assert "construction site" in _clear("the second part of episode 11 where does cheong-san go")
    assert "classroom" not in _clear("where is cheong-san in ep 10")


def test_an_event_the_index_does_not_have_is_not_made_up() -> None:
    answer = _engine().answer("which episode is the class president vote")
    assert not answer.answered


def test_a_death_that_never_happens_is_named_a_false_premise() -> None:
    text = _clear("which episode does su-hyeok die")
    assert text.startswith("No:") and "does not die" in text and "survives" in text


@table("event_id", sorted(e.id for e in bundled_pack().events.values() if e.names))
def test_every_named_event_is_found_by_its_name_and_hidden_until_its_position(event_id: str) -> None:
    event = bundled_pack().events[event_id]
    question = f"which episode is {event.names[0]}"
    answer = _engine().answer(question)
    assert answer.answered, question
    before, spoils = render_text(answer, NOTHING)
    assert spoils is not None and spoils >= event.spoils
    assert not SPOILER_SPAN.sub("", before).strip(), before  # nothing in the clear before it
    if event.episode is not None:
        shown = SPOILER_SPAN.sub("", render_text(answer, event.spoils)[0])
        assert f"{event.episode.heading}:" in shown, (question, shown)


@table(("question", "name"), [("why did onjo get bitten", "On-jo"), ("why was su-hyeok bitten", "Su-hyeok"),
                                                ("why did hari get infected", "Ha-ri")])
def test_why_a_survivor_never_bitten_was_bitten_is_a_false_premise(question: str, name: str) -> None:
    text = render_text(_engine().answer(question), S1(12))[0]
    assert "false premise" in text and f"{name} is never" in text, text


@table("question", ["which ep do they mention train to busan", "in which ep do they talk about train to busan",
                                      "which ep does cheongsan mention train to busan"])
def test_the_episode_a_film_is_mentioned_in(question: str) -> None:
    assert "episode 2" in render_text(_engine().answer(question), S1(12))[0]


def test_when_a_word_is_said_is_never_a_scene_that_merely_shows_it() -> None:
    assert "episode 5" not in render_text(_engine().answer("what ep do they say hambie"), S1(12))[0]


@table("question", ["which episode does onjo leave the group", "¿en qué capítulo sale onjo del grupo?"])
def test_when_someone_leaves_the_group_is_never_answered_with_another_leaving_them(question: str) -> None:
    assert "12" not in _clear(question)  # (was episode 12: Nam-ra nearly bites On-jo and slips away, labelled official)


def test_when_nam_ra_leaves_the_group_is_episode_12() -> None:
    assert "episode 12" in _clear("which episode does namra leave the group")
