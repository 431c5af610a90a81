"""Reports: a player flags a question (wrong, ambiguous, spoiler) for the moderators' queue."""

from __future__ import annotations

from bot.clock import Clock
from bot.trivia.cache import GameCache
from bot.trivia.model import REPORT_REASONS, Question, Report, TriviaError
from db.connection import Database
from db.trivia import reports as report_store


class Reports:
    def __init__(self, db: Database, clock: Clock, cache: GameCache) -> None:
        self.db = db
        self.clock = clock
        self.cache = cache

    async def report(
        self, guild_id: int, channel_id: int, game_id: int, q_index: int, user_id: int, reason: str
    ) -> bool:
        """Queue a report about a question for the moderators; False when already reported."""
        question = await self.cache.question(game_id, q_index)
        return await self.report_question(guild_id, channel_id, game_id, question, user_id, reason)

    async def report_question(
        self, guild_id: int, channel_id: int, game_id: int | None, question: Question | None, user_id: int, reason: str
    ) -> bool:
        """Queue a report about a question (of a game, or a daily question: no game)."""
        if reason not in REPORT_REASONS:
            raise TriviaError("Unknown reason.")
        if question is None:
            raise TriviaError("That question is gone.")
        async with self.db.transaction() as conn:
            return await report_store.add_report(
                conn, guild_id=guild_id, channel_id=channel_id, game_id=game_id, question_id=question.id,
                question_text=question.text, spoils=question.spoils, reporter_id=user_id, reason=reason,
                now=self.clock.now(),
            )

    async def open_reports(self, guild_id: int) -> tuple[list[Report], int]:
        """The oldest open reports (as many as the queue shows), and how many are open in all."""
        async with self.db.read() as conn:
            return await report_store.open_reports(conn, guild_id), await report_store.open_report_count(conn, guild_id)

    async def open_count(self, guild_id: int) -> int:
        """How many reports wait in the server's queue."""
        async with self.db.read() as conn:
            return await report_store.open_report_count(conn, guild_id)

    async def resolve(self, guild_id: int, report_id: int, retire: bool | None = None) -> bool:
        """Mark a report handled; with `retire`, also take its question out of the server's games
        (True) or put it back (False). False when there is no such report (or nothing changed)."""
        async with self.db.transaction() as conn:
            if retire is None:
                return await report_store.resolve_report(conn, guild_id, report_id)
            question_id = await report_store.reported_question(conn, guild_id, report_id)
            if question_id is None:
                return False
            if not retire:
                return await report_store.restore_question(conn, guild_id, question_id)
            await report_store.retire_question(conn, guild_id, question_id, self.clock.now())
            return True
