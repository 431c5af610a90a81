"""The lore commands of the `hyosan` console command.

- `hyosan ask "QUESTION" [--watched POSITION] [--json]`: the /ask answer on the console (POSITION:
  s1e5, 1x05, "season 1 episode 5", a bare number for season 1, 0 for nothing);
- `hyosan content check [PATH]`: validate a show content pack (default: the bundled one);
- `hyosan content import|versions|rollback|additions|promote|unpromote`: bot/lore/content_cli.py.

No bot runs here, so season-2 answers read the status the pack's own claims imply, computed with
the tracker's rules (`bot.lore.answer.pack_status`).
"""

from __future__ import annotations

import argparse
import asyncio
import json
import sys
from pathlib import Path
from typing import Any

from bot import re_cache
from bot.clock import SystemClock
from bot.lore import content_cli
from bot.show import NOTHING, Position, PositionError, ShowShape, parse_position
from bot.text import count_of, unescape_markdown

# The pack and the answer engine are imported by the commands that use them: every `hyosan`
# command builds this parser, and most need neither.


def register(subparsers: Any) -> None:
    _register_content(subparsers)
    _register_ask(subparsers)


# -- hyosan ask


def _position(value: str) -> Position:
    # No bot runs here: the shape is season 1 as bundled (what the bundled pack covers).
    try:
        return parse_position(value, ShowShape.season_one(), now=SystemClock().now())  # a command line: now
    except PositionError as exc:
        # the refusal quotes what was typed escaped for Discord ("\\-3"): a terminal shows it as typed
        raise argparse.ArgumentTypeError(unescape_markdown(exc.message)) from None


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
    parser.add_argument(
        "--watched", type=_position, default=NOTHING,
        help="the last episode watched (s1e5, 1x05, a number for season 1, 0 for nothing); later spoilers are "
        "hidden between || bars (default: 0, every spoiler hidden)",
    )
    parser.add_argument("--json", action="store_true", help="print one JSON object")
    parser.set_defaults(handler=run_ask)


async def ask(question: str, watched: Position) -> dict[str, object]:
    from bot.lore.answer import AnswerEngine, answer_json, pack_status, prepare_question, render_text
    from bot.lore.content import bundled_pack

    question = prepare_question(question)  # as /ask reads what a member typed: refused before loading
    pack = await asyncio.to_thread(bundled_pack)
    engine = await AnswerEngine.create(pack, season2=pack_status(pack, SystemClock()))  # a command line asks of now
    try:
        answer = engine.answer(question)
    finally:
        engine.close()
    return answer_json(answer, watched) | {"_text": render_text(answer, watched)[0]}


def run_ask(args: argparse.Namespace) -> int:
    with re_cache.importing():  # (the answer engine's patterns read back, not compiled: bot/re_cache.py)
        from bot.lore.answer import QuestionError
        from bot.lore.content import ContentError

    try:
        result = asyncio.run(ask(args.question, args.watched))
    except ContentError as exc:
        print(f"hyosan: the content pack is invalid:\n{exc}")
        return 1
    except QuestionError as exc:  # empty or overlong, refused as /ask refuses it
        print(f"hyosan: {exc}", file=sys.stderr)
        return 2
    text = str(result.pop("_text"))
    if args.json:
        print(json.dumps(result, ensure_ascii=False))
    else:
        print(text)
    return 0


# -- hyosan content check


def _register_content(subparsers: Any) -> None:
    content = subparsers.add_parser("content", help="the lore content pack: check, import, roll back; moderators' additions")
    actions = content.add_subparsers(dest="content_command", metavar="ACTION")
    actions.required = True
    check = actions.add_parser("check", help="validate a content pack; problems are printed as file:line: message")
    check.add_argument(
        "path", nargs="?", type=Path, default=None,
        help="the pack: a folder like bot/content or one YAML file, as `content import` takes (default: the bundled pack)",
    )
    check.set_defaults(handler=run_check)
    content_cli.register(actions)


def run_check(args: argparse.Namespace) -> int:
    from bot.files import FileRefused
    from bot.lore.content import BUNDLED_DIR, ContentError, load_bundle, load_pack
    from bot.lore.packs import read_pack_text

    path: Path = args.path if args.path is not None else BUNDLED_DIR
    try:
        # Read as `content import` reads it (one file or a folder; the CLI's file reader), so
        # what check accepts, import accepts.
        text = read_pack_text(path)
        pack = load_pack(path, check_tags=True) if path.is_dir() else load_bundle(text, str(path))
    except FileRefused as exc:
        print(exc.message)
        return 1
    except ContentError as exc:
        for problem in exc.problems:
            print(problem)
        return 1
    print(
        f"ok: {count_of(len(pack.people), 'person', 'people')}, {count_of(len(pack.characters), 'character')}, "
        f"{count_of(len(pack.episodes), 'episode')}, {count_of(len(pack.facts), 'fact')}, "
        f"{count_of(len(pack.claims), 'claim')}, {count_of(len(pack.sources), 'source')}"
    )
    return 0
