"""The trivia game engine: starting, answering, timing out, scoring, stopping and resuming games.

Plain Python on top of the database and a Clock. Every state change is one transaction whose
guards (the one-active-game index, one answer per player per question, "still on this question
and before its deadline") make races harmless: two starts leave one game, a question closes
once, a click counts once. The service returns events (a question to show, a reveal, the end of
a game) that the Discord layer renders; it never sends anything itself.

Timing: every active game has a `deadline` (end of the current question or of the pause after
it). `tick()` processes the games whose deadline has passed; the cog calls it from one driver
task and whenever the demo's clock moves.

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
import json
import random
from collections.abc import Awaitable, Callable, Collection, Sequence
from dataclasses import dataclass, field, replace
from pathlib import PurePath
from typing import Literal, Protocol

import aiosqlite

from bot.clock import Clock
from bot.errors import UserError
from bot.show import LAST_EPISODE
from bot.text import clean_input
from bot.trivia import snapshot
from bot.trivia.bank import QuestionBank
from bot.trivia.hints import Hint, hint_for
from bot.trivia.listconfig import apply_list_config
from bot.trivia.lists import MAX_BYTES, slugify
from bot.trivia.model import Question, TriviaList
from bot.trivia.scoring import BOT_PLAYER, Outcome, apply_question, reached_target, top_scorers
from db import trivia as store
from db.connection import Database
from db.trivia import GameRow, ScoreRow, TriviaSettings

MAX_QUESTIONS = 50
# A game whose deadline passed longer ago than this when the bot starts is closed, not resumed.
RESUME_WINDOW = dt.timedelta(minutes=30)
# Buttons mode: a question stays open at least this long before it may close early.
EARLY_CLOSE_MIN_SECONDS = 5.0

Mode = Literal["buttons", "typed"]
ChannelMark = Callable[[int], Awaitable[int | None]]


class MatchLike(Protocol):
    @property
    def verdict(self) -> str: ...


class Matcher(Protocol):
    def match(self, guess: str, question: Question) -> MatchLike: ...


class TriviaError(UserError):
    """Something the person who asked should be told (the cog shows it privately)."""


# ---------------------------------------------------------------------------------------------
# Rules about who may do what, and about the values a command brings in


def check_may_start(settings: TriviaSettings, *, moderator: bool, role_ids: Collection[int]) -> None:
    """Raise unless the member may start a game under the guild's start policy.

    Moderators always may; `everyone` lets anyone; `role` lets members holding the start role.
    """
    if settings.start_policy == "everyone" or moderator:
        return
    if settings.start_policy == "role" and settings.start_role_id in role_ids:
        return
    if settings.start_policy == "role":
        raise TriviaError("Only members with the trivia role (or moderators) can start a game here.")
    raise TriviaError("Only moderators can start a game here.")


def check_mode(mode: str, *, reads_messages: bool) -> None:
    """Typed answers need the bot to read messages (the Message Content intent)."""
    if mode == "typed" and not reads_messages:
        raise TriviaError(
            "Typed mode needs the Message Content intent, and this bot runs without it, so it cannot read "
            "typed answers. Play with mode:buttons, or ask the bot's owner to enable Message Content "
            "(Developer Portal, Bot, Privileged Gateway Intents) and set HYOSAN_MESSAGE_CONTENT=true."
        )


def import_name(name: str | None, filename: str) -> str:
    """The name an imported list is stored under: the given name, else the file's stem, as a slug."""
    list_name = slugify(clean_input(name or PurePath(filename).stem, limit=60))
    if not list_name:
        raise TriviaError("Give the list a name made of letters or digits.")
    return list_name


def check_import_size(size: int) -> None:
    """Refuse a file too big to be a list before downloading it."""
    if size > MAX_BYTES:
        raise TriviaError(
            f"That file is {size / 1_000_000:.1f} MB; lists can be at most {MAX_BYTES // 1000} KB. "
            "Nothing was imported."
        )


# ---------------------------------------------------------------------------------------------
# Events


@dataclass(frozen=True)
class QuestionShown:
    game: GameRow
    q_index: int
    question: Question
    deadline: float
    resumed: bool = False
    overrides: tuple[str, ...] = ()  # the list CONFIG applied at start, described for the players


@dataclass(frozen=True)
class Revealed:
    game: GameRow
    q_index: int
    question: Question
    correct_choice: int | None
    earned: dict[int, int]  # user -> points on this question
    answered: int  # how many players answered
    timed_out: bool
    show_answer: bool
    scores: list[ScoreRow]
    early: bool = False  # closed before its time because every active player had answered
    hinted: frozenset[int] = frozenset()  # players who took the hint (half points)
    question_message_id: int | None = None  # the question's own message, whose buttons now close


@dataclass(frozen=True)
class GameEnded:
    game: GameRow
    status: str  # finished | stopped | idle | abandoned
    reason: str
    winners: list[int]
    scores: list[ScoreRow]


Event = QuestionShown | Revealed | GameEnded


@dataclass(frozen=True)
class StartRequest:
    guild_id: int
    channel_id: int
    starter_id: int
    mode: Mode = "buttons"
    questions: int = 10
    category: str | None = None
    difficulty: str | None = None
    up_to_episode: int | None = None


@dataclass(frozen=True)
class ClickResult:
    status: Literal["recorded", "already", "closed", "unknown"]
    choice: int | None = None
    hinted: bool = False
    events: list[Event] = field(default_factory=list)


@dataclass(frozen=True)
class HintResult:
    """`given` (first time), `again` (the same hint once more, no extra cost), `answered` (buttons:
    the player already answered; no hint, no cost), `closed`, `none` (this question has no hint),
    `unknown` (no such game)."""

    status: Literal["given", "again", "answered", "closed", "none", "unknown"]
    hint: Hint | None = None
    question: Question | None = None
    game: GameRow | None = None


@dataclass(frozen=True)
class GuessResult:
    status: Literal["correct", "close", "wrong", "multiple", "limit", "closed"]
    guesses_left: int = 0
    points: int = 0
    events: list[Event] = field(default_factory=list)


@dataclass(frozen=True)
class ListExport:
    """A list's questions safe for a channel (`gate`: its spoiler mark), and how many were left out."""

    name: str
    author: str | None
    description: str | None
    questions: list[Question]
    left_out: int
    gate: int


def _ts(when: dt.datetime) -> float:
    return when.timestamp()


def is_open(game: GameRow, q_index: int, now: float) -> bool:
    """Whether question `q_index` of `game` still takes answers and hints at `now`."""
    return (
        game.status == "active"
        and game.phase == "asking"
        and game.current_index == q_index
        and game.deadline is not None
        and now < game.deadline
    )


class GameService:
    def __init__(
        self,
        db: Database,
        clock: Clock,
        questions: Sequence[Question],
        *,
        matcher: Matcher | None = None,
        channel_mark: ChannelMark | None = None,
        rng: random.Random | None = None,
    ) -> None:
        self.db = db
        self.clock = clock
        self.base_questions = list(questions)
        self.matcher = matcher
        self._channel_mark = channel_mark
        self.rng = rng or random.Random()
        # Caches that only speed things up; the database stays the authority.
        self._questions: dict[tuple[int, int], Question] = {}
        self._answered: set[tuple[int, int, int]] = set()
        self.typed_channels: dict[int, int] = {}  # channel id -> active typed game id
        # Called after each answer is settled: (kind "button"|"typed", game id, user id, status).
        # Used by the benchmark to time acknowledgements; never raises into the game.
        self.answer_listeners: list[Callable[[str, int, int, str], None]] = []

    # -- helpers -------------------------------------------------------------------------------

    def now(self) -> float:
        return _ts(self.clock.now())

    async def channel_mark(self, channel_id: int) -> int:
        if self._channel_mark is None:
            from bot.lore.progress import get_channel_mark

            mark = await get_channel_mark(self.db, channel_id)
        else:
            mark = await self._channel_mark(channel_id)
        return mark or 0

    async def settings(self, guild_id: int) -> TriviaSettings:
        async with self.db.read() as conn:
            return await store.get_settings(conn, guild_id)

    async def guild_questions(self, guild_id: int) -> list[Question]:
        """Bundled and generated questions plus the guild's imported lists."""
        return (await self._guild_pool(guild_id))[0]

    async def _guild_pool(self, guild_id: int) -> tuple[list[Question], dict[str, dict[str, object]]]:
        """The guild's questions, and the CONFIG of each imported list that carries one."""
        async with self.db.read() as conn:
            lists = await store.imported_lists(conn, guild_id, with_questions=True)
        found = list(self.base_questions)
        configs: dict[str, dict[str, object]] = {}
        for row in lists:
            assert row.questions_json is not None
            found.extend(snapshot.load_questions(row.questions_json))
            if row.config:
                configs[row.name] = row.config
        return found, configs

    async def question(self, game_id: int, q_index: int) -> Question | None:
        key = (game_id, q_index)
        cached = self._questions.get(key)
        if cached is not None:
            return cached
        async with self.db.read() as conn:
            row = await store.get_game_question(conn, game_id, q_index)
        if row is None:
            return None
        question = snapshot.load_question(row.question_json)
        self._questions[key] = question
        return question

    def _emit(self, kind: str, game_id: int, user_id: int, status: str) -> None:
        for listener in self.answer_listeners:
            listener(kind, game_id, user_id, status)

    def _forget(self, game: GameRow) -> None:
        if self.typed_channels.get(game.channel_id) == game.id:
            del self.typed_channels[game.channel_id]
        for key in [k for k in self._questions if k[0] == game.id]:
            del self._questions[key]
        self._answered = {k for k in self._answered if k[0] != game.id}

    # -- starting ------------------------------------------------------------------------------

    async def gate_for(self, channel_id: int, up_to_episode: int | None) -> int:
        """The highest episode a game here may ask about: min(channel mark, up_to_episode)."""
        mark = await self.channel_mark(channel_id)
        if up_to_episode is None:
            return mark
        return max(0, min(mark, up_to_episode))

    async def start(self, request: StartRequest) -> QuestionShown:
        if request.mode not in ("buttons", "typed"):
            raise TriviaError("The mode must be buttons or typed.")
        if not 1 <= request.questions <= MAX_QUESTIONS:
            raise TriviaError(f"A game has 1 to {MAX_QUESTIONS} questions.")
        if request.up_to_episode is not None and not 0 <= request.up_to_episode <= LAST_EPISODE:
            raise TriviaError(f"up_to_episode must be between 0 and {LAST_EPISODE}.")
        async with self.db.read() as conn:
            running = await store.active_game_in_channel(conn, request.channel_id)
            settings = await store.get_settings(conn, request.guild_id)
            recent = await store.recent_question_ids(conn, request.guild_id, settings.no_repeat_games)
        if running is not None:
            raise TriviaError("A game is already running in this channel.")
        gate = await self.gate_for(request.channel_id, request.up_to_episode)
        questions, configs = await self._guild_pool(request.guild_id)
        pool = [
            q
            for q in questions
            if snapshot.playable(q, request.mode)
            and q.list_name not in settings.disabled_lists
            and q.category not in settings.disabled_categories
        ]
        bank = QuestionBank(pool)
        if request.category is not None and request.category not in bank.categories():
            raise TriviaError("There is no such category (see /trivia lists).")
        drawn = self._draw(bank, gate, request, recent)
        if not drawn:
            raise TriviaError(
                f"No questions fit: nothing safe up to episode {gate} with these options"
                + (" in buttons mode (it needs multiple-choice questions)." if request.mode == "buttons" else ".")
            )
        overrides: list[str] = []
        sources = {q.list_name for q in drawn}
        if len(sources) == 1 and settings.lists_override:
            config = configs.get(next(iter(sources)))
            if config:
                settings, overrides = apply_list_config(settings, config)
        now = self.now()
        deadline = now + settings.answer_seconds
        async with self.db.transaction() as conn:
            game_id = await store.create_game(
                conn,
                guild_id=request.guild_id,
                channel_id=request.channel_id,
                starter_id=request.starter_id,
                mode=request.mode,
                settings=settings,
                gate=gate,
                clear_up_to=0,
                questions=[(q.id, snapshot.dump_question(q)) for q in drawn],
                category=request.category,
                difficulty=request.difficulty,
                now=now,
                deadline=deadline,
            )
            game = None if game_id is None else await store.get_game(conn, game_id)
        if game is None:
            raise TriviaError("A game is already running in this channel.")
        self._questions[(game.id, 0)] = drawn[0]
        if game.mode == "typed":
            self.typed_channels[game.channel_id] = game.id
        return QuestionShown(game, 0, drawn[0], deadline, overrides=tuple(overrides))

    def _draw(self, bank: QuestionBank, gate: int, request: StartRequest, recent: set[str]) -> list[Question]:
        drawn = bank.draw(
            max_spoils=gate,
            count=request.questions,
            category=request.category,
            difficulty=request.difficulty,
            exclude_ids=recent,
            rng=self.rng,
        )
        if len(drawn) < request.questions and recent:
            # Not enough unseen questions: top up with the least recent ones rather than refuse.
            more = bank.draw(
                max_spoils=gate,
                count=request.questions,
                category=request.category,
                difficulty=request.difficulty,
                exclude_ids={q.id for q in drawn},
                rng=self.rng,
            )
            drawn = list(drawn) + list(more[: request.questions - len(drawn)])
        # The gate is the one rule that must never bend, whatever the bank does.
        return [q for q in drawn if (q.spoils or 0) <= gate][: request.questions]

    # -- answering -----------------------------------------------------------------------------

    async def click(self, game_id: int, q_index: int, user_id: int, choice: int) -> ClickResult:
        """A button press in buttons mode: one answer per player per question."""
        key = (game_id, q_index, user_id)
        if key in self._answered:
            self._emit("button", game_id, user_id, "already")
            return ClickResult("already")
        question = await self.question(game_id, q_index)
        if question is None or not 0 <= choice < len(question.choices):
            return ClickResult("unknown")
        right = snapshot.correct_choice(question)
        now = self.now()
        events: list[Event] = []
        hinted = False
        async with self.db.transaction() as conn:
            game = await store.get_game(conn, game_id)
            if game is None or game.mode != "buttons":
                return ClickResult("unknown")
            if not is_open(game, q_index, now):
                status: Literal["recorded", "already", "closed"] = "closed"
            else:
                elapsed = int(max(0.0, now - (game.posted_at or now)) * 1000)
                inserted = await store.insert_answer(
                    conn, game_id, q_index, user_id, choice=choice, correct=choice == right,
                    elapsed_ms=elapsed, now=now,
                )
                if inserted:
                    await store.touch_answer(conn, game_id, now)
                    hinted = user_id in await store.hinted_users(conn, game_id, q_index)
                    events = await self._maybe_close_early(conn, game, question, now)
                status = "recorded" if inserted else "already"
        if status != "closed":
            self._answered.add(key)
        self._emit("button", game_id, user_id, status)
        await self._after(events)
        return ClickResult(status, choice, hinted, events)

    async def _maybe_close_early(
        self, conn: aiosqlite.Connection, game: GameRow, question: Question, now: float
    ) -> list[Event]:
        """After an answer: close the question when every active player has answered it (see the
        module's docstring), or bring its deadline forward to the minimum time open."""
        q_index = game.current_index
        if q_index == 0:
            return []  # nobody is active before the first question has been answered
        active = await store.players_before(conn, game.id, q_index)
        if not active or not active <= await store.answered_users(conn, game.id, q_index):
            return []
        close_at = (game.posted_at if game.posted_at is not None else now) + EARLY_CLOSE_MIN_SECONDS
        if now >= close_at:
            return await self._close_question(conn, game, question, winner=None, now=now, timed_out=True, early=True)
        await store.shorten_deadline(conn, game.id, q_index, close_at)
        return []

    async def hint(self, game_id: int, q_index: int, user_id: int) -> HintResult:
        """A player asks for the hint on a question (idempotent: the first ask is the one that counts)."""
        question = await self.question(game_id, q_index)
        if question is None:
            return HintResult("unknown")
        now = self.now()
        async with self.db.transaction() as conn:
            game = await store.get_game(conn, game_id)
            if game is None:
                return HintResult("unknown")
            hint = hint_for(question, game.mode, f"{game_id}:{q_index}:{user_id}")
            if not is_open(game, q_index, now):
                return HintResult("closed", question=question, game=game)
            if hint is None:
                return HintResult("none", question=question, game=game)
            if user_id in await store.answered_users(conn, game_id, q_index):
                return HintResult("answered", question=question, game=game)
            first = await store.add_hint(conn, game_id, q_index, user_id, now)
        return HintResult("given" if first else "again", hint, question, game)

    async def guess(self, channel_id: int, user_id: int, text: str) -> GuessResult | None:
        """A typed message in a channel; None when no typed game runs there."""
        game_id = self.typed_channels.get(channel_id)
        if game_id is None or self.matcher is None:
            return None
        async with self.db.read() as conn:
            game = await store.get_game(conn, game_id)
        if game is None or game.status != "active":
            self.typed_channels.pop(channel_id, None)
            self._emit("typed", game_id, user_id, "ignored")
            return None
        q_index = game.current_index
        question = await self.question(game_id, q_index) if game.phase == "asking" else None
        if question is None:
            self._emit("typed", game_id, user_id, "ignored")  # between questions: chat, not a guess
            return None
        verdict = self.matcher.match(text, question).verdict
        now = self.now()
        events: list[Event] = []
        points = 0
        async with self.db.transaction() as conn:
            game = await store.get_game(conn, game_id)
            if game is None or not is_open(game, q_index, now):
                result: GuessResult = GuessResult("closed")
            else:
                limit = game.settings.max_guesses
                count = await store.bump_guess(conn, game_id, q_index, user_id, verdict)
                await store.touch_answer(conn, game_id, now)
                left = max(0, limit - count)
                if limit > 0 and count > limit:
                    result = GuessResult("limit", 0)
                elif verdict == "correct":
                    elapsed = int(max(0.0, now - (game.posted_at or now)) * 1000)
                    await store.insert_answer(
                        conn, game_id, q_index, user_id, choice=None, correct=True, elapsed_ms=elapsed, now=now
                    )
                    events = await self._close_question(conn, game, question, winner=user_id, now=now, timed_out=False)
                    for event in events:
                        if isinstance(event, Revealed):
                            points = event.earned.get(user_id, 0)
                    result = GuessResult("correct", left, points, events)
                elif verdict in ("close", "multiple"):
                    result = GuessResult(verdict, left)  # type: ignore[arg-type]
                else:
                    result = GuessResult("wrong", left)
        self._emit("typed", game_id, user_id, result.status)
        await self._after(events)
        return result

    # -- closing questions and games -----------------------------------------------------------

    async def _close_question(
        self,
        conn: aiosqlite.Connection,
        game: GameRow,
        question: Question,
        *,
        winner: int | None,
        now: float,
        timed_out: bool,
        early: bool = False,
    ) -> list[Event]:
        """Score the current question and move the game on (inside the caller's transaction)."""
        q_index = game.current_index
        if not await store.close_question(conn, game.id, q_index, winner):
            return []
        answer_ms = game.settings.answer_seconds * 1000
        answers = await store.answers_for(conn, game.id, q_index)
        outcomes = [Outcome(a.user_id, a.correct, a.elapsed_ms) for a in answers]
        if game.mode == "typed":
            winners = {a.user_id for a in answers if a.correct}
            outcomes += [Outcome(u, False, 0) for u in await store.guessers(conn, game.id, q_index) if u not in winners]
        hinted = frozenset(await store.hinted_users(conn, game.id, q_index))
        old = await store.scores(conn, game.id)
        new, earned = apply_question(
            old, outcomes, answer_ms, difficulty=question.difficulty, hinted=hinted,
            bot_plays=game.settings.bot_plays,
        )
        await store.save_scores(conn, game.id, new)
        right = snapshot.correct_choice(question) if game.mode == "buttons" else None
        posted = await store.get_game_question(conn, game.id, q_index)
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
            question_message_id=posted.message_id if posted is not None else None,
        )
        events: list[Event] = [reveal]
        target = reached_target(new, game.settings.points_to_win)
        last = q_index + 1 >= game.question_count
        idle = timed_out and not outcomes and now - game.last_answer_at >= game.settings.idle_seconds
        if target:
            events.append(await self._end(conn, game, "finished", "points", target, new, now))
        elif last:
            events.append(await self._end(conn, game, "finished", "questions", top_scorers(new), new, now))
        elif idle:
            events.append(await self._end(conn, game, "idle", "idle", [], new, now))
        elif game.settings.pause_seconds > 0:
            await store.set_phase(
                conn, game.id, current_index=q_index, phase="pause", posted_at=game.posted_at,
                deadline=now + game.settings.pause_seconds,
            )
        else:
            events.append(await self._next_question(conn, game, now))
        return events

    async def _next_question(self, conn: aiosqlite.Connection, game: GameRow, now: float) -> QuestionShown:
        q_index = game.current_index + 1
        deadline = now + game.settings.answer_seconds
        await store.set_phase(conn, game.id, current_index=q_index, phase="asking", posted_at=now, deadline=deadline)
        row = await store.get_game_question(conn, game.id, q_index)
        assert row is not None
        question = snapshot.load_question(row.question_json)
        self._questions[(game.id, q_index)] = question
        fresh = await store.get_game(conn, game.id)
        assert fresh is not None
        return QuestionShown(fresh, q_index, question, deadline)

    async def _end(
        self,
        conn: aiosqlite.Connection,
        game: GameRow,
        status: store.GameStatus,
        reason: str,
        winners: list[int],
        scores: list[ScoreRow],
        now: float,
    ) -> GameEnded:
        await store.end_game(conn, game.id, status, reason, now)
        # The bot's seat (bot_plays) is shown in the game but kept out of members' stats.
        people = [row for row in scores if row.user_id != BOT_PLAYER]
        await store.record_results(conn, game.id, game.guild_id, people, winners, now)
        return GameEnded(game, status, reason, winners, scores)

    async def _after(self, events: Sequence[Event]) -> None:
        for event in events:
            if isinstance(event, GameEnded):
                self._forget(event.game)

    async def tick(self) -> list[Event]:
        """Process every game whose deadline has passed: close questions, post the next ones."""
        now = self.now()
        async with self.db.read() as conn:
            due = await store.due_games(conn, now)
        events: list[Event] = []
        for candidate in due:
            events.extend(await self._advance(candidate.id, now))
        await self._after(events)
        return events

    async def _advance(self, game_id: int, now: float) -> list[Event]:
        question: Question | None = None
        async with self.db.read() as conn:
            peek = await store.get_game(conn, game_id)
        if peek is not None and peek.phase == "asking":
            question = await self.question(game_id, peek.current_index)
        async with self.db.transaction() as conn:
            game = await store.get_game(conn, game_id)
            if game is None or game.status != "active" or game.deadline is None or game.deadline > now:
                return []
            if game.phase == "asking":
                if question is None or peek is None or peek.current_index != game.current_index:
                    return []  # moved on meanwhile; the next tick sees the new state
                # a deadline brought forward by the early-close rule ends before the full answer time
                early = game.posted_at is not None and game.deadline < game.posted_at + game.settings.answer_seconds - 0.5
                return await self._close_question(
                    conn, game, question, winner=None, now=now, timed_out=True, early=early
                )
            if game.phase == "pause":
                return [await self._next_question(conn, game, now)]
            return []

    async def stop(self, channel_id: int, user_id: int, *, moderator: bool) -> GameEnded:
        """Stop the channel's game: only its starter or a moderator may. A stopped game has no winner."""
        now = self.now()
        async with self.db.transaction() as conn:
            game = await store.active_game_in_channel(conn, channel_id)
            if game is None:
                raise TriviaError("No game is running in this channel.")
            if game.starter_id != user_id and not moderator:
                raise TriviaError("Only the player who started this game or a moderator can stop it.")
            scores = await store.scores(conn, game.id)
            ended = await self._end(conn, game, "stopped", "stopped", [], scores, now)
        await self._after([ended])
        return ended

    async def resume_all(self) -> list[Event]:
        """At start: re-post each running game's current question with a fresh deadline, or close it."""
        now = self.now()
        window = RESUME_WINDOW.total_seconds()
        async with self.db.read() as conn:
            running = await store.active_games(conn)
        events: list[Event] = []
        for game in running:
            async with self.db.transaction() as conn:
                fresh = await store.get_game(conn, game.id)
                if fresh is None or fresh.status != "active":
                    continue
                reference = fresh.deadline if fresh.deadline is not None else fresh.started_at
                if now - reference > window:
                    scores = await store.scores(conn, game.id)
                    events.append(await self._end(conn, fresh, "abandoned", "offline", [], scores, now))
                    continue
                await store.touch_answer(conn, game.id, now)  # downtime is not idleness
                if fresh.phase == "pause":
                    events.append(await self._next_question(conn, fresh, now))
                    continue
                row = await store.get_game_question(conn, game.id, fresh.current_index)
                if row is None:
                    events.append(await self._end(conn, fresh, "abandoned", "broken", [], [], now))
                    continue
                deadline = now + fresh.settings.answer_seconds
                await store.set_phase(
                    conn, game.id, current_index=fresh.current_index, phase="asking",
                    posted_at=now, deadline=deadline,
                )
                resumed = await store.get_game(conn, game.id)
                assert resumed is not None
            question = snapshot.load_question(row.question_json)
            self._questions[(game.id, fresh.current_index)] = question
            if resumed.mode == "typed":
                self.typed_channels[resumed.channel_id] = resumed.id
            events.append(QuestionShown(resumed, resumed.current_index, question, deadline, resumed=True))
        for event in events:
            if isinstance(event, QuestionShown) and event.game.mode == "typed":
                self.typed_channels[event.game.channel_id] = event.game.id
        await self._after(events)
        return events

    async def abandon(self, game_id: int, reason: str) -> GameEnded | None:
        """Close a game the bot cannot run any more (its channel is gone, a send keeps failing)."""
        now = self.now()
        async with self.db.transaction() as conn:
            game = await store.get_game(conn, game_id)
            if game is None or game.status != "active":
                return None
            scores = await store.scores(conn, game.id)
            ended = await self._end(conn, game, "abandoned", reason, [], scores, now)
        await self._after([ended])
        return ended

    async def record_message(self, game_id: int, q_index: int, message_id: int, *, reveal: bool = False) -> None:
        async with self.db.transaction() as conn:
            await store.set_question_message(conn, game_id, q_index, message_id, reveal=reveal)

    async def next_deadline(self) -> float | None:
        async with self.db.read() as conn:
            return await store.next_deadline(conn)

    async def active_game(self, channel_id: int) -> GameRow | None:
        async with self.db.read() as conn:
            return await store.active_game_in_channel(conn, channel_id)

    # -- everything around the games -----------------------------------------------------------

    async def report(
        self, guild_id: int, channel_id: int, game_id: int, q_index: int, user_id: int, reason: str
    ) -> bool:
        """Queue a report about a question for the moderators; False when already reported."""
        if reason not in ("wrong", "ambiguous", "spoiler"):
            raise TriviaError("Unknown reason.")
        question = await self.question(game_id, q_index)
        if question is None:
            raise TriviaError("That question is gone.")
        async with self.db.transaction() as conn:
            return await store.add_report(
                conn, guild_id=guild_id, channel_id=channel_id, game_id=game_id, question_id=question.id,
                question_text=question.text, spoils=question.spoils, reporter_id=user_id, reason=reason,
                now=self.now(),
            )

    async def reports(self, guild_id: int) -> list[store.ReportRow]:
        async with self.db.read() as conn:
            return await store.open_reports(conn, guild_id)

    async def resolve_report(self, guild_id: int, report_id: int) -> bool:
        async with self.db.transaction() as conn:
            return await store.resolve_report(conn, guild_id, report_id)

    def period_start(self, period: str) -> float | None:
        """Start of the leaderboard period: all time, this calendar month or this ISO week (UTC)."""
        now = self.clock.now().astimezone(dt.UTC)
        midnight = now.replace(hour=0, minute=0, second=0, microsecond=0)
        if period == "month":
            return _ts(midnight.replace(day=1))
        if period == "week":
            return _ts(midnight - dt.timedelta(days=midnight.weekday()))
        if period == "all":
            return None
        raise TriviaError("The period must be all, month or week.")

    async def leaderboard(self, guild_id: int, period: str, sort: str, limit: int = 10) -> list[store.MemberStats]:
        if sort not in ("points", "wins", "accuracy", "streak"):
            raise TriviaError("Sort by points, wins, accuracy or streak.")
        since = self.period_start(period)
        async with self.db.read() as conn:
            return await store.leaderboard(conn, guild_id, since=since, sort=sort, limit=limit)

    async def member_stats(self, guild_id: int, user_id: int) -> store.MemberStats | None:
        async with self.db.read() as conn:
            return await store.member_stats(conn, guild_id, user_id)

    def built_in_lists(self) -> dict[str, int]:
        counts: dict[str, int] = {}
        for question in self.base_questions:
            counts[question.list_name] = counts.get(question.list_name, 0) + 1
        return counts

    async def imported_lists(self, guild_id: int) -> list[store.ListRow]:
        async with self.db.read() as conn:
            return await store.imported_lists(conn, guild_id)

    async def list_names(self, guild_id: int) -> list[str]:
        """Every list this server can play, built-in and imported, sorted."""
        return sorted(set(self.built_in_lists()) | {row.name for row in await self.imported_lists(guild_id)})

    async def categories(self, guild_id: int, max_spoils: int | None = None) -> list[str]:
        return QuestionBank(await self.guild_questions(guild_id)).categories(max_spoils=max_spoils)

    async def switch_lists(
        self,
        guild_id: int,
        *,
        enable_list: str | None = None,
        disable_list: str | None = None,
        enable_category: str | None = None,
        disable_category: str | None = None,
    ) -> dict[str, object]:
        """The settings changes that turn lists and categories on or off (for update_settings).

        A name must be one this server has (a built-in or imported list, a category); anything
        else is refused, so a typo can't silently switch nothing off.
        """
        current = await self.settings(guild_id)
        lists = set(await self.list_names(guild_id))
        categories = set(await self.categories(guild_id))
        lists_off = set(current.disabled_lists)
        cats_off = set(current.disabled_categories)
        for name, known, off, turn_off, kind in (
            (enable_list, lists, lists_off, False, "list"),
            (disable_list, lists, lists_off, True, "list"),
            (enable_category, categories, cats_off, False, "category"),
            (disable_category, categories, cats_off, True, "category"),
        ):
            if name is None:
                continue
            if name not in known and name not in off:
                raise TriviaError(f"There is no trivia {kind} by that name here; /trivia lists shows them.")
            if turn_off:
                off.add(name)
            else:
                off.discard(name)
        changes: dict[str, object] = {}
        if lists_off != set(current.disabled_lists):
            changes["disabled_lists"] = sorted(lists_off)
        if cats_off != set(current.disabled_categories):
            changes["disabled_categories"] = sorted(cats_off)
        return changes

    async def import_list(self, guild_id: int, parsed: TriviaList, user_id: int) -> int:
        """Store a parsed list for the guild (replacing one of the same name); returns its size."""
        if parsed.name in self.built_in_lists():
            raise TriviaError(f"'{parsed.name}' is a built-in list; import under another name.")
        if not parsed.questions:
            raise TriviaError("The list has no questions; nothing was imported.")
        questions = [replace(q, list_name=parsed.name) for q in parsed.questions]
        async with self.db.transaction() as conn:
            await store.save_list(
                conn, guild_id, parsed.name, author=parsed.author, description=parsed.description,
                questions_json=snapshot.dump_questions(questions), question_count=len(questions),
                imported_by=user_id, now=self.now(), config_json=json.dumps(parsed.config, sort_keys=True),
            )
        return len(questions)

    async def list_questions(self, guild_id: int, name: str) -> tuple[str | None, str | None, list[Question]]:
        """(author, description, questions) of a built-in or imported list."""
        if name in self.built_in_lists():
            return None, None, [q for q in self.base_questions if q.list_name == name]
        async with self.db.read() as conn:
            row = await store.get_list(conn, guild_id, name)
        if row is None or row.questions_json is None:
            raise TriviaError("There is no list by that name (see /trivia lists).")
        return row.author, row.description, snapshot.load_questions(row.questions_json)

    async def export_list(self, guild_id: int, name: str, channel_id: int) -> ListExport:
        """A list for export from a channel: nothing past the channel's spoiler mark."""
        author, description, questions = await self.list_questions(guild_id, name)
        gate = await self.gate_for(channel_id, None)
        safe = [q for q in questions if q.spoils <= gate]
        return ListExport(name, author, description, safe, len(questions) - len(safe), gate)

    async def change_settings(
        self, guild_id: int, changes: dict[str, object], **switches: str
    ) -> tuple[TriviaSettings, bool]:
        """Apply a moderator's changes (settings fields, plus lists or categories to switch on or
        off: see switch_lists); returns the new settings and whether anything was asked to change.

        The `role` start policy needs a start role: given now or already set.
        """
        current = await self.settings(guild_id)
        if changes.get("start_policy") == "role" and changes.get("start_role_id") is None and current.start_role_id is None:
            raise TriviaError("Give start_role too: the role whose members may start games.")
        changes = changes | await self.switch_lists(guild_id, **switches)
        return await self.update_settings(guild_id, **changes), bool(changes)

    async def update_settings(self, guild_id: int, **changes: object) -> TriviaSettings:
        async with self.db.transaction() as conn:
            if changes:
                await store.update_settings(conn, guild_id, **changes)
            return await store.get_settings(conn, guild_id)
