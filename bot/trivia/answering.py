"""Answering: a choice button (buttons mode, written together with the other clicks waiting:
bot/trivia/clicks.py), a typed guess (typed mode), and the hint.

Every answer is guarded by "still on this question and before its deadline" and by the
one-answer-per-player key, so a click counts once however often it is pressed; a typed guess is
keyed by its message, so a second delivery of it counts nothing. Early close: see clicks.py.

Hints: a player may take the question's hint (bot.trivia.hints) once; it is recorded in the
database and halves that player's points on that question (the streak is kept). Asking again
shows the same hint and costs nothing more.
"""

from __future__ import annotations

from bot.clock import Clock
from bot.trivia.cache import GameCache
from bot.trivia.clicks import ClickWriter, is_open
from bot.trivia.events import ClickResult, GuessResult, HintResult
from bot.trivia.flow import QuestionFlow
from bot.trivia.guessing import GuessWriter, Matcher
from bot.trivia.hints import hint_for
from db.connection import Database
from db.trivia import answers as answer_store
from db.trivia import games as game_store


class Answering:
    def __init__(
        self, db: Database, clock: Clock, cache: GameCache, flow: QuestionFlow, matcher: Matcher | None
    ) -> None:
        self.db = db
        self.clock = clock
        self.cache = cache
        self.flow = flow
        self.matcher = matcher
        self.clicks = ClickWriter(db, clock, cache, flow)
        self.guesses = None if matcher is None else GuessWriter(db, clock, cache, flow, matcher)

    async def click(self, game_id: int, q_index: int, user_id: int, choice: int) -> ClickResult:
        """A button press in buttons mode: one answer per player per question."""
        return await self.clicks.click(game_id, q_index, user_id, choice)

    async def hint(self, game_id: int, q_index: int, user_id: int) -> HintResult:
        """A player asks for the hint on a question (idempotent: the first ask is the one that counts)."""
        question = await self.cache.question(game_id, q_index)
        if question is None:
            return HintResult("unknown")
        now = self.clock.now()
        async with self.db.transaction() as conn:
            game = await game_store.get_game(conn, game_id)
            if game is None:
                return HintResult("unknown")
            hint = hint_for(question, game.mode, f"{game_id}:{q_index}:{user_id}")
            if not is_open(game, q_index, now):
                return HintResult("closed", question=question, game=game)
            if hint is None:
                return HintResult("none", question=question, game=game)
            if user_id in await answer_store.answered_users(conn, game_id, q_index):
                return HintResult("answered", question=question, game=game)
            first = await answer_store.add_hint(conn, game_id, q_index, user_id, now)
        return HintResult("given" if first else "again", hint, question, game)

    def takes_guesses(self, channel_id: int) -> bool:
        """Whether a typed game runs in the channel (so its messages are guesses), or has just
        ended there (so a late answer is told it came too late)."""
        return self.cache.typed_game_in(channel_id) is not None or self.cache.just_ended(channel_id) is not None

    async def guess(self, channel_id: int, user_id: int, text: str, message_id: int | None = None) -> GuessResult | None:
        """A typed message in a channel; None when no typed game runs there, or when this message
        (`message_id`) was counted already (a second delivery of it changes nothing)."""
        if self.guesses is None:
            return None
        return await self.guesses.guess(channel_id, user_id, text, message_id)
