"""What the trivia fault tests against `hyosan run` share: the game as the database holds it (read
from the test with plain sqlite3, as an operator would), and the channel's posts by title."""

from __future__ import annotations

import asyncio
import contextlib
import json
import sqlite3
from collections.abc import Callable
from typing import Any

from bot.sandbox import Channel
from bot.sandbox.models import Message
from tests.e2e.conftest import World


def latest_game(world: World) -> dict[str, Any] | None:
    with contextlib.closing(sqlite3.connect(world.workdir / "hyosan.db", timeout=5)) as conn:
        conn.row_factory = sqlite3.Row
        row = conn.execute("SELECT * FROM trivia_games ORDER BY id DESC LIMIT 1").fetchone()
    return None if row is None else dict(row)


def question_of(world: World, game_id: int, q_index: int) -> dict[str, Any]:
    with contextlib.closing(sqlite3.connect(world.workdir / "hyosan.db", timeout=5)) as conn:
        row = conn.execute(
            "SELECT question_json FROM trivia_game_questions WHERE game_id = ? AND q_index = ?", (game_id, q_index)
        ).fetchone()
    assert row is not None
    data: dict[str, Any] = json.loads(row[0])
    return data


def titled(world: World, channel: Channel, title: str) -> list[Message]:
    return [m for m in world.discord.messages(channel) if m.embed and str(m.embed.get("title", "")).startswith(title)]


async def wait_until(check: Callable[[], bool], what: str, timeout: float = 20.0) -> None:
    deadline = asyncio.get_running_loop().time() + timeout
    while not check():
        if asyncio.get_running_loop().time() > deadline:
            raise AssertionError(f"timed out waiting for {what}")
        await asyncio.sleep(0.05)


async def wait_titled(world: World, channel: Channel, title: str, count: int = 1, timeout: float = 20.0) -> list[Message]:
    await wait_until(lambda: len(titled(world, channel, title)) >= count, f"{count}x {title!r}", timeout)
    return titled(world, channel, title)


def stop_failing(world: World) -> None:
    """Lift the faults injected with fail_next (Discord recovers)."""
    world.discord.api.fail_rules.clear()
