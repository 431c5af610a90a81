"""`hyosan demo`: a tour without a terminal, a console with one, and scripts."""

from __future__ import annotations

import asyncio
import os
import pty
import select
import subprocess
import sys
import time
from pathlib import Path

import discord
import pytest

DEMO_TIMEOUT = 120


def demo_env(tmp_path: Path) -> dict[str, str]:
    env = {k: v for k, v in os.environ.items() if not k.startswith(("HYOSAN_", "DISCORD_"))}
    env["HYOSAN_CONFIG"] = str(tmp_path / "absent.toml")
    return env


def test_without_a_terminal_the_tour_plays_and_exits_zero(tmp_path: Path) -> None:
    result = subprocess.run(
        [sys.executable, "-m", "bot", "demo"],
        stdin=subprocess.DEVNULL,
        capture_output=True,
        text=True,
        timeout=DEMO_TIMEOUT,
        env=demo_env(tmp_path),
        cwd=tmp_path,
    )
    assert result.returncode == 0, result.stdout[-3000:] + result.stderr[-3000:]
    assert "» /about" in result.stdout
    assert "The tour is over" in result.stdout
    assert "Traceback" not in result.stderr


def test_a_script_file_is_played_and_a_failed_expectation_fails_the_run(tmp_path: Path) -> None:
    script = tmp_path / "steps.txt"
    script.write_text("/about\nexpect this text is not there\n", encoding="utf-8")
    # `hyosan demo` itself, with one change: an `expect` gives up after half a second instead of
    # six (its grace for posts Discord's rate limit holds back; nothing here is held back).
    hyosan_demo = (
        "import sys; import bot.demo.console; bot.demo.console.EXPECT_WAIT = 0.5; "
        "from bot.cli import main; sys.exit(main(sys.argv[1:]))"
    )
    result = subprocess.run(
        [sys.executable, "-c", hyosan_demo, "demo", "--script", str(script)],
        stdin=subprocess.DEVNULL,
        capture_output=True,
        text=True,
        timeout=DEMO_TIMEOUT,
        env=demo_env(tmp_path),
        cwd=tmp_path,
    )
    assert result.returncode == 1
    assert "steps.txt failed" in result.stderr
    assert "make demo" not in result.stdout


def read_until(fd: int, needle: bytes, timeout: float = 60) -> bytes:
    seen = b""
    deadline = time.monotonic() + timeout
    while needle not in seen:
        remaining = deadline - time.monotonic()
        if remaining <= 0:
            raise AssertionError(f"never saw {needle!r}; got {seen[-2000:]!r}")
        ready, _, _ = select.select([fd], [], [], remaining)
        if ready:
            try:
                chunk = os.read(fd, 65536)
            except OSError:
                break
            if not chunk:
                break
            seen += chunk
    return seen


@pytest.mark.skipif(sys.platform != "linux", reason="uses a Linux pseudo-terminal")
def test_on_a_terminal_the_console_opens_and_runs_commands(tmp_path: Path) -> None:
    pid, fd = pty.fork()
    if pid == 0:  # the child: the demo on a terminal
        os.chdir(tmp_path)
        os.execve(sys.executable, [sys.executable, "-m", "bot", "demo"], demo_env(tmp_path))
    try:
        read_until(fd, b"you #general> ")
        os.write(fd, b"/about\n")
        output = read_until(fd, b"you #general> ")
        assert b"Gateway latency" in output
        os.write(fd, b"quit\n")
        _, status = os.waitpid(pid, 0)
        assert os.waitstatus_to_exitcode(status) == 0
    finally:
        try:
            os.kill(pid, 9)
            os.waitpid(pid, 0)
        except (ProcessLookupError, ChildProcessError):
            pass
        os.close(fd)


async def test_console_steps_report_mistakes_instead_of_crashing(tmp_path: Path) -> None:
    from bot.demo.console import DemoConsole
    from bot.harness import Harness

    lines: list[str] = []
    async with Harness.start(tmp_path) as harness:
        console = DemoConsole(harness, out=lines.append)
        for step in ("/nope", "click 3", "advance soon", "in #nowhere", "frobnicate", "/about extra:1"):
            assert await console.run_line(step)
    assert sum(1 for line in lines if line.startswith("! ")) == 6


async def test_console_options_take_words_apostrophes_and_colons_as_discord_does(tmp_path: Path) -> None:
    from bot.demo.console import DemoConsole
    from bot.harness import Harness

    async with Harness.start(tmp_path) as harness:
        console = DemoConsole(harness, out=lambda line: None)
        assert console.parse_slash("/ask question:what's the school called: hyosan?") == (
            ["ask"],
            {"question": "what's the school called: hyosan?"},
        )
        assert console.parse_slash('/trivia start questions:2 mode:"typed"') == (
            ["trivia", "start"],
            {"questions": 2, "mode": "typed"},
        )


async def test_console_renders_spoilers_hidden_until_reveal(tmp_path: Path) -> None:
    from bot.demo.boxes import hide_spoilers

    assert "Woo-jin" not in hide_spoilers("Nam-ra kills ||Woo-jin||", reveal=False)
    assert "Woo-jin" in hide_spoilers("Nam-ra kills ||Woo-jin||", reveal=True)
    await asyncio.sleep(0)


async def test_expect_still_finds_the_reply_when_a_post_lands_after_it(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """On a busy machine a countdown or a DM can arrive after the reply a step checks: the tour
    still finds the reply, and a text neither shows still fails the step."""
    from bot.demo.console import DemoConsole, TourFailure
    from bot.harness import Harness

    async with Harness.start(tmp_path) as harness:
        console = DemoConsole(harness, out=lambda line: None, strict=True)
        await console.run_line("/about")
        announcements = harness.bot.get_channel(harness.channels["announcements"].id)
        assert isinstance(announcements, discord.TextChannel)
        await announcements.send("Season 2: 7d to go")
        await console.settle()
        assert await console.run_line("expect Uptime")
        assert await console.run_line("expect 7d to go")
        monkeypatch.setattr("bot.demo.console.EXPECT_WAIT", 0.3)
        with pytest.raises(TourFailure):
            await console.run_line("expect this text is not there")


async def test_expect_hidden_fails_when_any_post_of_the_step_shows_the_text_in_the_clear(tmp_path: Path) -> None:
    """A spoiler shown in the clear by one post of a step is a leak the tour reports, even when a
    newer post of the same step hides it (review38: the newest hiding one was checked alone)."""
    from bot.demo.console import DemoConsole, TourFailure
    from bot.demo.premiere import expect_hidden
    from bot.harness import Harness

    async with Harness.start(tmp_path) as harness:
        console = DemoConsole(harness, out=lambda line: None, strict=True)
        await console.run_line("/about")
        announcements = harness.bot.get_channel(harness.channels["announcements"].id)
        assert isinstance(announcements, discord.TextChannel)
        await announcements.send("Nam-ra bites Woo-jin")
        await console.settle()
        await announcements.send("Nam-ra bites ||Woo-jin||")
        await console.settle()
        with pytest.raises(TourFailure):
            await expect_hidden(console, "Woo-jin")
