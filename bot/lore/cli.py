"""`hyosan ask "QUESTION" [--watched N] [--json]`: the /ask answer on the console.

No bot runs here, so no live season-2 status: answers come from the content pack alone.
"""

from __future__ import annotations

import argparse
import asyncio
import json
from typing import Any

from bot.lore.answer import AnswerEngine, answer_json, render_text
from bot.lore.content import ContentError, bundled_pack
from bot.show import LAST_EPISODE


def _episode(value: str) -> int:
    try:
        number = int(value)
    except ValueError:
        raise argparse.ArgumentTypeError(f"not a whole number: {value!r}") from None
    if not 0 <= number <= LAST_EPISODE:
        raise argparse.ArgumentTypeError(f"must be 0 to {LAST_EPISODE}")
    return number


def register(subparsers: Any) -> None:
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
    engine = await AnswerEngine.create(pack)
    try:
        answer = await engine.answer(question)
    finally:
        await engine.close()
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
