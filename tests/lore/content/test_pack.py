"""The show content pack (bot/lore/content): the bundled pack is valid and complete; broken packs name file and line."""

from __future__ import annotations

import shutil
from dataclasses import dataclass
from pathlib import Path

import pytest

from bot.lore.content import (
    BUNDLED_DIR,
    CLAIM_MILESTONES,
    ContentError,
    Problem,
    bundled_pack,
    check_pack,
    load_pack,
)
from bot.show import NOTHING, EpisodeInfo, Position, ShowShape

FIXTURE = Path(__file__).parent / "fixtures" / "minimal"


# ---------------------------------------------------------------- the bundled pack


def test_bundled_pack_loads_and_is_valid() -> None:
    assert check_pack(BUNDLED_DIR) == []
    pack = bundled_pack()
    assert sorted(pack.episodes) == [Position(1, n) for n in range(1, 13)]


def test_bundled_pack_is_loaded_once() -> None:
    assert bundled_pack() is bundled_pack()


def test_every_character_actor_is_a_person() -> None:
    pack = bundled_pack()
    for character in pack.characters.values():
        if character.actor is not None:
            assert character.actor in pack.people, character.id


def test_every_claim_fact_and_character_has_a_known_source() -> None:
    pack = bundled_pack()
    for claim in pack.claims.values():
        assert claim.source in pack.sources
    for fact in pack.facts.values():
        assert fact.sources and set(fact.sources) <= set(pack.sources)
    for character in pack.characters.values():
        assert character.sources and set(character.sources) <= set(pack.sources)


def test_the_main_cast_is_present_with_actors() -> None:
    pack = bundled_pack()
    expected = {
        "nam-on-jo": "park-ji-hu",
        "lee-cheong-san": "yoon-chan-young",
        "choi-nam-ra": "cho-yi-hyun",
        "lee-su-hyeok": "lomon",
        "yoon-gwi-nam": "yoo-in-soo",
        "lee-na-yeon": "lee-yoo-mi",
        "yang-dae-su": "im-jae-hyuk",
        "jang-ha-ri": "ha-seung-ri",
        "park-mi-jin": "lee-eun-saem",
        "seo-hyo-ryeong": "kim-bo-yoon",
        "lee-byeong-chan": "kim-byung-chul",
        "nam-so-ju": "jeon-bae-soo",
        "song-jae-ik": "lee-kyu-hyung",
    }
    for character_id, person_id in expected.items():
        assert pack.characters[character_id].actor == person_id


def test_season_two_cast_is_present() -> None:
    pack = bundled_pack()
    for person in ("lee-min-jae", "kim-si-eun", "yoon-ga-i", "roh-jae-won"):
        (character,) = pack.characters_played_by(person)
        assert character.seasons == (2,)


def test_articles_misspellings_are_recorded() -> None:
    pack = bundled_pack()
    spellings = {m for p in pack.people.values() for m in p.misspellings}
    spellings |= {m for c in pack.characters.values() for m in c.misspellings}
    for typo in ("I'm Jae-hyuk", "Lee Eun-same", "Yoon Cha-yeong", "Su-hook", "Choi Nam-are", "Hyo-Kyung"):
        assert typo in spellings


def test_show_titles_and_crew() -> None:
    pack = bundled_pack()
    assert pack.show.titles.korean == "지금 우리 학교는"
    assert pack.show.episode_count == 12
    assert pack.show.premiere == "2022-01-28"
    assert set(pack.show.directors) == {"lee-jae-kyoo", "kim-nam-su"}
    assert pack.people[pack.show.webtoon.author].name == "Joo Dong-geun"


def test_renewal_anchor_is_official() -> None:
    renewals = [c for c in bundled_pack().claims.values() if c.milestone == "renewed" and c.confidence == "official"]
    assert [c.date for c in renewals] == ["2022-06-06"]


def test_production_start_anchor_is_official() -> None:
    starts = [
        c
        for c in bundled_pack().claims.values()
        if c.date == "2025-07-23" and c.milestone == "filming" and c.confidence == "official"
    ]
    assert len(starts) == 1 and starts[0].standing == "standing"


def test_september_2022_filming_rumour_is_refuted() -> None:
    pack = bundled_pack()
    (rumour,) = [c for c in pack.claims.values() if c.date == "2022-09" and c.milestone == "filming"]
    assert rumour.confidence == "rumour"
    assert rumour.standing == "refuted"
    assert rumour.refuted_by in pack.claims


def test_filming_wrap_has_two_independent_reports() -> None:
    wraps = [c for c in bundled_pack().claims.values() if c.milestone == "filming_wrapped"]
    assert len({c.source for c in wraps}) >= 2
    assert {c.confidence for c in wraps} == {"reported"}
    assert {c.date for c in wraps} <= {"2026-02-18", "2026-02-19"}


def test_only_the_two_netflix_statements_are_official_season_two_milestones() -> None:
    official = {
        (c.date, c.milestone)
        for c in bundled_pack().claims.values()
        if c.season == 2 and c.confidence == "official" and c.milestone is not None
    }
    assert official == {("2022-06-06", "renewed"), ("2025-07-23", "filming"), ("2025-07-23", "casting")}


def test_season_one_claims_carry_no_milestone() -> None:
    for claim in bundled_pack().claims.values():
        if claim.season == 1:
            assert claim.milestone is None, claim.id


def test_wrong_article_claims_are_refuted() -> None:
    pack = bundled_pack()
    for claim_id in (
        "a000-production-started",
        "a000-everyone-dead",
        "a000-virus-japan",
        "a000-release-2023",
        "a002-release-late-2024",
        "a003-filming-mid-2021",
        "a004-release-2024",
        "a001-release-2024-or-2025",
    ):
        claim = pack.claims[claim_id]
        assert claim.standing == "refuted"
        assert claim.refuted_by in pack.claims
        assert claim.source.startswith("article-")


def test_all_five_articles_are_sources() -> None:
    pack = bundled_pack()
    for n in range(5):
        assert f"article-00{n}" in pack.sources
    assert pack.sources["article-000"].publisher == "trendingnewsbuzz"
    assert pack.sources["article-002"].publisher == "Web News Observer"


def test_episode_deaths_refer_to_characters_and_spoil_their_episode() -> None:
    pack = bundled_pack()
    for position, episode in pack.episodes.items():
        assert episode.spoils == position == episode.position
        for death in episode.deaths:
            assert death.character in pack.characters


def test_fates_never_spoil_less_than_their_episode() -> None:
    for character in bundled_pack().characters.values():
        fate = character.fate
        if fate is not None and fate.episode is not None:
            assert fate.spoils >= fate.episode, character.id


def test_pack_has_at_least_sixty_facts() -> None:
    assert len(bundled_pack().facts) >= 60


def test_milestones_use_known_values() -> None:
    for claim in bundled_pack().claims.values():
        assert claim.milestone is None or claim.milestone in CLAIM_MILESTONES


# ---------------------------------------------------------------- derived relationships


def test_inverse_relationship_is_derived() -> None:
    pack = bundled_pack()
    (daughter,) = [r for r in pack.relationships_of("nam-on-jo") if r.target == "nam-so-ju"]
    assert daughter.type == "child_of"
    assert daughter.derived
    assert daughter.text == "So-ju's daughter"
    assert daughter.spoils == NOTHING


def test_counterpart_is_the_same_bond_from_the_other_side() -> None:
    pack = bundled_pack()
    (daughter,) = [r for r in pack.relationships_of("nam-on-jo") if r.target == "nam-so-ju"]
    father = pack.counterpart(daughter)
    assert father is not None and (father.source, father.type, father.text) == ("nam-so-ju", "parent_of", "On-jo's father")
    assert pack.counterpart(father) == daughter


def test_written_relationship_is_not_marked_derived() -> None:
    pack = bundled_pack()
    (father,) = [r for r in pack.relationships_of("nam-so-ju") if r.target == "nam-on-jo"]
    assert (father.type, father.derived, father.text) == ("parent_of", False, "On-jo's father")


def test_spoiling_relationship_keeps_its_episode_in_both_directions() -> None:
    pack = bundled_pack()
    (killed,) = [r for r in pack.relationships_of("choi-nam-ra") if r.type == "killed"]
    (killed_by,) = [r for r in pack.relationships_of("jang-woo-jin") if r.type == "killed_by"]
    assert killed.spoils == killed_by.spoils == Position(1, 12)
    assert killed_by.target == "choi-nam-ra"


def test_derived_text_falls_back_to_a_template(tmp_path: Path) -> None:
    pack = load_pack(FIXTURE)
    (killed_by,) = [r for r in pack.relationships_of("other-char") if r.type == "killed_by"]
    assert killed_by.text == "killed by Parent"
    assert pack.characters["child-char"].short_name == "Child"


# ---------------------------------------------------------------- broken packs


def _broken(tmp_path: Path, file: str, old: str, new: str) -> Path:
    pack = tmp_path / "pack"
    shutil.copytree(FIXTURE, pack)
    text = (pack / file).read_text(encoding="utf-8")
    assert old in text, old
    (pack / file).write_text(text.replace(old, new, 1), encoding="utf-8")
    return pack


def _line_of(pack: Path, file: str, needle: str, occurrence: int = 1) -> int:
    lines = (pack / file).read_text(encoding="utf-8").splitlines()
    hits = [i + 1 for i, line in enumerate(lines) if needle in line]
    return hits[occurrence - 1]


def _only(problems: list[Problem]) -> Problem:
    assert len(problems) == 1, [str(p) for p in problems]
    return problems[0]


def test_fixture_pack_is_valid() -> None:
    assert check_pack(FIXTURE) == []


@dataclass(frozen=True)
class Broken:
    """One edit that breaks the fixture pack, and the one problem it must give."""

    file: str
    old: str
    new: str
    message: str  # part of the problem's message
    line_of: str | None = None  # the problem's line holds this text (its n-th occurrence) ...
    occurrence: int = 1


BROKEN: dict[str, Broken] = {
    "unknown_key_names_file_and_line": Broken(
        "people.yaml", "    roles: [director]\n", "    roles: [director]\n    role: boss\n", "unknown key 'role'", "role: boss"
    ),
    "duplicate_id_names_file_and_line": Broken(
        "facts.yaml", "  - id: fact-two", "  - id: fact-one", "duplicate id 'fact-one'", "id: fact-one", occurrence=2
    ),
    "duplicate_id_across_kinds_is_reported": Broken(
        "facts.yaml", "  - id: fact-two", "  - id: actor-two", "duplicate id 'actor-two' (a person)"
    ),
    "duplicate_yaml_key_names_file_and_line": Broken(
        "show.yaml", "  rating: TV-MA\n", "  rating: TV-MA\n  rating: 15\n", "duplicate key 'rating'", "rating: 15"
    ),
    "dangling_actor_reference_names_file_and_line": Broken(
        "characters.yaml", "actor: actor-two", "actor: nobody-at-all", "unknown person id 'nobody-at-all'",
        "actor: nobody-at-all",
    ),
    "dangling_relationship_target_is_reported": Broken(
        "characters.yaml", "target: other-char", "target: ghost-char", "unknown character id 'ghost-char'",
        "target: ghost-char",
    ),
    "reference_to_the_wrong_kind_is_dangling": Broken(
        "characters.yaml", "actor: actor-two", "actor: child-char", "unknown person id 'child-char'"
    ),
    "spoils_outside_range_is_rejected": Broken(
        "facts.yaml", "    spoils: 12\n", "    spoils: 14\n", "S1E14 (season 1, episode 14) is not in the show", "spoils: 14"
    ),
    "spoils_of_episode_99_names_the_episode_typed": Broken(  # the highest code: never "all of season 1"
        "facts.yaml", "    spoils: 12\n", "    spoils: 99\n", "S1E99 (season 1, episode 99) is not in the show", "spoils: 99"
    ),
    "fact_without_source_is_rejected": Broken(
        "facts.yaml", "    sources: [src-b]\n", "    sources: []\n", "sources: must not be empty", "sources: []"
    ),
    "fact_missing_sources_key_is_rejected": Broken(
        "facts.yaml", "    sources: [src-b]\n", "", "missing required key 'sources'", "id: fact-two"
    ),
    "refuted_claim_without_refuted_by_is_rejected": Broken(
        "claims.yaml", "    refuted_by: claim-renewed\n", "", "refuted but has no refuted_by", "id: claim-rumour"
    ),
    "dangling_refuted_by_is_rejected": Broken(
        "claims.yaml", "refuted_by: claim-renewed", "refuted_by: claim-nowhere", "unknown claim id 'claim-nowhere'"
    ),
    "bad_confidence_value_is_rejected": Broken(
        "claims.yaml", "confidence: official", "confidence: certain", "'certain' is not allowed"
    ),
    "bad_milestone_value_is_rejected": Broken(
        "claims.yaml", "milestone: renewed", "milestone: greenlit", "'greenlit' is not allowed"
    ),
    "bad_fate_status_is_rejected": Broken("characters.yaml", "status: alive", "status: undead", "'undead' is not allowed"),
    "bad_fate_confidence_is_rejected": Broken(
        "characters.yaml", "      status: alive\n", "      status: alive\n      confidence: likely\n", "'likely' is not allowed",
        "confidence: likely",
    ),
    "bad_character_confidence_is_rejected": Broken(
        "characters.yaml", "actor: actor-two", "actor: actor-two\n    confidence: sure", "'sure' is not allowed",
        "confidence: sure",
    ),
    "a_fate_source_must_be_a_source": Broken(
        "characters.yaml", "      status: alive\n", "      status: alive\n      sources: [src-z]\n",
        "unknown source id 'src-z'", "sources: [src-z]",
    ),
    "bad_date_is_rejected": Broken("claims.yaml", 'date: "2022-09"', 'date: "2022-13"', "bad date", "2022-13"),
    "wrong_type_is_rejected": Broken(
        "show.yaml", "episode_count: 12", "episode_count: twelve", "expected an integer"
    ),
    "episode_count_must_match_the_shape_of_the_show": Broken(
        "show.yaml", "episode_count: 12", "episode_count: 8", "does not match the show's shape", "episode_count: 8"
    ),
    "recaps_must_be_sources": Broken(
        "show.yaml", "  sources: [src-a]", "  recaps: [src-z]\n  sources: [src-a]", "unknown source id 'src-z'",
        "recaps: [src-z]",
    ),
}


@pytest.mark.parametrize("case", BROKEN.values(), ids=BROKEN.keys())
def test_a_broken_pack_gives_one_problem_naming_file_line_and_cause(tmp_path: Path, case: Broken) -> None:
    pack = _broken(tmp_path, case.file, case.old, case.new)
    problem = _only(check_pack(pack))
    assert problem.path == str(pack / case.file)
    if case.line_of is not None:
        assert problem.line == _line_of(pack, case.file, case.line_of, case.occurrence)
    assert case.message in problem.message


@pytest.mark.parametrize("number", [13, 99])  # 99, the highest code: the episode typed, never "all of season 1"
def test_an_episode_past_the_season_is_rejected(tmp_path: Path, number: int) -> None:
    pack = _broken(tmp_path, "episodes.yaml", "  - number: 12\n    spoils: 12", f"  - number: {number}\n    spoils: 12")
    problems = check_pack(pack)
    line = _line_of(pack, "episodes.yaml", f"number: {number}")
    assert any(
        p.path == str(pack / "episodes.yaml") and p.line == line
        and f"episode S1E{number} (season 1, episode {number}) is not in the show" in p.message
        for p in problems
    ), [str(p) for p in problems]
    assert any("missing episodes: S1E12" in p.message for p in problems)


def test_unquoted_date_is_accepted(tmp_path: Path) -> None:
    pack = _broken(tmp_path, "claims.yaml", 'date: "2022-06-06"', "date: 2022-06-06")
    assert load_pack(pack).claims["claim-renewed"].date == "2022-06-06"


def test_missing_file_is_reported(tmp_path: Path) -> None:
    pack = tmp_path / "pack"
    shutil.copytree(FIXTURE, pack)
    (pack / "claims.yaml").unlink()
    problem = _only(check_pack(pack))
    assert problem == Problem(str(pack / "claims.yaml"), None, "file is missing")
    assert str(problem) == f"{pack / 'claims.yaml'}: file is missing"


def test_yaml_syntax_error_names_the_line(tmp_path: Path) -> None:
    pack = _broken(tmp_path, "facts.yaml", "    text: A fact.\n", "    text: [unclosed\n")
    problem = _only(check_pack(pack))
    assert problem.path == str(pack / "facts.yaml")
    assert problem.line is not None
    assert "YAML syntax error" in problem.message


def test_all_problems_are_reported_at_once(tmp_path: Path) -> None:
    pack = _broken(tmp_path, "facts.yaml", "confidence: official", "confidence: sure")
    text = (pack / "people.yaml").read_text(encoding="utf-8")
    (pack / "people.yaml").write_text(text.replace("roles: [actor]", "roles: [actor]\n    age: 30", 1), encoding="utf-8")
    with pytest.raises(ContentError) as info:
        load_pack(pack)
    files = {Path(p.path).name for p in info.value.problems}
    assert files == {"facts.yaml", "people.yaml"}
    assert str(info.value).count("\n") == 1


def test_problem_renders_as_path_line_message() -> None:
    assert str(Problem("a/b.yaml", 7, "bad")) == "a/b.yaml:7: bad"


def test_claims_that_reveal_the_plot_carry_spoils() -> None:
    pack = bundled_pack()
    assert pack.claims["s1-survivors"].spoils == Position(1, 12)
    assert pack.claims["a000-everyone-dead"].spoils == Position(1, 12)
    # The renewal was announced by four actors whose return gives away who outlives season 1.
    assert pack.claims["s2-renewed"].spoils == Position(1, 12)
    assert pack.claims["s2-director-hopes-2022-02"].spoils == NOTHING


def test_claim_spoils_outside_range_is_rejected(tmp_path: Path) -> None:
    pack = _broken(tmp_path, "claims.yaml", "    milestone: renewed\n", "    milestone: renewed\n    spoils: 13\n")
    problem = _only(check_pack(pack))
    assert problem.line == _line_of(pack, "claims.yaml", "spoils: 13")


# ---------------------------------------------------------------- positions


def _season_two(count: int = 8) -> ShowShape:
    shape = ShowShape.season_one()
    shape.add_episodes(2, [EpisodeInfo(2, n) for n in range(1, count + 1)])
    return shape


@pytest.mark.parametrize("written", ["S1E12", "s1e12", "1x12", "season 1 episode 12", "12"])
def test_spoils_is_a_bare_number_for_season_one_or_a_position(tmp_path: Path, written: str) -> None:
    pack = load_pack(_broken(tmp_path, "facts.yaml", "    spoils: 12\n", f"    spoils: {written}\n"))
    assert {f.spoils for f in pack.facts.values()} >= {Position(1, 12)}


def test_a_season_two_spoiler_needs_a_shape_that_knows_season_two(tmp_path: Path) -> None:
    pack = _broken(tmp_path, "facts.yaml", "    spoils: 12\n", "    spoils: S2E3\n")
    problem = _only(check_pack(pack))
    assert problem.line == _line_of(pack, "facts.yaml", "spoils: S2E3")
    assert "S2E3 (season 2, episode 3) is not in the show (season 2 is not known)" in problem.message
    assert check_pack(pack, _season_two()) == []
    assert Position(2, 3) in {f.spoils for f in load_pack(pack, _season_two()).facts.values()}


@pytest.mark.parametrize("written", ["S2E9", "s3e1", "0x1", "soon"])
def test_a_spoils_position_the_show_does_not_have_is_reported_with_its_line(tmp_path: Path, written: str) -> None:
    pack = _broken(tmp_path, "facts.yaml", "    spoils: 12\n", f"    spoils: {written}\n")
    problem = _only(check_pack(pack, _season_two()))
    assert problem.line == _line_of(pack, "facts.yaml", f"spoils: {written}")
    assert "spoils" in problem.message


def test_a_season_two_episode_record_is_keyed_by_its_position(tmp_path: Path) -> None:
    root = tmp_path / "pack"
    shutil.copytree(FIXTURE, root)
    text = (root / "episodes.yaml").read_text(encoding="utf-8")
    (root / "episodes.yaml").write_text(
        text.rstrip("\n") + "\n  - season: 2\n    number: 1\n    spoils: S2E1\n    title: The Return\n"
        "    summary: Season two begins.\n",
        encoding="utf-8",
    )
    loaded = load_pack(root, _season_two())
    episode = loaded.episodes[Position(2, 1)]
    assert (episode.title, episode.spoils, episode.summary) == ("The Return", Position(2, 1), "Season two begins.")
    # Against season 1 alone, the record names an episode the show does not have (yet).
    assert [(p.line, p.message) for p in check_pack(root)] == [
        (_line_of(root, "episodes.yaml", "season: 2") + 1, "episode S2E1 (season 2, episode 1) is not in the show"),
        (_line_of(root, "episodes.yaml", "spoils: S2E1"),
         "episodes[12].spoils: S2E1 (season 2, episode 1) is not in the show (season 2 is not known)"),
    ]


def test_an_episode_record_must_spoil_itself(tmp_path: Path) -> None:
    pack = _broken(tmp_path, "episodes.yaml", "  - number: 12\n    spoils: 12", "  - number: 12\n    spoils: 11")
    problem = _only(check_pack(pack))
    assert "episode S1E12: spoils must be the episode itself (S1E12)" in problem.message
