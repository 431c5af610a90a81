"""Cards: relationship lines read from the card owner's side, and keep their spoiler episodes."""

from __future__ import annotations

import dataclasses
import functools

from bot.lore import cards
from bot.lore.answer import AnswerEngine
from bot.lore.content import bundled_pack
from bot.show import NOTHING, EpisodeInfo, Position, ShowShape
from tests.lore.helpers import bundled_resolver

SHAPE = ShowShape.season_one()


@functools.cache
def _engine() -> AnswerEngine:
    return AnswerEngine.build(bundled_pack())


def _relationship_lines(character_id: str) -> dict[str, tuple[str, Position]]:
    engine = _engine()
    card = cards.character_card(engine.knowledge, engine.pack.characters[character_id])
    (section,) = [s for s in card.sections if s.name == "Relationships"]
    lines: dict[str, tuple[str, Position]] = {}
    for part in section.parts:
        name, _, text = part.text.partition(": ")
        lines[name] = (text, part.spoils)
    return lines


def test_a_relationship_line_says_who_the_other_character_is_to_the_owner() -> None:
    assert _relationship_lines("nam-on-jo")["Nam So-ju"] == ("On-jo's father", NOTHING)
    assert _relationship_lines("nam-so-ju")["Nam On-jo"] == ("So-ju's daughter", NOTHING)


def test_cheong_sans_mother_is_his_mother_on_his_card() -> None:
    text, _ = _relationship_lines("lee-cheong-san")["Cheong-san's mother"]
    assert text.startswith("his mother")
    assert _relationship_lines("cheong-san-mother")["Lee Cheong-san"] == ("her son", NOTHING)


def test_bonds_with_one_character_share_a_line() -> None:
    text, spoils = _relationship_lines("nam-on-jo")["Lee Cheong-san"]
    assert text.count(";") == 2 and "next-door neighbour" in text and spoils == NOTHING


def test_an_action_line_keeps_its_spoiler_episode() -> None:
    assert _relationship_lines("choi-nam-ra")["Jang Woo-jin"] == ("killed by Nam-ra after being bitten", Position(1, 12))
    assert _relationship_lines("jang-woo-jin")["Choi Nam-ra"] == ("ends Woo-jin's life after he is bitten", Position(1, 12))


def test_no_relationship_line_repeats_the_other_characters_name() -> None:
    engine = _engine()
    for character in engine.pack.characters.values():
        card = cards.character_card(engine.knowledge, character)
        for section in (s for s in card.sections if s.name == "Relationships"):
            for part in section.parts:
                name, _, text = part.text.partition(": ")
                assert not text.startswith(name), part.text


def test_the_cast_card_is_the_whole_cast_without_a_name_else_the_named_characters_or_actors() -> None:
    engine = _engine()
    assert cards.cast_card(engine.knowledge, None) == cards.cast_list_card(engine.knowledge)
    on_jo = engine.resolver.resolve("On-jo", ("character",)).entity
    assert on_jo is not None
    assert cards.cast_card(engine.knowledge, on_jo) == cards.cast_of_character_card(engine.knowledge, engine.pack.characters[on_jo.id])
    actor_id = engine.pack.characters[on_jo.id].actor
    assert actor_id is not None
    actor = engine.resolver.resolve(engine.pack.people[actor_id].name, ("person",)).entity
    assert actor is not None and actor.kind == "person"
    assert cards.cast_card(engine.knowledge, actor) == cards.person_card(engine.knowledge, engine.pack.people[actor_id])


def test_an_episode_card_cites_the_recaps_the_pack_names() -> None:
    engine = _engine()
    card = cards.episode_card(engine.knowledge, SHAPE, Position(1, 3))
    named = [engine.pack.sources[sid] for sid in engine.pack.show.recaps]
    assert named and [(s.publisher, s.title) for s in card.sources] == [(s.publisher, s.title) for s in named]


def test_an_episode_card_of_a_pack_without_recaps_cites_the_show_sources() -> None:
    pack = bundled_pack()
    bare = dataclasses.replace(pack, show=dataclasses.replace(pack.show, recaps=()))
    knowledge = AnswerEngine(bare, bundled_resolver(), index=None).knowledge
    assert cards.episode_card(knowledge, SHAPE, Position(1, 3)).sources == knowledge.show_refs()


def test_an_episode_card_is_titled_by_its_position_and_its_summary_spoils_it() -> None:
    engine = _engine()
    card = cards.episode_card(engine.knowledge, SHAPE, Position(1, 5))
    assert card.title == "Season 1, episode 5"
    summary = next(s for s in card.sections if s.name == "Summary")
    assert [p.spoils for p in summary.parts] == [Position(1, 5)]


def test_a_season_two_episode_the_pack_has_not_written_up_still_gets_a_card_with_its_title_hidden() -> None:
    engine = _engine()
    shape = ShowShape.season_one()
    shape.add_episodes(2, [EpisodeInfo(2, 1, "The Return"), EpisodeInfo(2, 2)])
    card = cards.episode_card(engine.knowledge, shape, Position(2, 1))
    assert card.title == "Season 2, episode 1"
    title = next(s for s in card.sections if s.name == "Title")
    assert [(p.text, p.spoils) for p in title.parts] == [("The Return", Position(2, 1))]
    text, _ = cards.render_card_text(card, Position(1, 12))
    assert "The Return" not in text.replace("||The Return||", "")
    shown, _ = cards.render_card_text(card, Position(2, 1))
    assert "  The Return" in shown


def test_an_episode_not_written_up_says_so_of_its_deaths_not_of_a_summary() -> None:
    engine = _engine()
    shape = ShowShape.season_one()
    shape.add_episodes(2, [EpisodeInfo(2, 1)])
    card = cards.episode_card(engine.knowledge, shape, Position(2, 1))
    (deaths,) = [s for s in card.sections if s.name == "Deaths and turns"]
    assert "summary" not in deaths.parts[0].text and "who dies or turns" in deaths.parts[0].text


def _fields(card: cards.Card) -> tuple[str, ...]:
    return tuple(section.name for section in card.sections)


def test_every_episode_has_the_same_fields_and_one_deaths_line_at_the_episodes_tag() -> None:
    engine = _engine()
    for position in SHAPE.positions():
        card = cards.episode_card(engine.knowledge, SHAPE, position)
        assert _fields(card) == ("Summary", "Deaths and turns"), position
        (deaths,) = [s for s in card.sections if s.name == "Deaths and turns"]
        assert len(deaths.parts) == 1 and deaths.parts[0].spoils == position


def test_an_episode_without_deaths_says_so_behind_the_same_bars() -> None:
    card = cards.episode_card(_engine().knowledge, SHAPE, Position(1, 7))
    (deaths,) = [s for s in card.sections if s.name == "Deaths and turns"]
    assert deaths.parts[0].text == cards.NO_DEATHS and deaths.parts[0].spoils == Position(1, 7)


def test_an_episode_not_written_up_yet_has_the_same_fields() -> None:
    shape = ShowShape.season_one()
    shape.add_episodes(2, [EpisodeInfo(2, 1)])
    card = cards.episode_card(_engine().knowledge, shape, Position(2, 1))
    assert _fields(card) == ("Summary", "Deaths and turns")


def test_the_seasons_of_a_season_one_character_spoil_the_end_of_season_one() -> None:
    engine = _engine()
    for character_id, spoils in (("nam-on-jo", Position(1, 12)), ("yoon-gwi-nam", Position(1, 12)), ("yong-ma-ru", NOTHING)):
        card = cards.character_card(engine.knowledge, engine.pack.characters[character_id])
        (seasons,) = [s for s in card.sections if s.name == "Seasons"]
        assert seasons.parts[0].spoils == spoils, character_id


def test_an_actors_notes_carry_their_tag() -> None:
    engine = _engine()
    card = cards.person_card(engine.knowledge, engine.pack.people["park-ji-hu"])
    (notes,) = [s for s in card.sections if s.name == "Notes"]
    assert "both seasons" in notes.parts[0].text and notes.parts[0].spoils == Position(1, 12)
