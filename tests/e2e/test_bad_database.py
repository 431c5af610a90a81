"""`hyosan run` (and the db commands) against a database it can't use: the process ends by itself
within seconds, exits non-zero, and says in one line what is wrong and what to do.

No local Discord is started: the process must stop before it would talk to one. Its endpoints
point at a closed local port, so a build that wrongly carried on could never reach discord.com.
"""

from __future__ import annotations

import asyncio
import os
import sys
from pathlib import Path

import pytest

from tests.db.bad_databases import EXPECTED, LATEST, bad_database

# Generous for a loaded machine: the refusal itself takes the lock wait (2 s) at most.
EXIT_WITHIN = 30.0

RUN_CASES = [
    "garbage",
    "truncated",
    "locked",
    "locked_wal",
    "read_only_file",
    "read_only_folder",
    "directory",
    "fifo",
    "missing_folder",
    "foreign",
    "newer",
]


def offline_env(workdir: Path, db_path: Path) -> dict[str, str]:
    env = {k: v for k, v in os.environ.items() if not k.startswith(("HYOSAN_", "DISCORD_"))}
    env.update(
        DISCORD_TOKEN="a-token-that-is-never-used",
        DISCORD_API_BASE="http://127.0.0.1:9/api/v10",
        DISCORD_GATEWAY_URL="ws://127.0.0.1:9/",
        HYOSAN_DB=str(db_path),
        HYOSAN_LOG_DIR=str(workdir / "logs"),
        HYOSAN_CONFIG=str(workdir / "absent.toml"),
        HYOSAN_SYNC="none",
        HYOSAN_TVMAZE_URL="",
        HYOSAN_RSS_FEEDS="",
        PYTHONUNBUFFERED="1",
    )
    return env


async def hyosan(*args: str, env: dict[str, str], cwd: Path) -> tuple[int, str]:
    """Run `hyosan ARGS`; its exit code and stderr, or a failed test if it does not end by itself."""
    process = await asyncio.create_subprocess_exec(
        sys.executable,
        "-m",
        "bot",
        *args,
        env=env,
        cwd=cwd,
        stdin=asyncio.subprocess.DEVNULL,
        stdout=asyncio.subprocess.DEVNULL,
        stderr=asyncio.subprocess.PIPE,
    )
    try:
        _, stderr = await asyncio.wait_for(process.communicate(), EXIT_WITHIN)
    except TimeoutError:
        process.kill()
        await process.wait()
        pytest.fail(f"hyosan {' '.join(args)} was still running after {EXIT_WITHIN:.0f} s")
    assert process.returncode is not None
    return process.returncode, stderr.decode("utf-8", "replace")


def is_one_line_saying(stderr: str, says: str) -> bool:
    lines = [line for line in stderr.splitlines() if line.strip()]
    return (
        "Traceback" not in stderr and len(lines) == 1 and lines[0].startswith("hyosan: ") and says in lines[0]
    )


async def test_run_refuses_each_unusable_database_in_one_line_and_exits(tmp_path: Path) -> None:
    """Every case at once, a few processes at a time: each start-up costs a second of CPU."""
    slots = asyncio.Semaphore(4)

    async def refusal(kind: str) -> tuple[int, str]:
        workdir = tmp_path / kind
        workdir.mkdir()
        async with bad_database(kind, workdir) as path, slots:
            return await hyosan("run", env=offline_env(workdir, path), cwd=workdir)

    results = dict(zip(RUN_CASES, await asyncio.gather(*(refusal(kind) for kind in RUN_CASES)), strict=True))
    wrong = {
        kind: (code, stderr)
        for kind, (code, stderr) in results.items()
        if code == 0 or not is_one_line_saying(stderr, EXPECTED[kind].says)
    }
    assert wrong == {}


async def test_db_upgrade_refuses_a_database_from_a_newer_hyosan(tmp_path: Path) -> None:
    async with bad_database("newer", tmp_path) as path:
        code, stderr = await hyosan("db", "upgrade", env=offline_env(tmp_path, path), cwd=tmp_path)
    assert code != 0
    assert is_one_line_saying(stderr, f"schema {LATEST + 1}, this build knows {LATEST}"), stderr


async def test_db_backup_of_a_file_that_is_not_sqlite_says_so(tmp_path: Path) -> None:
    async with bad_database("garbage", tmp_path) as path:
        code, stderr = await hyosan(
            "db", "backup", str(tmp_path / "copy.db"), env=offline_env(tmp_path, path), cwd=tmp_path
        )
    assert code != 0
    assert is_one_line_saying(stderr, "is not a SQLite database"), stderr
    assert not (tmp_path / "copy.db").exists()
