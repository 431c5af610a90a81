"""Season 2's story as a server's moderators add it with /lore add on premiere day. A newcomer first
shown in S2E3 is named only from that episode: never in the clear before it in the cast list, an
actor's card, /ask's season-2 cast or generated trivia (as a question or as a wrong option). A
death added in S2E5 answers "who dies in season 2", hidden as far as its episode."""

from __future__ import annotations

import functools

from bot.lore import cards
from bot.lore.additions import apply_additions, newcomer_reader
from bot.lore.answer import AnswerEngine, render_text
from bot.lore.content import bundled_pack
from bot.lore.content.model import ContentPack
from bot.lore.model import Addition
from bot.lore.names import NameResolver
from bot.show import NOTHING, EpisodeInfo, Position, ShowShape
from bot.trivia.bank import generated_questions
from tests.table import table

S1E12, S2E3, S2E5 = Position(1, 12), Position(2, 3), Position(2, 5)
URL = "https://www.netflix.com/tudum/articles/aouad-s2-recap"
NEWCOMER = "Kang Do-yun"


def _shape() -> ShowShape:
    shape = ShowShape.season_one()
    shape.add_episodes(2, [EpisodeInfo(2, n) for n in range(1, 9)])
    return shape


@functools.cache
def _pack() -> ContentPack:
    return apply_additions(bundled_pack(), [
        Addition(1, 1, "character", S2E3, URL, {"name": NEWCOMER, "actor": "Lee Do-hyun",
                                                 "summary": "A new student who hides a bite."}, state="approved"),
        Addition(2, 1, "death", S2E5, URL, {"character_id": "lee-su-hyeok", "death_kind": "dies",
                                             "text": "Su-hyeok is shot on the bridge."}, state="approved"),
    ])


@functools.cache
def _engine() -> AnswerEngine:
    pack = _pack()
    return AnswerEngine(pack, NameResolver.from_pack(pack), show=_shape())


def _text(card: cards.Card, progress: Position) -> str:
    return cards.render_card_text(card, progress)[0]


def test_the_cast_list_hides_the_newcomer_until_their_episode() -> None:
    card = cards.cast_list_card(_engine().knowledge)
    assert f"||Reportedly: Lee Do-hyun as {NEWCOMER}||" in _text(card, S1E12)
    assert f"||Reportedly: Lee Do-hyun as {NEWCOMER}||" not in _text(card, S2E3) and NEWCOMER in _text(card, S2E3)
    assert "||Lee Min-jae as Yong Ma-ru||" not in _text(card, NOTHING), "Netflix's announced cast stays in the clear"


def test_the_newcomers_actor_card_hides_the_role() -> None:
    person = next(p for p in _pack().people.values() if p.name == "Lee Do-hyun")
    text = _text(cards.person_card(_engine().knowledge, person), S1E12)
    assert f"||Reportedly: {NEWCOMER} (season 2)||" in text


def test_asking_for_season_twos_new_cast_hides_the_newcomer_and_names_netflixs_in_the_clear() -> None:
    text, _ = render_text(_engine().answer("who are the new characters in season 2"), S1E12)
    assert "Lee Min-jae as Yong Ma-ru" in text.split("||")[0]
    assert NEWCOMER not in text.replace("||", "\n||").split("\n||")[0]
    hidden = [chunk for i, chunk in enumerate(text.split("||")) if i % 2 == 1]
    assert any(NEWCOMER in chunk for chunk in hidden), text


def test_a_newcomer_is_not_said_to_be_in_netflixs_announced_cast() -> None:
    text, _ = render_text(_engine().answer(f"is {NEWCOMER} in season 2?"), S2E3)
    assert f"{NEWCOMER} (Lee Do-hyun) is in season 2, from season 2, episode 3 on." in text
    assert "Netflix announced" not in text


def test_a_season_two_death_is_not_said_to_be_how_season_one_leaves_them() -> None:
    """Su-hyeok survives season 1: a death moderators add in S2E5 is no 'season 1 leaves him dead'."""
    text, _ = render_text(_engine().answer("is su-hyeok in season 2"), S2E5)
    assert "season 1 leaves" not in text and "unexplained" not in text


def test_generated_trivia_asks_of_the_newcomer_only_from_their_episode_and_never_offers_them_as_wrong() -> None:
    questions = generated_questions(_pack(), _shape())
    about = [q for q in questions if NEWCOMER in q.text or NEWCOMER in q.answers]
    assert about and all(q.spoils >= S2E3 for q in about)
    offered = [q for q in questions if q not in about and any(NEWCOMER in c or "Lee Do-hyun" in c for c in q.choices)]
    assert offered == []


@table("question", ["who dies in season 2?", "who died in s2", "does anyone die in season 2",
                                      "시즌2에서 누가 죽어?"])
def test_who_dies_in_season_2_lists_the_deaths_the_lore_has_each_hidden_as_far_as_its_episode(question: str) -> None:
    """It said "Nobody knows yet: ... my sources say nothing about what happens to anyone in it"."""
    answer = _engine().answer(question)
    assert render_text(answer, S2E5)[0].endswith("Season 2, episode 5: Lee Su-hyeok (dies) (netflix.com)")
    before = render_text(answer, S1E12)[0]
    assert "Lee Su-hyeok (dies)" in before and "Lee Su-hyeok (dies)" not in before.replace("||", "\n||").split("\n||")[0]
    assert "Nobody knows" not in before and "say nothing" not in before


def test_how_many_die_in_season_2_hides_the_count_as_far_as_the_last_death() -> None:
    text = render_text(_engine().answer("how many people die in season 2"), S1E12)[0]
    assert text.startswith("||Reportedly: My sources name 1 in season 2 so far"), text


def test_a_season_2_episode_moderators_wrote_up_cites_their_link_not_season_1s_recaps() -> None:
    card = cards.episode_card(_engine().knowledge, _shape(), S2E5)
    assert [ref.publisher for ref in card.sources] == ["netflix.com"]
    text, _ = render_text(_engine().answer("what happens in s2e5"), S2E5)
    assert "(netflix.com)" in text and "Decider" not in text and "TheReviewGeek" not in text
    assert text.startswith("Reportedly:"), "as sure as a moderator's addition, not the pack's official recaps"


def test_a_death_moderators_added_cites_their_link_not_the_casting_news() -> None:
    """Su-hyeok's added death was cited with the character's sources (Collider, TheReviewGeek ...)."""
    text, _ = render_text(_engine().answer("what happens to su-hyeok?"), S2E5)
    assert text == "Reportedly: Lee Su-hyeok (dies): Su-hyeok is shot on the bridge. (season 2, episode 5) (netflix.com)"


@table("question", ["who does lee do-hyun play", "who is lee do-hyun"])
def test_asking_of_the_newcomers_actor_hides_the_role_until_their_episode(question: str) -> None:
    text, _ = render_text(_engine().answer(question), S1E12)
    assert NEWCOMER in text and text.startswith("||") and text.endswith("||"), text


def test_a_description_that_could_mean_the_newcomer_does_not_name_them_before_their_episode() -> None:
    text, _ = render_text(_engine().answer("who is the new student"), S1E12)
    assert text == "That could mean several characters: So Ju-ran, Lee Jong-ah. Which one?"


def test_a_text_naming_the_newcomer_is_read_as_spoiling_their_episode() -> None:
    """Public replies hide what names them (the question echoed, a feed headline) until S2E3."""
    reads = newcomer_reader(_pack())
    for text in ("who is Kang Do-yun?", "kang doyun is so cool", "is do-yun a zombie"):
        assert reads(text) == S2E3, text
    assert reads("who is Jung Min-jae?") == NOTHING
    shared = apply_additions(bundled_pack(), [Addition(3, 1, "character", S2E3, URL, {
        "name": "Kang Min-jae", "summary": "A new student."}, state="approved")])
    assert newcomer_reader(shared)("Min-jae hides in the classroom") == NOTHING, "season 1's Jung Min-jae too"
    assert newcomer_reader(shared)("Kang Min-jae hides") == S2E3


def test_the_newcomers_own_card_hides_their_name_not_in_its_title() -> None:
    """An embed's title cannot hide a spoiler: the card of a newcomer is titled by what they are."""
    character = next(c for c in _pack().characters.values() if c.name == NEWCOMER)
    for card in (cards.character_card(_engine().knowledge, character), cards.cast_of_character_card(_engine().knowledge, character)):
        before = _text(card, S1E12)
        assert card.title == "A season 2 character" and f"||{NEWCOMER}||" in before and before.count(NEWCOMER) == 1
        assert f"Name:\n  {NEWCOMER}" in _text(card, S2E3)


def test_does_anyone_die_in_season_2_says_yes_behind_the_first_deaths_bars() -> None:
    text = render_text(_engine().answer("does anyone die in season 2"), S1E12)[0]
    assert text.startswith("||Reportedly: Yes. Who dies or turns in season 2"), text


def test_what_happens_to_someone_in_season_2_is_what_the_lore_tells_of_them_there() -> None:
    """It said "Nobody knows yet: ... my sources say nothing about what happens to anyone in it"."""
    answer = _engine().answer("what happens to su-hyeok in season 2")
    assert render_text(answer, S2E5)[0] == ("Reportedly: Season 2, episode 5, Su-hyeok: Su-hyeok is shot on the bridge. "
                                            "(netflix.com)")
    assert render_text(answer, S1E12)[0].startswith("||Reportedly: Season 2, episode 5")


def test_what_someone_does_in_a_season_2_episode_moderators_wrote_up_cites_their_link() -> None:
    text = render_text(_engine().answer("what does su-hyeok do in s2e5"), S2E5)[0]
    assert "(netflix.com)" in text and "Collider" not in text and text.startswith("Reportedly:"), text


@table("question", ["what does su-hyeok do in season 2", "where does su-hyeok go in s2"])
def test_what_someone_does_in_season_2_is_what_the_lore_tells_of_them_there(question: str) -> None:
    """It gave his season-1 card ("A former tough kid ...")."""
    assert render_text(_engine().answer(question), S2E5)[0].startswith("Reportedly: Season 2, episode 5, Su-hyeok:")


def test_a_card_with_a_fate_moderators_added_cites_their_link() -> None:
    card = cards.character_card(_engine().knowledge, _pack().characters["lee-su-hyeok"])
    assert card.sources[0].publisher == "netflix.com"


@table("question", ["who is the new one in s2e3", "who's the new guy in season 2 episode 3", "who is introduced in s2e3"])
def test_who_is_new_in_an_episode_names_the_newcomer_hidden_until_that_episode(question: str) -> None:
    answer = _engine().answer(question)
    before, _ = render_text(answer, S1E12)
    at, _ = render_text(answer, S2E3)
    said = f"Reportedly: New in season 2, episode 3: {NEWCOMER}."  # a moderator's link, as their facts are
    assert f"||{said}" in before and NEWCOMER not in before.split("||")[0], before
    assert at.startswith(said), at
