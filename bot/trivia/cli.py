"""`hyosan trivia check FILE...`: validate trivia lists in Red's or hyosan's format."""

from __future__ import annotations

import argparse
import sys
from typing import Any

from bot.trivia.lists import MAX_BYTES, check_files


def register(subparsers: Any) -> None:
    trivia = subparsers.add_parser("trivia", help="trivia tools")
    commands = trivia.add_subparsers(dest="trivia_command", required=True)
    check = commands.add_parser("check", help="validate trivia list files (Red's or hyosan's format)")
    check.add_argument("files", nargs="+", metavar="FILE", help="YAML list files")
    check.add_argument("--quiet", action="store_true", help="print only files with errors and the totals")
    check.add_argument("--max-bytes", type=int, default=MAX_BYTES, help=argparse.SUPPRESS)
    check.set_defaults(handler=cmd_check)


def cmd_check(args: argparse.Namespace) -> int:
    results = check_files(args.files, max_bytes=args.max_bytes)
    out = sys.stdout
    for result in results:
        if args.quiet and result.ok:
            continue
        status = "ok" if result.ok else "ERROR"
        fmt = f", {result.format} format" if result.format else ""
        print(
            f"{result.path}: {status}{fmt}, {result.questions} questions, "
            f"{len(result.warnings)} warnings, {len(result.errors)} errors",
            file=out,
        )
        for error in result.errors:
            print(f"  error: {error}", file=out)
        for warning in result.warnings:
            print(f"  warning: {warning}", file=out)
    bad = sum(1 for r in results if not r.ok)
    print(
        f"{len(results)} files, {sum(r.questions for r in results)} questions, "
        f"{sum(len(r.warnings) for r in results)} warnings, {sum(len(r.errors) for r in results)} errors "
        f"({bad} files with errors)",
        file=out,
    )
    return 1 if bad else 0
