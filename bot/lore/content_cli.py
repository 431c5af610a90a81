"""`hyosan content check [PATH]`: validate a show content pack (default: the bundled one)."""

from __future__ import annotations

import argparse
from pathlib import Path
from typing import Any

from bot.lore.content import BUNDLED_DIR, ContentError, load_pack


def register(subparsers: Any) -> None:
    content = subparsers.add_parser("content", help="show content pack tools")
    actions = content.add_subparsers(dest="content_command", metavar="ACTION")
    actions.required = True
    check = actions.add_parser("check", help="validate a content pack; problems are printed as file:line: message")
    check.add_argument(
        "path", nargs="?", type=Path, default=None, help="pack directory (default: the bundled bot/content)"
    )
    check.set_defaults(handler=run_check)


def run_check(args: argparse.Namespace) -> int:
    path: Path = args.path if args.path is not None else BUNDLED_DIR
    try:
        pack = load_pack(path)
    except ContentError as exc:
        for problem in exc.problems:
            print(problem)
        return 1
    print(
        f"ok: {len(pack.people)} people, {len(pack.characters)} characters, "
        f"{len(pack.episodes)} episodes, {len(pack.facts)} facts, {len(pack.claims)} claims, "
        f"{len(pack.sources)} sources"
    )
    return 0
