"""Spoiler tags checked against each other: `hyosan content check` fails a text that gives away
more than its tag, with the file and line (bot/lore/content/tags.py)."""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest

from bot.cli import main
from bot.lore.content import BUNDLED_DIR, check_pack, load_pack


def _copy(tmp_path: Path) -> Path:
    pack = tmp_path / "pack"
    shutil.copytree(BUNDLED_DIR, pack)
    return pack


def _edit(path: Path, old: str, new: str) -> int:
    """Replace `old` once and return the line it is on."""
    text = path.read_text(encoding="utf-8")
    assert text.count(old) == 1, old
    path.write_text(text.replace(old, new), encoding="utf-8")
    first = new.strip().splitlines()[0]
    return next(i + 1 for i, row in enumerate(path.read_text(encoding="utf-8").splitlines()) if first in row)


def test_the_bundled_pack_passes_the_tag_check() -> None:
    assert check_pack(BUNDLED_DIR) == []


def test_a_safe_fact_that_says_who_dies_fails_the_check_with_its_line(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    pack = _copy(tmp_path)
    facts = pack / "facts.yaml"
    line = _edit(facts, "text: Season 1 has 12 episodes.", "text: Season 1 has 12 episodes, and Cheong-san dies.")
    assert main(["content", "check", str(pack)]) == 1
    out = capsys.readouterr().out.strip().splitlines()
    assert out == [
        f"{facts}:{line}: fact 'episode-count' is tagged 0 but gives away S1E11 (Cheong-san + dies): "
        "tag it spoils: S1E11 or later"
    ]


def test_the_check_accepts_the_fact_once_its_tag_covers_it(tmp_path: Path) -> None:
    pack = _copy(tmp_path)
    facts = pack / "facts.yaml"
    text = facts.read_text(encoding="utf-8")
    start = text.index("  - id: episode-count")
    block = text[start:text.index("\n\n", start)]
    fixed = block.replace("Season 1 has 12 episodes.", "Season 1 has 12 episodes, and Cheong-san dies.").replace(
        "spoils: 0", "spoils: S1E11")
    facts.write_text(text.replace(block, fixed), encoding="utf-8")
    assert check_pack(pack) == []


# One text of each kind, edited to give away more than its tag: (file, old, new, what the problem names).
EDITS = [
    ("characters.yaml", 'text: "Cheong-san\'s next-door neighbour"', 'text: "Cheong-san\'s neighbour, who survives"',
     "relationship of 'nam-on-jo'"),
    ("people.yaml", "notes: Plays Choi Nam-ra in both seasons.\n    notes_spoils: 12",
     "notes: Plays Choi Nam-ra in both seasons.", "notes of 'cho-yi-hyun'"),
    ("sources.yaml", "title: Do Cheong-san and Lee Na-yeon die in All of Us Are Dead\n"
     "    url: \"https://fictionhorizon.com/do-cheong-san-lee-na-yeon-die-in-all-of-us-are-dead/\"\n"
     "    date: null\n    spoils: 11",
     "title: Do Cheong-san and Lee Na-yeon die in All of Us Are Dead\n"
     "    url: \"https://fictionhorizon.com/do-cheong-san-lee-na-yeon-die-in-all-of-us-are-dead/\"\n"
     "    date: null", "title of source 's34-fictionhorizon'"),
    ("characters.yaml", "text: Captain of the school archery club.\n      spoils: 5",
     "text: Captain of the school archery club.\n      spoils: 0", "summary of 'jang-ha-ri'"),
]


def test_every_kind_of_tagged_text_is_checked(tmp_path: Path) -> None:
    """All the edits in one copy of the pack, checked once (a check reads every text of the pack:
    0.8 CPU-s, once per edit when each had a copy of its own): each edited text is named once, with its
    file and line, and nothing else is."""
    pack = _copy(tmp_path)
    for file, old, new, _ in EDITS:
        _edit(pack / file, old, new)
    problems = check_pack(pack)
    assert len(problems) == len(EDITS), [p.message for p in problems]
    for file, _, _, what in EDITS:
        named = [p for p in problems if p.path == str(pack / file) and p.message.startswith(what)]
        assert len(named) == 1 and named[0].line is not None, (what, [p.message for p in problems])


def test_loading_without_the_check_is_what_the_bot_does_at_start(tmp_path: Path) -> None:
    pack = _copy(tmp_path)
    _edit(pack / "facts.yaml", "text: Season 1 has 12 episodes.", "text: Season 1 has 12 episodes, and Cheong-san dies.")
    assert load_pack(pack).facts["episode-count"].text.endswith("Cheong-san dies.")
