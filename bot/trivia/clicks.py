"""Button answers, written together: every click waiting for the database goes into the next write
transaction with the others (a group commit), in a fixed handful of statements however many there
are. A quiet game writes its one click at once; a busy server writes hundreds per transaction
instead of queueing them one by one behind the write lock, so an answer's acknowledgement waits
for one transaction, not for every click ahead of it.

A click is judged at the moment it arrived (its time is taken before it waits): one that came in
before the deadline counts even if it is written just after, and its speed is its own. It is
answered only once its transaction has committed, so an acknowledged answer is never lost.

Past capacity (`BUSY` clicks or more in one transaction), the optional work is left out: the
early-close check waits for a calmer transaction or the question's own deadline, which close it
anyway. The answer itself is never shed.

Early close (buttons mode): a player is *active* once they have answered any earlier question of
the game; a question closes as soon as every active player has answered it, and no question closes
before it has been open EARLY_CLOSE_MIN_SECONDS, so a newcomer always gets a fair moment to join
in. When the last active player answers sooner than that, the deadline is brought forward to the
minimum (in the database, so a restart keeps it).
"""

from __future__ import annotations

import asyncio
import datetime as dt
import logging
from collections.abc import Sequence
from dataclasses import dataclass
from typing import Literal

import aiosqlite

from bot.clock import Clock
from bot.trivia import snapshot
from bot.trivia.batching import GroupWriter
from bot.trivia.cache import GameCache
from bot.trivia.events import ClickResult, Event
from bot.trivia.flow import QuestionFlow, seconds
from bot.trivia.model import Game, Question
from db.connection import Database
from db.trivia import answers as answer_store
from db.trivia import games as game_store

log = logging.getLogger(__name__)

# Buttons mode: a question stays open at least this long before it may close early.
EARLY_CLOSE_MIN_SECONDS = 5.0
BUSY = 32  # from this many clicks in one transaction, optional work waits

Key = tuple[int, int, int]  # game, question, user


def is_open(game: Game, q_index: int, now: dt.datetime) -> bool:
    """Whether question `q_index` of `game` still takes answers and hints at `now`."""
    return (
        game.status == "active"
        and game.phase == "asking"
        and game.current_index == q_index
        and game.deadline is not None
        and now < game.deadline
    )


def elapsed_ms(game: Game, now: dt.datetime) -> int:
    posted = game.posted_at or now
    return int(max(0.0, (now - posted).total_seconds()) * 1000)


@dataclass
class _Click:
    game_id: int
    q_index: int
    user_id: int
    choice: int
    question: Question
    at: dt.datetime
    future: asyncio.Future[ClickResult]

    @property
    def key(self) -> Key:
        return (self.game_id, self.q_index, self.user_id)


class ClickWriter:
    def __init__(self, db: Database, clock: Clock, cache: GameCache, flow: QuestionFlow) -> None:
        self.db = db
        self.clock = clock
        self.cache = cache
        self.flow = flow
        self._batches = GroupWriter[_Click](self._write, name="trivia-clicks")

    async def click(self, game_id: int, q_index: int, user_id: int, choice: int) -> ClickResult:
        """A button press in buttons mode: one answer per player per question."""
        at = self.clock.now()
        if self.cache.has_answered(game_id, q_index, user_id):
            return ClickResult("already")
        question = await self.cache.question(game_id, q_index)
        if question is None or not 0 <= choice < len(question.choices):
            return ClickResult("unknown")
        future: asyncio.Future[ClickResult] = asyncio.get_running_loop().create_future()
        self._batches.add(_Click(game_id, q_index, user_id, choice, question, at, future))
        return await future

    async def _write(self, batch: Sequence[_Click]) -> None:
        results: dict[int, ClickResult] = {}
        recorded: list[_Click] = []
        events: list[Event] = []
        async with self.db.transaction() as conn:
            games = await game_store.get_games(conn, {click.game_id for click in batch})
            taken = await answer_store.answered_among(conn, [click.key for click in batch])
            for index, click in enumerate(batch):
                game = games.get(click.game_id)
                status = self._judge(game, click, taken)
                if status == "recorded":
                    taken.add(click.key)
                    recorded.append(click)
                results[index] = ClickResult(status, click.choice)
            if recorded:
                hinted, closing, moved = await self._record(conn, games, recorded, busy=len(batch) >= BUSY)
                events = [event for found in closing.values() for event in found]
                for index, click in enumerate(batch):
                    if results[index].status == "recorded":
                        results[index] = ClickResult(
                            "recorded", click.choice, click.key in hinted, closing.pop(click.game_id, []),
                            moved.pop(click.game_id, None), secret=not games[click.game_id].settings.reveal_answers,
                        )
        for index, click in enumerate(batch):
            if results[index].status in ("recorded", "already"):
                self.cache.mark_answered(*click.key)
            if not click.future.done():
                click.future.set_result(results[index])
        self.flow.settled(events)

    @staticmethod
    def _judge(game: Game | None, click: _Click, taken: set[Key]) -> Literal["recorded", "already", "closed", "unknown"]:
        if game is None or game.mode != "buttons":
            return "unknown"
        if not is_open(game, click.q_index, click.at):
            return "closed"
        return "already" if click.key in taken else "recorded"

    async def _record(
        self, conn: aiosqlite.Connection, games: dict[int, Game], recorded: Sequence[_Click], *, busy: bool
    ) -> tuple[set[Key], dict[int, list[Event]], dict[int, dt.datetime]]:
        """Write the recorded answers; returns who had taken the hint, and per game the steps an
        early close caused or the deadline it brought forward."""
        await answer_store.insert_answers(conn, [
            (c.game_id, c.q_index, c.user_id, c.choice, c.choice == snapshot.correct_choice(c.question),
             elapsed_ms(games[c.game_id], c.at), c.at)
            for c in recorded
        ])
        latest: dict[int, _Click] = {}
        for click in recorded:
            if click.game_id not in latest or click.at > latest[click.game_id].at:
                latest[click.game_id] = click
        await game_store.touch_answers(conn, [(game_id, click.at) for game_id, click in latest.items()])
        hinted = await answer_store.hinted_among(conn, [click.key for click in recorded])
        closing: dict[int, list[Event]] = {}
        moved: dict[int, dt.datetime] = {}
        if not busy:
            for game_id, click in latest.items():
                found, when = await self._maybe_close_early(conn, games[game_id], click.question, click.at)
                if found:
                    closing[game_id] = found
                if when is not None:
                    moved[game_id] = when
        return hinted, closing, moved

    async def _maybe_close_early(
        self, conn: aiosqlite.Connection, game: Game, question: Question, now: dt.datetime
    ) -> tuple[list[Event], dt.datetime | None]:
        """After answers: close the question when every active player has answered it (see the
        module's docstring), or bring its deadline forward to the minimum time open (returned)."""
        q_index = game.current_index
        if q_index == 0:
            return [], None  # nobody is active before the first question has been answered
        active = await answer_store.players_before(conn, game.id, q_index)
        if not active or not active <= await answer_store.answered_users(conn, game.id, q_index):
            return [], None
        close_at = (game.posted_at if game.posted_at is not None else now) + seconds(EARLY_CLOSE_MIN_SECONDS)
        if now >= close_at:
            closed = await self.flow.close_question(
                conn, game, question, winner=None, now=now, timed_out=True, early=True
            )
            return closed, None
        moved = await game_store.shorten_deadline(conn, game.id, q_index, close_at)
        return [], (close_at if moved else None)

