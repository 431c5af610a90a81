"""The event index (bot/content/events.yaml) as the content pack reads it: every event of every
episode, with its participants, place, names, position and sources; a broken event is named by file
and line."""

from __future__ import annotations

import re
import shutil
from pathlib import Path

from bot.lore.content import BUNDLED_DIR, bundled_pack, check_pack, load_pack
from bot.show import Position

FIXTURE = Path(__file__).parent / "fixtures" / "minimal"


def _normal(text: str) -> str:
    return " ".join(text.casefold().replace("-", " ").split())


# ---------------------------------------------------------------- the bundled index


def test_the_bundled_pack_reads_every_event_in_story_order() -> None:
    events = list(bundled_pack().events.values())
    assert len(events) >= 80
    assert [e.earliest for e in events] == sorted(e.earliest for e in events)


def test_an_event_id_names_its_episode_or_says_it_is_unpinned() -> None:
    for event in bundled_pack().events.values():
        if event.episode is not None:
            assert event.id.startswith(f"e{event.episode.episode:02d}-"), event.id
        else:
            assert event.id.startswith("ex-") and event.between is not None, event.id


def test_every_event_spoils_at_least_its_last_possible_episode() -> None:
    for event in bundled_pack().events.values():
        last = event.episode or (event.between[1] if event.between else None)
        assert last is not None and event.spoils >= last, event.id


def test_every_death_and_turn_of_the_episode_list_is_an_event_of_that_episode() -> None:
    pack = bundled_pack()
    present = {(e.episode, p.character) for e in pack.events.values() if e.episode for p in e.participants}
    missing = [(n, d.character) for n, ep in pack.episodes.items() for d in ep.deaths if (n, d.character) not in present]
    assert not missing, missing


def test_the_events_fans_ask_about_are_in_their_episode() -> None:
    by_name = {_normal(n): e.episode for e in bundled_pack().events.values() for n in e.names}
    assert by_name["the library scene"] == Position(1, 5) and by_name["the kiss"] == Position(1, 7)
    assert by_name["gwi nam becomes a halfbie"] == Position(1, 5) and by_name["the bombing"] == Position(1, 11)
    assert by_name["the goodbye kiss"] == Position(1, 11) and by_name["the rooftop fight"] == Position(1, 9)


def test_no_event_is_invented_where_no_source_records_one() -> None:
    # Fans ask about a class-president vote; no recap records one, so the index has none.
    assert not [e for e in bundled_pack().events.values() if re.search(r"\bvote", e.text, re.I)]


def test_every_event_cites_sources_of_the_pack() -> None:
    pack = bundled_pack()
    for event in pack.events.values():
        assert event.sources and set(event.sources) <= set(pack.sources), event.id


# ---------------------------------------------------------------- a pack's events.yaml


def _character_and_source(root: Path) -> tuple[str, str]:
    """A character id and a source id of the minimal pack."""
    characters = (root / "characters.yaml").read_text(encoding="utf-8")
    sources = (root / "sources.yaml").read_text(encoding="utf-8")
    character = re.search(r"- id: (\S+)", characters)
    source = re.search(r"- id: (\S+)", sources)
    assert character is not None and source is not None
    return character.group(1), source.group(1)


def test_a_pack_without_events_has_an_empty_index(tmp_path: Path) -> None:
    root = tmp_path / "pack"
    shutil.copytree(FIXTURE, root)
    assert not (root / "events.yaml").exists()
    assert load_pack(root).events == {}


def test_a_valid_event_is_read_with_its_participants(tmp_path: Path) -> None:
    root = tmp_path / "pack"
    shutil.copytree(FIXTURE, root)
    character, source = _character_and_source(root)
    (root / "events.yaml").write_text(
        "events:\n"
        "  - id: e02-a-bite\n"
        "    episode: 2\n"
        "    kind: bite\n"
        f"    participants: [{{character: {character}, role: victim}}]\n"
        "    place: library\n"
        "    names: [the bite]\n"
        "    text: Someone is bitten in the library.\n"
        "    spoils: 2\n"
        f"    sources: [{source}]\n"
        "    confidence: reported\n",
        encoding="utf-8",
    )
    event = load_pack(root).events["e02-a-bite"]
    assert event.episode == Position(1, 2) and event.place == "library" and event.names == ("the bite",)
    assert event.roles_of(character) == ("victim",) and event.confidence == "reported"


def test_a_broken_event_is_named_with_its_line(tmp_path: Path) -> None:
    root = tmp_path / "pack"
    shutil.copytree(FIXTURE, root)
    character, source = _character_and_source(root)
    (root / "events.yaml").write_text(
        "events:\n"
        "  - id: e05-too-early\n"          # line 2
        "    episode: 5\n"
        "    kind: kiss\n"
        f"    participants: [{{character: {character}, role: partner}}]\n"
        "    text: A kiss.\n"
        "    spoils: 3\n"                   # line 7: spoils less than its episode
        f"    sources: [{source}]\n"
        "    confidence: official\n"
        "  - id: ex-nowhere\n"              # line 10
        "    episode: null\n"
        "    kind: vote\n"                  # line 12: not a kind
        f"    participants: [{{character: nobody-at-all, role: victim}}]\n"  # line 13: unknown character
        "    text: A vote.\n"
        "    spoils: 12\n"
        f"    sources: [{source}]\n"
        "    confidence: official\n",
        encoding="utf-8",
    )
    problems = [str(p) for p in check_pack(root)]
    text = "\n".join(problems)
    assert re.search(r"events\.yaml:7: .*happens in S1E5 but spoils only S1E3", text), text
    assert re.search(r"events\.yaml:12: .*'vote' is not allowed", text), text
    assert re.search(r"events\.yaml:13: unknown character id 'nobody-at-all'", text), text
    assert re.search(r"events\.yaml:\d+: event 'ex-nowhere' has no episode, so it needs between", text), text


def test_the_bundled_pack_is_still_valid() -> None:
    assert check_pack(BUNDLED_DIR) == []
