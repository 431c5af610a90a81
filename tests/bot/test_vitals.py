"""The vital-signs log line (bot/vitals.py) that `python -m bench.soak` and operators read."""

from __future__ import annotations

import asyncio
import datetime as dt
import logging
import re
from pathlib import Path

import pytest

from bot.config import load_settings
from bot.vitals import Vitals
from db import Database

LINE = re.compile(
    r"^vitals: tasks=\d+ loop_lag_p99_ms=[\d.]+ loop_lag_max_ms=[\d.]+ rss_kib=\d+ fds=\d+ db_bytes=\d+ wal_bytes=\d+$"
)


async def test_vital_signs_are_logged_as_one_line_each_interval(db: Database, caplog: pytest.LogCaptureFixture) -> None:
    vitals = Vitals(db, dt.timedelta(seconds=0.2))
    with caplog.at_level(logging.INFO, logger="bot.vitals"):
        vitals.start()
        # Wait for the first line rather than a fixed time: a loaded machine may be slow to log it.
        for _ in range(200):
            await asyncio.sleep(0.05)
            if caplog.records:
                break
        await vitals.stop()
    lines = [r.getMessage() for r in caplog.records]
    assert lines and all(LINE.match(line) for line in lines), lines


def test_vitals_are_off_unless_asked_for(tmp_path: Path) -> None:
    absent = tmp_path / "absent.toml"
    assert load_settings({}, absent).vitals_every is None
    assert load_settings({"HYOSAN_VITALS_EVERY": "30s"}, absent).vitals_every == dt.timedelta(seconds=30)
