"""A Red-DiscordBot list's CONFIG applied to a game's settings.

Red lists may carry `CONFIG:` with the session settings they were written for. A game honours it
when all its questions come from one imported list that carries a CONFIG (for instance
`/trivia start category:<list>`, as an imported Red list is its own category) and the server lets
lists override its settings (`/triviaset settings lists_override`, on by default, like Red).

The keys mean what they mean in Red's own session code:
- `delay`: seconds to answer a question (Red's answer time limit) -> answer time, at least 4 s;
- `timeout`: seconds without any answer before the game stops -> idle stop, at least 30 s;
- `max_score`: correct answers that win in Red (one point each). The parsed list keeps it as
  that number of right answers (`TriviaList.target_right_answers`, `model.target_right_answers`
  for a stored CONFIG); until the game counts right answers, it becomes max_score x RED_POINT
  points to win;
- `reveal_answer`, `bot_plays`, `use_spoilers`: reveal the answer on timeout, the bot scores when
  nobody gets a question, the revealed answer goes in spoiler bars.
`payout_multiplier` has no meaning here (hyosan has no economy) and is ignored.

Values were type-checked when the list was parsed (bot.trivia.lists); here they are clamped to
the ranges the game supports, so a list cannot set a 0 s answer time or a ten-year idle stop.
"""

from __future__ import annotations

import math
from collections.abc import Mapping
from dataclasses import replace

from bot.text import count_of
from bot.trivia.model import TriviaSettings
from bot.trivia.scoring import base_points

MIN_ANSWER_SECONDS = 4
MAX_ANSWER_SECONDS = 300
MIN_IDLE_SECONDS = 30
MAX_IDLE_SECONDS = 86_400
MAX_POINTS_TO_WIN = 10_000
# One Red point (one right answer) in hyosan points: a right answer to a medium question (Red
# lists are imported as medium) earns at least this much.
RED_POINT = base_points("medium")


def _number(value: object) -> float | None:
    if isinstance(value, bool) or not isinstance(value, int | float):
        return None
    number = float(value)
    return number if math.isfinite(number) else None


def _clamp(value: float, low: int, high: int) -> int:
    return int(max(low, min(high, round(value))))


def apply_list_config(settings: TriviaSettings, config: Mapping[str, object]) -> tuple[TriviaSettings, list[str]]:
    """The settings with the list's CONFIG applied, and a short description of each change."""
    changes: dict[str, object] = {}
    notes: list[str] = []
    delay = _number(config.get("delay"))
    if delay is not None:
        changes["answer_seconds"] = _clamp(delay, MIN_ANSWER_SECONDS, MAX_ANSWER_SECONDS)
        notes.append(f"answer time {changes['answer_seconds']} s")
    timeout = _number(config.get("timeout"))
    if timeout is not None:
        changes["idle_seconds"] = _clamp(timeout, MIN_IDLE_SECONDS, MAX_IDLE_SECONDS)
        notes.append(f"idle stop {changes['idle_seconds']} s")
    max_score = _number(config.get("max_score"))
    if max_score is not None:
        points = changes["points_to_win"] = _clamp(max_score * RED_POINT, 1, MAX_POINTS_TO_WIN)
        notes.append(f"{count_of(points, 'point')} to win")
    for key, field_name, label in (
        ("reveal_answer", "reveal_answers", "answers revealed"),
        ("bot_plays", "bot_plays", "the bot plays"),
        ("use_spoilers", "spoiler_answers", "answers in spoiler bars"),
    ):
        value = config.get(key)
        if isinstance(value, bool):
            changes[field_name] = value
            notes.append(f"{label}: {'yes' if value else 'no'}")
    if not changes:
        return settings, []
    return replace(settings, **changes), notes  # type: ignore[arg-type]
