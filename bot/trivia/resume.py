"""Resuming at start: every game still running in the database goes on where it stood. Its question
keeps its message and its remaining time (a deadline that passed while the bot was away closes the
question at once), a pause ends when it would have, and the posts still queued go out (a question
never shown gets its full time when it is: bot/trivia/posts.py). A game left too long is closed
instead, and the end of a game stopped mid-question closes that question's buttons.

Nothing is posted again: a new process (a restart, a crash loop, a rolling deploy) never shows a
question twice nor gives it a fresh answer time.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Awaitable, Callable

from bot.clock import Clock
from bot.trivia import snapshot
from bot.trivia.cache import GameCache
from bot.trivia.events import GameEnded
from bot.trivia.flow import QuestionFlow
from bot.trivia.model import Game
from db.connection import Database
from db.trivia import games as game_store

# A game whose deadline passed longer ago than this when the bot starts is closed, not resumed.
RESUME_WINDOW = dt.timedelta(minutes=30)


class Resumer:
    def __init__(
        self, db: Database, clock: Clock, cache: GameCache, flow: QuestionFlow,
        prepare: Callable[[Game], Awaitable[None]] | None = None,
    ) -> None:
        # `prepare`: what a game needs before it takes guesses again (the matcher taught its lists)
        self.prepare = prepare
        self.db = db
        self.clock = clock
        self.cache = cache
        self.flow = flow

    async def resume_all(self) -> list[Game]:
        """Take up every running game (or close those left too long); returns the games that go on,
        whose deadlines the caller arms."""
        now = self.clock.now()
        async with self.db.read() as conn:
            running = await game_store.active_games(conn)
        going_on: list[Game] = []
        for game in running:
            ended: GameEnded | None = None
            async with self.db.transaction() as conn:
                fresh = await game_store.get_game(conn, game.id)
                if fresh is None or fresh.status != "active":
                    continue
                reference = fresh.deadline if fresh.deadline is not None else fresh.started_at
                row = await game_store.get_game_question(conn, game.id, fresh.current_index)
                if now - reference > RESUME_WINDOW or row is None:
                    scores = await game_store.scores(conn, game.id)
                    reason = "offline" if row is not None else "broken"
                    ended = await self.flow.end(conn, fresh, "abandoned", reason, [], scores, now)
                else:
                    await game_store.touch_answer(conn, game.id, now)  # downtime is not idleness
            if ended is not None or row is None:
                self.flow.settled([ended] if ended else [])
                continue
            if self.prepare is not None:
                await self.prepare(fresh)
            if fresh.phase == "asking":
                self.cache.remember_question(game.id, fresh.current_index, snapshot.load_question(row.question_json))
            self.cache.playing(fresh)
            going_on.append(fresh)
        return going_on
