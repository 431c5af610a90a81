"""Starting and stopping games: who may start, which questions a game draws (never past its gate),
the list CONFIG that applies, and the one active game per channel.
"""

from __future__ import annotations

import asyncio
import random
from collections.abc import Awaitable, Callable, Collection, Sequence

from bot.clock import Clock
from bot.show import NOTHING, Position
from bot.text import count_of
from bot.trivia import posts, selection, snapshot, target
from bot.trivia.bank import QuestionBank
from bot.trivia.cache import GameCache
from bot.trivia.events import Event, GameEnded, QuestionShown, StartRequest
from bot.trivia.flow import QuestionFlow, seconds
from bot.trivia.gates import Gates
from bot.trivia.library import Library
from bot.trivia.listconfig import apply_list_config
from bot.trivia.model import Game, Question, TriviaError, TriviaSettings
from bot.trivia.options import ListOptions
from db.connection import Database
from db.trivia import games as game_store
from db.trivia import posts as post_store
from db.trivia import reports as report_store
from db.trivia import settings as settings_store

# the matcher's `learn`: the answers of these lists (their questions among those given), for a server's games
Learn = Callable[[Sequence[Question], Collection[str], int], Awaitable[None]]

MAX_QUESTIONS = 50
DEFAULT_QUESTIONS = 10


def check_may_start(settings: TriviaSettings, *, moderator: bool, role_ids: Collection[int]) -> None:
    """Raise unless the member may start a game under the guild's start policy.

    Moderators always may; `everyone` lets anyone; `role` lets members holding the start role.
    """
    if settings.start_policy == "everyone" or moderator:
        return
    if settings.start_policy == "role" and settings.start_role_id in role_ids:
        return
    if settings.start_policy == "role":
        # named as a mention, which shows the role's name; refusals are sent pinging no one (bot/tree.py)
        role = "the trivia role" if settings.start_role_id is None else f"<@&{settings.start_role_id}>"
        raise TriviaError(f"Only members with {role} (or moderators) can start a game here.")
    raise TriviaError("Only moderators can start a game here.")


def check_mode(mode: str, *, reads_messages: bool) -> None:
    """Typed answers need the bot to read messages (the Message Content intent)."""
    if mode == "typed" and not reads_messages:
        raise TriviaError(
            "Typed mode needs the Message Content intent, and this bot runs without it, so it cannot read "
            "typed answers. Play with mode:buttons, or ask the bot's owner to enable Message Content "
            "(Developer Portal, Bot, Privileged Gateway Intents) and set HYOSAN_MESSAGE_CONTENT=true."
        )


class GameStarter:
    def __init__(
        self, db: Database, clock: Clock, cache: GameCache, flow: QuestionFlow, library: Library, gates: Gates,
        rng: random.Random, learn: Learn | None = None,
    ) -> None:
        # `learn` (the matcher's): the answers of the lists a typed game draws from, so that
        # "paris london" names two answers of the list; studied off the event loop, each version
        # of a list once
        self.learn = learn
        self.db = db
        self.clock = clock
        self.cache = cache
        self.flow = flow
        self.library = library
        self.gates = gates
        self.rng = rng
        self.options = ListOptions()

    async def start(self, request: StartRequest) -> QuestionShown:
        if request.mode not in ("buttons", "typed"):
            raise TriviaError("The mode must be buttons or typed.")
        if request.questions is not None and not 1 <= request.questions <= MAX_QUESTIONS:
            raise TriviaError(f"A game has 1 to {MAX_QUESTIONS} questions.")
        if request.first_to is not None and not 1 <= request.first_to <= target.MAX_RIGHT_ANSWERS:
            raise TriviaError(f"A game is won by 1 to {target.MAX_RIGHT_ANSWERS} right answers.")
        async with self.db.read() as conn:
            running = await game_store.active_game_in_channel(conn, request.channel_id)
            settings = await settings_store.get_settings(conn, request.guild_id)
            recent = await game_store.recent_question_ids(conn, request.guild_id, settings.no_repeat_games)
            retired = await report_store.retired_questions(conn, request.guild_id)
        if running is not None:
            raise TriviaError("A game is already running in this channel.")
        gate = await self.gates.gate_for(request.channel_id, request.up_to_episode)
        questions, configs = await self.library.pool(request.guild_id)
        categories = selection.split_categories(request.category)
        # (off the event loop: an imported list may hold tens of thousands of questions)
        in_play = [q for q in questions if q.id not in retired] if retired else questions
        pool, bank = await asyncio.to_thread(_pool_and_bank, in_play, settings, request.mode, categories)
        only = categories[0] if len(categories) == 1 else None
        count = request.questions or (
            MAX_QUESTIONS if request.first_to or _red_target(configs, only, settings) else DEFAULT_QUESTIONS
        )
        drawn = await self._draw_playable(bank, pool, gate, request, recent, count)
        if not drawn and request.difficulty and bank.draw(max_spoils=gate, count=1, rng=self.rng):
            safe = f"safe up to {gate.label}" if gate else "spoiler-free"
            raise TriviaError(
                f"No questions fit: none of the {safe} questions here is {request.difficulty}. "
                "Leave difficulty out, or pick another one."
            )
        if not drawn:
            raise TriviaError(
                f"No questions fit: nothing {f'safe up to {gate.label}' if gate else 'spoiler-free'} with these options"
                + await self._why_none(pool, gate, request) + _switched_off(settings)
            )
        overrides: list[str] = []
        sources = {q.list_name for q in drawn}
        if self.learn is not None and request.mode == "typed":
            await self.learn(questions, sources, request.guild_id)
        if len(sources) == 1 and settings.lists_override:
            config = configs.get(next(iter(sources)))
            if config:
                # max_score counts right answers in Red: the target, not a number of points
                rest = {key: value for key, value in config.items() if key != target.RED_MAX_SCORE}
                settings, overrides = apply_list_config(settings, rest)
                right_answers = target.red_right_answers(config)
                if right_answers is not None and request.first_to is None:
                    settings = target.first_to(settings, right_answers)
                    overrides.append(f"first to {right_answers} right answers")
        if request.first_to is not None:
            settings = target.first_to(settings, request.first_to)
        now = self.clock.now()
        deadline = now + seconds(settings.answer_seconds)
        async with self.db.transaction() as conn:
            game_id = await game_store.create_game(
                conn,
                guild_id=request.guild_id,
                channel_id=request.channel_id,
                starter_id=request.starter_id,
                mode=request.mode,
                settings=settings,
                gate=gate,
                clear_up_to=NOTHING,
                questions=[(q.id, snapshot.dump_question(q)) for q in drawn],
                category=request.category,
                difficulty=request.difficulty,
                now=now,
                deadline=deadline,
            )
            game = None if game_id is None else await game_store.get_game(conn, game_id)
            if game is None:
                raise TriviaError("A game is already running in this channel.")
            shown = QuestionShown(game, 0, drawn[0], deadline, overrides=tuple(overrides))
            await posts.enqueue(conn, [shown], now)
        self.cache.remember_question(game.id, 0, drawn[0])
        self.cache.playing(game)
        return shown

    async def _why_none(self, pool: Sequence[Question], gate: Position, request: StartRequest) -> str:
        """Why nothing was drawn, ending the refusal's sentence: the questions there are spoil past the gate (never
        "it needs multiple-choice questions" of a list of them: rehearse66), else the mode."""
        if not any(q.spoils > gate and request.difficulty in (None, q.difficulty) for q in pool):
            return " in buttons mode (it needs multiple-choice questions)." if request.mode == "buttons" else "."
        said = ": each of them spoils a later episode." if gate else ": each of them gives away an episode."
        if not gate and not await self.gates.channel_mark(request.channel_id):
            said += " This channel has no spoiler mark, so a game here asks only spoiler-free questions (a moderator sets one with `/spoilers`)."
        return said

    async def teach_resumed(self, game: Game) -> None:
        """A typed game taken up after a restart: teach the matcher its lists' answers, as its start
        did in the process that is gone ("paris london" names two answers after a restart too)."""
        if self.learn is None or game.mode != "typed":
            return
        async with self.db.read() as conn:
            rows = [await game_store.get_game_question(conn, game.id, i) for i in range(game.question_count)]
        sources = {snapshot.load_question(row.question_json).list_name for row in rows if row is not None}
        questions, _ = await self.library.pool(game.guild_id)
        await self.learn(questions, sources, game.guild_id)

    async def _draw_playable(
        self, bank: QuestionBank, pool: list[Question], gate: Position, request: StartRequest, recent: set[str],
        count: int,
    ) -> list[Question]:
        """The drawn questions, in buttons mode with options picked for those without (bot.trivia.options);
        one that still has none is replaced by another draw while the bank has more."""
        drawn = await asyncio.to_thread(self._draw, bank, gate, request, recent, count)
        if request.mode != "buttons":
            return drawn
        seed = f"{request.channel_id}:{self.clock.now().isoformat()}"
        # An option is another question's answer: only answers this channel may see are offered.
        pool = [q for q in pool if q.spoils <= gate]
        offered = await self.options.offer(drawn, pool, seed=seed)
        kept, left_out = list(offered.questions), list(offered.left_out)
        tried = {q.id for q in drawn} | recent
        last = offered.left_out
        while len(kept) < count and last:
            more = [
                q for q in await asyncio.to_thread(
                    bank.draw, max_spoils=gate, count=count - len(kept), difficulty=request.difficulty,
                    exclude_ids=tried, rng=self.rng,
                )
                if q.spoils <= gate
            ]
            if not more:
                break
            tried |= {q.id for q in more}
            offered = await self.options.offer(more, pool, seed=seed)
            kept += offered.questions
            last = offered.left_out
            left_out += last
        if not kept and left_out:
            question, reason = left_out[0]
            raise selection.unplayable_with_buttons(question.category, reason)
        return kept

    def _draw(
        self, bank: QuestionBank, gate: Position, request: StartRequest, recent: set[str], count: int
    ) -> list[Question]:
        drawn = bank.draw(
            max_spoils=gate,
            count=count,
            difficulty=request.difficulty,
            exclude_ids=recent,
            rng=self.rng,
        )
        if len(drawn) < count and recent:
            # Not enough unseen questions: top up with the least recent ones rather than refuse.
            more = bank.draw(
                max_spoils=gate,
                count=count,
                difficulty=request.difficulty,
                exclude_ids={q.id for q in drawn},
                rng=self.rng,
            )
            drawn = list(drawn) + list(more[: count - len(drawn)])
        # The gate is the one rule that must never bend, whatever the bank does.
        return [q for q in drawn if q.spoils <= gate][:count]

    async def check_stop(self, channel_id: int, user_id: int, *, moderator: bool) -> None:
        """Raise what `stop` would refuse, from a read: a refusal is then told privately at once,
        never after a public "thinking" while the write waits its turn."""
        async with self.db.read() as conn:
            _may_stop(await game_store.active_game_in_channel(conn, channel_id), user_id, moderator)

    async def stop(self, channel_id: int, user_id: int, *, moderator: bool) -> GameEnded:
        """Stop the channel's game: only its starter or a moderator may. A stopped game has no winner."""
        now = self.clock.now()
        async with self.db.transaction() as conn:
            game = _may_stop(await game_store.active_game_in_channel(conn, channel_id), user_id, moderator)
            scores = await game_store.scores(conn, game.id)
            ended = await self.flow.end(conn, game, "stopped", "stopped", [], scores, now)
        self.flow.settled([ended])
        return ended

    async def skip(self, channel_id: int, user_id: int, *, moderator: bool) -> list[Event]:
        """Close the channel's current question now (its starter or a moderator): its answer is
        revealed as at time up, the answers given so far count, and the game goes on."""
        async with self.db.read() as conn:
            peek = _may_skip(await game_store.active_game_in_channel(conn, channel_id), user_id, moderator)
        question = await self.cache.question(peek.id, peek.current_index)
        mark = await self.gates.channel_mark(channel_id)  # read before the write, as a deadline's step does
        now = self.clock.now()
        async with self.db.transaction() as conn:
            game = _may_skip(await game_store.active_game_in_channel(conn, channel_id), user_id, moderator)
            if game.id != peek.id or game.current_index != peek.current_index or question is None:
                raise TriviaError("That question has just closed.")
            if await post_store.is_pending(conn, game.id, "question", game.current_index):
                raise TriviaError("The question is not shown yet: skip it once it is.")
            events = await self.flow.close_question(
                conn, game, question, winner=None, now=now, timed_out=True, mark=mark, skipped=True
            )
        if not events:
            raise TriviaError("That question has just closed.")
        self.flow.settled(events)
        return events


def _may_skip(game: Game | None, user_id: int, moderator: bool) -> Game:
    if game is None:
        raise TriviaError("No game is running in this channel.")
    if game.starter_id != user_id and not moderator:
        raise TriviaError("Only the player who started this game or a moderator can skip a question.")
    if game.phase != "asking":
        raise TriviaError("No question is open right now: the next one is on its way.")
    return game


def _pool_and_bank(
    questions: Sequence[Question], settings: TriviaSettings, mode: str, categories: Sequence[str]
) -> tuple[list[Question], QuestionBank]:
    pool = selection.select(questions, settings, mode, categories)
    return pool, QuestionBank(pool)


def _may_stop(game: Game | None, user_id: int, moderator: bool) -> Game:
    if game is None:
        raise TriviaError("No game is running in this channel.")
    if game.starter_id != user_id and not moderator:
        raise TriviaError("Only the player who started this game or a moderator can stop it.")
    return game


def _red_target(configs: dict[str, dict[str, object]], category: str | None, settings: TriviaSettings) -> bool:
    """Whether the game plays one Red list (its own category) whose CONFIG sets a right-answer target."""
    config = configs.get(category) if category is not None else None
    return bool(config) and settings.lists_override and target.red_right_answers(config or {}) is not None


def _switched_off(settings: TriviaSettings) -> str:
    """What the server's moderators switched off, when anything is: often why nothing fits."""
    off = [count_of(len(names), kind, plural) for names, kind, plural in (
        (settings.disabled_lists, "list", "lists"), (settings.disabled_categories, "category", "categories"),
    ) if names]
    return f" Turned off here: {' and '.join(off)} (/triviaset settings turns them back on)." if off else ""
