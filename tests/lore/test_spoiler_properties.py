"""Property: for any content and any progress, nothing past the progress is shown unwrapped."""

from __future__ import annotations

import dataclasses
import functools
import re

from hypothesis import given, settings
from hypothesis import strategies as st

from bot.lore import cards
from bot.lore.answer import AnswerEngine, render_text, visible_parts
from bot.lore.content import bundled_pack
from bot.lore.names import NameResolver
from bot.show import NOTHING, EpisodeInfo, Position, ShowShape
from cogs.lore import render
from tests.table import table

SPOILER_SPAN = re.compile(r"\|\|.*?(?<!\\)\|\|", re.S)
PROPS = settings(max_examples=60, deadline=None)


@functools.cache
def _engine() -> AnswerEngine:
    pack = bundled_pack()
    return AnswerEngine(pack, NameResolver.from_pack(pack), index=None)


@functools.cache
def _full_engine() -> AnswerEngine:
    """With the full-text fallback too (an in-memory index; answering is synchronous)."""
    pack = bundled_pack()
    return AnswerEngine.build(pack, NameResolver.from_pack(pack))


def _visible(text: str) -> str:
    return SPOILER_SPAN.sub("", text)


@functools.cache
def _spoilers_past(progress: Position) -> list[str]:
    """Text of every piece of content that spoils past `progress` (and appears in no safe content)."""
    pack = _engine().pack
    texts: list[tuple[str, Position]] = []
    for character in pack.characters.values():
        if character.fate:
            texts.append((character.fate.text, character.fate.spoils))
        texts.append((character.summary, character.summary_spoils))
        texts.extend((r.text, r.spoils) for r in character.relationships)
        texts.extend((e.text, e.spoils) for e in character.events)
        texts.extend((d.text, d.spoils) for d in character.descriptions)
    for episode in pack.episodes.values():
        texts.append((episode.summary, episode.spoils))
        texts.extend((d.text, episode.spoils) for d in episode.deaths)
    # The event index: each event's text spoils its position.
    texts.extend((event.text, event.spoils) for event in pack.events.values())
    # Claims (answers may quote one without its final period).
    texts.extend((claim.text.rstrip("."), claim.spoils) for claim in pack.claims.values())
    safe = [t for t, spoils in texts if spoils <= progress]
    return [t for t, spoils in texts if spoils > progress and not any(t in other for other in safe)]


def _assert_nothing_leaks(visible: str, progress: Position, typed: str = "") -> None:
    for secret in _spoilers_past(progress):
        # what the asker typed is theirs to see, also said back ("I don't know who On-jo's sunbae's father is")
        assert secret not in visible or secret.casefold() in typed.casefold(), secret


character_ids = st.sampled_from(sorted(bundled_pack().characters))
SHAPE = ShowShape.season_one()
LATEST = SHAPE.last()
progresses = st.sampled_from((NOTHING, *SHAPE.positions()))
episodes = st.sampled_from(SHAPE.positions())
question_shapes = st.sampled_from(
    ["what happens to {}?", "is {} dead?", "who is {}", "which episode does {} die?", "who killed {}",
     "who is {}'s brother", "{}'s father", "does {} survive", "who plays {}", "is {} a zombie now",
     "who bit {}", "where does {} die", "who did {} bite", "who plays {}'s father", "why did {} die",
     "what is {}'s job", "who does {} love", "which episode is {} bitten", "who saved {}"]
)


@PROPS
@given(character_ids, progresses)
def test_character_card_text_never_leaks(character_id: str, progress: Position) -> None:
    engine = _engine()
    card = cards.character_card(engine.knowledge, engine.pack.characters[character_id])
    text, _ = cards.render_card_text(card, progress)
    _assert_nothing_leaks(_visible(text), progress)


@PROPS
@given(character_ids, progresses)
def test_character_embed_never_leaks_in_any_part(character_id: str, progress: Position) -> None:
    engine = _engine()
    embed, _ = render.card_embed(cards.character_card(engine.knowledge, engine.pack.characters[character_id]), progress, latest=LATEST)
    data = embed.to_dict()
    unhideable = [data.get("title", ""), *(f["name"] for f in data.get("fields", []))]
    hideable = [data.get("description", ""), *(f["value"] for f in data.get("fields", [])),
                data.get("footer", {}).get("text", "")]
    for text in unhideable:
        assert "||" not in text
        _assert_nothing_leaks(text, progress)
    _assert_nothing_leaks(_visible("\n".join(hideable)), progress)


@PROPS
@given(episodes, progresses)
def test_episode_card_never_leaks(number: Position, progress: Position) -> None:
    engine = _engine()
    card = cards.episode_card(engine.knowledge, SHAPE, number)
    embed, _ = render.card_embed(card, progress, latest=LATEST)
    data = embed.to_dict()
    assert "||" not in data["title"]
    visible = _visible("\n".join(f["value"] for f in data.get("fields", [])))
    _assert_nothing_leaks(visible, progress)
    _assert_nothing_leaks(_visible(cards.render_card_text(card, progress)[0]), progress)


@PROPS
@given(character_ids, question_shapes, progresses)
def test_answers_never_leak(character_id: str, shape: str, progress: Position) -> None:
    engine = _engine()
    name = engine.pack.characters[character_id].short_name or engine.pack.characters[character_id].name
    answer = engine.answer(shape.format(name))
    text, _ = render_text(answer, progress)
    _assert_nothing_leaks(_visible(text), progress)
    embed, _ = render.answer_embed(answer, progress, latest=LATEST)
    data = embed.to_dict()
    assert "||" not in data["title"]
    _assert_nothing_leaks(_visible(data["description"]), progress)


claim_ids = st.sampled_from(sorted(bundled_pack().claims))
claim_shapes = st.sampled_from(
    ["{}", "is it true that {}", "did {}?", "season 2: {}", "what about this: {}"]
)
season2_questions = st.sampled_from(
    ["is season 2 filming?", "when is season 2 coming out", "who is in the season 2 cast",
     "what did the cast say about season 2", "will Cheong-san be in season 2", "what is season 2 about",
     "is everyone dead at the end of season 1?", "how many students survive", "did the director want a second season",
     "what did Lomon say about season 2", "is Nam-ra in season 2", "season 2 news", "where does the outbreak spread"]
)


def _assert_answer_never_leaks(question: str, progress: Position) -> None:
    answer = _full_engine().answer(question)
    text, spoils = render_text(answer, progress)
    _assert_nothing_leaks(_visible(text), progress, question)
    embed, _ = render.answer_embed(answer, progress, latest=LATEST)
    data = embed.to_dict()
    assert "||" not in data["title"]
    # The description opens with the asker's own question (what they typed is theirs to see).
    echoed, _, body = data["description"].partition("\n\n")
    assert echoed.startswith("**Q:**")
    _assert_nothing_leaks(_visible(body), progress, question)
    _assert_nothing_leaks(data.get("footer", {}).get("text", ""), progress)
    shown = [p.spoils for p in visible_parts(answer, progress)]
    assert spoils == ((max(shown) or None) if shown else None)


@PROPS
@given(claim_ids, claim_shapes, progresses)
def test_answers_quoting_claims_never_leak(claim_id: str, shape: str, progress: Position) -> None:
    _assert_answer_never_leaks(shape.format(bundled_pack().claims[claim_id].text), progress)


@PROPS
@given(season2_questions, progresses)
def test_season2_and_survival_answers_never_leak(question: str, progress: Position) -> None:
    _assert_answer_never_leaks(question, progress)


event_names = st.sampled_from(sorted({n for e in bundled_pack().events.values() for n in e.names}))
event_shapes = st.sampled_from(["which episode is {}", "when is {}", "what happens in {}", "where is {}"])
descriptions = st.sampled_from(sorted({d.text for c in bundled_pack().characters.values() for d in c.descriptions}))
description_shapes = st.sampled_from(["who plays {}", "who is {}", "what happens to {}", "who is {}'s father",
                                      "which episode does {} die"])


@PROPS
@given(event_names, event_shapes, progresses)
def test_event_answers_never_leak_before_their_events_position(name: str, shape: str, progress: Position) -> None:
    _assert_answer_never_leaks(shape.format(name), progress)


@PROPS
@given(descriptions, description_shapes, progresses)
def test_answers_about_a_description_never_leak(description: str, shape: str, progress: Position) -> None:
    _assert_answer_never_leaks(shape.format(description), progress)


kinds_of_question = st.sampled_from(
    ["list the halfbies", "who survives", "who dies in episode 11", "how many students survive",
     "which ep do su-hyeok and nam-ra kiss", "who did gwi-nam bite", "what is a halfbie", "whats the virus called",
     "who is the first halfbie", "what does on-jo's father do in episode 11", "who plays the main character's dad",
     "who is On-jo's dad and what does he do", "why did woo-jin die", "where does so-ju die",
     "isn't season 1 only 8 episodes?", "does everyone die at the end", "청산이 몇 화에서 죽어?", "온조 아빠 어떻게 돼?",
     "why did On-jo die in episode 3?", "which episode does su-hyeok die", "who kills woo-jin",
     "what happens in the finale", "when is the ending set", "is gwi-nam a zombie now"]
)


@PROPS
@given(kinds_of_question, progresses)
def test_every_kind_of_answer_never_leaks(question: str, progress: Position) -> None:
    _assert_answer_never_leaks(question, progress)


# Who did what to whom, why they did "that", on purpose, a premise about a survivor, a state that
# ended, a job denied: each answer hidden as far as what it tells, at every position.
DEED_QUESTIONS = (
    "did namra bite cheongsan", "bro was it gyeong-su who killed woojin", "when did cheong-san get bitten by namra",
    "was it so-ju who saved the kids", "did gyeongsu bite cheongsan's mom", "bro why did na-yeon do that to gyeong-su",
    "이나연 왜 그랬어?", "why would namra do that to woojin", "did nayeon infect gyeongsu by accident",
    "did the teacher make the virus on purpose", "what episode does onjo get bitten", "is gwi-nam a halfbie",
    "is onjo's dad a cop", "what does welfie mean", "summarize episode 12", "did on-jo kill nam-ra",
    "was it na-yeon who killed ms park", "who bit su-hyeok", "how tall is lomon and who does he play",
)


@table("question", DEED_QUESTIONS)
def test_deed_motive_and_premise_answers_never_leak_at_any_position(question: str) -> None:
    for progress in (NOTHING, *SHAPE.positions()):
        _assert_answer_never_leaks(question, progress)


@PROPS
@given(character_ids, progresses)
def test_a_state_answer_shows_only_what_is_true_at_the_viewers_position(character_id: str, progress: Position) -> None:
    character = bundled_pack().characters[character_id]
    answer = _engine().answer(f"is {character.short_name or character.name} alive?")
    for part in visible_parts(answer, progress):
        assert part.until is None or progress < part.until  # no state the viewer is past
    _assert_answer_never_leaks(f"is {character.short_name or character.name} alive?", progress)


@PROPS
@given(st.text(max_size=30))
def test_autocomplete_choices_never_spoil(typed: str) -> None:
    engine = _engine()
    for name, _value in render.choices_for(engine.resolver.search(typed, ("character", "person"))):
        assert "||" not in name
        _assert_nothing_leaks(name, NOTHING)


@PROPS
@given(character_ids, progresses)
def test_every_spoiler_span_is_closed(character_id: str, progress: Position) -> None:
    engine = _engine()
    text, _ = cards.render_card_text(cards.character_card(engine.knowledge, engine.pack.characters[character_id]), progress)
    assert len(re.findall(r"(?<!\\)\|\|", text)) % 2 == 0


# -- across seasons: a pack whose later facts spoil season 2 ----------------------------------------

SEASON_TWO = ShowShape.season_one()
SEASON_TWO.add_episodes(2, [EpisodeInfo(2, n) for n in range(1, 9)])
S2_FATE = "survives into season 2 only to be bitten in its first episode"


@functools.cache
def _season_two_engine() -> AnswerEngine:
    """The bundled pack with a season-2 fate for On-jo and a season-2 fact: both spoil S2E1."""
    pack = bundled_pack()
    on_jo = pack.characters["nam-on-jo"]
    assert on_jo.fate is not None
    fate = dataclasses.replace(on_jo.fate, text=S2_FATE, episode=Position(2, 1), spoils=Position(2, 1))
    characters = dict(pack.characters) | {on_jo.id: dataclasses.replace(on_jo, fate=fate)}
    return AnswerEngine(dataclasses.replace(pack, characters=characters), index=None, show=SEASON_TWO)


all_positions = st.sampled_from((NOTHING, *SEASON_TWO.positions()))


@PROPS
@given(all_positions)
def test_a_season_two_spoiler_is_shown_only_from_its_own_episode_on(progress: Position) -> None:
    engine = _season_two_engine()
    card = cards.character_card(engine.knowledge, engine.pack.characters["nam-on-jo"])
    text, _ = cards.render_card_text(card, progress)
    embed, _ = render.card_embed(card, progress, latest=SEASON_TWO.last())
    embed_text = "\n".join(f["value"] for f in embed.to_dict().get("fields", []))
    for shown in (_visible(text), _visible(embed_text)):
        assert (S2_FATE in shown) == (progress >= Position(2, 1)), (progress, shown)


@PROPS
@given(character_ids, st.sampled_from(SEASON_TWO.positions()[SEASON_TWO.positions().index(Position(2, 1)):]))
def test_a_season_two_viewer_sees_every_season_one_fact(character_id: str, progress: Position) -> None:
    engine = _engine()
    card = cards.character_card(engine.knowledge, engine.pack.characters[character_id])
    text, _ = cards.render_card_text(card, progress)
    assert "||" not in text


def test_a_viewer_at_the_end_of_season_one_sees_a_season_two_answer_only_in_bars() -> None:
    answer = _season_two_engine().answer("what happens to on-jo?")
    hidden, spoils = render_text(answer, Position(1, 12))
    assert spoils == Position(2, 1)
    assert S2_FATE in hidden and S2_FATE not in _visible(hidden)
    shown, _ = render_text(answer, Position(2, 1))
    assert S2_FATE in _visible(shown)
