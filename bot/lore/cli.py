"""The lore commands of the `hyosan` console command.

- `hyosan ask "QUESTION" [--watched N] [--json]`: the /ask answer on the console;
- `hyosan content check [PATH]`: validate a show content pack (default: the bundled one).

No bot runs here, so season-2 answers read the status the pack's own claims imply, computed with
the tracker's rules (`bot.lore.answer.pack_status`).
"""

from __future__ import annotations

import argparse
import asyncio
import json
from pathlib import Path
from typing import Any

from bot.lore.answer import AnswerEngine, answer_json, pack_status, render_text
from bot.lore.content import BUNDLED_DIR, ContentError, bundled_pack, load_pack
from bot.show import LAST_EPISODE


def register(subparsers: Any) -> None:
    _register_content(subparsers)
    _register_ask(subparsers)


# -- hyosan ask


def _episode(value: str) -> int:
    try:
        number = int(value)
    except ValueError:
        raise argparse.ArgumentTypeError(f"not a whole number: {value!r}") from None
    if not 0 <= number <= LAST_EPISODE:
        raise argparse.ArgumentTypeError(f"must be 0 to {LAST_EPISODE}")
    return number


def _register_ask(subparsers: Any) -> None:
    parser = subparsers.add_parser(
        "ask",
        help="answer a question about the show, with sources",
        description=(
            "Answer a question about All of Us Are Dead from the bundled content pack, with sources. "
            "Season-2 news comes from the pack alone here: the live season-2 tracker runs inside the "
            "bot, where /ask and /season2 status also use what sources and moderators reported since."
        ),
    )
    parser.add_argument("question", help="the question, in quotes")
    parser.add_argument("--watched", type=_episode, default=0, help=f"episodes watched (0-{LAST_EPISODE}); later spoilers are hidden")
    parser.add_argument("--json", action="store_true", help="print one JSON object")
    parser.set_defaults(handler=run_ask)


async def ask(question: str, watched: int) -> dict[str, object]:
    pack = await asyncio.to_thread(bundled_pack)
    engine = await AnswerEngine.create(pack, season2=pack_status(pack))
    try:
        answer = engine.answer(question)
    finally:
        engine.close()
    return answer_json(answer, watched) | {"_text": render_text(answer, watched)[0]}


def run_ask(args: argparse.Namespace) -> int:
    try:
        result = asyncio.run(ask(args.question, args.watched))
    except ContentError as exc:
        print(f"hyosan: the content pack is invalid:\n{exc}")
        return 1
    text = str(result.pop("_text"))
    if args.json:
        print(json.dumps(result, ensure_ascii=False))
    else:
        print(text)
    return 0


# -- hyosan content check


def _register_content(subparsers: Any) -> None:
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
