"""The harness (the tests', the demo's and the benchmarks' way to run hyosan in-process) cleans up
after a start that does not finish: a Ctrl-C while `hyosan demo` starts must not leave the
database's worker threads keeping the process alive for good."""

from __future__ import annotations

import threading
from pathlib import Path

import discord
import pytest

from bot.harness import Harness
from bot.sandbox import Sandbox


def database_threads() -> set[threading.Thread]:
    """aiosqlite's worker threads: not daemons, so one left running keeps the process alive."""
    return {t for t in threading.enumerate() if t.is_alive() and "_connection_worker_thread" in t.name}


async def test_a_start_that_fails_after_the_database_opened_closes_it(tmp_path: Path, sandbox: Sandbox) -> None:
    before = database_threads()
    sandbox.fail_next("GET", "/users/@me", 401, body={"code": 0, "message": "401: Unauthorized"})
    with pytest.raises(discord.LoginFailure):
        async with Harness.start(tmp_path, sandbox=sandbox):
            pytest.fail("the bot should not have started")
    for thread in database_threads() - before:
        thread.join(timeout=10)  # a closed connection's thread ends on its own, a moment later
    assert database_threads() <= before, "the database's worker threads are still running"
