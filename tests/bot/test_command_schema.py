"""The command schema hyosan syncs, compared with a checked-in snapshot.

A change to any command's name, description or options shows up here as a diff to review.
Regenerate with: HYOSAN_UPDATE_SNAPSHOT=1 .venv/bin/pytest tests/bot/test_command_schema.py
"""

from __future__ import annotations

import json
import os
from pathlib import Path
from typing import Any

from bot.harness import Harness

SNAPSHOT = Path(__file__).resolve().parent.parent / "snapshots" / "commands.json"
VOLATILE = {"id", "application_id", "version", "guild_id"}


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
