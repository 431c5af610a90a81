"""Answering: a choice button (buttons mode), a typed guess (typed mode), and the hint.

Every answer is one transaction guarded by "still on this question and before its deadline" and by
the one-answer-per-player key, so a click counts once however often it is pressed.

Early close (buttons mode): a question closes before its time is up once every *active* player
has answered it, where active means having answered at least one earlier question of this game.
The first question never closes early (nobody is active yet), and no question closes before it
has been open EARLY_CLOSE_MIN_SECONDS, so a newcomer always gets a fair moment to join in. When
the last active player answers sooner than that, the deadline is brought forward to the minimum
(in the database, so a restart keeps it).

Hints: a player may take the question's hint (bot.trivia.hints) once; it is recorded in the
database and halves that player's points on that question (the streak is kept). Asking again
shows the same hint and costs nothing more.
"""

from __future__ import annotations

import datetime as dt
from typing import Literal, Protocol

import aiosqlite

from bot.clock import Clock
from bot.trivia import snapshot
from bot.trivia.cache import GameCache
from bot.trivia.events import ClickResult, Event, GuessResult, HintResult, Revealed
from bot.trivia.flow import QuestionFlow, seconds
from bot.trivia.hints import hint_for
from bot.trivia.model import Game, Question
from db import handled
from db.connection import Database
from db.trivia import answers as answer_store
from db.trivia import games as game_store

# Buttons mode: a question stays open at least this long before it may close early.
EARLY_CLOSE_MIN_SECONDS = 5.0


class MatchLike(Protocol):
    @property
    def verdict(self) -> str: ...


class Matcher(Protocol):
    def match(self, guess: str, question: Question) -> MatchLike: ...


def is_open(game: Game, q_index: int, now: dt.datetime) -> bool:
    """Whether question `q_index` of `game` still takes answers and hints at `now`."""
    return (
        game.status == "active"
        and game.phase == "asking"
        and game.current_index == q_index
        and game.deadline is not None
        and now < game.deadline
    )


def _elapsed_ms(game: Game, now: dt.datetime) -> int:
    posted = game.posted_at or now
    return int(max(0.0, (now - posted).total_seconds()) * 1000)


class Answering:
    def __init__(
        self, db: Database, clock: Clock, cache: GameCache, flow: QuestionFlow, matcher: Matcher | None
    ) -> None:
        self.db = db
        self.clock = clock
        self.cache = cache
        self.flow = flow
        self.matcher = matcher

    async def click(self, game_id: int, q_index: int, user_id: int, choice: int) -> ClickResult:
        """A button press in buttons mode: one answer per player per question."""
        if self.cache.has_answered(game_id, q_index, user_id):
            return ClickResult("already")
        question = await self.cache.question(game_id, q_index)
        if question is None or not 0 <= choice < len(question.choices):
            return ClickResult("unknown")
        right = snapshot.correct_choice(question)
        now = self.clock.now()
        events: list[Event] = []
        hinted = False
        moved: dt.datetime | None = None
        async with self.db.transaction() as conn:
            game = await game_store.get_game(conn, game_id)
            if game is None or game.mode != "buttons":
                return ClickResult("unknown")
            if not is_open(game, q_index, now):
                status: Literal["recorded", "already", "closed"] = "closed"
            else:
                inserted = await answer_store.insert_answer(
                    conn, game_id, q_index, user_id, choice=choice, correct=choice == right,
                    elapsed_ms=_elapsed_ms(game, now), now=now,
                )
                if inserted:
                    await game_store.touch_answer(conn, game_id, now)
                    hinted = user_id in await answer_store.hinted_users(conn, game_id, q_index)
                    events, moved = await self._maybe_close_early(conn, game, question, now)
                status = "recorded" if inserted else "already"
        if status != "closed":
            self.cache.mark_answered(game_id, q_index, user_id)
        self.flow.settled(events)
        return ClickResult(status, choice, hinted, events, moved)

    async def _maybe_close_early(
        self, conn: aiosqlite.Connection, game: Game, question: Question, now: dt.datetime
    ) -> tuple[list[Event], dt.datetime | None]:
        """After an answer: close the question when every active player has answered it (see the
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
        """Whether a typed game runs in the channel (so its messages are guesses)."""
        return self.cache.typed_game_in(channel_id) is not None

    async def guess(self, channel_id: int, user_id: int, text: str, message_id: int | None = None) -> GuessResult | None:
        """A typed message in a channel; None when no typed game runs there, or when this message
        (`message_id`) was counted already (a second delivery of it changes nothing)."""
        game_id = self.cache.typed_game_in(channel_id)
        if game_id is None or self.matcher is None:
            return None
        async with self.db.read() as conn:
            game = await game_store.get_game(conn, game_id)
        if game is None or game.status != "active":
            self.cache.forget_channel(channel_id)
            return None
        q_index = game.current_index
        question = await self.cache.question(game_id, q_index) if game.phase == "asking" else None
        if question is None:
            return None  # between questions: chat, not a guess
        verdict = self.matcher.match(text, question).verdict
        now = self.clock.now()
        events: list[Event] = []
        points = 0
        async with self.db.transaction() as conn:
            game = await game_store.get_game(conn, game_id)
            if game is None or not is_open(game, q_index, now):
                result: GuessResult | None = GuessResult("closed")
            elif message_id is not None and not await handled.record(conn, message_id, "trivia-guess", now):
                result = None
            else:
                limit = game.settings.max_guesses
                count = await answer_store.bump_guess(conn, game_id, q_index, user_id, verdict)
                await game_store.touch_answer(conn, game_id, now)
                left = max(0, limit - count)
                if limit > 0 and count > limit:
                    result = GuessResult("limit", 0)
                elif verdict == "correct":
                    await answer_store.insert_answer(
                        conn, game_id, q_index, user_id, choice=None, correct=True,
                        elapsed_ms=_elapsed_ms(game, now), now=now,
                    )
                    events = await self.flow.close_question(
                        conn, game, question, winner=user_id, now=now, timed_out=False
                    )
                    for event in events:
                        if isinstance(event, Revealed):
                            points = event.earned.get(user_id, 0)
                    result = GuessResult("correct", left, points, events)
                elif verdict in ("close", "multiple"):
                    result = GuessResult(verdict, left)  # type: ignore[arg-type]
                else:
                    result = GuessResult("wrong", left)
        self.flow.settled(events)
        return result
