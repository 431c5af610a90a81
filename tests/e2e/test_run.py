"""`hyosan run` end to end: a subprocess, the real entry point, the local Discord over the wire."""

from __future__ import annotations

import signal
import sqlite3
from collections.abc import AsyncIterator
from dataclasses import dataclass

import pytest
import pytest_asyncio

from tests.e2e.conftest import World, local_world, spawn, spawn_ready

# Each start of `hyosan run` costs a CPU-second: the tests that only talk to a running bot share
# one, and the three that read what a SIGTERM leaves behind share one stop (built once per module;
# the restart starts its second process on that stopped bot's files).
SHARED = pytest.mark.asyncio(loop_scope="module")


@pytest_asyncio.fixture(scope="module", loop_scope="module")
async def running(tmp_path_factory: pytest.TempPathFactory) -> AsyncIterator[World]:
    """`hyosan run`, started and synced, for tests that only talk to it (on a database it creates)."""
    async with local_world(tmp_path_factory.mktemp("running"), migrated=False) as world:
        bot = await spawn_ready(world)
        try:
            yield world
        finally:
            await bot.stop()


@dataclass
class Stopped:
    world: World
    code: int
    stderr: str


@pytest_asyncio.fixture(scope="module", loop_scope="module")
async def stopped_by_sigterm(tmp_path_factory: pytest.TempPathFactory) -> AsyncIterator[Stopped]:
    """`hyosan run`, started, synced, then sent SIGTERM: its exit code and standard error."""
    async with local_world(tmp_path_factory.mktemp("sigterm")) as world:
        bot = await spawn_ready(world)
        bot.signal(signal.SIGTERM)
        code, stderr = await bot.wait()
        yield Stopped(world, code, stderr)


@SHARED
async def test_it_starts_syncs_and_answers_about(running: World) -> None:
    world = running
    names = {c["name"] for c in world.discord.registered_commands(world.guild)}
    assert {"about", "help"} <= names
    reply = await world.discord.invoke(world.fan, world.general, "about")
    assert reply.embed is not None and reply.embed["title"] == "hyosan"


@SHARED
async def test_a_rate_limited_reply_is_retried(running: World) -> None:
    world = running
    world.discord.fail_next("POST", "/interactions/*/callback", 429, retry_after=0.2)
    reply = await world.discord.invoke(world.fan, world.general, "about", timeout=10)
    assert reply.embed is not None
    callbacks = [r for r in world.discord.requests if r.path.endswith("/callback")]
    assert [r.status for r in callbacks][-2:] == [429, 200]


@SHARED
async def test_reconnect_resumes_the_session_without_identifying_again(running: World) -> None:
    world = running
    await world.discord.disconnect("reconnect")
    await world.discord.wait_until_ready(timeout=20)
    reply = await world.discord.invoke(world.fan, world.general, "about", timeout=10)
    assert reply.embed is not None
    assert len(world.discord.identify_payloads) == 1


@SHARED
async def test_a_restart_reuses_the_same_database(stopped_by_sigterm: Stopped) -> None:
    world = stopped_by_sigterm.world  # (its first start: the one the SIGTERM stopped)
    assert stopped_by_sigterm.code == 0
    with sqlite3.connect(world.workdir / "hyosan.db") as conn:
        version = conn.execute("SELECT MAX(version) FROM schema_version").fetchone()[0]
    second = await spawn_ready(world)
    try:
        reply = await world.discord.invoke(world.fan, world.general, "about")
        assert reply.embed is not None
        with sqlite3.connect(world.workdir / "hyosan.db") as conn:
            assert conn.execute("SELECT MAX(version) FROM schema_version").fetchone()[0] == version
    finally:
        await second.stop()


@SHARED
async def test_sigterm_closes_everything_and_exits_zero(stopped_by_sigterm: Stopped) -> None:
    assert stopped_by_sigterm.code == 0
    assert "gateway closed, scheduler stopped, database closed" in stopped_by_sigterm.stderr
    assert "Traceback" not in stopped_by_sigterm.stderr


async def test_a_bad_token_gives_one_clear_line_and_a_failing_exit(world: World) -> None:
    bot = await spawn(world, DISCORD_TOKEN="not-the-token")
    code, stderr = await bot.wait()
    assert code != 0
    assert "rejected the token" in stderr
    assert "Traceback" not in stderr
    assert "not-the-token" not in stderr


async def test_a_missing_token_is_explained(world: World) -> None:
    bot = await spawn(world, DISCORD_TOKEN="")
    code, stderr = await bot.wait()
    assert code != 0
    assert "DISCORD_TOKEN is not set" in stderr


async def test_disallowed_intents_say_which_switch_to_turn_on(world: World) -> None:
    world.discord.close_with(4014)
    bot = await spawn(world)
    code, stderr = await bot.wait()
    assert code != 0
    assert "Privileged Gateway Intents" in stderr
    assert "Traceback" not in stderr


@SHARED
async def test_the_token_never_reaches_the_log_file(stopped_by_sigterm: Stopped) -> None:
    world = stopped_by_sigterm.world
    log_text = "".join(p.read_text() for p in (world.workdir / "logs").glob("*.log*"))
    assert log_text
    assert world.discord.token not in log_text


async def test_an_unreachable_discord_gives_one_clear_line_and_a_failing_exit(world: World) -> None:
    # Port 9 (discard) on the loopback: nothing listens there, so the login's connection is refused.
    bot = await spawn(world, DISCORD_API_BASE="http://127.0.0.1:9/api/v10", DISCORD_GATEWAY_URL="ws://127.0.0.1:9/")
    code, stderr = await bot.wait()
    assert code != 0
    assert "Traceback" not in stderr
    assert "could not reach Discord at http://127.0.0.1:9/api/v10" in stderr.splitlines()[-1]


async def test_a_discord_outage_at_login_gives_one_clear_line_and_a_failing_exit(world: World) -> None:
    world.discord.fail_next("GET", "/users/@me", status=503)
    bot = await spawn(world)
    code, stderr = await bot.wait()
    assert code != 0
    assert "Traceback" not in stderr
    assert "Discord answered the login with HTTP 503" in stderr.splitlines()[-1]


async def test_an_unreachable_gateway_after_a_good_login_gives_one_clear_line(world: World) -> None:
    # The REST API answers (the login and the command sync succeed), the gateway does not.
    bot = await spawn(world, DISCORD_GATEWAY_URL="ws://127.0.0.1:9/")
    code, stderr = await bot.wait(timeout=60)
    assert code != 0
    assert "Traceback" not in stderr
    assert stderr.splitlines()[-1].startswith(
        "hyosan: could not connect to Discord's gateway at ws://127.0.0.1:9/ ("
    ), stderr[-2000:]


async def test_a_command_sync_to_a_server_the_bot_is_not_in_says_so_at_start(world: World) -> None:
    bot = await spawn(world, HYOSAN_DEV_GUILD="4242")
    code, stderr = await bot.wait()
    assert code != 0
    assert "Traceback" not in stderr
    assert stderr.splitlines()[-1] == (
        "hyosan: Discord refused to take the commands to server 4242: invite the bot to that server with "
        "the applications.commands scope, or check HYOSAN_DEV_GUILD"
    )


async def test_a_log_folder_that_is_a_file_gives_one_clear_line(world: World) -> None:
    taken = world.workdir / "logs"
    taken.write_text("not a folder\n", encoding="utf-8")
    bot = await spawn(world, HYOSAN_LOG_DIR=str(taken))
    code, stderr = await bot.wait()
    assert code != 0
    assert stderr.strip().splitlines() == [
        f"hyosan: can't write the log in {taken} (it is not a folder): set HYOSAN_LOG_DIR to a folder "
        "hyosan may write in, or to nothing to log to the console only"
    ]


async def test_a_rehearsal_clock_file_that_is_not_text_gives_one_clear_line(world: World) -> None:
    clock_file = world.workdir / "clock.txt"
    clock_file.write_bytes(b"\xff\xfe2\x000\x002\x007\x00")  # UTF-16, as a Windows editor may save it
    bot = await spawn(world, HYOSAN_CLOCK_FILE=str(clock_file))
    code, stderr = await bot.wait()
    assert code != 0
    assert "Traceback" not in stderr
    assert stderr.splitlines()[-1] == f"hyosan: can't read the rehearsal clock: {clock_file}: this is a binary file, not text"


async def test_a_stop_signal_during_start_up_stops_cleanly(world: World) -> None:
    # The command sync is held by a 429, so the signal, sent as soon as the local Discord answers
    # it, surely comes while the bot is starting (a second is many times what that takes).
    world.discord.fail_next("PUT", "/applications/*/guilds/*/commands", 429, retry_after=1.0)
    bot = await spawn(world)
    try:
        await world.discord.wait_for_request(
            lambda r: r.method == "PUT" and r.path.endswith("/commands"), timeout=60
        )
        bot.signal(signal.SIGINT)
        code, stderr = await bot.wait()
    finally:
        await bot.stop()
    assert code == 0
    assert "Traceback" not in stderr
    assert "gateway closed, scheduler stopped, database closed" in stderr.splitlines()[-1]
    # ... and it came while the sync was held: the commands were never synced (else a loaded machine tested a stop)
    assert [r.status for r in world.discord.requests if r.method == "PUT" and r.path.endswith("/commands")] == [429]
