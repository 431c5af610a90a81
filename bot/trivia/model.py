"""Trivia's domain types: questions and lists, a server's settings and their defaults, games, answers,
scores, stats, imported lists, reports and daily questions, and the one trivia refusal.

Plain, immutable data shared by every part of the domain. The database (db/trivia/) maps its rows
onto these types; it never defines its own. Times are timezone-aware datetimes from the bot's Clock.
"""

from __future__ import annotations

import datetime as dt
import json
from dataclasses import dataclass, field, fields
from typing import Literal

from bot.errors import UserError
from bot.show import NOTHING, Position

DIFFICULTIES: tuple[str, ...] = ("easy", "medium", "hard")

Mode = Literal["buttons", "typed"]
GameStatus = Literal["active", "finished", "stopped", "idle", "abandoned"]
LeaderSort = Literal["points", "wins", "average", "games", "accuracy", "streak"]
LEADER_SORTS: tuple[LeaderSort, ...] = ("points", "wins", "average", "games", "accuracy", "streak")
REPORT_REASONS: tuple[str, ...] = ("wrong", "ambiguous", "spoiler")


class TriviaError(UserError):
    """Something the person who asked should be told (the error tree shows it privately)."""


# ---------------------------------------------------------------------------------------------
# Questions and lists


#: The lists about the show itself (the hand-written pack and the lore's questions): their episode
#: answers are read through the show's shape ("the finale").
SHOW_LISTS = frozenset({"aouad", "generated"})


@dataclass(frozen=True)
class Question:
    """One trivia question.

    `id` is stable across releases: bundled "aouad-001", generated "gen-<kind>-<entity>", imported
    "<list slug>:<sha1 of the text, 10 hex>". `answers[0]` is the answer shown; the others are
    accepted aliases. `choices` holds four options for multiple choice (answers[0] among them) or is
    empty when the list gives none. `spoils` is the position (season, episode) that the question,
    its choices or its answer would spoil (NOTHING = safe): a game asks it only where that may be
    shown. The explanation and the source line carry their own tags (at least `spoils`: see
    `explanation_tag`, `source_tag`), as a source's title may name a death the question does not.
    `choices_spoils` is what options picked for it from other questions' answers spoil (a list
    without options, played with buttons: bot.trivia.options); `asked_tag` covers both.
    """

    id: str
    text: str
    answers: tuple[str, ...]
    choices: tuple[str, ...] = ()
    category: str = "general"
    difficulty: str = "medium"
    spoils: Position = NOTHING
    explanation: str | None = None
    source: str | None = None
    list_name: str = "aouad"  # (SHOW_LISTS: the lists about the show)
    explanation_spoils: Position = NOTHING
    source_spoils: Position = NOTHING
    choices_spoils: Position = NOTHING

    @property
    def asked_tag(self) -> Position:
        """What showing the question with its buttons gives away: its own tag and its picked options'."""
        return max(self.spoils, self.choices_spoils)

    @property
    def shown_answer(self) -> str:
        return self.answers[0]

    @property
    def explanation_tag(self) -> Position:
        return max(self.spoils, self.explanation_spoils)

    @property
    def source_tag(self) -> Position:
        return max(self.spoils, self.source_spoils)


@dataclass(frozen=True)
class TriviaList:
    """A parsed list (bundled, or imported in Red's or hyosan's format)."""

    name: str
    author: str | None
    description: str | None
    config: dict[str, object] = field(default_factory=dict, hash=False)
    questions: tuple[Question, ...] = ()
    warnings: tuple[str, ...] = ()
    #: Ids of the questions that do not say what they spoil (every question of a Red list).
    undeclared: frozenset[str] = frozenset()
    format: str = "hyosan"  # or "red"
    #: The file's text above its first question (a title, a comment saying what the list is about), as uploaded.
    header: str = field(default="", compare=False)
    #: The file's line each question is written on (1-based, in order; 0 where its words are not found as written): what
    #: a warning names a question by, as the moderator's file reads (a title and blank lines above make "question 3" line 5).
    lines: tuple[int, ...] = field(default=(), compare=False)

    @property
    def target_right_answers(self) -> int | None:
        """Red's `CONFIG max_score: N`: the first player with N right answers wins (None: not set)."""
        return target_right_answers(self.config)


def target_right_answers(config: dict[str, object]) -> int | None:
    """The number of right answers that wins, from a list's Red CONFIG (`max_score`), if it sets one."""
    value = config.get("max_score")
    return value if isinstance(value, int) and not isinstance(value, bool) and value > 0 else None


@dataclass(frozen=True)
class ImportedList:
    """A list a server imported; `questions_json` only when asked for (it can be large)."""

    guild_id: int
    name: str
    author: str | None
    description: str | None
    question_count: int
    imported_by: int
    imported_at: dt.datetime
    questions_json: str | None = None
    config_json: str = "{}"

    @property
    def target_right_answers(self) -> int | None:
        """Red's `CONFIG max_score: N`: the first player with N right answers wins (None: not set)."""
        return target_right_answers(self.config)

    @property
    def config(self) -> dict[str, object]:
        """The list's Red CONFIG (already validated when the list was parsed); {} when it has none."""
        try:
            data = json.loads(self.config_json)
        except ValueError:
            return {}
        return data if isinstance(data, dict) else {}


# ---------------------------------------------------------------------------------------------
# A server's settings


@dataclass(frozen=True)
class TriviaSettings:
    """A server's trivia settings; the defaults here are the defaults of every server."""

    guild_id: int
    answer_seconds: int = 20
    points_to_win: int = 50
    reveal_answers: bool = True
    pause_seconds: int = 3
    start_policy: str = "everyone"
    start_role_id: int | None = None
    max_guesses: int = 3
    idle_seconds: int = 120
    no_repeat_games: int = 5
    disabled_lists: tuple[str, ...] = ()
    disabled_categories: tuple[str, ...] = ()
    lists_override: bool = True
    bot_plays: bool = False
    spoiler_answers: bool = False
    #: A game's own target, never a server setting: won by this many right answers instead of
    #: `points_to_win` when above 0 (a Red list's max_score, /trivia start first_to; bot.trivia.target).
    right_answers_to_win: int = 0

    def to_json(self) -> str:
        """The snapshot a game keeps of the settings it started with."""
        data = {f.name: getattr(self, f.name) for f in fields(self)}
        data["disabled_lists"] = list(self.disabled_lists)
        data["disabled_categories"] = list(self.disabled_categories)
        return json.dumps(data, sort_keys=True)

    @classmethod
    def from_json(cls, text: str) -> TriviaSettings:
        data = json.loads(text)
        known = {f.name for f in fields(cls)}
        data = {k: v for k, v in data.items() if k in known}
        data["disabled_lists"] = tuple(data.get("disabled_lists", ()))
        data["disabled_categories"] = tuple(data.get("disabled_categories", ()))
        return cls(**data)


# ---------------------------------------------------------------------------------------------
# Games


@dataclass(frozen=True)
class Game:
    """A game as stored: its settings snapshot, its gate, and where it stands.

    `phase` is `asking` (the current question takes answers until `deadline`), `pause` (between a
    reveal and the next question, until `deadline`) or `done`.
    """

    id: int
    guild_id: int
    channel_id: int
    starter_id: int
    status: str
    mode: str
    settings: TriviaSettings
    gate: Position
    clear_up_to: Position
    question_count: int
    current_index: int
    phase: str
    posted_at: dt.datetime | None
    deadline: dt.datetime | None
    last_answer_at: dt.datetime
    category: str | None
    difficulty: str | None
    started_at: dt.datetime
    ended_at: dt.datetime | None
    end_reason: str | None


@dataclass(frozen=True)
class GameQuestion:
    """A question a game drew (kept as JSON, so a game resumes even if its list changed)."""

    game_id: int
    q_index: int
    question_id: str
    question_json: str
    message_id: int | None
    reveal_message_id: int | None
    closed: bool
    winner_id: int | None


@dataclass(frozen=True)
class Answer:
    user_id: int
    choice: int | None
    correct: bool
    elapsed_ms: int
    answered_at: dt.datetime


@dataclass
class Score:
    """One player's running score in one game (scoring folds each question into it)."""

    user_id: int
    points: int = 0
    correct: int = 0
    wrong: int = 0
    streak: int = 0
    best_streak: int = 0
    fastest_ms: int | None = None


@dataclass(frozen=True)
class MemberStats:
    user_id: int
    games: int
    correct: int
    wrong: int
    wins: int
    points: int
    best_streak: int
    fastest_ms: int | None
    daily_points: int = 0  # of `points`, those won by answering daily questions (no game's)

    @property
    def accuracy(self) -> float:
        answered = self.correct + self.wrong
        return self.correct / answered if answered else 0.0

    @property
    def average(self) -> float:
        """Points per game played (a daily question's points are no game's)."""
        return (self.points - self.daily_points) / self.games if self.games else 0.0


# ---------------------------------------------------------------------------------------------
# Reports and daily questions


@dataclass(frozen=True)
class Report:
    id: int
    guild_id: int
    channel_id: int
    game_id: int | None
    question_id: str
    question_text: str
    spoils: Position
    reporter_id: int
    reason: str
    status: str
    created_at: dt.datetime
    answer: str = ""  # the answer the question takes (shown to the moderators reviewing it)


@dataclass(frozen=True)
class DailyChannel:
    """A channel's daily question: when it posts (HH:MM UTC) and the day's question, once drawn.

    `day` is a calendar day key (YYYYMMDD, UTC), not a moment."""

    channel_id: int
    guild_id: int
    post_time: str
    gate: Position
    enabled: bool
    day: str | None
    question_id: str | None
    question_json: str | None
    message_id: int | None
    #: Why and when (a day key) the bot turned it off itself, when it did (a moderator is told).
    stopped_reason: str | None = None
    stopped_on: str | None = None
    #: The lists and categories it draws from, as a moderator chose them; None: the default
    #: (bot/trivia/dailypool.py).
    lists: tuple[str, ...] | None = None


@dataclass(frozen=True)
class DailyStreak:
    streak: int
    best_streak: int
    last_correct_day: str | None


# ---------------------------------------------------------------------------------------------
# Posts: a game's steps queued for the channel (bot/trivia/posts.py)

@dataclass(frozen=True)
class Post:
    """One step of a game waiting to be (or already) posted in its channel.

    `payload` is what the step needs beyond the game and its question (which are read when it is
    posted): scores, points earned, winners. `first_tried_at` is when a send was first attempted."""

    id: int
    game_id: int
    guild_id: int
    channel_id: int
    step: str
    q_index: int
    payload: str
    status: str
    attempts: int
    first_tried_at: dt.datetime | None
    message_id: int | None
    created_at: dt.datetime
