"""The README and docs/COMMANDS.md name the commands that exist, with the options they take.

A newcomer types what the README shows. The slash commands are read from the synced schema's
snapshot (tests/bot/test_command_schema.py holds it to the live tree), the command line from its
parser.
"""

from __future__ import annotations

import argparse
import json
import re
from pathlib import Path
from typing import Any

from bot.cli import build_parser
from tests.table import table

ROOT = Path(__file__).resolve().parent.parent
README = (ROOT / "README.md").read_text(encoding="utf-8")
COMMANDS_DOC = (ROOT / "docs" / "COMMANDS.md").read_text(encoding="utf-8")
SNAPSHOT = json.loads((ROOT / "tests" / "snapshots" / "commands.json").read_text(encoding="utf-8"))
SUBCOMMAND, GROUP = 1, 2


def slash_commands() -> dict[str, list[str]]:
    """Every runnable slash command ("season2set announce set") and its options, required first."""
    found: dict[str, list[str]] = {}

    def walk(node: dict[str, Any], path: str) -> None:
        subs = [o for o in node.get("options", []) if o["type"] in (SUBCOMMAND, GROUP)]
        if not subs:
            found[path] = [o["name"] for o in node.get("options", [])]
        for sub in subs:
            walk(sub, f"{path} {sub['name']}")

    for command in SNAPSHOT:
        walk(command, command["name"])
    return found


def table_usages(document: str) -> set[str]:
    """The usages in a command table's first column: `/trivia stop`, `skip` is "trivia skip"."""
    usages: set[str] = set()
    for row in re.findall(r"^\| (`/.*?) \|", document, flags=re.M):
        parts = re.findall(r"`([^`]+)`", row)
        head: list[str] = []
        for part in parts:
            words = part.lstrip("/").split()
            if part.startswith("/"):
                head = words[:1]
                usage = words
            else:
                usage = [*head, *words]
            usages.add(" ".join(usage))
    return usages


def named(usage: str, commands: dict[str, list[str]]) -> tuple[str, list[str]]:
    """A usage split into the command it runs and the options it shows (`[x]` is optional x)."""
    words = usage.split()
    for cut in range(len(words), 0, -1):
        if " ".join(words[:cut]) in commands:
            return " ".join(words[:cut]), [w.strip("[]") for w in words[cut:]]
    return "", words


@table("document", ["README.md", "docs/COMMANDS.md"])
def test_every_command_in_a_command_table_exists_with_the_options_it_shows(document: str) -> None:
    commands = slash_commands()
    text = README if document == "README.md" else COMMANDS_DOC
    for usage in table_usages(text):
        command, options = named(usage, commands)
        assert command, f"{document} shows /{usage}, which no command answers to"
        assert set(options) <= set(commands[command]), f"{document}: /{usage} shows options /{command} lacks"


@table("document", ["README.md", "docs/COMMANDS.md"])
def test_every_command_that_exists_is_in_each_command_table(document: str) -> None:
    commands = slash_commands()
    text = README if document == "README.md" else COMMANDS_DOC
    shown = {named(usage, commands)[0] for usage in table_usages(text)}
    assert set(commands) - shown == set(), f"{document} never shows these"


def cli_commands(parser: argparse.ArgumentParser, prefix: str = "hyosan") -> dict[str, argparse.ArgumentParser]:
    found: dict[str, argparse.ArgumentParser] = {}
    for action in parser._actions:
        if isinstance(action, argparse._SubParsersAction):
            for name, sub in action.choices.items():
                found |= cli_commands(sub, f"{prefix} {name}") or {f"{prefix} {name}": sub}
    return found


def test_the_readme_shows_every_command_line_command() -> None:
    block = README.split("## Command line", 1)[1].split("```", 2)[1]
    for command in cli_commands(build_parser()):
        words = command.split()
        # "hyosan content rollback", or named beside its kin: "(`unpromote` undoes)"
        assert " ".join(words[1:]) in block or f"`{words[-1]}`" in block, f"the README never shows `{command}`"


def test_every_command_line_command_and_argument_says_what_it_is() -> None:
    def says(parser: argparse.ArgumentParser, command: str) -> None:
        for action in parser._actions:
            if isinstance(action, argparse._SubParsersAction):
                for choice in action._choices_actions:
                    assert choice.help, f"`{command} {choice.dest}` has no help"
                for name, sub in action.choices.items():
                    says(sub, f"{command} {name}")
            elif not isinstance(action, argparse._HelpAction) and action.help != argparse.SUPPRESS:
                assert action.help, f"`{command}`: {action.dest} has no help"

    says(build_parser(), "hyosan")


def test_the_readme_names_the_newest_benchmark_sets() -> None:
    # Each helper adds a set; the README's "`heldout` to `heldoutN`" and "`wild5` to `wildN`" name the last.
    lexicon = max(int(n) for n in re.findall(r"lexicon_heldout(\d+)\.yaml", " ".join(p.name for p in (ROOT / "bench").iterdir())))
    imports = max(
        int(p.name.removeprefix("imports_wild"))
        for p in (ROOT / "tests" / "trivia" / "fixtures").iterdir() if p.name.startswith("imports_wild")
    )
    assert f"`--set heldout` to `heldout{lexicon}`" in README
    assert f"`wild5` to `wild{imports}`" in README
    watched = max(
        int(n) for n in re.findall(r"watched_blind(\d+)\.tsv", " ".join(p.name for p in (ROOT / "tests" / "bot" / "data").iterdir()))
    )
    assert f"to `watched_blind{watched}`" in README


def test_the_readme_names_the_newest_trivia_chat_set() -> None:
    from bench.trivia_chat import PARTS

    assert f"`--set {PARTS[-1]}`" in README
