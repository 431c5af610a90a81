"""In a typed game, the other answers of the list a question comes from are rival candidates: a
message naming the right answer and another answer of the list ("paris london") earns nothing,
while the right answer framed by chat still scores (bot/trivia/starting.py teaches the matcher)."""

from __future__ import annotations

from bot.clock import ManualClock
from bot.trivia.lists import parse_list
from db.connection import Database
from tests.trivia.helpers import CHANNEL, GUILD, STARTER, _post_queued, _request, _service

CAPITALS = b"""AUTHOR: mod
What is the capital of France?:
- Paris
What is the capital of England?:
- London
What is the capital of Germany?:
- Berlin
What is the capital of Italy?:
- Rome
"""


async def _verdict(db: Database, clock: ManualClock, text: str) -> str:
    service = _service(db, clock)
    await service.import_list(GUILD, parse_list(CAPITALS, "capitals"), STARTER)
    shown = await service.start(_request(category="capitals", questions=1, mode="typed"))
    await _post_queued(service)
    others = {"Paris", "London", "Berlin", "Rome"} - {shown.question.answers[0]}
    guess = text.format(right=shown.question.answers[0], other=sorted(others)[0])
    result = await service.guess(CHANNEL, 4242, guess, message_id=1)
    assert result is not None
    return result.status


async def test_the_right_answer_beside_another_answer_of_the_list_earns_nothing(db: Database, clock: ManualClock) -> None:
    assert await _verdict(db, clock, "{right} {other}") == "multiple"


async def test_the_right_answer_framed_by_chat_still_scores(db: Database, clock: ManualClock) -> None:
    assert await _verdict(db, clock, "pretty sure its {right} lol") == "correct"
