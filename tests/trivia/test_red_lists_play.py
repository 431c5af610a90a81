"""Red-DiscordBot's 54 trivia lists (../shared/red-trivia-lists) import and play in both modes: each
imported list starts a buttons game whose questions all have options with the right one among them, and a
typed game whose first question is won by typing its answer (issue 11). Skipped without the lists."""

from __future__ import annotations

import asyncio
from pathlib import Path

import pytest

from bot.clock import ManualClock
from bot.trivia import snapshot
from bot.trivia.lists import parse_list
from db.connection import Database
from db.trivia import games as game_store
from tests.trivia.helpers import CHANNEL, GUILD, STARTER, _post_queued, _request, _service
from tests.trivia.test_red_rules import RED_LISTS, _red_lists, needs_red_lists

PLAYER = 4242


@needs_red_lists
@pytest.mark.parametrize("path", _red_lists() or [Path("absent.yaml")], ids=lambda p: p.stem)
async def test_a_red_list_plays_in_buttons_and_typed_mode(path: Path, db: Database, clock: ManualClock) -> None:
    assert path.parent == RED_LISTS
    service = _service(db, clock)
    data = await asyncio.to_thread(path.read_bytes)
    parsed = parse_list(data, path.stem)  # default mode: imports as Red's format
    assert parsed.questions and parsed.format == "red"
    await service.import_list(GUILD, parsed, STARTER)

    buttons = await service.start(_request(category=path.stem, questions=3, mode="buttons"))
    async with db.read() as conn:
        rows = [await game_store.get_game_question(conn, buttons.game.id, i) for i in range(buttons.game.question_count)]
    questions = [snapshot.load_question(row.question_json) for row in rows if row is not None]
    assert questions and all(len(q.choices) >= 2 and snapshot.correct_choice(q) is not None for q in questions)
    await _post_queued(service)
    right = snapshot.correct_choice(buttons.question)
    assert right is not None
    assert (await service.click(buttons.game.id, 0, PLAYER, right)).status == "recorded"

    typed = await service.start(_request(category=path.stem, questions=1, mode="typed", channel_id=CHANNEL + 1))
    await _post_queued(service)
    answer = typed.question.answers[0]
    result = await service.guess(CHANNEL + 1, PLAYER, str(answer), message_id=1)
    assert result is not None and result.status == "correct", (typed.question.text, answer, result)
