"""`hyosan trivia check [--red] FILE...`: validate trivia lists in Red's or hyosan's format.

By default a file is checked as hyosan imports it. With `--red`, Red-DiscordBot's own upload rules
decide (bot/trivia/redrules.py): "accepted" or "REFUSED" as Red's `[p]triviaset custom upload`
would answer, with hyosan's own findings listed beside them."""

from __future__ import annotations

import argparse
import sys
from functools import partial
from typing import TYPE_CHECKING, Any

from bot.text import count_of

if TYPE_CHECKING:
    from bot.trivia.lists import CheckResult

# The checks are imported by the command that uses them: every `hyosan` command builds this parser.


def register(subparsers: Any) -> None:
    trivia = subparsers.add_parser("trivia", help="trivia tools")
    commands = trivia.add_subparsers(dest="trivia_command", metavar="COMMAND", required=True)
    check = commands.add_parser("check", help="validate trivia list files (Red's or hyosan's format)")
    check.add_argument("files", nargs="+", metavar="FILE", help="YAML list files")
    check.add_argument("--red", action="store_true", help="apply Red-DiscordBot's own upload rules")
    check.add_argument("--quiet", action="store_true", help="print only files with errors and the totals")
    check.add_argument("--max-bytes", type=int, default=None, help=argparse.SUPPRESS)
    check.set_defaults(handler=cmd_check)


def _status(result: CheckResult) -> str:
    if result.red is None:
        return "ok" if result.ok else "ERROR"
    if not result.judged:
        return "NOT CHECKED against Red's upload rules (hyosan could not read it)"
    return "accepted by Red's upload rules" if result.ok else "REFUSED by Red's upload rules"


def cmd_check(args: argparse.Namespace) -> int:
    from bot.clock import SystemClock
    from bot.show import ShowShape
    from bot.trivia.lists import MAX_BYTES, check_files
    from bot.trivia.redrules import check_red
    from bot.trivia.upload_reading import bundled_reading

    max_bytes = MAX_BYTES if args.max_bytes is None else args.max_bytes
    red = partial(check_red, max_bytes=max_bytes) if args.red else None
    # tagged as /triviaset import tags it (its reply's warnings: "3 questions spoil S2E1 to S2E5, not out yet"),
    # against season 1 as bundled and today's date (a command line: no bot's clock to pass)
    latest = ShowShape.season_one().last_released(SystemClock().now())
    results = check_files(args.files, max_bytes=max_bytes, red=red, ready=partial(bundled_reading().ready, latest=latest))
    out = sys.stdout
    for result in results:
        if args.quiet and result.ok:
            continue
        fmt = f", {result.format} format" if result.format else ""
        print(
            f"{result.path}: {_status(result)}{fmt}, {count_of(result.questions, 'question')}, "
            f"{count_of(len(result.warnings), 'warning')}, {count_of(len(result.errors), 'error')}",
            file=out,
        )
        if result.red and result.judged and result.format == "hyosan":
            print("  (a list in hyosan's format, which Red cannot read: /trivia export format:red writes one)", file=out)
        for problem in result.red or ():
            print(f"  {'red' if result.judged else 'unread'}: {problem}", file=out)
        if result.red is not None and result.errors:
            print("  (hyosan would not import it as it is:)", file=out)
        for error in result.errors:
            print(f"  error: {error}", file=out)
        for warning in result.warnings:
            print(f"  warning: {warning}", file=out)
    bad = sum(1 for r in results if not r.ok)
    if args.red:
        unread = sum(1 for r in results if not r.judged)
        verdict = f"{count_of(bad - unread, 'file')} Red refuses, {unread} not checked"
    else:
        verdict = f"{count_of(bad, 'file')} with errors"
    print(
        f"{count_of(len(results), 'file')}, {count_of(sum(r.questions for r in results), 'question')}, "
        f"{count_of(sum(len(r.warnings) for r in results), 'warning')}, "
        f"{count_of(sum(len(r.errors) for r in results), 'error')} "
        f"({verdict})",
        file=out,
    )
    return 1 if bad else 0
