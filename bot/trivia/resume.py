"""Resuming at start: each game still running in the database gets its current question posted again
with a fresh answer time (or its pause ends with the next question); a game left too long is
closed instead.
"""

from __future__ import annotations

import datetime as dt

from bot.clock import Clock
from bot.trivia import snapshot
from bot.trivia.cache import GameCache
from bot.trivia.events import Event, QuestionShown
from bot.trivia.flow import QuestionFlow, seconds
from db.connection import Database
from db.trivia import games as game_store

# A game whose deadline passed longer ago than this when the bot starts is closed, not resumed.
RESUME_WINDOW = dt.timedelta(minutes=30)


class Resumer:
    def __init__(self, db: Database, clock: Clock, cache: GameCache, flow: QuestionFlow) -> None:
        self.db = db
        self.clock = clock
        self.cache = cache
        self.flow = flow

    async def resume_all(self) -> list[Event]:
        """Re-post each running game's current question with a fresh deadline, or close the game."""
        now = self.clock.now()
        async with self.db.read() as conn:
            running = await game_store.active_games(conn)
        events: list[Event] = []
        for game in running:
            async with self.db.transaction() as conn:
                fresh = await game_store.get_game(conn, game.id)
                if fresh is None or fresh.status != "active":
                    continue
                reference = fresh.deadline if fresh.deadline is not None else fresh.started_at
                if now - reference > RESUME_WINDOW:
                    scores = await game_store.scores(conn, game.id)
                    events.append(await self.flow.end(conn, fresh, "abandoned", "offline", [], scores, now))
                    continue
                await game_store.touch_answer(conn, game.id, now)  # downtime is not idleness
                if fresh.phase == "pause":
                    events.append(await self.flow.next_question(conn, fresh, now))
                    continue
                row = await game_store.get_game_question(conn, game.id, fresh.current_index)
                if row is None:
                    events.append(await self.flow.end(conn, fresh, "abandoned", "broken", [], [], now))
                    continue
                deadline = now + seconds(fresh.settings.answer_seconds)
                await game_store.set_phase(
                    conn, game.id, current_index=fresh.current_index, phase="asking",
                    posted_at=now, deadline=deadline,
                )
                resumed = await game_store.get_game(conn, game.id)
                assert resumed is not None
            question = snapshot.load_question(row.question_json)
            self.cache.remember_question(game.id, fresh.current_index, question)
            events.append(QuestionShown(resumed, resumed.current_index, question, deadline, resumed=True))
        for event in events:
            if isinstance(event, QuestionShown):
                self.cache.playing(event.game)
        self.flow.settled(events)
        return events
