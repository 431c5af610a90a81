"""Questions generated from the lore content pack."""

from __future__ import annotations

from bot.lore.content import bundled_pack
from bot.lore.content.model import ContentPack
from bot.show import NOTHING, EpisodeInfo, Position, ShowShape
from bot.trivia.bank import generated_questions as _generated
from bot.trivia.matching import AnswerMatcher
from bot.trivia.model import Question

SHAPE = ShowShape.season_one()


def generated_questions(pack: ContentPack, shape: ShowShape = SHAPE) -> tuple[Question, ...]:
    return _generated(pack, shape)


def by_id() -> dict[str, object]:
    return {q.id: q for q in generated_questions(bundled_pack())}


def test_generation_is_deterministic() -> None:
    pack = bundled_pack()
    assert generated_questions(pack) == generated_questions(pack)


def test_ids_are_unique_and_prefixed() -> None:
    questions = generated_questions(bundled_pack())
    assert len(questions) >= 40
    assert len({q.id for q in questions}) == len(questions)
    assert all(q.id.startswith("gen-") and q.list_name == "generated" for q in questions)


def test_who_plays_question_has_actor_options_and_is_spoiler_free() -> None:
    pack = bundled_pack()
    questions = {q.id: q for q in generated_questions(pack)}
    q = questions["gen-actor-nam-on-jo"]
    assert q.text == "Who plays Nam On-jo?"
    assert q.answers[0] == "Park Ji-hu" and q.spoils == NOTHING
    actor_names = {p.name for p in pack.people.values()}
    assert len(q.choices) == 4 and set(q.choices) <= actor_names and "Park Ji-hu" in q.choices


def test_role_question_has_character_options() -> None:
    pack = bundled_pack()
    q = {q.id: q for q in generated_questions(pack)}["gen-role-park-ji-hu"]
    character_names = {c.name for c in pack.characters.values()}
    assert q.answers[0] == "Nam On-jo" and set(q.choices) <= character_names


def test_fate_question_spoils_its_episode_and_offers_episode_numbers() -> None:
    pack = bundled_pack()
    questions = {q.id: q for q in generated_questions(pack)}
    q = questions["gen-fate-nam-so-ju"]
    fate = pack.characters["nam-so-ju"].fate
    assert fate is not None and fate.episode is not None
    assert q.text == "In which episode of season 1 does Nam So-ju die?"
    assert q.answers[0] == str(fate.episode.episode) and str(fate.episode) in q.answers
    assert q.spoils >= fate.episode and q.spoils >= fate.spoils
    assert all(c.isdigit() and SHAPE.contains(Position(1, int(c))) for c in q.choices)


def test_every_fate_and_relationship_question_inherits_the_spoilers_it_uses() -> None:
    pack = bundled_pack()
    for q in generated_questions(pack):
        if q.id.startswith("gen-fate-"):
            character = pack.characters[q.id.removeprefix("gen-fate-")]
            assert character.fate is not None
            assert q.spoils >= max(character.fate.spoils, character.fate.episode or NOTHING)
            if "halfbie" in q.text:
                assert q.spoils >= Position(1, 9)


def test_relationship_question_uses_the_relationship_spoiler() -> None:
    pack = bundled_pack()
    q = {q.id: q for q in generated_questions(pack)}["gen-bitten-by-choi-nam-ra"]
    relation = next(r for r in pack.relationships_of("choi-nam-ra") if r.type == "bitten_by")
    assert q.text == "Who bites Choi Nam-ra?"
    assert q.answers[0] == "Yoon Gwi-nam" and q.spoils == relation.spoils > NOTHING
    assert "Choi Nam-ra" not in q.choices


def test_descriptions_are_never_answers() -> None:
    assert all("'s " not in q.answers[0] for q in generated_questions(bundled_pack()))


def test_generated_answers_match_themselves_and_options_are_distinct() -> None:
    matcher = AnswerMatcher()
    for q in generated_questions(bundled_pack()):
        assert matcher.match(q.answers[0], q).verdict == "correct", q.id
        assert not q.choices or (len(set(q.choices)) == 4 and q.answers[0] in q.choices), q.id


def test_relationship_explanation_is_told_from_the_answers_side() -> None:
    q = {q.id: q for q in generated_questions(bundled_pack())}["gen-child-of-nam-on-jo"]
    assert q.answers[0] == "Nam So-ju"
    assert q.explanation == "Nam So-ju \u2014 On-jo's father"


def test_no_relationship_question_names_its_answer_in_the_question() -> None:
    for q in generated_questions(bundled_pack()):
        assert not any(a.casefold() in q.text.casefold() for a in q.answers if len(a) > 3), q.text


def test_a_season_two_fate_question_offers_episodes_of_season_two_and_spoils_its_episode() -> None:
    import dataclasses

    pack = bundled_pack()
    so_ju = pack.characters["nam-so-ju"]
    assert so_ju.fate is not None
    fate = dataclasses.replace(so_ju.fate, episode=Position(2, 3), spoils=Position(2, 3))
    pack = dataclasses.replace(pack, characters=dict(pack.characters) | {so_ju.id: dataclasses.replace(so_ju, fate=fate)})
    shape = ShowShape.season_one()
    shape.add_episodes(2, [EpisodeInfo(2, n) for n in range(1, 7)])
    q = {q.id: q for q in generated_questions(pack, shape)}["gen-fate-nam-so-ju"]
    assert q.text == "In which episode of season 2 does Nam So-ju die?"
    assert q.answers[0] == "3" and "S2E3" in q.answers and q.spoils == Position(2, 3)
    assert "3" in q.choices and all(c.isdigit() and 1 <= int(c) <= 6 for c in q.choices)


def test_a_fate_in_an_episode_the_shape_does_not_have_gives_no_question() -> None:
    import dataclasses

    pack = bundled_pack()
    so_ju = pack.characters["nam-so-ju"]
    assert so_ju.fate is not None
    fate = dataclasses.replace(so_ju.fate, episode=Position(2, 3), spoils=Position(2, 3))
    pack = dataclasses.replace(pack, characters=dict(pack.characters) | {so_ju.id: dataclasses.replace(so_ju, fate=fate)})
    assert "gen-fate-nam-so-ju" not in {q.id for q in generated_questions(pack)}


def test_a_source_line_never_carries_its_pages_title() -> None:
    """scen48: "Ham Sung-min plays Han Gyeong-su. Source: AdoroCinema (translation), Who dies and who survives in
    All of Us Are Dead" in a spoiler-free channel: the title tells that Gyeong-su's fate is in it."""
    pack = bundled_pack()
    titles = {s.title for s in pack.sources.values() if s.title}
    assert not [q.source for q in generated_questions(pack) if q.source and any(t in q.source for t in titles)]
    assert by_id()["gen-actor-han-gyeong-su"].source == "AdoroCinema (translation)"
