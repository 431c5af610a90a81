"""The rehearsal clock (bot/rehearsal.py): a file holding the bot's time, moved forward only."""

from __future__ import annotations

import asyncio
import datetime as dt
from pathlib import Path

import pytest

from bot.clock import ManualClock
from bot.config import load_settings
from bot.rehearsal import ClockFileError, follow_clock_file, read_clock_file, write_clock_file
from bot.scheduling import Scheduler

T0 = dt.datetime(2027, 3, 1, 8, 0, tzinfo=dt.UTC)


def test_the_file_holds_one_utc_time(tmp_path: Path) -> None:
    path = tmp_path / "clock.txt"
    write_clock_file(path, T0.astimezone(dt.timezone(dt.timedelta(hours=9))))
    assert read_clock_file(path) == T0 and path.read_text().strip() == "2027-03-01T08:00:00+00:00"


@pytest.mark.parametrize("text", ["", "tomorrow", "2027-03-01T08:00:00", "9999-12-31T23:00:00-05:00"])
def test_a_file_without_a_time_and_its_offset_is_refused(tmp_path: Path, text: str) -> None:
    path = tmp_path / "clock.txt"
    path.write_text(text)
    with pytest.raises(ClockFileError):
        read_clock_file(path)
    with pytest.raises(ClockFileError, match="can't read"):
        read_clock_file(tmp_path / "absent.txt")


def test_the_setting_comes_from_the_environment(tmp_path: Path) -> None:
    settings = load_settings({"HYOSAN_CLOCK_FILE": str(tmp_path / "c.txt")}, config_file=tmp_path / "none.toml")
    assert settings.clock_file == tmp_path / "c.txt"
    assert load_settings({}, config_file=tmp_path / "none.toml").clock_file is None


async def test_the_clock_follows_the_file_forward_and_runs_what_fell_due(tmp_path: Path) -> None:
    path = tmp_path / "clock.txt"
    write_clock_file(path, T0)
    clock = ManualClock(T0)
    scheduler = Scheduler(clock)
    scheduler.start()
    ran: list[dt.datetime] = []

    async def job() -> None:
        ran.append(clock.now())

    scheduler.at("due", T0 + dt.timedelta(days=1), job)
    follower = asyncio.create_task(follow_clock_file(path, clock, scheduler))
    try:
        write_clock_file(path, T0 + dt.timedelta(days=2))
        for _ in range(100):
            if ran:
                break
            await asyncio.sleep(0.02)
        assert clock.now() == T0 + dt.timedelta(days=2) and ran == [T0 + dt.timedelta(days=2)]
        write_clock_file(path, T0)  # never back
        await asyncio.sleep(0.3)
        assert clock.now() == T0 + dt.timedelta(days=2)
    finally:
        follower.cancel()
        await scheduler.shutdown()
