"""Starting the demo: a local Discord, the real bot, and a console or the built-in tour."""

from __future__ import annotations

import asyncio
import contextlib
import importlib
import logging
import sys
import tempfile
from importlib import resources
from pathlib import Path
from types import ModuleType
from typing import TYPE_CHECKING, Any

from bot.clock import ManualClock
from bot.files import FileRefused, read_text_file
from bot.logs import setup_logging

if TYPE_CHECKING:
    from bot.demo.console import DemoConsole

# Feature modules for the demo, imported when present. Each may register console steps with
# bot.demo.console.register_command at import, and may define
#     async def demo_setup(stack: contextlib.AsyncExitStack) -> dict[str, Any]
# which starts what it needs before the bot (e.g. a local news feed, entered into `stack` so it
# stops with the demo) and returns Settings overrides (e.g. {"rss_feeds": (url,)}).
DEMO_EXTENSIONS: tuple[str, ...] = ("bot.demo.trivia", "bot.demo.season2", "bot.demo.premiere")

BANNER = """\
hyosan demo: a local Discord with the server "Hyosan High Fans" (#general, #trivia, #announcements).
You are "you", a member who may manage the server. Type slash commands as you would in Discord,
for example /about, /help or /ask question:"who plays Nam-ra?". Type `help` for console steps,
`quit` to leave.
"""


def tour_lines() -> list[str]:
    """The built-in tour: every feature's tour file, in name order."""
    folder = resources.files("bot.demo") / "tours"
    lines: list[str] = []
    for entry in sorted(folder.iterdir(), key=lambda e: e.name):
        if entry.name.endswith(".txt"):
            lines.extend(entry.read_text("utf-8").splitlines())
    return lines


def _load_demo_extensions() -> list[ModuleType]:
    modules: list[ModuleType] = []
    for name in DEMO_EXTENSIONS:
        try:
            modules.append(importlib.import_module(name))
        except ModuleNotFoundError as exc:
            if exc.name != name:
                raise
    return modules


async def _play(lines: list[str], console: DemoConsole) -> None:
    for line in lines:
        if line.strip() and not line.lstrip().startswith("#"):
            console.out(f"\n» {line.strip()}")
        if not await console.run_line(line):
            break


async def _interactive(console: DemoConsole) -> None:
    try:
        import readline  # noqa: F401  (line editing and history for input())
    except ImportError:
        pass
    console.out(BANNER)
    while True:
        try:
            line = await asyncio.to_thread(input, f"{console.member.name} #{console.channel.name}> ")
        except (EOFError, KeyboardInterrupt):
            console.out("")
            return
        if not await console.run_line(line):
            return


async def demo_overrides(stack: contextlib.AsyncExitStack) -> dict[str, Any]:
    """Load the demo extensions (their tour steps) and start what they need before the bot (the
    local TVmaze and news feed); the settings that point the bot at them."""
    overrides: dict[str, Any] = {}
    for module in _load_demo_extensions():
        setup = getattr(module, "demo_setup", None)
        if setup is not None:
            overrides.update(await setup(stack))
    return overrides


async def demo_session(lines: list[str] | None, workdir: Path) -> None:
    from bot.demo.console import DemoConsole
    from bot.harness import Harness

    async with contextlib.AsyncExitStack() as stack:
        overrides = await demo_overrides(stack)
        harness = await stack.enter_async_context(Harness.start(workdir, clock=ManualClock(), **overrides))
        console = DemoConsole(harness, strict=lines is not None)
        if lines is None:
            await _interactive(console)
        else:
            await _play(lines, console)


def run_demo(script: Path | None = None, interactive: bool | None = None) -> int:
    """Console on a terminal; otherwise (or with --script) play steps and exit 0 when all hold."""
    setup_logging(level=logging.WARNING, log_dir=None)
    if interactive is None:
        interactive = script is None and sys.stdin.isatty()
    lines: list[str] | None
    if script is not None:
        try:
            lines = read_text_file(script).splitlines()
        except FileRefused as exc:
            print(f"hyosan: {exc.message}", file=sys.stderr)
            return 2
    elif interactive:
        lines = None
    else:
        lines = tour_lines()
    # The bot, the local Discord and the console are imported only now: a script refused above
    # costs a tenth of a second instead of a second of CPU.
    from bot.demo.console import TourFailure

    with tempfile.TemporaryDirectory(prefix="hyosan-demo-") as workdir:
        try:
            asyncio.run(demo_session(lines, Path(workdir)))
        except TourFailure as exc:
            played = script.name if script is not None else "the tour"
            print(f"\nhyosan demo: {played} failed: {exc}", file=sys.stderr)
            return 1
    if script is not None:
        print(f"\nEvery step of {script.name} held.")
    elif lines is not None:
        print("\nThe tour is over. Run `make demo` in a terminal to try it yourself.")
    return 0
