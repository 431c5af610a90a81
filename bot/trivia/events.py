"""What the game engine hands back: the steps of a game (a question, a reveal, the end of a game),
and the answers to a start, a click, a hint or a typed guess.

The engine never sends anything itself: each step is queued for its channel in the transaction
that made it (bot/trivia/posts.py), and cogs/trivia renders and posts the queue.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, field
from typing import Literal

from bot.show import Position
from bot.trivia.hints import Hint
from bot.trivia.model import Game, Mode, Question, Score


@dataclass(frozen=True)
class StartRequest:
    guild_id: int
    channel_id: int
    starter_id: int
    mode: Mode = "buttons"
    questions: int | None = None  # None: 10, or every question the draw allows for a right-answer target
    category: str | None = None
    difficulty: str | None = None
    up_to_episode: Position | None = None
    first_to: int | None = None  # won by the first to this many right answers (bot.trivia.target)


@dataclass(frozen=True)
class QuestionShown:
    game: Game
    q_index: int
    question: Question
    deadline: dt.datetime
    overrides: tuple[str, ...] = ()  # the list CONFIG applied at start, described for the players
    late: bool = False  # first shown late (a restart, a slow Discord): its answer time starts then


@dataclass(frozen=True)
class Revealed:
    game: Game
    q_index: int
    question: Question
    correct_choice: int | None
    earned: dict[int, int]  # user -> points on this question
    answered: int  # how many players answered
    timed_out: bool
    show_answer: bool
    scores: list[Score]
    early: bool = False  # closed before its time because every active player had answered
    hinted: frozenset[int] = frozenset()  # players who took the hint (half points)
    skipped: bool = False  # closed at once by its game's starter or a moderator (/trivia skip)


@dataclass(frozen=True)
class GameEnded:
    game: Game
    status: str  # finished | stopped | idle | abandoned
    reason: str
    winners: list[int]
    scores: list[Score]


Event = QuestionShown | Revealed | GameEnded


@dataclass(frozen=True)
class ClickResult:
    """A choice button's answer. `deadline` is set when this answer brought the question's
    deadline forward (the early-close rule), so the caller re-arms its timer."""

    status: Literal["recorded", "already", "closed", "unknown"]
    choice: int | None = None
    hinted: bool = False
    events: list[Event] = field(default_factory=list)
    deadline: dt.datetime | None = None
    secret: bool = False  # the server keeps answers secret when time runs out (reveal_answers off)


@dataclass(frozen=True)
class HintResult:
    """`given` (first time), `again` (the same hint once more, no extra cost), `answered` (buttons:
    the player already answered; no hint, no cost), `closed`, `none` (this question has no hint),
    `unknown` (no such game)."""

    status: Literal["given", "again", "answered", "closed", "none", "unknown"]
    hint: Hint | None = None
    question: Question | None = None
    game: Game | None = None


@dataclass(frozen=True)
class GuessResult:
    """A typed message's answer. `chat`: not an attempt (counts nothing, makes nobody a player);
    `limit`: over the player's `limit` guesses on this question (`over_limit`: by how many), not counted;
    `closed`: the question had closed (answered, or its time ran out)."""

    status: Literal["correct", "close", "wrong", "multiple", "limit", "closed", "chat"]
    guesses_left: int = 0
    points: int = 0
    events: list[Event] = field(default_factory=list)
    over_limit: int = 0
    limit: int = 0

    @property
    def ignored(self) -> bool:
        """An attempt the game did not take (the player should hear why)."""
        return self.status in ("limit", "closed")
