"""What the domain tests share: ids, a small question set, a GameService on the test database."""

from __future__ import annotations

import datetime as dt
import itertools
import random

from bot.clock import ManualClock
from bot.show import NOTHING, Position
from bot.trivia.events import Event, StartRequest
from bot.trivia.matching import AnswerMatcher
from bot.trivia.model import Question
from bot.trivia.service import GameService
from bot.trivia.snapshot import correct_choice
from db.connection import Database
from db.trivia import games as game_store

GUILD, CHANNEL, STARTER, OTHER, MOD = 1, 10, 100, 200, 300
END_OF_SEASON_ONE = Position(1, 12)


def _questions(count: int = 12, spoils: Position = NOTHING) -> list[Question]:
    return [
        Question(
            id=f"t-{i:03d}",
            text=f"Question {i}?",
            answers=(f"answer {i}",),
            choices=(f"answer {i}", f"wrong {i}a", f"wrong {i}b", f"wrong {i}c"),
            spoils=spoils,
            list_name="test",
            category="test",
        )
        for i in range(count)
    ]


def _service(
    db: Database, clock: ManualClock, questions: list[Question] | None = None, mark: Position = END_OF_SEASON_ONE
) -> GameService:
    async def channel_mark(_: int) -> Position:
        return mark

    return GameService(
        db, clock, questions if questions is not None else _questions(), matcher=AnswerMatcher(None),
        channel_mark=channel_mark, rng=random.Random(1),
    )


def _request(**changes: object) -> StartRequest:
    base: dict[str, object] = dict(guild_id=GUILD, channel_id=CHANNEL, starter_id=STARTER, questions=2)
    base.update(changes)
    return StartRequest(**base)  # type: ignore[arg-type]


_message_ids = itertools.count(9000)


async def _post_queued(service: GameService) -> int:
    """Post what the games queued, in order, as the host does (each post gets a made-up message id);
    returns how many were posted."""
    posted = 0
    for channel in await service.posts.channels():
        while (post := await service.posts.next(channel)) is not None:
            delivery = await service.posts.begin(post)
            if delivery is not None:
                await service.posts.sent(delivery, next(_message_ids))
                posted += 1
    return posted


async def _expire(service: GameService, clock: ManualClock, seconds: float = 60) -> list[object]:
    """Post what is queued, move the clock on and let every running game's deadline pass (what the
    host's deadlines do), then post what that queued."""
    await _post_queued(service)
    clock.advance(dt.timedelta(seconds=seconds))
    async with service.db.read() as conn:
        running = await game_store.active_games(conn)
    events: list[Event] = []
    for game in running:
        events += await service.advance(game.id)
    await _post_queued(service)
    return list(events)


def right_choice(question: Question) -> int:
    """The button of the right answer (a game shuffles a question's own options)."""
    found = correct_choice(question)
    assert found is not None, question
    return found
