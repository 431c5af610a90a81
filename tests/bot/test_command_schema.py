"""The command schema hyosan syncs: compared with a checked-in snapshot, and who sees what, where.

A change to any command's name, description, options, contexts, install types or default member
permissions shows up here as a diff to review.
Regenerate with: HYOSAN_UPDATE_SNAPSHOT=1 .venv/bin/pytest tests/bot/test_command_schema.py

Where each command runs: every command sets `contexts` and `integration_types` (the deprecated
`dm_permission`, which discord.py still sends, always agrees with them). Every moderator command sets
`default_member_permissions`, so members never see what they cannot run; Discord sets it per
top-level command, hence the moderators' own /triviaset and /season2set.
"""

from __future__ import annotations

import json
import os
from pathlib import Path
from typing import Any

import discord
import pytest

from bot.harness import Harness

SNAPSHOT = Path(__file__).resolve().parent.parent / "snapshots" / "commands.json"
VOLATILE = {"id", "application_id", "version", "guild_id"}

GUILD, BOT_DM, PRIVATE_CHANNEL = 0, 1, 2
GUILD_INSTALL = 0
#: The moderators' commands and the permission that shows each (any other command: everyone).
MODERATOR_COMMANDS = {
    "spoilers": discord.Permissions(manage_channels=True).value,
    "triviaset": discord.Permissions(manage_guild=True).value,
    "season2set": discord.Permissions(manage_guild=True).value,
    "lore": discord.Permissions(manage_guild=True).value,
}
#: The lookups, /help, /about and season-2 news run in the bot's DMs too; the rest needs a server.
DM_COMMANDS = {"about", "help", "forget", "cast", "character", "episode", "ask", "progress", "season2"}


def stable(value: Any) -> Any:
    if isinstance(value, dict):
        return {k: stable(v) for k, v in sorted(value.items()) if k not in VOLATILE}
    if isinstance(value, list):
        return [stable(v) for v in value]
    return value


async def test_synced_commands_match_the_snapshot(hyosan: Harness) -> None:
    synced = sorted(
        (stable(c) for c in hyosan.discord.registered_commands(hyosan.guild)), key=lambda c: c["name"]
    )
    text = json.dumps(synced, indent=2, ensure_ascii=False, sort_keys=True) + "\n"
    if os.environ.get("HYOSAN_UPDATE_SNAPSHOT") == "1":
        SNAPSHOT.parent.mkdir(parents=True, exist_ok=True)
        SNAPSHOT.write_text(text, encoding="utf-8")
    assert SNAPSHOT.exists(), "no snapshot yet: run with HYOSAN_UPDATE_SNAPSHOT=1 and commit it"
    assert json.loads(SNAPSHOT.read_text(encoding="utf-8")) == json.loads(text)


@pytest.fixture
def synced(hyosan: Harness) -> dict[str, dict[str, Any]]:
    return {c["name"]: c for c in hyosan.discord.registered_commands(hyosan.guild)}


def test_every_command_says_where_it_runs_and_that_it_is_installed_to_servers(synced: dict[str, Any]) -> None:
    for name, command in synced.items():
        assert command.get("contexts"), f"/{name} sets no contexts"
        assert set(command["contexts"]) <= {GUILD, BOT_DM}, f"/{name} runs in private channels"
        assert GUILD in command["contexts"], f"/{name} does not run in servers"
        assert command.get("integration_types") == [GUILD_INSTALL], f"/{name}: {command.get('integration_types')}"


def test_the_deprecated_dm_permission_never_disagrees_with_contexts(synced: dict[str, Any]) -> None:
    for name, command in synced.items():
        assert command.get("dm_permission", True) == (BOT_DM in command["contexts"]), name


def test_only_lore_lookups_help_about_forget_and_season2_news_run_in_dms(synced: dict[str, Any]) -> None:
    assert {name for name, command in synced.items() if BOT_DM in command["contexts"]} == DM_COMMANDS


def test_every_moderator_command_sets_default_member_permissions_and_no_other_does(synced: dict[str, Any]) -> None:
    shown_to = {name: command.get("default_member_permissions") for name, command in synced.items()}
    assert {name: int(p) for name, p in shown_to.items() if p is not None} == MODERATOR_COMMANDS
    for name in MODERATOR_COMMANDS:
        assert synced[name]["contexts"] == [GUILD], f"/{name} is a server's setting: servers only"


def test_every_trivia_command_that_takes_one_list_calls_its_option_list(synced: dict[str, Any]) -> None:
    # A moderator who typed `/trivia info list:` types `/trivia export list:` too.
    def options(top: str, sub: str) -> set[str]:
        (command,) = (o for o in synced[top]["options"] if o["name"] == sub)
        return {o["name"] for o in command.get("options", [])}

    for top, sub in (("trivia", "info"), ("trivia", "export"), ("triviaset", "delete"), ("triviaset", "add_question")):
        assert "list" in options(top, sub), f"/{top} {sub}: {options(top, sub)}"
    assert "name" not in options("trivia", "export")
