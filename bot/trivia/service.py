"""The trivia domain put together: one object the Discord side (cogs/trivia) holds and calls.

A thin facade: it builds the parts on one database and clock and hands each call to the part that
does it, so the cog and the buttons need one name. Where each behaviour lives:
- starting.py: start and stop a game (who may, what it draws, the gate);
- answering.py: choice buttons, typed guesses, hints, the early close;
- flow.py: close, reveal, pause, next question, end; a game whose deadline passed;
- resume.py: running games at start-up;
- posts.py: the queue of each game's posts, which the game host posts;
- settings.py, library.py, reports.py, standings.py: settings, lists, reports, leaderboards;
- cache.py: what is kept in memory to answer fast (the database stays the authority).
The daily question is its own service (daily.py).
"""

from __future__ import annotations

import datetime as dt
import random
from collections.abc import Collection, Sequence
from dataclasses import replace

from bot.clock import Clock
from bot.show import Position
from bot.trivia import offers, selection
from bot.trivia.answering import Answering
from bot.trivia.cache import GameCache
from bot.trivia.events import (
    ClickResult,
    Event,
    GameEnded,
    GuessResult,
    HintResult,
    QuestionShown,
    StartRequest,
)
from bot.trivia.flow import QuestionFlow
from bot.trivia.gates import ChannelMark, Gates
from bot.trivia.guessing import Matcher
from bot.trivia.laterseason import Holding
from bot.trivia.library import GuildQuestions, Library, ListExport, ListInfo
from bot.trivia.model import Game, ImportedList, MemberStats, Question, Report, TriviaList, TriviaSettings
from bot.trivia.offers import Offer
from bot.trivia.posts import PostQueue
from bot.trivia.reports import Reports
from bot.trivia.resume import Resumer
from bot.trivia.selection import Shown
from bot.trivia.settings import ServerSettings
from bot.trivia.standings import Standings
from bot.trivia.starting import GameStarter
from db.connection import Database
from db.trivia import games as game_store


class GameService:
    def __init__(
        self,
        db: Database,
        clock: Clock,
        questions: Sequence[Question],
        *,
        channel_mark: ChannelMark,
        matcher: Matcher | None = None,
        rng: random.Random | None = None,
        guild_questions: GuildQuestions | None = None,
        holding: Holding | None = None,
    ) -> None:
        self.db = db
        self.clock = clock
        self.gates = Gates(channel_mark)
        self._cache = GameCache(db)
        self._flow = QuestionFlow(db, clock, self._cache, self.gates.channel_mark)
        self._library = Library(db, clock, questions, self.gates, guild_questions, holding)
        self._settings = ServerSettings(db, self._library)
        self._starter = GameStarter(
            db, clock, self._cache, self._flow, self._library, self.gates, rng or random.Random(),
            learn=matcher.learn if matcher is not None else None,
        )
        self._answering = Answering(db, clock, self._cache, self._flow, matcher)
        self._resumer = Resumer(db, clock, self._cache, self._flow, prepare=self._starter.teach_resumed)
        self.posts = PostQueue(db, clock)
        self._reports = Reports(db, clock, self._cache)
        self._standings = Standings(db, clock)

    def use_built_in(self, questions: Sequence[Question]) -> None:
        """A new content pack version: the built-in lists' questions from now on."""
        self._library.built_in = list(questions)

    # -- games: starting.py, answering.py, flow.py, resume.py --------------------------------------

    async def start(self, request: StartRequest) -> QuestionShown:
        return await self._starter.start(request)

    async def check_stop(self, channel_id: int, user_id: int, *, moderator: bool) -> None:
        await self._starter.check_stop(channel_id, user_id, moderator=moderator)

    async def stop(self, channel_id: int, user_id: int, *, moderator: bool) -> GameEnded:
        return await self._starter.stop(channel_id, user_id, moderator=moderator)

    async def skip(self, channel_id: int, user_id: int, *, moderator: bool) -> list[Event]:
        return await self._starter.skip(channel_id, user_id, moderator=moderator)

    async def click(self, game_id: int, q_index: int, user_id: int, choice: int) -> ClickResult:
        return await self._answering.click(game_id, q_index, user_id, choice)

    async def hint(self, game_id: int, q_index: int, user_id: int) -> HintResult:
        return await self._answering.hint(game_id, q_index, user_id)

    def takes_guesses(self, channel_id: int) -> bool:
        return self._answering.takes_guesses(channel_id)

    async def guess(self, channel_id: int, user_id: int, text: str, message_id: int | None = None) -> GuessResult | None:
        return await self._answering.guess(channel_id, user_id, text, message_id)

    async def advance(self, game_id: int) -> list[Event]:
        return await self._flow.advance(game_id)

    async def deadline(self, game_id: int) -> dt.datetime | None:
        return await self._flow.deadline(game_id)

    async def abandon(self, game_id: int, reason: str, *, refused: Sequence[str] | None = None) -> GameEnded | None:
        return await self._flow.abandon(game_id, reason, refused=refused)

    async def resume_all(self) -> list[Game]:
        return await self._resumer.resume_all()

    async def question(self, game_id: int, q_index: int) -> Question | None:
        return await self._cache.question(game_id, q_index)

    # -- the channel's gate: gates.py ------------------------------------------------------------

    async def channel_mark(self, channel_id: int) -> Position:
        return await self.gates.channel_mark(channel_id)

    async def gate_for(self, channel_id: int, up_to_episode: Position | None) -> Position:
        return await self.gates.gate_for(channel_id, up_to_episode)

    # -- settings: settings.py -------------------------------------------------------------------

    async def settings(self, guild_id: int) -> TriviaSettings:
        return await self._settings.get(guild_id)

    async def update_settings(self, guild_id: int, **changes: object) -> TriviaSettings:
        return await self._settings.update(guild_id, **changes)

    async def change_settings(
        self, guild_id: int, changes: dict[str, object], *, shown: Shown | None = None, **switches: str
    ) -> tuple[TriviaSettings, bool]:
        return await self._settings.change(guild_id, changes, shown=shown, **switches)

    # -- lists: library.py -------------------------------------------------------------------------

    def built_in_lists(self) -> dict[str, int]:
        return self._library.built_in_lists()

    def built_in_name(self, name: str) -> str | None:
        return self._library.built_in_name(name)

    async def imported_lists(self, guild_id: int) -> list[ImportedList]:
        return await self._library.imported_lists(guild_id)

    async def questions_for(self, guild_id: int) -> list[Question]:
        """Every question the server plays: built in, its approved additions, its imported lists."""
        return (await self._library.pool(guild_id))[0]

    async def list_names(self, guild_id: int) -> list[str]:
        return await self._library.list_names(guild_id)

    async def list_meant(self, guild_id: int, name: str) -> str:
        return await self._library.list_meant(guild_id, name)

    async def start_offer(self, guild_id: int, channel_id: int, up_to_episode: Position | None, mode: str) -> Offer:
        """What /trivia start would ask from here, with the starter's `up_to_episode` (typed, else
        their /progress) lowering the channel's mark as the start does."""
        gate = await self.gates.gate_for(channel_id, up_to_episode)
        return await offers.offer(self.db, self._library, guild_id, mode, gate)

    async def categories(self, guild_id: int, max_spoils: Position | None = None) -> list[str]:
        return await self._library.categories(guild_id, max_spoils)

    async def import_list(self, guild_id: int, parsed: TriviaList, user_id: int, *, replace_existing: bool = True) -> int:
        return await self._library.import_list(guild_id, parsed, user_id, replace_existing=replace_existing)

    async def export_list(self, guild_id: int, name: str, channel_id: int) -> ListExport:
        return await self._library.export_list(guild_id, name, channel_id)

    async def list_credits(self, guild_id: int, category: str | None) -> list[tuple[str, str | None]]:
        """The lists or categories a game was started with, as the server names them, each with the
        author its list declared (None for a category or a list without one)."""
        if not category:
            return []
        authors = {row.name: row.author for row in await self._library.imported_lists(guild_id)}
        names = [await self._library.list_meant(guild_id, name) for name in selection.split_categories(category)]
        return [(name, authors.get(name)) for name in dict.fromkeys(names)]

    async def list_info(self, guild_id: int, name: str) -> ListInfo:
        return await self._library.list_info(guild_id, name)

    async def imported_list(self, guild_id: int, name: str) -> ImportedList | None:
        return await self._library.imported_list(guild_id, name)

    async def delete_list(self, guild_id: int, name: str) -> ImportedList:
        return await self._library.delete_list(guild_id, name)

    async def add_question(self, guild_id: int, addition: TriviaList, user_id: int) -> tuple[int, bool]:
        return await self._library.add_question(guild_id, addition, user_id)

    # -- reports and standings: reports.py, standings.py -----------------------------------------

    async def report(
        self, guild_id: int, channel_id: int, game_id: int, q_index: int, user_id: int, reason: str
    ) -> bool:
        return await self._reports.report(guild_id, channel_id, game_id, q_index, user_id, reason)

    async def report_question(
        self, guild_id: int, channel_id: int, question: Question | None, user_id: int, reason: str
    ) -> bool:
        """A report about a question outside a game (the daily question's)."""
        return await self._reports.report_question(guild_id, channel_id, None, question, user_id, reason)

    async def open_report_count(self, guild_id: int) -> int:
        """How many reported questions wait for the moderators."""
        return await self._reports.open_count(guild_id)

    async def reports(self, guild_id: int) -> tuple[list[Report], int]:
        """The oldest open reports, each with the answer its question takes (for judging a "wrong
        answer"), and how many are open in all."""
        rows, total = await self._reports.open_reports(guild_id)
        questions, _ = await self._library.pool(guild_id)
        answers = {q.id: q.answers[0] for q in questions if q.answers}
        return [replace(row, answer=answers.get(row.question_id, "")) for row in rows], total

    async def resolve_report(self, guild_id: int, report_id: int, retire: bool | None = None) -> bool:
        return await self._reports.resolve(guild_id, report_id, retire)

    async def leaderboard(
        self, guild_id: int, period: str, sort: str, limit: int = 10, list_name: str | None = None
    ) -> list[MemberStats]:
        return await self._standings.leaderboard(guild_id, period, sort, limit, list_name)

    async def games_ended(self, guild_id: int | None, period: str, list_name: str | None = None) -> bool:
        return await self._standings.games_ended(guild_id, period, list_name)

    async def board_lists(self, guild_id: int) -> list[str]:
        """What a leaderboard can be of here: every list there is, and every list with scores (deleted since too)."""
        return sorted(set(await self.list_names(guild_id)) | set(await self._standings.scored_lists(guild_id)))

    async def global_leaderboard(
        self, guild_id: int, period: str, sort: str, limit: int = 10
    ) -> list[tuple[MemberStats, bool]]:
        return await self._standings.global_leaderboard(guild_id, period, sort, limit)

    async def member_stats(self, guild_id: int, user_id: int) -> MemberStats | None:
        return await self._standings.member_stats(guild_id, user_id)

    async def set_private(self, user_id: int, private: bool) -> bool:
        return await self._standings.set_private(user_id, private)

    async def note_name(self, guild_id: int, user_id: int, name: str) -> None:
        await self._standings.note_name(guild_id, user_id, name)

    async def player_names(self, guild_id: int, user_ids: Collection[int]) -> dict[int, str]:
        return await self._standings.player_names(guild_id, user_ids)

    def forget_member(self, user_id: int) -> None:
        """After /forget: nothing cached about the member outlives their deleted rows."""
        self._standings.forget_member(user_id)

    async def is_private(self, user_id: int) -> bool:
        return await self._standings.is_private(user_id)

    async def asked_message(self, channel_id: int) -> int | None:
        """The message of the question the channel's game asks now (None: none asked, or not posted yet)."""
        async with self.db.read() as conn:
            game = await game_store.active_game_in_channel(conn, channel_id)
            asked = None if game is None else await game_store.get_game_question(conn, game.id, game.current_index)
        return None if asked is None else asked.message_id

    async def game_in(self, channel_id: int) -> Game | None:
        """The game running in the channel (None when none runs there)."""
        async with self.db.read() as conn:
            return await game_store.active_game_in_channel(conn, channel_id)

    async def running_games(self) -> list[Game]:
        """Every game still running, whatever its channel (what the host's sweep checks is timed)."""
        async with self.db.read() as conn:
            return await game_store.active_games(conn)
