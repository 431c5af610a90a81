"""Content pack versions (issue 12 item 3): `hyosan content import` validates a pack and makes it
the active version, a running bot swaps to it within seconds, `hyosan content rollback` brings the
old one back; a pack with problems is refused whole (bot/lore/packs.py, bot/lore/library.py)."""

from __future__ import annotations

import asyncio
import datetime as dt
from collections.abc import Iterator
from pathlib import Path

import pytest

from bot.cli import main
from bot.clock import ManualClock
from bot.harness import Harness
from bot.lore import packs
from bot.lore.content import BUNDLED_DIR, ContentError
from bot.lore.content.schema import FILES
from bot.show import ShowShape
from db import Database

ON_JO = "A student in class 2-5 at Hyosan High and the closest thing the story has to a lead."
NEW = "A student in class 2-5 at Hyosan High, as version two of the pack tells it."


def pack_file(folder: Path, name: str = "pack.yaml", *, old: str = ON_JO, new: str = NEW) -> Path:
    text = "\n".join((BUNDLED_DIR / n).read_text(encoding="utf-8") for n in FILES)
    assert old in text
    path = folder / name
    path.write_text(text.replace(old, new), encoding="utf-8")
    return path


@pytest.fixture
def env(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Iterator[Path]:
    monkeypatch.setenv("HYOSAN_DB", str(tmp_path / "hyosan.db"))
    monkeypatch.setenv("HYOSAN_CONFIG", str(tmp_path / "absent.toml"))
    yield tmp_path


async def test_an_import_is_validated_stored_and_made_active(db: Database, clock: ManualClock, tmp_path: Path) -> None:
    done = await packs.import_pack(db, clock, pack_file(tmp_path), ShowShape.season_one())
    assert (done.version, done.replaced, done.unchanged) == (1, None, False)
    again = await packs.import_pack(db, clock, pack_file(tmp_path), ShowShape.season_one())
    assert again.unchanged and again.version == 1
    active = await packs.active_text(db)
    assert active is not None and NEW in active[1]


async def test_a_folder_imports_as_one_pack(db: Database, clock: ManualClock, tmp_path: Path) -> None:
    folder = tmp_path / "pack"
    folder.mkdir()
    for name in FILES:
        (folder / name).write_text((BUNDLED_DIR / name).read_text(encoding="utf-8"), encoding="utf-8")
    done = await packs.import_pack(db, clock, folder, ShowShape.season_one())
    assert done.version == 1 and "characters" in done.summary


async def test_a_pack_with_problems_is_refused_whole_with_its_lines(db: Database, clock: ManualClock, tmp_path: Path) -> None:
    broken = pack_file(tmp_path, old="  - id: nam-on-jo\n", new="  - id: Nam On Jo\n")
    with pytest.raises(ContentError) as refused:
        await packs.import_pack(db, clock, broken, ShowShape.season_one())
    assert any(p.line and "bad id 'Nam On Jo'" in p.message for p in refused.value.problems)
    assert await packs.versions(db) == []


async def test_rollback_returns_to_the_previous_version_then_the_bundled_pack(
    db: Database, clock: ManualClock, tmp_path: Path
) -> None:
    await packs.import_pack(db, clock, pack_file(tmp_path, "one.yaml"), ShowShape.season_one())
    await packs.import_pack(db, clock, pack_file(tmp_path, "two.yaml", new=NEW + " Again."), ShowShape.season_one())
    assert await packs.rollback(db, clock) == (2, 1)
    assert await packs.rollback(db, clock) == (1, None)
    with pytest.raises(packs.RollbackError):
        await packs.rollback(db, clock)
    assert [v.version for v in await packs.versions(db)] == [1, 2], "old versions are kept"


def test_the_cli_imports_lists_and_rolls_back(env: Path, capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["content", "import", str(pack_file(env))]) == 0
    assert "imported content pack version 1" in capsys.readouterr().out
    assert main(["content", "versions"]) == 0
    assert "in use: version 1" in capsys.readouterr().out
    assert main(["content", "rollback"]) == 0
    assert "now using the bundled pack (was version 1)" in capsys.readouterr().out
    assert main(["content", "additions"]) == 0
    assert "no additions" in capsys.readouterr().out
    assert main(["content", "promote", "7"]) == 1
    assert "addition #7 is not an approved addition" in capsys.readouterr().err
    broken = pack_file(env, "broken.yaml", old="  - id: nam-on-jo\n", new="  - id: Nam On Jo\n")
    assert main(["content", "import", str(broken)]) == 1
    err = capsys.readouterr().err
    assert "broken.yaml:" in err and "nothing was imported" in err and "Traceback" not in err


async def test_a_running_bot_swaps_to_an_import_and_back_without_a_restart(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("HYOSAN_CONFIG", str(tmp_path / "absent.toml"))
    async with Harness.start(tmp_path, clock=ManualClock(dt.datetime(2026, 3, 1, 12, tzinfo=dt.UTC))) as h:
        monkeypatch.setenv("HYOSAN_DB", str(h.db_path))
        before = await h.discord.invoke(h.fan, h.general, "character", name="On-jo")
        assert "closest thing the story has to a lead" in before.text
        assert await asyncio.to_thread(main, ["content", "import", str(pack_file(tmp_path))]) == 0
        await h.advance(dt.timedelta(seconds=6))  # the content watch runs
        after = await h.discord.invoke(h.fan, h.general, "character", name="On-jo")
        assert "version two of the pack" in after.text
        assert h.bot.content.base_version == 1
        assert await asyncio.to_thread(main, ["content", "rollback"]) == 0
        await h.advance(dt.timedelta(seconds=6))
        back = await h.discord.invoke(h.fan, h.general, "character", name="On-jo")
        assert "closest thing the story has to a lead" in back.text and h.bot.content.base_version is None


async def test_a_folder_without_the_optional_event_index_imports_as_check_accepts_it(
    db: Database, clock: ManualClock, tmp_path: Path
) -> None:
    minimal = Path(__file__).parent / "content" / "fixtures" / "minimal"
    assert not (minimal / "events.yaml").exists()
    assert main(["content", "check", str(minimal)]) == 0
    done = await packs.import_pack(db, clock, minimal, ShowShape.season_one())
    assert done.version == 1 and "3 characters" in done.summary


def test_an_addition_is_promoted_by_its_number_as_the_listing_prints_it(env: Path, capsys: pytest.CaptureFixture[str]) -> None:
    # `content additions` prints "#7 ..."; "#7" pasted in quotes reaches the addition, not "not an id".
    assert main(["content", "promote", "#7"]) == 1
    assert "addition #7 is not an approved addition" in capsys.readouterr().err
