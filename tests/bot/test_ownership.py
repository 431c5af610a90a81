"""Which copy of hyosan answers Discord (bot/ownership.py): one owner per database, a standby that
takes over the moment the owner lets go, and each event handled by exactly one of them."""

from __future__ import annotations

import asyncio
import time
from pathlib import Path

from bot.ownership import Ownership, snowflake_at


async def _until(check: object, timeout: float = 5.0) -> None:
    deadline = time.monotonic() + timeout
    while not check():  # type: ignore[operator]
        assert time.monotonic() < deadline, "timed out"
        await asyncio.sleep(0.02)


async def test_the_first_copy_owns_and_a_second_stands_by(tmp_path: Path) -> None:
    first, second = Ownership(tmp_path / "hyosan.db"), Ownership(tmp_path / "hyosan.db")
    try:
        assert first.open() and first.owner
        assert not second.open() and not second.owner
        now = snowflake_at(time.time())
        assert first.takes(now) and not second.takes(now)
    finally:
        first.release()
        second.release()


async def test_a_standby_takes_over_when_the_owner_lets_go_and_starts_its_work(tmp_path: Path) -> None:
    first, second = Ownership(tmp_path / "hyosan.db"), Ownership(tmp_path / "hyosan.db")
    started: list[str] = []

    async def start() -> None:
        started.append("games")

    try:
        first.open()
        second.open()
        await second.when_owner(start)
        second.start_watching()
        assert started == []
        first.release()  # the owner stops (or dies: the kernel lets go of its lock either way)
        await _until(lambda: second.owner and started == ["games"])
    finally:
        first.release()
        second.release()


async def test_a_handover_splits_events_at_its_mark_and_replays_the_rest_once(tmp_path: Path) -> None:
    first, second = Ownership(tmp_path / "hyosan.db", handover_slack=0), Ownership(tmp_path / "hyosan.db")
    handled: list[str] = []
    try:
        first.open()
        second.open()
        second.start_watching()
        before = snowflake_at(time.time() - 0.5)
        second.keep(before, lambda: handled.append("before"), interaction=True)
        await first.hand_over()
        after = snowflake_at(time.time() + 0.001) + 1
        assert first.takes(before) and not first.takes(after)  # the old owner finishes what came before
        second.keep(after, lambda: handled.append("click after"), interaction=True)
        second.keep(after + 1, lambda: handled.append("guess after"), interaction=False)
        first.release()
        await _until(lambda: second.owner and len(handled) == 2)
        assert handled == ["click after", "guess after"]
        assert not second.takes(before) and second.takes(after)
    finally:
        first.release()
        second.release()


async def test_after_a_crash_nothing_kept_is_replayed(tmp_path: Path) -> None:
    first, second = Ownership(tmp_path / "hyosan.db"), Ownership(tmp_path / "hyosan.db")
    handled: list[str] = []
    try:
        first.open()
        second.open()
        second.start_watching()
        second.keep(snowflake_at(time.time()), lambda: handled.append("maybe handled by the dead copy"), interaction=True)
        first.release()  # no handover mark: it died
        await _until(lambda: second.owner)
        await asyncio.sleep(0.05)
        assert handled == []
    finally:
        first.release()
        second.release()
