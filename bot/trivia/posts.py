"""A game's posts as a durable queue: every step that follows a committed state change (a question,
a reveal, the final scores) is queued in the same transaction as the change, and the game host
(cogs/trivia/host.py) posts the queue in order, one channel at a time. A crash, an expired
interaction or a long storm of 429s delays a post; nothing loses it.

Posting it once: each post carries a nonce derived from its id, so Discord returns the first message
when a send is repeated (a send that failed for a while). Discord remembers nonces only for a few
minutes, so a post tried by an earlier process (killed between Discord creating the message and
its record) or longer ago than `NONCE_TRUSTED` is first looked for among the channel's recent
messages (`marker`), and sent again only when it is not there.

A question's answer time starts when Discord confirms its post (`sent`), so a send held back by
the channel's rate limit or a slow Discord never shortens it; one shown late (the bot was down, or
Discord held it up for `LATE_AFTER` or more) also says so, and a question closes only once it has
been shown (flow.advance waits for its post). A resumed game keeps its messages and its remaining time.

The payload keeps what a step needs beyond its game and question (read from the database when it
is posted): scores and points as they were, winners, the list settings applied at the start.
"""

from __future__ import annotations

import datetime as dt
import json
from collections.abc import Iterable
from dataclasses import dataclass
from typing import Any

import aiosqlite

from bot.clock import Clock
from bot.trivia import snapshot
from bot.trivia.events import Event, GameEnded, QuestionShown, Revealed
from bot.trivia.model import Game, Post, Question, Score
from db.connection import Database
from db.trivia import games as game_store
from db.trivia import posts as post_store

# A question first shown this long after it was queued gets its full answer time from then.
LATE_AFTER = dt.timedelta(seconds=3)
# A nonce tried less than this long ago is still remembered by Discord ("the past few minutes").
NONCE_TRUSTED = dt.timedelta(minutes=1)


def nonce(post: Post) -> str:
    """The nonce of a post's message: the same for every try of that post, at most 25 characters."""
    return f"hyosan-trivia-{post.id}"


def marker(step: str, game_id: int, q_index: int) -> str:
    """The end of the footer of a post's embed: how the post is recognised among a channel's
    messages once Discord has forgotten its nonce."""
    if step == "question":
        return f"game {game_id} · Q{q_index + 1}"
    if step == "reveal":
        return f"game {game_id} · Q{q_index + 1} answer"
    return f"game {game_id} · final scores"


# ---------------------------------------------------------------------------------------------
# Queueing (inside the caller's transaction)


def _scores(rows: Iterable[Score]) -> list[dict[str, Any]]:
    return [
        {"user_id": s.user_id, "points": s.points, "correct": s.correct, "wrong": s.wrong, "streak": s.streak,
         "best_streak": s.best_streak, "fastest_ms": s.fastest_ms}
        for s in rows
    ]


def _load_scores(rows: list[dict[str, Any]]) -> list[Score]:
    return [Score(**row) for row in rows]


def describe(event: Event) -> tuple[str, int, str]:
    """The step, question index and payload a post keeps of an event."""
    if isinstance(event, QuestionShown):
        return "question", event.q_index, json.dumps({"overrides": list(event.overrides)})
    if isinstance(event, Revealed):
        data = {
            "correct_choice": event.correct_choice,
            "earned": {str(user): points for user, points in event.earned.items()},
            "answered": event.answered,
            "timed_out": event.timed_out,
            "show_answer": event.show_answer,
            "scores": _scores(event.scores),
            "early": event.early,
            "hinted": sorted(event.hinted),
            "skipped": event.skipped,
        }
        return "reveal", event.q_index, json.dumps(data)
    ended: dict[str, Any] = {
        "status": event.status, "reason": event.reason, "winners": event.winners, "scores": _scores(event.scores),
    }
    return "end", -1, json.dumps(ended)


async def enqueue(conn: aiosqlite.Connection, events: Iterable[Event], now: dt.datetime) -> None:
    """Queue the posts of `events`, in order, in the caller's transaction."""
    for event in events:
        step, q_index, payload = describe(event)
        game = event.game
        await post_store.insert_post(
            conn, game_id=game.id, guild_id=game.guild_id, channel_id=game.channel_id, step=step,
            q_index=q_index, payload=payload, now=now,
        )


# ---------------------------------------------------------------------------------------------
# Posting (the game host drives these)


@dataclass(frozen=True)
class Delivery:
    """A post ready to send: its event as it is to be shown, and the question message whose
    buttons close with it (a reveal closes its question; the end of a game stopped mid-question
    closes that question, without showing its answer)."""

    post: Post
    event: Event
    close_message_id: int | None = None
    open_question: Question | None = None  # the question closed by an end post, if any
    look_first: bool = False  # the nonce may be forgotten: look in the channel before sending

    @property
    def nonce(self) -> str:
        return nonce(self.post)

    @property
    def marker(self) -> str:
        return marker(self.post.step, self.post.game_id, self.post.q_index)


class PostQueue:
    def __init__(self, db: Database, clock: Clock) -> None:
        self.db = db
        self.clock = clock
        self._since = clock.now()  # tries before this were an earlier process's

    async def channels(self) -> list[int]:
        """Channels with posts waiting, the longest waiting first."""
        async with self.db.read() as conn:
            return await post_store.channels_with_pending(conn)

    async def next(self, channel_id: int) -> Post | None:
        async with self.db.read() as conn:
            return await post_store.next_in_channel(conn, channel_id)

    async def begin(self, post: Post) -> Delivery | None:
        """Note the try and rebuild the post's event from the database; None when the post is no
        longer wanted (its question ended before it was ever shown) or already done."""
        now = self.clock.now()
        async with self.db.transaction() as conn:
            current = await post_store.get_post(conn, post.id)
            game = await game_store.get_game(conn, post.game_id)
            if current is None or current.status != "pending":
                return None
            if game is None:
                await post_store.mark_done(conn, post.id, "skipped", now, error="the game is gone")
                return None
            delivery = await self._rebuild(conn, current, game, now)
            if delivery is None:
                await post_store.mark_done(conn, post.id, "skipped", now, error="no longer shown")
                return None
            await post_store.mark_attempt(conn, post.id, now)
        return delivery

    async def _rebuild(self, conn: aiosqlite.Connection, post: Post, game: Game, now: dt.datetime) -> Delivery | None:
        data = json.loads(post.payload)
        tried = post.first_tried_at
        look_first = tried is not None and (tried < self._since or now - tried >= NONCE_TRUSTED)
        if post.step == "end":
            return await self._rebuild_end(conn, post, game, data, look_first)
        row = await game_store.get_game_question(conn, game.id, post.q_index)
        if row is None:
            return None
        question = snapshot.load_question(row.question_json)
        if post.step == "question":
            showing = game.status == "active" and game.phase == "asking" and game.current_index == post.q_index
            if not showing or row.closed or game.deadline is None:
                return None
            deadline = game.deadline
            late = post.first_tried_at is None and now - post.created_at >= LATE_AFTER
            if late:
                # Nobody has seen it yet: its answer time starts now.
                deadline = now + dt.timedelta(seconds=game.settings.answer_seconds)
                await game_store.set_phase(
                    conn, game.id, current_index=post.q_index, phase="asking", posted_at=now, deadline=deadline
                )
            shown = QuestionShown(game, post.q_index, question, deadline, overrides=tuple(data["overrides"]), late=late)
            return Delivery(post, shown, look_first=look_first)
        revealed = Revealed(
            game=game,
            q_index=post.q_index,
            question=question,
            correct_choice=data["correct_choice"],
            earned={int(user): int(points) for user, points in data["earned"].items()},
            answered=int(data["answered"]),
            timed_out=bool(data["timed_out"]),
            show_answer=bool(data["show_answer"]),
            scores=_load_scores(data["scores"]),
            early=bool(data["early"]),
            hinted=frozenset(int(user) for user in data["hinted"]),
            skipped=bool(data.get("skipped", False)),  # absent from a reveal queued before skips
        )
        return Delivery(post, revealed, close_message_id=row.message_id, look_first=look_first)

    async def _rebuild_end(
        self, conn: aiosqlite.Connection, post: Post, game: Game, data: dict[str, Any], look_first: bool
    ) -> Delivery:
        ended = GameEnded(game, str(data["status"]), str(data["reason"]), [int(u) for u in data["winners"]],
                          _load_scores(data["scores"]))
        row = await game_store.get_game_question(conn, game.id, game.current_index)
        if row is None or row.closed or row.message_id is None:
            return Delivery(post, ended, look_first=look_first)
        # Ended mid-question (stopped, or offline too long): that question's buttons close too.
        question = snapshot.load_question(row.question_json)
        return Delivery(post, ended, close_message_id=row.message_id, open_question=question, look_first=look_first)

    async def sent(self, delivery: Delivery, message_id: int, *, shown_now: bool = True) -> dt.datetime | None:
        """The post's message exists: record it (a question's message is what its reveal closes).
        A question Discord just confirmed (`shown_now`, not one found among the channel's messages,
        up since an earlier process sent it) gets its answer time from now: a send held back by 429s
        or a slow Discord must not eat into it. Returns its new deadline when that moved."""
        post, now = delivery.post, self.clock.now()
        async with self.db.transaction() as conn:
            await post_store.mark_done(conn, post.id, "sent", now, message_id=message_id)
            if post.step in ("question", "reveal"):
                await game_store.set_question_message(
                    conn, post.game_id, post.q_index, message_id, reveal=post.step == "reveal"
                )
            if shown_now and isinstance(delivery.event, QuestionShown):
                return await self._start_answer_time(conn, delivery.event, now)
        return None

    async def _start_answer_time(self, conn: aiosqlite.Connection, shown: QuestionShown, now: dt.datetime) -> dt.datetime | None:
        game = await game_store.get_game(conn, shown.game.id)
        # Only the deadline the question was posted with: not one an answer already moved (closed,
        # or brought forward by the early-close rule), nor a later step's.
        if (game is None or game.status != "active" or game.phase != "asking"
                or game.current_index != shown.q_index or game.deadline != shown.deadline):
            return None
        deadline = now + dt.timedelta(seconds=game.settings.answer_seconds)
        if deadline <= shown.deadline:
            return None
        await game_store.set_phase(conn, game.id, current_index=shown.q_index, phase="asking", posted_at=now, deadline=deadline)
        return deadline

    async def retry_later(self, post: Post, error: str) -> None:
        async with self.db.transaction() as conn:
            await post_store.note_error(conn, post.id, error[:300])

    async def give_up(self, post: Post, error: str) -> None:
        """Discord refused the post for good (a bad body): it is dropped, the next one goes."""
        async with self.db.transaction() as conn:
            await post_store.mark_done(conn, post.id, "failed", self.clock.now(), error=error[:300])

    async def drop_game(self, game_id: int, error: str) -> None:
        """The game's channel is unusable: nothing more of it will be posted."""
        async with self.db.transaction() as conn:
            await post_store.fail_pending_of_game(conn, game_id, error[:300], self.clock.now())

    async def prune(self) -> int:
        async with self.db.transaction() as conn:
            return await post_store.prune_done(conn, self.clock.now())
