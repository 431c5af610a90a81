"""The question flow: closing a question (score it, reveal it), then a pause, the next question or
the end of the game (points to win reached, questions run out, idle), and a game whose deadline
passed moving on.

Every step runs inside the caller's write transaction, guarded so it happens once: a question
closes once (`close_question`), a game ends once (`end_game`). Each step queues its post in that
same transaction (bot/trivia/posts.py), so once it has committed it is shown whatever happens to
the process, and returns its event (bot/trivia/events.py) to the caller.

Timing: every active game has a `deadline`, the end of its current question or of the pause after
it. `advance(game_id)` is what runs when that deadline passes (cogs/trivia keeps one scheduler
deadline per game).
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Sequence

import aiosqlite

from bot.clock import Clock
from bot.outbox import enqueue_notice
from bot.show import Position
from bot.trivia import posts, snapshot, target
from bot.trivia.cache import GameCache
from bot.trivia.events import Event, GameEnded, QuestionShown, Revealed
from bot.trivia.gates import ChannelMark
from bot.trivia.model import Game, GameStatus, Question, Score
from bot.trivia.scoring import BOT_PLAYER, Outcome, apply_question
from db.connection import Database
from db.trivia import answers as answer_store
from db.trivia import games as game_store
from db.trivia import posts as post_store
from db.trivia import stats as stats_store

# A deadline this much before the full answer time was brought forward by the early-close rule.
_EARLY_MARGIN = dt.timedelta(seconds=0.5)


def seconds(count: float) -> dt.timedelta:
    return dt.timedelta(seconds=count)


class QuestionFlow:
    def __init__(self, db: Database, clock: Clock, cache: GameCache, channel_mark: ChannelMark | None = None) -> None:
        self.db = db
        self.clock = clock
        self.cache = cache
        # A moderator may lower the channel's mark while a game runs: the next question is held to it.
        self.channel_mark = channel_mark

    async def close_question(
        self,
        conn: aiosqlite.Connection,
        game: Game,
        question: Question,
        *,
        winner: int | None,
        now: dt.datetime,
        timed_out: bool,
        early: bool = False,
        mark: Position | None = None,
        skipped: bool = False,
    ) -> list[Event]:
        """Score the current question and move the game on (inside the caller's transaction);
        `mark`: the channel's spoiler mark as it stands now (see next_question); `skipped`: closed
        by /trivia skip (the answers given so far count; someone was there, so never an idle stop)."""
        q_index = game.current_index
        if not await game_store.close_question(conn, game.id, q_index, winner):
            return []
        answer_ms = game.settings.answer_seconds * 1000
        answers = await answer_store.answers_for(conn, game.id, q_index)
        outcomes = [Outcome(a.user_id, a.correct, a.elapsed_ms) for a in answers]
        if game.mode == "typed":
            winners = {a.user_id for a in answers if a.correct}
            guessed = await answer_store.guessers(conn, game.id, q_index)
            outcomes += [Outcome(u, False, 0) for u in guessed if u not in winners]
        hinted = frozenset(await answer_store.hinted_users(conn, game.id, q_index))
        old = await game_store.scores(conn, game.id)
        new, earned = apply_question(
            old, outcomes, answer_ms, difficulty=question.difficulty, hinted=hinted,
            bot_plays=game.settings.bot_plays,
        )
        await game_store.save_scores(conn, game.id, new)
        right = snapshot.correct_choice(question) if game.mode == "buttons" else None
        reveal = Revealed(
            game=game,
            q_index=q_index,
            question=question,
            correct_choice=right,
            earned=earned,
            answered=len(outcomes),
            timed_out=timed_out,
            show_answer=game.settings.reveal_answers or not timed_out,
            scores=new,
            early=early,
            hinted=hinted,
            skipped=skipped,
        )
        await posts.enqueue(conn, [reveal], now)
        events: list[Event] = [reveal]
        reached = target.reached(new, game.settings)
        last = q_index + 1 >= game.question_count
        idle = timed_out and not skipped and not outcomes and now - game.last_answer_at >= seconds(game.settings.idle_seconds)
        if reached:
            reason = "answers" if target.by_right_answers(game.settings) else "points"
            events.append(await self.end(conn, game, "finished", reason, reached, new, now))
        elif last:
            events.append(await self.end(conn, game, "finished", "questions", target.best_when_over(new, game.settings), new, now))
        elif idle:
            events.append(await self.end(conn, game, "idle", "idle", [], new, now))
        elif game.settings.pause_seconds > 0 or (mark is None and self.channel_mark is not None):
            # No pause, but the channel's mark not at hand (an answer closed the question): the
            # deadline job asks the next question at once, having read it.
            await game_store.set_phase(
                conn, game.id, current_index=q_index, phase="pause", posted_at=game.posted_at,
                deadline=now + seconds(game.settings.pause_seconds),
            )
        else:
            events.append(await self.next_question(conn, game, now, mark))
        return events

    async def next_question(
        self, conn: aiosqlite.Connection, game: Game, now: dt.datetime, mark: Position | None = None
    ) -> QuestionShown | GameEnded:
        """Ask the next question; or, when the channel's spoiler mark (`mark`, as it stands now) was
        lowered below it since the game began, end the game there rather than show it in the clear."""
        q_index = game.current_index + 1
        row = await game_store.get_game_question(conn, game.id, q_index)
        assert row is not None
        question = snapshot.load_question(row.question_json)
        if mark is not None and question.asked_tag > mark:  # its picked options too
            scores = await game_store.scores(conn, game.id)
            return await self.end(conn, game, "finished", "mark", target.best_when_over(scores, game.settings), scores, now)
        deadline = now + seconds(game.settings.answer_seconds)
        await game_store.set_phase(conn, game.id, current_index=q_index, phase="asking", posted_at=now, deadline=deadline)
        self.cache.remember_question(game.id, q_index, question)
        fresh = await game_store.get_game(conn, game.id)
        assert fresh is not None
        shown = QuestionShown(fresh, q_index, question, deadline)
        await posts.enqueue(conn, [shown], now)
        return shown

    async def end(
        self,
        conn: aiosqlite.Connection,
        game: Game,
        status: GameStatus,
        reason: str,
        winners: list[int],
        scores: list[Score],
        now: dt.datetime,
    ) -> GameEnded:
        await game_store.end_game(conn, game.id, status, reason, now)
        # The bot's seat (bot_plays) is shown in the game but kept out of members' stats.
        people = [row for row in scores if row.user_id != BOT_PLAYER]
        await stats_store.record_results(conn, game.id, game.guild_id, people, winners, now)
        ended = GameEnded(game, status, reason, winners, scores)
        await posts.enqueue(conn, [ended], now)
        return ended

    def settled(self, events: Sequence[Event]) -> None:
        """After a step committed: forget the games it ended."""
        for event in events:
            if isinstance(event, GameEnded):
                self.cache.forget(event.game)

    async def advance(self, game_id: int) -> list[Event]:
        """A game's deadline passed: close its question, or end its pause with the next question.
        Nothing happens when the deadline has not passed yet or the game moved on meanwhile."""
        now = self.clock.now()
        question: Question | None = None
        async with self.db.read() as conn:
            peek = await game_store.get_game(conn, game_id)
        if peek is not None and peek.phase == "asking":
            question = await self.cache.question(game_id, peek.current_index)
        # Read before the write transaction: a thread's mark may need Discord to find its channel.
        mark = await self.channel_mark(peek.channel_id) if peek is not None and self.channel_mark else None
        events: list[Event] = []
        async with self.db.transaction() as conn:
            game = await game_store.get_game(conn, game_id)
            if game is None or game.status != "active" or game.deadline is None or game.deadline > now:
                return []
            if game.phase == "asking":
                if question is None or peek is None or peek.current_index != game.current_index:
                    return []  # moved on meanwhile; its new deadline is armed by whoever moved it
                if await post_store.is_pending(conn, game.id, "question", game.current_index):
                    return []  # not shown yet: it closes once shown (its post re-arms the deadline)
                # a deadline brought forward by the early-close rule ends before the full answer time
                full = seconds(game.settings.answer_seconds) - _EARLY_MARGIN
                early = game.posted_at is not None and game.deadline < game.posted_at + full
                events = await self.close_question(
                    conn, game, question, winner=None, now=now, timed_out=True, early=early, mark=mark
                )
            elif game.phase == "pause":
                events = [await self.next_question(conn, game, now, mark)]
        self.settled(events)
        return events

    async def abandon(self, game_id: int, reason: str, *, refused: Sequence[str] | None = None) -> GameEnded | None:
        """Close a game the bot cannot run any more (its channel is gone, a send keeps failing).
        `refused`: Discord refused its channel (what the bot lacks there, when known): whoever started
        it is told once, in the same transaction, by the moderators' notices (a DM to them, or the
        channel the moderators chose), as a season-2 channel that refuses is."""
        now = self.clock.now()
        async with self.db.transaction() as conn:
            game = await game_store.get_game(conn, game_id)
            if game is None or game.status != "active":
                return None
            scores = await game_store.scores(conn, game.id)
            ended = await self.end(conn, game, "abandoned", reason, [], scores, now)
            if refused is not None:
                await enqueue_notice(conn, guild_id=game.guild_id, event_key=f"trivia-cut-off:{game.id}", now=now, payload={
                    "type": "trivia_cut_off", "channel_id": game.channel_id, "missing": list(refused),
                    "moderator_id": game.starter_id,
                })
        self.settled([ended])
        return ended

    async def deadline(self, game_id: int) -> dt.datetime | None:
        """When the game's current question or pause ends; None once it has ended."""
        async with self.db.read() as conn:
            game = await game_store.get_game(conn, game_id)
        return None if game is None or game.status != "active" else game.deadline
