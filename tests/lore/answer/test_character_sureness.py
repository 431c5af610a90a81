"""A character's own entry (who they are, their fate) is said only as sure as the fact sheet's row:
a row tagged [V1] (one source) is "Reportedly: ...", one tagged [U] is "Rumour: ...", as other facts
are; a verified row is stated plainly. Asked through `hyosan ask ... --json`, as members get it."""

from __future__ import annotations

import json

import pytest

from bot.lore.content import bundled_pack

# The fact sheet's cast rows (section 1) that are not verified, with the tag of who they are and
# of their fate: [V1] -> reported, [U] -> rumour. Every other season-1 row is [V] (official).
UNSURE = {
    "oh-joon-yeong": ("official", "reported"),  # row 23: [V1] episode (S31)
    "kim-cheol-su": ("official", "rumour"),  # row 24: [U] fate
    "min-eun-ji": ("rumour", "rumour"),  # row 25: [U]
    "jin-seon-moo": ("reported", "reported"),  # row 27: [V1], S36 only
    "jeon-ho-cheol": ("official", "rumour"),  # row 29: [U] fate
    "chang-hoon": ("reported", None),  # row 30: [V1]; no fate
}


def _ask(capsys: pytest.CaptureFixture[str], question: str, watched: int = 12) -> dict[str, object]:
    from bot.cli import main

    assert main(["ask", question, "--watched", str(watched), "--json"]) == 0
    result = json.loads(capsys.readouterr().out)
    assert isinstance(result, dict)
    return result


def _sources(result: dict[str, object]) -> list[str]:
    sources = result["sources"]
    assert isinstance(sources, list)
    return [s["publisher"] for s in sources]


def test_the_pack_tags_each_character_as_the_fact_sheet_does() -> None:
    pack = bundled_pack()
    for cid, character in pack.characters.items():
        who, fate = UNSURE.get(cid, ("official", "official"))
        assert character.confidence == who, cid
        if character.fate is not None:
            assert character.fate.confidence == fate, cid


@pytest.mark.parametrize("question", ["who ordered the bombing", "what happened to commander jin"])
def test_a_fate_only_one_source_tells_is_said_as_reported(capsys: pytest.CaptureFixture[str], question: str) -> None:
    result = _ask(capsys, question)
    assert result["confidence"] == "reported"
    assert "Reportedly: " in str(result["answer"])
    assert _sources(result) == ["Villains Wiki (Fandom)"]  # the one source that tells it, named


def test_who_a_single_source_character_is_is_said_as_reported(capsys: pytest.CaptureFixture[str]) -> None:
    result = _ask(capsys, "who is jin seon-moo")
    assert result["confidence"] == "reported"
    assert "Reportedly: Jin Seon-moo: The army commander" in str(result["answer"])


def test_a_verified_character_is_still_stated_plainly(capsys: pytest.CaptureFixture[str]) -> None:
    result = _ask(capsys, "who is nam on-jo")
    assert result["confidence"] == "official"
    assert not str(result["answer"]).startswith(("Reportedly", "Rumour"))


def test_an_episode_only_one_source_gives_names_that_source(capsys: pytest.CaptureFixture[str]) -> None:
    result = _ask(capsys, "how does joon-yeong die")
    assert result["confidence"] == "reported"
    assert "Reportedly: Oh Joon-yeong" in str(result["answer"])
    assert _sources(result) == ["Showbiz Cheat Sheet"]  # facts.md row 23: the episode is S31's


@pytest.mark.parametrize("question", ["what happened to cheol-su", "what happens to eun-ji"])
def test_an_unverified_fate_is_labelled_a_rumour(capsys: pytest.CaptureFixture[str], question: str) -> None:
    result = _ask(capsys, question)
    assert result["confidence"] == "rumour"
    assert "Rumour: " in str(result["answer"])


def test_denying_a_survival_only_one_source_tells_is_hedged(capsys: pytest.CaptureFixture[str]) -> None:
    answer = str(_ask(capsys, "how did commander jin survive")["answer"])
    assert "Reportedly, no: Commander Jin does not survive." in answer
    assert "false premise" not in answer  # said as sure only when the death is verified


def test_the_spoiler_of_a_reported_fate_is_kept(capsys: pytest.CaptureFixture[str]) -> None:
    result = _ask(capsys, "what happened to commander jin", watched=3)
    assert result["spoils_episode"] == 12
    assert str(result["answer"]).startswith("||")
