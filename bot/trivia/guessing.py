"""Typed guesses, written together: every guess waiting for the database goes into the next write
transaction with the others (a group commit), in a fixed handful of statements however many there
are, as button answers do (bot/trivia/clicks.py).

A message that is chat, not an attempt at the answer ("lol", "this one is hard", "brb": the
matcher's CHAT verdict), is not a guess: it costs nothing, is not written, and does not make its
author a player.

A guess is judged against the question its game was asking when it arrived, at that moment, and
counted in the order guesses arrived: the first right one closes the question, later ones in the
same transaction find it closed, as they would have one by one. Each is keyed by its message, so a
second delivery of the same message (another copy of hyosan, a replay) counts nothing. A guess is
answered only once its transaction has committed.
"""

from __future__ import annotations

import asyncio
import datetime as dt
from collections.abc import Collection, Sequence
from dataclasses import dataclass
from typing import Protocol

import aiosqlite

from bot.clock import Clock
from bot.trivia.batching import GroupWriter
from bot.trivia.cache import GameCache
from bot.trivia.clicks import elapsed_ms, is_open
from bot.trivia.events import Event, GuessResult, Revealed
from bot.trivia.flow import QuestionFlow
from bot.trivia.guesses import Verdict
from bot.trivia.model import Game, Question
from db import handled
from db.connection import Database
from db.trivia import answers as answer_store
from db.trivia import games as game_store

Key = tuple[int, int, int]  # game, question, user
# How long after a typed game ended an answer to its last question is still told it came too late.
AFTER_THE_END = dt.timedelta(seconds=30)


class MatchLike(Protocol):
    @property
    def verdict(self) -> str: ...


class Matcher(Protocol):
    def judge(self, guess: str, question: Question, scope: int | None = None) -> MatchLike:
        """The verdict on a guess in a game of server `scope`, whose lessons apply."""

    async def learn(self, questions: Sequence[Question], lists: Collection[str], scope: int | None = None) -> None:
        """Learn the answers of these lists for server `scope` (a guess naming two of them is two answers)."""


@dataclass
class _Guess:
    channel_id: int
    game_id: int
    q_index: int
    user_id: int
    verdict: str
    question: Question
    message_id: int | None
    at: dt.datetime
    future: asyncio.Future[GuessResult | None]

    @property
    def key(self) -> Key:
        return (self.game_id, self.q_index, self.user_id)


@dataclass
class _Batch:
    """What one transaction decided, before it is written."""

    results: list[GuessResult | None]
    counts: dict[Key, tuple[int, str]]
    seen: list[int]
    winners: dict[int, _Guess]  # game -> the guess that closes its question


class GuessWriter:
    def __init__(self, db: Database, clock: Clock, cache: GameCache, flow: QuestionFlow, matcher: Matcher) -> None:
        self.db = db
        self.clock = clock
        self.cache = cache
        self.flow = flow
        self.matcher = matcher
        self._batches = GroupWriter[_Guess](self._write, name="trivia-guesses")

    async def guess(self, channel_id: int, user_id: int, text: str, message_id: int | None) -> GuessResult | None:
        """A typed message in a channel; None when no typed game asks anything there or when this
        message was counted already; `chat` (nothing written) when it is not an attempt at all."""
        at = self.clock.now()
        game_id = self.cache.typed_game_in(channel_id)
        if game_id is None:
            return await self._after_the_end(channel_id, text, at)
        q_index = self.cache.current_question(game_id)
        if q_index is None:
            return None
        question = await self.cache.question(game_id, q_index)
        if question is None:
            return None
        verdict = str(self.matcher.judge(text, question, self.cache.guild_of(game_id)).verdict)
        if verdict == Verdict.CHAT:
            return GuessResult("chat")
        future: asyncio.Future[GuessResult | None] = asyncio.get_running_loop().create_future()
        self._batches.add(_Guess(channel_id, game_id, q_index, user_id, verdict, question, message_id, at, future))
        return await future

    async def _after_the_end(self, channel_id: int, text: str, at: dt.datetime) -> GuessResult | None:
        """A message shortly after the channel's typed game ended: an attempt at its last question
        is `closed` (too late), chat is chat; later, or with no game, nothing."""
        ended = self.cache.just_ended(channel_id)
        if ended is None:
            return None
        game_id, question = ended
        async with self.db.read() as conn:
            game = await game_store.get_game(conn, game_id)
        if game is None or game.ended_at is None or at - game.ended_at > AFTER_THE_END:
            self.cache.drop_ended(channel_id)
            return None
        if self.matcher.judge(text, question, game.guild_id).verdict == Verdict.CHAT:
            return GuessResult("chat")
        return GuessResult("closed")

    async def _write(self, batch: Sequence[_Guess]) -> None:
        events: list[Event] = []
        async with self.db.transaction() as conn:
            games = await game_store.get_games(conn, {guess.game_id for guess in batch})
            decided = await self._decide(conn, games, batch)
            await handled.record_many(conn, decided.seen, "trivia-guess", batch[0].at)
            await answer_store.set_guess_counts(conn, decided.counts)
            latest: dict[int, dt.datetime] = {}
            for guess, result in zip(batch, decided.results, strict=True):
                if result is not None and result.status != "closed":
                    latest[guess.game_id] = max(guess.at, latest.get(guess.game_id, guess.at))
            await game_store.touch_answers(conn, latest.items())
            for game_id, winner in decided.winners.items():
                index = batch.index(winner)
                closing = await self._close(conn, games[game_id], winner)
                events += closing
                result = decided.results[index]
                assert result is not None
                points = next((e.earned.get(winner.user_id, 0) for e in closing if isinstance(e, Revealed)), 0)
                decided.results[index] = GuessResult("correct", result.guesses_left, points, closing)
        for guess, result in zip(batch, decided.results, strict=True):
            game = games.get(guess.game_id)
            if game is None or game.status != "active":
                self.cache.forget_channel(guess.channel_id)
            if not guess.future.done():
                guess.future.set_result(result)
        self.flow.settled(events)

    async def _decide(self, conn: aiosqlite.Connection, games: dict[int, Game], batch: Sequence[_Guess]) -> _Batch:
        ids = [guess.message_id for guess in batch if guess.message_id is not None]
        seen_before = await handled.seen_among(conn, ids)
        counts = {key: (count, "") for key, count in (await answer_store.guess_counts(conn, [g.key for g in batch])).items()}
        decided = _Batch([], {}, [], {})
        for guess in batch:
            game = games.get(guess.game_id)
            if game is None or not is_open(game, guess.q_index, guess.at) or guess.game_id in decided.winners:
                decided.results.append(GuessResult("closed"))
                continue
            if guess.message_id is not None:
                if guess.message_id in seen_before:
                    decided.results.append(None)
                    continue
                seen_before.add(guess.message_id)
                decided.seen.append(guess.message_id)
            count = counts.get(guess.key, (0, ""))[0] + 1
            counts[guess.key] = decided.counts[guess.key] = (count, guess.verdict)
            limit = game.settings.max_guesses
            left = max(0, limit - count)
            if limit > 0 and count > limit:
                decided.results.append(GuessResult("limit", 0, over_limit=count - limit, limit=limit))
            elif guess.verdict == "correct":
                decided.winners[guess.game_id] = guess
                decided.results.append(GuessResult("correct", left))
            elif guess.verdict in ("close", "multiple"):
                decided.results.append(GuessResult(guess.verdict, left))  # type: ignore[arg-type]
            else:
                decided.results.append(GuessResult("wrong", left))
        return decided

    async def _close(self, conn: aiosqlite.Connection, game: Game, winner: _Guess) -> list[Event]:
        await answer_store.insert_answer(
            conn, game.id, winner.q_index, winner.user_id, choice=None, correct=True,
            elapsed_ms=elapsed_ms(game, winner.at), now=winner.at,
        )
        return await self.flow.close_question(
            conn, game, winner.question, winner=winner.user_id, now=winner.at, timed_out=False
        )

