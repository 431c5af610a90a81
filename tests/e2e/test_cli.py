"""The `hyosan` command line: database maintenance and explicit sync."""

from __future__ import annotations

import asyncio
import os
import sqlite3
import subprocess
import sys
from collections.abc import AsyncIterator
from dataclasses import dataclass
from pathlib import Path

import pytest
import pytest_asyncio

from bot.harness import migrated_file
from tests.e2e.conftest import World, local_world


def run_cli(*args: str, env: dict[str, str], cwd: Path) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [sys.executable, "-m", "bot", *args], capture_output=True, text=True, env=env, cwd=cwd, timeout=60
    )


def plain_env(tmp_path: Path) -> dict[str, str]:
    env = {k: v for k, v in os.environ.items() if not k.startswith(("HYOSAN_", "DISCORD_"))}
    env["HYOSAN_DB"] = str(tmp_path / "hyosan.db")
    env["HYOSAN_CONFIG"] = str(tmp_path / "absent.toml")
    return env


def upgraded_database(tmp_path: Path) -> None:
    """The database plain_env names, as `hyosan db upgrade` leaves it (migrated to the current
    version), for a test of what comes after: copied from the test process's migrated template
    instead of a `hyosan` process of its own (0.13 CPU-s each); `db upgrade` itself is tested above."""
    asyncio.run(migrated_file(tmp_path / "hyosan.db"))


def test_db_upgrade_creates_and_then_reports_the_current_version(tmp_path: Path) -> None:
    first = run_cli("db", "upgrade", env=plain_env(tmp_path), cwd=tmp_path)
    assert first.returncode == 0
    assert "upgraded from schema version 0" in first.stdout
    second = run_cli("db", "upgrade", env=plain_env(tmp_path), cwd=tmp_path)
    assert "already at schema version" in second.stdout


def test_db_backup_writes_a_usable_copy(tmp_path: Path) -> None:
    upgraded_database(tmp_path)
    result = run_cli("db", "backup", str(tmp_path / "copy.db"), env=plain_env(tmp_path), cwd=tmp_path)
    assert result.returncode == 0
    with sqlite3.connect(tmp_path / "copy.db") as copy:
        assert copy.execute("SELECT COUNT(*) FROM schema_version").fetchone()[0] >= 1


def test_db_backup_without_a_database_says_so(tmp_path: Path) -> None:
    result = run_cli("db", "backup", str(tmp_path / "copy.db"), env=plain_env(tmp_path), cwd=tmp_path)
    assert result.returncode == 1
    assert "no database" in result.stderr


def test_a_bad_setting_is_one_clear_line(tmp_path: Path) -> None:
    env = plain_env(tmp_path) | {"HYOSAN_SYNC": "sometimes"}
    result = run_cli("db", "upgrade", env=env, cwd=tmp_path)
    assert result.returncode != 0
    assert "HYOSAN_SYNC must be none, guild or global" in result.stderr
    assert "Traceback" not in result.stderr


async def sync_subprocess(world: World, guild_id: int) -> tuple[int, bytes, bytes]:
    """`hyosan sync --guild ID` against the world's local Discord: exit code, stdout, stderr."""
    process = await asyncio.create_subprocess_exec(
        sys.executable, "-m", "bot", "sync", "--guild", str(guild_id),
        env=world.env(HYOSAN_SYNC="none"), cwd=world.workdir,
        stdout=asyncio.subprocess.PIPE, stderr=asyncio.subprocess.PIPE,
    )
    stdout, stderr = await asyncio.wait_for(process.communicate(), 60)
    assert process.returncode is not None
    return process.returncode, stdout, stderr


@dataclass
class GuildSynced:
    world: World
    code: int
    stdout: bytes
    names: set[str]  # the commands the server has right after


@pytest_asyncio.fixture(scope="module", loop_scope="module")
async def guild_synced(tmp_path_factory: pytest.TempPathFactory) -> AsyncIterator[GuildSynced]:
    """`hyosan sync --guild` once on a fresh local Discord (each `hyosan sync` imports every cog: a
    CPU-second), for the test of what it does and the global sync's test, which starts from it."""
    async with local_world(tmp_path_factory.mktemp("guild-synced")) as world:
        code, stdout, _ = await sync_subprocess(world, world.guild.id)
        yield GuildSynced(world, code, stdout, {c["name"] for c in world.discord.registered_commands(world.guild)})


@pytest.mark.asyncio(loop_scope="module")
async def test_sync_pushes_the_commands_to_the_guild(guild_synced: GuildSynced) -> None:
    assert guild_synced.code == 0
    assert b"synced" in guild_synced.stdout
    assert {"about", "help"} <= guild_synced.names


def test_sync_to_an_unreachable_discord_is_one_clear_line(tmp_path: Path) -> None:
    env = plain_env(tmp_path) | {
        "DISCORD_TOKEN": "a-token-that-is-never-used",
        "DISCORD_API_BASE": "http://127.0.0.1:9/api/v10",  # nothing listens on the loopback's port 9
    }
    result = run_cli("sync", "--guild", "1", env=env, cwd=tmp_path)
    assert result.returncode == 1
    assert "Traceback" not in result.stderr
    assert result.stderr.splitlines()[-1].startswith("hyosan: could not reach Discord at http://127.0.0.1:9/api/v10")


async def test_sync_to_a_server_the_bot_is_not_in_says_how_to_invite_it(world: World) -> None:
    code, _, stderr = await sync_subprocess(world, 4242)
    assert code == 1
    assert b"Traceback" not in stderr
    assert stderr.decode().splitlines()[-1] == (
        "hyosan: Discord refused to take the commands to server 4242: invite the bot to that server "
        "with the applications.commands scope, or check the server ID"
    )


@pytest.mark.asyncio(loop_scope="module")
async def test_a_global_sync_takes_away_the_copies_a_guild_sync_left_in_the_test_server(
    guild_synced: GuildSynced,
) -> None:
    # Tested on a server with a guild sync, then synced globally as the README says: each command
    # shows once there, not once as the guild's copy and once as the global one.
    world = guild_synced.world
    assert guild_synced.names
    process = await asyncio.create_subprocess_exec(
        sys.executable, "-m", "bot", "sync", "--global",
        env=world.env(HYOSAN_SYNC="none"), cwd=world.workdir,
        stdout=asyncio.subprocess.PIPE, stderr=asyncio.subprocess.PIPE,
    )
    await asyncio.wait_for(process.communicate(), 60)
    assert process.returncode == 0
    assert world.discord.registered_commands(world.guild) == []
    assert {"about", "help", "trivia"} <= {c["name"] for c in world.discord.registered_commands()}
