"""Moderators' additions applied to a content pack (bot/lore/additions.py)."""

from __future__ import annotations

import datetime as dt

import pytest

from bot.lore.additions import AdditionError, addition_questions, apply_additions, prepare
from bot.lore.content import bundled_pack
from bot.lore.model import Addition
from bot.lore.names import NameResolver
from bot.show import EpisodeInfo, Position, ShowShape
from tests.lore.helpers import bundled_resolver
from tests.table import table

NOW = dt.datetime(2026, 3, 1, tzinfo=dt.UTC)
S2E1, S2E3 = Position(2, 1), Position(2, 3)
URL = "https://www.netflix.com/tudum/x"


def added(id_: int, kind: str, spoils: Position, **fields: str) -> Addition:
    return Addition(id_, 1, kind, spoils, URL, fields, state="approved")  # type: ignore[arg-type]


def test_a_later_death_becomes_the_fate_and_an_earlier_one_does_not_replace_it() -> None:
    pack = bundled_pack()
    later = added(2, "death", S2E3, character_id="han-du-seok", death_kind="dies", text="Falls at the gate.")
    earlier = added(1, "death", S2E1, character_id="han-du-seok", death_kind="turns", text="Is bitten and turns.")
    out = apply_additions(pack, [later, earlier])
    fate = out.characters["han-du-seok"].fate
    assert fate is not None and (fate.status, fate.episode, fate.spoils) == ("dead", S2E3, S2E3)
    assert [d.text for d in out.episodes[S2E1].deaths] == ["Is bitten and turns."]
    assert out.sources["added-source-2"].url == URL
    assert pack.characters["han-du-seok"].fate is None, "the base pack is untouched"


def test_a_bite_alone_changes_no_fate() -> None:
    out = apply_additions(bundled_pack(), [added(1, "death", S2E1, character_id="han-du-seok", death_kind="bitten", text="Bitten.")])
    assert out.characters["han-du-seok"].fate is None and len(out.episodes[S2E1].deaths) == 1


def test_an_event_writes_the_episode_and_a_searchable_fact() -> None:
    out = apply_additions(bundled_pack(), [
        added(1, "event", S2E1, text="The school reopens.", character_ids="nam-on-jo"),
        added(2, "event", S2E1, text="A siren sounds."),
    ])
    assert out.episodes[S2E1].summary == "The school reopens. A siren sounds." and out.episodes[S2E1].spoils == S2E1
    assert out.facts["added-event-1"].keywords == ("Nam On-jo",)
    assert out.characters["nam-on-jo"].events[-1].episode == S2E1


def test_a_character_and_their_actor_join_the_pack() -> None:
    out = apply_additions(bundled_pack(), [added(7, "character", S2E1, name="Kang Ha-neul", actor="Kim Test", summary="A medic.")])
    character = out.characters["kang-ha-neul-x7"]
    assert (character.seasons, character.summary_spoils) == ((2,), S2E1)
    assert [c.id for c in out.characters_played_by("kim-test-x7")] == ["kang-ha-neul-x7"]


def test_pending_and_rejected_additions_change_nothing() -> None:
    pack = bundled_pack()
    pending = Addition(1, 1, "event", S2E1, URL, {"text": "x"})
    assert apply_additions(pack, [pending]) is pack


def test_a_question_keeps_its_answer_among_its_options_in_a_fixed_place() -> None:
    (question,) = addition_questions([added(3, "question", S2E1, question="Who?", answer="Du-seok", wrong="A;B;C")])
    assert sorted(question.choices) == ["A", "B", "C", "Du-seok"] and question.spoils == S2E1
    assert addition_questions([added(3, "question", S2E1, question="Who?", answer="Du-seok", wrong="A;B;C")])[0].choices == question.choices


def test_prepare_needs_a_known_episode_a_public_source_and_known_names() -> None:
    shape = ShowShape.season_one()
    shape.add_episodes(2, [EpisodeInfo(2, 1)])
    resolver = NameResolver.from_pack(bundled_pack())
    draft = prepare("event", {"text": " The gate opens ", "characters": "On-jo and Su-hyeok", "spoils": "2x01",
                              "source": URL}, resolver=resolver, shape=shape, now=NOW)
    assert draft.spoils == S2E1 and draft.fields["character_ids"] == "nam-on-jo,lee-su-hyeok"
    for bad in ({"spoils": "S2E2"}, {"source": "ftp://x.com"}, {"text": "   "}, {"characters": "Nobody Atall"}):
        with pytest.raises(AdditionError):
            prepare("event", {"text": "x", "spoils": "S2E1", "source": URL, **bad}, resolver=resolver, shape=shape, now=NOW)


def test_a_moderators_words_are_made_inert() -> None:
    shape = ShowShape.season_one()
    shape.add_episodes(2, [EpisodeInfo(2, 1)])
    resolver = NameResolver.from_pack(bundled_pack())
    draft = prepare("event", {"text": "@everyone see ||this|| [here](https://evil.com) `code`", "spoils": "S2E1",
                              "source": URL}, resolver=resolver, shape=shape, now=NOW)
    text = draft.fields["text"]
    assert "@everyone" not in text and "||" not in text and "](" not in text and "`" not in text


@table("name", ["Kang Min-jae", "Min-jae Kang", "Cho Nam-ra"])
def test_a_new_character_sharing_a_given_name_under_another_family_name_is_added(name: str) -> None:
    """Season 2's new student "Kang Min-jae" is not season 1's Jung Min-jae (was refused as him)."""
    shape = ShowShape.season_one()
    shape.add_episodes(2, [EpisodeInfo(2, 1)])
    draft = prepare("character", {"name": name, "summary": "A new student.", "spoils": "S2E1", "source": URL},
                    resolver=bundled_resolver(), shape=shape, now=NOW)
    assert draft.fields["name"] == name


@table("name", ["Jeong Min-jae", "Lee Su-hyuk", "Jung Minjae"])
def test_a_spelling_of_a_known_character_is_still_refused(name: str) -> None:
    shape = ShowShape.season_one()
    shape.add_episodes(2, [EpisodeInfo(2, 1)])
    with pytest.raises(AdditionError, match="is already a character"):
        prepare("character", {"name": name, "summary": "Back.", "spoils": "S2E1", "source": URL},
                resolver=bundled_resolver(), shape=shape, now=NOW)
