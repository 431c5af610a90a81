"""What the game engine keeps in memory to answer fast: each game's questions, who already answered
(so a repeated click is refused without a write), and which channels run a typed game (so chat in
other channels costs nothing). Only a speed-up: the database stays the authority, and a fresh
process rebuilds this from it (bot/trivia/resume.py).
"""

from __future__ import annotations

from bot.trivia import snapshot
from bot.trivia.model import Game, Question
from db.connection import Database
from db.trivia import games as game_store


class GameCache:
    def __init__(self, db: Database) -> None:
        self.db = db
        self._questions: dict[tuple[int, int], Question] = {}
        self._answered: set[tuple[int, int, int]] = set()
        self._typed_channels: dict[int, int] = {}  # channel id -> its active typed game's id
        self._current: dict[int, int] = {}  # game id -> the question it asks (or last asked)
        self._guilds: dict[int, int] = {}  # running game id -> its server (whose lessons judge it)
        # channel id -> (game id, last question) of the typed game that ended there last, so a late
        # answer to its final question is told it came too late (bot.trivia.guessing)
        self._ended: dict[int, tuple[int, Question]] = {}

    async def question(self, game_id: int, q_index: int) -> Question | None:
        """Question `q_index` of a game (None when there is no such game or question)."""
        key = (game_id, q_index)
        cached = self._questions.get(key)
        if cached is not None:
            return cached
        async with self.db.read() as conn:
            row = await game_store.get_game_question(conn, game_id, q_index)
        if row is None:
            return None
        question = snapshot.load_question(row.question_json)
        self._questions[key] = question
        return question

    def remember_question(self, game_id: int, q_index: int, question: Question) -> None:
        """A game asks question `q_index` now (the newest question a game shows is its current one)."""
        self._questions[(game_id, q_index)] = question
        self._current[game_id] = max(q_index, self._current.get(game_id, q_index))

    def current_question(self, game_id: int) -> int | None:
        """The question a running game asks (or asked last, during a pause); None when unknown."""
        return self._current.get(game_id)

    def has_answered(self, game_id: int, q_index: int, user_id: int) -> bool:
        return (game_id, q_index, user_id) in self._answered

    def mark_answered(self, game_id: int, q_index: int, user_id: int) -> None:
        self._answered.add((game_id, q_index, user_id))

    def typed_game_in(self, channel_id: int) -> int | None:
        return self._typed_channels.get(channel_id)

    def guild_of(self, game_id: int) -> int | None:
        """The server a running game plays in (None when this process does not run it)."""
        return self._guilds.get(game_id)

    def just_ended(self, channel_id: int) -> tuple[int, Question] | None:
        """The typed game that ended last in the channel and its last question (until `drop_ended`)."""
        return self._ended.get(channel_id)

    def drop_ended(self, channel_id: int) -> None:
        self._ended.pop(channel_id, None)

    def playing(self, game: Game) -> None:
        """A game runs: in typed mode, its channel's messages are guesses."""
        self._ended.pop(game.channel_id, None)
        self._guilds[game.id] = game.guild_id
        if game.mode == "typed":
            self._typed_channels[game.channel_id] = game.id
        self._current[game.id] = max(game.current_index, self._current.get(game.id, game.current_index))

    def forget_channel(self, channel_id: int) -> None:
        self._typed_channels.pop(channel_id, None)

    def forget(self, game: Game) -> None:
        """A game ended: drop everything kept about it."""
        if self._typed_channels.get(game.channel_id) == game.id:
            del self._typed_channels[game.channel_id]
            current = self._current.get(game.id)
            last = None if current is None else self._questions.get((game.id, current))
            if last is not None:
                self._ended[game.channel_id] = (game.id, last)
        self._current.pop(game.id, None)
        self._guilds.pop(game.id, None)
        for key in [k for k in self._questions if k[0] == game.id]:
            del self._questions[key]
        self._answered = {k for k in self._answered if k[0] != game.id}
